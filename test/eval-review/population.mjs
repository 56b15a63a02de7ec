/**
 * A deterministic, export-like network for the taste evaluation: `size` contacts built in memory
 * as the pipeline would hand them over ({ connection, evidence, verdict }), each with the persona
 * the simulated people judge by. Everything is invented. Evidence follows each persona (colleagues
 * write more, recruiters write first and seldom get an answer, invitations exist for the last ten
 * months only); closeness and the verdict come from netprune's own code, passed in as `lib`, so the
 * model sees what it would see on a real export.
 */
import { seededRandom } from '../../fixtures/seeded-random.mjs';

export const TODAY = '2026-11-20';
const TODAY_MS = Date.parse(`${TODAY}T00:00:00Z`);
const DAY = 86_400_000;

export const OWNER = {
  firstName: 'Maëlle',
  lastName: 'Test-Owner',
  headline: 'Data scientist · machine learning et statistiques',
  positions: [
    { company: 'Contoso', title: 'Lead Data Scientist', description: '', startedOn: '2022-03', finishedOn: null, line: 2 },
    { company: 'Fabrikam', title: 'Data Scientist', description: '', startedOn: '2018-09', finishedOn: '2022-02', line: 3 },
    { company: 'Northwind Traders', title: 'Data Analyst', description: '', startedOn: '2015-01', finishedOn: '2018-08', line: 4 },
  ],
  skills: ['Python', 'Machine Learning', 'Statistics', 'SQL', 'Data Visualization', 'Deep Learning'],
};
const EMPLOYERS = [
  { name: 'Contoso', variants: ['Contoso', 'Contoso SAS', 'CONTOSO'] },
  { name: 'Fabrikam', variants: ['Fabrikam', 'Fabrikam Group'] },
  { name: 'Northwind Traders', variants: ['Northwind Traders', 'Northwind'] },
];
const SCHOOL = 'Université de Valbonne';

const FIELD = [
  'Data Scientist',
  'Senior Data Scientist',
  'Data Engineer',
  'Ingénieure data',
  'Machine Learning Engineer',
  'Ingénieur Machine Learning',
  'Data Analyst',
  'Analyste de données',
  'Lead Data Scientist',
  'Responsable Data',
  'Statisticien',
  'Chercheuse en apprentissage automatique',
  'MLOps Engineer',
  'Head of Data',
  'Docteure en statistiques',
  'Data Science Manager',
  'Consultant Data',
  'Business Intelligence Analyst',
  'Analytics Engineer',
  'Research Scientist, Deep Learning',
];
const RECRUITER = [
  'Recruiter',
  'Technical Recruiter',
  'IT Recruiter',
  'Talent Acquisition Partner',
  'Talent Acquisition Specialist',
  'Chargée de recrutement',
  'Chargé de recrutement IT',
  'Consultante en recrutement',
  'Senior Recruitment Consultant',
  'Headhunter',
  'Chasseuse de têtes',
  'Talent Sourcer',
  'Responsable recrutement',
  'Recruitment Manager',
];
const AGENCIES = ['Hexa Talents', 'Sablier Recrutement', 'Litware Search', 'Fourth Coffee Staffing', 'Trey Talent Partners', 'Cabinet Mirabelle RH'];
const OTHER = [
  'Software Engineer',
  'Développeur Full-Stack',
  'DevOps Engineer',
  'Product Manager',
  'Product Owner',
  'Chef de projet',
  'UX Designer',
  'Product Designer',
  'Directrice Marketing',
  'Chargée de communication',
  'Growth Marketer',
  'Account Executive',
  'Business Developer',
  'Ingénieur commercial',
  'Sales Engineer',
  'Key Account Manager',
  'Customer Success Manager',
  'Analyste financier',
  'Contrôleuse de gestion',
  'Comptable',
  'Responsable RH',
  'HR Business Partner',
  'Juriste',
  'Data Protection Officer',
  'CEO & co-fondateur',
  'Fondatrice',
  'CTO',
  'Consultante SAP',
  'Scrum Master',
  'Étudiant',
  'Professeure de mathématiques',
  'Architecte',
  'Infirmier',
  'Photographe',
  'Office Manager',
  'Acheteuse',
  'Supply Chain Manager',
  'Ingénieur mécanique',
  'Responsable qualité',
  '',
];
const SYLLABLES = ['Nor', 'Vel', 'Cas', 'Lum', 'Bri', 'Alt', 'Mar', 'Sol', 'Ver', 'Pal', 'Tor', 'Qui', 'Zen', 'Aur', 'Bel', 'Cor', 'Dra', 'Fen'];
const ENDINGS = ['vane', 'tiq', 'ora', 'ex', 'ium', 'aris', 'ent', 'ova', 'ia', 'ys'];
const KINDS = ['', ' SAS', ' Conseil', ' Labs', ' Group', ' Banque', ' Santé', ' Logistique', ' Software', ' Studio', ' Énergies'];

const iso = (ms) => new Date(ms).toISOString();
function wholeYears(fromIso) {
  const [fy, fm, fd] = fromIso.slice(0, 10).split('-').map(Number);
  const [ty, tm, td] = TODAY.split('-').map(Number);
  return Math.max(0, ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0));
}

/** Share of connections made each year: few early on, more every year since. */
const YEAR_WEIGHTS = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [2010 + i, 4 + i * 2]));

/** 3,240 invented company names: most contacts work somewhere no other contact does. */
function makeCompanyPool(r) {
  const pool = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of ENDINGS) pool.push(`${a}${b.toLowerCase()}${c}${r.pick(KINDS)}`);
  return pool;
}

/**
 * @param {{ size: number, seed?: number, lib: { closenessOf(position: string): { score: number, terms: string[] },
 *   classify(connection: object, evidence: object): object } }} options
 */
export function makePopulation({ size, seed = 0x7a57e, lib }) {
  const r = seededRandom(seed);
  const companies = makeCompanyPool(r);
  // Squaring skews toward the start of the pool: a few companies are common, most appear once or twice.
  const company = () => companies[Math.floor(companies.length * r.rand() ** 2)];
  const totalWeight = Object.values(YEAR_WEIGHTS).reduce((a, b) => a + b, 0);
  const connectedAt = () => {
    let pick = r.rand() * totalWeight;
    for (const [year, weight] of Object.entries(YEAR_WEIGHTS)) {
      pick -= weight;
      if (pick < 0) return Math.min(TODAY_MS - DAY, Date.UTC(Number(year), 0, 1) + r.rand() * 365 * DAY);
    }
    return TODAY_MS - DAY;
  };

  const contacts = [];
  for (let i = 0; i < size; i++) {
    const role = r.chance(0.22) ? 'field' : r.chance(0.13) ? 'recruiter' : 'other';
    const colleague = role !== 'recruiter' && r.chance(0.09);
    const classmate = !colleague && r.chance(0.04);
    const employer = colleague ? r.pick(EMPLOYERS) : null;
    const position = role === 'field' ? r.pick(FIELD) : role === 'recruiter' ? r.pick(RECRUITER) : r.pick(OTHER);
    const companyName = employer !== null ? r.pick(employer.variants) : role === 'recruiter' && r.chance(0.7) ? r.pick(AGENCIES) : company();
    const connected = connectedAt();
    const connectedOn = iso(connected).slice(0, 10);

    const talks = r.chance(colleague ? 0.65 : classmate ? 0.45 : role === 'recruiter' ? 0.6 : role === 'field' ? 0.3 : 0.18);
    const received = talks && r.chance(role === 'recruiter' ? 0.95 : 0.8) ? 1 + Math.floor(r.rand() ** 2 * 30) : 0;
    const sent = talks && (received === 0 || r.chance(role === 'recruiter' ? 0.35 : 0.75)) ? 1 + Math.floor(r.rand() ** 2 * 30) : 0;
    const last = talks ? connected + (TODAY_MS - connected) * r.rand() : null;
    const first = last === null ? null : connected + (last - connected) * r.rand();
    const invited = TODAY_MS - connected < 300 * DAY && r.chance(0.8);
    const incoming = r.chance(role === 'recruiter' ? 0.9 : 0.6);
    const note = invited && r.chance(role === 'recruiter' ? 0.6 : 0.2) ? 'Bonjour, ravie d’échanger avec vous.' : '';
    const endorse = (p) => (r.chance(p) ? r.int(1, 4) : 0);
    const near = lib.closenessOf(position);

    const connection = {
      firstName: 'Contact',
      lastName: String(i + 1),
      key: `in/contact-${i + 1}`,
      url: `https://www.linkedin.com/in/contact-${i + 1}`,
      email: r.chance(0.03) ? `contact${i + 1}@example.com` : null,
      company: companyName,
      position,
      connectedOn,
      line: i + 5,
    };
    const evidence = {
      messages: {
        sent,
        received,
        twoWay: sent > 0 && received > 0,
        conversations: talks ? 1 : 0,
        groupConversations: r.chance(colleague ? 0.2 : 0.03) ? 1 : 0,
        groupMessages: 0,
        first: first === null ? null : `${iso(first).slice(0, 19)}Z`,
        last: last === null ? null : `${iso(last).slice(0, 19)}Z`,
        lastMessage: null,
      },
      invitation: invited
        ? { direction: incoming ? 'incoming' : 'outgoing', sentAt: `${iso(connected - DAY).slice(0, 19)}Z`, withNote: note !== '', note }
        : null,
      endorsements: { given: endorse(colleague ? 0.3 : 0.04), received: endorse(colleague ? 0.3 : 0.05), skillsGiven: [], skillsReceived: [] },
      recommendations: { given: r.chance(colleague ? 0.05 : 0.004) ? 1 : 0, received: r.chance(colleague ? 0.05 : 0.004) ? 1 : 0 },
      sharedEmployer: employer?.name ?? null,
      addressBook: r.chance(colleague ? 0.15 : classmate ? 0.2 : 0.02) ? 'name' : null,
      emailVisible: connection.email !== null,
      yearsConnected: wholeYears(connectedOn),
      closeness: near.score,
      closenessTerms: near.terms,
      school: classmate ? SCHOOL : null,
      matchedBy: {},
    };
    contacts.push({ connection, evidence, verdict: lib.classify(connection, evidence), persona: { role, colleague, classmate } });
  }
  return contacts;
}
