/** `netprune rules` and `rules check` (src/commands/rules.ts), in English; spread into en.ts. */
export const enRules = {
  'rules.default': '{description} (default)',
  'rules.use': 'Use one with --rules <name>, or your own file with --rules ./my-rules.json.',
  'rules.valid': { one: '{file}: valid rule set "{id}" with {count} rule', other: '{file}: valid rule set "{id}" with {count} rules' },
  /** The built-in rule sets' descriptions; a user's rule set shows its own, as written. */
  'rules.description.coffee-test':
    'Would you have a coffee with them? Known if you talked both ways, recommended each other or keep them in your address book; a weak tie if only one side reached out; otherwise a stranger.',
  'rules.description.no-recruiters': 'The coffee test, except that recruiters (by their position, in English or French) are strangers unless known.',
  'rules.description.open-networker':
    "The open networker's coffee test, applied like an algorithm: also keeps colleagues (even from another field), classmates and people close to your expertise as weak ties.",
  'rules.description.strict':
    'Strict: known only after a conversation both ways or a recommendation; everyone else, one-sided contact included, is a stranger.',
} as const;
