/**
 * What is wrong inside a JSON file a person wrote (a rule file, the config file, the decisions file)
 * or in what a plugin exports or returns: the words of src/classify/issues.ts, in English (issues.fr.ts:
 * French). Spread into en.ts. `{got}` and `{near}` are the file's own values, written as JSON (`"3"`,
 * `3`), or a word (`an array`); `{expected}` is a word; `{example}` is JSON to copy.
 */
export const enIssues = {
  /** What a value is, or should be. */
  'issue.a.string': 'a string',
  'issue.a.number': 'a number',
  'issue.a.boolean': 'true or false',
  'issue.a.object': 'an object',
  'issue.a.array': 'an array',
  'issue.a.function': 'a function',
  'issue.a.null': 'null',
  'issue.a.value': 'a value',

  /** Where a problem is, and several problems on one line. */
  'issue.topLevel': '(top level)',
  'issue.at': '{path}: {problem}',
  'issue.andThen': '{first}; {next}',

  /** Any JSON. */
  'issue.missing': 'missing: expected {expected}',
  'issue.missingValue': 'missing',
  'issue.wrongType': 'expected {expected}, got {got}',
  'issue.exactly': 'expected {value}, got {got}',
  'issue.exactlyMissing': 'missing: expected {value}',
  'issue.oneOf': 'expected one of {choices}, got {got}',
  'issue.oneOfNear': 'expected one of {choices}, got {got} (did you mean {near}?)',
  'issue.oneOfMissing': 'missing: expected one of {choices}',
  'issue.unknownKey': 'unknown key {name}',
  'issue.unknownKeyNear': 'unknown key {name} (did you mean {near}?)',
  'issue.atLeastItems': { one: 'needs at least {count} item', other: 'needs at least {count} items' },
  'issue.atMostItems': { one: 'has more than {count} item', other: 'has more than {count} items' },
  'issue.notEmpty': 'must not be empty',
  'issue.tooShort': { one: 'must be at least {count} character long', other: 'must be at least {count} characters long' },
  'issue.tooLong': { one: 'must be at most {count} character long', other: 'must be at most {count} characters long' },
  'issue.atLeast': 'must be at least {minimum}, got {got}',
  'issue.moreThan': 'must be more than {minimum}, got {got}',
  'issue.atMost': 'must be at most {maximum}, got {got}',
  'issue.lessThan': 'must be less than {maximum}, got {got}',
  'issue.format': 'is not in the expected form',
  'issue.invalid': 'is not valid here',

  /** Rule files (src/classify/rule-set-schema.ts). */
  'issue.unknownSignal': 'unknown signal {name}',
  'issue.unknownSignalNear': 'unknown signal {name} (did you mean {near}?)',
  'issue.comparisonOutside': '{name} compares a signal: put it under one, such as {example}',
  'issue.parameterRef': 'expected a number, or a parameter written "$name", got {got}',
  'issue.numberTest': 'expected a number, a parameter ("$name") or a comparison such as {example}, got {got}',
  'issue.comparisonEmpty': 'a comparison needs at least one of gte, gt, lte, lt, eq',
  'issue.phraseWords': 'a phrase needs at least one letter or digit',
  'issue.emptyCondition': 'an empty condition: test at least one signal, or use all, any or not',
  'issue.ruleId': 'expected lowercase letters, digits and dashes, like "two-way", got {got}',
  'issue.ruleIdMissing': 'missing: every rule needs an id, such as "two-way", which its verdicts cite',
  'issue.reason': 'expected a sentence, or one per language such as {example}, got {got}',
  'issue.reasonMissing': 'missing: the sentence that says why, or one per language such as {example}',
  'issue.reasonNoLanguage': 'give the reason in at least one language: {example}',
  'issue.missingWithoutExtends': 'missing: expected {expected}, unless the file extends another rule set',
  'issue.removeNeedsExtends': 'remove needs "extends": there is no base rule set to remove from',
  'issue.placeNeedsExtends': '{place} needs "extends": there is no base rule set',
  'issue.duplicateRuleId': 'duplicate rule id {id} (also {other})',
  'issue.beforeOrAfter': 'give before or after, not both',
  'issue.parameterName': 'a parameter name is a word in camelCase, like "recentYears"',
  /** A reason's placeholders (src/classify/template.ts). */
  'issue.unmatchedBrace': 'unmatched {brace} at character {position}: write {twice} for a literal brace',
  'issue.placeholderName': 'malformed placeholder {placeholder}: use {simple} or {choice}, with a name made of letters',
  'issue.placeholderWords': 'malformed placeholder {placeholder}: {choice} takes exactly two words separated by one |, got {found}',
  'issue.unknownPlaceholder': 'unknown placeholder {placeholder}',
  'issue.unknownPlaceholderNear': 'unknown placeholder {placeholder} (did you mean {near}?)',
  'issue.choiceNeedsNumber': '{placeholder} needs a number signal; {name} is not one',

  /** The config file (src/config/schema.ts). */
  'issue.rulesOrClassifier': 'give either "rules" or "classifier", not both',
  'issue.parametersNeedRules': 'parameters are for the rule set named by "rules", and there is none',

  /** Plugins (src/classify/load-plugin.ts). */
  'issue.apiVersion': 'this netprune runs plugins of API version {version}, got {got}',

  /** The decisions file (src/decisions/format.ts): never the value found, which may be any file's content. */
  'issue.profileUrl': 'not a LinkedIn profile URL (`https://www.linkedin.com/in/…`)',
  'issue.decisionKey': 'not a profile key (`in/…`) or a name key (`name:…`)',
  'issue.day': 'expected a day written `YYYY-MM-DD`',
  'issue.dateTime': 'expected a date and time such as `2024-09-12T10:00:00Z`',
} as const;
