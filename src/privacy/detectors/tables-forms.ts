import { isSpace } from './scan.js';
import type { Cell } from './tables-cells.js';

/**
 * Key/value readers of forms and identity documents: printed forms' label rows and stacked labels,
 * machine-readable zones, AAMVA licence elements and fields, and DICOM dumps.
 */

/**
 * A form printed as text with its labels on one line, set wide apart, and their values on the next
 * (a W-2's box e: `e Employee's first name and initial   Last name   Suff.` ⏎ `  NAOMI R
 * ACHTERBERG`): the values in turn under the labels (box letters dropped), when a label names a
 * name and the values do not start under their labels (such columns are read as a table).
 */
export function labelRows(text: string, out: Cell[]): void {
  let done = -1;
  for (let at = text.indexOf('ame   '); at !== -1; at = text.indexOf('ame   ', at + 6)) {
    const from = text.lastIndexOf('\n', at) + 1;
    if (from <= done) continue;
    let to = text.indexOf('\n', at);
    if (to === -1) to = text.length;
    done = to;
    const labels = wideRuns(text, from, to, 3);
    if (labels.length < 4 || labels.length > 16) continue;
    const names: string[] = [];
    for (let k = 0; k < labels.length; k += 2) names.push(text.slice(labels[k], labels[k + 1]));
    if (!names.every((n) => formRowLabel.test(n)) || !names.some((n) => labelName.test(n))) continue;
    const next = to + 1;
    let end = text.indexOf('\n', next);
    if (end === -1) end = text.length;
    const values = wideRuns(text, next, end, 2);
    if (values.length === 0 || values.length > labels.length) continue;
    let underLabels = true;
    for (let k = 0; k < values.length && underLabels; k += 2)
      underLabels = (values[k] as number) - next === (labels[k] as number) - from;
    if (underLabels) continue;
    const cells: Cell[] = [];
    for (let k = 0; k < values.length; k += 2) {
      const value = text.slice(values[k], values[k + 1]);
      if (value.length > 60 || value.includes(':') || labelName.test(value)) break;
      const header = (names[k / 2] as string).replace(boxLetter, '');
      const start = values[k] as number;
      cells.push({ header, headers: [header], value, start, end: start + value.length, quoted: false });
    }
    if (cells.length === values.length / 2) out.push(...cells);
  }
}

/** A label of a form's line of labels: capitalised words, maybe after a box letter (`e Employee's first name`). */
const formRowLabel = /^(?:[a-z\d]{1,3} )?[A-Z][A-Za-z\u00c0-\u024f'’.,()/& -]{0,60}$/;
const labelName = /name/i;
/** A box's letter or number before its label on a tax form: `e `, `12a `. */
const boxLetter = /^[a-z\d]{1,3} (?=[A-Z])/;

/**
 * The runs of line `[from, to)` set apart by `gap` blanks or more, as `[start, end)` pairs (single
 * blanks inside a run: `Last name`).
 */
function wideRuns(text: string, from: number, to: number, gap: number): number[] {
  const runs: number[] = [];
  let p = from;
  while (p < to) {
    while (p < to && isSpace(text.charCodeAt(p))) p++;
    if (p === to) break;
    const s = p;
    let e = p;
    while (p < to) {
      let q = p;
      while (q < to && !isSpace(text.charCodeAt(q))) q++;
      e = q;
      let b = q;
      while (b < to && isSpace(text.charCodeAt(b))) b++;
      p = b;
      if (b - q >= gap || b === to) break;
    }
    runs.push(s, e);
  }
  return runs;
}

/**
 * Forms, ID documents and passports read by OCR put a label on a line of its own and the value on
 * the next: `Surname / Nom / Apellidos` ⏎ `WHITMORE`, `नाम / Name` ⏎ `RAJESH KUMAR SHARMA`, `Name:` ⏎
 * `Ana Lima`. A multilingual label is read by its first part in Latin letters.
 */
export function stackedLabels(text: string, out: Cell[]): void {
  // Only lines that end with `:` or hold ` / ` are labels: found by search, not line by line.
  const labelEnds = new Set<number>();
  // A form's label opens with a capital (`Full name:`); YAML keys (`metadata:`) rarely do.
  for (let at = text.indexOf(':\n'); at !== -1; at = text.indexOf(':\n', at + 2)) {
    let k = at;
    while (k > 0 && text.charCodeAt(k - 1) !== 10 && at - k < 42) k--;
    while (k < at && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 0xc0) labelEnds.add(at + 1);
  }
  for (let at = text.indexOf(' / '); at !== -1; at = text.indexOf(' / ', at + 3)) {
    const eol = text.indexOf('\n', at);
    if (eol === -1) break;
    labelEnds.add(eol);
    at = eol;
  }
  for (const eol of [...labelEnds].sort((a, b) => a - b)) {
    const line = text.slice(text.lastIndexOf('\n', eol - 1) + 1, eol).trim();
    if (line.length <= 2 || line.length >= 120 || !(stackedLabel.test(line) || colonLabel.test(line)))
      continue;
    const next = eol + 1;
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd === -1) nextEnd = text.length;
    const raw = text.slice(next, nextEnd);
    const value = raw.trim();
    // Not a YAML or code block under a key (`metadata:` ⏎ `  name: web`): a value of its own.
    if (value === '' || value.length > 80 || value.includes(': ') || value.endsWith(':')) continue;
    if (stackedLabel.test(value) || colonLabel.test(value)) continue;
    const header = (line.split(' / ').find((part) => /[A-Za-z]/.test(part)) ?? line).replace(/:$/, '').trim();
    const start = next + raw.indexOf(value);
    out.push({ header, headers: [header], value, start, end: start + value.length });
  }
}

const stackedLabel = /^[\p{L}][\p{L}\p{M}'’. ]{1,40}(?: \/ [\p{L}][\p{L}\p{M}'’. ]{1,40})+$/u;
const colonLabel = /^[\p{L}][\p{L}\p{M}'’. ]{1,40}:$/u;

/**
 * A passport's or an ID card's machine-readable zone (ICAO 9303): the holder's name
 * (`WHITMORE<<ELEANOR<GRACE`, from line 1 of a passport, line 3 of an ID card) and birth date (YYMMDD
 * on the line with the document number). Not the specimens printed in manuals (`MUSTERMANN`).
 */
export function machineReadableZone(text: string, out: Cell[]): void {
  for (const m of text.matchAll(mrzPassport)) mrzCells(m, 1, 2, out);
  for (const m of text.matchAll(mrzIdCard)) mrzCells(m, 2, 1, out);
}

function mrzCells(
  m: RegExpExecArray | RegExpMatchArray,
  nameGroup: number,
  dobGroup: number,
  out: Cell[],
): void {
  const name = (m[nameGroup] as string).replace(/<+$/, '');
  if (!name.includes('<<') || /MUSTERMANN|SPECIMEN|SAMPLE|MUSTER/.test(name)) return;
  const at = m.index as number;
  const cells: Cell[] = [];
  for (const [header, value] of [
    ['full_name', name],
    ['date_of_birth', m[dobGroup] as string],
  ] as const) {
    const start = at + m[0].indexOf(value, header === 'date_of_birth' ? m[0].indexOf('\n') : 0);
    cells.push({ header, headers: [header], value, start, end: start + value.length });
  }
  out.push(...cells.sort((a, b) => a.start - b.start));
}

const mrzPassport =
  /^P[A-Z<][A-Z<]{3}([A-Z<]{39})[ \t]*\r?\n[A-Z0-9<]{9}\d[A-Z<]{3}(\d{6})\d[MFX<]\d{7}[A-Z0-9<]{14}\d\d[ \t]*$/gm;
const mrzIdCard =
  /^[ACI][A-Z<][A-Z<]{3}[A-Z0-9<]{25}[ \t]*\r?\n(\d{6})\d[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d[ \t]*\r?\n([A-Z<]{30})[ \t]*$/gm;

/**
 * The PDF417 barcode of a US or Canadian driver licence, decoded (AAMVA): each element's id glued to
 * its value at a line's start — `DCS` family name, `DAC` first, `DAD` middle names, `DBB` birth date
 * (MMDDCCYY in the US).
 */
export function aamvaElements(text: string, out: Cell[]): void {
  for (const m of text.matchAll(aamvaElement)) {
    const header = aamvaHeaders[m[1] as string] as string;
    const value = (m[2] as string).trimEnd();
    if (value === '' || value === 'NONE' || value === 'unavl') continue;
    const start = (m.index as number) + 3;
    out.push({ header, headers: [header], value, start, end: start + value.length });
  }
}

const aamvaElement = /^(DCS|DAC|DAD|DCT|DBB)([^\r\n]{1,40})$/gm;
const aamvaHeaders: Readonly<Record<string, string>> = {
  DCS: 'last_name',
  DAC: 'first_name',
  DAD: 'middle_name',
  DCT: 'first_name',
  DBB: 'date_of_birth',
};

/**
 * The front of a US driver licence as OCR reads it (AAMVA field codes before the values): `LN
 * GARCIA-MOLINA`, `FN ROSA ELENA`, `DOB 03/14/1988`.
 */
export function licenceFields(text: string, out: Cell[]): void {
  for (const m of text.matchAll(licenceField)) {
    const header = m[1] === 'LN' ? 'last_name' : m[1] === 'FN' ? 'first_name' : 'date_of_birth';
    const value = m[2] as string;
    const start = (m.index as number) + m[0].length - value.length;
    out.push({ header, headers: [header], value, start, end: start + value.length });
  }
}

const licenceField = /^[ \t|]*(LN|FN|DOB) ([\p{Lu}\d][\p{Lu}\d'’ ./-]{0,40}?)(?=[ \t]{2,}|[ \t]*\r?$)/gmu;

/**
 * A DICOM header as dcmdump prints it: `(0010,0010) PN [BRENNAN^SIOBHAN]   #  16, 1 PatientName`,
 * the value between brackets and its keyword at the line's end. A person name (`PN`) is read as a
 * person's full name, its family, given and middle components (not a prefix: `Lindqvist^Ylva^^Dr`);
 * other values under their keyword (`PatientBirthDate`).
 */
export function dicomValues(text: string, out: Cell[]): void {
  for (const m of text.matchAll(dicomElement)) {
    const [, vr, value = '', keyword = ''] = m;
    const start = (m.index as number) + m[0].indexOf('[') + 1;
    if (vr === 'PN') {
      const [family = '', given = '', middle = ''] = value.split('^');
      if (family === '') continue;
      const kept = given === '' ? [family] : middle === '' ? [family, given] : [family, given, middle];
      const end = start + kept.join('^').length;
      out.push({
        header: 'person_full_name',
        headers: ['person_full_name'],
        value: text.slice(start, end),
        start,
        end,
      });
    } else if (value !== '')
      out.push({ header: keyword, headers: [keyword], value, start, end: start + value.length });
  }
}

export const dicomSign = /PN \[|DA \[/;
export const aamvaSign = /ANSI 6|\nDCS/;
const dicomElement =
  /^\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\) ([A-Z]{2}) \[([^\]\n]{0,200})\][ \t]*#[^\n]*?([A-Za-z][A-Za-z0-9]*)[ \t]*$/gm;
