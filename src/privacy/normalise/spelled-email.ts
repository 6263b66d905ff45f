import type { Edit } from './view.js';

/**
 * E-mail addresses spelled out: `name [at] domain dot com`, `name (at) domain (dot) com`, `name @
 * domain.com`, also with a spelled dot in the local part (`anna dot berg at telia dot se`).
 */

/**
 * Signs that `spelledEmailEdits` could change a text, as regex sources: a bracketed at/dot or a
 * spaced `@` (each starting with a rare character), and ` dot `.
 */
export const spelledSigns = {
  rare: String.raw`[[({<][ \t]{0,2}(?:[aA][tT]|[dD][oO][tT])[ \t]{0,2}[\])}>]|@[ \t]|@(?<=[ \t]@)`,
  dot: String.raw`[ \t](?:[dD][oO][tT]|punto|ponto|punkt)[ \t]`,
};
export const spelledSign = new RegExp(`${spelledSigns.rare}|${spelledSigns.dot}`, 'g');

const BRACKET_AT = String.raw`\s{0,3}[[({<]\s{0,2}at\s{0,2}[\])}>]\s{0,3}`;
const BRACKET_DOT = String.raw`\s{0,3}[[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,3}`;
// Spanish and Portuguese say `arroba` and `punto`/`ponto`, German `Punkt` (`fjruiz arroba movistar punto es`).
const AT = String.raw`(?:${BRACKET_AT}|[ \t]{1,3}(?:at|arroba)[ \t]{1,3}|[ \t]{0,3}@[ \t]{0,3})`;
const DOT = String.raw`(?:${BRACKET_DOT}|[ \t]{1,3}(?:dot|punto|ponto|punkt)[ \t]{1,3}|\.)`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])[\w%+-]+(?:${DOT}[\w%+-]+)*${AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}[a-z]{2,24}(?![\w@-]|\.[a-z0-9])`,
  'gi',
);
const SEPARATOR = new RegExp(
  String.raw`${BRACKET_AT}|${BRACKET_DOT}|[ \t]{1,3}(?:at|dot|arroba|punto|ponto|punkt)[ \t]{1,3}|[ \t]{0,3}@[ \t]{0,3}`,
  'gi',
);

const spokenAt: ReadonlySet<string> = new Set(['at', 'arroba']);
const spokenDot: ReadonlySet<string> = new Set(['dot', 'punto', 'ponto', 'punkt']);

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

const pronouns: ReadonlySet<string> = new Set(['us', 'me', 'you', 'them', 'him', 'her', 'it']);
const placeVerbs: ReadonlySet<string> = new Set(
  'buy buying get find visit shop order book sell selling join follow watch cheap free more'.split(' '),
);

/**
 * `name [at] domain dot com`, `name (at) domain (dot) com`, `name at domain dot com`, `name @ domain.com`.
 * Bracketed forms accept any TLD; spelled-out or spaced forms need a common TLD, and a bare " at "
 * needs a spelled-out dot as well ("I work at acme.com" stays prose).
 */
export function spelledEmailEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const separators = [...m[0].matchAll(SEPARATOR)];
    const forms = separators.map((s) => s[0].trim().toLowerCase());
    const bracketed = forms.some((f) => /[[({<]/.test(f));
    const tld = m[0].slice(m[0].search(/[a-z]+$/i)).toLowerCase();
    const spelledDot = forms.some((f) => spokenDot.has(f));
    if (
      !bracketed &&
      !(commonTlds.has(tld) && (spelledDot || (forms.includes('@') && !forms.some((f) => spokenAt.has(f)))))
    )
      continue;
    if (!bracketed && forms.some((f) => spokenAt.has(f)) && placeBefore(text, m.index, m[0])) continue;
    for (const s of separators) {
      const form = s[0].trim().toLowerCase();
      edits.push({
        start: m.index + s.index,
        end: m.index + s.index + s[0].length,
        value: form === '@' || spokenAt.has(form) || /\bat\b/.test(form) ? '@' : '.',
      });
    }
  }
  return edits;
}
