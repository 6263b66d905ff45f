import { isIPv6 } from 'node:net';
import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext, inColumnHeader, isBefore } from './context.js';
import { isWord } from './scan.js';

/**
 * IPv4 and IPv6 addresses. A candidate is a whole run of hex digits, dots and colons, so a dotted
 * quad inside a longer dotted sequence (an OID `1.3.6.1.4.1`, `10.0.19041.1`) is never flagged.
 * - IPv4: four decimal octets 0–255 without leading zeros, optionally followed by `:port`.
 * - IPv6: anything `net.isIPv6` accepts (compressed `::`, IPv4-mapped `::ffff:192.0.2.1`), with at
 *   least one digit and two groups so `a::b`-style C++/Rust paths are not taken for addresses.
 * Never flagged: loopback (127.0.0.0/8, ::1, ::ffff:127.x), unspecified (0.0.0.0, ::), multicast,
 * reserved and broadcast addresses and netmasks (224.x and up: `netmask 255.255.255.0`, no host's
 * unicast address), and version numbers: a quad preceded by `v`/`@` (but not by a URL's
 * `user:pw@` nor an ssh destination's `user@`), by a version word (`version`, `ver`, `release`,
 * `rev`, `firmware`, and `version` in other languages: `wersji`, `versión`) or by `OID` (an object
 * identifier four arcs long, `OID 1.3.101.110`) in the 16 characters
 * before it on its line or in its column header, preceded by
 * a pin operator (`==`, `>=`, `~=`, `^`, `~`), or followed by a semver pre-release/build suffix
 * (`-rc1`, `+build`).
 * Private and documentation ranges (10/8, 192.0.2.0/24, 2001:db8::/32) are flagged like any other,
 * except a documentation address its line calls an example (see `documentationExample`).
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
  if ((value.match(/[0-9A-Fa-f.]+/g) ?? []).length < 2) return false;
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
  if (/(?:==|>=|<=|~=|[@^~])$/.test(before))
    return !afterUserinfo(text, start) && !afterSshLogin(text, start);
  if (/^(?:-[A-Za-z]|\+\w)/.test(text.slice(end, end + 2))) return true;
  // `NextGen 1.7.1.1`: four one-digit parts right after a product's capitalised name are its version.
  if (end - start === 7 && /(?:^|\s)[A-Z][\w-]{1,30} v?$/.test(text.slice(Math.max(0, start - 34), start)))
    return true;
  // `(OID 1.3.101.110)`: the object identifier of X25519, four arcs long; `rfc7231#section-7.1.1.1`,
  // `§ 4.2.1.3`: a numbered section.
  if (oidBefore.test(text.slice(Math.max(0, start - 24), start))) return true;
  // `('app_version','4.12.0.3')`, `appVersion: "4.4.0.1"`, `sdk-version=…`: a key or field naming a
  // version, joined to other words.
  if (versionKeyBefore.test(text.slice(Math.max(0, start - 30), start))) return true;
  return isBefore(text, start, versionWords, 16) || inColumnHeader(text, start, end, versionWords);
}

const versionKeyBefore = /version["'`]?[ \t]*[,:=][ \t]*["'`]?$/i;
const oidBefore =
  /(?:\bOID|\boid|object identifier)s?["'`]?[ \t]*[:=(]?[ \t]*["'`]?$|(?:\bsection|\bsect?\.|§)[ \t-]?$/i;

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
 * `replay with X-Forwarded-For: 192.0.2.10 (an example address)`, `point the client at 203.0.113.10
 * (documentation address)`: an address of a documentation range (RFC 5737's three /24s, RFC 3849's
 * 2001:db8::/32) that its own line calls an example stands for no one. The same address as a log's
 * client is flagged like any other (test logs are written with them), and so is one beside an
 * `example.com` host name: the word must stand alone.
 */
function documentationExample(text: string, value: string, start: number, end: number): boolean {
  if (!documentationRange.test(value)) return false;
  let from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  from = Math.max(from, start - 80);
  to = Math.min(to, end + 80);
  return exampleWord.test(text.slice(from, to));
}

const documentationRange = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.|^2001:0?db8:/i;
/** A word calling something an example, not part of a host name (`example.com`, `api.example.org`). */
const exampleWord =
  /(?<![\w.@-])(?:examples?|documentation|e\.g\.|for instance|placeholder|sample)(?![\w-]|\.\w)/i;

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
      if (v4 && (/^(?:127|0|22[4-9]|2[3-5]\d)\./.test(value) || looksLikeVersion(text, start, end))) continue;
      if (network(text, value, end) || (!v4 && pythonSlice(value))) continue;
      if (documentationExample(text, value, start, end)) continue;
      const score = hasContext(text, start, end, ipWords) ? 0.95 : 0.85;
      findings.push({ type: 'IP_ADDRESS', start, end, score, detector: 'ip-address' });
    }
    return findings;
  },
};
