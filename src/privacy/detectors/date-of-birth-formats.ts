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

/** GEDCOM: the `DATE` lines under an individual's `1 BIRT` event (deeper levels, until the next event). */
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
      }
      at = end + 1;
    }
  }
}
