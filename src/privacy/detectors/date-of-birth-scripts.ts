import type { Finding } from '../detector.js';
import { eraDate, eraValid, finding, valid, validMonthDay } from './date-of-birth-dates.js';
import { joined, labelled } from './date-of-birth-labels.js';
import { ScriptLines } from './scan.js';

/**
 * DATE_OF_BIRTH readers for birth dates in Thai (Buddhist-era years), Japanese eras, a Chinese CV's
 * year and month, and Korean digit words.
 */

/** Thai months, abbreviated (`มี.ค.`) and in full; years in the Buddhist era (2528 is 1985) or CE. */
const thaiMonths =
  'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(
    ' ',
  );
const thaiDate = new RegExp(
  `(?<!\\d)(\\d{1,2})[ \\t]*(${thaiMonths.map((m) => m.replaceAll('.', '\\.')).join('|')})[ \\t]*(?:พ\\.ศ\\.[ \\t]*)?(\\d{4})(?!\\d)`,
  'gu',
);

/** `14 มี.ค. 2528` after `เกิด` (born) or `วันเกิด`. */
export function thaiBirthDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(thaiDate)) {
    const month = thaiMonths.indexOf(m[2] as string) % 12;
    const y = Number(m[3]) > 2400 ? Number(m[3]) - 543 : Number(m[3]);
    const start = m.index as number;
    const end = start + m[0].length;
    if (valid(y, month + 1, Number(m[1])) && labelled(text, start, end)) out.push(finding([start, end], 0.8));
  }
}

/** The character every era date holds. */
const eraYear = /年/;

/** Era dates after `生年月日` or before `生` (`７月２２日生`, a licence's birth line). */
export function eraBirthDates(text: string, out: Finding[]): void {
  let prev = -1;
  // Searched on the lines holding a 年, which every match holds (none crosses a line): over a long
  // text with one line of Japanese, its four-digit branch was tried at every digit.
  for (const m of new ScriptLines(text, eraYear).matchAll(eraDate)) {
    const start = m.index as number;
    const end = start + m[0].length;
    // `昭和55年9月3日（1980年9月3日）`: the Western date after a labelled era date is labelled by the same word.
    const yes = eraValid(m) && ((prev !== -1 && joined(text, prev, start)) || labelled(text, start, end));
    if (yes) out.push(finding([start, end], 0.8));
    prev = yes ? end : -1;
  }
}

/**
 * `出生年月：1995.06`, `出生年月 1995年6月`: a Chinese CV's birth field asks for the year and month
 * only (出生年月, "year and month of birth"), so its value is a birth date without a day: four digits
 * and a month after `.`, `-`, `/` or `年`, right after the label (a colon and blanks between).
 */
const yearMonthBirth =
  /出生年月(?!日)[ \t　]*[：:]?[ \t　]*(\d{4})(?:[.\-/]|[ \t]?年[ \t]?)(\d{1,2})(?:[ \t]?月)?(?![\d.\-/年]?\d)/g;

export function yearMonthBirthDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(yearMonthBirth)) {
    if (!valid(Number(m[1]), Number(m[2]), 1)) continue;
    const end = (m.index as number) + m[0].length;
    out.push(finding([end - m[0].length + m[0].indexOf(m[1] as string), end], 0.85));
  }
}

/** Sino-Korean digit words (`팔칠공삼일오`, 870315) said for the six or eight digits of a birth date. */
const koreanDigits = '공영일이삼사오육칠팔구';
const spokenKorean =
  /(?<![가-힣])[공영일이삼사오육칠팔구]{6}(?:[공영일이삼사오육칠팔구]{2})?(?=(?:이?요|입니다|이에요|예요)?(?![가-힣]))/g;

export function koreanBirthDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(spokenKorean)) {
    const d = [...m[0]].map((c) => Math.max(0, koreanDigits.indexOf(c) - 1)).join('');
    const ok =
      d.length === 6
        ? validMonthDay(Number(d.slice(2, 4)), Number(d.slice(4)))
        : valid(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6)));
    const start = m.index as number;
    if (ok && labelled(text, start, start + m[0].length))
      out.push(finding([start, start + m[0].length], 0.8));
  }
}
