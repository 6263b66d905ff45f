import { describe, expect, it } from 'vitest';
import type { Detector, EntityType, Finding } from './detector.js';
import { detectAll } from './registry.js';

function fixed(id: string, findings: Array<[EntityType, number, number, number]>): Detector {
  return {
    id,
    entities: [...new Set(findings.map(([type]) => type))],
    detect: (): Finding[] =>
      findings.map(([type, start, end, score]) => ({ type, start, end, score, detector: id })),
  };
}

describe('detectAll', () => {
  it('keeps the higher score, then the longer span, where findings overlap, sorted by start', () => {
    const found = detectAll(
      [
        fixed('a', [
          ['PHONE', 10, 20, 0.6],
          ['EMAIL', 30, 40, 0.9],
        ]),
        fixed('b', [
          ['CREDIT_CARD', 8, 22, 0.9],
          ['SECRET', 0, 5, 0.5],
        ]),
        fixed('c', [['EMAIL', 30, 45, 0.9]]),
      ],
      'x'.repeat(50),
    );
    expect(found.map((f) => [f.type, f.start, f.end])).toEqual([
      ['SECRET', 0, 5],
      ['CREDIT_CARD', 8, 22],
      ['EMAIL', 30, 45],
    ]);
  });

  it('returns nothing for no detectors', () => {
    expect(detectAll([], 'text')).toEqual([]);
  });
});
