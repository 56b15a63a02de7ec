#!/usr/bin/env node
/**
 * The benchmark's two "wide" exports, where memory could grow with what the file lists rather than
 * with the 30,000-connection cap (issue 15, item 5):
 *   - `conversations`: messages.csv with 1,000,000 distinct 1:1 conversations, each with someone
 *     else, most of them not connections (the worst case for per-conversation state and for
 *     `suggest`, which lists everyone who is not a connection);
 *   - `invitations`: an Invitations.csv of 700,000 rows, each with someone else.
 * Both beside a small Connections.csv and Profile.csv. Everything is invented and deterministic.
 *
 *   node test/bench/generate-wide.mjs --kind conversations|invitations [--count N] [--out DIR]
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../fixtures/seeded-random.mjs';

const self = fileURLToPath(import.meta.url);
const CONNECTIONS = 5_000;
const OWNER = { first: 'Morgan', last: 'Delacroix', url: 'https://www.linkedin.com/in/morgan-delacroix-7c1e42' };

/** `<tmp>/netprune-bench/wide-<hash of this file>-<kind>-<count>`: a changed generator never reuses an old export. */
export function wideCacheDir(kind, count) {
  const hash = createHash('sha256').update(readFileSync(self)).digest('hex').slice(0, 12);
  return join(tmpdir(), 'netprune-bench', `wide-${hash}-${kind}-${count}`);
}

const { int, pick, hex } = seededRandom(0x77696465);
const FIRST = ['Alex', 'Sam', 'Kim', 'Dana', 'Priya', 'Omar', 'Mei', 'Olga', 'Hélène', 'Julien', 'Inès', 'Diego'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Nguyen', 'Okafor', 'Larsen', 'Rossi', 'Lefèvre', 'Moreau', 'Tanaka'];
/** Person `i`, distinct by a numbered last name and a unique slug. */
const person = (i) => {
  const first = pick(FIRST);
  const last = `${pick(LAST)}${i.toString(36)}`;
  return { first, last, name: `${first} ${last}`, url: `https://www.linkedin.com/in/${first}-${last}-${hex(6)}`.toLowerCase() };
};
const pad = (n) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const q = (v) => `"${String(v).replaceAll('"', '""')}"`;

/** Appends text to a file in batches of about 1 MiB. */
function writer(path) {
  const fd = openSync(path, 'w');
  let batch = [];
  let length = 0;
  const flush = () => {
    writeSync(fd, batch.join(''));
    batch = [];
    length = 0;
  };
  return {
    write(text) {
      batch.push(text);
      length += text.length;
      if (length >= 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

function writeNetwork(dir) {
  const connections = writer(join(dir, 'Connections.csv'));
  connections.write('First Name,Last Name,URL,Email Address,Company,Position,Connected On');
  const network = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const p = person(i);
    network.push(p);
    connections.write(`\n${p.first},${p.last},${p.url},,Contoso,Engineer,${pad(int(1, 28))} ${pick(MONTHS)} ${int(2010, 2025)}`);
  }
  connections.close();
  writeFileSync(join(dir, 'Profile.csv'), `First Name,Last Name,Headline\n${OWNER.first},${OWNER.last},Engineer\n`);
  return network;
}

export function generateWide({ kind, count, out = wideCacheDir(kind, count) }) {
  rmSync(out, { recursive: true, force: true });
  const dir = join(out, 'export');
  mkdirSync(dir, { recursive: true });
  const network = writeNetwork(dir);
  const me = `${OWNER.first} ${OWNER.last}`;
  if (kind === 'conversations') {
    // One row per conversation; one conversation in 20 is with a connection, the rest with someone new.
    const file = writer(join(dir, 'messages.csv'));
    file.write(
      `${['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'].map(q).join(',')}\n`,
    );
    for (let i = 0; i < count; i++) {
      const other = i % 20 === 0 ? pick(network) : person(CONNECTIONS + i);
      const [from, to] = i % 2 === 0 ? [{ name: me, url: OWNER.url }, other] : [other, { name: me, url: OWNER.url }];
      const date = `${int(2015, 2025)}-${pad(int(1, 12))}-${pad(int(1, 28))} ${pad(int(0, 23))}:${pad(int(0, 59))}:00 UTC`;
      file.write(
        `${[`2-${hex(40)}`, '', from.name, from.url, to.name, to.url, date, '', `Hello ${to.name.split(' ')[0]}, thanks for connecting.`, 'INBOX'].map(q).join(',')}\n`,
      );
    }
    file.close();
  } else if (kind === 'invitations') {
    const file = writer(join(dir, 'Invitations.csv'));
    file.write('From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl');
    for (let i = 0; i < count; i++) {
      const other = person(CONNECTIONS + i);
      const incoming = i % 3 !== 0;
      const [from, to] = incoming ? [other, { name: me, url: OWNER.url }] : [{ name: me, url: OWNER.url }, other];
      const sentAt = `"${int(1, 12)}/${int(1, 28)}/${int(24, 26)}, ${int(1, 12)}:${pad(int(0, 59))} ${i % 2 ? 'AM' : 'PM'}"`;
      const message = i % 4 === 0 ? `"Hi ${to.name.split(' ')[0]}, we met at the meetup, let's connect."` : '';
      file.write(`\n${from.name},${to.name},${sentAt},${message},${incoming ? 'INCOMING' : 'OUTGOING'},${from.url},${to.url}`);
    }
    file.close();
  } else {
    throw new Error('--kind is conversations or invitations');
  }
  // Written last: its presence says the export is complete.
  writeFileSync(join(out, 'stats.json'), `${JSON.stringify({ kind, count, connections: CONNECTIONS })}\n`);
  return { kind, count, folder: dir };
}

if (process.argv[1] === self) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? fallback : process.argv[at + 1];
  };
  const kind = arg('--kind', 'conversations');
  const count = Number(arg('--count', kind === 'invitations' ? 700_000 : 1_000_000));
  process.stdout.write(`${JSON.stringify(generateWide({ kind, count, out: arg('--out', wideCacheDir(kind, count)) }))}\n`);
}
