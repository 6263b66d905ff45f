import { isLetterAt, isWord, matchAt, sticky } from './scan.js';
import { type Cell, quotedCell } from './tables-cells.js';

/**
 * Where a key/value pair's key starts, and the form label that ends in it: the key pattern of
 * `parseKeyedValues` and its helpers.
 */

// A form pads its labels to one column (`Adı Soyadı           : …`) and marks a plural or the other
// gender in brackets (`Prénom(s)`, `Family name(s)`, `Né(e)`). A phone's area code in brackets may
// open an unquoted value (`Cep Telefonu: (0532) 614 27 89`). An apostrophe before a capital is part
// of an unquoted value (`surname=O'Rourke&first_name=…` in a decoded query string); before a small
// letter it opens a string (`body = b'prenom=…'`).
const keyed =
  /(?<![\p{L}\p{N}_.]-*)(["']?)\$?([\p{L}_][\p{L}\p{N}_.-]{0,63}(?:\(\p{Ll}{1,2}\))?|(?:[\p{L}_][\p{L}\p{N}_.-]{0,63})?\[[\p{L}_][\p{L}\p{N}_ .-]{0,63}\](?=["']))\1(?: \([^()\n]{1,40}\))?[ \t]{0,40}(:=|=>|[:=])[ \t]{0,40}(?:"((?:[^"\\\n]|\\.){0,2000})"|'((?:[^'\\\n]|\\.){0,2000})'|((?:\(\d{1,5}\)[ \t]?)?[^\s"',;&{}[\]()<>](?:[^\n"',;&{}[\]()<>=]|(?<=\p{L})'(?=\p{Lu})){0,300}))/gu;

const keyedAt = sticky(keyed);

/** `[\p{L}\p{N}_.-]`, for the key character ending at `k` (exclusive): its length in code units, or 0. */
function keyCharBefore(text: string, k: number): number {
  const c = text.charCodeAt(k - 1);
  if (c < 128) return isWord(c) || c === 46 || c === 45 ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && k >= 2) {
    const pair = text.slice(k - 2, k);
    if (pair.charCodeAt(0) >= 0xd800 && pair.charCodeAt(0) <= 0xdbff)
      return letterOrNumber.test(pair) ? 2 : 0;
  }
  return letterOrNumber.test(text[k - 1] as string) ? 1 : 0;
}

const letterOrNumber = /^[\p{L}\p{N}]$/u;

/** The length of a form's plural or gender mark ending at `end` (`(s)`, `(e)`, `(es)`), or 0. */
function formMark(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return 0;
  for (let k = end - 2; k >= end - 4 && k > 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return k < end - 2 && keyCharBefore(text, k) > 0 ? end - k : 0;
    if (c < 97 || c > 122) return 0;
  }
  return 0;
}

/**
 * The label of a form field ending in the key at `[keyAt, keyEnd)` (one word): the words before it
 * on its line, one blank apart, when they open the line (after blanks, a bullet or a number such as
 * `1.1`), follow two blanks or a tab (`Civilité : Mme   Nom de naissance : …`) or the first
 * language's label and a slash (`Apellido(s) / Family name(s):`). Plural and
 * gender marks are dropped (`Family name(s)` → `Family name`). Undefined for a key alone.
 */
export function formLabel(text: string, keyAt: number, keyEnd: number): [string, number] | undefined {
  let p = keyAt;
  let words = 0;
  let afterComma = -1;
  while (words < 6 && p >= 2 && text.charCodeAt(p - 1) === 32) {
    // `Name, Vorname des Versicherten`: a comma after the label's first word joins the fields it names.
    const comma = p >= 3 && text.charCodeAt(p - 2) === 44 ? 1 : 0;
    if (!labelChar(text.charCodeAt(p - 2 - comma))) break;
    let w = p - 1 - comma;
    while (w > 0 && labelChar(text.charCodeAt(w - 1)) && p - w < 40) w--;
    if (!isLetterAt(text, w)) break;
    if (comma === 1) afterComma = p;
    p = w;
    words++;
    if (comma === 1) break;
  }
  if (words === 0) return undefined;
  const label = opensLabel(text, p);
  // `If joint return, spouse's first name and middle initial:` (a 1040): a condition before a
  // comma opens the label of a name's field, which is the words after it (not prose's `Call me at
  // home, my father: no`).
  if (!label && afterComma !== -1 && afterComma < keyAt) {
    const after = text.slice(afterComma, keyEnd);
    if (/name/i.test(after)) return [after.replace(/\(\p{Ll}{1,2}\)/gu, ''), afterComma];
  }
  return label ? [text.slice(p, keyEnd).replace(/\(\p{Ll}{1,2}\)/gu, ''), p] : undefined;
}

/** Whether a form's label may start at `p`: at a line's start, after a field gap, a bullet or a number opening the line. */
function opensLabel(text: string, p: number): boolean {
  // What opens the label: the line's start, a field gap, or a bullet or a number opening the line.
  let b = p;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  const gap = p - b >= 2 || (p > b && text.charCodeAt(p - 1) === 9);
  // `Apellido(s) / Family name(s):` (a bilingual form): the label in its second language.
  const bilingual = p - b === 1 && text.charCodeAt(b - 1) === 47 && text.charCodeAt(b - 2) === 32;
  if (!gap && !bilingual && b > 0 && text.charCodeAt(b - 1) !== 10) {
    let n = b;
    while (n > 0 && (labelNumbering(text.charCodeAt(n - 1)) || numberingLetter(text, n - 1))) n--;
    // `(a) First name and middle initial:` (a W-4): a field's letter in brackets.
    if (n < b && n > 0 && text.charCodeAt(n - 1) === 40 && text.charCodeAt(b - 1) === 41) n--;
    if (n === b || (n > 0 && text.charCodeAt(n - 1) !== 10 && text.charCodeAt(n - 1) !== 32)) return false;
  }
  return true;
}

/** A character of a label's word: a letter, a mark, an apostrophe, a dot, a hyphen, a bracket. */
function labelChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c >= 192 ||
    c === 39 ||
    c === 46 ||
    c === 45 ||
    c === 40 ||
    c === 41
  );
}

/** A letter numbering a form's field (`4.a.`, `b)`): lower case, a dot or a bracket after it, no letter before. */
function numberingLetter(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  const after = text.charCodeAt(k + 1);
  return c >= 97 && c <= 122 && (after === 46 || after === 41) && (k === 0 || !isLetterAt(text, k - 1));
}

/** Digits, dots, brackets and bullets numbering a form's field (`1.1`, `7.`, `a)`, `-`, `•`). */
function labelNumbering(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 41 || c === 45 || c === 42 || c === 0x2022;
}

/** A value of `key=value` pairs in brackets, keys of words: `[first name=Inês, infix=null, last name=Carvalho]`. */
export const bracketedPairs =
  /^\[[A-Za-z][A-Za-z _]{0,30}=[^,=\]]*(?:, [A-Za-z][A-Za-z _]{0,30}=[^,=\]]*)+\]$/;
const bracketedPair = /([A-Za-z][A-Za-z _]{0,30})=([^,=\]]*)/g;

/** Pushes the pairs of a `bracketedPairs` value `[from, to)` as cells, `null` values left out. */
export function innerPairs(text: string, from: number, to: number, out: Cell[]): void {
  for (const m of text.slice(from, to).matchAll(bracketedPair)) {
    const value = m[2] as string;
    if (value === '' || value === 'null') continue;
    const header = m[1] as string;
    const start = from + (m.index as number) + header.length + 1;
    out.push(quotedCell(text, header, start, start + value.length, '='));
  }
}

/**
 * The length of a form's note in brackets after its label, ending at `end`: ` (Last Name)` of
 * `4.a. Family Name (Last Name): Abernathy-Quist`, ` (mm/dd/yyyy)`; or 0. The label is the key.
 */
function labelNote(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return 0;
  const open = text.lastIndexOf('(', end - 2);
  if (open < 2 || end - open > 42 || text.charCodeAt(open - 1) !== 32) return 0;
  return keyCharBefore(text, open - 1) > 0 && noteText.test(text.slice(open + 1, end - 1))
    ? end - open + 1
    : 0;
}

/** What a label's note in brackets may say: words, a date's format, an abbreviation (`A-Number`). */
const noteText = /^[\p{L}\p{N}][\p{L}\p{N} /.'’-]{0,39}$/u;

/**
 * The length of a DAX column reference ending at `end`, inside a key's quotes: `[Full Name]` of
 * Power BI's `executeQueries` rows (`'Employee[Full Name]': …`, `'[Name]': …`); or 0.
 */
function columnReference(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 93) return 0;
  const open = text.lastIndexOf('[', end - 2);
  return open !== -1 && end - open <= 66 && daxColumn.test(text.slice(open, end)) ? end - open : 0;
}

const daxColumn = /^\[[\p{L}_][\p{L}\p{N}_ .-]{0,63}\]$/u;

/**
 * Where a `keyed` match whose separator is at `sep` must start, or -1: the key is the whole run of
 * key characters before the blanks (the lookbehind forbids starting inside it), behind a matching
 * opening quote when a quote closes it.
 */
export function keyStart(text: string, sep: number): number {
  let e = sep;
  while (e > 0 && sep - e <= 40 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (sep - e > 40) return -1;
  e -= labelNote(text, e);
  e -= formMark(text, e);
  const q = text.charCodeAt(e - 1);
  const quoted = q === 34 || q === 39;
  if (quoted) e--;
  let s = quoted ? e - columnReference(text, e) : e;
  for (let step = keyCharBefore(text, s); s > 0 && step > 0; step = s > 0 ? keyCharBefore(text, s) : 0)
    s -= step;
  // The dashes of a command-line option are not the key's: `--password=…` is keyed `password`.
  while (s < e && text.charCodeAt(s) === 45) s++;
  if (s === e) return -1;
  if (!quoted) return s;
  // Mixpanel's reserved properties and MongoDB's operators: `"$first_name": …` is keyed `first_name`.
  if (text.charCodeAt(s - 1) === 36) s--;
  return s > 0 && text.charCodeAt(s - 1) === q ? s - 1 : -1;
}

/** A key as a `key=value` pair writes it: `first_name`, `user.email`. */
const pairKey = /^[A-Za-z_][\w.-]{0,63}$/;

/**
 * Whether the unquoted value `bare`, ending at `end` just before a `=` and a value, is the key of the
 * next pair: `surviving: first_name="Marieke"` reads `first_name`, not `surviving`'s value.
 */
export function nextKeyOnly(text: string, bare: string, end: number): boolean {
  if (text.charCodeAt(end) !== 61) return false;
  const after = text.charCodeAt(end + 1);
  // `==` compares, `= ` or a line's end leaves the key without a value.
  if (after === 61 || after === 32 || after === 9 || after === 10 || Number.isNaN(after)) return false;
  return pairKey.test(bare);
}

export function keyedMatch(text: string, sep: number, next: number): RegExpExecArray | null {
  const start = keyStart(text, sep);
  return start < next ? null : matchAt(keyedAt, text, start);
}
