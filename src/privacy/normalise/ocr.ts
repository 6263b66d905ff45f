import type { Edit } from './view.js';

/**
 * OCR confusions inside a labelled number: OCR reads a `0` as `O` and a `1` as `l`, `I` or `|`
 * (Tesseract on a business card: `Mobil: +43 664 l82 4O71`, `IBAN: AT8O 32OO OOOO l284 7263`). They
 * are read as digits only in the value after a label that says it is a phone number, an IBAN, an
 * SSN or a birth date, or after a phrase asking to call (`tried to contact you on O113 2O4 7781 and
 * 07946 5l8 223`: the values it lists), and only when most of the value's characters are digits
 * already; the detectors then check the value as any other (an IBAN's mod 97, an SSN's areas).
 */

/** A sign that `ocrEdits` could change a text: a confusable letter next to a digit. */
export const ocrSign = /[OlI|](?:(?=\d)|(?<=\d.))/g;

/** A label naming the value after its colon (`Home Phone:`, `Cel. No.:`, `Date of Birth (mm/dd/yyyy):`). */
const LABEL =
  /(?<!\p{L})(?:phone|mobile?|mobil|cell?|tel(?:ephone|efon|éfono|efone)?|handy|iban|ssn|social security (?:number|no\.?)|date of birth|birth ?date|d\.?o\.?b\.?|geburtsdatum)(?!\p{L})[^:\n]{0,30}:[ \t]*/giu;
/** A phrase giving what follows as a number to call: `contact you on`, `call us at`, `ring me on`. */
const CALL =
  /(?<!\p{L})(?:call|contact|reach|ring|text)(?:[ \t]+(?:us|me|you|him|her|them))?[ \t]+(?:on|at)[ \t]+/giu;
/** Another value listed after one: ` and `, ` or `, `, `. */
const LISTED = /[ \t]*(?:,|and|or)[ \t]+/y;
/** The value: an IBAN's country code maybe, then digits, confusable letters and the separators of numbers. */
const VALUE = /([A-Z]{2}(?=[\dOlI|]))?[\dOlI|+(][\dOlI| ()./-]{4,40}/y;
const CONFUSABLE = /[OlI|]/g;

/** The value's confusable letters as digits, where the value is mostly digits (see the module doc). */
export function ocrEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const label of text.matchAll(LABEL)) readValue(text, label.index + label[0].length, edits);
  for (const call of text.matchAll(CALL)) {
    let at = readValue(text, call.index + call[0].length, edits);
    for (let values = 1; at !== -1 && values < 4; values++) {
      LISTED.lastIndex = at;
      const listed = LISTED.exec(text);
      at = listed === null ? -1 : readValue(text, at + listed[0].length, edits);
    }
  }
  return edits;
}

/**
 * The edits of the value at `at` (see the module doc), pushed to `edits`; where the value ends, or
 * -1 when there is none there.
 */
function readValue(text: string, at: number, edits: Edit[]): number {
  VALUE.lastIndex = at;
  const m = VALUE.exec(text);
  if (m === null) return -1;
  // Groups after the last one holding a digit are words (`555 1234 lol`), no part of the number;
  // a group of letters only between two with digits is one (`AT8O 32OO OOOO l284`).
  const groups = m[0].split(/(?=[ \t])/);
  while (groups.length > 0 && !/\d/.test(groups.at(-1) as string)) groups.pop();
  const value = groups.join('');
  const digits = value.replace(/\D/g, '').length;
  const confused = value.replace(/[^OlI|]/g, '').length;
  if (digits <= confused || digits + confused < 8) return -1;
  // The country code of an IBAN keeps its letters.
  const country = m[1]?.length ?? 0;
  for (const c of value.matchAll(CONFUSABLE))
    if (c.index >= country)
      edits.push({ start: m.index + c.index, end: m.index + c.index + 1, value: c[0] === 'O' ? '0' : '1' });
  return m.index + value.length;
}
