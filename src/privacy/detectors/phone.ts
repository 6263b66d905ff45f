import type { Detector, Finding } from '../detector.js';
import { contextWords, outsideDocExamples } from './context.js';
import {
  bracketedCode,
  candidate,
  candidateAt,
  cellEndAfter,
  isoDate,
  phoneAt,
  slashed,
  spacedSlashAfter,
  strayClose,
} from './phone-candidates.js';
import { inContext } from './phone-context.js';
import { fixtureFictions, sampleRows } from './phone-fixtures.js';
import { nhsNumbers } from './phone-ids.js';
import { classifyPhone, cutShort, international, isDigitAt, significant } from './phone-shapes.js';
import { fixedWidthLayouts, isWord, labelHas, layoutFieldAt, numberStarts } from './scan.js';

export { classifyPhone, isNanp } from './phone-shapes.js';

/**
 * Phone numbers. A candidate is 7–17 digits joined by single separators (space . - /) or area-code
 * parentheses, not touching letters or other number-ish punctuation. It is flagged on its own when it
 * has a recognisable shape:
 * - international: `+` (or `00` with separators) and a country code (ITU E.164); for the codes in
 *   `e164` the national number length is checked (and a compact `+34612345678` is taken), other codes
 *   need separators and 8–15 digits (E.164 maximum);
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
 * country code bracketed on its own, `(+30) 6944712093`, keeps its `(`. An extension glued on with
 * `x` (`+1-315-604-2279x8830`, Faker's en_US numbers) is part of the span. LaTeX's ties (`+47~912~44~718`) are read as blanks (`tildePhones`).
 * Any other shape (a bare 10-digit number, `555-1234`) is flagged only with a context word nearby
 * (before it on its line, in its column header, or as the column of an SQL `INSERT` tuple); in a
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
 * Found besides the candidates: WhatsApp links' numbers (`wa.me/447700912345`, `?wa=62812…`), and
 * a `+`-number cut a digit or two short where the text gives it in full or a phone word labels it.
 */

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
      next = end;
      if (kind === 'never' && text.charCodeAt(start) === 43 && cutShort(text.slice(start, end)))
        shortened.push({ type: 'PHONE', start, end, score: 0.6, detector: 'phone' });
      const finding = phoneAt(text, start, end, kind, unlabelled);
      if (finding !== undefined) findings.push(finding);
      else {
        // `(born 14.02.1990) 0532 418 27 63`: a `)` closing no `(` of the candidate ends a remark
        // before the number, so what follows it is tried on its own.
        const close = strayClose(m[0]);
        if (close !== -1) next = start + close + 1;
      }
    }
    if (unlabelled.length > 0 && findings.length > 0) repeatedNumbers(text, findings, unlabelled);
    if (text.includes('공일') || text.includes('영일')) spokenKoreanMobiles(text, findings);
    if (shortened.length > 0) truncatedNumbers(text, findings, shortened);
    if (text.includes('wa.me/') || text.includes('wa=')) whatsappLinks(text, findings);
    const named = findings.length > 0 && (text.includes('NHS') || text.includes('nhs'));
    const read = named ? nhsNumbers(text, findings) : findings;
    const tied = text.includes('~') ? tildePhones(text, read) : read;
    const all = outsideDocExamples(text, tied);
    const real = all.length > 0 && text.includes('@') ? fixtureFictions(text, all) : all;
    return real.length > 0 && text.includes('123456') ? sampleRows(text, real) : real;
  },
};

/**
 * `tel. +48 691 228 407 …, jej numer ma tylko 11 znaków: "+4869122840"`: a number cut short (see
 * `cutShort`) is still most of one when a phone found in the text starts with its digits, or when a
 * phone word labels it. Added to `findings` in place, in order.
 */
function truncatedNumbers(text: string, findings: Finding[], shortened: readonly Finding[]): void {
  // The heads of the `+`-numbers found, one to three digits short of them.
  const heads = new Set<string>();
  for (const f of findings) {
    const raw = text.slice(f.start, f.end);
    if (!/^\(?\+/.test(raw)) continue;
    const digits = raw.replace(/\D/g, '');
    for (let cut = 1; cut <= 3; cut++) heads.add(digits.slice(0, -cut));
  }
  let added = false;
  for (const f of shortened) {
    if (heads.has(text.slice(f.start + 1, f.end)) || inContext(text, f.start, f.end)) {
      findings.push(f);
      added = true;
    }
  }
  if (added) findings.sort((a, b) => a.start - b.start);
}

/**
 * `https://wa.me/447700912345`, `…/terima-kasih?nama=…&wa=6281234098761`: a WhatsApp chat link names
 * its number in E.164 without the `+` (WhatsApp's click-to-chat: the path of `wa.me`), and forms
 * pass it on as a `wa` query parameter (`wa`, `no_wa`, `wa_number`). Taken when the country code
 * and the national number's length agree (see `international`); `?phone=` and `whatsapp=` are
 * labelled by their keys already. Added to `findings` in place, in order.
 */
function whatsappLinks(text: string, findings: Finding[]): void {
  const found: Finding[] = [];
  for (const m of text.matchAll(whatsappNumber)) {
    const digits = m[2] as string;
    if (m[1] !== undefined && !labelHas(m[1], waKey)) continue;
    const end = (m.index as number) + m[0].length;
    const start = end - digits.length - (m[0].charCodeAt(m[0].length - digits.length - 1) === 43 ? 1 : 0);
    if (!international(digits, digits, false) || overlaps(findings, start, end)) continue;
    found.push({ type: 'PHONE', start, end, score: 0.85, detector: 'phone' });
  }
  if (found.length === 0) return;
  findings.push(...found);
  findings.sort((a, b) => a.start - b.start);
}

/** Whether a finding among `findings` (sorted by start, apart) overlaps `[start, end)`, by binary search. */
function overlaps(findings: readonly Finding[], start: number, end: number): boolean {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((findings[mid] as Finding).start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (findings[lo - 1] as Finding).end > start;
}

const whatsappNumber = /(?:\bwa\.me\/|[?&]([\w.-]{0,24}wa[\w.-]{0,24})=)\+?(\d{8,15})(?![\w.-])/gi;
const waKey = contextWords('wa');

/**
 * A number of no phone shape and no phone word is a phone still when the same text gives it as one
 * elsewhere: `"sdt":"+84938214607"` and later `OTP sent to 0938214607`, `+351 961 775 208` in one
 * snapshot and `961775208` in the next. Compared by national significant number (the country code
 * or trunk 0s dropped), of eight digits at least. The `unlabelled` candidates are added to
 * `findings` in place, in order.
 */
function repeatedNumbers(text: string, findings: Finding[], unlabelled: readonly Finding[]): void {
  const known = new Set<string>();
  for (const f of findings) known.add(significant(text.slice(f.start, f.end)));
  let added = false;
  for (const f of unlabelled) {
    const number = significant(text.slice(f.start, f.end));
    if (number.length >= 8 && known.has(number)) {
      findings.push(f);
      added = true;
    }
  }
  if (added) findings.sort((a, b) => a.start - b.start);
}

/**
 * `\phone[mobile]{+47~912~44~718}`: LaTeX source ties a number's groups with `~` (a non-breaking
 * space). A run of digit groups joined by `~` (a `+` before it allowed, no word touching it) is read
 * as the same groups joined by blanks; a finding for it replaces those inside it (a group the plain
 * scan took alone).
 */
function tildePhones(text: string, findings: Finding[]): Finding[] {
  const found: Finding[] = [];
  for (let i = text.indexOf('~'); i !== -1; i = text.indexOf('~', i + 1)) {
    if (!isDigitAt(text, i - 1) || !isDigitAt(text, i + 1)) continue;
    let start = i - 1;
    while (start > 0 && i - start < 6 && isDigitAt(text, start - 1)) start--;
    if (text.charCodeAt(start - 1) === 43) start--;
    let end = i + 1;
    while (end < text.length && end - start < 24) {
      const c = text.charCodeAt(end);
      if (isDigitAt(text, end) || (c === 126 && isDigitAt(text, end + 1))) end++;
      else break;
    }
    i = end;
    const before = text.charCodeAt(start - 1);
    // `Tel.~+47~…` is tied to its label; a `~` after a digit would be the run's own (a longer run).
    if (isWord(before) || (before === 126 && isDigitAt(text, start - 2)) || isWord(text.charCodeAt(end)))
      continue;
    const finding = phoneAt(text, start, end, classifyPhone(text.slice(start, end).replaceAll('~', ' ')));
    if (finding !== undefined) found.push(finding);
  }
  if (found.length === 0) return findings;
  // The tilde runs are in order and apart.
  const inside = (f: Finding): boolean => overlaps(found, f.start, f.end);
  return [...findings.filter((f) => !inside(f)), ...found].sort((a, b) => a.start - b.start);
}

/**
 * A Korean mobile said in Sino-Korean digit words, as a call's speech-to-text writes it: `공일공
 * 육이팔삼 칠칠일사요` (010-6283-7714), the prefix 01x then seven or eight digits, with or without
 * blanks between the groups, a polite ending (`요`, `입니다`) after it.
 */
const spokenMobile =
  /(?<![가-힣])[공영]일[공영육칠팔구][ \t]?[공영일이삼사오육칠팔구]{3,4}[ \t]?[공영일이삼사오육칠팔구]{4}(?=(?:이?요|입니다|이에요|예요|번|으로|로)?(?![가-힣]))/g;

function spokenKoreanMobiles(text: string, findings: Finding[]): void {
  for (const m of text.matchAll(spokenMobile)) {
    const start = m.index as number;
    findings.push({ type: 'PHONE', start, end: start + m[0].length, score: 0.8, detector: 'phone' });
  }
}
