import type { Finding } from './detector.js';
import { plainWord } from './detectors/person-words.js';

/** Past this many distinct names a text is a table of people, whose rows find their own names. */
const MAX_NAMES = 16;

/**
 * `Solveig Rønning` … `'SOLVEIG rønning'`, `Tor-Erik Lunde` … `'Tor-Erik  Lunde'`, `Müller, Hans-Peter`
 * … `MÜLLER, hans-peter`, `Håkon` … `"Haakon"`: a name found in the text, written elsewhere in it in
 * other capitals, with a doubled blank (in quotes), or with its letters folded to ASCII (`å` as `aa` or `a`, `ø`
 * as `o` or `oe`, `ü` as `ue`, `é` as `e`), is the same person's, as data cleaning shows a value
 * before and after its fix. A name of one word varies only by folding, and stays capitalised (`Rose`
 * found gives no `rose`). `findings` are sorted and disjoint; so is the result.
 */
export function variantSpellings(text: string, findings: Finding[]): Finding[] {
  const names = new Map<string, Finding>();
  for (const f of findings) {
    if (f.type !== 'PERSON' || f.end - f.start < 4 || f.end - f.start > 48) continue;
    const name = text.slice(f.start, f.end);
    if (names.has(name)) continue;
    // (A word of ASCII letters has no folded spelling; a name of several words varies by case too.)
    if (name.includes(' ') ? !nameWords.test(name) : !(plainWord.test(name) && nonAscii.test(name))) continue;
    names.set(name, f);
    if (names.size > MAX_NAMES) return findings;
  }
  if (names.size === 0) return findings;
  // Most texts hold no variant at all: a name is only looked for where its lower-cased, ASCII-folded
  // form occurs as a word more often than the name itself does, so that the case-blind pattern
  // below, slow on a long text, runs on few texts.
  const forms = new TextForms(text);
  const entries = [...names].filter(([name]) => mayVary(forms, name));
  if (entries.length === 0) return findings;
  const spellings = new RegExp(
    `(?<![\\p{L}\\p{N}_@.-])(?<!\\p{L}['’])(?:${entries.map(([name]) => `(${spelling(name)})`).join('|')})(?![\\p{L}\\p{N}_@-]|['’.]\\p{L})`,
    'giu',
  );
  const added: Finding[] = [];
  const replaced = new Set<Finding>();
  for (const m of text.matchAll(spellings)) {
    const value = m[0];
    const index = m.findIndex((group, k) => k > 0 && group !== undefined);
    const [name, f] = entries[index - 1] as [string, Finding];
    // The name as found, and its copies, are `repeatedNames`' to read.
    if (value === name || (!name.includes(' ') && !plainWord.test(value))) continue;
    const start = m.index;
    const end = start + value.length;
    // Two blanks in a row also part the cells of an aligned table (`Per-Olof  von Essen` under
    // fornamn and efternamn): a doubled blank is a value's own only inside its quotes (a repr).
    if (value.includes('  ') && !quotedAround(text, start, end)) continue;
    // Parts of it found alone (`Tor-Erik` and `Lunde` either side of the double blank) give way to
    // the whole name; anything else in the way keeps it.
    const inside = findings.filter((g) => g.start < end && start < g.end);
    if (inside.some((g) => g.type !== 'PERSON' || g.start < start || g.end > end)) continue;
    if (added.some((g) => g.start < end && start < g.end)) continue;
    added.push({ ...f, start, end, score: 0.65 });
    for (const g of inside) replaced.add(g);
  }
  if (added.length === 0) return findings;
  const kept = replaced.size === 0 ? findings : findings.filter((f) => !replaced.has(f));
  return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The text lower-cased and folded to ASCII, each made once and only when a name needs it. */
class TextForms {
  private lowerCased: string | undefined;
  private folded: string | undefined;
  readonly doubledBlank: boolean;

  constructor(readonly text: string) {
    this.doubledBlank = text.includes('  ');
  }

  get lower(): string {
    this.lowerCased ??= this.text.toLowerCase();
    return this.lowerCased;
  }

  get ascii(): string {
    this.folded ??= skeleton(this.text);
    return this.folded;
  }
}

/**
 * Whether `name` may be written another way in the text: the form every variant shares (lower case;
 * for a name with letters beyond ASCII, also folded: `Håkon`, `Haakon` and `hakon` are all `hakon`)
 * occurs as a word, doubled blanks included, more often than the name itself does.
 */
function mayVary(forms: TextForms, name: string): boolean {
  const plain = /^[\0-\x7f]*$/.test(name);
  const haystack = plain ? forms.lower : forms.ascii;
  const needle = plain ? name.toLowerCase() : skeleton(name);
  let found = words(haystack, needle);
  if (forms.doubledBlank && needle.includes(' ')) found += words(haystack, needle.replaceAll(' ', '  '));
  return found > words(forms.text, name);
}

/**
 * Lower case with accents dropped and the Nordic and German transcriptions collapsed (`ø`, `oe` →
 * `o`; `å`, `aa`, `æ`, `ae` → `a`; `ü`, `ue` → `u`; `ß`, `ss` → `s`): one form for a name and each
 * spelling of it that `spelling` reads. Letters only change; blanks and marks stay.
 */
function skeleton(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ø|œ/g, 'o')
    .replace(/æ/g, 'a')
    .replace(/ß/g, 's')
    .replace(/aa|ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/ss/g, 's');
}

/** How many times `part` occurs in `whole` as `spellings` reads a name: not inside a word, an address or a path. */
function words(whole: string, part: string): number {
  let n = 0;
  for (let i = whole.indexOf(part); i !== -1; i = whole.indexOf(part, i + part.length)) {
    const j = i + part.length;
    if (isWordChar(whole, i - 1) || /[@.-]/.test(whole.charAt(i - 1))) continue;
    if (isWordChar(whole, j) || /[@-]/.test(whole.charAt(j))) continue;
    if (/['’.]/.test(whole.charAt(j)) && isWordChar(whole, j + 1)) continue;
    n++;
  }
  return n;
}

const isWordChar = (s: string, i: number): boolean =>
  i >= 0 && i < s.length && /[\p{L}\p{N}_]/u.test(s.charAt(i));

/** Whether the same quote stands right before `start` and right after `end`. */
function quotedAround(text: string, start: number, end: number): boolean {
  const q = text.charCodeAt(start - 1);
  return (q === 39 || q === 34) && text.charCodeAt(end) === q;
}

/** Letters, blanks, hyphens, apostrophes, commas and dots: a name's characters. */
const nameWords = /^[\p{L}\p{M}'’., -]+$/u;
const nonAscii = /[^\0-\x7f]/;

/** How each letter of a name may be written folded to ASCII (Nordic and German transcriptions). */
const folds: ReadonlyMap<string, string> = new Map([
  ['å', '(?:å|aa|a)'],
  ['ø', '(?:ø|oe|o)'],
  ['æ', '(?:æ|ae)'],
  ['ä', '(?:ä|ae|a)'],
  ['ö', '(?:ö|oe|o)'],
  ['ü', '(?:ü|ue|u)'],
  ['ß', '(?:ß|ss)'],
]);

/** A regex source for `name` in any case (the regex's `i`), a blank doubled (a tab parts cells), letters folded. */
function spelling(name: string): string {
  let out = '';
  for (const c of name.toLowerCase()) {
    const fold = folds.get(c);
    if (fold !== undefined) out += fold;
    else if (c === ' ') out += ' {1,2}';
    else if (c === "'" || c === '’') out += "['’]";
    else if (c === '.') out += '\\.';
    else if (c.charCodeAt(0) > 127) {
      // `é` as `e`: its letter without the accent, when that is ASCII.
      const base = c.normalize('NFD').charAt(0);
      out += base.charCodeAt(0) < 128 ? `(?:${c}|${base})` : c;
    } else out += c;
  }
  return out;
}
