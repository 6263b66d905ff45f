import { describe, expect, it } from 'vitest';
import { isValidSsn, usSsnDetector } from './us-ssn.js';

const spans = (text: string) => usSsnDetector.detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('usSsnDetector', () => {
  it.each<[string, string, string[]]>([
    ['dashed in prose', 'Her SSN is 123-45-6789.', ['123-45-6789']],
    ['dashed without context', 'applicant 536-22-1234 approved', ['536-22-1234']],
    ['CSV dashed', 'name,ssn,dob\nAnn Lee,219-09-9999,1990-01-02\n', ['219-09-9999']],
    ['CSV bare with header', 'name,ssn\nAnn,123456789\nBob,078051120\n', ['123456789', '078051120']],
    ['markdown bare with header', '| name | SSN |\n|---|---|\n| Ann | 536221234 |', ['536221234']],
    ['psql', ' id | social_security_no\n----+--------------------\n  1 | 536221234', ['536221234']],
    ['pandas', '   id        ssn\n0   1  536221234', ['536221234']],
    ['JSON key', '{"ssn": "536221234", "id": 536221235}', ['536221234']],
    ['spaced with context', 'Social Security Number: 536 22 1234', ['536 22 1234']],
    ['SQL literal', "SELECT * FROM people WHERE ssn = '536-22-1234'", ['536-22-1234']],
    ['log', 'INFO verify ssn=536221234 status=ok', ['536221234']],
    ['Spanish prose', 'Número de Seguridad Social (EE. UU.): 536-22-1234', ['536-22-1234']],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected.map((value) => ['US_SSN', value]));
  });

  it.each<[string, string]>([
    ['invalid areas', 'ssn 000-12-3456, 666-12-3456, 900-12-3456, 999-12-3456'],
    ['invalid group and serial', 'ssn 123-00-4567 and 123-45-0000'],
    ['invalid areas bare, with context', 'ssn: 666123456 ssn: 912345678'],
    ['bare nine digits without context', 'order 536221234 shipped; id=123456789'],
    ['spaced without context', 'codes 536 22 1234'],
    ['mixed separators', 'ssn 536-22 1234'],
    ['inside longer numbers', 'ssn 1536-22-1234, 536-22-12345, 536-22-1234-9, ref-536-22-1234'],
    ['phone and dates', 'call 415-555-0123 on 2024-01-15'],
    ['UUID and hash', '550e8400-e29b-41d4-a716-446655440000 commit 536221234abcdef'],
    ['column name only', 'ALTER TABLE people ADD COLUMN ssn CHAR(11);'],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('validates area, group and serial', () => {
    expect([
      isValidSsn('123', '45', '6789'),
      isValidSsn('666', '45', '6789'),
      isValidSsn('950', '45', '6789'),
    ]).toEqual([true, false, false]);
  });

  it('scans 1 MB in well under a second', () => {
    const text = `${'1 '.repeat(150_000)}\n${'12-'.repeat(100_000)}\n${'ssn 536-22-1234\n'.repeat(10_000)}`;
    const t0 = performance.now();
    const found = usSsnDetector.detect(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(found).toHaveLength(10_000);
  });
});
