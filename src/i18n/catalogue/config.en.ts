/**
 * The errors of rule-set files, the config file and classifier plugins (src/classify/, src/config/), of the
 * decisions file (src/decisions/), the review lock, review's and diff's own flags, in English
 * (config.fr.ts: French). Spread into en.ts. What the JSON scanner (json.*) or a schema (issue.*,
 * issues.en.ts) finds wrong inside a file goes in as `{problem}`, a Message said in the same language.
 */
export const enConfig = {
  /** Rule sets and the config file. */
  'config.cannotReadRuleSet': 'Cannot read rule set {file}: {reason}',
  'config.extendsCannotRead': '{by}: extends: cannot read {file}: {reason}',
  'config.cannotReadConfig': 'Cannot read {file}: {reason}',
  'config.ruleSetNotFound': 'Cannot read rule set {file}: no such file',
  'config.extendsNotFound': '{by}: extends: cannot read {file}: no such file',
  'config.invalidJson': '{where}: invalid JSON: {problem}',
  /** Followed by what the JSON scanner found (json.*). */
  'config.invalidJsonAt': '{where}: invalid JSON:',
  /** What is wrong at a place in a JSON file (src/classify/json-syntax.ts). */
  'json.unterminatedString': 'unterminated string',
  'json.controlCharacter': 'control character (such as a line break) inside a string',
  'json.invalidEscape': 'invalid escape \\{escaped}',
  'json.invalidUnicodeEscape': 'invalid \\u escape',
  'json.expectedCommaOr': 'expected "," or "{close}", found {found}',
  'json.expectedCommaOrAtEnd': 'expected "," or "{close}", found end of file',
  'json.trailingComma': 'trailing comma before "{close}"',
  'json.tooDeep': 'nested more than {depth} levels deep',
  'json.expectedName': 'expected a property name in double quotes, found {found}',
  'json.expectedNameAtEnd': 'expected a property name in double quotes, found end of file',
  'json.expectedColon': 'expected ":" after the property name, found {found}',
  'json.expectedColonAtEnd': 'expected ":" after the property name, found end of file',
  'json.invalidNumber': 'invalid number',
  'json.unexpected': 'unexpected {found}',
  'json.unexpectedEnd': 'unexpected end of file',
  'json.unexpectedAfter': 'unexpected {found} after the end of the JSON value',
  'config.problem': '{file}: {path}: {problem}',
  'config.tooDeep': '{file}: {path}: nested more than {depth} levels deep; write the condition with fewer levels',
  'config.unknownRuleSet': 'Unknown rule set "{name}". Built-in rule sets: {ids}. To load a file, give its path, such as ./{name}.json.',
  'config.cycle': {
    one: '{file}: extends itself through {count} file: "extends" must not form a cycle',
    other: '{file}: extends itself through {count} files: "extends" must not form a cycle',
  },
  'config.tooManyExtends': '{file}: more than {count} rule sets extend one another; extend fewer',
  /** Followed by what is wrong with the rule set named in `extends`. */
  'config.extends': '{file}: extends:',
  'config.didYouMean': '(did you mean "{near}"?)',
  'config.noRuleToRemove': '{file}: remove.{index}: no rule "{id}" in {base}',
  'config.noAnchor': '{file}: rules.{index}.{place}: no rule "{id}" in {base}',
  'config.otherwiseIdTaken': '{file}: otherwise.id: "{id}" is also the id of a rule',
  'config.noSuchParameter': '{from}: parameters.{name}: {file} has no parameter "{name}"',
  'config.unknownParameter': '{file}: rule "{rule}": unknown parameter "{ref}"; define it under "parameters"',
  'config.unknownParameterNear': '{file}: rule "{rule}": unknown parameter "{ref}" (did you mean "{near}"?); define it under "parameters"',
  'config.noSuchParameterInConfig': 'the config file: parameters.{name}: {file} has no parameter "{name}"',

  /** Classifier plugins (src/classify/load-plugin.ts). */
  'plugin.cannotLoad': 'Cannot load classifier plugin {problem}',
  'plugin.noSuchFile': 'Cannot load classifier plugin {file}: no such file',
  'plugin.endedBeforeExport':
    'Cannot load classifier plugin {file}: it ended before exporting a classifier (a top-level await that never settles, or process.exit)',
  'plugin.invalidModule': 'Cannot load classifier plugin {file}: {problem}',
  'plugin.ended': 'plugin {file} ended without a verdict: it called process.exit, or an error escaped classify',
  'plugin.endedOn': 'plugin {file} ended without a verdict on {contact}: it called process.exit, or an error escaped classify',
  'plugin.tooSlow': 'plugin {file} took more than {seconds} s, and was stopped. Raise --plugin-timeout if it is only slow',
  'plugin.tooSlowOn': 'plugin {file} took more than {seconds} s on {contact}, and was stopped. Raise --plugin-timeout if it is only slow',
  'plugin.tooSlowInAll': 'plugin {file} took more than {seconds} s in all, and was stopped. Raise --plugin-total-timeout if it is only slow',
  'plugin.tooSlowInAllOn': 'plugin {file} took more than {seconds} s in all on {contact}, and was stopped. Raise --plugin-total-timeout if it is only slow',
  'plugin.failed': 'plugin {file} failed: {problem}',
  'plugin.failedOn': 'plugin {file} failed on {contact}: {problem}',
  'plugin.invalidVerdict': 'plugin {file} failed on {contact}: returned an invalid verdict: {problem}',

  /** The decisions file (src/decisions/). */
  'decisions.keepIt': 'netprune leaves it untouched: fix or move it, or choose another file with --state',
  'decisions.notJson': 'is not valid JSON, so not a netprune decisions file',
  'decisions.notDecisions': 'is not a netprune decisions file',
  'decisions.newer': 'was written by a newer netprune (decisions version {version}; this one reads version {supported})',
  'decisions.update': 'Update netprune to continue with it',
  'decisions.damaged': 'is a damaged decisions file ({issues})',
  'decisions.cannotRead': 'cannot read the decisions file ({code})',
  'decisions.checkPermissions': 'Check its permissions, or choose another file with --state',
  'decisions.notRegular': 'is not a regular file, so not a netprune decisions file',
  'decisions.tooLarge': 'is {size} MB, more than a decisions file can be ({max} MB at most)',
  'decisions.cannotSave': 'cannot save the decisions ({code})',
  'decisions.freeSpace': 'Every earlier answer is still in the file; free some space or choose another file with --state',
  'decisions.otherAccount': 'holds the decisions of another LinkedIn account ({theirs}), not {owner}',
  'decisions.ownFile': 'Choose a file of your own with --state, e.g. --state {file}',

  /** The review lock (src/review/lock.ts). */
  'lock.cannotCreate': 'cannot create the lock file ({code})',
  'lock.checkFolder': 'Check that the folder exists and is writable, or choose another file with --state',
  'lock.inUse': 'another netprune review (process {pid}) is using this decisions file',
  'lock.finishFirst': 'Finish that session first (press q there). If none is running, delete {lock}',
  'lock.keepsComingBack': 'the lock file keeps coming back',
  'lock.deleteIt': 'Delete {lock} and try again',

  /** review's and diff's flags and inputs (src/commands/review.ts, src/commands/diff.ts). */
  'usage.oneOf': '{flag} must be one of {allowed}; got "{value}"',
  'usage.failOnPendingNeedsState': '--fail-on-pending needs the decisions file: add --state FILE (the one `netprune review` wrote)',
  'diff.giveState': 'Give --state the decisions file `netprune review` wrote (netprune-decisions.json beside the export you reviewed)',
  'diff.otherAccount': 'is the export of another LinkedIn account ({theirs}) than {older} ({owner})',
  'diff.sameAccount': 'Compare two exports of the same account, or give --me if netprune took the wrong owner',
  'diff.stateOfThisAccount': 'Give --state the decisions file of this account',
} as const;
