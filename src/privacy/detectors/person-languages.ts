import type { Finding } from '../detector.js';
import { givenNames, nameKey, surnames } from './names.js';
import { listedFamily, listedKey, personAt, plainName, type Token } from './person-words.js';

/**
 * Name orders and words of other languages written in Latin letters, for the run reader: Chinese in
 * pinyin (`Chen Jiahui`), Hungarian family names first (`Kiss Gergely`, `Kissné Horváth Judit`),
 * Vietnamese family names and forms of address, Turkish possessives, romanised Korean given names,
 * and patronymic particles (`bin`, `s/o`).
 */

/**
 * `Chen Jiahui`, `Wang Zihan` (Chinese order in pinyin): a common Chinese family name, then a given
 * name of two pinyin syllables written as one word, which no list can hold all of.
 */
export function pinyinName(segment: Token[]): boolean {
  if (segment.length !== 2) return false;
  const [family, given] = segment as [Token, Token];
  return chineseFamilies.has(family.key) && plainName.test(given.word) && twoPinyinSyllables.test(given.key);
}

const pinyinSyllable =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u)';
const twoPinyinSyllables = new RegExp(`^${pinyinSyllable}${pinyinSyllable}$`);
/** The most common Chinese family names in pinyin. */
const chineseFamilies: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong yuan pan jiang cai jia ding wei xue ye yan lu du dai su
cheng fu shen lyu qian tan yao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan
duan lei qian yin yi chang qiao lai gong wen`.split(/\s+/),
);

/**
 * `Kiss Gergely` in a Hungarian text: a family name that is an English word as well (`Kiss`), then a
 * listed given name, in Hungarian order. Hungarian is told by its letters `ő` and `ű`, which no other
 * language writes (memoised per text).
 */
export function hungarianFamily(text: string, t: Token, next: Token | undefined): boolean {
  if (next === undefined || !hungarianWordFamilies.has(t.key) || !givenNames.has(next.key)) return false;
  if (text !== hungarianText) {
    hungarianText = text;
    hungarian = hungarianLetters.test(text);
  }
  return hungarian;
}

/** Common Hungarian family names that the lists leave out as words (`kiss`, `major`, `magyar`). */
const hungarianWordFamilies: ReadonlySet<string> = new Set('kiss kis papp pap gal magyar major'.split(' '));
let hungarianText: string | undefined;
let hungarian = false;
const hungarianLetters = /[őűŐŰ]/;

/**
 * `Kissné Horváth Judit`: a Hungarian married name, the husband's family name with `-né`, before the
 * woman's own family and given name.
 */
export const marriedName = (word: string): boolean => {
  if (word.length < 5 || !word.endsWith('né')) return false;
  const stem = nameKey(word.slice(0, -2));
  return surnames.has(stem) || hungarianWordFamilies.has(stem);
};

/**
 * `Kiss úr szerint` (according to Mr Kiss), `Nagy asszonnyal` (with Mrs Nagy): Hungarian writes its
 * titles after the family name, in lower case and declined (`úr`, `asszony`, `kisasszony`). A listed
 * family name alone before one is a person named by title, as `Herr Yılmaz` is; a full name before
 * one (`Kovács Eszter úr`) is the run reader's, and a noun before one is an address (`Elnök úr`, Mr
 * President; `Igazgató asszony`), no name.
 */
export function hungarianTitled(text: string, found: Finding[]): void {
  for (const m of text.matchAll(hungarianTitle)) {
    const family = m[1] as string;
    const key = nameKey(family);
    if (!listedFamily(key) && !hungarianWordFamilies.has(key)) continue;
    const before = wordBefore.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (before !== null && listedKey(nameKey(before[1] as string))) continue;
    found.push(personAt(m.index, m.index + family.length, 0.7));
  }
}

const hungarianTitle =
  /(?<![\p{L}\p{M}\p{N}.'’@_-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:úr|urat|úrnak|úrral|úrtól|úrhoz|úrért|úrék|(?:kis)?(?:asszony|asszonyt|asszonynak|asszonnyal|asszonytól|asszonyhoz|asszonyért))(?![\p{L}\p{M}])/gu;
/** The capitalised word right before, which makes the name a full one when it is a listed name. */
const wordBefore = /(\p{Lu}[\p{L}\p{M}'’-]*) $/u;

/** A romanised Korean given name, its second syllable in lower case (`Hye-jin`, `Min-jun`). */
export const koreanGiven = /^[A-Z][a-z]{1,3}-[a-z]{2,4}$/;

/**
 * Arabic, Malay and Indian particles naming a parent: `bin`, `bint`, `binti`, `ibn`, Malaysian Indian
 * `a/l` and `a/p` (anak lelaki, anak perempuan), `s/o` and `d/o` (son of, daughter of).
 */
const patronymics: ReadonlySet<string> = new Set([
  'bin',
  'bint',
  'binti',
  'binte',
  'ibn',
  'a/l',
  'a/p',
  's/o',
  'd/o',
]);

/**
 * Whether a patronymic particle stands between two capitalised words of the segment; `slashed`, only
 * one written with a slash (`s/o`, `a/p`), which no other word is.
 */
export function linked(tokens: Token[], segment: Token[], slashed = false): boolean {
  const from = (segment[0] as Token).end;
  const to = (segment[segment.length - 1] as Token).start;
  return tokens.some(
    (t) => t.start >= from && t.end <= to && patronymics.has(t.word) && (!slashed || t.word.includes('/')),
  );
}

/**
 * Vietnamese family names whose letters without their marks spell English words (`Lê`, `Đỗ`, `Hồ`),
 * which the generated lists leave out: as written, with their marks.
 */
export const vietnameseFamilies: ReadonlySet<string> = new Set(
  'Lê Đỗ Hồ Vũ Võ Lý Ngô Đặng Bùi Dương Đinh Trương Huỳnh Đào Mai Tô Tạ Hà Lâm Phùng Lương Trịnh'.split(' '),
);

/** Vietnamese forms of address written before a name: elder brother, younger sibling, aunt, uncle. */
export const vietnameseAddress: ReadonlySet<string> = new Set(['Anh', 'Em', 'Cô', 'Chú', 'Bác', 'Dì', 'Cậu']);
export const turkishPossessive = /(?:ımız|imiz|umuz|ümüz|ınız|iniz|unuz|ünüz)$/;

/** Letters only Polish writes among the languages in Latin letters the lists cover (`ą ę ł ś ź ż ć ń`). */
export const polishLetters = /[ąęłśźżćńĄĘŁŚŹŻĆŃ]/;

/**
 * `Concetta Esposito in Russo`: Italian joins a married woman's own family name to her husband's
 * with `in`; the whole is one name. Read after a full name opening with a woman's listed given
 * name (`-a`), when a listed family name that is no given name follows (`in Toscana`, `in Italia`
 * are places, no family names), in a text with Italian words. The findings are changed in place.
 */
export function italianMarriedNames(text: string, found: Finding[]): void {
  // (In an Italian text only: `Laura Brown in London` is a place.)
  if (!italianSign.test(text)) return;
  for (const f of found) {
    if (f.type !== 'PERSON' || !text.startsWith(' in ', f.end)) continue;
    const name = text.slice(f.start, f.end);
    const given = name.slice(0, name.indexOf(' '));
    if (given === '' || !given.endsWith('a') || !givenNames.has(nameKey(given))) continue;
    const m = marriedFamily.exec(text.slice(f.end + 4, f.end + 40));
    if (m === null) continue;
    const key = nameKey(m[0]);
    if (surnames.has(key) && !givenNames.has(key)) f.end += 4 + m[0].length;
  }
}

const italianSign = /\b(?:il|che|della|nata|sig\.ra|signora)\b/;
const marriedFamily = /^\p{Lu}\p{Ll}+(?![\p{L}\p{M}'’-])/u;
