import type { Finding } from '../detector.js';
import { dateAt, finding, isDate, isDigitAt, isWordAt } from './date-of-birth-dates.js';
import { matchAt } from './scan.js';

/**
 * DATE_OF_BIRTH's slips: other records of a birth date found that a keying slip made differ
 * (`slippedDates`), a leading zero that OCR read as the letter O (`ocrZero`), and digits OCR read as
 * letters on a birth word's line (`ocrRead`).
 */

/**
 * Other records of a birth date found, that a keying slip made differ: the same year with the day's
 * and the month's digits in another order (`30.02.1991` rejected as `1991-02-30`, checked as
 * `03.02.1991`, the fixes `1991-03-02 or 1991-02-03` suggested), anywhere in the text; or the same
 * day and month with one digit of the year changed, on the same line (`DOB system mein 15/08/1979
 * hai par Aadhaar pe 15/08/1978`). A mismatch between records, or a correction, is as personal.
 * Only in a text about a few birth dates (a conversation, a ticket): in a table of many people,
 * another date column would match someone's by chance.
 */
export function slippedDates(text: string, people: readonly Finding[]): Finding[] {
  const sources: Array<NumericDate & { at: number }> = [];
  for (const f of people) {
    const d = numericDate(text.slice(f.start, f.end));
    if (
      d !== undefined &&
      !sources.some((s) => s.year === d.year && s.digits === d.digits && s.pair === d.pair)
    )
      sources.push({ ...d, at: f.start });
    // Five sources already make it a table of many people (sources only grow): stop reading.
    if (sources.length > 4) return [];
  }
  if (sources.length === 0) return [];
  const out: Finding[] = [];
  const add = (start: number, end: number, same: (d: NumericDate) => boolean): void => {
    const d = numericDate(text.slice(start, end));
    if (d !== undefined && same(d)) out.push(finding([start, end], 0.75));
  };
  for (const year of new Set(sources.map((s) => s.year))) {
    const digits = new Set(sources.filter((s) => s.year === year).map((s) => s.digits));
    for (let p = text.indexOf(year); p !== -1; p = text.indexOf(year, p + 4)) {
      const span = dateAround(text, p);
      if (span !== undefined) add(span[0], span[1], (d) => digits.has(d.digits));
    }
  }
  for (const s of sources) {
    const lineStart = Math.max(text.lastIndexOf('\n', s.at) + 1, s.at - 200);
    let lineEnd = text.indexOf('\n', s.at);
    if (lineEnd === -1 || lineEnd > s.at + 200) lineEnd = Math.min(text.length, s.at + 200);
    for (let k = lineStart; k < lineEnd; k++) {
      if (!isDigitAt(text, k) || isDigitAt(text, k - 1)) continue;
      const m = matchAt(dateAt, text, k);
      if (m !== null && isDate(m))
        add(k, k + m[0].length, (d) => d.pair === s.pair && oneDigitApart(d.year, s.year));
    }
  }
  return out;
}

interface NumericDate {
  year: string;
  /** The day's and the month's digits, sorted: `30.02.1991` and `03.02.1991` share `0023`. */
  digits: string;
  /** The day and the month, two digits each, sorted: `15/08/1979` and `1978-08-15` share `08/15`. */
  pair: string;
}

const numericShape = /^(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))$/;

function numericDate(value: string): NumericDate | undefined {
  const m = numericShape.exec(value);
  if (m === null) return undefined;
  const parts = (m[1] ? [m[2], m[3]] : [m[4], m[5]]).map((p) => (p as string).padStart(2, '0')).sort();
  return {
    year: (m[1] ?? m[6]) as string,
    digits: [...parts.join('')].sort().join(''),
    pair: parts.join('/'),
  };
}

/** The numeric date whose year is the four digits at `p`: `1991-02-30` from `p`, `30.02.1991` ending there. */
function dateAround(text: string, p: number): [number, number] | undefined {
  if (isDigitAt(text, p - 1) || isDigitAt(text, p + 4)) return undefined;
  const c = text.charCodeAt(p - 1);
  if (c === 45 || c === 47 || c === 46) {
    for (let q = Math.max(0, p - 6); q <= p - 4; q++) {
      const m = isDigitAt(text, q - 1) ? null : matchAt(dateAt, text, q);
      if (m !== null && m[4] !== undefined && q + m[0].length === p + 4 && isDate(m)) return [q, p + 4];
    }
    return undefined;
  }
  const m = matchAt(dateAt, text, p);
  return m !== null && m[1] !== undefined && isDate(m) ? [p, p + m[0].length] : undefined;
}

/** Two years that differ in one digit: `1979` and `1978`. */
function oneDigitApart(a: string, b: string): boolean {
  let differ = 0;
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) differ++;
  return differ === 1;
}

/** `O9/11/1951`: OCR read a leading zero as the letter O; the date starts at the O. */
export function ocrZero(text: string, found: Finding[], i: number): void {
  const f = found[i] as Finding;
  const o = text.charCodeAt(f.start - 1);
  if (
    (o === 79 || o === 111) &&
    !isWordAt(text, f.start - 2) &&
    /^\d[-/.]/.test(text.slice(f.start, f.start + 2))
  )
    found[i] = { ...f, start: f.start - 1 };
}

/**
 * `text` with the letters OCR reads for digits (`O` for `0`, `l` and `I` for `1`) read as digits in
 * the number tokens of `lines` (`triggerLines`' start and end offsets): a run of digits and such
 * letters holding a digit, no letter or digit touching it (`O8/l9/l96l`, `Agosto 19, l989`). One
 * character for one, so offsets hold; undefined when no line holds one. The date readers then read
 * the copy, and a date found there is the OCR'd text's.
 * @example ocrRead('Date of Birth: O8/l9/l96l', [0, 25]) // 'Date of Birth: 08/19/1961'
 */
export function ocrRead(text: string, lines: readonly number[]): string | undefined {
  let out: string[] | undefined;
  let done = 0;
  for (let l = 0; l < lines.length; l += 2) {
    const from = lines[l] as number;
    const line = text.slice(from, lines[l + 1]);
    if (!confusedSign.test(line)) continue;
    out ??= [];
    for (const m of line.matchAll(confusedToken)) {
      if (!/[OlI]/.test(m[0])) continue;
      const at = from + m.index;
      out.push(text.slice(done, at), m[0].replace(/O/g, '0').replace(/[lI]/g, '1'));
      done = at + m[0].length;
    }
  }
  if (out === undefined) return undefined;
  out.push(text.slice(done));
  return out.join('');
}

const confusedSign = /[OlI]\d|\d[OlI]/;
const confusedToken = /(?<![A-Za-z\d])[\dOlI]*\d[\dOlI]*(?![A-Za-z\d])/g;
