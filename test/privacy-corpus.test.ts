import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/privacy/generate.mjs';
import { entityTypes } from '../src/privacy/detector.js';

// Every type of the detector contract must appear in the corpus.
const types = entityTypes;

describe('privacy bench corpus', () => {
  const corpus = generateCorpus({ seed: 7, records: 600 });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateCorpus({ seed: 7, records: 600 })).toEqual(corpus);
    expect(generateCorpus({ seed: 8, records: 50 }).map((r) => r.text)).not.toEqual(
      corpus.slice(0, 50).map((r) => r.text),
    );
  });

  it('has spans that are non-empty, in bounds and do not overlap', () => {
    for (const rec of corpus) {
      const spans = [...rec.spans].sort((a, b) => a.start - b.start);
      let previousEnd = 0;
      for (const s of spans) {
        expect(types).toContain(s.type);
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(rec.text.length);
        expect(rec.text.slice(s.start, s.end).trim()).not.toBe('');
        previousEnd = s.end;
      }
    }
  });

  it('mixes clean records, every entity type, encoded values, kinds and locales', () => {
    const clean = corpus.filter((r) => r.spans.length === 0).length;
    expect(clean / corpus.length).toBeGreaterThan(0.25);
    expect(clean / corpus.length).toBeLessThan(0.45);
    const spans = corpus.flatMap((r) => r.spans);
    for (const t of types) expect(spans.some((s) => s.type === t)).toBe(true);
    expect(spans.filter((s) => s.encoded).length).toBeGreaterThan(20);
    expect(new Set(corpus.map((r) => r.kind)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((r) => r.locale)).size).toBe(9);
  });

  it('labels only values that validate', () => {
    const luhn = (digits: string): boolean => {
      let sum = 0;
      for (let i = 0; i < digits.length; i++) {
        let d = Number(digits[digits.length - 1 - i]);
        if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      return sum % 10 === 0;
    };
    const mod97 = (iban: string): number => {
      const moved = iban.slice(4) + iban.slice(0, 4);
      let rem = 0;
      for (const ch of moved) {
        const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
        for (const d of v) rem = (rem * 10 + Number(d)) % 97;
      }
      return rem;
    };
    for (const rec of corpus) {
      for (const s of rec.spans) {
        if (s.encoded) continue;
        const value = rec.text.slice(s.start, s.end);
        if (s.type === 'CREDIT_CARD') expect(luhn(value.replace(/\D/g, ''))).toBe(true);
        if (s.type === 'IBAN') expect(mod97(value.replace(/\s/g, ''))).toBe(1);
        if (s.type === 'US_SSN') {
          const [area, group, serial] = [
            value.replace(/\D/g, '').slice(0, 3),
            value.replace(/\D/g, '').slice(3, 5),
            value.replace(/\D/g, '').slice(5),
          ];
          expect(area === '000' || area === '666' || area >= '900').toBe(false);
          expect(group).not.toBe('00');
          expect(serial).not.toBe('0000');
        }
      }
    }
  });
});
