import type { Finding } from '../detector.js';
import { caselessCues, caselessTitles, isCaselessStop } from './name-cues.js';
import { caselessFamily, caselessGiven, scriptCompanyMarks } from './names.js';
import { personAt } from './person-words.js';

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

// Ge'ez (Amharic, Tigrinya), Bengali, Tamil, Telugu and Georgian (its capitals are for headings
// only: `ნინო ბერიძე`) have no capitals either.
const caselessWords =
  /^(?=[\p{L}\p{M}'׳\u200c -]+$)[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Thai}\p{sc=Ethiopic}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Georgian}\p{M}'׳\u200c-]{2,}(?: [\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Thai}\p{sc=Ethiopic}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Georgian}\p{M}'׳\u200c-]{2,}){0,4}$/u;
export const caselessHead =
  /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Thai}\p{sc=Ethiopic}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Georgian}]/u;
/** Words of "not given", "unknown", "none" in the forms of these scripts and of Cyrillic and Greek ones. */
export const scriptNull = new Set(
  'غير لا يوجد متوفر معروف نامشخص ندارد ندارم אין לא ידוע नहीं उपलब्ध अज्ञात ไม่มี ไม่ระบุ не нет неизвестно неизвестен указано указан немає невідомо вказано δεν άγνωστο κανένα'.split(
    ' ',
  ),
);

const caselessScripts = /[\u0590-\u06ff\u0900-\u097f]/;
/** Titles of rank or learning, `الشيخ` and `الشيخة` (Sheikh, Sheikha), beside those of `caselessTitles`. */
const moreTitles = ['الشيخة', 'الشيخ'];
/**
 * Arabic and Hebrew words for a person by role (the employee, the patient, the customer, the
 * student): `راتب الموظف أحمد سالم الكعبي`, `המטופלת אביגיל כהן`. They as often open a clause
 * (`הלקוח ביקש לבטל`, the customer asked to cancel), so the name after one must open with a listed
 * given name.
 */
const roleCues: ReadonlySet<string> = new Set(
  `الموظف الموظفة المريض المريضة العميل العميلة الطالب الطالبة
המטופל המטופלת הלקוח הלקוחה העובד העובדת התלמיד התלמידה`.split(/\s+/),
);
/**
 * `أنا سلمى بن رمضان،` (I am Salma Ben Ramadan): "I" introduces oneself, but as often opens a clause
 * (`أنا أريد إلغاء الطلب`, I want to cancel the order), so the name after it must open with a
 * listed given name, as after `roleCues`.
 */
const selfCues: ReadonlySet<string> = new Set(['أنا', 'انا']);
/**
 * Hebrew prepositions a name follows as often as a noun: of, for (`יום ההולדת של תמר שפירא`, Tamar
 * Shapira's birthday; `שילמתי עבור יואב גולדשטיין`, I paid for Yoav Goldstein). See `prepositionNamed`.
 */
const prepositionCues: ReadonlySet<string> = new Set(['של', 'עבור', 'בשביל']);
// Literal titles without a lookbehind, so the search skips ahead to their first letters; the
// letter before one (`والسيد`, a word that only contains it) is checked by hand.
const caselessTitle = new RegExp(
  // Forms write the title with a slash (`السيد/ عمر خالد الحمادي`).
  `(?:${[...caselessTitles, ...caselessCues, ...moreTitles, ...roleCues, ...selfCues, ...prepositionCues]
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
    // `مسجد الشيخ زايد` (Sheikh Zayed Mosque), `שדרות ד"ר …`: a place named after someone.
    if (afterEponymNoun(text, m.index)) continue;
    const start = m.index + m[0].length;
    if (prepositionCues.has(m[0].trim())) {
      const named = prepositionNamed(text, start);
      if (named > start) out.push(personAt(start, named, 0.7));
      continue;
    }
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
      // `श्री राधा कृष्ण मंदिर ट्रस्ट` (a temple's trust): a company's or an institution's word.
      if (scriptCompanyMarks.has(w[0])) {
        words = 0;
        break;
      }
      words++;
      if (lineage.has(w[0])) most = 6;
      end = at + w[0].length;
      const c = text.charCodeAt(end);
      if (words > most || (c !== 32 && c !== 9)) break;
      at = end + 1;
    }
    if (words < 2 || words > most || deityRite(text.slice(start, end))) continue;
    if (roleCues.has(m[0].trim()) || selfCues.has(m[0].trim())) {
      end = roleNamed(text, start, end);
      if (end === start) continue;
    }
    out.push({ type: 'PERSON', start, end, score: 0.7, detector: 'person' });
    caselessTitle.lastIndex = end;
  }
  if (valediction.test(text)) signers(text, out);
}

/**
 * Whether the words after `श्री` name a rite or a festival of a deity, not a person: a deity's name
 * and right after it a rite's word (`श्री गणेश प्रतिष्ठापना`, the installation of Ganesh; `श्री
 * सत्यनारायण पूजा`, `श्री हनुमान जयंती`). The deities' names are given names too (`श्री गणेश पाटील`,
 * `श्री राम शर्मा ने पूजा की`, Mr Ram Sharma performed the puja).
 */
function deityRite(name: string): boolean {
  const words = name.split(' ');
  return deities.has(words[0] as string) && rites.has(words[1] as string);
}

/** Hindu deities' names, in Devanagari: Ganesh, Ganapati, Ram, Krishna, Shiv, Hanuman, Durga, …. */
const deities: ReadonlySet<string> = new Set(
  'गणेश गणपति राम कृष्ण शिव हनुमान दुर्गा लक्ष्मी सरस्वती सत्यनारायण साईं विष्णु जगन्नाथ'.split(' '),
);
/**
 * Rites and festivals held for a deity, in Hindi and Marathi: installation, consecration, worship,
 * aarti, ablution, immersion, festival, birth festival, jayanti, recital of its story, hymns.
 */
const rites: ReadonlySet<string> = new Set(
  'प्रतिष्ठापना प्राणप्रतिष्ठा प्रतिष्ठा स्थापना पूजा पूजन आरती महाआरती अभिषेक विसर्जन उत्सव महोत्सव जन्मोत्सव जयंती कथा भजन'.split(
    ' ',
  ),
);

/**
 * Where the name after a role cue ends (`start` when there is none): it opens with a listed given
 * name and ends at its last word that is listed or carries the Arabic article (`الكعبي`), two words
 * or more: `המטופלת אביגיל כהן ביקשה להעביר` (the patient Avigail Cohen asked to move …).
 */
function roleNamed(text: string, start: number, end: number): number {
  const words = text.slice(start, end).split(' ');
  if (!caselessGiven.has(words[0] as string)) return start;
  let last = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (caselessGiven.has(w) || caselessFamily.has(w) || w.startsWith('ال')) last = i;
  }
  return last === 0 ? start : start + words.slice(0, last + 1).join(' ').length;
}

/**
 * Where the name after a Hebrew preposition ends (`start` when there is none): a listed given name
 * and the word after it, the family name, listed or where that word ends the phrase (a punctuation
 * mark, an emoji, the line's end, a stop word or a word opening with the prepositions ב, ל or the
 * conjunction ו glued to it) and opens with none of them itself: `של תמר שפירא ביום שישי` (of Tamar Shapira on
 * Friday) → `תמר שפירא`; `של יוסי בגן` (Yossi's, in the park) and `של דנה ולירון` name no family.
 */
function prepositionNamed(text: string, start: number): number {
  caselessWord.lastIndex = start;
  const given = caselessWord.exec(text);
  if (given === null || !caselessGiven.has(given[0])) return start;
  const at = start + given[0].length;
  if (text.charCodeAt(at) !== 32) return start;
  caselessWord.lastIndex = at + 1;
  const family = caselessWord.exec(text);
  if (family === null) return start;
  const end = at + 1 + family[0].length;
  if (caselessFamily.has(family[0])) return end;
  if (!hebrewFamilyWord(family[0])) return start;
  caselessWord.lastIndex = end + 1;
  const next = text.charCodeAt(end) === 32 ? caselessWord.exec(text) : null;
  return next === null || isCaselessStop(next[0]) || gluedPreposition.test(next[0]) ? end : start;
}

/** A Hebrew word that may be a family name: no stop word, title or preposition glued before a word. */
const hebrewFamilyWord = (word: string): boolean =>
  /^\p{sc=Hebrew}/u.test(word) &&
  !isCaselessStop(word) &&
  !titleSet.has(word) &&
  !gluedPreposition.test(word);
/** A Hebrew word opening with the prepositions ב (in), ל (to) or the conjunction ו (and): `ביום`, `ולירון`. */
const gluedPreposition = /^[בלו]\p{sc=Hebrew}{2,}/u;

/**
 * Nouns of places and institutions named after someone, written before the title of the name they
 * take (`مسجد الشيخ زايد`, `شارع الدكتور …`, `רחוב ד"ר …`): mosque, street, road, school,
 * university, hospital, centre, hall; street and avenue in Hebrew.
 */
const eponymNouns: ReadonlySet<string> = new Set(
  "مسجد جامع شارع طريق مدرسة جامعة مستشفى مركز قاعة ميدان حي רחוב שדרות רח' רח׳".split(' '),
);

/** Whether the word before `at` (one blank between) is one of `eponymNouns`. */
function afterEponymNoun(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  // (The nouns are short: a look back of a few characters keeps this linear.)
  const before = text.slice(Math.max(0, at - 12), at - 1);
  return eponymNouns.has(before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1));
}

/**
 * The closing words of a letter in Arabic, Hebrew and Hindi, alone on their line (a comma after
 * them): with greetings, with best greetings, respectfully, yours, regards. (Thanks are left out:
 * a sentence as often follows them as a name.)
 */
const valediction =
  /^[ \t]*(?:مع التحية|مع خالص التحية|مع أطيب التحيات|وتفضلوا بقبول فائق الاحترام|تحياتي|بكل احترام|בברכה|בכבוד רב|भवदीय|भवदीया|सादर)[ \t]*[,،.]?[ \t]*\r?\n/m;
const valedictions = new RegExp(valediction.source, 'gm');
/** A signer's line: two to four words up to its end, a comma, or a dash before a post (`مريم الشامسي — مديرة`). */
const signerLine = /[ \t]*([^\s,،|—–-][^\n,،|—–]*?)[ \t]*(?:$|[,،|]|[ \t][—–-][ \t])/my;

/** Words of a team or a department signing a letter (administration, section, team, office, service, support; management). */
const teamWords: ReadonlySet<string> = new Set(
  'إدارة ادارة قسم فريق مكتب شؤون خدمة الإدارة צוות מחלקת הנהלת מחלקה שירות תמיכה टीम विभाग प्रबंधन कार्यालय सेवा'.split(
    ' ',
  ),
);

/**
 * `مع التحية،` / `مريم الشامسي — مديرة الشؤون المالية`, `בכבוד רב,` / `מיכאל גולדברג, עו"ד`: the
 * signer of a letter on the line after its closing words, up to a comma or a dash before a post.
 * Two to four words of a script without capitals, none a stop word, the first no Arabic article.
 */
function signers(text: string, out: Finding[]): void {
  valedictions.lastIndex = 0;
  for (let m = valedictions.exec(text); m !== null; m = valedictions.exec(text)) {
    signerLine.lastIndex = m.index + m[0].length;
    const line = signerLine.exec(text);
    if (line === null) continue;
    const name = line[1] as string;
    const words = name.split(' ');
    if (words.length < 2 || words.length > 4 || !caselessLetter.test(name.replace(/ /g, ''))) continue;
    if ((words[0] as string).startsWith('ال')) continue;
    if (
      words.some((w) => isCaselessStop(w) || titleSet.has(w) || scriptCompanyMarks.has(w) || teamWords.has(w))
    )
      continue;
    const start = line.index + line[0].indexOf(name);
    out.push({ type: 'PERSON', start, end: start + name.length, score: 0.7, detector: 'person' });
  }
}

/** Arabic words of lineage (son and daughter of, servant of, family of), which make a name longer. */
const lineage: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن', 'عبد', 'آل', 'أبو']);

const caselessLetter =
  /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}'׳\u200c]+(?:-[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}'׳\u200c]+)*$/u;
