import { describe, expect, it } from 'vitest';
import { loadTokenizer } from './tokenizer.js';

describe('loadTokenizer', () => {
  it('counts o200k_base tokens and loads once', async () => {
    const tokenizer = await loadTokenizer();
    expect(await loadTokenizer()).toBe(tokenizer);
    expect(tokenizer.count('')).toBe(0);
    expect(tokenizer.count('hello world')).toBe(2);
  });

  it('counts special-token text as plain text instead of throwing', async () => {
    const { count } = await loadTokenizer();
    expect(count('a <|endoftext|> b')).toBeGreaterThan(3);
  });

  it('within() answers the count under the limit and false over it', async () => {
    const { within, count } = await loadTokenizer();
    const text = 'word '.repeat(1_000);
    expect(within(text, 10)).toBe(false);
    expect(within(text, 5_000)).toBe(count(text));
  });
});
