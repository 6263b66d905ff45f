import type { Detector, Finding } from '../detector.js';
import { outsideDocExamples } from './context.js';
import {
  afterHyphen,
  bracketedCode,
  candidate,
  candidateAt,
  cellEndAfter,
  hebrewPrefixAt,
  hebrewPrefixed,
  isoDate,
  phoneAt,
  pytestParameterAt,
  slashed,
  spacedSlashAfter,
  strayClose,
} from './phone-candidates.js';
import { fixtureFictions, sampleRows } from './phone-fixtures.js';
import { nhsNumbers } from './phone-ids.js';
import {
  bracketedCjkMobile,
  extensionEnd,
  listedChineseMobiles,
  repeatedNumbers,
  spokenKoreanMobiles,
  tildePhones,
  truncatedNumbers,
  vanityNumbers,
  whatsappLinks,
} from './phone-more.js';
import { classifyPhone, cutShort, hyphenatedHead, isDigitAt } from './phone-shapes.js';
import { fixedWidthLayouts, layoutFieldAt, matchAt, numberStarts } from './scan.js';

export { classifyPhone, isNanp } from './phone-shapes.js';

/**
 * Phone numbers. A candidate is 7–17 digits joined by single separators (space . - /) or area-code
 * parentheses, not touching letters or other number-ish punctuation. It is flagged on its own when it
 * has a recognisable shape:
 * - international: `+` (or `00` with separators) and a country code (ITU E.164); for the codes in
 *   `e164` the national number length is checked (and a compact `+34612345678` is taken; a trunk 0
 *   kept after the code, `+49 0151 …`, is read past), other codes need separators and 8–15 digits
 *   (E.164 maximum); one its plan does not take (`+13946233306`) only with context;
 * - NANP national `(415) 555-0123`, `415-555-0123`, `1 415 555 0123` (area and exchange NXX, not N11,
 *   area not N9X); 555-01XX "fictional" numbers are flagged like any other;
 * - trunk-0 national (UK, DE, FR, NL, IT, JP, IN, HU, …): `020 7946 0958`, `030/1234567`, `020-123 4567`,
 *   `06 12 34 56 78`, `03-1234-5678`, `06 1 318 2044` (nine digits in threes after the 0 only with context: ids print so);
 * - national plans without a trunk 0: Spanish `612 345 678` / `91 123 45 67`, Italian mobiles
 *   `348 123 4567` / `348/1234567`, Indian mobile `98765 43210` / `9810 447 120`, Greek `2310 264 471`
 *   / `6944 712 093`, Norwegian and Danish `930 44 712` / `41 20 93 18`, Brazilian `(11) 91234-5678`,
 *   Mexican `81 8340 2271`, Chinese mobile `139 1234 5678`;
 * - compact mobiles and MSISDNs of a few plans (see `compactMobile`).
 * A `(` inside a number opens an area code only when it closes within five digits (`+44 (0)20`,
 * Mimesis' `+1-(517)-604-3382`), so `+351 912 447 120 (00:21:30)` ends before its time stamp; a
 * country code bracketed on its own, `(+30) 6944712093`, keeps its `(`. An extension written with
 * `x` (`+1-315-604-2279x8830`, `308-714-0276 x42694`, Faker's en_US numbers) is part of the span.
 * LaTeX's ties (`+47~912~44~718`) are read as blanks (`tildePhones`).
 * Any other shape (a bare 10-digit number, `555-1234`) is flagged only with a context word nearby
 * (before it on its line, in its column header, or as the column of an SQL `INSERT` tuple) or a
 * phrase asking to call (`reach the customer at`, `my number is`; see `inContext`); in a
 * table a candidate that is not a phone by shape ends with its cell (a pandas row puts the next
 * column one blank after it).
 * Never flagged: dates, times, IPv4-like and decimal shapes, amounts (a currency sign or code right
 * after: `612 531 191 €`), the SSN shape `123-45-6789`, digit groups
 * continuing an IBAN-shaped run (`NL76 HUYA 0291 5692 93`) or a UPS tracking number
 * (`1Z 999 AA1 01 2345 6784`), the head of a longer hyphenated token (`20298970-ba04-…`, a UUID),
 * a number right after an id label (`Terminal-ID 61234567`, `Beleg-Nr. 004211`), one after a
 * company registry or a national id named before it (`RCS de Lyon`, `Social insurance number`), a
 * US ZIP+4 code (`MA 02111-1307`), an NHS number where the text names the NHS (`nhsNumbers`), and
 * a value in a JSDoc `@example` section.
 * Found besides the candidates: WhatsApp links' numbers (`wa.me/447700912345`, `?wa=62812…`),
 * a `+`-number cut a digit or two short where the text gives it in full or a phone word labels it,
 * a bare Chinese mobile in a list of names and phones (`listedChineseMobiles`), and a US toll-free
 * number spelled in letters (`1-800-FIX-ROOF`, `vanityNumbers`). A Hebrew
 * one-letter prefix may be glued to a number with a hyphen (`ל-052-771-2093`, `hebrewPrefixed`).
 */

/** A US toll-free code before a letter: the gate of `vanityNumbers`. */
const tollFree = /8(?:00|33|44|55|66|77|88)(?:[.-]|\) ?)[A-Z0-9]{0,2}[A-Z]/;

export const phoneDetector: Detector = {
  id: 'phone',
  entities: ['PHONE'],
  detect(text) {
    const findings: Finding[] = [];
    // A candidate starts at a digit run or at the `+`, `(` or `+(` just before it, and needs seven
    // digits (see `numberStarts`). Runs without enough digits are skipped: the `next` they would set
    // (past their first digit) never stops a later try (tried before a run are only a `+` or `(`,
    // never a digit).
    let next = 0;
    // Candidates left out for want of a phone word, kept for `repeatedNumbers`.
    const unlabelled: Finding[] = [];
    // `+`-numbers a digit or two short of their plan's length, kept for `truncatedNumbers`.
    const shortened: Finding[] = [];
    const fixedWidth = fixedWidthLayouts(text).length > 0;
    for (const d of numberStarts(text)) {
      if (d < next) continue;
      const iso = isoDate(text, d);
      if (iso !== -1) {
        next = iso === 0 ? d + 1 : iso;
        continue;
      }
      let m = candidateAt(candidate, text, next, d, text);
      if (m === null && hebrewPrefixAt(text, d)) m = matchAt(hebrewPrefixed, text, d);
      if (m === null && pytestParameterAt(text, d)) m = matchAt(afterHyphen, text, d);
      if (m === null && spacedSlashAfter(text, d)) m = candidateAt(slashed, text, next, d, text);
      // `0912 447 129 001194004471` in a right-justified pandas row: the next column, one blank on,
      // runs the digits past any candidate's length; the cell bounds the number.
      // `EE 3129884471 20240601`: a fixed-width record's next field (see `layoutFieldAt`) one blank on.
      if (m === null && fixedWidth) {
        const field = layoutFieldAt(text, d);
        if (field !== undefined && text.charCodeAt(field[1]) === 32)
          m = candidateAt(candidate, text, next, d, text.slice(0, field[1]));
      }
      if (m === null) {
        const cut = cellEndAfter(text, d);
        if (cut !== -1 && isDigitAt(text, cut + 1))
          m = candidateAt(candidate, text, next, d, text.slice(0, cut));
      }
      if (m === null) {
        next = d + 1;
        continue;
      }
      // `(02-6205-4471, hr@…)`: a `(` that no `)` in the number closes opens a remark around it.
      const open = text.charCodeAt(m.index) === 40 && !m[0].includes(')') ? 1 : 0;
      // `(+30) 6944712093`: a country code in brackets of its own; the `(` before the `+` is the number's.
      const start = m.index + open - (bracketedCode(text, m.index, m[0]) ? 1 : 0);
      let end = m.index + m[0].length;
      // `+1-315-604-2279x8830`: an extension (`x` and digits, as Faker's en_US numbers write it) is
      // part of the number's span, not of the number it classifies.
      const x = m[0].lastIndexOf('x');
      const number = x === -1 ? m[0] : m[0].slice(0, x);
      let kind = classifyPhone(open === 1 ? number.slice(1) : number);
      if (kind !== 'strong') {
        // `(915) 544-2087 79901` in a pandas row: the next column's ZIP code joined by a blank.
        const cellEnd = cellEndAfter(text, start);
        if (cellEnd !== -1 && cellEnd < end) {
          end = cellEnd;
          kind = classifyPhone(text.slice(start, end));
        }
      }
      if (kind === 'weak' && bracketedCjkMobile(text, start, end)) kind = 'strong';
      if (kind !== 'strong') {
        const head = hyphenatedHead(text.slice(start, end));
        if (head !== -1) {
          end = start + head;
          kind = 'strong';
        }
      }
      next = end;
      // A `+`-number cut short is kept for `truncatedNumbers` rather than for `repeatedNumbers`.
      const short = kind !== 'strong' && text.charCodeAt(start) === 43 && cutShort(text.slice(start, end));
      const finding = phoneAt(text, start, end, kind, short ? undefined : unlabelled);
      if (finding === undefined && short)
        shortened.push({ type: 'PHONE', start, end, score: 0.6, detector: 'phone' });
      if (finding !== undefined) {
        // `0571-8702 2093 转 816`, `308-714-0276 x42694`: an extension joins the number's span.
        finding.end = extensionEnd(text, end);
        next = finding.end;
        findings.push(finding);
      } else {
        // `(born 14.02.1990) 0532 418 27 63`: a `)` closing no `(` of the candidate ends a remark
        // before the number, so what follows it is tried on its own.
        const close = strayClose(m[0]);
        if (close !== -1) next = start + close + 1;
      }
    }
    if (unlabelled.length > 0 && findings.length > 0) repeatedNumbers(text, findings, unlabelled);
    if (unlabelled.length > 0) listedChineseMobiles(text, findings, unlabelled);
    if (text.includes('공일') || text.includes('영일')) spokenKoreanMobiles(text, findings);
    if (shortened.length > 0) truncatedNumbers(text, findings, shortened);
    if (text.includes('wa.me/') || text.includes('wa=')) whatsappLinks(text, findings);
    if (tollFree.test(text)) vanityNumbers(text, findings);
    const named = findings.length > 0 && (text.includes('NHS') || text.includes('nhs'));
    const read = named ? nhsNumbers(text, findings) : findings;
    const tied = text.includes('~') ? tildePhones(text, read) : read;
    const all = outsideDocExamples(text, tied);
    const real = all.length > 0 && text.includes('@') ? fixtureFictions(text, all) : all;
    return real.length > 0 && text.includes('123456') ? sampleRows(text, real) : real;
  },
};
