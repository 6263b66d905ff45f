import { describe, expect, it } from 'vitest';
import type { EntityType, Finding } from '../detector.js';
import { applyOperators } from './apply.js';
import { pseudonymiser } from './hash.js';
import { defaultOperators, type OperatorName } from './operator.js';
import { Placeholders } from './placeholders.js';

const text = "SELECT * FROM users WHERE email = 'ana@acme.io' -- key sk-live-123 for Ana Lima";
const span = (type: EntityType, value: string): Finding => {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length, score: 1, detector: 'test' };
};
const findings = [span('EMAIL', 'ana@acme.io'), span('SECRET', 'sk-live-123'), span('PERSON', 'Ana Lima')];
const run = (overrides: Partial<Record<EntityType, OperatorName>> = {}, key = Buffer.alloc(32, 7)) =>
  applyOperators(text, findings, {
    operators: { ...defaultOperators, ...overrides },
    placeholders: new Placeholders(),
    pseudonymise: pseudonymiser(key),
  });

describe('applyOperators', () => {
  it('by default puts placeholders on personal data and masks secrets', () => {
    const { text: out, applied } = run();
    expect(out).toBe("SELECT * FROM users WHERE email = '<EMAIL_1>' -- key [SECRET] for <PERSON_1>");
    expect(applied.map((a) => [a.type, a.operator, a.replacement])).toEqual([
      ['EMAIL', 'placeholder', '<EMAIL_1>'],
      ['SECRET', 'mask', '[SECRET]'],
      ['PERSON', 'placeholder', '<PERSON_1>'],
    ]);
    expect(applied[0]).toMatchObject({ start: text.indexOf('ana@'), end: text.indexOf("' --") });
  });

  it.each([
    ['mask', "'[EMAIL]'"],
    ['drop', "''"],
    ['allow', "'ana@acme.io'"],
  ] as const)('%s keeps the SQL literal valid', (operator, literal) => {
    expect(run({ EMAIL: operator }).text).toContain(`email = ${literal} --`);
  });

  it('hashes with the workspace key: stable for a key, different across keys, not the value', () => {
    const a = run({ EMAIL: 'hash', PERSON: 'hash' });
    const again = run({ EMAIL: 'hash', PERSON: 'hash' });
    const other = run({ EMAIL: 'hash', PERSON: 'hash' }, Buffer.alloc(32, 8));
    expect(a.text).toMatch(/email = '\[EMAIL:[0-9a-f]{12}\]'/);
    expect(a.text).toBe(again.text);
    expect(a.text).not.toBe(other.text);
    expect(a.text).not.toContain('ana@acme.io');
  });

  it('never makes a secret restorable, whatever the policy says', () => {
    const { text: out, applied } = run({ SECRET: 'placeholder' });
    expect(out).toContain('key [SECRET] for');
    expect(applied[1]).toMatchObject({ type: 'SECRET', replacement: '[SECRET]' });
  });

  it('records allow findings without a replacement', () => {
    const { applied } = run({ PERSON: 'allow' });
    expect(applied[2]).toEqual({
      type: 'PERSON',
      start: text.indexOf('Ana Lima'),
      end: text.length,
      operator: 'allow',
    });
  });
});
