import { asWritten, meaningfulWords } from './words.js';

/**
 * A job title's words as the taste model compares them: one word for every inflection and for
 * the French and English names of one trade. "Chercheuse", "chercheur" and "researcher" are one
 * word, "Analyste" and "Analyst" one, "statistiques", "Statisticien" and "statistics" one. Without
 * this, a person who kept a "Data Analyst" has told the model nothing about an "Analyste de
 * données", and every French title waits for an answer of its own.
 */

/**
 * A crude stemmer, the same for both languages: French feminine endings become masculine
 * (-euse, -rice, -ienne, -ère, -ée, -eure, -ale), then a plural s or x goes, then a final e
 * (analyste → analyst, architecte → architect). It only needs to give every form of one word the
 * same stem; the stem need not be a word.
 */
const FEMININE: readonly [RegExp, string][] = [
  [/euses?$/, 'eur'],
  [/rices?$/, 'eur'],
  [/iennes?$/, 'ien'],
  [/eres?$/, 'er'],
  [/ees?$/, 'e'],
  [/eures?$/, 'eur'],
  [/ales?$/, 'al'],
];

function stem(word: string): string {
  if (word.length < 5) return word;
  let s = word;
  for (const [ending, masculine] of FEMININE) {
    if (ending.test(s)) {
      s = s.replace(ending, masculine);
      break;
    }
  }
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && /[sx]$/.test(s) && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/**
 * Words of one trade in French and English, each group one concept named by its first word.
 * General job-title vocabulary, not any one person's: French-speaking users have French and
 * English titles side by side in one network.
 */
const SAME_TRADE: readonly (readonly string[])[] = [
  ['data', 'donnees', 'donnee'],
  ['statistics', 'statistic', 'statistique', 'statisticien', 'statistician'],
  ['research', 'researcher', 'recherche', 'chercheur'],
  ['scientist', 'science', 'scientifique'],
  ['analyst', 'analyste', 'analytics', 'analytic', 'analyse', 'analysis'],
  ['engineer', 'ingenieur', 'engineering', 'ingenierie'],
  ['developer', 'developpeur', 'development', 'developpement', 'dev'],
  ['designer', 'concepteur', 'design'],
  ['architect', 'architecte'],
  ['software', 'logiciel'],
  ['learning', 'apprentissage'],
  ['recruiter', 'recruteur', 'recruitment', 'recrutement', 'recruiting'],
  ['headhunter', 'chasseur'],
  ['sales', 'sale', 'commercial', 'vente', 'ventes', 'vendeur'],
  ['accountant', 'comptable', 'accounting', 'comptabilite'],
  ['lawyer', 'juriste', 'avocat', 'legal', 'juridique'],
  ['teacher', 'professeur', 'enseignant'],
  ['student', 'etudiant'],
  ['founder', 'fondateur', 'cofondateur', 'cofounder'],
  ['nurse', 'infirmier'],
  ['buyer', 'acheteur', 'purchasing', 'achats'],
  ['quality', 'qualite'],
  ['mechanical', 'mecanique'],
  ['financial', 'financier', 'finance'],
  ['controller', 'controleur'],
  ['project', 'projet'],
  ['product', 'produit'],
  ['photographer', 'photographe'],
  ['hr', 'rh'],
  ['advisor', 'conseiller', 'adviser'],
  ['technician', 'technicien'],
  ['security', 'securite'],
];

/** Two-word French terms whose words mean nothing alone ("apprentissage automatique" is machine learning). */
const PHRASES: readonly [string, string][] = [
  ['apprentissage automatique', 'machine learning'],
  ['apprentissage profond', 'deep learning'],
  ['intelligence artificielle', 'artificial intelligence'],
  ['ressources humaines', 'hr'],
  ['chasseur de tetes', 'headhunter'],
  ['chasseuse de tetes', 'headhunter'],
];

const CONCEPT = new Map<string, string>();
for (const group of SAME_TRADE) for (const word of group) CONCEPT.set(stem(word), stem(group[0]!));

/** The concept of one folded word: its trade's first word, stemmed, or the word's own stem. */
function conceptOf(word: string): string {
  const s = stem(word);
  return CONCEPT.get(s) ?? s;
}

/** A title's concepts with the word each was first written as (folded), in order of appearance; rank words stay. */
export function titleConcepts(title: string): Map<string, string> {
  let text = meaningfulWords(title.replaceAll('’', "'")).join(' ');
  // meaningfulWords drops "de": the phrases are matched without it.
  for (const [french, english] of PHRASES) text = ` ${text} `.replace(` ${french.replace(' de ', ' ')} `, ` ${english} `).trim();
  const found = new Map<string, string>();
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const concept = conceptOf(word);
    if (!found.has(concept)) found.set(concept, word);
  }
  return found;
}

/**
 * A title's concepts with the words as the person wrote them, for explanations ("Ingénieur",
 * "Full-Stack"); the concepts stay the keys. A concept a two-word French term gave ("machine" of
 * "apprentissage automatique") is shown as that term.
 */
export function titleConceptsAsWritten(title: string): Map<string, string> {
  const shown = asWritten(title);
  const found = new Map<string, string>();
  for (const [concept, word] of titleConcepts(title)) found.set(concept, shown.get(word) ?? phraseAsWritten(word, shown) ?? word);
  return found;
}

function phraseAsWritten(word: string, shown: ReadonlyMap<string, string>): string | undefined {
  for (const [french, english] of PHRASES) {
    if (!english.split(' ').includes(word)) continue;
    const pieces = french.split(' ').map((w) => shown.get(w));
    if (pieces.every((piece) => piece !== undefined)) return [...new Set(pieces)].join(' ');
  }
  return undefined;
}
