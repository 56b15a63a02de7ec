import type { enConfig } from './config.en.js';
import type { Matching } from './types.js';

/** config.en.ts in French; spread into fr.ts. Plain spaces and apostrophes: typography.ts does the rest. */
const french = {
  'config.cannotReadRuleSet': 'Impossible de lire le jeu de règles {file} : {reason}',
  'config.extendsCannotRead': '{by} : extends : impossible de lire {file} : {reason}',
  'config.cannotReadConfig': 'Impossible de lire {file} : {reason}',
  'config.ruleSetNotFound': 'Impossible de lire le jeu de règles {file} : ce fichier n’existe pas',
  'config.extendsNotFound': '{by} : extends : impossible de lire {file} : ce fichier n’existe pas',
  'config.invalidJson': '{where} : JSON invalide : {problem}',
  'config.problem': '{file} : {path} : {problem}',
  'config.problemTopLevel': '{file} : (premier niveau) : {problem}',
  'config.tooDeep': '{file} : {path} : plus de {depth} niveaux d’imbrication ; écrivez la condition avec moins de niveaux',
  'config.unknownRuleSet':
    'Jeu de règles inconnu : « {name} ». Jeux de règles fournis : {ids}. Pour charger un fichier, donnez son chemin, par exemple ./{name}.json.',
  'config.cycle': {
    one: '{file} : s’étend lui-même à travers {count} fichier : les « extends » ne doivent pas former de boucle',
    other: '{file} : s’étend lui-même à travers {count} fichiers : les « extends » ne doivent pas former de boucle',
  },
  'config.tooManyExtends': '{file} : plus de {count} jeux de règles s’étendent les uns les autres ; réduisez la chaîne des « extends »',
  'config.extends': '{file} : extends :',
  'config.didYouMean': '(vouliez-vous dire « {near} » ?)',
  'config.noRuleToRemove': '{file} : remove.{index} : aucune règle « {id} » dans {base}',
  'config.noAnchor': '{file} : rules.{index}.{place} : aucune règle « {id} » dans {base}',
  'config.otherwiseIdTaken': '{file} : otherwise.id : « {id} » est aussi l’identifiant d’une règle',
  'config.noSuchParameter': '{from} : parameters.{name} : {file} n’a pas de paramètre « {name} »',
  'config.unknownParameter': '{file} : règle « {rule} » : paramètre inconnu « {ref} » ; définissez-le sous « parameters »',
  'config.unknownParameterNear': '{file} : règle « {rule} » : paramètre inconnu « {ref} » (vouliez-vous dire « {near} » ?) ; définissez-le sous « parameters »',
  'config.noSuchParameterInConfig': 'le fichier de configuration : parameters.{name} : {file} n’a pas de paramètre « {name} »',

  'plugin.cannotLoad': 'Impossible de charger le module de classement {problem}',
  'plugin.noSuchFile': 'Impossible de charger le module de classement {file} : ce fichier n’existe pas',
  'plugin.endedBeforeExport':
    'Impossible de charger le module de classement {file} : il s’est arrêté avant d’exporter un classeur (un await de premier niveau qui ne se termine jamais, ou process.exit)',
  'plugin.invalidModule': 'Impossible de charger le module de classement {file} : {problem}',
  'plugin.ended': 'le module {file} s’est arrêté sans verdict : il a appelé process.exit, ou une erreur est sortie de classify',
  'plugin.endedOn': 'le module {file} s’est arrêté sans verdict sur {contact} : il a appelé process.exit, ou une erreur est sortie de classify',
  'plugin.tooSlow': 'le module {file} a pris plus de {seconds} s et a été arrêté. Augmentez --plugin-timeout s’il est seulement lent',
  'plugin.tooSlowOn': 'le module {file} a pris plus de {seconds} s sur {contact} et a été arrêté. Augmentez --plugin-timeout s’il est seulement lent',
  'plugin.tooSlowInAll': 'le module {file} a pris plus de {seconds} s au total et a été arrêté. Augmentez --plugin-total-timeout s’il est seulement lent',
  'plugin.tooSlowInAllOn':
    'le module {file} a pris plus de {seconds} s au total sur {contact} et a été arrêté. Augmentez --plugin-total-timeout s’il est seulement lent',
  'plugin.failed': 'le module {file} a échoué : {problem}',
  'plugin.failedOn': 'le module {file} a échoué sur {contact} : {problem}',
  'plugin.invalidVerdict': 'le module {file} a échoué sur {contact} : il a rendu un verdict invalide : {problem}',

  'decisions.keepIt': 'netprune n’y touche pas : corrigez-le ou déplacez-le, ou choisissez un autre fichier avec --state',
  'decisions.notJson': 'n’est pas du JSON valide, donc pas un fichier de décisions de netprune',
  'decisions.notDecisions': 'n’est pas un fichier de décisions de netprune',
  'decisions.newer': 'a été écrit par une version plus récente de netprune (décisions version {version} ; celle-ci lit la version {supported})',
  'decisions.update': 'Mettez netprune à jour pour le reprendre',
  'decisions.damaged': 'est un fichier de décisions endommagé ({issues})',
  'decisions.cannotRead': 'impossible de lire le fichier de décisions ({code})',
  'decisions.checkPermissions': 'Vérifiez ses droits, ou choisissez un autre fichier avec --state',
  'decisions.notRegular': 'n’est pas un fichier ordinaire, donc pas un fichier de décisions de netprune',
  'decisions.tooLarge': 'fait {size} Mo, plus qu’un fichier de décisions ne peut faire ({max} Mo au plus)',
  'decisions.cannotSave': 'impossible d’enregistrer les décisions ({code})',
  'decisions.freeSpace': 'Toutes les réponses précédentes sont encore dans le fichier ; libérez de la place ou choisissez un autre fichier avec --state',
  'decisions.otherAccount': 'contient les décisions d’un autre compte LinkedIn ({theirs}), pas de {owner}',
  'decisions.ownFile': 'Choisissez un fichier à vous avec --state, par exemple --state {file}',

  'lock.cannotCreate': 'impossible de créer le fichier de verrou ({code})',
  'lock.checkFolder': 'Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez un autre fichier avec --state',
  'lock.inUse': 'une autre session netprune review (processus {pid}) utilise ce fichier de décisions',
  'lock.finishFirst': 'Terminez d’abord cette session (appuyez sur q). Si aucune n’est en cours, supprimez {lock}',
  'lock.keepsComingBack': 'le fichier de verrou revient sans cesse',
  'lock.deleteIt': 'Supprimez {lock} et réessayez',

  'usage.oneOf': '{flag} doit valoir l’une de ces valeurs : {allowed} ; reçu « {value} »',
  'usage.failOnPendingNeedsState': '--fail-on-pending a besoin du fichier de décisions : ajoutez --state FICHIER (celui qu’a écrit `netprune review`)',
  'diff.giveState': 'Donnez à --state le fichier de décisions qu’a écrit `netprune review` (netprune-decisions.json à côté de l’export que vous avez trié)',
  'diff.otherAccount': 'est l’export d’un autre compte LinkedIn ({theirs}) que {older} ({owner})',
  'diff.sameAccount': 'Comparez deux exports du même compte, ou donnez --me si netprune s’est trompé de titulaire',
  'diff.stateOfThisAccount': 'Donnez à --state le fichier de décisions de ce compte',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frConfig: typeof french = french satisfies Matching<typeof enConfig, typeof french>;
