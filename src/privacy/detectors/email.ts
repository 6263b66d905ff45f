import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext } from './context.js';

/**
 * E-mail addresses: a practical subset of RFC 5322 `addr-spec` — dot-atom local parts of ASCII
 * letters, digits and `_ % + -` (plus-addressing included; quoted local parts and the rarer atext
 * symbols such as `'` are left out so SQL literals like `'ann@corp.io'` do not swallow the quote),
 * and DNS host names with a 2–63 letter TLD.
 *
 * Not flagged, because none of them is a person's mailbox:
 * - RFC 2606 / RFC 6761 reserved names: example.com/.net/.org and their subdomains, the TLDs
 *   `.example`, `.test`, `.invalid`, `.localhost`;
 * - placeholder domains used in docs and forms (`domain.com`, `yourdomain.com`, `yourcompany.com`, …)
 *   and all-x placeholders such as `xxx@xxx.com`;
 * - retina asset names (`icon@2x.png`) and other file names (the "TLD" is a file extension);
 * - SSH/scp remotes (`git@github.com:org/repo.git`, `ssh://git@host/…`): a login on a host, not a
 *   mailbox; a remote with a personal user name is a known gap we accept.
 */
const EMAIL =
  /(?<![A-Za-z0-9_%+.-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![A-Za-z0-9_-]|\.[A-Za-z0-9])/g;

const reservedTlds = new Set(['example', 'test', 'invalid', 'localhost']);
const reservedDomains = /(?:^|\.)example\.(?:com|net|org)$/;
const placeholderDomains =
  /^(?:domain|yourdomain|your-domain|mydomain|somedomain|yourcompany|your-company|company-domain)\.[a-z]+$/;
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
  if (reservedTlds.has(tld) || reservedDomains.test(d) || placeholderDomains.test(d)) return false;
  if (fileExtensions.has(tld)) return false;
  if (/^x+$/i.test(local) && /^x+\.[a-z]+$/.test(d)) return false;
  return true;
}

function isSshRemote(text: string, start: number, end: number): boolean {
  return (
    /^:[\w~./-]/.test(text.slice(end, end + 2)) || text.slice(Math.max(0, start - 6), start).endsWith('://')
  );
}

export const emailDetector: Detector = {
  id: 'email',
  entities: ['EMAIL'],
  detect(text) {
    const findings: Finding[] = [];
    for (const m of text.matchAll(EMAIL)) {
      const start = m.index;
      const end = start + m[0].length;
      const at = m[0].indexOf('@');
      if (!isLikelyMailbox(m[0].slice(0, at), m[0].slice(at + 1))) continue;
      if (isSshRemote(text, start, end)) continue;
      const score = hasContext(text, start, end, words) ? 0.95 : 0.85;
      findings.push({ type: 'EMAIL', start, end, score, detector: 'email' });
    }
    return findings;
  },
};
