import type { Detector, Finding } from '../detector.js';
import { companyMarks, givenNames, nameKey, notNames, surnames } from './names.js';
import { type Cell, dedupe, keyedValues, normalizeHeader, tableCells } from './tables.js';

/**
 * PERSON, from two sources.
 *
 * Labelled values: cells of result tables and JSON/YAML values whose column or key names a person
 * (`first_name`, `customer`, `Vorname`, `prénom`, `apellido`, …). A bare `name` column is shared
 * with products and tables, so it needs a listed name or a person-ish sibling column (email, phone,
 * birth date, …).
 *
 * Prose: runs of capitalised words (`Jane Doe`, `Dr. Ada Lovelace`, `Jan van der Berg`) where a
 * given name or a surname is in the embedded list, or an honorific precedes. Heuristics against
 * false positives: the run must stand alone (no `.`, `_`, `(` or letters glued to it, so `df.Name`,
 * `DataFrame`, `User(` are skipped); ALL CAPS words (SQL keywords, constants) are not name words;
 * months, days, sentence openers and title-case heading words split a run; a run next to a company
 * mark (Inc, GmbH, Bank, University, …) is an organisation; runs of five or more capitalised words
 * are headings.
 */

const specific =
  /(?:^|_)(?:first|last|full|given|family|middle|maiden|display|legal|preferred|nick|sur|fore)_?name$|^(?:fname|lname|vorname|nachname|familienname|prenom|nom_de_famille|apellidos?|nombre_completo|cognome|achternaam|voornaam|nazwisko|imie|sobrenome|nome_completo)$|(?:^|_)(?:customer|employee|contact|owner|author|patient|client|person|member|manager|holder|cardholder|sender|recipient|student|teacher|applicant|candidate|driver|passenger|guest|kunden|mitarbeiter)_?(?:full_?)?name$/;
const role =
  /^(?:user_?name|customer|employee|owner|contact|author|patient|client|assignee|reporter|manager|sales_?rep|salesperson|agent|reviewer|approver|requester|signed_by|created_by|updated_by|kunde|mitarbeiter|auteur|cliente|empleado|person|persona)$/;
const bare = /^(?:name|names|nom|nombre|nome|naam|navn|namn|imie)$/;
const personSibling =
  /(?:^|_)(?:e_?mail|phone|mobile|tel|dob|birth|birthday|birth_date|gender|age|address|ssn|salary|geburtsdatum|telefon|first_name|last_name)(?:_|$)/;

const nameToken =
  /^(?:\p{Lu}[\p{L}'’-]*\.?|van|von|de|der|den|da|di|del|della|du|la|le|dos|das|ter|ten|zu|al|bin|ibn)$/u;
const nullish = /^(?:null|none|nan|n\/a|na|unknown|-|—|\?)$/i;

const listed = (word: string): boolean => givenNames.has(nameKey(word)) || surnames.has(nameKey(word));

/** `Jane Doe`, `DUPONT Jean`, `García López, María`: capitalised words and particles, no digits. */
function nameShaped(value: string): boolean {
  const tokens = value.split(/[ \t]*,[ \t]*|[ \t]+/);
  const plain = (t: string): boolean => !companyMarks.has(nameKey(t)) && !notNames.has(nameKey(t));
  return tokens.length <= 5 && tokens.every((t) => nameToken.test(t) && plain(t));
}

const codeWord =
  /^(?:str|string|text|int|integer|varchar|char|optional|list|dict|any|union|column|field|mapped)$/i;

/** Which kind of person column a header is (memoised: headers repeat on every row). */
function headerKind(raw: string): 'specific' | 'role' | 'bare' | undefined {
  let kind = headerKinds.get(raw);
  if (kind === undefined) {
    const header = normalizeHeader(raw);
    kind = specific.test(header)
      ? 'specific'
      : role.test(header)
        ? 'role'
        : bare.test(header)
          ? 'bare'
          : 'none';
    if (headerKinds.size >= 10_000) headerKinds.clear();
    headerKinds.set(raw, kind);
  }
  return kind === 'none' ? undefined : kind;
}

const headerKinds = new Map<string, 'specific' | 'role' | 'bare' | 'none'>();

function cellScore(cell: Cell, text: string): number {
  const kind = headerKind(cell.header);
  if (kind === undefined) return 0; // not a person column: every branch below would say 0
  const value = cell.value.trim();
  if (value.length < 2 || nullish.test(value) || /[\d@:/\\{}[\]<>=]/.test(value) || value.length > 80)
    return 0;
  // Unquoted values in code are identifiers and types: `first_name: str`, `name=name`, `Optional[str]`.
  const unquoted = cell.quoted === false;
  if (unquoted && (codeWord.test(value) || !/^\p{Lu}/u.test(value) || /^[[(.=]/.test(text[cell.end] ?? '')))
    return 0;
  if (kind === 'specific') return /^[\p{L}][\p{L}'’. ,-]*$/u.test(value) ? 0.85 : 0;
  if (!nameShaped(value)) return 0;
  const parts = value.split(/[ \t,]+/);
  const hit = parts.some(listed);
  const words = parts.length;
  if (kind === 'role') return hit || words >= 2 ? 0.8 : 0;
  if (hit) return 0.8;
  return words >= 2 && cell.headers.some((h) => personSibling.test(normalizeHeader(h))) ? 0.7 : 0;
}

const honorific = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|M)\.|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Dott)`;
const cap = String.raw`(?:Mc|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const particle = '(?:van|von|de|der|den|da|di|del|della|du|la|le|dos|das|ter|ten|zu|al|bin|ibn)';
const run = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.$@#\\])(?:(${honorific})[ \t]+)?(${cap}(?:(?:[ \t]+\p{Lu}\.)?(?:[ \t]+${particle}){0,2}[ \t]+${cap}){0,5})(?![\p{L}\p{N}_(@'’-]|\.\p{L})`,
  'gu',
);

/** Whether a run holds a space or tab, i.e. more than one word. */
function hasBlank(s: string): boolean {
  return s.includes(' ') || s.includes('\t');
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of a run (its only whitespace is spaces and tabs), with offsets from `base`. */
function blankSeparated(run: string, base: number): Token[] {
  const tokens: Token[] = [];
  let from = -1;
  for (let i = 0; i <= run.length; i++) {
    const c = run.charCodeAt(i);
    if (i === run.length || c === 32 || c === 9) {
      if (from !== -1) tokens.push({ word: run.slice(from, i), start: base + from, end: base + i });
      from = -1;
    } else if (from === -1) from = i;
  }
  return tokens;
}

/** The name inside a run of capitalised words, if any: its span and how sure we are. */
function nameInRun(
  tokens: Token[],
  titled: boolean,
): { from: number; to: number; score: number } | undefined {
  const caps = tokens.filter((t) => /^\p{Lu}.*\p{Ll}/u.test(t.word));
  if (caps.length > 4 || caps.some((t) => companyMarks.has(nameKey(t.word)))) return undefined;
  // Split at non-name words; keep the segment holding a listed word (or the first, after a title).
  let segment: Token[] = [];
  for (const t of caps) {
    if (notNames.has(nameKey(t.word))) {
      if (segment.some((s) => listed(s.word) && s.word.length > 2)) break;
      segment = [];
      titled = false;
    } else segment.push(t);
  }
  // "Dear John Smith": start at the listed given name when an unlisted word opens the segment.
  const given = segment.findIndex((t) => givenNames.has(nameKey(t.word)));
  if (!titled && given > 0 && segment.length - given >= 2) segment = segment.slice(given);
  const first = segment[0];
  const last = segment[segment.length - 1];
  if (first === undefined || last === undefined || (segment.length < 2 && !titled)) return undefined;
  const givenHit = segment.length > 1 && givenNames.has(nameKey(first.word));
  const surnameHit = (segment.length > 1 || titled) && surnames.has(nameKey(last.word));
  const listedScore = givenHit && surnameHit ? 0.85 : givenHit || surnameHit ? 0.65 : 0;
  if (!titled && (listedScore === 0 || (!surnameHit && first.word.length < 3))) return undefined;
  const score = titled ? Math.max(0.6, Math.min(0.95, listedScore + 0.15)) : listedScore;
  return { from: first.start, to: last.end, score };
}

function prose(text: string): Finding[] {
  const out: Finding[] = [];
  run.lastIndex = 0;
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    // A lone capitalised word without a title never names anyone (see nameInRun): most runs.
    if (m[1] === undefined && !hasBlank(m[2] as string)) continue;
    const words = m[2] as string;
    const base = m.index + m[0].length - words.length;
    const after = /^[ \t]*,?[ \t]*(\p{L}+)/u.exec(text.slice(base + words.length, base + 40));
    if (after?.[1] && companyMarks.has(nameKey(after[1]))) continue;
    const tokens = blankSeparated(words, base);
    const name = nameInRun(tokens, m[1] !== undefined);
    if (name)
      out.push({ type: 'PERSON', start: name.from, end: name.to, score: name.score, detector: 'person' });
  }
  return out;
}

export const personDetector: Detector = {
  id: 'person',
  entities: ['PERSON'],
  detect(text) {
    const found = prose(text);
    for (const cells of [tableCells(text), keyedValues(text)]) {
      for (const cell of cells) {
        const score = cellScore(cell, text);
        if (score > 0)
          found.push({ type: 'PERSON', start: cell.start, end: cell.end, score, detector: 'person' });
      }
    }
    return found.length === 0 ? found : dedupe(found);
  },
};
