import type { enPrune } from './prune.en.js';
import type { Matching } from './types.js';

/** prune.en.ts in French; spread into fr.ts. LinkedIn's menu as its French site writes it. */
const french = {
  'prune.noName': '(sans nom)',
  'prune.role': '{position} chez {company}',
  'prune.search': 'rechercher',
  'prune.menu': 'Plus → Retirer la relation',
  'prune.title': 'Liste de retrait netprune',
  'prune.nobodyMarked': 'personne n’est encore marqué pour retrait',
  'prune.summary': {
    one: 'personnes marquées pour retrait : {count} ; déjà retirées (plus en relation dans {path}) : {done} ; encore en relation : {pending}',
    other: 'personnes marquées pour retrait : {count} ; déjà retirées (plus en relation dans {path}) : {done} ; encore en relation : {pending}',
  },
  'prune.summaryUnclear': {
    one: 'personnes marquées pour retrait : {count} ; déjà retirées (plus en relation dans {path}) : {done} ; encore en relation : {pending} ; incertaines : {unclear}',
    other:
      'personnes marquées pour retrait : {count} ; déjà retirées (plus en relation dans {path}) : {done} ; encore en relation : {pending} ; incertaines : {unclear}',
  },
  'prune.unclear': 'non listées, car on ne peut pas dire de quelle relation ici parle la décision : {names} ; `{command}` vous les redemande',
  'prune.unchecked': {
    one: 'impossible de vérifier {count} personne ({names}) : des lignes de Connections.csv ont été écartées, et elle peut en faire partie ; pas comptée comme faite',
    other:
      'impossible de vérifier {count} personnes ({names}) : des lignes de Connections.csv ont été écartées, et elles peuvent en faire partie ; pas comptées comme faites',
  },
  'prune.urlChanged': '{name} est toujours en relation : l’URL du profil a changé de {before} à {now}, qui est listée',
  'prune.leftOut': {
    one: '{count} personne marquée à retirer manque à cette liste (voir plus haut) ; code de sortie 1',
    other: '{count} personnes marquées à retirer manquent à cette liste (voir plus haut) ; code de sortie 1',
  },
  'prune.nothingLeft': 'plus rien à retirer',
  'prune.withoutUrl': {
    one: '{count} personne à retirer n’a pas d’URL de profil dans l’export et n’est pas listée ; --format md ou html la liste avec un lien de recherche',
    other:
      '{count} personnes à retirer n’ont pas d’URL de profil dans l’export et ne sont pas listées ; --format md ou html les liste avec un lien de recherche',
  },
  'prune.wrote': 'Liste de retrait ({count} à retirer) écrite dans {target}',
  'prune.md.nobody': 'Personne à retirer.',
  'prune.md.intro': {
    one: '{count} personne à retirer. Ouvrez chaque profil sur linkedin.com, choisissez {menu}, puis cochez la case.',
    other: '{count} personnes à retirer. Ouvrez chaque profil sur linkedin.com, choisissez {menu}, puis cochez la case.',
  },
  'prune.md.remove': 'À retirer ({count})',
  'prune.md.keep': 'À garder ({count})',
  'prune.md.noUrl': 'pas d’URL de profil dans l’export : {search}',
  'prune.html.title': 'Liste de retrait',
  'prune.html.intro': {
    one: '{count} personne à retirer. Ouvrez chaque profil, choisissez {menu} sur LinkedIn, puis cochez {done}. Ce navigateur se souvient des cases cochées.',
    other:
      '{count} personnes à retirer. Ouvrez chaque profil, choisissez {menu} sur LinkedIn, puis cochez {done}. Ce navigateur se souvient des cases cochées.',
  },
  'prune.html.done': 'Fait',
  'prune.html.name': 'Nom',
  'prune.html.position': 'Poste',
  'prune.html.searchFor': '{name} (rechercher)',
  'prune.html.doneFor': 'Fait : {name}',
  'prune.html.progress': '{done} sur {total} faits',
  'prune.html.forgets': ' (ce navigateur ne se souviendra pas des cases cochées)',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frPrune: typeof french = french satisfies Matching<typeof enPrune, typeof french>;
