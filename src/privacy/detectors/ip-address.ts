import { isIPv6 } from 'node:net';
import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext, inColumnHeader, isBefore } from './context.js';

/**
 * IPv4 and IPv6 addresses. A candidate is a whole run of hex digits, dots and colons, so a dotted
 * quad inside a longer dotted sequence (an OID `1.3.6.1.4.1`, `10.0.19041.1`) is never flagged.
 * - IPv4: four decimal octets 0–255 without leading zeros, optionally followed by `:port`.
 * - IPv6: anything `net.isIPv6` accepts (compressed `::`, IPv4-mapped `::ffff:192.0.2.1`), with at
 *   least one digit and two groups so `a::b`-style C++/Rust paths are not taken for addresses.
 * Never flagged: loopback (127.0.0.0/8, ::1, ::ffff:127.x), unspecified (0.0.0.0, ::), and version
 * numbers: a quad preceded by `v`/`@`, by a version word (`version`, `ver`, `release`, `rev`, `firmware`)
 * in the 16 characters before it on its line or in its column header, preceded by a pin operator
 * (`==`, `>=`, `~=`, `^`, `~`), or followed by a semver pre-release/build suffix (`-rc1`, `+build`).
 * Private and documentation ranges (10/8, 192.0.2.0/24, 2001:db8::/32) are flagged like any other.
 */
const RUN = /(?<![\w.])[0-9A-Fa-f:][0-9A-Fa-f:.]*/g;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_WITH_PORT = new RegExp(`^(${OCTET}(?:\\.${OCTET}){3})(?::\\d{1,5})?$`);

const versionWords = contextWords('version', 'ver', 'release', 'rev', 'revision', 'firmware');
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

/** Whether a literal IPv6 address is worth flagging (valid, not loopback/unspecified, not `a::b`). */
export function isIpv6Address(value: string): boolean {
  if (value.length > 45 || !isIPv6(value) || !/\d/.test(value)) return false;
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

function looksLikeVersion(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/(?:==|>=|<=|~=|[@^~])$/.test(before)) return true;
  if (/^(?:-[A-Za-z]|\+\w)/.test(text.slice(end, end + 2))) return true;
  return isBefore(text, start, versionWords, 16) || inColumnHeader(text, start, end, versionWords);
}

export const ipAddressDetector: Detector = {
  id: 'ip-address',
  entities: ['IP_ADDRESS'],
  detect(text) {
    const findings: Finding[] = [];
    for (const m of text.matchAll(RUN)) {
      const start = m.index;
      if (/\w/.test(text.charAt(start + m[0].length))) continue;
      const value = addressAt(m[0]) ?? addressAt(m[0].replace(/[.:]$/, ''));
      if (!value) continue;
      const end = start + value.length;
      const v4 = !value.includes(':');
      if (v4 && (/^(?:127|0)\./.test(value) || looksLikeVersion(text, start, end))) continue;
      const score = hasContext(text, start, end, ipWords) ? 0.95 : 0.85;
      findings.push({ type: 'IP_ADDRESS', start, end, score, detector: 'ip-address' });
    }
    return findings;
  },
};
