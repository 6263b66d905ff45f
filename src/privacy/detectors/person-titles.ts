import { isLower } from './person-words.js';

/**
 * Titles before a person's name, as the PERSON readers of prose and of cells share them: the
 * honorifics of many languages (`Mr`, `Frau`, `Sig.ra`, `г-н`, `κ.`), German degrees (`Dr. med.`),
 * titles in lower case (`prof.`, `la señora`), Spanish `D.` (don), and `i. A.` before a signature.
 */

// Russian titles decline (`с г-ном Петровым`, with Mr Petrov; `госпожой`), Ukrainian `пан`/`пані`
// too; Greek abbreviates them (`κ.`, `κα.`) and declines `κύριος`/`κυρία`.
const cyrillicGreekTitles = String.raw`[Гг]-(?:н|на|ну|ном|жа|жи|же|жу|жой)|[Гг]оспо(?:дин|дина|дину|дином|жа|жи|же|жу|жой)|[Пп]ан(?:а|у|ом|і|ові|е)?|[Κκ]α?\.|[Κκ]ύρι(?:ος|ε|ο|ου)|[Κκ]υρί(?:α|ας|ε)`;
// Italian titles abbreviate with a dot inside (`Sig.ra`, `Dott.ssa`). Clergy write theirs before
// the name (`el Pbro. Héctor Salgado Ruiz`, presbítero; `Rev. Grace Mwangi`; `Mons.`, monsignor).
// Courts and officials of the Commonwealth write `Hon.` (`the judgment of Hon. R. Achieng, SRM`);
// Swahili abbreviates daktari, bwana and bibi (`Dkt. Baraka Mollel`, `Bw. Daudi Ochieng`, `Bi. Wanjiru
// Kariuki`) and writes `Bwana` in full before a family name (`Pole sana Bwana Okello`).
export const honorific = String.raw`(?:Sig\.ra|Sig\.na|Dott\.ssa|Prof\.ssa|(?:Mr|Mrs|Ms|Dr|Dra|Prof|Sr|Sra|Srta|Mme|Mlle|M|Fr|Hr|Mevr|Dhr|Sig|Dott|Avv|Lic|Ing|Dl|Dna|Dña|Pn|Mag|Dipl|Kfm|Kffr|En|Tn|Gng|Pbro|Rev|Mons|Hon|Dkt|Bw|Bi|prof|dr)\.|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Honorable|Honourable|Judge|Herrn|Herr|Frau|Mme|Mlle|Dott|Mevrouw|Meneer|Dame|Sir|Revd|Reverend|Rabbi|Imam|Pastor|Lady|Lord|Madame|Monsieur|Mademoiselle|Pr|Docteur|Doctora|Maître|MUDr\.|JUDr\.|Mgr\.|Señora|Señorita|Señor|Signora|Signorina|Signor|Senhora|Senhor|Doña|Dona|Dre|Dres|Whaea|Matua|Pani|Pan|Panu|Panią|Panem|Pana|Paní|Pánem|Pánovi|Bwana|Domnul|Doamna|Pak|Bapak|Bu|Ibu|Mbak|Tuan|Puan|Encik|Datuk|Dato'?|Sayın|Bayan|Ông|Bà|Chị|Shri|Smt\.?|Shrimati|${cyrillicGreekTitles})`;
/** A dotless title as a word of a run (`Frau`, `Herr`, `Mr`). */
export const titleWord = new RegExp(`^${honorific}$`, 'u');
export const leadingTitle = new RegExp(`^${honorific} (?=\\p{Lu})`, 'u');

/**
 * Whether a title and one blank end right before `at` (`Hon. R. Achieng`, `MS. KRISTINE JOY B.
 * SANTIAGO`): the initial or the words in capitals there begin a titled name.
 */
export function titleBefore(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return false;
  return titleEnding.test(text.slice(Math.max(0, at - 16), at));
}

const titleEnding = new RegExp(
  `(?:^|[^\\p{L}])(?:${honorific}|MRS?\\.?|MS\\.|MISS|DR\\.|PROF\\.|HON\\.) $`,
  'u',
);

/**
 * `Dr de la Cruz Hernández`, `Frau von Arnim-Sandau`: lower-case particles between a title and the
 * run belong to the family name. Returns the name's start.
 */
export function particlesAfterTitle(text: string, from: number): number {
  if (from < 4 || text.charCodeAt(from - 1) !== 32 || !isLower(text.charCodeAt(from - 2))) return from;
  const m = particlesTitled.exec(text.slice(Math.max(0, from - 40), from));
  return m === null ? from : from - (m[1] as string).length;
}

const particlesTitled = new RegExp(
  `(?:^|[^\\p{L}])(?:${honorific}) ((?:(?:von|van|de|der|den|da|di|du|del|della|la|le|los|las|dos|das|ten|ter|zu) ){1,3})$`,
  'u',
);

/** `D. Joaquín Ibarra`: Spanish `D.` (don), then two capitalised words. */
export function spanishDon(text: string, p: number): boolean {
  return donName.test(text.slice(p + 3, p + 64));
}

export const donName = /^\p{Lu}\p{Ll}+ (?:\p{Ll}{1,3} )?\p{Lu}\p{Ll}/u;

/**
 * Whether academic degrees end right before `at` (`Dr. med. `, `Prof. Dr. rer. nat. `): German
 * titles stack, and their lower-case parts break the run, so the name after them is titled still.
 */
export function degreesBefore(text: string, at: number): boolean {
  if (at < 5 || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 46) return false;
  return degrees.test(text.slice(Math.max(0, at - 48), at));
}

/** Whether the initial `A.` or `V.` at `at` is that of `i. A.` or `i. V.` (im Auftrag, in Vertretung). */
export function onBehalf(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c !== 65 && c !== 86) || text.charCodeAt(at + 1) !== 46) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  return before === 'i. ' || before.endsWith('i.');
}

/**
 * `prof. Riikka Lehtovaara`, `dr. Ana Horvat`, `la señora Itxaso Goikoetxea`, `paní Věru Dvořáčkovou`,
 * `mev. Elsabé du Toit`: titles in lower case, as Nordic, Central European and Afrikaans (`mnr.`,
 * `mev.`, `mej.`) abbreviations and Romance, Polish, Czech and Ukrainian prose write them (in any
 * grammatical case: `panem`, `panią`).
 */
export function lowerTitleBefore(text: string, at: number): boolean {
  if (
    at < 4 ||
    text.charCodeAt(at - 1) !== 32 ||
    (!isLower(text.charCodeAt(at - 2)) && text.charCodeAt(at - 2) !== 46 && text.charCodeAt(at - 2) < 0xc0)
  )
    return false;
  return lowerTitle.test(text.slice(Math.max(0, at - 12), at));
}

const lowerTitle =
  /(?:^|[^\p{L}])(?:(?:prof|dr|doc|ing|mgr|dipl|sra|sr|dott|sig|avv|dhr|mevr|mnr|mev|mej|pr|me|mudr|judr|mag|rag|geom|arch)\.|dott\.ssa|sig\.ra|sig\.na|señora|señor|mevrouw|meneer|mijnheer|juffrouw|heer|fru|herr|fröken|frøken|senhora|senhor|signora|signor|madame|monsieur|docteur|maître|chị|anh|ông|bà|cô|chú|pani|pan|pana|panu|panem|panią|paní|pánem|pánovi|пан|пані|пана|панові) $/u;

const degrees = /\b(?:Dr|Prof)\.(?: (?:med|dent|vet|rer|nat|pol|phil|jur|oec|habil|sc|techn|ing|univ)\.)+ $/;
