import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/privacy/detector.js';
import { defaultDetectors } from '../../src/privacy/detectors/index.js';
import { detectAll } from '../../src/privacy/registry.js';

/** A hand-written hold-out case: every value it must be found to hold, with its type, and nothing else. */
export interface HoldoutCase {
  name: string;
  text: string;
  expected: readonly (readonly [EntityType, string])[];
  /**
   * A known gap: why the engine does not yet give exactly `expected`. The case then runs as a test
   * that must fail (`it.fails`), so it stays visible and is noticed the day the gap is closed.
   */
  gap?: string;
}

/** Fake tokens are assembled from parts so that secret scanners do not mistake a test file for a leak. */
export const joinParts = (...parts: string[]): string => parts.join('');

/** Every non-ASCII character as a `\u` escape, as Python's json.dumps writes text by default. */
export const escapeNonAscii = (text: string): string =>
  text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A request body as an SDK serialises it: compact JSON, non-ASCII left as UTF-8. */
export const requestBody = (value: unknown): string => JSON.stringify(value);

/** A request body as Python's json.dumps writes it by default: every non-ASCII character escaped. */
export const asciiRequestBody = (value: unknown): string => escapeNonAscii(JSON.stringify(value));

/** One test per case: the findings of all detectors, as type and value, must be exactly the expected ones. */
export function describeHoldout(title: string, cases: readonly HoldoutCase[]): void {
  describe(title, () => {
    const check = ({ text, expected }: HoldoutCase): void => {
      const found = detectAll(defaultDetectors, text).map(
        (f) => [f.type, text.slice(f.start, f.end)] as const,
      );
      const key = ([type, value]: readonly [string, string]): string => `${type} ${JSON.stringify(value)}`;
      expect(found.map(key).sort()).toEqual(expected.map(key).sort());
    };
    const known = cases.filter((c) => c.gap === undefined);
    const gaps = cases.filter((c) => c.gap !== undefined);
    if (known.length > 0) it.each(known)('$name', check);
    if (gaps.length > 0) it.fails.each(gaps)('known gap: $name ($gap)', check);
  });
}
