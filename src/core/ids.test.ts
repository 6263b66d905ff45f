import { describe, expect, it } from 'vitest';
import { base62, newId, randomBase62 } from './ids.js';

describe('ids', () => {
  it('makes random base62 text of the asked length, drawing past the end of the random pool', () => {
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    // 3,000 × 20 characters draw well over one 4 KB pool.
    for (let i = 0; i < 3_000; i++) {
      const text = randomBase62(20);
      expect(text).toMatch(/^[0-9A-Za-z]{20}$/);
      seen.add(text);
      for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(3_000);
    // Every character shows up, none wildly more often than the rest (60,000 draws, ~968 each).
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(n).toBeGreaterThan(700);
    for (const n of counts.values()) expect(n).toBeLessThan(1_250);
  });

  it('prefixes ids and writes fixed-width base62 numbers', () => {
    expect(newId('ses')).toMatch(/^ses_[0-9A-Za-z]{20}$/);
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
  });
});
