import type { Finding } from '../detector.js';
import { caselessCues, caselessTitles, isCaselessStop } from './name-cues.js';
import { caselessFamily, caselessGiven, scriptCompanyMarks } from './names.js';

/**
 * PERSON readers for scripts without capitals (Arabic, Persian, Hebrew, Devanagari and others): a
 * cell's value as a name by its words, listed given and family names, and names after a title in
 * prose (`السيد أحمد محمود حسن`, `לכבוד מר יוסי אברהמי`, `श्रीमती सुनीता शर्मा`).
 */

/**
 * `نوف السقا`, `סתיו ארנון`, `الطويل اروي`: listed given and family names at both ends, either way
 * round (a register writes the family name first), or two listed given names.
 */
export function caselessListed(value: string): boolean {
  const words = value.replace(', ', ' ').split(' ');
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  return caselessGiven.has(first)
    ? caselessFamily.has(last) || caselessGiven.has(last)
    : caselessFamily.has(first) && caselessGiven.has(last);
}

/**
 * The number of words of a name in Arabic, Hebrew, Devanagari or Thai letters and marks (one to
 * five, none a word that ends a name in prose, says "unknown" or marks a company), else 0. These scripts have no
 * capitals, so a value's shape cannot tell a name from other words: callers ask for a label.
 */
export function caselessName(raw: string): number {
  // `כהן, אביגיל`: family name, a comma, given name.
  const value = raw.includes(', ') ? raw.replace(', ', ' ') : raw;
  if (!caselessWords.test(value)) return 0;
  const words = value.split(' ');
  const plain = (w: string): boolean =>
    !isCaselessStop(w) && !scriptNull.has(w) && !scriptCompanyMarks.has(w);
  return words.every(plain) ? words.length : 0;
}

// Ge'ez (Amharic, Tigrinya), Bengali, Tamil and Telugu have no capitals either.
const caselessWords =
  /^(?=[\p{L}\p{M}'׳\u200c -]+$)[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Thai}\p{sc=Ethiopic}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Telugu}\p{M}'׳\u200c-]{2,}(?: [\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Thai}\p{sc=Ethiopic}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Telugu}\p{M}'׳\u200c-]{2,}){0,4}$/u;
export const caselessHead =
  /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Thai}\p{sc=Ethiopic}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Telugu}]/u;
/** Words of "not given", "unknown", "none" in the forms of these scripts and of Cyrillic and Greek ones. */
export const scriptNull = new Set(
  'غير لا يوجد متوفر معروف نامشخص ندارد ندارم אין לא ידוע नहीं उपलब्ध अज्ञात ไม่มี ไม่ระบุ не нет неизвестно неизвестен указано указан немає невідомо вказано δεν άγνωστο κανένα'.split(
    ' ',
  ),
);

const caselessScripts = /[\u0590-\u06ff\u0900-\u097f]/;
// Literal titles without a lookbehind, so the search skips ahead to their first letters; the
// letter before one (`والسيد`, a word that only contains it) is checked by hand.
const caselessTitle = new RegExp(
  // Forms write the title with a slash (`السيد/ عمر خالد الحمادي`).
  `(?:${[...caselessTitles, ...caselessCues]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.]/g, '\\.'))
    .join('|')})(?:/[ \t]*|[ \t]*[–—-][ \t]+|[ \t]+)`,
  'g',
);
const letterOrMark = /[\p{L}\p{M}]/u;
// Persian joins a word's parts with a zero-width non-joiner (`عبدالله‌زاده`).
// Hebrew and Arabic family names may be hyphenated (`בן-עמי`, `ברק-לוי`).
const caselessWord = /[\p{L}\p{M}'׳\u200c]+(?:-[\p{L}\p{M}'׳\u200c]+)*/uy;
/** A title ends the name before it (`السيد … والسيدة`, a list of people). */
const titleSet: ReadonlySet<string> = new Set(caselessTitles);

/**
 * Names after a title in Arabic, Persian, Hebrew and Hindi prose (`السيد أحمد محمود حسن،`, `לכבוד מר
 * יוסי אברהמי,`, `श्रीमती सुनीता शर्मा ने`): these scripts have no capitals to end a name, so it is
 * the two to four words up to a punctuation mark, a line's end or a word that ends a name (a
 * preposition, a conjunction, `المحترم`), six with words of lineage (`خالد بن محمد بن عبد الله`).
 * A longer run cannot be told from the sentence it opens.
 */
export function caselessTitled(text: string, out: Finding[]): void {
  if (!caselessScripts.test(text)) return;
  caselessTitle.lastIndex = 0;
  for (let m = caselessTitle.exec(text); m !== null; m = caselessTitle.exec(text)) {
    if (m.index > 0 && letterOrMark.test(text[m.index - 1] as string)) continue;
    // `1990 م.`: an era after a year, not the title `م.` (Eng.); `5 د.`, minutes.
    if (m[0].charCodeAt(1) === 46 && /\d[ \t]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
      continue;
    const start = m.index + m[0].length;
    let end = start;
    let words = 0;
    let most = 4;
    let at = start;
    for (;;) {
      caselessWord.lastIndex = at;
      const w = caselessWord.exec(text);
      if (w === null || isCaselessStop(w[0]) || titleSet.has(w[0]) || !caselessLetter.test(w[0])) break;
      // An Arabic name opens with a given name, never with the article: `السيد المتحدث الرسمي`
      // (Mr Spokesman) is a post.
      if (words === 0 && w[0].startsWith('ال')) break;
      words++;
      if (lineage.has(w[0])) most = 6;
      end = at + w[0].length;
      const c = text.charCodeAt(end);
      if (words > most || (c !== 32 && c !== 9)) break;
      at = end + 1;
    }
    if (words < 2 || words > most) continue;
    out.push({ type: 'PERSON', start, end, score: 0.7, detector: 'person' });
    caselessTitle.lastIndex = end;
  }
}

/** Arabic words of lineage (son and daughter of, servant of, family of), which make a name longer. */
const lineage: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن', 'عبد', 'آل', 'أبو']);

const caselessLetter =
  /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}'׳\u200c]+(?:-[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}'׳\u200c]+)*$/u;
