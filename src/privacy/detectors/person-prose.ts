import type { Finding } from '../detector.js';
import {
  isGreetingWord,
  isPlaceHead,
  isPlaceTail,
  isPostWord,
  isRoleWord,
  isServiceMailbox,
} from './name-cues.js';
import { companyMarks, givenNames, isWordName, nameKey, notNames, surnames } from './names.js';
import { dish } from './person-dishes.js';
import { headerKind } from './person-headers.js';
import { modelTrim, organisation } from './person-organisations.js';
import { namedPlace } from './person-places.js';
import { blankSeparated, capitalised, nameInRun } from './person-runs.js';
import {
  degreesBefore,
  honorific,
  lowerTitleBefore,
  onBehalf,
  particlesAfterTitle,
  spanishDon,
  titleBefore,
  titleWord,
} from './person-titles.js';
import {
  cap,
  isLower,
  listedKey,
  noNameWord,
  particle,
  particles,
  personAt,
  type Token,
} from './person-words.js';
import { isWord, matchAt, sticky } from './scan.js';

/**
 * PERSON's reader of Latin-script prose: runs of capitalised words, with or without a title
 * (`Dr. Ada Lovelace`, `Jan van der Berg`), initials before a family name (`A. K. Raghunathan`), a
 * given name said alone after the full name, and a couple's shared family name (`John and Mary Smith`).
 */

// Turkish writes a case ending after a name with an apostrophe (`Selin Arslan'a teşekkürler`, to
// Selin Arslan; `Ayşe'nin`, Ayşe's): the name ends at the apostrophe.
const turkishCase =
  '(?:a|e|ya|ye|ı|i|u|ü|yı|yi|yu|yü|ın|in|un|ün|nın|nin|nun|nün|da|de|ta|te|dan|den|tan|ten|yla|yle|la|le)';
// Words of a name are joined by one space: a tab, two spaces (aligned output), `|` or `,` is a cell
// boundary, so a run never spans two cells. After the run: no letter, digit or `(` glued to it,
// but a closing quote, a possessive `'s` and CJK text (`Takumi Yamada様`) may follow.
const run = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.$@#\\])(?:(${honorific}) )?(${cap}(?:(?: \p{Lu}\.)?(?: ${particle}){0,2} ${cap}){0,5})(?![\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{M}\p{N}_(@-]|['’](?!(?:s|${turkishCase})(?!\p{L}))\p{L}|\.\p{L})`,
  'gu',
);

const runAt = sticky(run);

/**
 * Where a `run` match may start: an upper-case ASCII letter before a lower-case one, `.` or a quote
 * (every title and capitalised word), or a non-ASCII character other than a low surrogate, CJK
 * ideographs, kana and Hangul syllables (never upper case).
 */
const runHead = /[A-Z](?=[a-z.'\u0080-\uffff])|[\u0080-\u2fff\ua000-\uabff\ud7b0-\udbff\ue000-\uffff]/g;

/** ASCII characters the `run` lookbehind forbids before a match: `[A-Za-z0-9_.$@#\\]`. */
function blocksRun(c: number): boolean {
  return c < 128 && (isWord(c) || c === 46 || c === 36 || c === 64 || c === 35 || c === 92);
}

/**
 * `Nuria Castells i Puig`, `José Ortega y Gasset`: Catalan and Spanish join two family names with
 * `i` or `y`; the name ends after the second when it is a listed family name and no given name,
 * and no capitalised word follows (`Pérez y María López` is two people). Returns the name's end.
 */
function conjoinedSurname(text: string, end: number): number {
  const c = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || (c !== 105 && c !== 121) || text.charCodeAt(end + 2) !== 32) return end;
  const m = conjoined.exec(text.slice(end + 3, end + 40));
  if (m === null) return end;
  const key = nameKey(m[0]);
  return surnames.has(key) && !givenNames.has(key) ? end + 3 + m[0].length : end;
}

const conjoined = /^\p{Lu}\p{Ll}+(?![\p{L}\p{N}-]| \p{Lu})/u;

/**
 * `Ma. Theresa Dimaano`, `Ma. Cristina Reyes`: Philippine records shorten María to `Ma.` before a
 * second given name; it is the name's first part, no title. Returns the name's start: `from`, or
 * that of `Ma.` when a listed given name follows it.
 */
function mariaBefore(text: string, from: number): number {
  if (
    from < 4 ||
    !text.startsWith('Ma. ', from - 4) ||
    (from > 4 && isLetterOrDigit(text.charCodeAt(from - 5)))
  )
    return from;
  let e = from;
  while (e < text.length && e < from + 24 && text.charCodeAt(e) !== 32) e++;
  return givenNames.has(nameKey(text.slice(from, e))) ? from - 4 : from;
}

const isLetterOrDigit = (c: number): boolean => isWord(c) || c >= 0xc0;

/** `Ana Lima <ana@x.io>`, `"Ana Lima" <ana@x.io>`: the display name of an email address. */
export const displayName = /"? ?<([^\s<>@]{1,64})@[^\s<>]{1,255}>/y;

/**
 * Whether an e-mail address in angle brackets follows `end` (`Dana Oyelaran <dana@…>`), and not a
 * service's mailbox (`UPS Quantum View <pkginfo@ups.com>`, `Uber Receipts <noreply@uber.com>`).
 */
function displayNameAt(text: string, end: number): string | undefined {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 34) return undefined;
  displayName.lastIndex = end;
  const m = displayName.exec(text);
  return m === null || isServiceMailbox(m[1] as string) ? undefined : (m[1] as string).toLowerCase();
}

/**
 * Whether a word that is no name in prose (a greeting: `Selam`, hello in Turkish and a common
 * Eritrean given name) is the given name of the address after it: the address spells it and then
 * the family name or its initial (`Selam Tesfamariam <90311274+selamt@users.noreply.github.com>`,
 * GitHub's noreply form `id+login`), not the greeting alone (`Selam Ekibi <selam@…>`, a team).
 */
function ownGivenName(key: string, family: string, local: string): boolean {
  const login = local.slice(local.indexOf('+') + 1);
  if (!givenNames.has(key) || !login.startsWith(key)) return false;
  const rest = login.slice(key.length).replace(/^[._-]/, '');
  return rest.length > 0 && family.startsWith(rest.slice(0, Math.min(rest.length, family.length)));
}

const turkishTitle = /^(?:Hanım|Hanim|Bey|Hoca)$/;

/** Family names that diseases are named after, written after `M.` (Morbus) in medical notes. */
const eponymousDiseases: ReadonlySet<string> = new Set(
  `crohn basedow bechterew parkinson alzheimer hodgkin addison cushing graves hashimoto wilson paget
raynaud meniere perthes scheuermann sudeck dupuytren osgood whipple kahler waldenstrom pfeiffer
ledderhose behcet still huntington kawasaki menetrier hirschsprung gaucher fabry pompe`.split(/\s+/),
);

/**
 * The end of the `run` match at `p` when it is certainly one plain word without a title (the common
 * case, settled without the regex), else -1. That is an ASCII `[A-Z][a-z]+` after an ASCII character
 * (or none), then neither a character the match could go on with or its lookahead refuse (letters,
 * digits, `_ ( @ - . '`, non-ASCII) nor a space before what a title or a next name word needs (an
 * upper-case or non-ASCII letter, or a particle).
 */
function loneWordEnd(text: string, p: number): number {
  if (p > 0 && text.charCodeAt(p - 1) >= 128) return -1;
  let e = p + 1;
  while (isLower(text.charCodeAt(e))) e++;
  if (e === p + 1 || e >= text.length) return e === p + 1 ? -1 : e;
  const c = text.charCodeAt(e);
  if (c >= 128 || isWord(c) || c === 40 || c === 64 || c === 45 || c === 46 || c === 39) return -1;
  if (c !== 32) return e;
  const d = text.charCodeAt(e + 1);
  if (d >= 128 || (d >= 65 && d <= 90)) return -1;
  if (!isLower(d)) return e;
  let w = e + 2;
  while (isLower(text.charCodeAt(w))) w++;
  // (`Ravindran a/l Subramaniam`, `Kumar s/o Raju`: a parent's particle written with a slash.)
  if (text.charCodeAt(w) === 47 && w === e + 2) return -1;
  return particles.has(text.slice(e + 1, w)) ? -1 : e;
}

/**
 * `A. K. Raghunathan`, `K. Ramesh Babu`: initials, each followed by a blank (not `U.S.`), then one
 * or two capitalised words.
 */
const initials = new RegExp(
  String.raw`((?:\p{Lu}\. ?){0,2}\p{Lu}\.) ((?:${particle} ){0,2}(?:${cap}(?: ${cap})?|\p{Lu}{2,}(?:-\p{Lu}{2,})?))(?![\p{L}\p{N}_(@-]|['’](?!s(?!\p{L}))\p{L}|\.\p{L})`,
  'uy',
);

/**
 * A surname after initials: two or more initials say a person's name whatever the word (bylines,
 * author lists); one (`K. Subramaniam`, or a sentence's `Plan B. Smith`) needs a listed surname.
 */
function initialled(text: string, p: number): Finding | undefined {
  initials.lastIndex = p;
  const m = initials.exec(text);
  if (m === null) return undefined;
  const words = (m[2] as string).split(' ');
  const keys = words.map(nameKey);
  const key = keys[keys.length - 1] as string;
  if (keys.some(noNameWord) || isPlaceHead(keys[0] as string)) return undefined;
  // Initials written without blanks need a particle after them (`S.M. de Wit-Hoekstra`, as Dutch
  // banks write a holder): `U.S. Steel`, `J.P. Morgan` and `Børnehuset H.C. Andersen` are no one's.
  const glued = /\p{Lu}\.\p{Lu}/u.test(m[1] as string);
  if (glued && !particles.has(keys[0] as string)) return undefined;
  const count = glued ? 1 : (m[1] as string).split('.').length - 1;
  // `M. Dupont` is Monsieur Dupont: the title's run reads it.
  if (count < 2 && titleWord.test(m[1] as string)) return undefined;
  // `D. Joaquín Ibarra Goñi`: Spanish `D.` (don) before a given name and more is a title too.
  if (count < 2 && m[1] === 'D.' && words.length > 1) return undefined;
  // `i. A. Sabine Kürşat-Lindemann`, `i. V. Jan Roth`: German for "on behalf of" before a signature;
  // the run after it is read as a name of its own.
  if (count < 2 && words.length > 1 && onBehalf(text, p)) return undefined;
  // `200 W. Madison St`: a street.
  if (isPlaceTail(key) && !surnames.has(key)) return undefined;
  // One initial needs a listed family name, a particle before it (`J. de Groot`), a listed given
  // name before another word (`K. Ramesh Babu`), or a title before it (`Hon. R. Achieng`).
  // `signed by "H. MUELLER"` (a delivery's signature): a family name in capitals needs to be listed,
  // or a title before the name (`MS. KRISTINE JOY B. SANTIAGO`), or two initials, the line to
  // itself and a post on the next (`J. M. NGUGI` over `JUDGE`, a judgment's signature).
  const capitals = !/\p{Ll}/u.test(m[2] as string);
  const end = p + m[0].length;
  const start = capitals && count < 2 ? capsGivenBefore(text, p) : p;
  const titled = titleBefore(text, start);
  if (
    capitals &&
    !surnames.has(key) &&
    !surnames.has(key.split('-')[0] as string) &&
    !titled &&
    !(count >= 2 && ownLine(text, p, end) && postLineAfter(text, end) && !noNameWord(key))
  )
    return undefined;
  const listed =
    surnames.has(key) ||
    surnames.has(key.split('-')[0] as string) ||
    particles.has(keys[0] as string) ||
    (keys.length > 1 && givenNames.has(keys[0] as string));
  if (count < 2 && !listed && !titled) return undefined;
  if (organisation(text, end, undefined, [])) return undefined;
  // `215 Lê Lợi, P. Bến Thành, Q.1`: `P.` (phường, ward) before a ward's name in an address.
  if (namedPlace(text, p, end)) return undefined;
  return { type: 'PERSON', start, end, score: count < 2 ? 0.6 : 0.7, detector: 'person' };
}

/** Whether `[start, end)` is alone on its line, blanks aside (`J. M. NGUGI` signing a judgment). */
function ownLine(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
  let e = end;
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
  return (
    (s === 0 || text.charCodeAt(s - 1) === 10) &&
    (e === text.length || text.charCodeAt(e) === 10 || text.charCodeAt(e) === 13)
  );
}

/**
 * Whether the line after the one ending at or after `end` is a post (`JUDGE`, `Deputy Registrar`,
 * `HR Manager`): a signature block's second line, under the name.
 */
function postLineAfter(text: string, end: number): boolean {
  const eol = text.indexOf('\n', end);
  if (eol === -1) return false;
  const line = postLine.exec(text.slice(eol + 1, eol + 48))?.[0] ?? '';
  return line
    .split(/[ \t]+/)
    .some((w) => w !== '' && (isPostWord(nameKey(w)) || signedPosts.has(nameKey(w))));
}

/** One to three words of letters alone on a line (blanks around them). */
const postLine = /^[ \t]*\p{L}+(?:[ \t]\p{L}+){0,2}[ \t]*(?=\r?\n|$)/u;
/** Posts of courts and offices that sign under their holder's name, beyond `isPostWord`'s. */
const signedPosts: ReadonlySet<string> = new Set(
  'judge justice magistrate registrar commissioner advocate notary chairman chairperson'.split(' '),
);

/**
 * `DESHAWN T. MERRIWEATHER` (a tax notice, a cheque): a listed given name in capitals before the
 * middle initial belongs to the name, and so do one or two unlisted ones after a title (`MS.
 * KRISTINE JOY B. SANTIAGO`) or after Tagalog's article for a person (`si ALDRIN P. MACARAEG`).
 * Returns where the name starts: `p`, or the given names' start.
 */
function capsGivenBefore(text: string, p: number): number {
  if (p < 3 || text.charCodeAt(p - 1) !== 32) return p;
  const m = capsGiven.exec(text.slice(Math.max(0, p - 24), p - 1));
  if (m === null) return p;
  const key = nameKey(m[1] as string);
  const first = p - 1 - (m[1] as string).length;
  const cued = (at: number): boolean =>
    titleBefore(text, at) || personArticle.test(text.slice(Math.max(0, at - 6), at));
  if (!noNameWord(key)) {
    if (cued(first)) return first;
    const two =
      text.charCodeAt(first - 1) === 32
        ? capsGiven.exec(text.slice(Math.max(0, first - 24), first - 1))
        : null;
    const second = two === null ? -1 : first - 1 - (two[1] as string).length;
    if (two !== null && !noNameWord(nameKey(two[1] as string)) && cued(second)) return second;
  }
  return givenNames.has(key) ? first : p;
}

/** Titles that open a post as often as a name (see `prose`). */
const postTitle = /^(?:Hon\.|Bwana|Bw\.|Bi\.)$/;

/** Tagalog's articles before a person's name (`si`, `ni`, `kay`, and their plurals). */
const personArticle = /(?:^|[^\p{L}])(?:si|ni|kay|sina|nina|kina) $/u;
const capsGiven = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}{2,}(?:-\p{Lu}{2,})?)$/u;

/** Programming languages that are given names as well (`Julia`, `Ruby`, `Ada`, `Pascal`). */
const languageGiven = /^(?:Julia|Ruby|Ada|Pascal)$/;
/** Languages a list of programming languages names beside `languageGiven`'s (`Skills: Julia, Python`). */
const otherLanguages =
  'Python|R|SQL|C\\+\\+|C#|Java|JavaScript|TypeScript|Go|Rust|Haskell|Elixir|Erlang|Scala|Kotlin|Swift|MATLAB|Perl|PHP|Fortran|Lisp|OCaml|Clojure|Lua|Dart';
/**
 * Before a language: a quantity (`some Julia`, `a little Ada`), another language in a list (`Go,
 * Ruby`) or a port (`from Python to Julia`), or what is done to software: run, install or upgrade it, port or write code in it (`run
 * Julia inside Jupyter`, `ported to Julia`, `written in Ada`). Not `with` or `in` alone, which stand
 * before people as often (`a call with Julia`).
 */
const languageBefore = new RegExp(
  `(?:\\b(?:some|a little|a bit of)\\s|\\b(?:${otherLanguages})(?:,\\s*|\\s+and\\s+|\\/)|\\bfrom\\s+(?:${otherLanguages})\\s+to\\s|\\b(?:run|runs|running|install|installs|installed|installing|(?:upgrade|upgraded|upgrading|port|ported|porting|migrate|migrated|migrating) to|(?:written|rewritten|rewrite|implemented|coded) in)\\s)$`,
);
/**
 * After a language: its framework (`Ruby on Rails`), another language in a list (`Julia, Python`),
 * or its version (`Julia 1.10`, `Ruby 3.3.0`), a release's dotted number: not a time of day (`Julia
 * 9.30 am`, `9.30 Uhr`) nor a German date (`Julia 1.10.`).
 */
const languageAfter = new RegExp(
  `^(?:\\s+on\\s+Rails|(?:,\\s*|\\s+and\\s+|\\/)(?:${otherLanguages}|RSpec|Rails|SPARK)\\b|\\s+v?\\d\\.\\d{1,2}(?:\\.\\d+)?(?![\\d:.]|\\s?(?:[ap]\\.?m|Uhr|h)\\b))`,
);

/**
 * Whether a lone given name at `start`–`end` is a programming language: in a list of them, after a
 * quantity or a verb for what is done to software, before its version (`Skills: Julia, Python`,
 * `Ruby on Rails`, `some Julia for perf scripts`, `run Julia inside Jupyter`, `to Julia 1.10`). A
 * possessive is a person's (`install Julia's package`).
 */
export function languageMention(text: string, start: number, end: number): boolean {
  if (!languageGiven.test(text.slice(start, end))) return false;
  return (
    languageAfter.test(text.slice(end, end + 16)) ||
    (languageBefore.test(text.slice(Math.max(0, start - 24), start)) &&
      !possessive.test(text.slice(end, end + 2)))
  );
}

const possessive = /^['’]s/;

/** A full stop at `dot`, a blank and a capital: a dotted title before a name. */
const titleThenName = (text: string, dot: number): boolean => {
  const c = text.charCodeAt(dot + 2);
  return text.charCodeAt(dot + 1) === 32 && ((c >= 65 && c <= 90) || c >= 0xc0);
};

export function prose(text: string): Finding[] {
  const out: Finding[] = [];
  // Given names of the full names found so far: said alone later (`Notes from the call with
  // Courtney Goldberg: … Courtney wants …`), they name the same person.
  let firsts: Set<string> | undefined;
  // Every match starts at an upper-case letter (a title or a capitalised word) that follows no
  // letter, digit or `_ . $ @ # \\`: the sticky regex is tried only there, in order, skipping
  // starts inside the previous match, which gives exactly the matches of `run.exec` in a loop.
  let next = 0;
  // Where a second, dotted title ends (`Frau Mag.`): the run after it is titled.
  let stackedTitleEnd = -2;
  runHead.lastIndex = 0;
  while (runHead.test(text)) {
    const p = runHead.lastIndex - 1;
    if (p < next) {
      runHead.lastIndex = next;
      continue;
    }
    if (p > 0 && blocksRun(text.charCodeAt(p - 1))) continue;
    if (text.charCodeAt(p + 1) === 46) {
      const name = initialled(text, p);
      if (name !== undefined) {
        out.push(name);
        next = name.end;
        runHead.lastIndex = next;
        continue;
      }
      // `D. Joaquín …` (see `initialled`): the name is read from the word after the title.
      if (text.charCodeAt(p) === 68 && text.charCodeAt(p + 2) === 32 && spanishDon(text, p)) {
        next = p + 3;
        runHead.lastIndex = next;
        continue;
      }
    }
    // (A word after a title in lower case, `mevrouw Oosterhuis`, `la señora Rossi`, is read as a
    // titled run; not after a dotted one, which may end a sentence: `call me. My husband`.)
    const lone =
      p === stackedTitleEnd + 1 || (text.charCodeAt(p - 2) !== 46 && lowerTitleBefore(text, p))
        ? -1
        : loneWordEnd(text, p);
    if (lone !== -1) {
      next = lone;
      if (firsts?.has(text.slice(p, lone)) && !languageMention(text, p, lone))
        out.push(personAt(p, lone, 0.6));
      continue;
    }
    const m = matchAt(runAt, text, p);
    if (m === null) continue;
    next = p + m[0].length;
    const words = m[2] as string;
    // `Hon. Secretary`, `Bwana Shamba` (the agricultural officer): after these titles, which open
    // posts as well, one word is a name only when listed (`Bwana Okello`).
    if (m[1] !== undefined && postTitle.test(m[1]) && !words.includes(' ') && !listedKey(nameKey(words)))
      continue;
    // `Dear Mr. Okonkwo`, `Thanks Mrs. Hale`: a greeting and a title, the run stopped at the title's
    // full stop; the name is read from the title on. (`Bill Abernathy Sr.`: a name before a suffix.)
    if (text.charCodeAt(next) === 46 && m[1] === undefined && titleThenName(text, next)) {
      const last = words.indexOf(' ') + 1;
      if (
        last > 0 &&
        last === words.lastIndexOf(' ') + 1 &&
        isGreetingWord(nameKey(words.slice(0, last - 1))) &&
        titleWord.test(`${words.slice(last)}.`)
      ) {
        next = m.index + m[0].length - words.length + last;
        runHead.lastIndex = next;
        continue;
      }
    }
    let titled =
      m[1] !== undefined ||
      m.index === stackedTitleEnd + 1 ||
      degreesBefore(text, m.index) ||
      lowerTitleBefore(text, m.index);
    // A lone capitalised word without a title names no one (see nameInRun), unless it is the given
    // name of someone named in full earlier.
    if (!titled && !words.includes(' ')) {
      if (firsts?.has(words) && !languageMention(text, m.index, m.index + words.length))
        out.push(personAt(m.index, m.index + words.length, 0.6));
      continue;
    }
    const base = m.index + m[0].length - words.length;
    const end = base + words.length;
    // `M. Crohn`, `M. Basedow`: Morbus (disease), not Monsieur, in Dutch and German medical notes.
    if (m[1] === 'M.' && !words.includes(' ') && eponymousDiseases.has(nameKey(words))) continue;
    // `Frau Mag. Katharina Gruber`, `Herr Ing. Huber`: a second title, dotted, after the first.
    if (titled && text.charCodeAt(end) === 46 && !words.includes(' ') && titleWord.test(`${words}.`)) {
      next = end + 1;
      runHead.lastIndex = next;
      stackedTitleEnd = next;
      continue;
    }
    let tokens = blankSeparated(words, base);
    // `Elif Hanım`, `Merhaba Elif Hanım`: a Turkish title after the given name alone; after a full
    // name (`Ayşe Nur Karakaya Hanım`, `Emre Doğan Bey`) it is no part of the name.
    const beforeTitle = tokens.length >= 2 ? (tokens[tokens.length - 2] as Token) : undefined;
    const turkish = beforeTitle !== undefined && turkishTitle.test((tokens[tokens.length - 1] as Token).word);
    const opener = tokens.length >= 3 ? (tokens[tokens.length - 3] as Token) : undefined;
    // `eşi Hatice Hanım'ın` (Mrs Hatice's): a case ending after the title leaves the given name alone,
    // kept as the title without one is (`withoutLoneTitled` keeps it only for someone named in full:
    // `Elif Hanım'ın` after `Elif Yıldırım`).
    if (turkish && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019)) {
      tokens = tokens.slice(0, -1);
      if (tokens.length < 2) {
        if (beforeTitle !== undefined && givenNames.has(beforeTitle.key))
          out.push(personAt(beforeTitle.start, beforeTitle.end, 0.7));
        continue;
      }
    } else if (
      turkish &&
      opener !== undefined &&
      (tokens.length > 3 || listedKey(opener.key) || !capitalised.test(opener.word))
    )
      tokens = tokens.slice(0, -1);
    else if (turkish && beforeTitle !== undefined && givenNames.has(beforeTitle.key)) {
      out.push(personAt(beforeTitle.start, beforeTitle.end, 0.7));
      continue;
    }
    // `Ms T. Adeyemi`: a dotless title before an initial is matched as a word of the run; it titles
    // the rest, the initial included.
    let initial: Token | undefined;
    if (
      !titled &&
      tokens.length > 2 &&
      // (`Sri G. Ramachandra Reddy`: Sri is a title before an initial, a given name otherwise.)
      (titleWord.test((tokens[0] as Token).word) || (tokens[0] as Token).word === 'Sri') &&
      /^\p{Lu}\.$/u.test((tokens[1] as Token).word)
    ) {
      tokens = tokens.slice(1);
      initial = tokens[0];
      titled = true;
    }
    // A title inside a run reopens it there: German capitalises nouns (`Laut Rückmeldung von Frau
    // Katharina Vogel`), and titles stack (`Frau Dr. Sabine Hoffmann`). Untitled, a run's first word
    // opens it already and its last opens nothing.
    // (`Yolanda M. Pettiford`: one letter after a given name is a middle initial, not Monsieur.)
    const inner = tokens.findIndex(
      (t, k) =>
        (titled || (k > 0 && k < tokens.length - 1)) &&
        titleWord.test(t.word) &&
        !(t.word.length === 2 && k > 0 && givenNames.has((tokens[k - 1] as Token).key)),
    );
    if (inner !== -1) {
      next = (tokens[inner] as Token).start;
      runHead.lastIndex = next;
      continue;
    }
    const name = nameInRun(text, tokens, titled);
    if (name !== undefined && initial !== undefined && name.from === (tokens[1] as Token).start)
      name.from = initial.start;
    // A display name before an address, unless it names a desk (`Dispute Resolution <disputes@…>`).
    const local = name === undefined && tokens.length <= 4 ? displayNameAt(text, end) : undefined;
    const display =
      local !== undefined &&
      !tokens.some(
        (t, k) =>
          isRoleWord(t.key) ||
          companyMarks.has(t.key) ||
          (notNames.has(t.key) && !(k === 0 && ownGivenName(t.key, (tokens.at(-1) as Token).key, local))),
      );
    if ((name === undefined && !display) || organisation(text, end, m[1], tokens)) continue;
    if (dish(text, end, m[1], tokens)) continue;
    const quote = text.charCodeAt(base - 1);
    const quoted = quote === 34 || quote === 39 || (quote === 37 && text.charCodeAt(base - 2) === 39);
    if (quoted && headerKind(quotedKeyBefore(text, base)) === 'not') continue;
    // (`Jl. Dr. Setiabudi`, `Av. Dr. Arce`: a street named after a titled person, read from the title.)
    if (namedPlace(text, m[1] === undefined ? base : m.index, end)) continue;
    if (m[1] === undefined && modelTrim(text, base)) continue;
    if (name) {
      name.to = conjoinedSurname(text, name.to);
      name.from = mariaBefore(text, particlesAfterTitle(text, name.from));
      out.push(personAt(name.from, name.to, name.score));
      const first = tokens.find((t) => t.start === name.from)?.word;
      if (first !== undefined && name.to > name.from + first.length && givenNames.has(nameKey(first))) {
        firsts ??= new Set();
        firsts.add(first);
      }
    } else out.push({ type: 'PERSON', start: base, end, score: 0.7, detector: 'person' });
  }
  return out;
}

/**
 * `Ezekiel & Adaobi Okwuosa`, `John and Mary Smith` (a couple on an honour roll or an invitation):
 * a listed given name joined to a full name found after it shares its family name, and is a person.
 * (`Ernst & Young`, `Simon & Schuster`: a single word after the joint is a firm's second name.)
 */
export function coupledGivenNames(text: string, found: Finding[]): void {
  const n = found.length;
  for (let i = 0; i < n; i++) {
    const f = found[i] as Finding;
    if (!text.slice(f.start, f.end).includes(' ')) continue;
    // (The cheap test first: the regex's lookbehind reads back over every letter at every position.)
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    if (!before.endsWith('& ') && !before.endsWith('and ')) continue;
    const m = coupleHead.exec(before);
    const key = m === null ? '' : nameKey(m[1] as string);
    // (`Jackson and Mary Smith`, `Paris and …`: not a word or a family name as well.)
    if (m === null || !givenNames.has(key) || surnames.has(key) || isWordName(key)) continue;
    const start = f.start - m[0].length + m[0].indexOf(m[1] as string);
    found.push(personAt(start, start + (m[1] as string).length, Math.min(f.score, 0.8)));
  }
}

/** A capitalised word before `&` or `and`, after no other (`Kocsis Levente and …` is a full name). */
const coupleHead = /(?:^|\n|[^\p{L}\p{N}_.&\s]|(?<!\p{Lu}\p{L}*)[\p{Ll},;:]+ )(\p{Lu}\p{Ll}+) (?:&|and) $/u;

/**
 * The key of a quoted value starting at `at` (`"Shop Name": "Kak Nurul Kuih"`, a JSON export keyed by
 * a BI tool's display names, which the key readers leave to prose), or the column it is compared with
 * in SQL (`s.store_name = 'Ben Franklin Plaza'`, `dia_chi ILIKE '%Nguyễn Huệ%'`), or `''`.
 */
function quotedKeyBefore(text: string, at: number): string {
  const m = quotedKey.exec(text.slice(Math.max(0, at - 48), at));
  return m === null ? '' : ((m[1] ?? m[2] ?? m[3]) as string);
}

const quotedKey =
  /(?:"([^"\n:]{1,40})" ?: ?"|\b([\w.]{1,40}) ?= ?'|\b([\w.]{1,40}) (?:NOT |not )?(?:I?LIKE|i?like) '%?)$/;
