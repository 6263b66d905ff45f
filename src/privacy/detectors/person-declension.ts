import { polishLetters } from './person-languages.js';

/**
 * Declined forms of a name found in full in the same text. Polish, Russian and Ukrainian decline a
 * person's names (`Tomasz Wójcik` → `nowego pracownika, Tomasza Wójcika`, `Наталья Крылова` →
 * `Ключи у Натальи Крыловой`), so a reader of the nominative misses the other cases. A name word's
 * stem (less the ending its nominative has) and a table of the endings that may follow that stem,
 * per language, say where the other forms are: one reader for every language, no forms generated.
 */

/** Cyrillic letters: a text in Russian, Ukrainian or another language written in them. */
export const cyrillicScript = /[\u0400-\u04ff]/;

/** The stem of a name word and the endings its other cases put after it. */
export interface Stem {
  readonly stem: string;
  /** The endings, anchored at the stem's end and closed by a non-letter (the empty one included). */
  readonly endings: RegExp;
  /** Whether the word said alone in another case is read (see `Declension.alone`). */
  readonly alone: boolean;
}

/** By a nominative's ending: what the other cases drop from the word, and what follows the stem then. */
interface Row {
  /** The part of the nominative the other cases drop (the ending, or a mobile `e`). */
  readonly drop: RegExp;
  /** The endings that follow the stem (see `endings`). */
  readonly after: RegExp;
  /** The nominative's ending as letters, where a form found alone may be read back to it (`nominatives`). */
  readonly ending?: string;
}

interface Declension {
  /** Letters a text in the language holds: the cheap test of the whole text. */
  readonly letters: RegExp;
  /** A word of a name the language declines. */
  readonly word: RegExp;
  /** By the nominative's ending, first match wins. */
  readonly rows: readonly Row[];
  /**
   * Whether a family name said alone in another case names the person (`pani Lewandowskiej`). Not in
   * Russian and Ukrainian: a place or a thing named after the family takes their endings as well
   * (`Петровка`, `Петровой улицы`); there both names must stand together.
   */
  readonly alone: boolean;
}

/** Endings (alternatives of a regex) after a stem, the empty one included, closed by a non-letter. */
const endings = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})?(?![\\p{L}\\p{M}])`, 'u');

/** A row whose nominative ending (`drop`) is not read back (Polish: `nominatives` reads none). */
const row = (drop: RegExp, alternatives: string): Row => ({ drop, after: endings(alternatives) });

/**
 * A row read both ways: the nominative `ending` after a stem the `stem` pattern allows (a regex
 * lookbehind, or none), and the endings of every case (the nominative's included, as a woman's
 * family name or an indeclinable one keeps it: `Світлани Бондаренко`).
 */
const cases = (ending: string, stem: string, alternatives: string): Row => ({
  drop: new RegExp(`${stem}${ending}$`),
  after: endings(`${ending}|${alternatives}`),
  ending,
});

const declensions: readonly Declension[] = [
  {
    // Russian and Ukrainian, a closed list of endings per nominative ending (the noun declensions
    // and, for family names, the adjectival ones), both languages' in one row.
    letters: cyrillicScript,
    word: /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?$/,
    rows: [
      // `Высоцкий` → `Высоцкого`, `Высоцкому`, `Высоцким`; `Ковальський` → `Ковальського`, `Ковальськім`.
      cases('ий', '(?<=[сц]ь?к)', 'ого|ому|им|ом|ім'),
      // `Высоцкая` → `Высоцкой`, `Высоцкую`, `Высоцкою`.
      cases('ая', '(?<=[сц]к)', 'ой|ую|ою'),
      // `Наталья` → `Натальи`, `Наталье`, `Наталью`, `Натальей`; `Марія` → `Марії`, `Марією`.
      cases('я', '', 'и|е|ю|ей|ею|і|ї|єю'),
      // `Марина` → `Марины`, `Марине`, `Марину`, `Мариной`; `Крылова` → `Крыловой`; `Світлана` →
      // `Світлани`, `Світлані`, `Світланою`, `Світлано`; `Ковальська` → `Ковальської`, `Ковальській`.
      cases('а', '', 'ы|и|е|у|ой|ою|і|ої|ій|о'),
      // `Алексей` → `Алексея`, `Алексею`, `Алексеем`; `Юрий` → `Юрии`; `Сергій` → `Сергія`, `Сергієм`.
      cases('й', '', 'я|ю|ем|е|и|єм|єві|ї'),
      // `Игорь` → `Игоря`, `Игорем`; `Коваль` → `Коваля`, `Ковалеві`.
      cases('ь', '', 'я|ю|ем|ём|е|и|і|еві'),
      // `Петро` → `Петра`, `Петром`, `Петрові`; `Бондаренко` → `Бондаренка` in Ukrainian.
      cases('о', '', 'а|у|ом|ові|і'),
      // `Денис` → `Дениса`, `Денису`, `Денисом`; `Крылов` → `Крылова`, `Крыловым`; `Ковальов` →
      // `Ковальовим`, `Ковальові`; `Мельник` → `Мельника`, `Мельникові`.
      cases('', '(?<=[бвгджзклмнпрстфхцчшщ])', 'а|у|ом|ем|ым|им|е|ові|еві|і'),
    ],
    alone: false,
  },
  {
    // Polish, in a text with its letters (`ą ę ł ś …`): names in Latin letters.
    letters: polishLetters,
    word: /^(?=[\p{sc=Latin}-]+$)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u,
    rows: [
      // `Kowalski` → `Kowalskiego`, `Kowalskiemu`, `Kowalskim`.
      row(/(?<=[sc]k|dzk)i$/, 'iego|iemu|im'),
      // `Lewandowska` → `Lewandowskiej`, `Lewandowską`.
      row(/(?<=[sc]k|dzk)a$/, 'iej|ą'),
      // `Maria` → `Marii`, `Marię`, `Marią`.
      row(/(?<=i)a$/, 'i|ę|ą'),
      // `Katarzyna` → `Katarzyny`, `Agnieszka` → `Agnieszki`, `Anna` → `Annie`, `Annę`, `Anną`.
      row(/a$/, 'y|i|ie|ę|ą'),
      // `Marek` → `Marka`, `Paweł` → `Pawła`: the `e` before the last consonant drops.
      row(/e(?=[kł]$)/, 'a|owi|iem|em|u'),
      // `Tomasz` → `Tomasza`, `Wójcik` → `Wójcika`, `Wójcikowi`, `Wójcikiem`, `Adam` → `Adamie`; a
      // woman's `Nowak` stays as it is (`Anny Nowak`).
      row(/(?<=[bcdfhjklłmnprstwzż])$/, 'a|owi|iem|em|u|ie'),
    ],
    alone: true,
  },
];

let gatedText: string | undefined;
let gated: readonly Declension[] = [];

/** The declensions of the languages `text` holds, settled once per text. */
function gatedFor(text: string): readonly Declension[] {
  if (text !== gatedText) {
    gatedText = text;
    gated = declensions.filter((d) => d.letters.test(text));
  }
  return gated;
}

/**
 * The stem and endings of `word`, a name in the nominative, in a text of a language that declines
 * it (`Wójcik` in a Polish text → `Wójcik` + `a|owi|iem…`); undefined otherwise, or for a stem
 * under two letters. The languages a text holds are settled once per text.
 */
export function declinedStem(text: string, word: string): Stem | undefined {
  for (const d of gatedFor(text)) {
    if (!d.word.test(word)) continue;
    for (const r of d.rows) {
      if (!r.drop.test(word)) continue;
      const stem = word.replace(r.drop, '');
      return stem.length < 2 ? undefined : { stem, endings: r.after, alone: d.alone };
    }
    return undefined;
  }
  return undefined;
}

/**
 * The nominatives `word`, found alone, may be a case of: each row that says its nominative's ending
 * puts it in place of the word's last letters (one to three; none where that ending is none), and
 * the guess stands if its own stem and endings (`declinedStem`, `declinedEnd`) give the word back. `Марины` → `Марина` (and `Мариня`
 * fails: `-ы` is no ending of `-я`); `Бондаренко` → itself, and `Бондаренка` → `Бондаренко` and `Бондаренк`, which no list holds. The
 * caller's lists say which, if any, is a name. None in a text of no declining language.
 *
 * @example nominatives('у Марины Ковалёвой', 'Ковалёвой') // ['Ковалёва']
 */
export function nominatives(text: string, word: string): string[] {
  const found: string[] = [];
  for (const d of gatedFor(text)) {
    if (!d.word.test(word)) continue;
    for (const r of d.rows) {
      if (r.ending === undefined) continue;
      // (An ending of no letters is the nominative's own, where that is none: `Денис`.)
      for (let cut = Math.min(3, word.length - 2); cut >= (r.ending === '' ? 0 : 1); cut--) {
        const stem = word.slice(0, word.length - cut);
        const guess = stem + r.ending;
        if (found.includes(guess)) continue;
        const s = declinedStem(text, guess);
        if (s?.stem === stem && declinedEnd(word, 0, s) === word.length) found.push(guess);
      }
    }
  }
  return found;
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
