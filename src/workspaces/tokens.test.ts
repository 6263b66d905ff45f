import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, isWellFormedToken, maskToken, tokenPattern } from './tokens.js';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Replaces the character at `at` with a different base62 character. */
function changeAt(token: string, at: number): string {
  const current = token[at] ?? '';
  const next = alphabet[(alphabet.indexOf(current) + 1) % alphabet.length] ?? '0';
  return token.slice(0, at) + next + token.slice(at + 1);
}

describe('generateToken', () => {
  it('makes pal_ + 36 base62 characters that pass their own checksum', () => {
    for (let i = 0; i < 50; i++) {
      const token = generateToken();
      expect(token).toMatch(/^pal_[0-9A-Za-z]{36}$/);
      expect(token).toHaveLength(40);
      expect(tokenPattern.test(token)).toBe(true);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it('makes a different token each time', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateToken()));
    expect(tokens.size).toBe(200);
  });
});

describe('isWellFormedToken', () => {
  const token = generateToken();

  it.each(Array.from({ length: 36 }, (_, i) => i + 4))(
    'catches a changed character at position %i (body or checksum)',
    (at) => {
      const changed = changeAt(token, at);
      expect(changed).not.toBe(token);
      expect(changed).toMatch(tokenPattern);
      expect(isWellFormedToken(changed)).toBe(false);
    },
  );

  it('catches two swapped neighbours in the body', () => {
    const at = [...token.slice(4, 34)].findIndex((c, i, all) => c !== all[i + 1]) + 4;
    const swapped = token.slice(0, at) + token[at + 1] + token[at] + token.slice(at + 2);
    expect(isWellFormedToken(swapped)).toBe(false);
  });

  it.each([
    ['a different prefix', `sk_${token.slice(3)}`],
    ['upper-case prefix', `PAL_${token.slice(4)}`],
    ['one character short', token.slice(0, -1)],
    ['one character long', `${token}0`],
    ['a non-base62 character', `${token.slice(0, 10)}-${token.slice(11)}`],
    ['surrounding whitespace', ` ${token} `],
    ['an empty string', ''],
  ])('refuses %s', (_, candidate) => {
    expect(isWellFormedToken(candidate)).toBe(false);
  });
});

describe('hashToken', () => {
  it('is a stable SHA-256 hex digest that differs per token', () => {
    const token = generateToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(hashToken(changeAt(token, 10)));
    // Known vector: sha256("abc").
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('maskToken', () => {
  it('shows the prefix and only the last four characters', () => {
    const token = generateToken();
    const masked = maskToken(token.slice(-4));
    expect(masked).toBe(`pal_••••${token.slice(-4)}`);
    expect(masked).not.toContain(token.slice(4, 36));
    expect(masked.replace('pal_••••', '')).toHaveLength(4);
  });
});
