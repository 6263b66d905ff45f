import type { Finding } from '../detector.js';
import { isRoleWord, isServiceMailbox, surnameShaped } from './name-cues.js';
import { commonGivenNames, companyMarks, givenNames, nameKey, notNames, surnames } from './names.js';
import { displayName } from './person-prose.js';
import { listedKey, noNameWord, particles, personAt } from './person-words.js';
import { matchAt, sticky } from './scan.js';

/**
 * PERSON readers for names written family name first, a comma, then the given names: in capitals
 * (`HARTLEY, JAMES R`), in a mail or chat header (`From: Yilmaz, Derya`), before an address
 * (`Volkonsky, Dmitri <…>`), with a Dutch particle last (`Groot, Pieter de`), and as a grid's row label.
 */

/** `Dela Cruz, Joshua Miguel`: family names, a comma, given names (two words each at most, then three). */
const lastCommaFirst =
  /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2}, (\p{Lu}[\p{L}\p{M}'’-]+)(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;

/**
 * A row label in a grid's first column without a header (a gradebook copied from the screen:
 * `⇥Unit 2 Quiz⇥…` over `Bautista, Andrea⇥18⇥27`) is a person's when written "Family, Given" with a
 * listed given name after the comma (`Springfield, Illinois` has none).
 */
export function rowLabelName(value: string): boolean {
  const m = lastCommaFirst.exec(value);
  if (m === null || !givenNames.has(nameKey(m[1] as string))) return false;
  return !value.split(/,? /).some((w) => companyMarks.has(nameKey(w)) || notNames.has(nameKey(w)));
}

/**
 * `HARTLEY, JAMES R`, `ECHEVERRIA, CARMEN`: a family name, a comma and a given name in capitals, as
 * deeds, court captions and payroll files write owners and parties. The given name must be listed,
 * or a middle initial follow it (a shape no company or place has).
 */
const capsInvertedName = sticky(
  /(?<![\p{L}\p{N}&])((?:(?:VAN|VON|DE|DEL|DELA|DELLA|DER|DEN|DA|DI|DU|LA|LE|DOS|DAS|AL|EL) ){0,2}\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:[-'’ ]\p{Lu}{2,})?), ((?:M[ªᵃ] )?\p{Lu}{2,}(?:-\p{Lu}{2,})?(?: \p{Lu}{3,}(?:-\p{Lu}{2,})?)?)(?: (\p{Lu})\.?)?(?![\p{L}\p{N}]|\.\p{L}|,? \p{Lu}{2,})/gu,
);

/** `RODRÍGUEZ, Lucía Belén`, `QUISPE MAMANI, Rosa Elena`: the family name in capitals, the given names not (Latin American registries). */
const capsThenTitled = sticky(
  /(?<![\p{L}\p{N}&])((?:(?:VAN|VON|DE|DEL|DELA|DELLA|DER|DEN|DA|DI|DU|LA|LE|DOS|DAS|AL|EL) ){0,2}\p{Lu}{2,}(?:[-'’ ]\p{Lu}{2,})?), (\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu,
);

export function capsInverted(text: string, out: Finding[]): void {
  let next = 0;
  for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 2)) {
    if (!isCapsPart(text.charCodeAt(comma - 1)) || !isCapsPart(text.charCodeAt(comma + 2))) continue;
    // The family name's possible starts: back over its capitals, and over up to two more words of
    // them (`VAN DER HOEVEN`), tried from the longest.
    const starts: number[] = [];
    let k = comma - 1;
    for (let words = 0; words < 3; words++) {
      while (k > 0 && isCapsPart(text.charCodeAt(k - 1))) k--;
      // (`('ÁLVAREZ-QUINTERO, …`: an opening quote is no apostrophe of the name.)
      while (k < comma && !isCapsLetter(text.charCodeAt(k))) k++;
      if (k < next || starts.includes(k)) break;
      starts.unshift(k);
      if (text.charCodeAt(k - 1) !== 32 || !isCapsPart(text.charCodeAt(k - 2))) break;
      k--;
    }
    let m: RegExpExecArray | null = null;
    let titledGiven = false;
    for (const start of starts) {
      m = matchAt(capsInvertedName, text, start);
      if (m === null) {
        m = matchAt(capsThenTitled, text, start);
        titledGiven = m !== null;
      }
      if (m !== null) break;
    }
    if (m === null) continue;
    next = m.index + m[0].length;
    // (`Mª PILAR`: María, shortened with a superscript, before the given name.)
    const givens = (m[2] as string)
      .replace(/^M[ªᵃ] /, '')
      .split(/[- ]/)
      .map(nameKey);
    const given = givens[0] as string;
    // Listed, or followed by a middle initial (`HARTLEY, JAMES R`).
    if (!givenNames.has(given) && m[3] === undefined) continue;
    const families = (m[1] as string).split(/[-'’ ]/).map(nameKey);
    // `our EA, Linda Park`: an abbreviation before a name in title case is no family name.
    if (
      titledGiven &&
      families.length === 1 &&
      (m[1] as string).length < 3 &&
      !surnames.has(families[0] as string)
    )
      continue;
    const keys = [...families, ...givens];
    if (keys.some(noNameWord) || givenBeforeComma(families, givens)) continue;
    // As sure as a name column's cell, so that the whole name wins over its family part.
    out.push(personAt(m.index, next, 0.85));
  }
}

/**
 * Whether the words before the comma read as given names rather than a family name: `PARIS, FRANCE`
 * (a place), `EMMA, OLIVIA` (a list) hold a commonly given name there. A listed family name beside
 * it first makes it the second half of a compound family name (`GARCÍA LUNA, MARTINA`).
 */
function givenBeforeComma(families: readonly string[], givens: readonly string[]): boolean {
  const given = (k: string): boolean => commonGivenNames.has(k) && !givens.includes(k);
  if (!families.some(given)) return false;
  const first = families[0] as string;
  const compound =
    families.length > 1 &&
    surnames.has(first) &&
    !given(first) &&
    !particles.has(first) &&
    !noNameWord(first);
  return !compound;
}

/** A capital letter (ASCII or Latin-1) or a hyphen or apostrophe inside a family name in capitals. */
const isCapsPart = (c: number): boolean => isCapsLetter(c) || c === 45 || c === 39 || c === 0x2019;
const isCapsLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/**
 * `Müller, Stefan` as a chat message's sender after its time stamp (`[12.03.2024 14:05] Müller,
 * Stefan (IT-Service)`) or in a mail header (`From: Yilmaz, Derya <…>`): directories and Teams
 * show people family name first. One of the two must be a listed name or the family name have a
 * family name's shape; the span is both words and the comma.
 */
const invertedHeader =
  /(?:\[[^\]\r\n]{4,40}\][ \t]?|(?:From|To|Cc|Von|An|De|À|Para|Van|Aan|Da|A|Från|Till):[ \t]?)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[(<;]|$))|(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[ \t]+\d{1,2}:\d{2}(?:[ \t]|$))/muy;

export function invertedHeaderNames(text: string, out: Finding[]): void {
  // Tried only at line starts opening with `[` or an upper-case letter (a header key), and, where the
  // text has no `] ` or `: ` (a time stamp's or a header key's), only at those with a `, ` close by.
  const commasOnly = !text.includes('] ') && !text.includes(': ');
  for (let at = 0; at !== -1 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    if (commasOnly) {
      const comma = text.indexOf(', ', at);
      if (comma === -1) return;
      at = text.lastIndexOf('\n', comma) + 1;
      if (comma - at > 40) {
        at = comma;
        continue;
      }
    }
    const c = text.charCodeAt(at);
    if (c !== 91 && !(c >= 65 && c <= 90) && c !== 0xc0) continue;
    invertedHeader.lastIndex = at;
    const m = invertedHeader.exec(text);
    if (m === null) continue;
    // Or a chat message's sender before its time (Teams: `Rodríguez Salinas, Andrea 10:42 a. m.`).
    const familyName = (m[1] ?? m[3]) as string;
    const givenName = (m[2] ?? m[4]) as string;
    const families = familyName.split(/[- ]/).map(nameKey);
    const givens = givenName.split(' ').map(nameKey);
    if ([...families, ...givens].some((k) => notNames.has(k) || companyMarks.has(k))) continue;
    const listed = givens.some((k) => givenNames.has(k)) || families.some((k) => surnames.has(k));
    if (!listed && !surnameShaped(familyName.split(/[- ]/)[0] as string)) continue;
    const end = m.index + m[0].length;
    out.push({
      type: 'PERSON',
      start: end - familyName.length - 2 - givenName.length,
      end,
      // Above a listed given name's prose score: the whole `Last, First` wins over its given part.
      score: 0.9,
      detector: 'person',
    });
  }
}

/**
 * `Volkonsky, Dmitri <d.volkonsky@yandex.ru>`, `…; Te Whata, Aroha <aroha@…>`: a display name family
 * name first right before an address in angle brackets, anywhere on a line (a Cc list, a quoted
 * label in code), not only after a header key. The same evidence as there: one listed word or a
 * family name's shape, no word that is no name or a role's, and no service mailbox.
 */
export function invertedDisplayNames(text: string, out: Finding[]): void {
  for (let at = text.indexOf(' <'); at !== -1; at = text.indexOf(' <', at + 2)) {
    displayName.lastIndex = at + 1;
    const address = displayName.exec(text);
    if (address === null || isServiceMailbox(address[1] as string)) continue;
    // (`"\"Ferreira Gomes, Mariana\" <…>"`: the display name quoted, the quotes escaped in JSON.)
    const quote = text.endsWith('\\"', at) ? 2 : text.charCodeAt(at - 1) === 34 ? 1 : 0;
    const m = invertedBefore.exec(text.slice(Math.max(0, at - 60), at - quote));
    if (m === null) continue;
    const familyName = m[1] as string;
    const givenName = m[2] as string;
    const families = familyName.split(/[- ]/).map(nameKey);
    const givens = givenName.split(' ').map(nameKey);
    const words = [...families, ...givens];
    if (words.some((k) => notNames.has(k) || companyMarks.has(k) || isRoleWord(k))) continue;
    const listed = givens.some((k) => givenNames.has(k)) || families.some((k) => surnames.has(k));
    if (!listed && !surnameShaped(familyName.split(/[- ]/).pop() as string)) continue;
    out.push({
      type: 'PERSON',
      start: at - quote - m[0].length,
      end: at - quote,
      score: 0.9,
      detector: 'person',
    });
  }
}

/** `Te Whata, Aroha` at the end of the text before an address: family name (with a particle), comma, given name. */
const invertedBefore =
  /(?<![\p{L}\p{M}.-])(?<!\p{L}['’])((?:(?:Te|De|Da|Di|Du|Le|La|Van|Von|Del|Dos|Das|Al|El|Mac|Ní|Ó) )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/**
 * `Groot, Pieter de`, `Berg, Jan van den` (Dutch registers and sorted lists): the family name, a
 * comma, a listed given name and the family name's particle last. Nothing capitalised may follow
 * (`Jansen, Pieter de Vries` lists two people).
 */
export function particleLastNames(text: string, out: Finding[]): void {
  for (let at = text.indexOf(', '); at !== -1; at = text.indexOf(', ', at + 2)) {
    // (Only where a capital follows the comma: the cheap test before the slices and the regexes.)
    const c = text.charCodeAt(at + 2);
    if (!(c >= 65 && c <= 90) && c < 0xc0) continue;
    const after = particleLast.exec(text.slice(at + 2, at + 60));
    if (after === null) continue;
    const before = familyBeforeComma.exec(text.slice(Math.max(0, at - 40), at));
    if (before === null) continue;
    let family = before[1] as string;
    // (The word before is part of the family name only when it is a listed one: not `Dear Saavedra`.)
    const space = family.indexOf(' ');
    if (space !== -1 && !surnames.has(nameKey(family.slice(0, space)))) family = family.slice(space + 1);
    const givens = (after[1] as string).split(' ').map(nameKey);
    if (!givens.every((k) => givenNames.has(k))) continue;
    const familyWords = family.split(' ');
    if (familyWords.some((w) => notNames.has(nameKey(w)) || companyMarks.has(nameKey(w)))) continue;
    if (!familyWords.every((w) => surnames.has(nameKey(w)) || surnameShaped(w))) continue;
    out.push({
      type: 'PERSON',
      start: at - family.length,
      end: at + 2 + after[0].length,
      score: 0.9,
      detector: 'person',
    });
  }
}

const particleLast =
  /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:van der|van den|van de|van 't|van|von|de la|de|der|den|ter|ten|te)(?![\p{L}\p{M}])(?![ \t]+\p{Lu})/u;
// (`Cervantes Saavedra, Miguel de`: a Spanish family name of two words.)
const familyBeforeComma =
  /(?<![\p{L}\p{M}.-])(?<!\p{L}['’])((?:\p{Lu}\p{Ll}+ (?=\p{Lu}\p{Ll}+$))?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

/**
 * `19580312-4471 Lindqvist Bergström, Eva Marianne`, `| Thibodeaux, Marcel J |`, `Hollis, Marcus
 * (1099)`, `  3 MacDonald, Isla   12 Halifax …`: "Family, Given" alone in its cell of a record, a
 * printed form or a report's column — at a line's start, after an id number, a place in a meet's
 * results, a `|`, a tab or a wide gap, and up to the line's end, a bracket,
 * a `|` or a wide gap. Its first given name listed and no state's (`Savannah, Georgia` is a town),
 * its family names listed or shaped like one, no word that is no name.
 */
export function cellInvertedNames(text: string, out: Finding[]): void {
  for (const [from, lineEnd] of invertedLines(text)) {
    const line = text.slice(from, lineEnd);
    for (const m of line.matchAll(cellInverted)) {
      const family = m[1] as string;
      // (`Haddad, Karim Mr`: a hotel's list puts the title last; it is no part of the name.)
      const given = (m[2] as string).replace(trailingTitle, '');
      if (!invertedName(family, given)) continue;
      const start = from + (m.index as number) + m[0].indexOf(family);
      out.push(personAt(start, start + family.length + 2 + given.length, 0.9));
    }
  }
}

/**
 * The lines (start and end) that hold `, ` before a capital, as `Family, Given` writes it, each once
 * and only when it is a record's length (300 characters at most).
 */
function* invertedLines(text: string): Generator<[number, number]> {
  let lineEnd = -1;
  for (let at = text.indexOf(', '); at !== -1; at = text.indexOf(', ', at + 2)) {
    const c = text.charCodeAt(at + 2);
    if ((!(c >= 65 && c <= 90) && !(c >= 0xc0 && c <= 0xde)) || at <= lineEnd) continue;
    const from = text.lastIndexOf('\n', at) + 1;
    lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - from <= 300) yield [from, lineEnd];
  }
}

/**
 * What a `Family, Given` value needs to be a person's: its first given name listed and no state's
 * (`Savannah, Georgia` is a town), no word that is no name, and its family names listed or shaped like
 * one, unless it ends in a middle initial (`initialled`).
 */
function invertedName(family: string, given: string, initialled = false): boolean {
  const families = family.split(/[- ]/).map(nameKey);
  const givens = given.split(/[- ]/).map(nameKey);
  // (`Nguyen, Kim-Anh`: a hyphenated given name is listed when one of its halves is.)
  const first = (given.split(' ')[0] as string).split('-').map(nameKey);
  if (!first.some((k) => givenNames.has(k)) || givenPlaces.has(givens[0] as string)) return false;
  if ([...families, ...givens].some(noNameWord)) return false;
  if (initialled) return true;
  const words = family.split(/[- ]/);
  return families.every((k, i) => listedKey(k) || surnameShaped(words[i] as string));
}

/** A family name's word: `Tremblay`, `Lindqvist-Berg`, `MacDonald`, `McKay`, `O'Neill`. */
const familyWord = String.raw`(?:Ma?c|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// A meet or race result opens its rows with a place or a rank (`  1 Tremblay, Élodie   12 …`).
const cellInverted = new RegExp(
  String.raw`(?:^[ \t]*|\t|\|[ \t]*|[ \t]{2,}|[ \t][—–][ \t]+|^[\d-]{6,}[ \t]+|^[ \t]*\d{1,3}\.?[ \t]+)(${familyWord}(?: ${familyWord})?), (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+){0,2}(?: \p{Lu}\.?)?)(?=[ \t]*$|[ \t]*\(|[ \t]{2,}|[ \t]*\||\t|[ \t]+[—–][ \t])`,
  'gu',
);

const trailingTitle = / (?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mstr)\.?$/;

/** Given names that are states and countries as well, after a town and a comma (`Savannah, Georgia`). */
const givenPlaces: ReadonlySet<string> = new Set(
  'georgia virginia carolina dakota montana indiana florida nevada india jordan chad israel kenya'.split(' '),
);

/**
 * `'Acosta, Florencia B.'`, `"Paz, Nicolas E."` (a register's value in a Python repr, a JSON string):
 * "Family, Given" and maybe a middle initial, the whole of a quoted string. The same evidence as a
 * cell's: the first given name listed and no state's, the family names listed or shaped like one (or
 * a middle initial after the given names), no word that is no name.
 */
export function quotedInvertedNames(text: string, out: Finding[]): void {
  let next = 0;
  for (let at = text.indexOf(', '); at !== -1; at = text.indexOf(', ', at + 2)) {
    const c = text.charCodeAt(at + 2);
    if ((!(c >= 65 && c <= 90) && !(c >= 0xc0 && c <= 0xde)) || at < next) continue;
    // The opening quote: before the family name's one or two words.
    let q = at - 1;
    while (q > 0 && at - q <= 40 && text.charCodeAt(q) !== 39 && text.charCodeAt(q) !== 34) q--;
    const m = matchAt(quotedInverted, text, q);
    if (m === null) continue;
    next = m.index + m[0].length;
    // (A middle initial after the given names is a shape no place or firm has: `Paz, Nicolas E.`.)
    if (!invertedName(m[2] as string, m[3] as string, (m[3] as string).endsWith('.'))) continue;
    out.push(personAt(m.index + 1, next - 1, 0.9));
  }
}

const quotedInverted = sticky(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}\\])(['"])(${familyWord}(?: ${familyWord})?), (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+){0,2}(?: \p{Lu}\.)?)\1(?![\p{L}\p{N}])`,
    'gu',
  ),
);

/**
 * `| von der Heide, Annegret`, `  de la Cruz, Maria` (a cell's value, opened and closed as a cell's
 * in `cellInvertedNames`): a family name after its lower-case particles, a comma, a listed given name.
 * The particles say a family name, whatever the word after them.
 */
export function particleFirstCells(text: string, out: Finding[]): void {
  for (const [from, lineEnd] of invertedLines(text)) {
    for (const m of text.slice(from, lineEnd).matchAll(particleFirst)) {
      const family = m[2] as string;
      const given = m[3] as string;
      const first = (given.split(' ')[0] as string).split('-').map(nameKey);
      if (!first.some((k) => givenNames.has(k))) continue;
      if ([nameKey(family), ...given.split(/[- ]/).map(nameKey)].some(noNameWord)) continue;
      const start = from + (m.index as number) + m[0].length - (m[1] as string).length;
      out.push(personAt(start, start + (m[1] as string).length, 0.9));
    }
  }
}

const familyParticles =
  '(?:von der|von dem|von|vom|zu|zur|van der|van den|van de|van|de la|de los|de las|del|della|de|di|da|du|dos|das|do|ten|ter|te)';
const particleFirst = new RegExp(
  String.raw`(?:^[ \t]*|\t|\|[ \t]*|[ \t]{2,})(${familyParticles} (${familyWord}), (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+){0,2}))(?=[ \t]*$|[ \t]*\(|[ \t]{2,}|[ \t]*\||\t)`,
  'gu',
);
