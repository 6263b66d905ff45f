import { randomBytes } from 'node:crypto';

/** Deterministic token count: whitespace-separated words. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * Splits text into one piece per word, each carrying its leading whitespace, so that the pieces
 * joined give back the text exactly (`'Echo: a b'` → `['Echo:', ' a', ' b']`).
 */
export function wordPieces(text: string): string[] {
  const pieces = text.match(/\s*\S+/g) ?? [];
  const rest = text.slice(pieces.join('').length);
  if (pieces.length === 0) return rest ? [rest] : [];
  pieces[pieces.length - 1] += rest;
  return pieces;
}

/** Splits a string into pieces of at most `size` characters (tool arguments while streaming). */
export function slices(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Keeps the first `maxWords` words; `truncated` tells whether anything was cut. */
export function truncateWords(
  text: string,
  maxWords: number | undefined,
): { text: string; truncated: boolean } {
  const pieces = wordPieces(text);
  if (maxWords === undefined || countWords(text) <= maxWords) return { text, truncated: false };
  return { text: pieces.slice(0, maxWords).join(''), truncated: true };
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random id in the providers' style: `prefix` + `length` alphanumeric characters. */
export function randomId(prefix: string, length: number): string {
  const bytes = randomBytes(length);
  let out = prefix;
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Unix time in seconds, as OpenAI's `created` fields. */
export function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
