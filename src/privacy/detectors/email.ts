import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext } from './context.js';
import { lineTextBefore, matchAt, sticky } from './scan.js';

/**
 * E-mail addresses: a practical subset of RFC 5322 `addr-spec` — dot-atom local parts of
 * letters, digits and `_ % + -` (plus-addressing included; quoted local parts and the rarer atext
 * symbols such as `'` are left out so SQL literals like `'ann@corp.io'` do not swallow the quote),
 * and DNS host names with a 2–63 letter TLD (or a webmail provider's name without it, see
 * `providerOnly`).
 *
 * Not flagged, because none of them is a person's mailbox:
 * - RFC 2606 / RFC 6761 reserved names: example.com/.net/.org and their subdomains, the TLDs
 *   `.example`, `.test`, `.invalid`, `.localhost`, and `example` under a country's domain
 *   (`example.co.jp`, reserved by JPRS; `example.co.uk`, `example.de`, used the same way);
 * - placeholder domains used in docs and forms (`domain.com`, `yourdomain.com`, `yourcompany.com`, …)
 *   and all-x placeholders such as `xxx@xxx.com`;
 * - retina asset names (`icon@2x.png`) and other file names (the "TLD" is a file extension);
 * - SSH/scp remotes (`git@github.com:org/repo.git`, `ssh://git@host/…`) and the user info of any
 *   URL (`postgres://admin:pw@db.internal/…`): a login on a host, not a mailbox (the secret detector
 *   takes the password); a remote with a personal user name is a known gap we accept;
 * - SnowSQL prompts (`analyst#COMPUTE_WH@CRM.PUBLIC>`);
 * - identifiers shaped like addresses: a mail's `Message-ID`/`In-Reply-To`, a MIME part's
 *   `Content-ID` (`<part1.7f3c9a2e@kestrel-outdoor.de>`, RFC 2392), a calendar event's `UID`
 *   (`4qk2m9…@google.com`), under such a key or header;
 * - SQL `LIKE` patterns (`'%@acme.io'`): a local part of wildcards only.
 */
// Letters of the Latin (accented), Greek and Cyrillic alphabets: internationalised addresses (RFC
// 6531: `jürgen.weiß@firma.de`, `иван@почта.рф`). Not CJK: Japanese and Chinese put no blank before an
// address, so their letters would be read into its local part.
const L = '\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
// A local part's dots may come doubled, `dana..kowalski@yahoo.com`: RFC 5322 forbids it, but a
// provider's validator quotes the address a user typed so (`INVALID_EMAIL_ADDRESS: …`), still theirs.
const LOCAL = `[A-Za-z0-9_%+${L}-]+(?:\\.{1,2}[A-Za-z0-9_%+${L}-]+)*`;
const DOMAIN = `(?:[A-Za-z0-9${L}](?:[A-Za-z0-9${L}-]{0,61}[A-Za-z0-9${L}])?\\.)+[A-Za-z${L}]{2,63}(?![A-Za-z0-9_${L}-]|\\.[A-Za-z0-9${L}])`;
const EMAIL = new RegExp(`(?<![A-Za-z0-9_%+.${L}-])${LOCAL}@${DOMAIN}`, 'g');

const email = sticky(EMAIL);

/**
 * `jane.doe_contoso.com#EXT#@fabrikam.onmicrosoft.com`: the user principal name Microsoft Entra ID
 * gives a guest (B2B collaboration: the guest's own address, its `@` made `_`, then `#EXT#` and the
 * inviting tenant's domain). It is that person's address rewritten, and counts as one, `#EXT#` and
 * all.
 */
const guestUpn = sticky(new RegExp(`${LOCAL}#EXT#@${DOMAIN}`, 'g'));

/**
 * `rosario.tellez@hotmail` (a form's or a validator's rejected input): an address typed without its
 * top-level domain at a webmail provider, still that person's mailbox. Only these providers' names:
 * other dotless hosts are logins (`root@localhost`, `git@gitlab`).
 */
const providerOnly = sticky(
  new RegExp(
    `${LOCAL}@(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|aol|gmx|protonmail|yandex|uol|libero|wanadoo|naver|daum|rediffmail|seznam|interia|bigpond)(?![A-Za-z0-9_.${L}-]|:[\\w~./])`,
    'g',
  ),
);

/**
 * `chidi.okafor@gmail...`, `teodora.popescu@ya…`: an address cut by a printer's truncation (Spark's
 * 20-character cells end in `...`, Polars' in `…`), its `@` and some of its domain shown. The span
 * ends where the ellipsis begins. An address cut before its domain (`abimbola.ajayi@...`, `hr@…` in
 * prose) is left alone: nothing says it was a mailbox rather than an elided placeholder.
 */
const truncated = sticky(
  new RegExp(`${LOCAL}@([A-Za-z0-9${L}][A-Za-z0-9${L}-]*(?:\\.[A-Za-z0-9${L}-]+)*\\.?)(?=\\.\\.\\.|…)`, 'g'),
);

/** A shown domain that may be the start of a documentation domain (`john.smith@exa...`). */
const examplePrefix = (domain: string): boolean =>
  'example'.startsWith(domain.toLowerCase().replace(/\.$/, ''));

/** `[A-Za-z0-9_%+.-]` and the letters of `L`: the local part's characters (and its lookbehind's). */
function isLocal(c: number): boolean {
  if (c >= 0xc0) return c <= 0x4ff && c !== 0xd7 && c !== 0xf7 && (c <= 0x24f || c >= 0x370);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 37 ||
    c === 43 ||
    c === 46 ||
    c === 45
  );
}

const reservedTlds = new Set(['example', 'test', 'invalid', 'localhost']);
// JPRS reserves `example.jp` and `example` under each of its second-level domains (`example.co.jp`,
// `example.ne.jp`, …) for documentation, as RFC 2606 does `example.com`: Japanese docs and forms use
// them. Other countries' registries reserve no such name, but writers take `example` under a
// country's domain or its second level the same way (`test.contact@example.co.uk`, `max@example.de`,
// `ana@example.com.br`): no one's mailbox.
const reservedDomains =
  /(?:^|\.)example\.(?:com|net|org|[a-z]{2}|(?:ac|ad|co|com|ed|edu|go|gov|gr|lg|ne|net|or|org)\.[a-z]{2})$/;

/**
 * Whether a domain is reserved for examples and tests (RFC 2606, RFC 6761, JPRS): `example.com`,
 * `*.test`, `example.co.jp`, ….
 */
export function isReservedDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return reservedTlds.has(d.slice(d.lastIndexOf('.') + 1)) || reservedDomains.test(d);
}
// `domain.com`, `yourdomain.com`, `emaildomain.com` (the Anthropic SDK's docs), `company-domain.com`:
// a name that says it stands for a domain.
const placeholderDomains = /^(?:[a-z]+-?)?domain\.[a-z]+$|^(?:your|my)-?company\.[a-z]+$/;
const fileExtensions = new Set(
  'png jpg jpeg gif svg webp ico bmp tif tiff css scss js mjs cjs ts tsx jsx json yaml yml toml lock txt md csv log html map wasm'.split(
    ' ',
  ),
);

const words = contextWords('email', 'mail', 'correo', 'courriel', 'contact', 'reply');

/** Whether `local@domain` is something people could actually receive mail at (see module doc). */
export function isLikelyMailbox(local: string, domain: string): boolean {
  const d = domain.toLowerCase();
  const tld = d.slice(d.lastIndexOf('.') + 1);
  if (isReservedDomain(d) || placeholderDomains.test(d)) return false;
  if (fileExtensions.has(tld)) return false;
  if (/^x+$/i.test(local) && /^x+\.[a-z]+$/.test(d)) return false;
  if (/^[%_]+$/.test(local)) return false;
  return true;
}

/**
 * An identifier's key or header, then its `:`/`=` or a JSON header pair's `","value":` (the Gmail API's
 * `{"name":"Message-ID","value":"<…>"}`), then the ids before this one (`References: <a@x> <b@y>`).
 */
const identifierKey =
  /(?:^|[^A-Za-z0-9_-])(?:message[-_ ]?id|msg[-_]?id|content[-_]?id|in-reply-to|references|uid|ical[-_]?uid|event[-_]?id|thread[-_]?id)["']?(?:[ \t]*[:=]|,[ \t]*["']value["'][ \t]*:)[ \t]*["']?(?:<[^\s<>"']{1,250}>[ \t,]*)*<?$/i;

/**
 * An address-shaped identifier: the value of a `Message-ID`, `UID`, … key or header (see module doc),
 * or the tail of an id in angle brackets (see `bracketedIdTail`).
 */
function isIdentifier(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start - 1);
  // Such a value follows its key's `:`/`=`, maybe a quote or `<`: most addresses follow something else.
  if (c !== 58 && c !== 61 && c !== 60 && c !== 34 && c !== 39 && c !== 32 && c !== 9) return false;
  if (c === 61 && bracketedIdTail(text, start, end)) return true;
  // The key's last letters: `…id`, `…uid`, `references`, `in-reply-to`; `value` of a header pair; the
  // `>` of an id before it.
  let k = start;
  while (k > 0 && start - k < 8 && /[ \t:="'<,]/.test(text[k - 1] as string)) k--;
  const tail = text.slice(Math.max(0, k - 2), k).toLowerCase();
  if (tail !== 'id' && tail !== 'es' && tail !== 'to' && tail !== 'ue' && tail.charCodeAt(1) !== 62)
    return false;
  return identifierKey.test(lineTextBefore(text, start, 400));
}

/**
 * `<CAF8x2pQ7=Lk3mZ9rT@mail.gmail.com>` (a Gmail Message-ID, under any key or none): an "address"
 * found after a `=` inside a token in angle brackets is the tail of an id whose local part holds a
 * character no mailbox of ours does. (`<https://app.io/join?email=ann@corp.io>` holds `:` and `/`: the
 * address of a URL's query is someone's.)
 */
function bracketedIdTail(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 62) return false;
  for (let k = start - 2; k >= 0 && start - k <= 128; k--) {
    const c = text.charCodeAt(k);
    if (c === 60) return k < start - 2;
    if (!isLocal(c) && c !== 61) return false;
  }
  return false;
}

function isSshRemote(text: string, start: number, end: number): boolean {
  return (
    (remotePath.test(text.slice(end, end + 256)) &&
      !loginFlag.test(text.slice(Math.max(0, start - 12), start))) ||
    (inUrlAuthority(text, start) && !loginAddress(text, end))
  );
}

/**
 * `https://marta.kowalczyk%40kestrel.io:token@bitbucket.org`, decoded: an address used as a URL's
 * user name, a `:`, its password and the host's `@` after it. The address is a mailbox all the same.
 */
function loginAddress(text: string, end: number): boolean {
  return text.charCodeAt(end) === 58 && /^:[^\s/@?#]{1,256}@[\w.-]/.test(text.slice(end, end + 300));
}

/** `:org/repo.git`, `:~/backups`, `:file.txt` after `user@host`: a path (a password holds other characters). */
const remotePath = /^:[\w~./-]+(?![^\s'"`,;)\]}>])/;
/** `curl -u 'daria@x.io:pw'`, `--user daria@x.io:pw`: an account's address and its password. */
const loginFlag = /(?:^|\s)(?:-u|--user)[ \t=]?['"]?$/;

/**
 * Whether `start` is inside the authority of a URL (`scheme://user:password@host`,
 * `ssh://git@host`): a `://` before it with only user-info characters between. The `user:pw@host`
 * there is a login on a host (its password is a SECRET), not a mailbox.
 */
function inUrlAuthority(text: string, start: number): boolean {
  // After `user:` the `@` ends a password (`https://marta%40kestrel.io:ATBB…@bitbucket.org`, whose
  // user is an encoded address: decoded, it is an `@` this walk may cross).
  const password = text.charCodeAt(start - 1) === 58;
  for (let k = start - 1; k >= 2 && start - k <= 256; k--) {
    const c = text.charCodeAt(k);
    if (c === 47 /* / */) return text.charCodeAt(k - 1) === 47 && text.charCodeAt(k - 2) === 58;
    if (c <= 32 || (c === 64 && !password) || c === 34 || c === 39 || c === 60 || c === 62 || c === 96)
      return false;
  }
  return false;
}

/** A SnowSQL prompt, `user#WAREHOUSE@DATABASE.SCHEMA>`: a `#` before the "address" and a `>` after it. */
function isPrompt(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 35 && text.charCodeAt(end) === 62;
}

/** Whether `text[i]` is the letter of a `\n`, `\t`, `\r`, `\b` or `\f` escape (an odd run of backslashes before it). */
export function escapeLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 110 || c === 116 || c === 114 || c === 98 || c === 102) && escapedAt(text, i);
}

/** Whether `text[i]` opens the `u0040` of a `\u0040` escape. */
function unicodeEscape(text: string, i: number): boolean {
  return text.charCodeAt(i) === 117 && /^[0-9A-Fa-f]{4}/.test(text.slice(i + 1, i + 5)) && escapedAt(text, i);
}

/** Whether an odd run of backslashes ends before `i`: `text[i]` is escaped. */
function escapedAt(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && text.charCodeAt(k - 1) === 92) k--;
  return (i - k) % 2 === 1;
}

/**
 * `f***.o*******r@gmx.de`, `e•••m@web.de`: the tail of an address masked with `*` or `•` — the
 * visible end of an already-masked value, not a mailbox. (Markdown bold, `**ana@x.io**`, has no
 * letter before its asterisks.)
 */
function maskedBefore(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && start - k < 64 && isMaskChar(text.charCodeAt(k - 1))) k--;
  // Two or more: one `*` separates an X12 segment's elements (`PER*IC*…*EM*jfortier@…`).
  return start - k >= 2 && k > 0 && isLocal(text.charCodeAt(k - 1));
}

/** An address cut short by a printer (see `truncated`), unless its shown domain may be a documentation one. */
function cutShort(text: string, from: number): RegExpExecArray | null {
  const m = matchAt(truncated, text, from);
  return m === null || examplePrefix(m[1] as string) || (m[1] as string).length < 2 ? null : m;
}

/** Whether `at` opens a quoted pattern after SQL's `LIKE` or `ILIKE` (`LIKE '%…`, `ilike "%…`). */
function likePattern(text: string, at: number): boolean {
  const quote = text.charCodeAt(at - 1);
  return (quote === 39 || quote === 34) && likeBefore.test(text.slice(Math.max(0, at - 16), at - 1));
}

const likeBefore = /\b(?:I?LIKE|i?like)[ \t]*$/;

const isMaskChar = (c: number): boolean => c === 42 || c === 0x2022;

const ruleChar = (c: number): boolean => c === 45 || c === 43 || c === 61 || c === 46;

export const emailDetector: Detector = {
  id: 'email',
  entities: ['EMAIL'],
  detect(text) {
    const findings: Finding[] = [];
    // Every match holds one `@`, and starts where the run of local-part characters before it starts.
    let next = 0;
    for (let sign = text.indexOf('@'); sign !== -1; sign = text.indexOf('@', sign + 1)) {
      let from = sign;
      const guest = text.startsWith('#EXT#', sign - 5);
      if (guest) from -= 5;
      const local = from;
      while (from > 0 && isLocal(text.charCodeAt(from - 1))) from--;
      if (from === local || from < next) continue;
      const m = guest
        ? matchAt(guestUpn, text, from)
        : (matchAt(email, text, from) ?? matchAt(providerOnly, text, from) ?? cutShort(text, from));
      if (m === null) continue;
      next = from + m[0].length;
      // `…Procurement\nmatthias.k@…` in JSON or a code string: the letter of an escape (`\n`, `\t`,
      // `\r`) after an unescaped backslash is no part of the address, nor a `\u` escape's letter and
      // digits (`Lea Vogt \u003clea.vogt@posteo.de\u003e`: Go's JSON writes `<` and `>` so).
      let start = m.index + (escapeLetter(text, m.index) ? 1 : unicodeEscape(text, m.index) ? 5 : 0);
      // `----+----⏎ hannah@…` (a psql rule joined to the value below it by the split-value view):
      // dashes, pluses, equals signs and dots open no mailbox.
      while (start < sign && ruleChar(text.charCodeAt(start))) start++;
      // `ILIKE '%sanne.degroot@ziggo.nl%'`: an SQL pattern's leading wildcards are no part of the address.
      if (text.charCodeAt(start) === 37 && likePattern(text, start))
        while (start < sign && (text.charCodeAt(start) === 37 || text.charCodeAt(start) === 95)) start++;
      const end = m.index + m[0].length;
      const address = text.slice(start, end);
      const at = address.indexOf('@');
      if (at === 0) continue;
      if (!isLikelyMailbox(address.slice(0, at), address.slice(at + 1))) continue;
      // `ann_example.com#EXT#@…`: a guest invited from a documentation domain.
      if (guest && isReservedDomain(address.slice(address.lastIndexOf('_', at) + 1, at - 5))) continue;
      if (isSshRemote(text, start, end) || isPrompt(text, start, end) || isIdentifier(text, start, end))
        continue;
      if (maskedBefore(text, start)) continue;
      const score = hasContext(text, start, end, words) ? 0.95 : 0.85;
      findings.push({ type: 'EMAIL', start, end, score, detector: 'email' });
    }
    return findings;
  },
};
