import { describe, expect, it } from 'vitest';
import { isValidSsn, usSsnDetector } from './us-ssn.js';

const spans = (text: string) => usSsnDetector.detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('usSsnDetector', () => {
  it.each<[string, string, string[]]>([
    ['dashed in prose', 'Her SSN is 536-22-1234.', ['536-22-1234']],
    ['dashed without context', 'applicant 536-22-1234 approved', ['536-22-1234']],
    [
      "an 834's subscriber number under REF*0F and an NM1 id under qualifier 34 (SSN); not a group or member id",
      'REF*0F*604823917~\nNM1*IL*1*NAKAMURA*KEIKO*A***34*604823918~\nREF*1L*604823919~\nNM1*IL*1*HOLLOWAY*DENISE****MI*604823920~',
      ['604823917', '604823918'],
    ],
    [
      "a passport number before another value's SSN label; a key named after the value still marks it",
      'prior passport no. 548213907 issued 04/02/2014; SSN 146-82-3307\nrow 548213908 (ssn) saved',
      ['146-82-3307', '548213908'],
    ],
    ['CSV dashed', 'name,ssn,dob\nAnn Lee,219-09-9998,1990-01-02\n', ['219-09-9998']],
    ['CSV bare with header', 'name,ssn\nAnn,123456788\nBob,078051121\n', ['123456788', '078051121']],
    [
      'CSV bare under a header holding digits',
      'patient_id,name,SSN,icd10\nP1,Ann Lee,207069159,E11.9\n',
      ['207069159'],
    ],
    ['TSV tax_id column', 'emp_id\ttax_id\nE1\t463726800\n', ['463726800']],
    ['pandas tax_id column', '    id     tax_id\n0   7  345922703', ['345922703']],
    ['markdown spaced', '| name | soc_sec_no |\n|---|---|\n| Ann | 157 05 9850 |', ['157 05 9850']],
    ['JSON soc_sec_no', '{"soc_sec_no": "036-35-4594"}', ['036-35-4594']],
    [
      'SQL INSERT column',
      "INSERT INTO employees (emp_id, name, tax_id, hired)\nVALUES ('E1', 'Ann', '157 05 9850', '2020-01-01'),\n  ('E2', 'Bob', '686120995', '2021-02-02');",
      ['157 05 9850', '686120995'],
    ],
    [
      'a transcript turn answering a question about the social',
      'Speaker 1: And for verification, your social?\nSpeaker 2: 523 71 4408.\nSpeaker 1: And the order?\nSpeaker 2: 523 71 4409',
      ['523 71 4408'],
    ],
    [
      "an SSN said with commas, answering an Otter turn's question or after its name; not a list after another question",
      "Keisha Broussard  0:12\nAnd your social?\n\nSpeaker 2  0:14\nIt's 382, 50, 6147.\n\nKeisha Broussard  0:19\nAnd the order number?\n\nSpeaker 2  0:21\nIt's 382 50 6148\nSSN is 523, 71, 4408\nSocial club scores: 382, 50, 6149",
      ['382, 50, 6147', '523, 71, 4408'],
    ],
    ['SQL WHERE spaced', "SELECT * FROM patients WHERE ssn = '022 84 5012';", ['022 84 5012']],
    [
      'key named after the value',
      `IntegrityError: (1062, "Duplicate entry '719165751' for key 'employees.ssn'")`,
      ['719165751'],
    ],
    ['log spaced', 'dob=1963-03-17 ssn=087 75 7283', ['087 75 7283']],
    ['markdown bare with header', '| name | SSN |\n|---|---|\n| Ann | 536221234 |', ['536221234']],
    ['psql', ' id | social_security_no\n----+--------------------\n  1 | 536221234', ['536221234']],
    ['pandas', '   id        ssn\n0   1  536221234', ['536221234']],
    ['JSON key', '{"ssn": "536221234", "id": 536221235}', ['536221234']],
    ['spaced with context', 'Social Security Number: 536 22 1234', ['536 22 1234']],
    ['dashes spaced by OCR, with context', 'Social Security Number: 412 - 73 - 9065', ['412 - 73 - 9065']],
    ['SQL literal', "SELECT * FROM people WHERE ssn = '536-22-1234'", ['536-22-1234']],
    ['log', 'INFO verify ssn=536221234 status=ok', ['536221234']],
    ['Spanish prose', 'Número de Seguridad Social (EE. UU.): 536-22-1234', ['536-22-1234']],
    [
      "a form's boxes with the dashes in boxes of their own",
      'Social security number\n| 5 | 2 | 9 | - | 4 | 1 | - | 8 | 8 | 0 | 6 |\nor',
      ['5 | 2 | 9 | - | 4 | 1 | - | 8 | 8 | 0 | 6'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected.map((value) => ['US_SSN', value]));
  });

  it.each<[string, string]>([
    ['invalid areas', 'ssn 000-12-3456, 666-12-3456, 900-12-3456, 999-12-3456'],
    ['invalid group and serial', 'ssn 123-00-4567 and 123-45-0000'],
    ['invalid areas bare, with context', 'ssn: 666123456 ssn: 912345678'],
    ['bare nine digits without context', 'order 536221234 shipped; id=123456789'],
    ['spaced without context', 'codes 536 22 1234'],
    ['spaced dashes without context, or mixed', 'rows 412 - 73 - 9065 and 412 - 73-9065 in the ledger'],
    ['mixed separators', 'ssn 536-22 1234'],
    ['inside longer numbers', 'ssn 1536-22-1234, 536-22-12345, 536-22-1234-9, ref-536-22-1234'],
    ['phone and dates', 'call 415-555-0123 on 2024-01-15'],
    ['UUID and hash', '550e8400-e29b-41d4-a716-446655440000 commit 536221234abcdef'],
    ['column name only', 'ALTER TABLE people ADD COLUMN ssn CHAR(11);'],
    ['documented example', "COMMENT ON COLUMN p.ssn IS 'US social security number, format 536-22-1234';"],
    ['voided numbers', 'ssn 078-05-1120 and 219-09-9999'],
    [
      'the universal sample and one digit repeated, even in an SSN field',
      '{"ssn": "123-45-6789"}\nssn: 123456789\nname,ssn\nAnn,111-11-1111\nBob,555 55 5555\n',
    ],
    ['documented examples', 'SSN, e.g. 536-22-1234; pattern: 536-22-1234'],
    [
      'bare nine digits in another SQL column',
      "INSERT INTO orders (id, ssn_hash, total) VALUES ('536221234', 'ab', 3);",
    ],
    ['nine digits in a non-SSN column', 'id,order_no\n1,536221234\n'],
    [
      'boxes of more digits, dashes out of place, an invalid area',
      '| 1 | 5 | 2 | 9 | - | 4 | 1 | - | 8 | 8 | 0 | 6 |\n| 5 | 2 | 9 | - | 4 | 1 | 8 | - | 8 | 0 | 6 |\n| 9 | 2 | 9 | - | 4 | 1 | - | 8 | 8 | 0 | 6 |',
    ],
    [
      "an @example section's return value, and examples a documentation word gives in code spans",
      "/**\n * @example\n * faker.ssn() // '536-22-8841'\n */\n// e.g. `536-22-8841` or `536-22-8842`",
    ],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('validates area, group and serial', () => {
    expect([
      isValidSsn('536', '22', '1234'),
      isValidSsn('666', '45', '6789'),
      isValidSsn('950', '45', '6789'),
      isValidSsn('078', '05', '1120'),
      isValidSsn('123', '45', '6789'),
      isValidSsn('777', '77', '7777'),
    ]).toEqual([true, false, false, false, false, false]);
  });

  it('stays linear on 1 MB of near-misses and finds every real one', () => {
    // Runs of digits, dashes and spaces that almost make a candidate, then 10k real ones: a regex
    // that backtracked or a context check that rescanned the text would not finish this.
    const text = `${'1 '.repeat(150_000)}\n${'12-'.repeat(100_000)}\n${'ssn 536-22-1234\n'.repeat(10_000)}`;
    const found = usSsnDetector.detect(text);
    expect(found).toHaveLength(10_000);
    expect(text.slice(found[9_999]?.start, found[9_999]?.end)).toBe('536-22-1234');
  });

  it('stays linear on a long INSERT', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `('E${i}', '536 22 ${String(1000 + (i % 9000))}')`);
    const text = `INSERT INTO people (id, ssn) VALUES ${rows.join(',\n')};`;
    expect(usSsnDetector.detect(text)).toHaveLength(20_000);
  });
});
