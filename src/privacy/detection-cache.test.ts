import { describe, expect, it } from 'vitest';
import { cachedDetect } from './detection-cache.js';
import type { Finding } from './detector.js';

function counting() {
  const seen: string[] = [];
  const detect = (text: string): Finding[] => {
    seen.push(text);
    const start = text.indexOf('@');
    return start < 0 ? [] : [{ type: 'EMAIL', start, end: start + 1, score: 1, detector: 't' }];
  };
  return { seen, detect };
}

describe('cachedDetect', () => {
  const long = (tag: string) => `${tag} ${'x'.repeat(300)} @`;

  it('scans a repeated long text once and returns the same findings', () => {
    const { seen, detect } = counting();
    const cached = cachedDetect(detect);
    const first = cached(long('a'));
    expect(cached(long('a'))).toEqual(first);
    expect(seen).toHaveLength(1);
    expect(first[0]).toMatchObject({ type: 'EMAIL', start: long('a').indexOf('@') });
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
  });

  it('scans short texts every time, and different texts separately', () => {
    const { seen, detect } = counting();
    const cached = cachedDetect(detect);
    cached('short @');
    cached('short @');
    cached(long('a'));
    cached(long('b'));
    expect(seen).toHaveLength(4);
  });

  it('forgets the least recently used text beyond its size', () => {
    const { seen, detect } = counting();
    const cached = cachedDetect(detect, { maxEntries: 2 });
    cached(long('a'));
    cached(long('b'));
    cached(long('a')); // a is now the most recent
    cached(long('c')); // evicts b
    cached(long('a'));
    cached(long('b'));
    expect(seen.map((t) => t[0])).toEqual(['a', 'b', 'c', 'b']);
  });
});
