import type { Detector, Finding } from '../detector.js';
import { contextWords, documentedBefore, hasContext, outsideDocExamples } from './context.js';
import {
  cueHeader,
  isDigit,
  labelHas,
  lineTextBefore,
  matchAt,
  numberStarts,
  spanAt,
  sqlInsertValues,
  sticky,
  turnHeader,
} from './scan.js';
import { cellHeader, keyedValues, tableCellAt, tableCells } from './tables.js';

/**
 * US Social Security numbers, `AAA-GG-SSSS`. Per the SSA's rules an area is never 000, 666 or
 * 900–999 (the 9xx range is ITINs and never an SSN), a group never 00 and a serial never 0000; numbers
 * breaking them are never flagged, nor are the numbers the SSA voided after they were printed as
 * examples (`078-05-1120`, `219-09-9999`), the sample every form and library prints (`123-45-6789`)
 * and one digit repeated (`111-11-1111`), wherever they stand, nor a number documented as an example
 * or a format (`format 536-22-1234`, `e.g. 536-22-1234`).
 *
 * The dashed form is flagged on its own; the spaced (`AAA GG SSSS`, or `AAA - GG - SSSS` as OCR
 * spaces a form's dashes) and bare nine-digit forms only in an SSN context, since a bare nine-digit number is far more often an id. A context is a word
 * (`ssn`, `social security`, `soc_sec_no`, `tax_id`, …) shortly before the value on its line, in
 * its column header (CSV/TSV, markdown, psql, pandas), as the column of an SQL `INSERT … VALUES`
 * tuple, or `ssn` / `social security` shortly after it on its line (`Duplicate entry '…' for key
 * 'employees.ssn'`). A value in an SSN context scores above a phone number of the same digits.
 * @see https://www.ssa.gov/employer/randomization.html
 */
const CANDIDATE = /(?<![\w.+/:@#$-]|\d[ -])(\d{3})( - |[- ]?)(\d{2})\2(\d{4})(?![\w@]|[.:/-]\d|[ -]\d)/g;

const candidate = sticky(CANDIDATE);

const words = contextWords(
  ...'ssn ssns social security ss soc socsec taxpayer tax tin itin sozialversicherungsnummer seguridad sécurité'.split(
    ' ',
  ),
);

/**
 * Words that mark an SSN when they follow the value (a key or column named after it). Not a label
 * with its own number after it (`passport no. 548213907 …; SSN 146-82-3307`): that names the next value.
 */
const after =
  /\b(?:ssns?|social[ _-]?security|soc_?sec)\b(?![ \t]*(?:(?:number|no\.?|#)[ \t]*)?[:=#]?[ \t]*\d)/i;

/** Never anyone's: voided by the SSA (`078-05-1120`, `219-09-9999`) or the universal sample. */
const samples = new Set(['078051120', '219099999', '123456789']);

/** Whether area, group and serial are ones the SSA could have issued. */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  return (
    area !== '000' &&
    area !== '666' &&
    area[0] !== '9' &&
    group !== '00' &&
    serial !== '0000' &&
    !samples.has(area + group + serial) &&
    !/^(\d)\1{8}$/.test(area + group + serial)
  );
}

/**
 * Whether a match can start at the digit run at `d`: three digits then a dash or a space, or a run
 * of exactly nine digits.
 */
function runFits(text: string, d: number): boolean {
  let e = d;
  while (e < d + 10 && isDigit(text.charCodeAt(e))) e++;
  const c = text.charCodeAt(e);
  return e - d === 9 || (e - d === 3 && (c === 45 || c === 32));
}

/** A context word before the value, in its column header or SQL column, or an SSN word after it. */
function inContext(text: string, start: number, end: number): boolean {
  if (hasContext(text, start, end, words)) return true;
  const cells = tableCells(text);
  const cell = tableCellAt(cells, start, end);
  if (cell !== -1 && labelHas(cellHeader(cells, cell), words)) return true;
  const value = spanAt(sqlInsertValues(text), start, end);
  if (value !== undefined && labelHas(value.column, words)) return true;
  const keyed = spanAt(keyedValues(text), start, end);
  if (keyed !== undefined && labelHas(keyed.header, words)) return true;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1 || lineEnd > end + 48) lineEnd = Math.min(text.length, end + 48);
  return after.test(text.slice(end, lineEnd)) || answersQuestion(text, start, end);
}

/**
 * `Speaker 1: And your social?` / `Speaker 2: 523 71 4408.`: a value that is a whole turn of a
 * transcript or chat (after a speaker label at most) answers the line before, which may hold the
 * word. Otter's and Zoom's turn headers (`Speaker 2  0:14`) and a subtitle cue's number and timing
 * between the two, and blank lines, are skipped. A turn opening with words (`It's 382 50 6147`),
 * and any turn when `asked`, answers a question only: the line before ends with `?`.
 */
function answersQuestion(text: string, start: number, end: number, asked = false): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart < 2 || start - lineStart > 40) return false;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd - end > 4 || !/^[ \t.,;!\r]*$/.test(text.slice(end, lineEnd))) return false;
  const prefix = text.slice(lineStart, start);
  const plain = turn.test(prefix);
  if (!plain && !wordedTurn.test(prefix)) return false;
  let to = lineStart - 1;
  for (let lines = 0; lines < 4 && to > 0; lines++) {
    const from = text.lastIndexOf('\n', to - 1) + 1;
    const line = text.slice(Math.max(from, to - 80), to);
    if (!cueHeader.test(line) && !turnHeader.test(line.trim()))
      return labelHas(line, words) && ((plain && !asked) || /\?[\s"'”]*$/.test(line));
    to = from - 1;
  }
  return false;
}

/** What may open a turn before its value: a speaker's label and a colon, a quote mark, blanks. */
const turn = /^(?:[\p{L}\p{N} .()'’-]{0,32}:)?[ \t>]*$/u;
/** The same and one or two words: `Speaker 2: It's `, `Yeah, it's `. */
const wordedTurn = /^(?:[\p{L}\p{N} .()'’-]{0,32}:)?[ \t>]*(?:[\p{L}'’]{1,12}[,.!]?[ \t]+){1,2}$/u;

/**
 * `It's 382, 50, 6147.`: an SSN said in its three groups, as speech-to-text puts commas between
 * them; only in an SSN context (a digit run with commas is a list of numbers elsewhere).
 */
const saidInGroups = /(?<![\w.,+-])(\d{3}), (\d{2}), (\d{4})(?![\w@]|,? ?\d)/g;
/** `SSN is `, `social security number: `: the number's own name shortly before it on its line. */
const ssnCue = /(?:\bssn|social[ \t-]+security)\b[^\d\n]{0,24}$/i;

/**
 * `| 5 | 2 | 9 | - | 4 | 1 | - | 8 | 8 | 0 | 6 |`: an SSN read from a form's boxes (a W-9, a W-4),
 * one digit a box and the dashes in boxes of their own where an SSN has them (3-2-4). Nine boxes
 * without dashes are left alone: a text with no `| - |` costs one search.
 */
const boxed = /\d(?:[ \t]*\|[ \t]*(?:-[ \t]*\|[ \t]*)?\d){8}(?![ \t]*\|[ \t]*(?:-[ \t]*\|[ \t]*)?\d)/y;
const firstBox = /(?:^|[ \t|])(\d)[ \t]*\|/d;
/** A digit box (and a dash box) before a digit: not the first box of its run. */
const boxBefore = /\d[ \t]*\|[ \t]*(?:-[ \t]*\|[ \t]*)?$/;

function boxedSsns(text: string): Finding[] {
  const out: Finding[] = [];
  for (let dash = text.indexOf('| - |'); dash !== -1; dash = text.indexOf('| - |', dash + 1)) {
    // The run's first digit: at most three boxes before the first dash box.
    const from = Math.max(0, text.lastIndexOf('\n', dash) + 1, dash - 16);
    const m = firstBox.exec(text.slice(from, dash));
    if (m === null) continue;
    const d = from + (m.indices?.[1]?.[0] as number);
    if (boxBefore.test(text.slice(Math.max(0, d - 12), d))) continue;
    const run = matchAt(boxed, text, d);
    if (run === null) continue;
    dash = d + run[0].length;
    const digits = run[0].replace(/\D/g, '');
    const [area, group, serial] = [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)];
    if (run[0].replace(/[^\d-]/g, '') !== `${area}-${group}-${serial}`) continue;
    if (!isValidSsn(area, group, serial) || documentedBefore(text, d)) continue;
    out.push({ type: 'US_SSN', start: d, end: d + run[0].length, score: 0.85, detector: 'us-ssn' });
  }
  return out;
}

export const usSsnDetector: Detector = {
  id: 'us-ssn',
  entities: ['US_SSN'],
  detect(text) {
    const findings: Finding[] = [];
    let next = 0;
    // A match starts at a digit run with (at least) seven digits from there, see `numberStarts`.
    for (const d of numberStarts(text)) {
      if (d < next || !runFits(text, d)) continue;
      const m = matchAt(candidate, text, d);
      if (m === null) continue;
      const [value, area = '', separator, group = '', serial = ''] = m;
      next = d + value.length;
      if (!isValidSsn(area, group, serial)) continue;
      const start = d;
      const end = start + value.length;
      if (documentedBefore(text, start)) continue;
      const context = inContext(text, start, end);
      if (separator !== '-' && !context) continue;
      const score = context ? 0.95 : 0.75;
      findings.push({ type: 'US_SSN', start, end, score, detector: 'us-ssn' });
    }
    if (text.includes('| - |')) findings.push(...boxedSsns(text));
    // A comma-said SSN needs an SSN word: a text without one is not searched for the shape.
    if (text.includes('ocial') || text.includes('SSN') || text.includes('ssn') || text.includes('OCIAL'))
      for (const m of text.matchAll(saidInGroups)) {
        const start = m.index;
        const end = start + m[0].length;
        if (
          isValidSsn(m[1] as string, m[2] as string, m[3] as string) &&
          (ssnCue.test(lineTextBefore(text, start, 48)) || answersQuestion(text, start, end, true))
        )
          findings.push({ type: 'US_SSN', start, end, score: 0.9, detector: 'us-ssn' });
      }
    return outsideDocExamples(text, findings);
  },
};
