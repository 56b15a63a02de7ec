import type { enRules } from './rules.en.js';
import type { Matching } from './types.js';

/** rules.en.ts in French; spread into fr.ts. */
const french = {
  'rules.default': '{description} (par défaut)',
  'rules.use': 'Choisissez-en un avec --rules <nom>, ou votre propre fichier avec --rules ./mes-regles.json.',
  'rules.valid': {
    one: '{file} : jeu de règles « {id} » valide, avec {count} règle',
    other: '{file} : jeu de règles « {id} » valide, avec {count} règles',
  },
  'rules.description.coffee-test':
    'Prendriez-vous un café avec cette personne ? Connue si vous avez échangé dans les deux sens, si l’un a recommandé l’autre ou si elle est dans votre carnet d’adresses ; un lien faible si un seul côté a fait un pas ; sinon une inconnue.',
  'rules.description.no-recruiters':
    'Le test du café, sauf que les recruteurs (d’après leur poste, en anglais ou en français) sont des inconnus, à moins d’être connus.',
  'rules.description.open-networker':
    'Le test du café du réseauteur ouvert, appliqué comme un algorithme : garde aussi comme liens faibles les collègues (même d’un autre domaine), les camarades d’école et les personnes proches de votre expertise.',
  'rules.description.strict':
    'Strict : connu seulement après une conversation dans les deux sens ou une recommandation ; tous les autres, contact à sens unique compris, sont des inconnus.',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frRules: typeof french = french satisfies Matching<typeof enRules, typeof french>;
