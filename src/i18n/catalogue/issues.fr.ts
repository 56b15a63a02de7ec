import type { enIssues } from './issues.en.js';
import type { Matching } from './types.js';

/** issues.en.ts in French; spread into fr.ts. Plain spaces and apostrophes: typography.ts does the rest. */
const french = {
  'issue.a.string': 'une chaîne de caractères',
  'issue.a.number': 'un nombre',
  'issue.a.boolean': 'true ou false',
  'issue.a.object': 'un objet',
  'issue.a.array': 'un tableau',
  'issue.a.function': 'une fonction',
  'issue.a.null': 'null',
  'issue.a.value': 'une valeur',

  'issue.topLevel': '(premier niveau)',
  'issue.at': '{path} : {problem}',
  'issue.andThen': '{first} ; {next}',

  'issue.missing': 'manquant (attendu : {expected})',
  'issue.missingValue': 'manquant',
  'issue.wrongType': 'attendu : {expected}, trouvé {got}',
  'issue.exactly': 'attendu : {value}, trouvé {got}',
  'issue.exactlyMissing': 'manquant (attendu : {value})',
  'issue.oneOf': 'attendu : l’une des valeurs {choices}, trouvé {got}',
  'issue.oneOfNear': 'attendu : l’une des valeurs {choices}, trouvé {got} (vouliez-vous dire {near} ?)',
  'issue.oneOfMissing': 'manquant (attendu : l’une des valeurs {choices})',
  'issue.unknownKey': 'clé inconnue {name}',
  'issue.unknownKeyNear': 'clé inconnue {name} (vouliez-vous dire {near} ?)',
  'issue.atLeastItems': { one: 'il faut au moins {count} élément', other: 'il faut au moins {count} éléments' },
  'issue.atMostItems': { one: 'a plus de {count} élément', other: 'a plus de {count} éléments' },
  'issue.notEmpty': 'ne doit pas être vide',
  'issue.tooShort': { one: 'doit compter au moins {count} caractère', other: 'doit compter au moins {count} caractères' },
  'issue.tooLong': { one: 'doit compter au plus {count} caractère', other: 'doit compter au plus {count} caractères' },
  'issue.atLeast': 'doit valoir au moins {minimum}, trouvé {got}',
  'issue.moreThan': 'doit valoir plus de {minimum}, trouvé {got}',
  'issue.atMost': 'doit valoir au plus {maximum}, trouvé {got}',
  'issue.lessThan': 'doit valoir moins de {maximum}, trouvé {got}',
  'issue.format': 'n’a pas la forme attendue',
  'issue.invalid': 'n’est pas valide ici',

  'issue.unknownSignal': 'signal inconnu {name}',
  'issue.unknownSignalNear': 'signal inconnu {name} (vouliez-vous dire {near} ?)',
  'issue.comparisonOutside': '{name} compare un signal : placez-le sous l’un d’eux, par exemple {example}',
  'issue.parameterRef': 'attendu : un nombre, ou un paramètre écrit « $nom », trouvé {got}',
  'issue.numberTest': 'attendu : un nombre, un paramètre (« $nom ») ou une comparaison comme {example}, trouvé {got}',
  'issue.comparisonEmpty': 'une comparaison demande au moins l’un de gte, gt, lte, lt, eq',
  'issue.phraseWords': 'une expression demande au moins une lettre ou un chiffre',
  'issue.emptyCondition': 'condition vide : testez au moins un signal, ou utilisez all, any ou not',
  'issue.ruleId': 'attendu : des minuscules, des chiffres et des tirets, comme « two-way », trouvé {got}',
  'issue.ruleIdMissing': 'manquant : chaque règle a besoin d’un identifiant, comme « two-way », que ses verdicts citent',
  'issue.reason': 'attendu : une phrase, ou une par langue comme {example}, trouvé {got}',
  'issue.reasonMissing': 'manquant : la phrase qui dit pourquoi, ou une par langue comme {example}',
  'issue.reasonNoLanguage': 'donnez la raison dans au moins une langue : {example}',
  'issue.missingWithoutExtends': 'manquant (attendu : {expected}), sauf si le fichier étend un autre jeu de règles',
  'issue.removeNeedsExtends': 'remove demande « extends » : il n’y a pas de jeu de règles de base dont retirer des règles',
  'issue.placeNeedsExtends': '{place} demande « extends » : il n’y a pas de jeu de règles de base',
  'issue.duplicateRuleId': 'identifiant de règle en double {id} (aussi {other})',
  'issue.beforeOrAfter': 'donnez before ou after, pas les deux',
  'issue.parameterName': 'un nom de paramètre est un mot en camelCase, comme « recentYears »',
  'issue.unmatchedBrace': '{brace} sans pendant au caractère {position} : écrivez {twice} pour une accolade littérale',
  'issue.placeholderName': 'champ mal formé {placeholder} : utilisez {simple} ou {choice}, avec un nom fait de lettres',
  'issue.placeholderWords': 'champ mal formé {placeholder} : {choice} prend exactement deux mots séparés par une seule |, trouvé {found}',
  'issue.unknownPlaceholder': 'champ inconnu {placeholder}',
  'issue.unknownPlaceholderNear': 'champ inconnu {placeholder} (vouliez-vous dire {near} ?)',
  'issue.choiceNeedsNumber': '{placeholder} demande un signal numérique ; {name} n’en est pas un',

  'issue.rulesOrClassifier': 'donnez « rules » ou « classifier », pas les deux',
  'issue.parametersNeedRules': 'les paramètres sont pour le jeu de règles nommé par « rules », et il n’y en a pas',

  'issue.apiVersion': 'ce netprune exécute les modules de l’API version {version}, trouvé {got}',

  'issue.profileUrl': 'pas une URL de profil LinkedIn (`https://www.linkedin.com/in/…`)',
  'issue.decisionKey': 'ni une clé de profil (`in/…`) ni une clé de nom (`name:…`)',
  'issue.day': 'attendu : un jour écrit `AAAA-MM-JJ`',
  'issue.dateTime': 'attendu : une date et une heure comme `2024-09-12T10:00:00Z`',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frIssues: typeof french = french satisfies Matching<typeof enIssues, typeof french>;
