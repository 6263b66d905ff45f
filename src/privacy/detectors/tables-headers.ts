import { foldUnsplit, unsplit } from './names.js';

/**
 * Header normalisation shared by the table readers and the detectors: `normalizeHeader`.
 */

/**
 * A name column's header that offers an initial instead or besides: `First name or initial` (HMRC's
 * Gift Aid schedule), `first name and initial` (a W-2's box e) and `first name and middle initial`
 * (a 1040, a W-4) are `first_name`.
 */
const orInitial = /(?<=name)_(?:or|and)_(?:middle_)?initials?_?$/;

/** A column of a name's reading, written in kana: `given_kana`, `last_name_furigana`. */
const nameReading = /^(first|last|given|family)(?:_name)?_(?:kana|furigana|yomi)$/;

/** Lower case, accents stripped, separators as `_`: `Date de naissance` → `date_de_naissance`. */
export function normalizeHeader(header: string): string {
  const known = normalized.get(header);
  if (known !== undefined) return known;
  if (normalized.size > 10_000) normalized.clear(); // headers repeat per cell: memoised, bounded
  const normal = header
    // `r.nome`, `row.first_name`, `self.email` (a loop variable's or an object's field): the field.
    .replace(fieldOwner, '')
    // `RECIPIENT'S name` (IRS forms): the possessive is no word of the name.
    .replace(/['’]s\b/gi, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(unsplit, foldUnsplit)
    .replace(/[^a-z0-9]+/g, '_')
    // `First name or initial` (HMRC's Gift Aid schedule), `Middle name or initials`: the name's column.
    .replace(orInitial, '')
    // `family_kana`, `first_name_kana` (a Japanese form's reading of the name in katakana): the name's column.
    .replace(nameReading, '$1_name');
  normalized.set(header, normal.replace(/^_|_$/g, ''));
  return normalized.get(header) as string;
}

const normalized = new Map<string, string>();
const fieldOwner = /^(?:r|row|rec|record|x|item|obj|o|p|c|u|e|self|this|data|df)\./;
