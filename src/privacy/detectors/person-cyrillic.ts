import type { Finding } from '../detector.js';
import { isCueWord } from './name-cues.js';
import { personAt } from './person-words.js';
import { ScriptLines } from './scan.js';

/**
 * PERSON readers for Cyrillic and Greek: capitalised words under a name column, Russian and Ukrainian
 * names by their shape (a family name before initials, a patronymic's suffix), and such names
 * transliterated before initials (`Sokolova E. V.`). (Their other cases, where the text names the
 * person in full, are read with the registry's other forms: see `person-declension.ts`.)
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

export const cyrillicScript = /[\u0400-\u04ff]/;
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
  `(?<![\\p{L}\\p{N}])(${cyrillicCap}) ${cyrillicCap} [А-ЯЁІЇЄҐ][а-яёії]+(?:ович|евич|ьич|овн|евн|ичн|івн|ївн)[а-яёії]{0,3}(?![\\p{L}])`,
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
      if (!cyrillicFamily.test(family) || isCueWord(family.toLowerCase())) continue;
      out.push(personAt(m.index, m.index + m[0].length, 0.7));
    }
  }
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
    if (greekFamily.test(m[1] as string) || greekFamily.test(m[2] as string))
      out.push(personAt(m.index, m.index + m[0].length, 0.7));
}
