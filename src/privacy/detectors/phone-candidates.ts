import type { Finding } from '../detector.js';
import { documentedBefore } from './context.js';
import { inContext } from './phone-context.js';
import {
  continuesToken,
  epochValue,
  exampleBefore,
  hexBytes,
  isAmount,
  queryValue,
  seedBefore,
  zipPlusFour,
} from './phone-exclusions.js';
import {
  accountBefore,
  afterIdLabel,
  codeColumn,
  healthIdBefore,
  issuerCodeBefore,
  nationalIdBefore,
  registryIdBefore,
} from './phone-ids.js';
import { isDigitAt } from './phone-shapes.js';
import { inIbanRun, inTrackingRun, isWord, lineTextBefore, matchAt, sticky } from './scan.js';
import { tableCellAt, tableCells } from './tables.js';

/**
 * PHONE's candidates: the pattern a number's digits and separators match, where a candidate may
 * start (an ISO date settled without the regex), and the finding a candidate makes (`phoneAt`).
 */

/**
 * A number's digits and separators (captured in a lookahead: atomic) and an extension, not running
 * on into a token.
 */
const NUMBER = String.raw`(?=(\+?\(?\d(?:(?:[ ./-]|\)[ -]?| ?\((?=\d{1,5}\) ?\d)|-\((?=\d{1,5}\)-\d))?\d){6,16}))\1(?:x\d{1,5})?(?![\w@%]|[.:/-]\d)`;

export const candidate = sticky(new RegExp(String.raw`(?<![\w+./@#$€£%-])${NUMBER}`));

/**
 * `אפשר בביט ל-052-771-2093` (pay by Bit to 052-…): Hebrew writes its one-letter prefixes (ל to,
 * ב in, מ from, ש that, ו and, ה the, כ as) glued to the word after them, and to a number with a
 * hyphen (or a maqaf, which no candidate's lookbehind stops). After such a prefix starting its word
 * (not a word's last letter), a number starts past the hyphen that elsewhere makes it a token's tail.
 */
export const hebrewPrefixed = sticky(new RegExp(String.raw`(?<=(?<![\u0590-\u05ff\w])[בהוכלמש]-)${NUMBER}`));

/** Whether the digit run `d` follows a Hebrew one-letter prefix and a hyphen (see `hebrewPrefixed`). */
export function hebrewPrefixAt(text: string, d: number): boolean {
  return text.charCodeAt(d - 1) === 45 && hebrewPrefix.test(text.charAt(d - 2));
}

const hebrewPrefix = /^[בהוכלמש]$/;

/**
 * `FAILED tests/test_phone.py::test_normalise[윤하은-010 3827 4619]`: pytest joins the parameters of
 * a test's id with hyphens, so a number after one inside the brackets of a `test…[` id starts there,
 * not as a token's tail.
 */
export const afterHyphen = sticky(new RegExp(`(?<=-)${NUMBER}`));

/** Whether the digit run `d` follows a hyphen that parts the parameters of a pytest id (see `afterHyphen`). */
export function pytestParameterAt(text: string, d: number): boolean {
  if (text.charCodeAt(d - 1) !== 45) return false;
  const before = lineTextBefore(text, d - 1, 200);
  const open = before.lastIndexOf('[');
  return (
    open > 0 && !before.includes(']', open) && pytestName.test(before.slice(Math.max(0, open - 100), open))
  );
}

/** A test function's name ending where its id's `[` opens: `test_normalise`, `::test_전화번호`. */
const pytestName = /(?:^|[\s:./])test[\p{L}\p{N}_]*$/u;

/**
 * A candidate whose area code is set off by a spaced slash, as German writes it (`0171 / 4471209`,
 * `+49 (0) 171 / 447 12 093`): tried only where no plain candidate starts, since the same slash
 * also parts two numbers (`+91 98765 43210 / 98765 43210`).
 */
export const slashed = sticky(
  /(?<![\w+./@#$€£%-])(?=(\+?\(?\d(?:(?:[ ./-]| \/ |\)[ -]?| ?\((?=\d{1,5}\) ?\d)|-\((?=\d{1,5}\)-\d))?\d){6,16}))\1(?:x\d{1,5})?(?![\w@%]|[.:/-]\d)/g,
);

/** ASCII characters of the candidate's lookbehind `[\w+./@#$€£%-]` (a digit run start after one cannot start). */
function blocksStart(c: number): boolean {
  return (
    isWord(c) || c === 43 || c === 46 || c === 47 || c === 64 || c === 35 || c === 36 || c === 37 || c === 45
  );
}

/**
 * What the candidate loop makes of an ISO date `YYYY-MM-DD` at the digit run `d` (a third of all
 * candidates) without the regex: -1 when this shortcut does not apply, else the new `next` (the
 * date's end: the candidate is the date, which `classifyPhone` says is 'never') or 0 (no candidate).
 * It applies when only `d` is tried (no `+` or `(` before it) and the digits cannot go on past the
 * date: the candidate's capture is greedy inside a lookahead (atomic), so it is exactly the date,
 * kept or dropped by the trailing lookahead. The loop never calls it with `d` before `next`.
 */
export function isoDate(text: string, d: number): number {
  if (
    text.charCodeAt(d + 4) !== 45 ||
    text.charCodeAt(d + 7) !== 45 ||
    !isDigitAt(text, d + 1) ||
    !isDigitAt(text, d + 2) ||
    !isDigitAt(text, d + 3) ||
    !isDigitAt(text, d + 5) ||
    !isDigitAt(text, d + 6) ||
    !isDigitAt(text, d + 8) ||
    !isDigitAt(text, d + 9) ||
    blocksStart(text.charCodeAt(d - 1)) ||
    text.charCodeAt(d - 1) === 8364 || // € and £: the rest of the candidate's lookbehind
    text.charCodeAt(d - 1) === 163
  )
    return -1;
  for (let p = Math.max(0, d - 2); p < d; p++) {
    const c = text.charCodeAt(p);
    if (c === 43 || c === 40) return -1;
  }
  const e = d + 10;
  const c = text.charCodeAt(e);
  const c1 = text.charCodeAt(e + 1);
  const digit1 = c1 >= 48 && c1 <= 57;
  // Could `(?:[ ./-]|\) ?| ?\()?\d` take one more digit after the date?
  if (c >= 48 && c <= 57) return -1;
  if ((c === 32 || c === 46 || c === 47 || c === 45 || c === 41 || c === 40) && digit1) return -1;
  if (c === 41 && c1 === 32 && isDigitAt(text, e + 2)) return -1;
  if (c === 32 && c1 === 40 && isDigitAt(text, e + 2)) return -1;
  // The trailing lookahead `(?![\w@%]|[.:/-]\d)`: the date, or no candidate.
  return isWord(c) || c === 64 || c === 37 || (c === 58 && digit1) ? 0 : e;
}

/**
 * The finding for the candidate `[start, end)` of that kind, unless it is none; a weak one that only
 * lacks a phone word goes to `unlabelled` (see `repeatedNumbers`).
 */
export function phoneAt(
  text: string,
  start: number,
  end: number,
  kind: 'strong' | 'weak' | 'never',
  unlabelled?: Finding[],
): Finding | undefined {
  if (kind === 'never' || continuesToken(text, end, kind) || isAmount(text, end)) return undefined;
  // `883104471#`: a conference id or a PIN keyed after a dial-in number.
  if (text.charCodeAt(end) === 35) return undefined;
  if (registryIdBefore(text, start) || zipPlusFour(text, start, end)) return undefined;
  if (inIbanRun(text, start) || inTrackingRun(text, start) || afterIdLabel(text, start)) return undefined;
  if (documentedBefore(text, start) || exampleBefore(text, start) || queryValue(text, start, end))
    return undefined;
  if (epochValue(text, start, end) || seedBefore(text, start) || hexBytes(text, start, end)) return undefined;
  // `[Tue Mar 12 10:15:09.118923 2024]`: the seconds of a time, not a number's start.
  if (text.charCodeAt(start - 1) === 58 && isDigitAt(text, start - 2)) return undefined;
  if (kind === 'weak' && accountBefore(text, start)) return undefined;
  const weak = kind === 'weak' || issuerCodeBefore(text, start, end);
  const context = inContext(text, start, end);
  if (weak && !context) {
    if (
      unlabelled !== undefined &&
      kind === 'weak' &&
      !nationalIdBefore(text, start) &&
      !healthIdBefore(text, start)
    )
      unlabelled.push({ type: 'PHONE', start, end, score: 0.6, detector: 'phone' });
    return undefined;
  }
  if (nationalIdBefore(text, start) || healthIdBefore(text, start)) return undefined;
  // A `+`, a country code and groups is written for dialling, whatever its column is named (a
  // `reference` answer in an evaluation set); a code column holds national-looking shapes.
  if (!context && !dialled(text, start, end) && codeColumn(text, start, end)) return undefined;
  const score = weak ? 0.6 : context ? 0.9 : 0.75;
  return { type: 'PHONE', start, end, score, detector: 'phone' };
}

/** `+45 28 44 71 20`, `(+30) 6944712093`: a `+` and grouped digits, a number as written for dialling it. */
function dialled(text: string, start: number, end: number): boolean {
  const plus = text.charCodeAt(start) === 40 ? start + 1 : start;
  if (text.charCodeAt(plus) !== 43) return false;
  for (let i = plus + 1; i < end; i++) if (!isDigitAt(text, i)) return true;
  return false;
}

/** Whether the candidate `raw` at `at` is `+30) 69…` after a `(`: a bracketed country code, `(+30) 6944712093`. */
export function bracketedCode(text: string, at: number, raw: string): boolean {
  return text.charCodeAt(at - 1) === 40 && raw.charCodeAt(0) === 43 && /^\+\d{1,3}\) ?\d/.test(raw);
}

/** Whether ` / ` follows within a number's first groups from `d`. */
export function spacedSlashAfter(text: string, d: number): boolean {
  const to = Math.min(text.length - 1, d + 16);
  for (let k = d + 2; k < to; k++)
    if (text.charCodeAt(k) === 47 && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32)
      return true;
  return false;
}

/** The candidate starting at digit run `d` or at the `+`, `(` or `+(` just before it, in `within` (`text` or a head of it). */
export function candidateAt(
  pattern: RegExp,
  text: string,
  next: number,
  d: number,
  within: string,
): RegExpExecArray | null {
  for (let p = Math.max(next, d - 2); p <= d; p++) {
    const c = text.charCodeAt(p);
    if (p === d ? !blocksStart(text.charCodeAt(d - 1)) : c === 43 || c === 40) {
      const m = matchAt(pattern, within, p);
      if (m !== null) return m;
    }
  }
  return null;
}

/**
 * Where the value of the table cell holding `at` ends, when past `at` and a blank follows it (the
 * next cell may be joined to a number there), or -1.
 */
export function cellEndAfter(text: string, at: number): number {
  const cells = tableCells(text);
  if (cells.start.length === 0) return -1;
  const cell = tableCellAt(cells, at, at);
  if (cell === -1) return -1;
  const valueEnd = cells.valueEnd[cell] as number;
  return valueEnd > at && text.charCodeAt(valueEnd) === 32 ? valueEnd : -1;
}

/** The index of the first `)` of a candidate with no `(` before it, or -1. */
export function strayClose(raw: string): number {
  const close = raw.indexOf(')');
  return close === -1 || raw.lastIndexOf('(', close) !== -1 ? -1 : close;
}
