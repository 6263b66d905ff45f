import { describe, expect, it } from 'vitest';
import { base62, newId, newTimeOrderedId, randomBase62 } from './ids.js';

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

  it('makes time-ordered ids that sort by time as text, with the same shape as random ones', () => {
    const earlier = newTimeOrderedId('ses', Date.parse('2026-11-27T10:00:00.000Z'));
    const later = newTimeOrderedId('ses', Date.parse('2026-11-27T10:00:00.001Z'));
    const muchLater = newTimeOrderedId('ses', Date.parse('2100-01-01T00:00:00.000Z'));
    for (const id of [earlier, later, muchLater]) expect(id).toMatch(/^ses_[0-9A-Za-z]{20}$/);
    expect([muchLater, later, earlier].sort()).toEqual([earlier, later, muchLater]);
    // Made in the same millisecond, they still differ (12 random characters).
    const same = new Set(Array.from({ length: 1_000 }, () => newTimeOrderedId('aud', 1_800_000_000_000)));
    expect(same.size).toBe(1_000);
  });

  it('prefixes ids and writes fixed-width base62 numbers', () => {
    expect(newId('ses')).toMatch(/^ses_[0-9A-Za-z]{20}$/);
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
  });
});
