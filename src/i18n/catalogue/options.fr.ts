import type { enOptions } from './options.en.js';
import type { Matching } from './types.js';

/** options.en.ts in French; spread into fr.ts. */
const french = {
  'help.choices': 'valeurs possibles : {choices}',
  'help.default': 'par défaut : {value}',

  'option.json.audit': 'écrire le rapport en JSON (voir `netprune schema`) ; rien d’autre ne va sur la sortie standard',
  'option.json.explain':
    'écrire en JSON le rapport des relations qui correspondent (ou de celle choisie) (voir `netprune schema`) ; rien d’autre ne va sur la sortie standard',
  'option.json.predict': 'écrire les prédictions en JSON (voir `netprune schema`) ; rien d’autre ne va sur la sortie standard',
  'option.json.invitations': 'écrire les invitations en JSON (voir `netprune schema`) ; rien d’autre ne va sur la sortie standard',
  'option.json.suggest': 'écrire les suggestions en JSON (voir `netprune schema`) ; rien d’autre ne va sur la sortie standard',
  'option.json.diff': 'écrire la comparaison en JSON (voir `netprune schema`) ; rien d’autre ne va sur la sortie standard',
  'option.out': 'écrire dans ce fichier plutôt que sur la sortie standard (jamais par-dessus l’export ni le fichier de décisions)',
  'option.me': 'l’URL de votre propre profil, si netprune se trompe de propriétaire',
  'option.state': 'le fichier de décisions (par défaut : netprune-decisions.json à côté de l’export)',
  'option.rules': 'jeu de règles : un nom intégré (voir `netprune rules`) ou un fichier de règles',
  'option.classifier': 'votre propre module de classement (voir docs/plugins.md)',
  'option.pluginTimeout': 'arrêter un module --classifier qui met plus longtemps que cela sur une relation (par défaut : 2)',
  'option.pluginTotalTimeout': 'arrêter un module --classifier qui met plus longtemps que cela en tout (par défaut : 300)',
  'option.debug': 'en cas d’erreur d’un module, afficher sa pile d’appels',
  'option.auditFormat': 'csv ou md : la liste des relations avec catégories et raisons ; html : une page avec des graphiques (avec --out)',
  'option.maxStrangers': 'sortir avec le code 1 s’il y a plus d’inconnus que cela',
  'option.maxWeakTies': 'sortir avec le code 1 s’il y a plus de liens faibles que cela',
  'option.pick': 'parmi plusieurs relations qui correspondent, celle qui porte ce numéro dans leur liste',
  'option.only': 'ne passer en revue que ceux-ci (par défaut : les inconnus, puis les liens faibles)',
  'option.order': 'l’ordre dans chaque catégorie ; unsure : d’abord les fiches dont netprune est le moins sûr, quelle que soit la catégorie',
  'option.redo': 'redemander aussi pour les personnes déjà gardées ou retirées',
  'option.keep': 'garder les personnes que liste ce fichier, une par ligne : une URL de profil, un nom, ou « Nom @ Entreprise » (- lit l’entrée standard)',
  'option.remove': 'retirer les personnes que liste ce fichier, une par ligne, de la même façon',
  'option.skip': 'passer les personnes que liste ce fichier : redemandées à la fin de la prochaine revue',
  'option.pruneFormat': 'urls : une URL de profil par ligne ; csv ; md : une liste à cocher ; html : une page avec des cases à cocher',
  'option.include': 'lister aussi les personnes que vous avez gardées',
  'option.template': 'votre propre réponse : un fichier texte qui utilise {placeholders}',
  'option.diffState': 'le fichier de décisions écrit par `netprune review` : montre qui vous avez marqué pour retrait et reste en relation',
  'option.failOnPending': 'sortir avec le code 1 si des personnes marquées pour retrait sont toujours en relation (demande --state)',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frOptions: typeof french = french satisfies Matching<typeof enOptions, typeof french>;
