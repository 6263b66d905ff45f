import { createHash } from 'node:crypto';
import type { Finding } from './detector.js';

export type Detect = (text: string) => readonly Finding[];

/**
 * Remembers what detection found in recent texts, keyed by a SHA-256 of the text (the text itself
 * is not kept). Chat clients resend the whole conversation, and notebook assistants the same schema
 * and cells, on every turn: without this, each turn would scan all earlier turns again. Findings
 * hold offsets and types only. Least recently used entries go first; short texts are cheaper to scan
 * than to hash and are not cached.
 */
export function cachedDetect(
  detect: Detect,
  options: { maxEntries?: number; minLength?: number } = {},
): Detect {
  const maxEntries = options.maxEntries ?? 10_000;
  const minLength = options.minLength ?? 200;
  const cache = new Map<string, readonly Finding[]>();
  return (text) => {
    if (text.length < minLength) return detect(text);
    const key = createHash('sha256').update(text).digest('base64');
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const found = Object.freeze(detect(text).map((finding) => Object.freeze(finding)));
    cache.set(key, found);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return found;
  };
}
