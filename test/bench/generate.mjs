#!/usr/bin/env node
/**
 * Writes the benchmark's synthetic LinkedIn export (docs/performance.md): a network at the 30,000-connection cap
 * and a 2026-style messages.csv (every field quoted, multi-line contents with commas and doubled
 * quotes), as a folder and as the same files in a zip. Everything is invented; only the formats are
 * real (docs/linkedin-export.md §3, §4). Deterministic: a seeded PRNG and no clock, so a run gives the
 * same rows every time.
 *
 * Both files are streamed to disk in 1 MiB batches, and the zip is deflated by fflate as they are
 * written, so the generator stays small however many rows it writes.
 *
 * With --tables (issue 18), the export also has the tables a real one carries besides messages.csv
 * (Invitations, Contacts, endorsements given and received, recommendations given and received), and
 * two more folders beside it: `export-shuffled/`, the same files with messages.csv's records (the same
 * rows) in random order, a legal file LinkedIn could write; and `export-no-messages/`, the same
 * files without messages.csv. Both hold hard links to the files they share.
 *
 *   node test/bench/generate.mjs [--rows 1000000] [--connections 30000] [--layout grouped|interleaved] [--tables] [--out DIR]
 *
 * Without --out, it writes to the cache dir that run.mjs uses ({@link cacheDir}).
 */
import { createHash } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';
import { seededRandom } from '../../fixtures/seeded-random.mjs';

const self = fileURLToPath(import.meta.url);

/** `<tmp>/netprune-bench/<hash of this file>-<rows>`: a changed generator never reuses an old export. */
export function cacheDir(rows, connections = 30_000, layout = 'grouped', tables = false) {
  const hash = createHash('sha256').update(readFileSync(self)).digest('hex').slice(0, 12);
  return join(tmpdir(), 'netprune-bench', `${hash}-${rows}-${connections}-${layout}${tables ? '-tables' : ''}`);
}

// ---------------------------------------------------------------- randomness and dates
const { rand, int, pick, chance, hex } = seededRandom(0x6e657470);
/** A LinkedIn conversation id: `2-` and 40 bytes in base64, 58 characters (docs/linkedin-export.md §4.2). */
const conversationId = () => `2-${Buffer.from(Array.from({ length: 40 }, () => int(0, 255))).toString('base64')}`;

const DAY = 86_400_000;
const EXPORT = Date.UTC(2026, 10, 20, 7, 40, 0);
const FIRST_MESSAGE = Date.UTC(2014, 0, 1);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
const connectedOn = (ms) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const messageDate = (ms) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

// ---------------------------------------------------------------- people
const FIRST = [
  'Alex',
  'Sam',
  'Kim',
  'Dana',
  'Jordan',
  'Priya',
  'Omar',
  'Mei',
  'Kenji',
  'Olga',
  'Sven',
  'Aisha',
  'Diego',
  'Fatima',
  'Lars',
  'Nadia',
  'Ravi',
  'Yuki',
  'Karim',
  'Leila',
  'Marco',
  'Sofia',
  'Piotr',
  'Amara',
  'Noah',
  'Elena',
  'Malik',
  'Chiara',
  'Hélène',
  'Julien',
  'Inès',
  'Léa',
  'Thomas',
  'Chloé',
  'Zoë',
  'José',
  'Tomás',
  'Łukasz',
  'Søren',
  'Ana María',
  'François',
  'Émilie',
  'Jürgen',
  'Ingrid',
  'Benoît',
  'Maëlle',
];
const LAST = [
  'Kim',
  'Lee',
  'Park',
  'Ng',
  'Shah',
  'Rivera',
  'Nguyen',
  'Haddad',
  'Okafor',
  'Tanaka',
  'Ivanova',
  'Rossi',
  'Schmidt',
  'Khan',
  'Costa',
  'Dimitrov',
  'Berg',
  'Mendes',
  'Fischer',
  'Novak',
  'Dubois',
  'Moreau',
  'Laurent',
  'Girard',
  'García',
  'Müller',
  'Øverland',
  'Kowalski',
  'Svensson',
  'Le Goff',
  'Da Silva',
  'Noël',
  'Guérin',
  'Müller-Lenz',
  'Sánchez',
];
const SCRIPT_NAMES = [
  ['Юлия', 'Смирнова', 'yulia-smirnova'],
  ['محمد', 'الحداد', 'mohamed-haddad'],
  ['伟', '李', 'wei-li'],
  ['さくら', '山本', 'sakura-yamamoto'],
];
const CREDENTIALS = [', PhD', ', MBA, PMP', ', CFA', ' (she/her)'];
const COMPANIES = [
  'Globex',
  'Contoso',
  'Fabrikam',
  'Tailspin Toys',
  'Umbrella Corporation',
  'Wide World Importers',
  'Adventure Works',
  'Litware',
  'Proseware',
  'Woodgrove Bank',
  'Coho Winery',
  'Fourth Coffee',
  'Alpine Ski House',
  'Trey Research',
  'Northwind Traders',
  'Freelance',
  'Self-employed',
  'Tailspin, Inc.',
  'Fabrikam Group "FG-Labs"',
  '',
];
const POSITIONS = [
  'Product Manager',
  'Data Engineer',
  'Business Developer',
  'UX Designer',
  'CTO',
  'Software Engineer',
  'Recruiter',
  'Talent Acquisition Partner',
  'Sales Director',
  'Account Executive',
  'Head of Growth',
  'Director, Research',
  'Senior Engineer "Platform"',
  'VP Sales, EMEA',
  '',
];

const OWNER = { first: 'Morgan', last: 'Delacroix', slug: 'morgan-delacroix-7c1e42' };
OWNER.name = `${OWNER.first} ${OWNER.last}`;
OWNER.url = `https://www.linkedin.com/in/${OWNER.slug}`;

const slugOf = (first, last) =>
  `${first} ${last}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** A person; `url` is raw Unicode as in messages.csv, `encodedUrl` percent-encoded as in Connections.csv. */
function makePerson() {
  let first;
  let last;
  let slug;
  if (chance(0.02)) {
    [first, last, slug] = pick(SCRIPT_NAMES);
  } else {
    first = pick(FIRST);
    last = pick(LAST);
    slug = slugOf(first, last);
    if (chance(0.012)) last += pick(CREDENTIALS);
  }
  // Most slugs carry LinkedIn's hex suffix; the rest are unique anyway thanks to a counter.
  slug = `${slug}-${hex(chance(0.5) ? 8 : 3)}`;
  return {
    first,
    last,
    name: `${first} ${last}`,
    url: `https://www.linkedin.com/in/${slug}`,
    encodedUrl: `https://www.linkedin.com/in/${encodeURIComponent(slug)}`,
    company: pick(COMPANIES),
    position: pick(POSITIONS),
  };
}

function uniquePeople(n, seen) {
  const out = [];
  while (out.length < n) {
    const p = makePerson();
    if (seen.has(p.url)) continue;
    seen.add(p.url);
    out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------- message contents
const OPENERS = ['Hi {first},', 'Hello {first}!', 'Hey {first}', 'Bonjour {first},', 'Dear {first},', '{first},'];
const SENTENCES = [
  'Thanks for connecting, great to meet you at the conference.',
  'Following up on our call: I have attached the deck, let me know what you think.',
  'Are you free for a coffee next week, say Tuesday or Thursday?',
  'We are hiring a senior engineer, and I thought of you right away.',
  'Could you introduce me to someone on the "Platform" team?',
  'Congrats on the new role, well deserved!',
  'I read your post about data pipelines, and I agree with most of it.',
  'Sorry for the late reply, it has been a busy quarter.',
  'Sounds good, talk Thursday.',
  'Happy to help, send me the details when you can.',
  'The "quick sync" turned into a two-hour workshop, as usual.',
  'Let me check my calendar and come back to you.',
  'It was a pleasure working with you on the migration, truly.',
  'Do you still have the notes from the offsite?',
];
const SHORT = [
  'Thanks!',
  'Sounds good, talk Thursday.',
  'Great to connect.',
  'Happy birthday!',
  'Congrats on the new role!',
  'Will do 👍',
  'See you then',
  'Merci !',
  'Yes, 3pm works.',
  'Sure, send it over.',
  'Ha, "classic" Monday.',
  'Ok',
  '👍',
  'Can we move to 4?',
];
const CLOSINGS = ['Best, {me}', 'Cheers,\n{me}', 'Thanks,\n{me}', '— {me}', 'Talk soon'];

function sentences(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(SENTENCES));
  return out.join(' ');
}

/** Mostly short messages; 21 % with a literal LF (docs/linkedin-export.md §4.2), a few with CRLF, some HTML. */
function content(to, fromFirst) {
  const r = rand();
  const first = to.first;
  if (r < 0.55) return pick(SHORT);
  if (r < 0.68) return sentences(1);
  if (r < 0.89) {
    const eol = chance(0.03) ? '\r\n' : '\n';
    const body = [pick(OPENERS).replace('{first}', first), sentences(int(1, 2))];
    if (chance(0.3)) body.push('', sentences(int(1, 3)));
    body.push(pick(CLOSINGS).replace('{me}', fromFirst));
    return body.join(eol);
  }
  const text = sentences(int(1, 3)).replaceAll("it's", 'it&rsquo;s').replaceAll(', ', ',&nbsp;').replaceAll('&', '&amp;').replaceAll('&amp;nbsp;', '&nbsp;');
  return `<p>${pick(OPENERS).replace('{first}', first)}</p><p>${text}</p>`;
}

const SPONSORED_SUBJECTS = ['An opportunity at Contoso', 'Your next role?', 'Quick question, %FIRSTNAME%', 'Invitation: leadership webinar'];
function sponsoredContent() {
  return (
    '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p><p>' +
    sentences(int(2, 4)) +
    '</p><p>Our clients at %COMPANYNAME% are growing fast, and your profile stood out.</p><p>Best regards,</p>'
  );
}
const SPAM = [
  'Hi, I came across your profile and would love to discuss a business opportunity, reply YES to learn more.',
  'Dear friend,\nI have a proposal for you, please contact me by e-mail.',
  'Limited offer: 10,000 "verified" followers for $49!',
];

// ---------------------------------------------------------------- CSV
const q = (v) => `"${String(v).replaceAll('"', '""')}"`;
/** Connections.csv quotes minimally (docs/linkedin-export.md §3.3). */
const minimal = (v) => (/[",\n]/.test(v) ? q(v) : v);

const MESSAGES_HEADER = [
  'CONVERSATION ID',
  'CONVERSATION TITLE',
  'FROM',
  'SENDER PROFILE URL',
  'TO',
  'RECIPIENT PROFILE URLS',
  'DATE',
  'SUBJECT',
  'CONTENT',
  'FOLDER',
  'ATTACHMENTS',
];
const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/** Writes each file to the folder and, deflated, to the zip, in batches of about 1 MiB. */
class ExportWriter {
  constructor(dir, zipPath) {
    mkdirSync(dir, { recursive: true });
    this.dir = dir;
    this.zipFd = openSync(zipPath, 'w');
    this.zip = new Zip((error, data) => {
      if (error) throw error;
      writeSync(this.zipFd, data);
    });
  }

  open(name) {
    this.fd = openSync(join(this.dir, name), 'w');
    this.entry = new ZipDeflate(name, { level: 6 });
    this.entry.mtime = new Date(2026, 10, 20, 7, 40, 0);
    this.zip.add(this.entry);
    this.batch = [];
    this.batchLength = 0;
    this.bytes = 0;
    /** Bytes written but not flushed yet. */
    this.pending = 0;
  }

  write(text) {
    this.batch.push(text);
    this.batchLength += text.length;
    this.pending += Buffer.byteLength(text);
    if (this.batchLength >= 1 << 20) this.flush(false);
  }

  flush(final) {
    const bytes = Buffer.from(this.batch.join(''), 'utf8');
    this.batch = [];
    this.batchLength = 0;
    this.pending = 0;
    this.bytes += bytes.length;
    writeSync(this.fd, bytes);
    this.entry.push(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), final);
  }

  close() {
    this.flush(true);
    closeSync(this.fd);
    return this.bytes;
  }

  end() {
    this.zip.end();
    closeSync(this.zipFd);
  }
}

// ---------------------------------------------------------------- the other tables (--tables)
/** Rows per table: a heavy recruiter's, a guess shaped like the held-out export of issue 18. */
const TABLE_ROWS = {
  invitations: 8_000,
  contacts: 15_000,
  endorsementsReceived: 25_000,
  endorsementsGiven: 10_000,
  recommendationsReceived: 80,
  recommendationsGiven: 60,
};
const shortDate = (ms) => {
  const d = new Date(ms);
  const h = d.getUTCHours() % 12 || 12;
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear() % 100).padStart(2, '0')}, ${h}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
};
const endorsementDate = (ms) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ').replaceAll('-', '/')} UTC`;
const SKILLS = ['Recruiting', 'Talent Acquisition', 'Sourcing', 'Gestion de projet', 'Data Engineering', 'Leadership', 'Negotiation', 'Marketing digital'];

/** Invitations, Contacts, endorsements and recommendations, after messages.csv (so that its rows stay those of the other layouts). */
function writeTables(writer, network, strangers) {
  const someone = () => (chance(0.6) ? pick(network) : pick(strangers));
  const recent = () => EXPORT - int(0, 300) * DAY - int(0, DAY);
  const ever = () => FIRST_MESSAGE + Math.floor(rand() * (EXPORT - FIRST_MESSAGE));
  const n = TABLE_ROWS;

  writer.open('Invitations.csv');
  writer.write('From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl');
  for (let i = 0; i < n.invitations; i++) {
    const other = pick(strangers);
    const incoming = chance(0.7);
    const [from, to] = incoming ? [other, OWNER] : [OWNER, other];
    const note = chance(0.25) ? q(`Hi ${to.first}, ${pick(SENTENCES)}`) : '';
    writer.write(`\n${minimal(from.name)},${minimal(to.name)},${q(shortDate(recent()))},${note},${incoming ? 'INCOMING' : 'OUTGOING'},${from.url},${to.url}`);
  }
  writer.close();

  writer.open('Contacts.csv');
  writer.write(
    'Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles',
  );
  for (let i = 0; i < n.contacts; i++) {
    const p = someone();
    const email = chance(0.6) ? `${slugOf(p.first, p.last)}@${chance(0.5) ? 'example.com' : 'contoso.example'}` : '';
    const phone = chance(0.5) ? `+33 6 ${int(10, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}` : '';
    const fields = [
      chance(0.7) ? 'MOBILE_CONTACTS' : 'GMAIL',
      p.first,
      p.last,
      chance(0.5) ? p.company : '',
      chance(0.4) ? p.position : '',
      email,
      phone,
      shortDate(ever()),
    ];
    writer.write(`\n${[...fields.map(minimal), '', '', '', minimal(p.name), '', '', '', ''].join(',')}`);
  }
  writer.close();

  for (const [file, count, who] of [
    ['Endorsement_Received_Info.csv', n.endorsementsReceived, 'Endorser'],
    ['Endorsement_Given_Info.csv', n.endorsementsGiven, 'Endorsee'],
  ]) {
    writer.open(file);
    writer.write(`Endorsement Date,Skill Name,${who} First Name,${who} Last Name,${who} Public Url,Endorsement Status`);
    for (let i = 0; i < count; i++) {
      const p = someone();
      writer.write(`\n${endorsementDate(ever())},${pick(SKILLS)},${minimal(p.first)},${minimal(p.last)},${p.url.replace('https://', '')},ACCEPTED`);
    }
    writer.close();
  }

  for (const [file, count] of [
    ['Recommendations_Received.csv', n.recommendationsReceived],
    ['Recommendations_Given.csv', n.recommendationsGiven],
  ]) {
    writer.open(file);
    writer.write('First Name,Last Name,Company,Job Title,Text,Creation Date,Status');
    for (let i = 0; i < count; i++) {
      const p = pick(network);
      writer.write(`\n${[p.first, p.last, p.company, p.position].map(minimal).join(',')},${q(sentences(int(2, 4)))},${q(shortDate(ever()))},VISIBLE`);
    }
    writer.close();
  }
  return n;
}

/**
 * `export-shuffled/` (messages.csv's records in a random order: the same rows, each record whole) and
 * `export-no-messages/`, beside `export/`, each other file a hard link to its copy in `export/`.
 */
function writeVariants(out, dir, starts) {
  const shuffled = join(out, 'export-shuffled');
  const bare = join(out, 'export-no-messages');
  for (const variant of [shuffled, bare]) {
    mkdirSync(variant, { recursive: true });
    for (const name of readdirSync(dir)) if (name !== 'messages.csv') linkSync(join(dir, name), join(variant, name));
  }
  const records = starts.length - 1;
  const order = new Int32Array(records);
  for (let i = 0; i < records; i++) order[i] = i;
  for (let i = records - 1; i > 0; i--) {
    const j = int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const source = openSync(join(dir, 'messages.csv'), 'r');
  const target = openSync(join(shuffled, 'messages.csv'), 'w');
  const header = Buffer.alloc(starts[0]);
  readSync(source, header, 0, header.length, 0);
  writeSync(target, header);
  let batch = [];
  let size = 0;
  for (const r of order) {
    const bytes = Buffer.alloc(starts[r + 1] - starts[r]);
    readSync(source, bytes, 0, bytes.length, starts[r]);
    batch.push(bytes);
    size += bytes.length;
    if (size >= 1 << 20) {
      writeSync(target, Buffer.concat(batch));
      batch = [];
      size = 0;
    }
  }
  writeSync(target, Buffer.concat(batch));
  closeSync(source);
  closeSync(target);
}

// ---------------------------------------------------------------- the export
export function generate({
  rows = 1_000_000,
  connections = 30_000,
  layout = 'grouped',
  tables = false,
  out = cacheDir(rows, connections, layout, tables),
} = {}) {
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  const dir = join(out, 'export');
  const writer = new ExportWriter(dir, join(out, 'export.zip'));
  const seen = new Set([OWNER.url]);

  // Connections.csv: the cap, newest first, ~1 % hidden members, no final newline.
  const hiddenEvery = 97;
  const network = uniquePeople(connections - Math.floor(connections / hiddenEvery), seen);
  writer.open('Connections.csv');
  writer.write(`${PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Connected On`);
  let when = EXPORT - DAY;
  for (let i = 0, p = 0; i < connections; i++) {
    when -= int(0, (2 * (EXPORT - Date.UTC(2008, 0, 1))) / connections);
    const date = connectedOn(when);
    if (i % hiddenEvery === hiddenEvery - 1) {
      writer.write(`\n,,,,,,${date}`);
      continue;
    }
    const c = network[p++];
    const space = chance(0.1) ? ' ' : '';
    const email = chance(0.03) ? `${slugOf(c.first, 'x')}@example.com` : '';
    writer.write(`\n${[c.first, c.last + space, c.encodedUrl, email, c.company, c.position].map(minimal).join(',')},${date}`);
  }
  const connectionsBytes = writer.close();

  writer.open('Profile.csv');
  writer.write(
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n',
  );
  writer.write(`${OWNER.first},${OWNER.last},,,Mar 14,"Head of Talent, EMEA",,Staffing and Recruiting,,"Paris, Île-de-France, France",,,\n`);
  writer.close();

  // Who talks: 1:1 with 22,000 people (about 16,500 of them connections), 2,500 group chats of
  // 3 to 6, 600 hidden members, 2,000 spammers. The people and conversations do not depend on
  // `rows`, so a smaller file has (nearly) the same conversations, only fewer messages each.
  const strangers = uniquePeople(8_000, seen);
  const contacts = [...network.slice(0, 16_500), ...strangers.slice(0, 5_500)];
  for (let i = contacts.length - 1; i > 0; i--) {
    const j = int(0, i);
    [contacts[i], contacts[j]] = [contacts[j], contacts[i]];
  }
  const direct = contacts.map((person) => ({ id: conversationId(), person }));
  const GROUP_TITLES = ['Project sync', 'Alumni 2012, Lyon', 'Hiring: "Platform" team', 'Book club', 'Offsite planning', ''];
  const groups = Array.from({ length: 2_500 }, () => {
    const members = Array.from({ length: int(2, 5) }, () => (chance(0.85) ? pick(network) : pick(strangers)));
    return { id: conversationId(), title: chance(0.6) ? pick(GROUP_TITLES) : '', members: [...new Set(members)] };
  });
  const hidden = Array.from({ length: 600 }, () => conversationId());
  const spammers = strangers.slice(5_500, 7_500).map((person) => ({ id: conversationId(), person }));
  const ME = { first: OWNER.first, name: OWNER.name, url: OWNER.url };

  const counts = { direct: 0, group: 0, spam: 0, sponsored: 0, linkedinMember: 0, system: 0 };
  const folder = () => (chance(0.85) ? 'INBOX' : 'ARCHIVE');
  const attachment = () => (chance(0.02) ? `https://www.linkedin.com/dms/prv/vid/v2/${hex(24)}` : '');
  const date = () => messageDate(FIRST_MESSAGE + Math.floor(rand() * (EXPORT - FIRST_MESSAGE)));
  // Skewed but saturated: the busiest people get many messages, the quietest a handful even at 250k rows.
  const skewed = (n) => Math.floor(n * rand() ** 1.5);

  // Each row's conversation is drawn first. The default layout writes a conversation's rows together,
  // dates unsorted, as the files in fixtures/exports (modelled on real exports) do. `interleaved` writes
  // them in the order drawn, each row in a random conversation: a worst case for memory locality.
  const SPONSORED = -1;
  const SYSTEM = -2;
  const threads = [
    ...direct.map((t) => ({ kind: 'direct', ...t })),
    ...groups.map((t) => ({ kind: 'group', ...t })),
    ...spammers.map((t) => ({ kind: 'spam', ...t })),
    ...hidden.map((id) => ({ kind: 'linkedinMember', id })),
  ];
  const groupBase = direct.length;
  const spamBase = groupBase + groups.length;
  const hiddenBase = spamBase + spammers.length;
  const drawn = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = rand();
    if (r < 0.74) drawn[i] = skewed(direct.length);
    else if (r < 0.87) drawn[i] = groupBase + skewed(groups.length);
    else if (r < 0.92) drawn[i] = spamBase + int(0, spammers.length - 1);
    else if (r < 0.96) drawn[i] = SPONSORED;
    else if (r < 0.99) drawn[i] = hiddenBase + int(0, hidden.length - 1);
    else drawn[i] = SYSTEM;
  }
  let order = drawn;
  if (layout === 'grouped') {
    const perThread = new Int32Array(threads.length);
    const units = [];
    for (const t of drawn) {
      if (t < 0) units.push(t);
      else if (perThread[t]++ === 0) units.push(t);
    }
    for (let i = units.length - 1; i > 0; i--) {
      const j = int(0, i);
      [units[i], units[j]] = [units[j], units[i]];
    }
    order = new Int32Array(rows);
    let at = 0;
    for (const t of units) for (let k = t < 0 ? 1 : perThread[t]; k > 0; k--) order[at++] = t;
  }

  writer.open('messages.csv');
  writer.write(`${MESSAGES_HEADER.map(q).join(',')}\n`);
  // Where each record starts, for the shuffled copy: records hold line breaks, so lines would not do.
  const starts = tables ? new Float64Array(rows + 1) : null;
  let record = 0;
  const row = (fields) => {
    const text = `${fields.map(q).join(',')}\n`;
    if (starts !== null) starts[record++] = writer.bytes + writer.pending;
    writer.write(text);
  };
  for (const t of order) {
    const thread = threads[t];
    if (t === SPONSORED) {
      counts.sponsored++;
      const recruiter = pick(strangers);
      row([conversationId(), 'Sponsored Conversation', recruiter.name, '', ME.name, ME.url, date(), pick(SPONSORED_SUBJECTS), sponsoredContent(), 'INBOX', '']);
    } else if (t === SYSTEM) {
      counts.system++;
      row([
        conversationId(),
        '',
        'LinkedIn Premium',
        '',
        ME.name,
        ME.url,
        date(),
        'Your Premium free trial',
        `<p>Hi ${ME.first}, ${sentences(2)}</p>`,
        'INBOX',
        '',
      ]);
    } else if (thread.kind === 'direct') {
      counts.direct++;
      const fromMe = chance(0.45);
      const [from, to] = fromMe ? [ME, thread.person] : [thread.person, ME];
      row([thread.id, '', from.name, from.url, to.name, to.url, date(), '', content(to, from.first), folder(), attachment()]);
    } else if (thread.kind === 'group') {
      counts.group++;
      const everyone = [ME, ...thread.members];
      const from = chance(0.3) ? ME : pick(thread.members);
      const to = everyone.filter((p) => p !== from);
      const names = to.map((p) => p.name).join(',');
      const urls = to.map((p) => p.url).join(',');
      row([thread.id, thread.title, from.name, from.url, names, urls, date(), '', content(pick(to), from.first), folder(), attachment()]);
    } else if (thread.kind === 'spam') {
      counts.spam++;
      row([thread.id, '', thread.person.name, thread.person.url, ME.name, ME.url, date(), '', pick(SPAM), 'SPAM', '']);
    } else {
      counts.linkedinMember++;
      row([thread.id, '', 'LinkedIn Member', '', ME.name, ME.url, date(), '', pick(SHORT), folder(), '']);
    }
  }
  const messagesBytes = writer.close();
  if (starts !== null) starts[rows] = messagesBytes;
  const tableRows = tables ? writeTables(writer, network, strangers) : null;
  writer.end();
  if (starts !== null) writeVariants(out, dir, starts);

  const stats = {
    rows,
    connections,
    layout,
    counts,
    messagesBytes,
    connectionsBytes,
    tables: tableRows,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  // Written last: its presence says the export is complete.
  writeFileSync(join(out, 'stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}

if (process.argv[1] === self) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? fallback : process.argv[at + 1];
  };
  const rows = Number(arg('--rows', 1_000_000));
  const connections = Number(arg('--connections', 30_000));
  const layout = arg('--layout', 'grouped');
  if (layout !== 'grouped' && layout !== 'interleaved') throw new Error('--layout is grouped or interleaved');
  const tables = process.argv.includes('--tables');
  const stats = generate({ rows, connections, layout, tables, out: arg('--out', cacheDir(rows, connections, layout, tables)) });
  process.stdout.write(`${JSON.stringify(stats)}\n`);
}
