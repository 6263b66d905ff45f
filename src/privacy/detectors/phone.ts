import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext } from './context.js';
import { digitRunStarts, isWord, matchAt, sticky } from './scan.js';

/**
 * Phone numbers. A candidate is 7–17 digits joined by single separators (space . - /) or area-code
 * parentheses, not touching letters or other number-ish punctuation. It is flagged on its own when it
 * has a recognisable shape:
 * - international: `+` (or `00` with separators) and a country code; for NANP (+1), UK (+44), DE (+49),
 *   FR (+33), IN (+91), BR (+55), JP (+81) the national number length is checked, other codes need
 *   separators and 8–15 digits (E.164 maximum);
 * - NANP national `(415) 555-0123`, `415-555-0123`, `1 415 555 0123` (area and exchange NXX, not N11,
 *   area not N9X); 555-01XX "fictional" numbers are flagged like any other;
 * - trunk-0 national (UK, DE, FR, JP, IN): `020 7946 0958`, `030/1234567`, `06 12 34 56 78`,
 *   `03-1234-5678`; Indian mobile `98765 43210`; Brazilian `(11) 91234-5678`.
 * Any other shape (a bare 10-digit number, `555-1234`) is flagged only with a context word nearby.
 * Dates, times, IPv4-like and decimal shapes are never flagged.
 */
const CANDIDATE = /(?<![\w+./@#$€£%-])(?=(\+?\(?\d(?:(?:[ ./-]|\) ?| ?\()?\d){6,16}))\1(?![\w@%]|[.:/-]\d)/g;

const candidate = sticky(CANDIDATE);

/** ASCII characters of the candidate's lookbehind `[\w+./@#$€£%-]` (a digit run start after one cannot start). */
function blocksStart(c: number): boolean {
  return (
    isWord(c) || c === 43 || c === 46 || c === 47 || c === 64 || c === 35 || c === 36 || c === 37 || c === 45
  );
}

/**
 * Whether seven digits follow from `d` with at most two separator characters (` ./-()`) between
 * neighbours: the candidate needs that much, and most digit runs (ids, amounts, times) lack it.
 */
function enoughDigits(text: string, d: number): boolean {
  let digits = 0;
  let gap = 0;
  for (let k = d; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (++digits >= 7) return true;
      gap = 0;
    } else if ((c === 32 || c === 46 || c === 47 || c === 45 || c === 40 || c === 41) && ++gap <= 2) continue;
    else return false;
  }
  return false;
}

const words = contextWords(
  ...'phone tel tél telephone téléphone telefon teléfono telefono fax mobile mobil móvil movil cell cellphone celular portable handy whatsapp sms contact call rufnummer numéro'.split(
    ' ',
  ),
);

/** National significant number lengths for the country codes checked precisely. */
const nationalLengths: Record<string, readonly [number, number]> = {
  '44': [9, 10],
  '49': [6, 13],
  '33': [9, 9],
  '91': [10, 10],
  '55': [10, 11],
  '81': [9, 10],
};

/** NANP: area and exchange are NXX and not N11; area codes N9X are reserved. */
export function isNanp(ten: string): boolean {
  return /^[2-9][0-8]\d[2-9]\d{6}$/.test(ten) && !/^.11/.test(ten) && !/^.{3}.11/.test(ten);
}

function isDateTimeOrDecimal(raw: string, groups: readonly string[]): boolean {
  const lens = groups.map((g) => g.length);
  if (
    raw.includes('.') &&
    (groups.length === 2 || lens.includes(1) || (groups.length === 4 && lens.every((n) => n <= 3)))
  )
    return true;
  const [a = 0, b = 0, c = 0] = lens;
  return groups.length === 3 && ((a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && (c === 2 || c === 4)));
}

function international(digits: string, raw: string, separated: boolean): boolean {
  if (digits.startsWith('1')) return digits.length === 11 && isNanp(digits.slice(1));
  const cc = digits.slice(0, 2);
  const range = nationalLengths[cc];
  if (!range) return separated && /^[2-9]/.test(digits) && digits.length >= 8 && digits.length <= 15;
  const national = raw.includes('(0)') ? digits.slice(3) : digits.slice(2);
  return !national.startsWith('0') && national.length >= range[0] && national.length <= range[1];
}

function national(digits: string, raw: string, lens: readonly number[]): boolean {
  const shape = lens.join('-');
  if (shape === '3-3-4' || shape === '1-3-3-4')
    return isNanp(digits.slice(-10)) && (lens.length === 3 || digits[0] === '1');
  if (/^0[1-9]/.test(digits) && digits.length >= 9 && digits.length <= 12 && lens.length >= 2) {
    return (lens[0] ?? 0) >= 2 && (lens[0] ?? 0) <= 6 && lens.every((n) => n >= 2);
  }
  if (shape === '5-5') return /^[6-9]/.test(digits);
  if (shape === '2-4-4' || shape === '2-5-4') {
    return /^[1-9]{2}/.test(digits) && (shape === '2-4-4' || digits[2] === '9') && /\(|-\d{4}$/.test(raw);
  }
  return false;
}

/** Whether a candidate is a phone number by shape alone (`'strong'`), only with context, or never. */
export function classifyPhone(raw: string): 'strong' | 'weak' | 'never' {
  const groups: string[] = []; // the digit runs: raw.split(/\D+/) without empty parts
  for (let i = 0; i < raw.length; ) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < raw.length && raw.charCodeAt(j) >= 48 && raw.charCodeAt(j) <= 57) j++;
    groups.push(raw.slice(i, j));
    i = j;
  }
  const digits = groups.join('');
  if (digits.length < 7 || digits.length > 15 || isDateTimeOrDecimal(raw, groups)) return 'never';
  const separated = groups.length > 1;
  if (raw.startsWith('+')) return international(digits, raw, separated) ? 'strong' : 'never';
  if (digits.startsWith('00') && separated)
    return international(digits.slice(2), raw, true) ? 'strong' : 'never';
  if (
    separated &&
    national(
      digits,
      raw,
      groups.map((g) => g.length),
    )
  )
    return 'strong';
  return 'weak';
}

export const phoneDetector: Detector = {
  id: 'phone',
  entities: ['PHONE'],
  detect(text) {
    const findings: Finding[] = [];
    // A candidate starts at a digit run or at the `+`, `(` or `+(` just before it.
    let next = 0;
    const starts = digitRunStarts(text);
    for (let r = 0; r < starts.length; r++) {
      const d = starts[r] as number;
      let m: RegExpExecArray | null = null;
      if (enoughDigits(text, d)) {
        for (let p = Math.max(next, d - 2); p <= d && m === null; p++) {
          const c = text.charCodeAt(p);
          if (p === d ? !blocksStart(text.charCodeAt(d - 1)) : c === 43 || c === 40)
            m = matchAt(candidate, text, p);
        }
      }
      if (m === null) {
        next = Math.max(next, d + 1);
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      next = end;
      const kind = classifyPhone(m[0]);
      if (kind === 'never') continue;
      const context = hasContext(text, start, end, words);
      if (kind === 'weak' && !context) continue;
      const score = kind === 'weak' ? 0.6 : context ? 0.9 : 0.75;
      findings.push({ type: 'PHONE', start, end, score, detector: 'phone' });
    }
    return findings;
  },
};
