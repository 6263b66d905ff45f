import { describe, expect, it } from 'vitest';
import { contextPolicySchema, defaultContextPolicy, readContextPolicy } from './policy.js';

describe('context policy', () => {
  it('fills every default: placeholders for personal data, mask for secrets, pii-tagged data excluded', () => {
    expect(defaultContextPolicy.operators).toMatchObject({
      EMAIL: 'placeholder',
      PERSON: 'placeholder',
      SECRET: 'mask',
    });
    expect(defaultContextPolicy).toMatchObject({
      exclude_tags: ['pii'],
      include_outputs: true,
      max_rows: 20,
    });
  });

  it('keeps defaults for the types a policy does not name', () => {
    const policy = contextPolicySchema.parse({ operators: { EMAIL: 'mask', PHONE: 'drop' } });
    expect(policy.operators).toMatchObject({
      EMAIL: 'mask',
      PHONE: 'drop',
      PERSON: 'placeholder',
      SECRET: 'mask',
    });
  });

  it.each([
    [{ operators: { SECRET: 'placeholder' } }, 'never restored'],
    [{ operators: { EMAIL: 'encrypt' } }, '"operators","EMAIL"'],
    [{ operators: { NAME: 'mask' } }, 'operators'],
    [{ max_rows: -1 }, 'max_rows'],
    [{ exclude_tables: 'users' }, 'exclude_tables'],
    [{ surprise: true }, 'surprise'],
  ])('refuses %j', (input, expected) => {
    const result = contextPolicySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(expected);
  });

  it('reads a stored policy with defaults for fields added since, and refuses an unreadable one', () => {
    expect(readContextPolicy(null)).toBe(defaultContextPolicy);
    expect(readContextPolicy('{"operators":{"IBAN":"hash"}}').operators.IBAN).toBe('hash');
    expect(() => readContextPolicy('{"operators":{"IBAN":"rot13"}}')).toThrow();
    expect(() => readContextPolicy('{')).toThrow();
  });
});
