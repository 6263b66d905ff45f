import type { Finding } from '../detector.js';
import { isCueWord, isPlaceHead } from './name-cues.js';
import { companyMarks, givenNames, nameKey, surnames } from './names.js';
import { cyrillicScript, nominatives } from './person-declension.js';
import { namedPlace, placeBefore } from './person-places.js';
import { personAt } from './person-words.js';
import { ScriptLines } from './scan.js';

/**
 * PERSON readers for Cyrillic and Greek: capitalised words under a name column, Russian and Ukrainian
 * names by their shape (a family name before initials, a patronymic's suffix), and such names
 * transliterated before initials (`Sokolova E. V.`); a listed given name and a family name in another
 * case (`у администратора Марины Ковалёвой`), by the endings `person-declension.ts` holds; a listed
 * given name before an initial (`Алексей Г.`).
 */

/**
 * `Дмитрий Волков`, `Νίκος Παπαδόπουλος`: two or three capitalised Cyrillic or Greek words. Russian,
 * Ukrainian, Bulgarian and Greek capitalise every word of a person's name but not of a product's or
 * a place's (`Красная площадь`), so under a bare `name` column it reads as a person's, listed or not.
 * A place named after someone (`Парк Горького`) is taken for one: the cost of not needing the list.
 */
export function titledCyrillicOrGreek(value: string): boolean {
  return cyrillicOrGreek.test(value) && titledWords.test(value);
}

export const cyrillicOrGreek = /^[\p{sc=Cyrillic}\p{sc=Greek} ]+$/u;
const titledWords = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;

// (Defined with the declensions, which read a text's language by it; `person.ts` gates on it here.)
export { cyrillicScript };

const cyrillicCap = `[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?`;
/**
 * Russian and Ukrainian names in any grammatical case, by their shape: a family name before two
 * initials (`Мухаметшиной А. Р.`, as minutes and orders write names), and a family name, a given
 * name and a patronymic (`Смирнову Ольгу Викторовну`, `Шевченко Олени Миколаївни`, `Ли Виктор
 * Сергеевич`), whose patronymic's suffix says a name whatever the lists hold.
 */
const cyrillicInitialled = new RegExp(
  `(?<![\\p{L}\\p{N}.])(${cyrillicCap}) [А-ЯЁІЇЄҐ]\\. ?[А-ЯЁІЇЄҐ]\\.(?! ?[А-ЯЁІЇЄҐ]\\.)`,
  'gu',
);
const cyrillicPatronymic = new RegExp(
  `(?<![\\p{L}\\p{N}])(${cyrillicCap}) (${cyrillicCap}) [А-ЯЁІЇЄҐ][а-яёії]+(?:ович|евич|ьич|овн|евн|ичн|івн|ївн)[а-яёії]{0,3}(?![\\p{L}])`,
  'gu',
);
/** How a family name in Russian or Ukrainian ends, in any case; or a short one (`Ли`, `Ким`, `Цой`). */
const cyrillicFamily =
  /^(?:[А-ЯЁІЇЄҐ][а-яёії]{1,2}|.*(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|ину|ыну|овой|евой|иной|ыной|овым|евым|иным|ых|ого|его|ой|ий|ая|ую|ому|ему|енко|ко|ук|юк|чук|дзе|швили|ян|янц|ич|ман|ер|ль))$/u;

/**
 * `Sokolova E. V.`, `Ivanenko T. P.`: a Russian or Ukrainian family name in Latin letters before two
 * initials, as Russian documents write names, transliterated.
 */
const latinInitialled =
  /(?<![\p{L}\p{N}.])\p{Lu}\p{Ll}+(?:ova|eva|yova|ina|yna|ov|ev|yov|in|yn|sky|skiy|skaya|enko|chuk|uk|yuk|ich|vich) \p{Lu}\. ?\p{Lu}\.(?! ?\p{Lu}\.)/gu;

export function latinInitialledNames(text: string, out: Finding[]): void {
  for (const m of new ScriptLines(text, twoInitials).matchAll(latinInitialled))
    out.push(personAt(m.index, m.index + m[0].length, 0.7));
}
/** Two initials: any letter but ASCII lower case stands for a capital (a cheap superset of `\p{Lu}`). */
const twoInitials = /[^\0-@[-\x7f]\. ?[^\0-@[-\x7f]\./;

export function cyrillicNames(text: string, out: Finding[]): void {
  const lines = new ScriptLines(text, cyrillicScript);
  for (const re of [cyrillicInitialled, cyrillicPatronymic]) {
    re.lastIndex = 0;
    for (let m = lines.exec(re); m !== null; m = lines.exec(re)) {
      const family = m[1] as string;
      if (isCueWord(family.toLowerCase())) continue;
      if (!cyrillicFamily.test(family) && !(m[2] !== undefined && familyByPlace(text, m.index, m[2])))
        continue;
      out.push(personAt(m.index, m.index + m[0].length, 0.7));
    }
  }
  declinedPairs(text, lines, out);
  initialledGiven(lines, out);
}

/**
 * `кв. 37 – Мельник Ірина Василівна`: the word before a listed given name and a patronymic is the
 * family name, whatever its shape and though it is a word as well (`Мельник`, miller; `Коваль`,
 * smith), unless it opens a sentence, where a greeting or an adverb stands (`Вчера Ирина Васильевна
 * звонила`).
 */
function familyByPlace(text: string, at: number, given: string): boolean {
  return givenNames.has(nameKey(given)) && !opensSentence(text, at);
}

/**
 * Whether `at` opens a line or a sentence: only blanks after a line break or after `. ! ? …` closing
 * a word. A numbered item (`1. Мельник …`) and a list after a dash or a colon open none.
 */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || text.charCodeAt(k) === 10) return true;
  return sentenceStop.test(text.charAt(k)) && /\p{L}/u.test(text.charAt(k - 1));
}

const sentenceStop = /[.!?…]/;

/** Two capitalised Cyrillic words; the second in a lookahead, so that each word is a pair's first once. */
const cyrillicPair = new RegExp(
  `(?<![\\p{L}\\p{N}.’'-])(${cyrillicCap})(?= (${cyrillicCap})(?![\\p{L}\\p{N}’'-]))`,
  'gu',
);

/**
 * `уточню у администратора Марины Ковалёвой`, `на картку голови правління Бондаренко Світлани`: a
 * listed given name in another case than the nominative (`Марины` of `Марина`), beside a family name
 * in any case, in either order. The family name is listed, or has the ending of one (`-ова`, `-енко`,
 * `-ский` … in `cyrillicFamily`'s longer list) once read back to its nominative. The given name must
 * be declined: a nominative pair is read by the other readers; and both names must stand together,
 * as a place named after a family takes its endings as well (`Петровка`, `Петровки`). A street or an
 * institution named after the person is none (`на улице Марины Расковой`). A family name first,
 * opening a sentence, must be listed (see `family`).
 */
function declinedPairs(text: string, lines: ScriptLines, out: Finding[]): void {
  cyrillicPair.lastIndex = 0;
  for (let m = lines.exec(cyrillicPair); m !== null; m = lines.exec(cyrillicPair)) {
    const first = m[1] as string;
    const second = m[2] as string;
    const end = m.index + first.length + 1 + second.length;
    if (
      ((declinedGiven(text, first) && family(text, second, false)) ||
        (family(text, first, opensSentence(text, m.index)) && declinedGiven(text, second))) &&
      !namedPlaceDeclined(text, m.index, end)
    )
      out.push(personAt(m.index, end, 0.7));
  }
}

/**
 * A place named after the person (`вул. Тараса Шевченка`, see `namedPlace`), its noun in another case
 * too (`на улице Марины Расковой`, `біля театру Івана Франка`).
 */
function namedPlaceDeclined(text: string, start: number, end: number): boolean {
  if (namedPlace(text, start, end)) return true;
  const before = /([а-яёіїєґ]+) $/i.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  if (before === undefined) return false;
  // (Declension reads capitalised words, as names are written.)
  const titled = (before[0] as string).toUpperCase() + before.slice(1).toLowerCase();
  return nominatives(text, titled).some((n) => placeBefore.has(nameKey(n)) || isPlaceHead(nameKey(n)));
}

/** Whether `word` is a listed given name in another case than its nominative (`Марины`, `Світлани`). */
function declinedGiven(text: string, word: string): boolean {
  if (givenNames.has(nameKey(word))) return false;
  return nominatives(text, word).some((n) => n !== word && givenNames.has(nameKey(n)));
}

/**
 * Whether `word` is a family name in some case: listed, or of a family name's shape, read back. Only
 * listed where it opens a sentence, as a capitalised noun does there (`Машины Марины нет`: Marina's
 * cars, `Машина` of a family name's shape).
 */
function family(text: string, word: string, listedOnly: boolean): boolean {
  if (isCueWord(word.toLowerCase())) return false;
  return nominatives(text, word).some(
    (n) => (!listedOnly && familyEnding.test(n)) || (surnames.has(nameKey(n)) && !givenNames.has(nameKey(n))),
  );
}

/**
 * The nominative endings of Russian and Ukrainian family names: `cyrillicFamily` less its short and
 * its adjectival endings (`-ий`, `-ая`, `-ой`: any adjective) and the foreign ones (`-ер`, `-ман`:
 * `Менеджер`). Some nouns share the rest (`Машина`, `Магазин`), hence a listed name at a sentence's
 * opening, where nouns are capitalised.
 */
const familyEnding =
  /(?:[оеё]в|[иы]н|[оеё]ва|[иы]на|[сц]кий|[сц]кая|[сц]ький|[сц]ька|енко|[чю]?ук|дзе|швили|янц?)$/;

/**
 * `(Сбер, Алексей Г.)`: a listed given name and the initial of the family name, as a card's holder is
 * shown before a transfer. Not before a second initial (a family name's, `Иванов А. Б.`, read above).
 */
const givenInitial = new RegExp(
  `(?<![\\p{L}\\p{N}.’'-])(${cyrillicCap}) [А-ЯЁІЇЄҐ]\\.(?! ?[А-ЯЁІЇЄҐ]\\.)`,
  'gu',
);

function initialledGiven(lines: ScriptLines, out: Finding[]): void {
  givenInitial.lastIndex = 0;
  for (let m = lines.exec(givenInitial); m !== null; m = lines.exec(givenInitial))
    if (givenNames.has(nameKey(m[1] as string))) out.push(personAt(m.index, m.index + m[0].length, 0.7));
}

export const greekScript = /[\u0370-\u03ff\u1f00-\u1fff]/;
const greekCap = String.raw`[\u0386\u0388-\u038f\u0391-\u03ab][\u03ac-\u03ce]+`;
/** Two capitalised Greek words, one of which `greekFamily` must say is a family name. */
const greekPair = new RegExp(`(?<![\\p{L}\\p{M}])(${greekCap}) (${greekCap})(?![\\p{L}\\p{M}])`, 'gu');
/**
 * How a Greek family name ends, in the nominative, genitive or accusative (`Παπαδόπουλος`,
 * `Σταθόπουλο`, `Παπαδοπούλου`, `Ιωαννίδη`, `Μαυράκης`): -όπουλος, -ίδης, -ιάδης, -άκης, -άκος,
 * -άτος, -όγλου, -ιώτης. (Endings such as -άννης are common in given names too and are left out.)
 */
const greekFamily =
  /(?:όπουλ(?:ος|ου|ο)|οπούλου|ίδ(?:ης|η|ου)|ιάδ(?:ης|η|ου)|άκ(?:ης|η|ου|ος|ο)|άτ(?:ος|ου|ο)|[οό]γλου|ιώτ(?:ης|η))$/;

/**
 * `σύγκρινε τον Σταθόπουλο Νικόλαο`: a Greek given and family name in any case and either order,
 * by the family name's ending. Greek capitalises names, not nouns; the ending tells a name from a
 * place named after a saint (`Άγιος Νικόλαος`).
 */
export function greekNames(text: string, out: Finding[]): void {
  for (const m of new ScriptLines(text, greekScript).matchAll(greekPair))
    if (
      (greekFamily.test(m[1] as string) || greekFamily.test(m[2] as string)) &&
      // `Μιχαλολιάκος Όμιλος` (group): a firm named after its family.
      !companyMarks.has(nameKey(m[2] as string))
    )
      out.push(personAt(m.index, m.index + m[0].length, 0.7));
}
