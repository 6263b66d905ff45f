import type { Finding } from '../detector.js';
import { contextWords } from './context.js';
import { phoneAt } from './phone-candidates.js';
import { inContext } from './phone-context.js';
import { classifyPhone, international, isDigitAt, significant } from './phone-shapes.js';
import { blockAround, isWord, labelHas } from './scan.js';

/**
 * PHONE readers besides the candidates: a number cut short, WhatsApp links, a number given as a phone
 * elsewhere in the text, LaTeX's tied groups and Korean mobiles said in digit words.
 */

/**
 * `tel. +48 691 228 407 …, jej numer ma tylko 11 znaków: "+4869122840"`: a number cut short (see
 * `cutShort`) is still most of one when a phone found in the text starts with its digits, or when a
 * phone word labels it. Added to `findings` in place, in order.
 */
export function truncatedNumbers(text: string, findings: Finding[], shortened: readonly Finding[]): void {
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
export function whatsappLinks(text: string, findings: Finding[]): void {
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
export function repeatedNumbers(text: string, findings: Finding[], unlabelled: readonly Finding[]): void {
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
export function tildePhones(text: string, findings: Finding[]): Finding[] {
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

export function spokenKoreanMobiles(text: string, findings: Finding[]): void {
  for (const m of text.matchAll(spokenMobile)) {
    const start = m.index as number;
    findings.push({ type: 'PHONE', start, end: start + m[0].length, score: 0.8, detector: 'phone' });
  }
}

/**
 * `0571-8702 2093 转 816`: Chinese writes an extension after the number with `转` (transfer to),
 * `分机` or `内线` (extension, internal line), and it is part of the number's span; so is an `x`
 * and its digits after a blank, as Faker's en_US and en_CA numbers write it (`308-714-0276 x42694`;
 * glued to the number, `…-2279x8830`, the candidate takes it). Not `x` before a power or a unit
 * (`ANC 0.8 x10^9/L`), nor the words other languages write (`ext. 12`, `poste 3`, `ramal 3`): the
 * hold-outs keep those out of the number. Where the span ends with the extension, or `end` when
 * none follows.
 */
const extension = /[ \t]?(?:转|轉|分机|分機|内线|內線)[ \t]?\d{1,6}(?!\d)|[ \t]x\d{1,6}(?![\w^]|[.,:/-]\d)/y;

export function extensionEnd(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 9 && c < 0x4e00) return end;
  extension.lastIndex = end;
  const m = extension.exec(text);
  return m === null ? end : end + m[0].length;
}

/**
 * `陈浩（13967120934）`: a Chinese mobile (eleven digits, 13–19) written whole and set off in
 * full-width brackets, as Chinese prose attaches a number to a person's name.
 */
export function bracketedCjkMobile(text: string, start: number, end: number): boolean {
  const open = fullWidthOpen.indexOf(text[start - 1] ?? '');
  return (
    open !== -1 &&
    text[end] === fullWidthClose[open] &&
    end - start === 11 &&
    /^1[3-9]\d{9}$/.test(text.slice(start, end))
  );
}

const fullWidthOpen = ['（', '【', '〔', '「'];
const fullWidthClose = ['）', '】', '〕', '」'];

/**
 * `3. 赵敏 13910284473` in a sign-up chain (`#接龙`) whose other entries give their mobiles grouped
 * (`1. 王晓雯 138 2749 1836`): a Chinese mobile written whole (eleven digits, 13–19) after a name in
 * a numbered list entry (a number, a name in Han, the mobile) is a phone when another line of its
 * block (the lines between blank ones) has a Chinese mobile found, or a phone word
 * (`报名请留手机号`) stands above it in the block. Bare eleven digits elsewhere are as often an order
 * number or a QQ id. Taken from the `unlabelled` candidates, added to `findings` in place, in order.
 */
export function listedChineseMobiles(
  text: string,
  findings: Finding[],
  unlabelled: readonly Finding[],
): void {
  let added = false;
  for (const f of unlabelled) {
    if (f.end - f.start !== 11 || !chineseMobile.test(text.slice(f.start, f.end))) continue;
    const lineStart = text.lastIndexOf('\n', f.start) + 1;
    if (!listEntry.test(text.slice(lineStart, f.start)) || overlaps(findings, f.start, f.end)) continue;
    let lineEnd = text.indexOf('\n', f.end);
    if (lineEnd === -1) lineEnd = text.length;
    const [from, to] = blockAround(text, lineStart, lineEnd, 2000);
    const sibling = findings.some(
      (g) =>
        g.start >= from &&
        g.end <= to &&
        (g.end <= lineStart || g.start >= lineEnd) &&
        chineseMobile.test(significant(text.slice(g.start, g.end))),
    );
    if (sibling || cjkPhoneWord.test(text.slice(from, lineStart))) {
      findings.push(f);
      added = true;
    }
  }
  if (added) findings.sort((a, b) => a.start - b.start);
}

const chineseMobile = /^1[3-9]\d{9}$/;
/**
 * A numbered list entry's head: its number (`3.`, `3、`), then a name of two to six Han characters
 * (`·` parts minority names), not a word ending in 号 or 码 (`订单号`, `编码`: a number's or a code's label).
 */
const listEntry =
  /^[ \t]*\d{1,3}[.、)．）]?[ \t]*\p{sc=Han}[\p{sc=Han}·]{0,4}\p{sc=Han}(?<![号码])[ \t]*[:：]?[ \t]*$/u;
const cjkPhoneWord = /手机|手機|电话|電話|联系方式|聯絡方式/;

/**
 * `1-800-FIX-ROOF`, `(888) GO-FEDEX`: a US toll-free number spelled in the letters of the keypad, a
 * vanity number, flagged as written. Its seven (or eight, the last one spare) keys are capitals with
 * at most two digits among them, four letters at least: a code after `800-` is digits (`800-ABC1234`,
 * a part's), and `1-800-Flowers.com` is a company's name.
 */
export function vanityNumbers(text: string, findings: Finding[]): void {
  const found: Finding[] = [];
  for (const m of text.matchAll(vanity)) {
    const keys = (m[1] as string).replace(/[.-]/g, '');
    const word = keys.replace(/\d/g, '');
    const letters = word.length;
    if (keys.length < 7 || keys.length > 8 || letters < 4 || keys.length - letters > 2) continue;
    // `1-800-XXX-XXXX`, `800-NNN-NNNN`: a mask or a format's placeholder, one letter repeated.
    if (/^([A-Z])\1+$/.test(word)) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    if (!overlaps(findings, start, end))
      found.push({ type: 'PHONE', start, end, score: 0.75, detector: 'phone' });
  }
  if (found.length === 0) return;
  findings.push(...found);
  findings.sort((a, b) => a.start - b.start);
}

const vanity =
  /(?<![\w+./-])(?:\+?1[ .-])?(?:\(8(?:00|33|44|55|66|77|88)\) ?|8(?:00|33|44|55|66|77|88)[.-])([A-Z0-9]{1,8}(?:[.-][A-Z0-9]{1,8}){0,3})(?![\w-]|\.[A-Za-z])/g;
