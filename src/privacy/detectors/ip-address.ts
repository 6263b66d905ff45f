import { isIPv6 } from 'node:net';
import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext, inColumnHeader, isBefore } from './context.js';
import { blockAround, isWord, lineTextBefore } from './scan.js';

/**
 * IPv4 and IPv6 addresses. A candidate is a whole run of hex digits, dots and colons, so a dotted
 * quad inside a longer dotted sequence (an OID `1.3.6.1.4.1`, `10.0.19041.1`) is never flagged.
 * - IPv4: four decimal octets 0–255 without leading zeros, optionally followed by `:port`.
 * - IPv6: anything `net.isIPv6` accepts (compressed `::`, IPv4-mapped `::ffff:192.0.2.1`), with at
 *   least one digit and two groups so `a::b`-style C++/Rust paths are not taken for addresses.
 * Never flagged: loopback (127.0.0.0/8, ::1, ::ffff:127.x), unspecified (0.0.0.0, 0.x, ::), netmasks
 * and the broadcast address (`netmask 255.255.255.0`, `240.0.0.0`), the well-known multicast groups
 * (see `serviceGroup`), and version numbers: a quad preceded by `v`/`@` (but not by a URL's
 * `user:pw@` nor an ssh destination's `user@`), by a version word (`version`, `ver`, `release`,
 * `rev`, `firmware`, and `version` in other languages: `wersji`, `versión`) or by `OID` (an object
 * identifier four arcs long, `OID 1.3.101.110`) in the 16 characters
 * before it on its line or in its column header, preceded by
 * a pin operator (`==`, `>=`, `~=`, `^`, `~`), or followed by a semver pre-release/build suffix
 * (`-rc1`, `+build`); section numbers (`§ 4.2.1.3`, `RFC 7540 8.1.2.4`, `ES6$24.2.4.21`, a spec's
 * step numbered in a comment, `// 4.2.6.1`, where the text numbers its outline) and the object
 * identifiers of four arcs that certificate code names beside longer ones (`'1.3.101.110'`); MAC
 * addresses and EUI-64s written in colons (`00:1A:2B:3C:4D:5E:6F:70`).
 * Private and documentation ranges (10/8, 192.0.2.0/24, 2001:db8::/32) are flagged like any other,
 * except an address given as an example (see `documentationExample`).
 */
/**
 * Per ASCII character, what it is in a run (`[0-9A-Fa-f:.]`): 2 a digit, 1 another run character,
 * 0 none. Runs are walked from each of a text's many dots and colons: one lookup per character.
 */
const runKinds = new Uint8Array(128);
for (const ch of 'ABCDEFabcdef:.') runKinds[ch.charCodeAt(0)] = 1;
for (const ch of '0123456789') runKinds[ch.charCodeAt(0)] = 2;
const runKind = (c: number): number => (c < 128 ? (runKinds[c] as number) : 0);

/**
 * The runs (a hex digit or `:`, then hex digits, `:` and `.`, not after `\w` or `.`) that could be
 * an address (see `mayHoldAddress`; no other run can be one), as `[start, end)`: found from each
 * `.`/`:` instead of trying the regex at every character, and filtered before they are kept (most
 * are decimals, times and JSON keys). A match ends where its maximal run of run characters ends, and
 * starts at the first character of that run that is not a `.` and follows neither `\w` nor `.`.
 */
function runs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let dot = text.indexOf('.');
  let colon = text.indexOf(':');
  let next = 0;
  while (dot !== -1 || colon !== -1) {
    const q = dot === -1 ? colon : colon === -1 ? dot : Math.min(dot, colon);
    if (q >= next) {
      let seen = 0;
      let a = q;
      while (a > 0) {
        const kind = runKind(text.charCodeAt(a - 1));
        if (kind === 0) break;
        seen |= kind;
        a--;
      }
      let b = q + 1;
      while (b < text.length) {
        const kind = runKind(text.charCodeAt(b));
        if (kind === 0) break;
        seen |= kind;
        b++;
      }
      const digit = (seen & 2) !== 0;
      let i = a;
      if (a > 0 && isWord(text.charCodeAt(a - 1))) i = a + 1; // the run's first character cannot start
      for (; i < b; i++) {
        if (text.charCodeAt(i) === 46) continue;
        if (i === a || text.charCodeAt(i - 1) === 58) break;
      }
      // Every address holds a digit, three dots or a `::` or six colons, and no word character follows it.
      if (i < b && digit && !isWord(text.charCodeAt(b)) && mayHoldAddress(text, i, b)) out.push([i, b]);
      next = b;
    }
    if (dot !== -1 && dot <= q) dot = text.indexOf('.', Math.max(q + 1, next));
    if (colon !== -1 && colon <= q) colon = text.indexOf(':', Math.max(q + 1, next));
  }
  return out;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_WITH_PORT = new RegExp(`^(${OCTET}(?:\\.${OCTET}){3})(?::\\d{1,5})?$`);

/**
 * `version` and its words in other languages (`w wersji 10.4.2.7`, `versión`, `Version`), whole
 * tokens, or, from five letters, parts of one (`wersja` in `wersjach`).
 */
const versionWords = contextWords(
  ...'version ver release rev revision firmware versión versao versão versione versie versio versiota versiossa versiyon sürüm sürümü wersja wersji wersję verze verzi verzió versjon версия версии версію версія バージョン 版本 버전'.split(
    ' ',
  ),
);
const ipWords = contextWords(
  'ip',
  'ipv',
  'address',
  'addr',
  'host',
  'client',
  'remote',
  'src',
  'dst',
  'peer',
);

/** The IPv4 address at the start of a run (before an optional port), or undefined. */
export function ipv4Of(run: string): string | undefined {
  return IPV4_WITH_PORT.exec(run)?.[1];
}

function colons(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 58) n++;
  return n;
}

/** Whether a literal IPv6 address is worth flagging (valid, not loopback/unspecified, not `a::b`). */
export function isIpv6Address(value: string): boolean {
  if (value.length > 45 || !/\d/.test(value)) return false;
  // Without `::` an address has eight groups (seven colons) or six and an IPv4 tail (six).
  if (!value.includes('::') && colons(value) < 6) return false;
  if (!isIPv6(value)) return false;
  const groups = value.match(/[0-9A-Fa-f.]+/g) ?? [];
  if (groups.length < 2) return false;
  // `00:1A:2B:3C:4D:5E:6F:70`, `00:1A::2B:3C:4D:5E`: a MAC or EUI-64 in colons, every group two hex digits.
  if (groups.length >= 5 && groups.every((g) => g.length === 2)) return false;
  const lower = value.toLowerCase();
  return !/^::(?:ffff:)?127\.[\d.]+$/.test(lower) && !/^[0:]+1?$/.test(lower);
}

/** The address a run starts with (an IPv4 may carry a `:port`), or undefined. */
function addressAt(run: string): string | undefined {
  if (!run.includes('::')) {
    const v4 = ipv4Of(run);
    if (v4) return v4;
  }
  return isIpv6Address(run) ? run : undefined;
}

/**
 * Whether the `@` before `start` ends the user info of a URL (`mysql://ro:pw@10.20.30.40:3306`):
 * the host then follows, not a package version (`pkg@1.2.3.4`). User info holds no `/` or blank.
 */
function afterUserinfo(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 64) return false;
  const before = text.slice(Math.max(0, start - 300), start - 1);
  const scheme = before.lastIndexOf('://');
  return scheme !== -1 && !/[\s/]/.test(before.slice(scheme + 3));
}

/**
 * Whether the `@` before `start` ends the login of an OpenSSH-style destination (`ssh
 * deploy@52.18.44.201`, `scp f ubuntu@10.0.0.5:/tmp`, `rsync -a d/ root@…:`): a command of the
 * ssh family earlier on the line, and a login (no `/`, which a scoped package `@scope/pkg@1.2.3.4` holds).
 */
function afterSshLogin(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 64) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(Math.max(lineStart, start - 300), start - 1);
  return /(?:^|[\s;|&(])(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|sshpass)\b[^\n]*[\s=]["']?[A-Za-z_][\w.-]{0,63}$/.test(
    line,
  );
}

/**
 * `10.0.0.0/8`, `2001:db8::/32`, `10.20.0.0 255.255.0.0`: a network (its host bits zero under its
 * prefix or mask) names no host, so no one's address.
 */
function network(text: string, value: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 47) {
    const m = /^\/(\d{1,3})(?!\d)/.exec(text.slice(end, end + 5));
    if (m === null) return false;
    const prefix = Number(m[1]);
    if (value.includes(':')) return /::$/.test(value) && prefix < 128;
    const bits = v4Number(value);
    // The host bits: the low 32 - prefix bits of the address.
    return prefix < 32 && bits % 2 ** (32 - prefix) === 0;
  }
  if (c === 32 && !value.includes(':') && value.endsWith('.0'))
    if (/^ 255\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/.test(text.slice(end, end + 17))) return true;
  return !value.includes(':') && inRange(text, value, end);
}

/**
 * `10.0.0.0-10.255.255.255` (a firewall's address object): the network and broadcast bounds of a
 * range name no host, like a CIDR network. A pool between two hosts (`10.0.0.100-10.0.0.200`) is
 * still two addresses.
 */
function inRange(text: string, value: string, end: number): boolean {
  const start = end - value.length;
  const after = rangeAfter.exec(text.slice(end, end + 19));
  if (after !== null) return networkBounds(value, after[1] as string);
  const before = rangeBefore.exec(text.slice(Math.max(0, start - 19), start));
  return before !== null && networkBounds(before[1] as string, value);
}

function networkBounds(low: string, high: string): boolean {
  return low.endsWith('.0') && high.endsWith('.255') && v4Number(low) < v4Number(high);
}

const rangeAfter = /^ ?- ?(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/;
const rangeBefore = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3}) ?- ?$/;
const v4Number = (v: string): number => v.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/**
 * `sample[1::2]`, `x[:, 3::3]`: a Python slice with a step, not the address `1::2` (two decimal
 * groups, which no one's address is).
 */
const pythonSlice = (value: string): boolean => /^\d{0,4}::\d{1,4}$/.test(value);

function looksLikeVersion(text: string, start: number, end: number): boolean {
  // `Chrome/122.0.0.0`: a product's version in a user agent (a dotless word, a round version), not
  // `tomasz.wierzbicki/37.120.211.46` (OpenVPN's common name before a client's address).
  if (text.charCodeAt(start - 1) === 47 && text.charCodeAt(end - 2) === 46 && text.charCodeAt(end - 1) === 48)
    return /(?:^|[\s(;])[A-Za-z][\w-]{1,30}$/.test(text.slice(Math.max(0, start - 33), start - 1));
  const before = text.slice(Math.max(0, start - 2), start);
  // `ES6$24.2.4.21`, `WhatWG HTML$8.6.1.5`: a section of a spec, glued to its name by a `$`.
  if (/\w\$$/.test(before)) return true;
  if (/(?:==|>=|<=|~=|[@^~])$/.test(before))
    return !afterUserinfo(text, start) && !afterSshLogin(text, start);
  if (/^(?:-[A-Za-z]|\+\w)/.test(text.slice(end, end + 2))) return true;
  // `NextGen 1.7.1.1`: four one-digit parts right after a product's capitalised name are its version.
  if (end - start === 7 && /(?:^|\s)[A-Z][\w-]{1,30} v?$/.test(text.slice(Math.max(0, start - 34), start)))
    return true;
  // `(OID 1.3.101.110)`: the object identifier of X25519, four arcs long; `rfc7231#section-7.1.1.1`,
  // `§ 4.2.1.3`, `(RFC 7540 8.1.2.4)`: a numbered section.
  if (oidBefore.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (stepComment(text, start, end) || knownOid(text, start, end)) return true;
  // `('app_version','4.12.0.3')`, `appVersion: "4.4.0.1"`, `sdk-version=…`: a key or field naming a
  // version, joined to other words; an attribute list's `{"key":"app_version","value":{"string_value":"…`
  // (GA4's event_params, OTLP's attributes) too.
  if (versionKeyBefore.test(text.slice(Math.max(0, start - 56), start))) return true;
  return isBefore(text, start, versionWords, 16) || inColumnHeader(text, start, end, versionWords);
}

const versionKeyBefore =
  /version["'`]?[ \t]*[,:=][ \t]*(?:"value"[ \t]*:[ \t]*(?:\{[ \t]*"\w{1,24}"[ \t]*:[ \t]*)?)?["'`]?$/i;
const oidBefore =
  /(?:\bOID|\boid|object identifier)s?["'`]?[ \t]*[:=(]?[ \t]*["'`]?$|(?:\bsection|\bsect?\.|§)[ \t-]?$|\bRFC[ \t-]?\d{3,5},?[ \t]+$/i;

/**
 * `// 4.2.6.1`, `// 5.2.1.2. If position is not past the end of input`: a step of a spec's algorithm
 * numbered in a comment beside the code that follows it (undici's Fetch and Cache, after the WHATWG
 * specs), when the text numbers its outline so: another comment gives the step's parent (`// 4.2.6`)
 * or a step under it (`// 1.1.1.1.1`). The comment's opener (`//`, `#`, `*`, `--`) comes right
 * before each number (`tcpdump`'s `10.0.0.1.5353`, an address and its port, is no step).
 */
function stepComment(text: string, start: number, end: number): boolean {
  if (!commentOpener.test(text.slice(Math.max(0, start - 8), start))) return false;
  const steps = outline(text);
  const quad = text.slice(start, end);
  return steps.has(quad.slice(0, quad.lastIndexOf('.'))) || steps.has(`${quad}.`);
}

const commentOpener = /(?:^|[\s{};])(?:\/\/|#|\*|--)[ \t]*$/;

/**
 * The numbers of three dotted parts that open a comment in `text` (`// 4.2.6`), and the four-part
 * heads, with their dot, of those of five or more (`// 1.1.1.1.1` → `1.1.1.1.`), found once per text.
 */
function outline(text: string): ReadonlySet<string> {
  if (text === outlineText) return outlineSteps;
  outlineText = text;
  outlineSteps = new Set();
  for (const m of text.matchAll(dottedNumber)) {
    const at = m.index as number;
    if (!commentOpener.test(text.slice(Math.max(0, at - 8), at))) continue;
    const parts = m[0].split('.');
    if (parts.length === 3) outlineSteps.add(m[0]);
    else if (parts.length > 4) outlineSteps.add(`${parts.slice(0, 4).join('.')}.`);
  }
  return outlineSteps;
}

let outlineText: string | undefined;
let outlineSteps: Set<string> = new Set();
const dottedNumber = /(?<![\w.])\d{1,3}(?:\.\d{1,6}){2,}(?![\w]|\.\d)/g;

/**
 * `case '1.3.101.110':` (X25519), `'2.5.4.3'` (a certificate's common name), `2.5.29.17` (its
 * subject alternative names): the object identifiers of four arcs that certificate code names,
 * taken for what they are where the text holds a longer identifier too (`1.2.840.113549.1.1.11`).
 */
function knownOid(text: string, start: number, end: number): boolean {
  if (!fourArcOid.test(text.slice(start, end))) return false;
  if (text !== oidText) {
    oidText = text;
    oidsBeside = longerOid.test(text);
  }
  return oidsBeside;
}

let oidText: string | undefined;
let oidsBeside = false;

const fourArcOid = /^(?:1\.3\.101\.11[0-3]|2\.5\.(?:4|29)\.\d{1,2})$/;
const longerOid = /(?<![\w.])[12]\.\d{1,3}\.\d{1,6}\.\d{1,6}\.\d{1,6}(?:\.\d{1,6})*(?![\w.])/;

/**
 * False only when `addressAt` finds nothing in the run (nor in it without its last character): an
 * IPv4 address has three dots, an IPv6 one a `::` or at least six colons.
 */
function mayHoldAddress(text: string, start: number, end: number): boolean {
  let dots = 0;
  let colons = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (++dots >= 3) return true;
    } else if (c === 58) {
      if (++colons >= 6 || text.charCodeAt(k + 1) === 58) return true;
    }
  }
  return false;
}

/**
 * `X-Forwarded-For: 192.0.2.10 (an example address)`, `203.0.113.10 (documentation address, …)`:
 * an address its own remark right after it calls an example is no one's; so is an address of a
 * documentation range (RFC 5737's three /24s, RFC 3849's 2001:db8::/32) given `e.g.` or `for
 * example` or called one by the clause after it (`192.0.2.44, which is just an example address`), on
 * a line that calls what it gives an example (see `exampleLine`, `exampleComment`), or
 * in a text that says its lines are an example (see `declaredExample`). The same address as a log's
 * client is flagged like any other (test logs are written with them), and so is one a remark further
 * on calls an example (`… from the log (example above)`).
 */
function documentationExample(text: string, value: string, start: number, end: number): boolean {
  if (exampleAfter.test(text.slice(end, end + 24))) return true;
  if (!documentationRange.test(value)) return false;
  return (
    exampleBefore.test(text.slice(Math.max(0, start - 24), start)) ||
    exampleClause.test(text.slice(end, end + 48)) ||
    exampleLine(text, start) ||
    exampleComment(text, end) ||
    exampleBlock(text, start) ||
    declaredExample(text)
  );
}

/**
 * `# APN config example from the vendor guide: apn=iot.example, dns=192.0.2.53`, `Sample config:
 * server 198.51.100.7`: a line that calls what it gives an example or a sample, before the address,
 * gives a documentation-range address as the docs do. The word stands alone (`iot.example`,
 * `/example/` and `user=example` are names); a line without it is read as a record (`Webhooks in
 * these docs come from 192.0.2.10` counts, as a log's client does).
 */
function exampleLine(text: string, start: number): boolean {
  return exampleWord.test(lineTextBefore(text, start, 160));
}

/**
 * `### rsvp.created payload (example)` over a JSON body, `Example response:` over a log excerpt: a
 * heading that calls its block an example (a markdown heading, a line ending in `:` or a line in
 * brackets, first of the lines up to the next blank one) gives the block's documentation-range
 * addresses as the docs do. API references in other languages head theirs the same way (`###
 * Ejemplo de solicitud`, `Beispielanfrage:`, `【リクエスト例】`). An instance is no example
 * (`Example of what we see in production:`, `Ejemplo de lo que vemos en producción:`).
 */
function exampleBlock(text: string, start: number): boolean {
  const [blockStart] = blockAround(text, start, start, 2000);
  // (A block that starts beyond the reach has no heading in sight.)
  if (blockStart > 0 && !text.startsWith('\n\n', blockStart - 2)) return false;
  const lineEnd = text.indexOf('\n', blockStart);
  if (lineEnd === -1 || lineEnd >= start) return false;
  const heading = text.slice(blockStart, lineEnd);
  return exampleHeading.test(heading) && headingExampleWord.test(heading) && !instanceHeading.test(heading);
}

const exampleHeading = /^[ \t]*(?:#{1,6}[ \t].*|.*[:：][ \t]*|[(（【[].*[)）】\]][ \t]*)$/;
/**
 * Example or sample as a heading names it: English and its neighbours' words standing alone
 * (`Exemple de requête`, `Przykład żądania`, `Örnek istek`), German and Dutch compounds
 * (`Beispielanfrage`, `Voorbeeldverzoek`), Japanese and Chinese `例` ending a word (`リクエスト例`,
 * `示例`) but not a precedent, an ordinance, a proportion or an exception (`判例`, `条例`, `比例`, `例外`).
 */
const headingExampleWord =
  /(?<!\p{L})(?:examples?|samples?|ejemplos?|exemplos?|exemples?|esempi[oi]?|przyk[łl]ad(?:y|owe|owy|owa)?|örnek|пример)(?!\p{L})|beispiel|voorbeeld|(?<![条比判慣事])例(?![外年会えば])/iu;
const instanceHeading =
  /\b(?:example|sample)s? of\b|ejemplo de lo que|exemplo do que|exemple de ce que|esempio di (?:ciò|quello) che|beispiel (?:dafür|für das),? was|voorbeeld van wat|przykład tego,? co/i;

/**
 * `allow 198.51.100.7;  # copied from the load-balancer tutorial`, `server 192.0.2.8 // sample
 * upstream`: a comment after the address on its line that says the docs, a tutorial or an example
 * gave it. Without a comment's `#` or `//` the words are the record's own (`from 192.0.2.10 docs=3`).
 */
function exampleComment(text: string, end: number): boolean {
  const after = text.slice(end, end + 160);
  const newline = after.indexOf('\n');
  return exampleRemark.test(newline === -1 ? after : after.slice(0, newline));
}

const exampleRemark =
  /(?:^|\s|;)(?:#|\/\/)[^\n]*?\b(?:examples?|samples?|tutorials?|docs|documentation|placeholders?|dummy)\b/i;

/**
 * `These two lines are the example in our staging runbook.`, `The first line is the runbook's
 * example, the second is from production tonight.`: a sentence whose subject is the text's lines (or
 * entries, requests, records, the log) and says they are, or come from, an example, a sample, a
 * tutorial or the docs. The text then shows its documentation-range addresses as the docs do (an
 * address outside those ranges, the second line's production client, still counts). An instance is
 * no example (`these lines are an example of the timeouts we see`), nor is a denial (`are not
 * samples`). Read once per text, and only for a text that holds a documentation-range address.
 */
function declaredExample(text: string): boolean {
  if (text !== declaredText) {
    declaredText = text;
    declared = false;
    for (const m of text.matchAll(exampleStatement))
      if (!/\bnot\b|n't\b/i.test(m[1] as string)) {
        declared = true;
        break;
      }
  }
  return declared;
}

let declaredText: string | undefined;
let declared = false;

const exampleStatement =
  /\b(?:these|those|both|all|the|above|first|second|third|last|following)(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:lines?|log[ \t]+lines?|entries|entry|requests?|records?|rows?|events?|logs?|snippets?|excerpts?)(?:[ \t]+(?:above|below|here))?[ \t]+(?:is|are|was|were|comes?|came)\b([^.!?\n]{0,40}?)\b(?:examples?|samples?|tutorials?|documentation|docs)\b(?![ \t]+of\b)/gi;

const exampleWord = /(?:^|[\s#(*])(?:example|sample)s?(?=[\s:,)]|$)/i;

const exampleAfter = /^[ \t]*\((?:an? |the )?(?:example|documentation|dummy|placeholder|sample)\b/i;
/** `, which is just an example address`, `, that's a sample IP`: the clause right after it says what it is. */
const exampleClause =
  /^,?[ \t]+(?:which|that|it)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:(?:just|only|merely|simply|obviously)[ \t]+)?(?:an?|the)[ \t]+(?:example|sample|dummy|placeholder|documentation|fake|made-up)\b/i;
const exampleBefore = /(?:\be\.g\.,?|\bfor (?:example|instance),?|\bsuch as|\bexample:)[ \t]*["'`(]?$/i;
const documentationRange = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.|^2001:0?db8:/i;

/**
 * Whether a dotted quad can be a host's address: not loopback or `0.x`, not a netmask (ones, then
 * zeros: `255.255.255.0`, `240.0.0.0`, the broadcast `255.255.255.255`), not one of the multicast
 * groups that configurations and interface listings name (see `serviceGroup`). Other addresses of
 * 224.0.0.0 and up (multicast, the reserved 240/4) are flagged: outside those named groups they
 * turn up where addresses are made up or logged, and an address is what the text says it is.
 */
function hostAddress(quad: string): boolean {
  const octets = quad.split('.').map(Number);
  const [a] = octets as [number];
  if (a === 127 || a === 0) return false;
  if (a < 224) return true;
  const bits = octets.reduce((n, o) => n * 256 + o, 0);
  const zeros = 2 ** 32 - 1 - bits;
  return (zeros & (zeros + 1)) !== 0 && !serviceGroup.test(quad);
}

/**
 * The multicast groups services announce on (RFC 5771 local network control block 224.0.0.0/24 and
 * internetwork control 224.0.1.0/24: mDNS `224.0.0.251`, NTP `224.0.1.1`; the organisation-local
 * 239.255.0.0/16 of SSDP's `239.255.255.250`): a configuration's constants, nobody's address.
 */
const serviceGroup = /^(?:224\.0\.[01]|239\.255)\./;

export const ipAddressDetector: Detector = {
  id: 'ip-address',
  entities: ['IP_ADDRESS'],
  detect(text) {
    const findings: Finding[] = [];
    for (const [start, runEnd] of runs(text)) {
      const run = text.slice(start, runEnd);
      const value = addressAt(run) ?? addressAt(run.replace(/[.:]+$/, '')); // `Trying 10.8.0.14:443...`
      if (!value) continue;
      const end = start + value.length;
      const v4 = !value.includes(':');
      if (v4 && (!hostAddress(value) || looksLikeVersion(text, start, end))) continue;
      if (network(text, value, end) || (!v4 && pythonSlice(value))) continue;
      if (documentationExample(text, value, start, end)) continue;
      const score = hasContext(text, start, end, ipWords) ? 0.95 : 0.85;
      findings.push({ type: 'IP_ADDRESS', start, end, score, detector: 'ip-address' });
    }
    return findings;
  },
};
