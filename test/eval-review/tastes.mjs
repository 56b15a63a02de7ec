/**
 * Four simulated people, each judging the whole population of population.mjs by a taste no
 * built-in rule set has: coffee-test keeps whoever left a trace, open-networker adds colleagues,
 * classmates and anyone close in their field, strict keeps only conversations both ways. The first
 * three lean on the persona or the evidence; `makers` decides by words of the job title across all
 * three personas (a data engineer and a DevOps engineer alike), the case a linear model over title
 * words finds hardest. Each answers without noise: the measure is how fast the model learns a
 * consistent person.
 */
// Folded as the model folds titles, so that "Ingénieur" and "ingenieur" are one word to this person too.
const fold = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const MAKER = /\b(engineer|ingenieure?|developpeur|designer|product|cto|architecte)\b/;

const yearsSince = (iso, today) => {
  const [fy, fm, fd] = iso.slice(0, 10).split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
};

export const TASTES = [
  {
    id: 'own-field',
    about: 'keeps everyone in their own field (data, machine learning, statistics) and whoever they wrote with both ways',
    decide: (c) => (c.persona.role === 'field' || c.evidence.messages.twoWay ? 'keep' : 'remove'),
  },
  {
    id: 'no-recruiters',
    about: 'drops every recruiter whatever the evidence; keeps everyone else coffee-test does not call a stranger',
    decide: (c) => (c.persona.role !== 'recruiter' && c.verdict.label !== 'stranger' ? 'keep' : 'remove'),
  },
  {
    id: 'colleagues-and-recent',
    about: 'keeps all former colleagues and anyone messaged (either way) in the last 3 years; drops the rest, old friends too',
    decide: (c, today) =>
      c.evidence.sharedEmployer !== null || (c.evidence.messages.last !== null && yearsSince(c.evidence.messages.last, today) < 3) ? 'keep' : 'remove',
  },
  {
    id: 'makers',
    about: 'keeps whoever builds products (engineers, developers, designers, product people, architects, any field) and their address book; drops the rest',
    decide: (c) => (MAKER.test(fold(c.connection.position)) || c.evidence.addressBook !== null ? 'keep' : 'remove'),
  },
];
