import type { Finding } from '../detector.js';
import { isBirthHeader } from './date-of-birth-cues.js';
import { datesIn, finding } from './date-of-birth-dates.js';
import { monthOf } from './date-of-birth-months.js';

/**
 * DATE_OF_BIRTH readers for formats that name a birth date their own way: airline bookings (`CHD/`,
 * `SSR DOCS`), DICOM data sets as pydicom prints them, and GEDCOM's `BIRT` events.
 */

/**
 * Airline bookings give a child's birth date after `CHD/` in its name element and in `SSR CHLD`,
 * and every passenger's in `SSR DOCS` (`P/FRA/14KF83201/FRA/23JUL81/F/14JUL29/MARTIN/CLAIRE`, after
 * the document's country, number and nationality), as `DDMONYY`.
 */
export function airlineBirthDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(airlineDate)) {
    const date = (m[1] ?? m[2] ?? m[3]) as string;
    const start = (m.index as number) + m[0].lastIndexOf(date);
    if (monthOf(date.slice(2, 5)) !== undefined) out.push(finding([start, start + date.length], 0.9));
  }
}

const airlineDate =
  /\(CHD\/(\d{2}[A-Z]{3}\d{2})\)|SSR CHLD [A-Z0-9]{2} [A-Z]{2}\d (\d{2}[A-Z]{3}\d{2})|SSR DOCS [A-Z0-9]{2} [A-Z]{2}\d [A-Z]{0,2}\/[A-Z]{3}\/[^/\n]*\/[A-Z]{3}\/(\d{2}[A-Z]{3}\d{2})\//g;

/**
 * A DICOM data set as pydicom prints it: the tag, the element's name, its VR and the quoted value,
 * `(0010, 0030) Patient's Birth Date                DA: '19770921'`. The value of a birth element.
 */
export function pydicomDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(pydicomElement)) {
    if (!isBirthHeader(m[1] as string)) continue;
    const from = (m.index as number) + m[0].length - (m[2] as string).length - 1;
    for (const span of datesIn(text, from, from + (m[2] as string).length)) out.push(finding(span, 0.9));
  }
}

const pydicomElement =
  /^[ \t]*\([0-9A-Fa-f]{4},[ \t]?[0-9A-Fa-f]{4}\)[ \t]+([^\n]{1,64}?)[ \t]+DA:[ \t]'([^'\n]{4,26})'/gm;

/**
 * GEDCOM: the `DATE` lines under an individual's `1 BIRT` event (deeper levels, until the next
 * event), and a GEDCOM 7 `PHRASE` giving that date as written (`3 PHRASE le dix-sept janvier mil
 * neuf cent deux`: see `phraseDate`).
 */
const gedcomBirth = /^[ \t]*(\d)[ \t]+BIRT[ \t]*\r?$/gm;
const gedcomLine = /^[ \t]*(\d)[ \t]+([A-Z_]+)[ \t]?(.*)$/;

export function gedcomBirthDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(gedcomBirth)) {
    let at = (m.index as number) + m[0].length + 1;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const line = gedcomLine.exec(text.slice(at, end));
      if (line === null || Number(line[1]) <= Number(m[1])) break;
      if (line[2] === 'DATE') {
        const from = end - (line[3] as string).length;
        for (const span of datesIn(text, from, end)) out.push(finding(span, 0.9));
      } else if (line[2] === 'PHRASE') {
        const span = phraseDate(text, end - (line[3] as string).length, end);
        if (span !== undefined) out.push(finding(span, 0.85));
      }
      at = end + 1;
    }
  }
}

/**
 * An EU driving licence (Directive 2006/126/EC) numbers its fields: 1 the surname, 2 the given names,
 * 3 the date and place of birth, 4a and 4b the issue and expiry dates. Under a licence's title, with
 * a `4a`/`4b` line after it, the date opening field 3 is the birth date (`3. 08.11.1962 HANNOVER`).
 */
const licenceTitle =
  /F[ÜU]HRERSCHEIN|DRIVING[ \t]+LICEN[CS]E|PERMIS[ \t]+DE[ \t]+CONDU(?:IRE|CERE)|PATENTE[ \t]+DI[ \t]+GUIDA|PERMISO[ \t]+DE[ \t]+CONDUCCI[ÓO]N|RIJBEWIJS|PRAWO[ \t]+JAZDY|CARTA[ \t]+DE[ \t]+CONDU[ÇC][ÃA]O|K[ÖO]RKORT|K[ØO]REKORT|AJOKORTTI|[ŘR]IDI[ČC]SK[ÝY][ \t]+PR[ŮU]KAZ|JOGOS[ÍI]TV[ÁA]NY/i;
const issueField = /\n[ \t]*4[ab]\.?[ \t]/;
const licenceField = /^[ \t]*3\.?[ \t]+(\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\d./-])/gm;

export function licenceBirthDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(licenceField)) {
    const start = (m.index as number) + m[0].length - (m[1] as string).length;
    if (!licenceTitle.test(text.slice(Math.max(0, start - 400), start))) continue;
    if (!issueField.test(text.slice(start, start + 200))) continue;
    for (const span of datesIn(text, start, start + (m[1] as string).length)) out.push(finding(span, 0.85));
  }
}

/**
 * A date written in words, French or English (`le dix-sept janvier mil neuf cent deux`, `the first of
 * May 1902`): a month's name and only numbers, in words or digits, around it. Its span leaves out a
 * leading article; a phrase saying anything else (`Easter 1902`, `about 1900`) is none.
 */
export function phraseDate(text: string, from: number, to: number): [number, number] | undefined {
  const value = text.slice(from, to);
  const article = /^[ \t]*(?:(?:le|la|the|on)[ \t]+)?/i.exec(value)?.[0].length ?? 0;
  const phrase = value.slice(article).trimEnd();
  const words = phrase.split(/[ \t]+/);
  let month = false;
  for (const w of words) {
    if (monthOf(w) !== undefined && !numberParts.test(w)) month = true;
    else if (!w.split('-').every((part) => numberParts.test(part))) return undefined;
  }
  if (!month || words.length < 3) return undefined;
  return [from + article, from + article + phrase.length];
}

const numberParts =
  /^(?:\d{1,4}(?:er|e|st|nd|rd|th)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|et|cents?|mil|mille|premier|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen(?:th)?|twenty|thirty|twentieth|thirtieth|hundred|and|of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/i;
