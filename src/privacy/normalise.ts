import type { Detector, EntityType, Finding } from './detector.js';

/**
 * Normalisation against evasion: values hidden behind zero-width characters, fullwidth or other
 * non-ASCII digits, Cyrillic/Greek look-alikes, URL/HTML/JSON escapes, `name [at] domain dot com`,
 * base64, or split by spaces and line breaks. Detectors run on a normalised *view* of the text, and
 * what they find there is mapped back to offsets in the original text.
 *
 * Ordinary text pays a few fast regex tests and one character scan (`signs`, `hasBase64Run`): no view
 * is built unless something could have been disguised, and a view is only used when normalising
 * actually changed the text.
 */

/** A rewritten text and, for each of its UTF-16 code units, the original span `[starts[i], ends[i])` it came from. */
export interface View {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * - `folded`: escapes decoded, characters folded, `[at]`/`dot` spelled out.
 * - `joined`: on top of `folded`, whitespace inside a value that was split apart removed; only
 *   `joinedTypes` findings count.
 * - `base64`: decoded base64 blobs (folded too); every character maps to its whole blob.
 * A view finding counts only if it covers something normalising changed.
 */
export type ViewKind = 'folded' | 'joined' | 'base64';

export interface NormalisedView extends View {
  readonly kind: ViewKind;
}

/** Replace `[start, end)` of a view's text with `value` (`''` removes). */
export interface Edit {
  start: number;
  end: number;
  value: string;
}

/**
 * Cheap signs, one per stage, that the stage could change a text: each starts with a rare character
 * or a single class, so V8 scans plain text at hundreds of MB/s. A stage runs only if its sign is there.
 */
const signs = {
  nonAscii: /[^\t\n\r\x20-\x7e]/,
  escaped: /%[0-9A-Fa-f]{2}|&#|&[A-Za-z]{2,8};|\\u[0-9A-Fa-f{]|\\x[0-9A-Fa-f]{2}/,
  spelled: /[[({<][ \t]{0,2}(?:at|dot)[ \t]{0,2}[\])}>]|[ \t](?:dot[ \t]|@)|@[ \t]/gi,
  split:
    / (?:[A-Za-z0-9@._%+-] ){4}[A-Za-z0-9@._%+-](?: |$)|@[\w-]*[ \t]*\r?\n|@[\w.-]*[.-][ \t]*\r?\n|[._%+-][ \t]*\r?\n[ \t]*[\w.%+-]*@|\n[ \t]*[._%+@-]|[ -]\d{1,6}[ -]?[ \t]*\r?\n[ \t]*\d|\d[ -]?[ \t]*\r?\n[ \t]*\d{1,6}[ -]\d/g,
};

export function identityView(text: string): View {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}

/**
 * Applies sorted, non-overlapping edits. Replacement characters map to the original span of what
 * they replace, so views compose: an edit on a view maps through it to the original text.
 */
export function applyEdits(view: View, edits: readonly Edit[]): View {
  let length = view.text.length;
  for (const e of edits) length += e.value.length - (e.end - e.start);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let from = 0;
  let k = 0;
  const copy = (to: number): void => {
    starts.set(view.starts.subarray(from, to), k);
    ends.set(view.ends.subarray(from, to), k);
    parts.push(view.text.slice(from, to));
    k += to - from;
  };
  for (const e of edits) {
    copy(e.start);
    starts.fill(view.starts[e.start] as number, k, k + e.value.length);
    ends.fill(view.ends[e.end - 1] as number, k, k + e.value.length);
    parts.push(e.value);
    k += e.value.length;
    from = e.end;
  }
  copy(view.text.length);
  return { text: parts.join(''), starts, ends };
}

/** The original span of the view span `[start, end)` (non-empty). */
export function mapSpan(view: View, start: number, end: number): [number, number] {
  return [view.starts[start] as number, view.ends[end - 1] as number];
}

// ---- character folding ---------------------------------------------------------------------------

const zeroWidth = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0xfeff]);

/** Cyrillic, Greek and IPA letters that look like Latin ones (Unicode TR39 confusables, the common part). */
const homoglyphs = new Map<number, string>();
for (const [from, to] of [
  [
    '\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u04cf\u051b\u051d',
    'aeopcyxijsdhlqw',
  ],
  [
    '\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423\u0405\u0406\u0408',
    'ABEKMHOPCTXYSIJ',
  ],
  ['\u03b1\u03bf\u03c1\u03bd\u03b9\u03ba\u03c5', 'aopviku'],
  ['\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7', 'ABEZHIKMNOPTYX'],
  ['\u0261\u0251\u0131', 'gai'],
] as const) {
  for (let i = 0; i < from.length; i++) homoglyphs.set(from.charCodeAt(i), to[i] as string);
}

type Fold = { value: string; kind: 'alnum' | 'punct' | 'homoglyph' } | null;
const folds = new Map<number, Fold>();
const decimalDigit = /\p{Nd}/u;

/** Unicode keeps each script's decimal digits as a run 0–9, so a digit's value is its place in the run. */
function digitValue(cp: number): number {
  let k = 0;
  while (k < 60 && decimalDigit.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

function foldOf(cp: number): Fold {
  let fold = folds.get(cp);
  if (fold !== undefined) return fold;
  const ch = String.fromCodePoint(cp);
  const glyph = homoglyphs.get(cp);
  const nfkc = ch.normalize('NFKC');
  const code = nfkc.length === 1 ? nfkc.charCodeAt(0) : 0;
  if (glyph !== undefined) fold = { value: glyph, kind: 'homoglyph' };
  else if (decimalDigit.test(ch)) fold = { value: String(digitValue(cp)), kind: 'alnum' };
  // NFKC folds fullwidth forms (U+FF01–FF5E), ＠ and ﹫, mathematical letters and circled digits.
  else if (code > 0x20 && code < 0x7f) fold = { value: nfkc, kind: isAsciiAlnum(code) ? 'alnum' : 'punct' };
  else fold = null;
  folds.set(cp, fold);
  return fold;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c) || (c >= 0xdc00 && c <= 0xdfff)) return false;
  return c < 0x7f ? isAsciiAlnum(c) : foldOf(text.codePointAt(i) as number)?.kind === 'alnum';
}

/** Characters of a word, an e-mail address or a key, in the scripts homoglyphs come from. */
function isTokenUnit(c: number): boolean {
  if (c < 0x7f)
    return (
      isAsciiAlnum(c) || c === 0x40 || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d
    );
  return (
    (c >= 0xc0 && c <= 0x52f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xff01 && c <= 0xff5e) ||
    zeroWidth.has(c)
  );
}

/** Marks something a Latin value is made of: an ASCII or fullwidth letter or digit, or an at sign. */
function isLatinMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x7f
    ? isAsciiAlnum(c) || c === 0x40
    : foldOf(c)?.kind === 'alnum' || c === 0xff20 || c === 0xfe6b;
}

/**
 * Drops zero-width characters, folds fullwidth forms and non-ASCII decimal digits to ASCII (fullwidth
 * punctuation only next to a letter or digit), and Cyrillic/Greek look-alikes only inside a token that
 * also holds Latin letters, digits or `@`, so real Russian or Greek text is left alone.
 */
export function foldEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let tokenEnd = -1;
  let tokenMixed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) continue;
    if (zeroWidth.has(c)) {
      edits.push({ start: i, end: i + 1, value: '' });
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const fold = foldOf(cp);
    if (fold?.kind === 'homoglyph' && i >= tokenEnd) {
      let a = i;
      while (a > 0 && isTokenUnit(text.charCodeAt(a - 1))) a--;
      tokenEnd = i + 1;
      while (tokenEnd < text.length && isTokenUnit(text.charCodeAt(tokenEnd))) tokenEnd++;
      tokenMixed = false;
      for (let j = a; j < tokenEnd && !tokenMixed; j++) tokenMixed = isLatinMark(text, j);
    }
    const applies =
      fold !== null &&
      (fold.kind === 'alnum' ||
        (fold.kind === 'punct' && (isAlnumAt(text, i - 1) || isAlnumAt(text, i + width))) ||
        (fold.kind === 'homoglyph' && tokenMixed));
    if (applies) edits.push({ start: i, end: i + width, value: fold.value });
    i += width - 1;
  }
  return edits;
}

// ---- escapes -------------------------------------------------------------------------------------

const ESCAPED =
  /(?:%[0-9A-Fa-f]{2})+|&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z]{2,8};)|\\u\{[0-9A-Fa-f]{1,6}\}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}/g;

/** The HTML named character references that spell ASCII punctuation (WHATWG HTML, named references). */
const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  commat: '@',
  period: '.',
  plus: '+',
  hyphen: '-',
  dash: '-',
  lowbar: '_',
  colon: ':',
  sol: '/',
  num: '#',
  percnt: '%',
  equals: '=',
  excl: '!',
  quest: '?',
  dollar: '$',
  comma: ',',
  semi: ';',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lbrack: '[',
  rbrack: ']',
  lcub: '{',
  rcub: '}',
  lbrace: '{',
  rbrace: '}',
  ast: '*',
  bsol: '\\',
  verbar: '|',
  vert: '|',
  grave: '`',
  Hat: '^',
};

function printable(cp: number): string | undefined {
  if (cp > 0x10ffff || (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13) || (cp >= 0x7f && cp < 0xa0)) return;
  return String.fromCodePoint(cp);
}

/** Decodes a run of `%XX` one UTF-8 sequence at a time, so each character maps to its own bytes. */
function percentEdits(run: string, at: number, edits: Edit[]): void {
  const bytes = Array.from({ length: run.length / 3 }, (_, i) =>
    Number.parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16),
  );
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    let value: string | undefined;
    try {
      value = decodeURIComponent(run.slice(i * 3, (i + size) * 3));
    } catch {
      value = undefined;
    }
    if (
      value !== undefined &&
      [...value].length === 1 &&
      printable(value.codePointAt(0) as number) !== undefined
    ) {
      edits.push({ start: at + i * 3, end: at + (i + size) * 3, value });
      i += size;
    } else i++;
  }
}

/** Decodes URL percent-encoding (valid UTF-8 only), HTML character references and `\u`/`\x` escapes. */
export function escapeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(ESCAPED)) {
    const raw = m[0];
    const at = m.index;
    let value: string | undefined;
    if (raw[0] === '%') {
      percentEdits(raw, at, edits);
      continue;
    }
    if (raw.startsWith('&#x') || raw.startsWith('&#X')) value = printable(Number.parseInt(raw.slice(3), 16));
    else if (raw.startsWith('&#')) value = printable(Number.parseInt(raw.slice(2), 10));
    else if (raw[0] === '&') value = entities[raw.slice(1, -1)];
    else if (raw.startsWith('\\u{')) value = printable(Number.parseInt(raw.slice(3, -1), 16));
    else {
      const code = Number.parseInt(raw.slice(2), 16);
      value = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : printable(code);
    }
    if (value !== undefined) edits.push({ start: at, end: at + raw.length, value });
  }
  return edits;
}

// ---- name [at] domain dot com --------------------------------------------------------------------

const BRACKET_AT = String.raw`\s{0,3}[[({<]\s{0,2}at\s{0,2}[\])}>]\s{0,3}`;
const BRACKET_DOT = String.raw`\s{0,3}[[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,3}`;
const AT = String.raw`(?:${BRACKET_AT}|[ \t]{1,3}at[ \t]{1,3}|[ \t]{0,3}@[ \t]{0,3})`;
const DOT = String.raw`(?:${BRACKET_DOT}|[ \t]{1,3}dot[ \t]{1,3}|\.)`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*${AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}[a-z]{2,24}(?![\w@-]|\.[a-z0-9])`,
  'gi',
);
const SEPARATOR = new RegExp(
  String.raw`${BRACKET_AT}|${BRACKET_DOT}|[ \t]{1,3}(?:at|dot)[ \t]{1,3}|[ \t]{0,3}@[ \t]{0,3}`,
  'gi',
);

/** Without brackets, "at … dot com" is only an address with a TLD people actually use. */
const commonTlds = new Set(
  'com org net edu gov mil int io co ai app dev info biz me us uk de fr es it nl be ch at se no dk fi pl cz ru ua cn jp kr in au nz ca br mx ar za ie pt gr tr il sg hk tw eu'.split(
    ' ',
  ),
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
    const bracketed = forms.some((f) => f.length > 3);
    const tld = m[0].slice(m[0].search(/[a-z]+$/i)).toLowerCase();
    const spelledDot = forms.includes('dot');
    if (
      !bracketed &&
      !(commonTlds.has(tld) && (spelledDot || (forms.includes('@') && !forms.includes('at'))))
    )
      continue;
    for (const s of separators) {
      const form = s[0].trim().toLowerCase();
      edits.push({
        start: m.index + s.index,
        end: m.index + s.index + s[0].length,
        value: form.includes('at') || form === '@' ? '@' : '.',
      });
    }
  }
  return edits;
}

// ---- values split by whitespace ------------------------------------------------------------------

/** `j o h n @ g m a i l . c o m`: six or more single characters with single spaces between. */
const SPACED_OUT = /(?<!\S)(?:[A-Za-z0-9@._%+-] ){5,}[A-Za-z0-9@._%+-](?!\S)/g;
const BREAK_IN_DOMAIN = /(?<![\w.%+-])[\w.%+-]+@([A-Za-z0-9.-]*)[ \t]*\r?\n[ \t]*([A-Za-z0-9.-]+)/g;
const BREAK_IN_LOCAL = /(?<![\w.%+-])[\w.%+-]+[ \t]*\r?\n[ \t]*[\w.%+-]*@[A-Za-z0-9-]/g;
/** Card, phone, SSN or IBAN groups broken over a line: `4111 1111\n1111 1111`, `123-45-\n6789`. */
const BREAK_IN_NUMBER =
  /(?<![^\s"'(=:])\+?[A-Z0-9]{1,6}(?:[ -][A-Z0-9]{1,6})*[ -]?[ \t]*\r?\n[ \t]*[A-Z0-9]{1,6}(?:[ -][A-Z0-9]{1,6})*(?![\w.:/@-]|,\d)/g;

const WHITESPACE = /[ \t\r\n]+/g;

function whitespaceIn(raw: string, at: number, out: Edit[]): void {
  for (const w of raw.matchAll(WHITESPACE))
    out.push({ start: at + w.index, end: at + w.index + w[0].length, value: '' });
}

/**
 * Removes whitespace inside runs that look like one value split apart: spaced-out characters, an
 * e-mail address broken over a line inside its local part or domain, and grouped digits broken over
 * a line. Conservative on purpose: the whole text is prose full of spaces and line breaks.
 */
export function splitEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(SPACED_OUT)) whitespaceIn(m[0], m.index, edits);
  for (const m of text.matchAll(BREAK_IN_DOMAIN)) {
    const [raw, left = '', right = ''] = m;
    if (/\.[A-Za-z]{2,}$/.test(left) && !/^[.-]/.test(right) && !/[.-]$/.test(left)) continue;
    whitespaceIn(raw, m.index, edits);
  }
  for (const m of text.matchAll(BREAK_IN_LOCAL)) {
    const [left = '', right = ''] = m[0].split(/[ \t]*\r?\n[ \t]*/);
    if (/[._%+-]$/.test(left) || /^[._%+@-]/.test(right)) whitespaceIn(m[0], m.index, edits);
  }
  for (const m of text.matchAll(BREAK_IN_NUMBER)) {
    const lineBreak = /[ \t]*\r?\n[ \t]*/.exec(m[0]);
    if (!lineBreak) continue;
    const groups = m[0].slice(0, lineBreak.index) + m[0].slice(lineBreak.index + lineBreak[0].length);
    const digits = groups.replace(/\D/g, '').length;
    if (digits < 9 || digits > 34 || !/[ -]/.test(groups)) continue;
    // Groups printed with spaces stay grouped (card and IBAN print forms); a dash or no separator is kept as is.
    const start = m.index + lineBreak.index;
    const glue = / /.test(groups) && !/-$/.test(m[0].slice(0, lineBreak.index)) ? ' ' : '';
    edits.push({ start, end: start + lineBreak[0].length, value: glue });
  }
  return mergeEdits(edits);
}

function mergeEdits(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start);
  const merged: Edit[] = [];
  for (const e of edits) {
    const last = merged.at(-1);
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else merged.push({ ...e });
  }
  return merged;
}

// ---- base64 --------------------------------------------------------------------------------------

const base64Chars = new Uint8Array(0x10000);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
  base64Chars[ch.charCodeAt(0)] = 1;
const isBase64 = (text: string, i: number): boolean => base64Chars[text.charCodeAt(i)] === 1;

function hasBothCases(text: string, start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  for (let i = start; i < end && !(upper && lower); i++) {
    const c = text.charCodeAt(i);
    upper ||= c >= 0x41 && c <= 0x5a;
    lower ||= c >= 0x61 && c <= 0x7a;
  }
  return upper && lower;
}

/**
 * Runs of 16+ base64 characters (standard or url-safe) holding both cases, with their `=` padding.
 * Any such run covers a position ≡ 15 (mod 16), so only those are probed and expanded: about 600 MB/s
 * on prose, where a regex over a class run tries every start position and manages 30.
 */
export function base64Runs(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let p = 15; p < text.length; p += 16) {
    if (!isBase64(text, p)) continue;
    let start = p;
    while (start > 0 && isBase64(text, start - 1)) start--;
    let end = p + 1;
    while (end < text.length && isBase64(text, end)) end++;
    p = (end | 15) - 16;
    if (end - start < 16 || !hasBothCases(text, start, end)) continue;
    const runEnd = end;
    while (end < runEnd + 2 && text.charCodeAt(end) === 0x3d) end++;
    if (text.charCodeAt(end) !== 0x3d) runs.push([start, end]);
  }
  return runs;
}

/** Blobs are decoded up to this many characters: enough for any text worth hiding, bounded work. */
const MAX_BLOB = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text a base64 run encodes, if it is mostly printable UTF-8 (binary, hashes and ids are not). */
export function decodeBase64Text(run: string): string | undefined {
  if (!/[a-z]/.test(run) || !/[A-Z]/.test(run) || /^[0-9a-fA-F]+$/.test(run)) return;
  const body = run.replace(/=+$/, '').slice(0, MAX_BLOB);
  if (body.length % 4 === 1) return;
  let decoded: string;
  try {
    decoded = utf8.decode(Buffer.from(body, 'base64'));
  } catch {
    return;
  }
  let visible = 0;
  for (const ch of decoded) {
    const cp = ch.codePointAt(0) as number;
    if (printable(cp) !== undefined && cp !== 0xfffd) visible++;
  }
  return decoded.length >= 8 && visible >= 0.95 * [...decoded].length ? decoded : undefined;
}

/** One view of every decoded blob, newline-separated, each character mapped to its whole blob. */
function base64View(text: string, runs: ReadonlyArray<[number, number]>): View | undefined {
  const parts: string[] = [];
  const spans: number[] = [];
  for (const [start, end] of runs) {
    const decoded = decodeBase64Text(text.slice(start, end));
    if (decoded === undefined) continue;
    parts.push(`${decoded}\n`);
    spans.push(start, end);
  }
  if (parts.length === 0) return;
  const blobs = parts.join('');
  const starts = new Int32Array(blobs.length);
  const ends = new Int32Array(blobs.length);
  let k = 0;
  parts.forEach((part, i) => {
    starts.fill(spans[2 * i] as number, k, k + part.length);
    ends.fill(spans[2 * i + 1] as number, k, k + part.length);
    k += part.length;
  });
  return { text: blobs, starts, ends };
}

// ---- views and their findings --------------------------------------------------------------------

/**
 * Runs a stage only on the lines around its signs (at most `reach` characters either side), so its
 * full regexes, which try every token, cost nothing on text far from any sign.
 */
function nearSigns(sign: RegExp, stage: (text: string) => Edit[], reach = 256): (text: string) => Edit[] {
  return (text) => {
    const edits: Edit[] = [];
    let from = 0;
    let to = 0;
    const flush = (): void => {
      if (to > from)
        for (const e of stage(text.slice(from, to)))
          edits.push({ ...e, start: e.start + from, end: e.end + from });
    };
    sign.lastIndex = 0;
    for (const m of text.matchAll(sign)) {
      const lineStart = text.lastIndexOf('\n', Math.max(0, m.index - 1)) + 1;
      const start = Math.max(lineStart, m.index - reach);
      // A sign of a split value already reaches into the next line, so this takes both lines.
      const nextLine = text.indexOf('\n', m.index + m[0].length);
      const end = Math.min(nextLine === -1 ? text.length : nextLine, m.index + m[0].length + reach);
      if (start > to) {
        flush();
        from = start;
      }
      to = Math.max(to, end);
    }
    flush();
    return edits;
  };
}

const stages: ReadonlyArray<[RegExp, (text: string) => Edit[]]> = [
  [signs.escaped, escapeEdits],
  [signs.nonAscii, foldEdits],
  [signs.spelled, nearSigns(signs.spelled, spelledEmailEdits)],
];
const joinStage = nearSigns(signs.split, splitEdits);

/** Applies every stage whose sign is in the text; builds no view (returns undefined) if nothing changed. */
function fold(text: string, base?: View): View | undefined {
  let view = base;
  let current = text;
  for (const [sign, stage] of stages) {
    sign.lastIndex = 0;
    if (!sign.test(current)) continue;
    const edits = stage(current);
    if (edits.length === 0) continue;
    view = applyEdits(view ?? identityView(text), edits);
    current = view.text;
  }
  return view;
}

/**
 * The normalised views of a text, only those that differ from it. Each kind is built at most once
 * (no recursion): `joined` is built on `folded`, and decoded base64 is folded but not decoded again.
 */
export function normalisedViews(text: string): NormalisedView[] {
  const views: NormalisedView[] = [];
  const folded = fold(text);
  if (folded) views.push({ ...folded, kind: 'folded' });
  const current = folded?.text ?? text;
  signs.split.lastIndex = 0;
  const joins = signs.split.test(current) ? joinStage(current) : [];
  if (joins.length > 0) views.push({ ...applyEdits(folded ?? identityView(text), joins), kind: 'joined' });
  const runs = base64Runs(text);
  if (runs.length > 0) {
    const blobs = base64View(text, runs);
    if (blobs) views.push({ ...(fold(blobs.text, blobs) ?? blobs), kind: 'base64' });
  }
  return views;
}

/** Entity types a split value is looked for as; names and dates are too easy to glue together from prose. */
const joinedTypes: ReadonlySet<EntityType> = new Set([
  'EMAIL',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'PHONE',
  'SECRET',
]);

/** Prefix counts of view positions that differ from the original text or sit next to a removed part. */
function changeCounts(view: View, original: string): Int32Array {
  const { text, starts, ends } = view;
  const counts = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const changed =
      end - start !== 1 ||
      text.charCodeAt(i) !== original.charCodeAt(start) ||
      (i > 0 && start !== ends[i - 1]) ||
      (i + 1 < text.length && starts[i + 1] !== end);
    counts[i + 1] = (counts[i] as number) + (changed ? 1 : 0);
  }
  return counts;
}

/** A view finding is new unless the original has one of its type there that it does not strictly extend. */
function isNew(f: Finding, found: readonly Finding[]): boolean {
  return found.every(
    (o) =>
      o.type !== f.type ||
      o.end <= f.start ||
      f.end <= o.start ||
      (f.start <= o.start && o.end <= f.end && f.end - f.start > o.end - o.start),
  );
}

/**
 * Findings that only normalisation reveals, in original offsets: the detectors run over each view,
 * and a view finding is kept if it depends on what normalising changed and the original text has no
 * finding of that type there already. Scores are the detectors' own.
 */
export function findInViews(
  detectors: readonly Detector[],
  text: string,
  found: readonly Finding[],
): Finding[] {
  const out: Finding[] = [];
  for (const view of normalisedViews(text)) {
    let counts: Int32Array | undefined;
    for (const f of detectors.flatMap((d) => d.detect(view.text))) {
      if (view.kind === 'joined' && !joinedTypes.has(f.type)) continue;
      counts ??= changeCounts(view, text);
      if ((counts[f.end] as number) - (counts[f.start] as number) === 0) continue;
      const [start, end] = mapSpan(view, f.start, f.end);
      const mapped = { ...f, start, end };
      if (isNew(mapped, found)) out.push(mapped);
    }
  }
  return out;
}
