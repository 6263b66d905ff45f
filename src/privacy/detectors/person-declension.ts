import { cyrillicScript } from './person-cyrillic.js';
import { polishLetters } from './person-languages.js';

/**
 * Declined forms of a name found in full in the same text. Polish, Russian and Ukrainian decline a
 * person's names (`Tomasz Wójcik` → `nowego pracownika, Tomasza Wójcika`, `Наталья Крылова` →
 * `Ключи у Натальи Крыловой`), so a reader of the nominative misses the other cases. A name word's
 * stem (less the ending its nominative has) and a table of the endings that may follow that stem,
 * per language, say where the other forms are: one reader for every language, no forms generated.
 */

/** The stem of a name word and the endings its other cases put after it. */
export interface Stem {
  readonly stem: string;
  /** The endings, anchored at the stem's end and closed by a non-letter (the empty one included). */
  readonly endings: RegExp;
  /** Whether the word said alone in another case is read (see `Declension.alone`). */
  readonly alone: boolean;
}

interface Declension {
  /** Letters a text in the language holds: the cheap test of the whole text. */
  readonly letters: RegExp;
  /** A word of a name the language declines. */
  readonly word: RegExp;
  /**
   * By the nominative's ending, first match wins: what the other cases drop from the word (the
   * ending, or a mobile `e`), and the endings that follow the stem then.
   */
  readonly rows: ReadonlyArray<readonly [RegExp, RegExp]>;
  /**
   * Whether a family name said alone in another case names the person (`pani Lewandowskiej`). Only
   * where the endings are a closed list: the East Slavic ones are any three letters, which a place
   * or a thing named after the family takes as well (`Петровка`); there both names must stand together.
   */
  readonly alone: boolean;
}

/** Endings (alternatives of a regex) after a stem, the empty one included, closed by a non-letter. */
const endings = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})?(?![\\p{L}\\p{M}])`, 'u');

const declensions: readonly Declension[] = [
  {
    // Russian and Ukrainian: the vowels, soft sign and `й` a case replaces at a name's end, then any
    // ending of up to three letters (`Натал|ья` → `Натал|ьи`, `Крылов|а` → `Крылов|ой`, `Воронцов|ым`).
    letters: cyrillicScript,
    word: /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?$/,
    rows: [[/[аяеёиіїйоуыьэює]*$/, endings('[а-яёіїєґ]{1,3}')]],
    alone: false,
  },
  {
    // Polish, in a text with its letters (`ą ę ł ś …`): names in Latin letters.
    letters: polishLetters,
    word: /^(?=[\p{sc=Latin}-]+$)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u,
    rows: [
      // `Kowalski` → `Kowalskiego`, `Kowalskiemu`, `Kowalskim`.
      [/(?<=[sc]k|dzk)i$/, endings('iego|iemu|im')],
      // `Lewandowska` → `Lewandowskiej`, `Lewandowską`.
      [/(?<=[sc]k|dzk)a$/, endings('iej|ą')],
      // `Maria` → `Marii`, `Marię`, `Marią`.
      [/(?<=i)a$/, endings('i|ę|ą')],
      // `Katarzyna` → `Katarzyny`, `Agnieszka` → `Agnieszki`, `Anna` → `Annie`, `Annę`, `Anną`.
      [/a$/, endings('y|i|ie|ę|ą')],
      // `Marek` → `Marka`, `Paweł` → `Pawła`: the `e` before the last consonant drops.
      [/e(?=[kł]$)/, endings('a|owi|iem|em|u')],
      // `Tomasz` → `Tomasza`, `Wójcik` → `Wójcika`, `Wójcikowi`, `Wójcikiem`, `Adam` → `Adamie`; a
      // woman's `Nowak` stays as it is (`Anny Nowak`).
      [/(?<=[bcdfhjklłmnprstwzż])$/, endings('a|owi|iem|em|u|ie')],
    ],
    alone: true,
  },
];

let gatedText: string | undefined;
let gated: readonly Declension[] = [];

/**
 * The stem and endings of `word`, a name in the nominative, in a text of a language that declines
 * it (`Wójcik` in a Polish text → `Wójcik` + `a|owi|iem…`); undefined otherwise, or for a stem
 * under two letters. The languages a text holds are settled once per text.
 */
export function declinedStem(text: string, word: string): Stem | undefined {
  if (text !== gatedText) {
    gatedText = text;
    gated = declensions.filter((d) => d.letters.test(text));
  }
  for (const d of gated) {
    if (!d.word.test(word)) continue;
    for (const [nominative, after] of d.rows) {
      if (!nominative.test(word)) continue;
      const stem = word.replace(nominative, '');
      return stem.length < 2 ? undefined : { stem, endings: after, alone: d.alone };
    }
    return undefined;
  }
  return undefined;
}

/**
 * Whether the word at `at` is `s` declined: the end of the stem and one of its endings read there
 * (`Wójcikowi` for `Wójcik`, `Крыловой` for `Крылова`), else -1. A longer word sharing the stem
 * (`Крыловскую`) is none.
 */
export function declinedEnd(text: string, at: number, s: Stem): number {
  if (at > 0 && letterOrMark.test(text.charAt(at - 1))) return -1;
  if (!text.startsWith(s.stem, at)) return -1;
  const from = at + s.stem.length;
  const ending = s.endings.exec(text.slice(from, from + 6));
  return ending === null ? -1 : from + ending[0].length;
}

const letterOrMark = /[\p{L}\p{M}]/u;

/**
 * Where `name`, a given and a family name found in full, stands in another case in `text`, in either
 * order (`Tomasza Wójcika`, `Крыловой Натальи`, as minutes write it): both words declined, the
 * nominative itself left out. None for a name of another shape or a text of no declining language.
 *
 * @example declinedNames('… Tomasza Wójcika … Tomasz Wójcik', 'Tomasz Wójcik') // [[2, 17]]
 */
export function declinedNames(text: string, name: string): Array<[number, number]> {
  const blank = name.indexOf(' ');
  if (blank === -1 || name.includes(' ', blank + 1)) return [];
  const given = declinedStem(text, name.slice(0, blank));
  const family = given && declinedStem(text, name.slice(blank + 1));
  if (given === undefined || family === undefined) return [];
  const spans: Array<[number, number]> = [];
  for (const [a, b] of [
    [given, family],
    [family, given],
  ] as const)
    for (let at = text.indexOf(a.stem); at !== -1; at = text.indexOf(a.stem, at + 1)) {
      const gap = declinedEnd(text, at, a);
      if (gap === -1 || text.charCodeAt(gap) !== 32) continue;
      const end = declinedEnd(text, gap + 1, b);
      if (end !== -1 && text.slice(at, end) !== name) spans.push([at, end]);
    }
  return spans;
}
