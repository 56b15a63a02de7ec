import type { enReaders } from './readers.en.js';
import type { Matching } from './types.js';

/** readers.en.ts in French; spread into fr.ts. */
const french = {
  'progress.messages': 'Lecture de messages.csv {percent} ({done} sur {total} Mo)',

  'readers.damagedUtf16': '{file} est endommagé : certains de ses caractères {encoding} sont illisibles et s’affichent {replacement}.',
  'readers.windows1252': '{file} n’est pas en UTF-8 valide ; lu comme Windows-1252 (un tableur l’a sans doute réenregistré). Vérifiez les noms accentués.',
  'readers.messagesEmpty': '{file} est vide : aucun message n’a été lu',
  'readers.unreadableRows': {
    one: '{where} : {count} ligne illisible a été ignorée (cette ligne)',
    other: '{where} : {count} lignes illisibles ont été ignorées (la première à cette ligne)',
  },
  'readers.misfit.fields': {
    one: '{where} : {count} ligne n’a pas les {fields} champs de l’en-tête (un autre séparateur, ou un guillemet égaré ?), ignorée :',
    other: '{where} : {count} lignes n’ont pas les {fields} champs de l’en-tête (un autre séparateur, ou un guillemet égaré ?), ignorées :',
  },
  'readers.misfit.nul': {
    one: '{where} : {count} ligne contient des octets NUL (le fichier est endommagé), ignorée :',
    other: '{where} : {count} lignes contiennent des octets NUL (le fichier est endommagé), ignorées :',
  },
  'readers.misfit.lines': { one: 'ligne {lines}.', other: 'lignes {lines}.' },
  'readers.misfit.linesMore': { one: 'lignes {lines} et {count} autre.', other: 'lignes {lines} et {count} autres.' },
  'readers.misfit.fix': 'Corrigez ces lignes, ou exportez à nouveau le fichier depuis LinkedIn.',
  'readers.dateOrder.assumed':
    '{file} : les dates de la colonne « {column} » comme {either} peuvent se lire jour/mois ou mois/jour, et aucune dans le fichier ne tranche ; lues mois d’abord, comme LinkedIn les écrit. Si un tableur les a écrites jour d’abord, vérifiez les dates que montre netprune.',
  'readers.dateOrder.mixed':
    '{file} : la colonne « {column} » mêle des dates jour d’abord ({dayFirst}) et mois d’abord ({monthFirst}) : celles qui peuvent se lire des deux façons risquent d’être mal lues. Vérifiez les dates que montre netprune.',
  'readers.dateOrder.late':
    '{where} : la colonne « {column} » est jour d’abord ({dayFirst}), mais les dates qui pouvaient se lire des deux façons avant que cela n’apparaisse, à partir de {either} sur cette ligne, ont été lues mois d’abord. Vérifiez-les, ou écrivez les dates sous la forme 2024-03-05.',
  'readers.unreadableDates': {
    one: '{where} : {count} date de la colonne « {column} » est illisible ; sa ligne est gardée, sans date :',
    other: '{where} : {count} dates de la colonne « {column} » sont illisibles ; leurs lignes sont gardées, sans date :',
  },
  'readers.unreadableDates.fix': 'Écrivez ces dates comme LinkedIn (05 Mar 2024), ou exportez à nouveau le fichier depuis LinkedIn.',
  'readers.mean.connections': 'Ces relations ne figurent ni dans le rapport, ni dans aucune liste de retrait.',
  'readers.mean.positions': 'Ces postes ne servent pas à trouver d’anciens collègues.',
  'readers.mean.profile': 'Votre propre nom est alors cherché dans messages.csv.',
  'readers.mean.skills': 'Ces compétences ne sont pas utilisées.',
  'readers.mean.education': 'Ces écoles ne servent pas à trouver d’anciens camarades.',
  'readers.mean.invitations': 'Ces invitations ne comptent pas comme indices.',
  'readers.mean.endorsements': 'Ces confirmations de compétences ne comptent pas comme indices.',
  'readers.mean.recommendations': 'Ces recommandations ne comptent pas comme indices.',
  'readers.mean.contacts': 'Ces entrées du carnet d’adresses ne servent pas d’indices.',
  'readers.mean.messages': 'Ces messages ne sont pas comptés : les personnes qui y figurent peuvent sembler moins connues qu’elles ne le sont.',

  'readers.ignored.coach': 'messages du coach ou du guide LinkedIn, pas des conversations avec des personnes',
  'readers.ignored.olderFormat': 'ancien format des mêmes données ; {file} a été utilisé',
  'readers.ignored.identicalCopy': 'une copie identique de {file}, qui a été utilisé',
  'readers.ignored.besideLoneCsv': 'à côté du Connections.csv donné, non lu',
  'readers.ignored.unsafePath': 'chemin dangereux dans l’archive (absolu ou contenant ..)',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frReaders: typeof french = french satisfies Matching<typeof enReaders, typeof french>;
