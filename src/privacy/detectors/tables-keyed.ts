import { printoutValues } from './printouts.js';
import { isSpace, matchAt } from './scan.js';
import { type Cell, quotedCell } from './tables-cells.js';
import { expandedRecords, jacksonValues, numberedPairs, phpDumps, rPrintouts } from './tables-dumps.js';
import {
  aamvaElements,
  aamvaSign,
  dicomSign,
  dicomValues,
  labelRows,
  licenceFields,
  machineReadableZone,
  stackedLabels,
} from './tables-forms.js';
import {
  catalogSamples,
  certificateNames,
  namedValues,
  referencedAnswers,
  typedValues,
} from './tables-json.js';
import { bracketedPairs, formLabel, innerPairs, keyedMatch, keyStart, nextKeyOnly } from './tables-keys.js';
import { swiftParties } from './tables-messages.js';
import { bindPairs, sqlInLists } from './tables-sql.js';
import { expectationSamples, panderaFailures } from './tables-tool-output.js';

/**
 * The key/value reader: `parseKeyedValues` reads `key: value`, `key=value`, JSON, YAML and `.env`
 * pairs and lists, and runs the readers of special formats (forms, dumps, SQL, messages).
 */

/**
 * Values under keys: `"key": "value"`, `'key': 'v'`, `key: value`, `KEY=value`, `key => "v"`, lists
 * of strings under a key, the `key | value` lines of psql's expanded display, and the printouts of
 * `printouts.ts` (XML elements, a pandas Series, R's `glimpse()`).
 */
export function parseKeyedValues(text: string): Cell[] {
  const out: Cell[] = [];
  if (text.includes('RECORD')) {
    // Gated on the word alone: a search for `-[ RECORD ` stalls on every `-` of a text's rules.
    // The records' lines are read here and blanked for the pairs below (a value such as `a=b` is
    // no key of its own); the two lists are merged in text order, as sibling grouping needs.
    const records = expandedRecords(text, out);
    if (records !== text) return [...out, ...parseKeyedValues(records)].sort((a, b) => a.start - b.start);
  }
  // Every match holds one separator (`:`, `=`, `:=`, `=>`) right after its key: try the regex only
  // where the key before a `:` or `=` starts, in order, as `matchAll` would.
  let next = 0;
  let dtype = false; // a pandas Series footer (`Name: 0, dtype: object`) among the pairs
  let goAt = -1; // where the next field of a Go `%+v` struct starts
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  /** Reads on from `to`: after a value cut short, or inside one that holds pairs of its own. */
  const resume = (to: number): void => {
    next = to;
    colon = text.indexOf(':', to);
    equals = text.indexOf('=', to);
  };
  while (colon !== -1 || equals !== -1) {
    const sep = colon === -1 ? equals : equals === -1 ? colon : Math.min(colon, equals);
    const m = sep < next ? null : keyedMatch(text, sep, next);
    if (m !== null) next = m.index + m[0].length;
    else if (sep >= next) next = Math.max(next, listValues(text, sep, next, out));
    const from = Math.max(sep + 1, next);
    if (colon !== -1 && colon < from) colon = text.indexOf(':', from);
    if (equals !== -1 && equals < from) equals = text.indexOf('=', from);
    if (m === null) continue;
    const key = m[2] as string;
    const header = key.endsWith(')') ? key.slice(0, key.lastIndexOf('(')) : key;
    if (header === 'dtype') dtype = true;
    const quoted = m[4] ?? m[5];
    const end = (m.index as number) + m[0].length;
    let bare = m[6];
    if (bare !== undefined && m[3] === ':' && nextKeyOnly(text, bare, end)) {
      // `surviving: first_name="Marieke" last_name=…`: the colon labels the pairs after it, and its
      // one-word "value" is the first pair's key.
      resume(end - bare.length);
      continue;
    }
    if (bare !== undefined && text.charCodeAt(end) === 61) {
      // `msg: upserted contact name="Ana"`: the last word of an unquoted value before `=` is the next key.
      const blank = Math.max(bare.lastIndexOf(' '), bare.lastIndexOf('\t'));
      if (blank > 0) {
        next = end - bare.length + blank + 1;
        bare = bare.slice(0, blank);
      }
    }
    const goStruct = m.index === goAt || text.charCodeAt(m.index - 1) === 123;
    if (bare !== undefined && m[3] === ':' && goStruct && goField.test(header) && bare.includes(':')) {
      // Go's `%+v` (`{ID:42 Name:Luana Ferreira Batista Email:luana@uol.com.br}`): in a struct's
      // braces, an exported field name and a colon after a blank open the next field.
      const cut = goNextField.exec(bare);
      if (cut !== null) {
        resume(end - bare.length + cut.index + 1);
        goAt = next;
        bare = bare.slice(0, cut.index);
      }
    }
    if (bare !== undefined && m[3] === ':' && bare.includes(': ') && isUpper(header.charCodeAt(0))) {
      // `Naam: J.P. de Vries-Bakker Omschrijving: huur april IBAN: NL61…` (a one-line record): a
      // capitalised word, a colon and a blank open the next field of a capitalised key.
      const cut = nextTitledKey.exec(bare);
      if (cut !== null) {
        resume(end - (m[6] as string).length + cut.index + 1);
        // `Coach: Jukka Lehtonen. Club: …`: the sentence's full stop is no part of the value.
        // `Employee Name: Ananya Iyer      Emp Code: KT4471`: the next key's label opens after the gap.
        bare = bare
          .slice(0, cut.index)
          .replace(gapLabel, '')
          .replace(/[ \t·|;,]+$/, '')
          .replace(/(\p{L}{2})\.$/u, '$1');
      }
    }
    if (bare !== undefined && m[3] === ':' && bare.includes(': ') && bare.includes('  ')) {
      // `Surname: Abernethy-Clarke        Forenames or initials: Fiona Jane` (a form printed in
      // columns): blanks and a capitalised label of a few words with a colon open the next field.
      const cut = alignedKey.exec(bare);
      if (cut !== null) {
        resume(end - (m[6] as string).length + cut.index + cut[0].search(/\S/));
        bare = bare.slice(0, cut.index);
      }
    }
    const stop = text.charCodeAt(end);
    if (bare !== undefined && (stop === 40 || stop === 39) && bare.includes('  ')) {
      // `Nom : DIOP   Prénom(s) : Awa`, `Last Name (Family Name): Thibodeaux   First Name (Given
      // Name): …` (an I-9), `Last name: Santangelo      Spouse's social security number: …` (a
      // 1040): the value ran into the next field's label, stopped by its mark, note or apostrophe.
      const nextKey = stop === 40 ? markedKey : possessiveKey;
      nextKey.lastIndex = end;
      const cut = nextKey.test(text) ? gapLabel.exec(bare.trimEnd()) : null;
      if (cut !== null) {
        resume(end - (m[6] as string).length + cut.index + cut[0].search(/\S/));
        bare = bare.slice(0, cut.index);
      }
    }
    if (bare !== undefined && m[3] === ':' && bare.endsWith(' /')) {
      // `Prénom: ÉLODIE    Initial / Initiale: M` (a bilingual form): the next key's first language.
      const cut = bilingualKey.exec(bare);
      if (cut !== null) bare = bare.slice(0, cut.index);
    }
    if (bare?.includes(' · ')) {
      // `Assignee: Hamid Rezaei-Tehrani · Incident 4f8c…`: a middle dot separates fields of a UI line.
      bare = bare.slice(0, bare.indexOf(' · '));
      resume(end - (m[6] as string).length + bare.length);
    }
    if (bare !== undefined && text.charCodeAt(end) === 40 && dateStringCall.test(bare)) {
      // `dateOfBirth: ISODate('1989-06-21T00:00:00.000Z')` (mongosh): the date is the call's string.
      const q = text.charCodeAt(end + 1);
      const close = q === 34 || q === 39 ? text.indexOf(text[end + 1] as string, end + 2) : -1;
      if (close !== -1 && close - end <= 48 && text.charCodeAt(close + 1) === 41) {
        out.push(quotedCell(text, header, end + 2, close, m[3]));
        next = close + 2;
        continue;
      }
    }
    if (bare !== undefined && text.charCodeAt(end) === 91 && elixirDate.test(bare)) {
      // `date_of_birth: ~D[1993-04-08]` (Elixir's date sigils): the date is inside the brackets.
      const close = text.indexOf(']', end);
      if (close !== -1 && close - end <= 40) {
        out.push(quotedCell(text, header, end + 1, close, m[3]));
        next = close + 1;
        continue;
      }
    }
    if (bare !== undefined && text.charCodeAt(end) === 44 && weekday.test(bare)) {
      // `birth_date: Sun, 27 May 1990` (Ruby's Date#inspect): the comma is inside the value.
      rubyDate.lastIndex = end;
      if (rubyDate.test(text)) {
        next = rubyDate.lastIndex;
        const start = end - bare.length;
        out.push({
          header,
          headers: [header],
          value: text.slice(start, next),
          start,
          end: next,
          quoted: false,
          separator: m[3] as string,
        });
        continue;
      }
    }
    if (m[4] === '{' || m[4] === '[{') {
      // `"input":"{"last_name": "Papadakis"}"`: an escaped JSON string, decoded in a folded view,
      // whose opening quote closes a one-character value. The object's pairs are read from its quote.
      resume(end - 1);
      continue;
    }
    if (quoted !== undefined && m[5] !== undefined && jsonInside.test(quoted)) {
      // `data: '{"email":"…","firstname":"Takeshi"}'` (a request body logged as a string): the
      // object's own pairs are the values, read from inside the quotes.
      resume(end - quoted.length - 1);
      continue;
    }
    if (quoted !== undefined && formInside.test(quoted)) {
      // `"args":"surname=O%27Rourke&first_name=Siobh%C3%A1n"` (a form body or query string logged as
      // a string): its pairs are the values, read from inside the quotes.
      resume(end - quoted.length - 1);
      continue;
    }
    if (quoted?.startsWith('[') && bracketedPairs.test(quoted)) {
      // `"shopperName": "[first name=Inês, infix=null, last name=Carvalho]"` (an object's Java
      // toString): the pairs inside, under their own keys.
      innerPairs(text, end - quoted.length - 1, end - 1, out);
      continue;
    }
    const raw = quoted ?? (bare as string).trimEnd();
    const start = quoted === undefined ? end - (m[6] as string).length : end - raw.length - 1;
    const cell: Cell = {
      header,
      headers: [header],
      value: raw,
      start,
      end: start + raw.length,
      quoted: quoted !== undefined,
      separator: m[3] as string,
    };
    if (m[1] === '' && m[3] === ':' && text.charCodeAt(m.index - 1) === 32) {
      const label = formLabel(text, m.index, m.index + (m[2] as string).length);
      if (label !== undefined) [cell.label, cell.labelStart] = label;
    }
    out.push(cell);
  }
  const more = out.length;
  sqlInLists(text, out);
  // The readers below are gated on literals that open with rare characters (a search for a blank
  // or a common letter stops at every one); all but two need a `[` in the text.
  const bracket = text.includes('[');
  if (text.includes('$ ') || (bracket && text.includes('[1] "'))) rPrintouts(text, out);
  if (bracket) {
    if (text.includes('[["')) bindPairs(text, out);
    if (text.includes('] => ') || text.includes(']=>')) phpDumps(text, out);
    if (text.includes('(through reference chain: ')) jacksonValues(text, out);
    if (text.includes('unexpected_list"')) expectationSamples(text, out);
  }
  if (text.includes("' failed ")) panderaFailures(text, out);
  if (bracket && dicomSign.test(text)) dicomValues(text, out); // (its signs hold a `[`)
  stackedLabels(text, out);
  if (text.includes('ame   ') || text.includes('AME   ')) labelRows(text, out);
  if (text.includes('\nLN ') && text.includes('\nFN ')) licenceFields(text, out);
  if (text.includes('<<')) machineReadableZone(text, out);
  if (aamvaSign.test(text)) aamvaElements(text, out);
  // SWIFT fields open their lines (a search for `:50` alone stops at every `10:50`).
  if (text.includes('\n:59') || text.includes('\n:50') || text.includes(':86:')) swiftParties(text, out);
  printoutValues(text, out, dtype);
  if (text.includes(') "')) numberedPairs(text, out);
  if (out.length > more) out.sort((a, b) => a.start - b.start);
  if (
    text.includes('ample') ||
    text.includes('min') ||
    text.includes('max') ||
    text.includes('earliest') ||
    text.includes('latest') ||
    text.includes('top') ||
    text.includes('common') ||
    text.includes('mode')
  )
    catalogSamples(text, out);
  const unwrapped = text.includes('{') ? typedValues(text, out) : new Set<Cell>();
  if (text.includes('alue')) namedValues(text, out, unwrapped);
  if (text.includes('"ref"')) referencedAnswers(text, out);
  if (text.includes('nam"') || text.includes("nam'")) certificateNames(text, out);
  return out;
}

const listHead =
  /(["']?)([\p{L}_][\p{L}\p{N}_.-]{0,63})\1[ \t]{0,8}(:=|=>|[:=])[ \t]{0,8}\[[ \t\r\n]{0,200}(?=["'])/uy;

/**
 * A list of strings under a key (`"dob": ["1994-07-19", "1988-12-02"]`, a column of
 * `pd.DataFrame({…})` or `df.to_dict('list')`): each string is a value under the key. Pushes them
 * to `out` and returns where the list ends, or -1 when the separator at `sep` opens no such list.
 * The list ends at its first element that is not a string.
 */
function listValues(text: string, sep: number, next: number, out: Cell[]): number {
  // Most failed separators (times, URLs, prose) have no `[` after them: settled without the regex.
  let k = sep + 1;
  if (text.charCodeAt(k) === 61 || text.charCodeAt(k) === 62) k++;
  while (k - sep <= 10 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (text.charCodeAt(k) !== 91 /* [ */) return -1;
  const from = keyStart(text, sep);
  if (from < next) return -1;
  const head = matchAt(listHead, text, from);
  if (head === null) return -1;
  const header = head[2] as string;
  const separator = head[3] as string;
  let i = from + head[0].length;
  for (let count = 0; count < 10_000; count++) {
    const quote = text.charCodeAt(i);
    if (quote !== 34 && quote !== 39) break;
    let j = i + 1;
    while (j < text.length && j - i <= 2000) {
      const c = text.charCodeAt(j);
      if (c === quote || c === 10) break;
      j += c === 92 ? 2 : 1; // a backslash escapes the next character
    }
    if (text.charCodeAt(j) !== quote) break;
    out.push(quotedCell(text, header, i + 1, j, separator));
    i = j + 1;
    while (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44) i++;
  }
  return i;
}

/**
 * Date constructors whose string argument is the value: MongoDB's `ISODate('…')`, `new Date("…")`,
 * pandas' `Timestamp('…')`.
 */
const dateStringCall = /^(?:ISODate|new Date|Date|(?:pd\.)?Timestamp)$/;
/** A Go struct's exported field name, and one opening the next field inside a `%+v` value. */
const goField = /^[A-Z][A-Za-z0-9]*$/;
const goNextField = / [A-Z][A-Za-z0-9]*:(?!\/\/)/;
/** A JSON object or array of objects, as a single-quoted string holds it. */
const jsonInside = /^\[?\{"/;
/** A form body or query string, `key=value&key=value`, as a string holds it. */
const formInside = /^[\w.[\]-]{1,40}=[^\s&=]*&[\w.[\]-]{1,40}=/;
const nextTitledKey = / \p{Lu}[\p{L}\p{N}_.-]{1,40}: /u;
/**
 * A plural or gender mark (`(s)`) or a note in brackets (`(Given Name)`, `(mm/dd/yyyy)`) closing
 * the next field's label before its colon.
 */
const markedKey = /\((?:\p{Ll}{1,2}|[\p{L}\p{N}][\p{L}\p{N} /.'’-]{0,39})\)[ \t]*:/uy;
/** The rest of the next field's label after its first word's apostrophe: `'s social security number:`. */
const possessiveKey = /'s(?: [\p{L}\p{N}.-]{1,20}){1,6}[ \t]*:/uy;
// A field's number may open its label: `4.b. Given Name`, `12a Employer`.
const gapLabel =
  /[ \t]{2,}(?:\d{1,2}(?:\.?[a-z\d]{1,2})*\.? )?\p{Lu}[\p{L}\p{N}.'’-]{0,30}(?: [\p{L}\p{N}.'’-]{1,30}){0,4}$/u;
const bilingualKey = /[ \t]{2,}\p{Lu}[\p{L}\p{N}_.'’ -]{0,40} \/$/u;
const alignedKey = /[ \t]{2,}(?:\d{1,2}(?:\.?[a-z\d]{1,2})*\.? )?\p{Lu}[\p{L}\p{N}_.'’ /-]{1,40}: /u;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** Elixir's date and time sigils: `~D[…]`, `~U[…]`, `~N[…]`. */
const elixirDate = /^~[DUN]$/;
const weekday = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;
const rubyDate = /, \d{1,2} [A-Z][a-z]{2} \d{4}(?![\d:])/y;
