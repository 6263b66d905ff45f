import { lineAround } from './date-of-birth-dates.js';
import { blockAround } from './scan.js';
import { normalizeHeader } from './tables.js';

/**
 * DATE_OF_BIRTH's exclusions: dates that are no person's birth date although a birth cue points at
 * them: an animal's or an identity document specimen's, a validation check's bound, a range of
 * dates, and placeholders (sentinels, a test row's or an example's 1 January).
 */

/**
 * A date given as the bound of a validation check (pandera, Great Expectations, dbt tests):
 * `less_than_or_equal_to(2006-03-12 00:00:00)`, `in_range('1900-01-01', …)`, `between(…)`.
 */
export function checkBound(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 40 && c !== 39 && c !== 34) return false;
  return checkCall.test(text.slice(Math.max(0, start - 24), start));
}

const checkCall = /(?:_than|_to|in_range|between|_before|_after)\(["']?$/;

/** `MUSTERMANN`, `Musterfrau`: the name on an identity document's specimen. */
export const specimen = (value: string): boolean => value.startsWith('MUSTER') || value.startsWith('Muster');

/** A 1 January, year first or last, its day and month padded or not: `1990-01-01`, `01/01/1990`, `1/1/1990`. */
export const firstOfJanuary = /^(?:\d{4}([-/.])0?1\1(?:0?1)|0?1([-/.])0?1\2\d{4})$/;

/**
 * Whether a cell holds a range of dates, no date: PostgreSQL's `daterange` literal, as a masking
 * tool's generalisation writes a birth date (`[1980-01-01,1990-01-01)`, a decade).
 */
export function rangeCell(text: string, start: number, end: number): boolean {
  const open = text.charCodeAt(start);
  const close = text.charCodeAt(end - 1);
  return (
    (open === 91 || open === 40) && (close === 41 || close === 93) && dateRange.test(text.slice(start, end))
  );
}

const dateRange = /^[[(][\d./-]{6,10},[ \t]?[\d./-]{6,10}[)\]]$/;

/**
 * Records whose birth dates are no person's: an animal's (`Especie: Canino · Raza: Labrador`,
 * `Breed`, `Microchip` in the same paragraph) and the specimen of an identity document (Germany's
 * `Erika Mustermann`, a `Musterbild`). Looked for only when a key or column (`headerKind`) or a
 * `MUSTERMANN` value points at one.
 */
const animalField =
  /\b(?:species|breed|microchip|especie|raza|rasse|tierart|razza|esp[eè]ce)\b[ \t]*[:|,;\t=]/i;
const specimenWord = /mustermann|musterfrau|musterbild|musterexemplar/i;

/**
 * Whether the date at `[start, end)` is in a record that is no person's (see `animalField`,
 * `specimenWord`): in its paragraph; but when its line is a whole record of its own (a YAML flow
 * map, a JSON line), a specimen only on that line: `- {first_name: Ottilie, …, date_of_birth:
 * 1982-10-07}` above `- {first_name: Max, last_name: Mustermann, …}` is another record.
 */
export function notPersonalAt(text: string, start: number, end: number): boolean {
  const paragraph = paragraphOf(text, start, end);
  if (animalField.test(paragraph)) return true;
  if (!specimenWord.test(paragraph)) return false;
  const [lineStart, lineEnd] = lineAround(text, start, end);
  const line = text.slice(lineStart, lineEnd);
  return !oneLineRecord.test(line) || specimenWord.test(line);
}

/**
 * Whether the date at `start` is in a form's sample block, the filled-in example a form prints
 * beside its blank fields: `【記入例】` over `生年月日：1990年1月1日`, `Ausfüllbeispiel:` or `Muster`
 * alone on a line over the sample's fields, or a line that is one sample (`例：1985年4月1日生`). Its
 * dates are the form's placeholder, like a fixture's. The block runs from its heading down to the
 * next blank line or the next heading of another kind (`――― ご本人記入欄 ―――`, `Ihre Angaben:`),
 * which starts the real entry below it; up to 30 lines up are read. Only words that name a form's
 * sample count: `Example:` or `Ejemplo:` over a record as often shows a real one from the data
 * (`Example: the failing row`), and `Sample` is a lab report's specimen from a real patient.
 */
export function formSample(text: string, start: number): boolean {
  // Read once per text: most texts name no sample at all.
  if (text !== sampleText) {
    sampleText = text;
    sampleNamed = sampleAnywhere.test(text);
  }
  if (!sampleNamed) return false;
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (sampleLabel.test(text.slice(lineStart, Math.min(start, lineStart + 40)))) return true;
  for (let lines = 0; lines < 30 && lineStart > 0; lines++) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    // (A long line is a field's content, no heading.)
    if (lineStart - above <= 120) {
      const line = text.slice(above, lineStart - 1).trim();
      if (line === '') return false;
      if (sampleHeading.test(line)) return true;
      if (otherHeading.test(line)) return false;
    }
    lineStart = above;
  }
  return false;
}

let sampleText = '';
let sampleNamed = false;

const sampleWord = '(?:ご?記入例|記載例|入力例|見本|例|Ausfüllbeispiel|Muster)';
/** A heading of nothing but the sample word, in brackets or marks, maybe with a short aside. */
const sampleHeading = new RegExp(
  `^(?:#{1,6}[ \\t]+)?[【\\[(（■□◆◇●○▼▽◎*_]*[ \\t]*${sampleWord}(?:[ \\t]*[(（][^)）\\n]{0,30}[)）])?[ \\t]*[】\\])）*_]*[ \\t]*[:：]?$`,
  'iu',
);
const sampleAnywhere = new RegExp(sampleWord, 'iu');
/** A line opening with the sample word and a colon: the sample is on the line itself. */
const sampleLabel = new RegExp(`^[ \\t]*[【\\[(（■※]?${sampleWord}[】\\])）]?[ \\t]*[:：]`, 'iu');
/** A heading of another section: markdown, a ruled or bracketed line, or a line ending in a colon. */
const otherHeading = /^(?:#{1,6}[ \t]|[―—─━=~-]{2,}|[【[■□◆◇●○▼▽◎].*[】\]]$)|[:：]$/;

/** A line holding one whole object: `- {a: 1, b: 2}`, `{"a": 1},`. */
const oneLineRecord = /^[ \t]*(?:-[ \t]+)?\{.*\}[ \t]*,?[ \t]*$/;

/**
 * A birth date no one has: the sentinels a system writes for an unknown one (`1900-01-01`, `1970-01-01`
 * the Unix epoch, `1899-12-30`/`31` the spreadsheet day zero, `2099-12-31` an open end), and a 1 January in a test row, one
 * whose line holds a number filled with zeros (`000-0000-0000`, `13800000000`, `0-0000-00000-00-0`)
 * or a placeholder word (`test@example.com`, `TEST ADDRESS`, `Dummy`, `placeholder` but not a form field's `placeholder="…"` hint, `테스트`, `测试`, `ทดสอบ`):
 * `| 山田 太郎 | 昭和50年1月1日 | 000-0000-0000 |`, `| สมชาย ใจดี | 01/01/2500 | 02-000-0000 |`, or in
 * a multi-line record holding one (`placeholderRecord`); or a 1 January given as documentation's
 * example: on a line saying so (`example: "1990-01-01"`, `e.g.`) or under a data dictionary's
 * `Example` column.
 */
export function placeholderDate(text: string, start: number, end: number): boolean {
  const date = text.slice(start, end);
  // `民國70年01月01日`, `昭和50年1月1日`: an era's year (the ROC's, Japan's), 1 January all the same;
  // `19700101` compact.
  const ymd =
    /^(\d{4})[-/.]?(\d\d)[-/.]?(\d\d)$|^(?:民[國国]|明治|大正|昭和|平成|令和)(\d{1,3}|元)年(\d\d?)月(\d\d?)日$/.exec(
      date,
    );
  const dmy = ymd === null ? /^(\d\d)[-/.](\d\d)[-/.](\d{4})$/.exec(date) : null;
  if (ymd === null && dmy === null) return false;
  const y = ymd !== null ? (ymd[1] ?? '') : (dmy?.[3] as string);
  const md =
    ymd !== null
      ? `${(ymd[2] ?? (ymd[5] as string)).padStart(2, '0')}${(ymd[3] ?? (ymd[6] as string)).padStart(2, '0')}`
      : `${dmy?.[2]}${dmy?.[1]}`;
  if ((y === '1899' && md === '1230') || (md === '1231' && (y === '1899' || y === '2099'))) return true;
  // A 1 January either way round (day first or month first read the same).
  if (md !== '0101') return false;
  if (y === '1900' || y === '1970') return true;
  let from = start;
  while (from > 0 && start - from < 400 && text.charCodeAt(from - 1) !== 10) from--;
  let to = end;
  while (to < text.length && to - end < 400 && text.charCodeAt(to) !== 10) to++;
  const line = text.slice(from, to);
  if (placeholderWord.test(line) || exampleWord.test(line) || placeholderRecord(text, from)) return true;
  if (text.charCodeAt(from) === 124 && exampleHeader.test(normalizeHeader(pipeHeader(text, from, start))))
    return true;
  for (const m of line.matchAll(digitGroups)) {
    // Not the date itself nor another (`2000-01-01 00:00:00`).
    if (/^(?:\d{4}-\d\d-\d\d|\d\d-\d\d-\d{4})(?!\d)/.test(m[0])) continue;
    const digits = m[0].replace(/[- ]/g, '');
    if (digits.length >= 8 && digits.replace(/0/g, '').length <= 3) return true;
  }
  return false;
}

/** An example's key or note: OpenAPI's `example:`, JSON Schema's `"examples"`, `e.g.`, `z. B.`, `p. ex.`. */
const exampleWord =
  /(?<![\p{L}_])(?:examples?|exemplos?|ejemplos?|exemples?|beispiele?|esempi[oa]?|voorbeeld|przyk[łl]ad)["']?[ \t]*[:=]|(?<!\p{L})(?:e\.[ \t]?g\.|z\.[ \t]?B\.|p\.[ \t]?ex\.)/iu;
/** A data dictionary's column of examples (normalised): `Example`, `Exemplo`, `Beispielwert`. */
const exampleHeader =
  /^(?:examples?|exemplos?|ejemplos?|exemples?|beispiel(?:e|wert)?|esempi[oa]?|example_?values?)$/;

/**
 * The header of the markdown table column holding `at` on the row at `lineStart` (which opens with
 * `|`): the cell of the same index on the line above the table's `|---|` rule, up to 200 rows up.
 */
function pipeHeader(text: string, lineStart: number, at: number): string {
  let index = 0;
  for (let k = lineStart; k < at; k++) if (text.charCodeAt(k) === 124) index++;
  let row = lineStart;
  for (let rows = 0; rows < 200 && row > 1; rows++) {
    const above = text.lastIndexOf('\n', row - 2) + 1;
    const line = text.slice(above, row - 1);
    if (!line.startsWith('|')) return '';
    if (/^\|[ \t]*:?-{3}/.test(line)) {
      const header = text.slice(text.lastIndexOf('\n', above - 2) + 1, Math.max(0, above - 1));
      return header.split('|')[index]?.trim() ?? '';
    }
    row = above;
  }
  return '';
}

/**
 * Whether the record holding the line at `lineStart` (the lines around it at its indentation, a
 * YAML or pretty-printed JSON object's fields, up to 20 each way) holds a placeholder word: an
 * OpenAPI example's `email: jane.doe@example.com` beside `birthDate: "1990-01-01"`.
 */
function placeholderRecord(text: string, lineStart: number): boolean {
  const indent = indentAt(text, lineStart);
  if (indent === 0) return false;
  for (const step of [-1, 1]) {
    let at = lineStart;
    for (let lines = 0; lines < 20; lines++) {
      at = step < 0 ? (at < 2 ? -1 : text.lastIndexOf('\n', at - 2) + 1) : text.indexOf('\n', at) + 1;
      if (at <= 0 || at >= text.length || indentAt(text, at) !== indent) break;
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      if (placeholderWord.test(text.slice(at, end))) return true;
    }
  }
  return false;
}

function indentAt(text: string, lineStart: number): number {
  let k = lineStart;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  return k - lineStart;
}

const placeholderWord =
  /@example\.(?:com|org|net)|\b(?:test|TEST|Test|dummy|DUMMY|Dummy)\b|\b(?:placeholder|PLACEHOLDER|Placeholder)\b(?!["']?[ \t]*[:=])|테스트|测试|測試|テスト|ทดสอบ|uji coba/u;
/** Digits in groups joined by single `-` or blanks: a phone's or an id's as a row prints it. */
const digitGroups = /(?<![\d.])\d+(?:[- ]\d+)+(?![\d.])|(?<![\d.])\d{8,}(?![\d.])/g;

function paragraphOf(text: string, start: number, end: number): string {
  const [from, to] = blockAround(text, start, end, 800);
  return text.slice(from, to);
}
