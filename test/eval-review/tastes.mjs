/**
 * Three simulated people, each judging the whole population of population.mjs by a taste no
 * built-in rule set has: coffee-test keeps whoever left a trace, open-networker adds colleagues,
 * classmates and anyone close in their field, strict keeps only conversations both ways.
 * Each answers without noise: the measure is how fast the model learns a consistent person.
 */
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
];
