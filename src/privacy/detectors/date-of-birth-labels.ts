import {
  isBirthHeader,
  mayFollow,
  mayHoldTrigger,
  restated,
  triggerAfter,
  triggeredBefore,
} from './date-of-birth-cues.js';
import { markupLabelled } from './date-of-birth-transcripts.js';

/**
 * DATE_OF_BIRTH readers for a date labelled on its line: a birth word before or after it
 * (`labelled`), a birth key in key/value text or a schema row, the genealogist's signs, a
 * place-and-date label, a tuple assignment; and dates joined to a labelled one (`joined`).
 */

/** A birth word shortly before the date on the same line, with no other number between them. */
export function labelled(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - 40);
  for (let k = start - 1; k >= from; k--) {
    if (text.charCodeAt(k) === 10) {
      from = k + 1;
      break;
    }
  }
  if (mayHoldTrigger(text, from, start)) {
    if (triggeredBefore(text.slice(from, start))) return true;
  }
  if (
    signLabelled(text, from, start) ||
    placeLabelled(text, start) ||
    keyLabelled(text, from, start) ||
    columnNameLabelled(text, from, start) ||
    schemaRowLabelled(text, start)
  )
    return true;
  // `My date of birth on your records is wrong, it should be 03/07/1957`: the clause before the date
  // refers back to a birth word further up the sentence.
  if (
    text.charCodeAt(start - 1) === 32 &&
    hasComma(text, from, start) &&
    restated.test(text.slice(from, start))
  ) {
    const wide = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 120);
    if (triggeredBefore(text.slice(wide, start))) return true;
  }
  return (
    (mayFollow(text, end) && triggerAfter.test(text.slice(end, end + 20))) ||
    unpacked(text, start) ||
    markupLabelled(text, start)
  );
}

/**
 * The date is the value of a birth key written just before it, in key/value text the table reader
 * does not take: `birth_date⇥'1996-08-24'` (Django's debug page), `วันเกิด         | 1993-08-02`
 * (psql's `\x` display), `{first_name: Ottilie, …, date_of_birth: 1982-10-07}` (a YAML flow map),
 * `SET date_of_birth = '1991-02-03'` (SQL inside a tool call's JSON string, which the key reader
 * takes whole as the `sql` key's value).
 */
function keyLabelled(text: string, from: number, start: number): boolean {
  const prefix =
    from === 0 || text.charCodeAt(from - 1) === 10 ? `\n${text.slice(from, start)}` : text.slice(from, start);
  const m = keyThenValue.exec(prefix);
  return m !== null && isBirthHeader(m[1] as string);
}

/**
 * A key after a line's start, a delimiter or SQL's `SET`, `WHERE`, `AND`, then `:`, `=`, `|`, a tab or
 * two blanks, then the value's quote.
 */
const keyThenValue =
  /(?:[\n\t|{,;(]|[ \t]{2}|(?<![\w.])(?:SET|set|WHERE|where|AND|and)[ \t])[ \t]*["'`]?([^\s|{},;:="'`<>!][^\t\n|{},;:="'`<>!]{0,39}?)["'`]?[ \t]*(?:[:=|\t]|[ \t]{2})[ \t]*["'`]?$/u;

/**
 * A birth column's name, then its value after a blank: `→ data_nascita 1992-03-07` (a decoder's
 * output), `fecha_nacimiento 1990-02-01` (a record printed as name and value pairs). Only a name
 * with an underscore: a birth word of prose before a date is `trigger`'s to read, and `trigger`
 * takes no word inside an identifier (`_nascita`).
 */
function columnNameLabelled(text: string, from: number, start: number): boolean {
  let k = start;
  while (k > from && start - k < 2 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === start) return false;
  const end = k;
  let underscore = false;
  while (k > from && end - k <= 40 && isIdentifierChar(text.charCodeAt(k - 1))) {
    if (text.charCodeAt(k - 1) === 95) underscore = true;
    k--;
  }
  if (!underscore || (k > 0 && isIdentifierChar(text.charCodeAt(k - 1)))) return false;
  return isBirthHeader(text.slice(k, end));
}

function isIdentifierChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * A data dictionary's or a profile's row: the column's name, its type, then sample values (`| birth_date |
 * DATE | 1990-04-12, 1968-12-30 |`, a schema in a system prompt), with cells holding no number between
 * (tags, a description: `| pii | self-declared date of birth |`). The first date after the type; the
 * samples after it are joined to it (see `joined`).
 */
function schemaRowLabelled(text: string, start: number): boolean {
  let k = start - 1;
  while (k > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (text.charCodeAt(k) !== 124) return false;
  const lineStart = text.lastIndexOf('\n', k) + 1;
  if (k - lineStart > 200) return false;
  const m = typedRow.exec(text.slice(lineStart, k + 1));
  return m !== null && isBirthHeader(m[1] as string);
}

/** A row's name cell, its type cell and cells without digits, up to the `|` before the value. */
const typedRow =
  /^[ \t]*\|?[ \t]*`?([^|`\n]{1,40}?)`?[ \t]*\|[ \t]*(?:date(?:time\d?|32|64)?|timestamp(?:_?n?tz)?|string|str|text|n?varchar2?|n?char|object|datetime64\[ns\])(?:\(\d{1,4}\))?[ \t]*(?:\|[^|\d\n]{0,120})*\|[ \t]*$/i;

function hasComma(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === 44) return true;
  return false;
}

/**
 * The genealogist's signs: `* 3. maj 1938 † 9. marts 2024` (a star for the birth, with a cross on the
 * line), `(* 17. Juli 1954 in Hamburg)` (Wikipedia's German style) and `b. 17 March 1879` after a name
 * (`, b.`, `(b.`), as Finnish writes it with `s.` (syntynyt: `Jari Väisänen (s. 12.7.1983)`) and the
 * Nordic languages with `f.` (født, född: `Anna Holm, f. 3. maj 1961`); not `a. … b. …` enumerating items.
 * Belgian and French records mark the birth with a degree sign: `VERHAEGHE Joke   °12/11/1975` (not
 * `n° 12`, a number).
 */
function signLabelled(text: string, from: number, start: number): boolean {
  let k = start - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < from) return false;
  const c = text.charCodeAt(k);
  if (c === 42) {
    const before = k > 0 ? text.charCodeAt(k - 1) : 10;
    if (before === 40) return true;
    if (before !== 10 && before !== 32 && before !== 9) return false;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(from, lineEnd);
    return line.includes('†') || line.includes('✝');
  }
  if (c === 0xb0) {
    const before = k > 0 ? text.charCodeAt(k - 1) : 10;
    return before === 10 || before === 32 || before === 9 || before === 40;
  }
  const sign = text.charCodeAt(k - 1);
  if (c !== 46 || (sign !== 98 && sign !== 115 && sign !== 102)) return false;
  const prefix = text.slice(from, k + 1);
  return /(?:^|[(,;])[ \t]{0,2}[bsf]\.$/.test(prefix) && !/(?:^|[\s(])a[.)][ \t]/.test(prefix);
}

/**
 * `TTL: Jakarta, 14-03-1985` (Indonesian tempat/tanggal lahir), `Place and date of birth: Lyon, …`,
 * `Doğum Yeri / Tarihi : Erzurum / 17.05.2002` (a Turkish certificate's): a label for the birthplace
 * and the birth date, the place first, then a comma or a slash.
 */
function placeLabelled(text: string, start: number): boolean {
  let k = start - 1;
  while (k > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (text.charCodeAt(k) !== 44 && text.charCodeAt(k) !== 47) return false;
  let from = k;
  while (from > 0 && k - from < 90 && text.charCodeAt(from - 1) !== 10) from--;
  return placeThenDate.test(text.slice(from, start));
}

const placeThenDate =
  /(?:(?<!\p{L})TTL|tempat[ \t]*(?:\/|,|dan)?[ \t]*(?:tanggal|tgl\.?)[ \t]*lahir|sz[üu]let[ée]si[ \t]+hely[ \t]+[ée]s[ \t]+id[őo]|place[ \t]+and[ \t]+date[ \t]+of[ \t]+birth|lugar[ \t]+y[ \t]+fecha[ \t]+de[ \t]+nacimiento|luogo[ \t]+e[ \t]+data[ \t]+di[ \t]+nascita|lieu[ \t]+et[ \t]+date[ \t]+de[ \t]+naissance|locul[ \t]+[șşs]i[ \t]+data[ \t]+na[șşs]terii|do[ğg]um[ \t]+yeri[ \t]*(?:\/|ve)[ \t]*tarihi|geburtsort[ \t]*(?:\/|und)[ \t]*-?(?:geburts)?datum)[ \t]*:?[ \t]*\p{L}[\p{L} .'’-]{0,40}[,/][ \t]*$/iu;

/** `name, dob = `: a tuple of names assigned at once (Python, JS destructuring without brackets). */
const tupleTarget = /([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)[ \t]*=(?!=)[ \t]*/g;

/**
 * Whether the date at `start` is the value a tuple assignment gives a birth name: in `name, dob =
 * "Hamish McDonald", "1979-04-02"` the second value goes to `dob`. The values before it are quoted
 * strings and plain literals, counted by their commas.
 */
function unpacked(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 300) return false;
  const line = text.slice(lineStart, start);
  if (!line.includes('=')) return false;
  let names: string[] | undefined;
  let from = 0;
  tupleTarget.lastIndex = 0;
  for (let m = tupleTarget.exec(line); m !== null; m = tupleTarget.exec(line)) {
    names = (m[1] as string).split(/[ \t]*,[ \t]*/);
    from = m.index + m[0].length;
  }
  if (names === undefined) return false;
  const values = line.slice(from);
  const opener = values.charCodeAt(values.length - 1);
  if (opener !== 34 && opener !== 39) return false; // the date opens a quoted value
  let index = 0;
  let quote = 0;
  for (let i = 0; i < values.length - 1; i++) {
    const c = values.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 44) index++;
    else if (c === 61 || c === 40 || c === 59) return false; // another statement or a call
  }
  const name = names[index];
  return quote === 0 && name !== undefined && isBirthHeader(name);
}

/**
 * `vs`, `and`, `or`, `,`, `/`, `&` between two dates, and nothing else; an opening bracket (the same
 * date in another form: `昭和55年9月3日（1980年9月3日）`, `1990-02-14 (14.02.1990)`) or a correction's
 * `not`, `instead of` (`it should be 12/04/1990 not 04/12/1990`: the wrong one stored is the
 * person's record too). A note in brackets may come first, whose date it is: `Született: 1979. május
 * 2. (Kiss Gergely), 1981. október 19. (Kissné Horváth Judit)`.
 */
const joiner =
  /^[ \t]*(?:[(（][^()（）\n]{1,40}[)）][ \t]*)?(?:,|\/|&|[(（]|vs\.?|versus|and|or|und|oder|et|ou|y|o|not|instead[ \t]+of|rather[ \t]+than|nicht|statt|anstatt|et[ \t]+non|au[ \t]+lieu[ \t]+de|en[ \t]+(?:vez|lugar)[ \t]+de|e[ \t]+n[ãa]o|em[ \t]+vez[ \t]+de)[ \t]*$/i;

export function joined(text: string, end: number, start: number): boolean {
  return start - end <= 60 && joiner.test(text.slice(end, start));
}
