import { type Edit, mergeEdits } from './view.js';

/**
 * E-mail addresses spelled out: `name [at] domain dot com`, `name (at) domain (dot) com`, `name @
 * domain.com`, also with a spelled dot in the local part (`anna dot berg at telia dot se`), in the
 * words of other languages (`jeanluc.morel arobase orange point fr`, `info (at) kanzlei (punkt) de`),
 * and with another character put for `@` by a note that says so (`hr#126.com（#换成@）`).
 */

/**
 * How `@` and `.` are said, per language. The words of one address must all be one language's:
 * `point`, `punt` and `bei` are everyday words too, and only pair with their own language's other
 * word (`… arobase orange point fr`), never with an English `at` (`at this point in`). Japanese
 * writes its words without blanks (`tanakaアットdocomo.ne.jp`).
 */
const languages: ReadonlyArray<readonly [at: readonly string[], dot: readonly string[]]> = [
  [['at'], ['dot']], // English
  [['at', 'bei', 'ät'], ['punkt']], // German
  [['arroba'], ['punto']], // Spanish
  [['arroba'], ['ponto']], // Portuguese
  [['arobase'], ['point']], // French
  [['chiocciola'], ['punto']], // Italian
  [['apenstaartje'], ['punt']], // Dutch
  [['małpa', 'malpa'], ['kropka']], // Polish
  [['собака'], ['точка']], // Russian
  [['アットマーク', 'アット'], ['ドット']], // Japanese
];

const atWords = [...new Set(languages.flatMap(([at]) => at))];
const dotWords = [...new Set(languages.flatMap(([, dot]) => dot))];
/** Katakana words, read without blanks around them. */
const unspaced = (word: string): boolean => /^[\u30a0-\u30ff]+$/.test(word);
/** Longest first, so that `アットマーク` is not read as `アット` and a rest. */
const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).join('|');

/** Every language an address's word is said in (bit `i`: `languages[i]`). */
const saidIn = new Map<string, number>();
languages.forEach(([at, dot], i) => {
  for (const word of [...at, ...dot]) saidIn.set(word, (saidIn.get(word) ?? 0) | (1 << i));
});
// A spaced `@` pairs with `dot` only (`john @ gmail dot com`): other languages' dot words are too
// common in prose to be read after one.
saidIn.set('@', 1);

/** Whether a regex source matches `word` whatever its case (the signs are scanned over every text). */
const anyCase = (word: string): string =>
  [...word]
    .map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`))
    .join('');

const OPEN = '[[({<（［｛＜]';
const CLOSE = '[\\])}>）］｝＞]';

/**
 * `hr_zhaopin#126.com（#换成@）`, `(replace * with @)`: a note that a character stands for `@`, the
 * character in group 1 or 2. Chinese writes 换成/改成/替换为 ("change into"), Japanese を＠に.
 */
const REPLACED_NOTE =
  /([#*＃＊★☆])\s{0,2}(?:换成|改成|替换为|替换成|换为|改为|を)\s{0,2}[@＠]|\breplace\s{1,2}(\S)\s{1,2}(?:with|by)\s{1,2}@/gi;

/**
 * Signs that `spelledEmailEdits` could change a text, as regex sources: a bracketed at/dot word or a
 * spaced `@` (each starting with a rare character), a character put for `@` before a domain
 * (`hr#126.com`); a blank and a dot word (or an at word of a language whose dot word is short);
 * a katakana at word (after a non-ASCII character, for the scan over those).
 */
export const spelledSigns = {
  rare: String.raw`${OPEN}[ \t]{0,2}(?:${[...atWords, ...dotWords].map(anyCase).join('|')})[ \t]{0,2}${CLOSE}|@[ \t]|@(?<=[ \t]@)|#(?<=\w#)(?=[\w-]+\.[A-Za-z])`,
  dot: String.raw`[ \t](?:${dotWords
    .filter((w) => !unspaced(w))
    .map(anyCase)
    .join('|')})[ \t]`,
  katakana: 'ト(?<=アット)',
};
export const spelledSign = new RegExp(Object.values(spelledSigns).join('|'), 'g');

/** A word for `@` or `.`: in brackets, between blanks, or a katakana one with or without blanks. */
const spoken = (words: readonly string[]): string =>
  String.raw`\s{0,3}${OPEN}\s{0,2}(?:${alternatives(words)})\s{0,2}${CLOSE}\s{0,3}|[ \t]{1,3}(?:${alternatives(words.filter((w) => !unspaced(w)))})[ \t]{1,3}|[ \t]{0,3}(?:${alternatives(words.filter(unspaced))})[ \t]{0,3}`;
const AT = String.raw`(?:${spoken(atWords)}|[ \t]{0,3}@[ \t]{0,3})`;
const DOT = String.raw`(?:${spoken(dotWords)}|\.)`;
/** A domain's dot may have blanks around it too (`tariq @fabrikam .eu`), a local part's not (`Hi . ann@…`). */
const DOMAIN_DOT = String.raw`(?:${DOT}|[ \t]{1,3}\.[ \t]{0,3}|\.[ \t]{1,3})`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])[\w%+-]+(?:${DOT}[\w%+-]+)*${AT}[a-z0-9-]+(?:${DOMAIN_DOT}[a-z0-9-]+)*${DOMAIN_DOT}[a-z]{2,24}(?![\w@-]|\.[a-z0-9])`,
  'gi',
);
const SEPARATOR = new RegExp(`${AT}|${DOMAIN_DOT}`, 'gi');

/** Without brackets, "at … dot com" is only an address with a TLD people actually use. */
const commonTlds = new Set(
  'com org net edu gov mil int io co ai app dev info biz me us uk de fr es it nl be ch at se no dk fi pl cz ru ua cn jp kr in au nz ca br mx ar za ie pt gr tr il sg hk tw eu'.split(
    ' ',
  ),
);

/**
 * `Buy followers at cheap-likes dot biz`, `find us at kestrel dot io`: a spoken "at" after an object
 * of buying or finding, or after a pronoun, names a place (a web site), not a mailbox.
 */
function placeBefore(text: string, start: number, match: string): boolean {
  const local = /^[\w%+-]+/.exec(match)?.[0].toLowerCase() ?? '';
  if (pronouns.has(local)) return true;
  const before = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 24), start));
  return before !== null && placeVerbs.has((before[1] as string).toLowerCase());
}

const pronouns: ReadonlySet<string> = new Set(['us', 'me', 'you', 'them', 'him', 'her', 'it', 'uns']);
const placeVerbs: ReadonlySet<string> = new Set(
  'buy buying get find visit shop order book sell selling join follow watch cheap free more'.split(' '),
);

/** A separator's word, without its blanks and brackets: `at`, `punkt`, `@`, `.`. */
const wordOf = (separator: string): string =>
  separator
    .trim()
    .replace(new RegExp(`^${OPEN}\\s*|\\s*${CLOSE}$`, 'g'), '')
    .toLowerCase();

/**
 * `name [at] domain dot com`, `name (at) domain (dot) com`, `name at domain dot com`, `name @
 * domain.com`, and the same in other languages' words (see `languages`). Bracketed forms accept any
 * TLD; spelled-out or spaced forms need a common TLD, and a bare " at " needs a spelled-out dot as
 * well ("I work at acme.com" stays prose).
 */
export function spelledEmailEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const separators = [...m[0].matchAll(SEPARATOR)];
    const forms = separators.map((s) => s[0].trim());
    const words = forms.map(wordOf);
    const bracketed = forms.some((f) => new RegExp(`^${OPEN}`).test(f));
    let language = -1;
    for (const word of words) if (word !== '.') language &= saidIn.get(word) ?? 0;
    if (language === 0) continue;
    const tld = m[0].slice(m[0].search(/[a-z]+$/i)).toLowerCase();
    const spokenAt = words.some((w) => w !== '@' && atWords.includes(w));
    const spelledDot = words.some((w) => dotWords.includes(w));
    if (!bracketed && !(commonTlds.has(tld) && (spelledDot || (words.includes('@') && !spokenAt)))) continue;
    if (!bracketed && spokenAt && placeBefore(text, m.index, m[0])) continue;
    for (const s of separators) {
      const word = wordOf(s[0]);
      edits.push({
        start: m.index + s.index,
        end: m.index + s.index + s[0].length,
        value: word === '@' || atWords.includes(word) ? '@' : '.',
      });
    }
  }
  return mergeEdits([...edits, ...replacedAtEdits(text)]);
}

/**
 * `简历请投：hr_zhaopin#126.com（#换成@）`: where a note in the text says a character stands for `@`,
 * that character becomes `@` between a local part and a domain with a TLD.
 */
function replacedAtEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const note of text.matchAll(REPLACED_NOTE)) {
    const sign = (note[1] ?? note[2]) as string;
    const escaped = sign.replace(/[*]/g, '\\*');
    const address = new RegExp(
      String.raw`(?<![\w.%+-])[\w.%+-]+(${escaped})[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?![\w-]|\.[a-z0-9])`,
      'gi',
    );
    for (const m of text.matchAll(address)) {
      const at = m.index + m[0].indexOf(sign);
      if (!edits.some((e) => e.start === at)) edits.push({ start: at, end: at + sign.length, value: '@' });
    }
  }
  return edits;
}
