import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext, inColumnHeader, outsideDocExamples } from './context.js';
import {
  inIbanRun,
  isDigit,
  labelHas,
  lineTextBefore,
  matchAt,
  numberStarts,
  spanAt,
  sticky,
} from './scan.js';
import { cellHeader, keyedValues, tableCellAt, tableCells } from './tables.js';

/**
 * Payment card numbers (PANs): 13–19 digits, bare or grouped by one kind of separator (space or
 * dash) in the printed groupings (4-4-4-4[-1..3], 4-4-4-1..3, Amex 4-6-5, Diners 4-6-4), a known
 * brand prefix and length, and a passing Luhn check (ISO/IEC 7812). Masked values (`****1234`,
 * `XXXX-XXXX-XXXX-1234`) have no digits to match. Bare numbers score lower than grouped ones. Digit
 * groups continuing an IBAN-shaped run (`IE75 ELDE 3838 2182 0915 28`) are never a card, nor is a
 * number under an id key or column (`"trace_id": "4284423143786690"`) without a card word near it,
 * nor a product code under its label (`JAN 4901234567894`, see `productCode`).
 */
const CANDIDATE = /(?<![\w.+/:@#$-]|\d[ -])(?=(\d(?:[ -]?\d){12,18}))\1(?![\w@]|[.:/-]\d|[ -]\d)/g;

const candidate = sticky(CANDIDATE);

/**
 * An ungrouped number with more digits after a blank: `4532018736459208 09/29` (Faker's
 * `credit_card_full()`, a receipt's number and expiry), `378291465039179 03/27`. The candidate takes
 * the following digits in as a group and fails; a run of 13–19 digits is no group, so it stands alone.
 */
const bareBeforeDigits = /(?<![\w.+/:@#$-]|\d[ -])\d{13,19}(?= \d)/y;

/**
 * A grouped number with its expiry after a blank: `4532 0187 3645 9208 09/29`, `3416 150017 90453
 * 04/29` (Amex 4-6-5), as a receipt or Faker's `credit_card_full()` prints them. The candidate takes
 * the month in as one more group and fails; a printed grouping followed by a month and a year stands
 * alone. (Any other digits after a grouped number stay part of it: `4532 0187 3645 9208 77` is no card.)
 */
const groupedBeforeExpiry =
  /(?<![\w.+/:@#$-]|\d[ -])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})(?= (?:0[1-9]|1[0-2])\/(?:\d\d){1,2}(?![\d/]))/y;

/** Whether 13 digits follow from `d`, each pair at most one space or dash apart (the candidate needs that). */
function thirteenDigits(text: string, d: number): boolean {
  let k = d;
  for (let n = 0; n < 13; n++, k++) {
    if (n > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 45)) k++;
    if (!isDigit(text.charCodeAt(k))) return false;
  }
  return true;
}

const words = contextWords(
  ...'card cards cc pan visa mastercard amex creditcard cardnumber kreditkarte karte carte tarjeta payment'.split(
    ' ',
  ),
);

const span = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Brand prefixes (IIN ranges) with their PAN lengths. */
const brands: ReadonlyArray<readonly [RegExp, readonly number[]]> = [
  [/^4/, [13, 16, 19]], // Visa
  [/^(?:5[1-5]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720)/, [16]], // Mastercard incl. the 2221–2720 series
  [/^3[47]/, [15]], // American Express
  [/^(?:6011|64[4-9]|65|622(?:12[6-9]|1[3-9]|[2-8]|9[01]|92[0-5]))/, span(16, 19)], // Discover
  [/^(?:30[0-5]|3095|36|3[89])/, span(14, 19)], // Diners Club
  [/^35(?:2[89]|[3-8])/, span(16, 19)], // JCB
  [/^62/, span(16, 19)], // UnionPay
  [/^(?:5018|5020|5038|5893|6304|6759|676[1-3]|6390)/, span(13, 19)], // Maestro
  [/^220[0-4]/, span(16, 19)], // Mir (Russia): `2202 2044 7120 9312`
  [/^9792/, [16]], // Troy (Türkiye): `9792 0447 1209 3187`
  [/^(?:60|508)/, [16]], // RuPay (India)
  // Verve (Nigeria), 16 or 19 digits: `5061 4971 1325 7856 102`. Its 650002–650027 are in Discover's 65.
  [/^(?:506099|5061[0-8]\d|50619[0-8]|50786[5-9]|5078[7-9]\d|5079[0-5]\d|50796[0-4])/, [16, 19]],
  // Elo (Brazil), the ranges outside Visa's 4, UnionPay's 62 and Discover's 65: `5090 0071 1325 7856`.
  [/^(?:504175|506699|5067[0-6]\d|50677[0-8]|509|636297|636368)/, [16]],
];

/** The Luhn (mod 10) check. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function isKnownBrand(digits: string): boolean {
  return brands.some(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length));
}

/**
 * Whether digits are grouped as cards print them: not at all, or by one kind of separator in fours
 * and a last group of one to four (4-4-4-4[-1..4]), Amex 4-6-5 or Diners 4-6-4. One pass over the
 * candidate, without splitting it.
 */
function isPrintedGrouping(raw: string): boolean {
  const head: number[] = []; // the lengths of the groups before the last
  let separator = -1;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) continue;
    if (separator !== -1 && c !== separator) return false;
    separator = c;
    head.push(i - from);
    from = i + 1;
  }
  if (separator === -1) return true;
  const last = raw.length - from;
  if (head.every((n) => n === 4) && last >= 1 && last <= 4) return true;
  return head.length === 2 && head[0] === 4 && head[1] === 6 && (last === 5 || last === 4);
}

/** An id label: `id`, `trace_id`, `span_id`, `requestId`, `order-ids`, `uuid` (the last word). */
const idLabel = /(?:^|[^a-z])(?:id|ids|uuid|guid)$/;

/**
 * Whether the value at `[start, end)` is assigned to an id key (`"trace_id": "…"`, `span_id=…`,
 * `dd.trace_id: …`) or sits in an id column. Tracing systems' 64-bit ids (Datadog, B3) are 16–19
 * digits, and one in ten of those starting with a brand prefix passes Luhn. A label naming a card
 * (`card_id`, `cc_pan_id`) is no id label.
 */
function underIdLabel(text: string, start: number, end: number): boolean {
  const cells = tableCells(text);
  const cell = tableCellAt(cells, start, end);
  const label = cell === -1 ? (spanAt(keyedValues(text), start, end)?.header ?? '') : cellHeader(cells, cell);
  return idLabel.test(label.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()) && !labelHas(label, words);
}

/**
 * `np.random.default_rng(348932549825235)`, `seed = 3562050283508273023`, `random_state=…`,
 * `torch.manual_seed(…)`: a random generator's seed. Notebooks pin long ones, and one in ten starting
 * with a brand prefix passes Luhn.
 */
function seedBefore(text: string, start: number): boolean {
  return seedLabel.test(text.slice(Math.max(0, start - 24), start));
}

const seedLabel =
  /(?:seed|rng|random_state|RandomState|PCG64|Philox|SFC64|MT19937|Generator)["']?[ \t]*[=:(][ \t]*$/i;

/**
 * `JAN 4901234567894`, `EAN-13: 4006381333931`, `GTIN 10614141000415`, a number in a `barcode` or
 * `ean13` column: a product's trade item number (GS1's EAN/JAN-13, ISBN-13 and GTIN-14; Japanese
 * JANs open with 45 or 49) under the label that names it. Such a number ends in GS1's own check
 * digit (`gs1CheckDigit`), and one in ten that a Visa or Diners prefix opens passes Luhn as well;
 * the label and the check digit together tell it from a card. A bare 13-digit number stays a card.
 */
function productCode(text: string, start: number, end: number, digits: string): boolean {
  if ((digits.length !== 13 && digits.length !== 14) || !gs1CheckDigit(digits)) return false;
  return (
    productLabel.test(lineTextBefore(text, start, 32)) || inColumnHeader(text, start, end, productCodeWords)
  );
}

/**
 * A product code's label right before it: `JAN `, `EAN-13: `, `(JAN `, `GTIN-14 #`, `barcode=`,
 * `JANコード：`. The word may follow a letter of another script (`商品（JAN`), not a Latin one
 * (`Bjan`).
 */
const productLabel =
  /(?<![A-Za-z])(?:jan|ean|gtin|upc|isbn|barcode|バーコード)(?:[ -]?(?:8|12|13|14))?(?:[ _-]?(?:code|no\.?|number)|コード)?["'`]?[ \t]*[:#=：]?[ \t]*["'`]?$/i;

/** A column of product codes: `ean13`, `barcode`, `JAN`, `gtin`. */
const productCodeWords = contextWords(...'jan ean gtin upc isbn barcode janコード バーコード'.split(' '));

/**
 * GS1's check digit (EAN, JAN, UPC, GTIN, ISBN-13): the digits before the last, weighted 3 and 1
 * alternately from the right, and the last digit brings their sum to a multiple of ten.
 * @example gs1CheckDigit('4901234567894') // true
 */
export function gs1CheckDigit(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    sum += i % 2 === 1 ? d * 3 : d;
  }
  return sum % 10 === 0;
}

export const creditCardDetector: Detector = {
  id: 'credit-card',
  entities: ['CREDIT_CARD'],
  detect(text) {
    const findings: Finding[] = [];
    let next = 0;
    // A candidate starts with a digit that follows no word character: the start of a digit run
    // with (at least) seven digits from there, see `numberStarts`.
    for (const d of numberStarts(text)) {
      if (d < next || !thirteenDigits(text, d)) continue;
      const m =
        matchAt(candidate, text, d) ??
        matchAt(bareBeforeDigits, text, d) ??
        matchAt(groupedBeforeExpiry, text, d);
      if (m === null) continue;
      const raw = m[0];
      next = d + raw.length;
      const digits = raw.replace(/\D/g, '');
      if (!isPrintedGrouping(raw) || !isKnownBrand(digits) || !luhn(digits) || inIbanRun(text, d)) continue;
      const start = m.index;
      const end = start + raw.length;
      const context = hasContext(text, start, end, words);
      if (!context && (underIdLabel(text, start, end) || seedBefore(text, start))) continue;
      if (productCode(text, start, end, digits)) continue;
      const score = (raw.length > digits.length ? 0.85 : 0.7) + (context ? 0.1 : 0);
      findings.push({ type: 'CREDIT_CARD', start, end, score, detector: 'credit-card' });
    }
    return outsideDocExamples(text, findings);
  },
};
