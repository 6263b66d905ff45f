import { describe, expect, it } from 'vitest';
import { jsonStringEscape, Placeholders } from './placeholders.js';

describe('Placeholders', () => {
  it('numbers values per type and gives one value one token throughout a request', () => {
    const p = new Placeholders();
    expect(p.tokenFor('EMAIL', 'ana@acme.io')).toBe('<EMAIL_1>');
    expect(p.tokenFor('EMAIL', 'bo@acme.io')).toBe('<EMAIL_2>');
    expect(p.tokenFor('PERSON', 'Ana Lima')).toBe('<PERSON_1>');
    expect(p.tokenFor('EMAIL', 'ana@acme.io')).toBe('<EMAIL_1>');
    expect(p.tokenFor('DATE_OF_BIRTH', '1990-01-02')).toBe('<DATE_OF_BIRTH_1>');
    expect(p.size).toBe(4);
  });

  it('restores known tokens and leaves unknown ones and lookalikes alone', () => {
    const p = new Placeholders();
    p.tokenFor('EMAIL', 'ana@acme.io');
    p.tokenFor('US_SSN', '123-45-6789');
    expect(p.restore('Mail <EMAIL_1>, SSN <US_SSN_1>, not <EMAIL_9>, <email_1>, <EMAIL_1 >.')).toBe(
      'Mail ana@acme.io, SSN 123-45-6789, not <EMAIL_9>, <email_1>, <EMAIL_1 >.',
    );
  });

  it('never issues a token the client itself wrote, so it is not restored by mistake', () => {
    const p = new Placeholders();
    p.reserveFrom('the template says <EMAIL_1> and <EMAIL_2>');
    expect(p.tokenFor('EMAIL', 'ana@acme.io')).toBe('<EMAIL_3>');
    expect(p.restore('<EMAIL_1> <EMAIL_3>')).toBe('<EMAIL_1> ana@acme.io');
  });

  it("reads the client's text for reserved tokens only when the first token is issued", () => {
    let reads = 0;
    const p = new Placeholders(() => {
      reads++;
      return '{"content":"the template says <EMAIL_1>"}';
    });
    expect(p.restore('<EMAIL_1>')).toBe('<EMAIL_1>');
    expect(reads).toBe(0);
    expect(p.tokenFor('EMAIL', 'ana@acme.io')).toBe('<EMAIL_2>');
    expect(p.tokenFor('EMAIL', 'bo@other.io')).toBe('<EMAIL_3>');
    expect(reads).toBe(1);
  });

  it('escapes restored values for JSON when asked', () => {
    const p = new Placeholders();
    p.tokenFor('PERSON', 'Dan "the man" O\\Neil');
    expect(JSON.parse(`{"n":"${p.restore('<PERSON_1>', jsonStringEscape)}"}`)).toEqual({
      n: 'Dan "the man" O\\Neil',
    });
  });

  it('keeps the maps of two requests apart', () => {
    const a = new Placeholders();
    const b = new Placeholders();
    a.tokenFor('EMAIL', 'ana@acme.io');
    b.tokenFor('EMAIL', 'bo@other.io');
    expect(a.restore('<EMAIL_1>')).toBe('ana@acme.io');
    expect(b.restore('<EMAIL_1>')).toBe('bo@other.io');
  });
});

describe('StreamRestorer', () => {
  const answer = 'Write to <EMAIL_1> or call <PHONE_12>; <PERSON_1> agreed. a < b, <b>bold</b>, <EMAIL_7>.';
  const expected =
    'Write to ana@acme.io or call +44 20 7946 0958; Ana Lima agreed. a < b, <b>bold</b>, <EMAIL_7>.';
  const placeholders = (): Placeholders => {
    const p = new Placeholders();
    p.tokenFor('EMAIL', 'ana@acme.io');
    for (let i = 0; i < 11; i++) p.tokenFor('PHONE', `+1 555 010${i}`);
    p.tokenFor('PHONE', '+44 20 7946 0958');
    p.tokenFor('PERSON', 'Ana Lima');
    return p;
  };

  it('restores a placeholder split at every possible point between two chunks', () => {
    for (let cut = 0; cut <= answer.length; cut++) {
      const r = placeholders().restorer();
      const out = r.push(answer.slice(0, cut)) + r.push(answer.slice(cut)) + r.flush();
      expect(out, `cut at ${cut}`).toBe(expected);
    }
  });

  it('restores a stream of one-character chunks', () => {
    const r = placeholders().restorer();
    let out = '';
    for (const ch of answer) out += r.push(ch);
    expect(out + r.flush()).toBe(expected);
  });

  it('holds back no more than a possible token: plain text flows at once', () => {
    const r = placeholders().restorer();
    expect(r.push('Hello, ')).toBe('Hello, ');
    expect(r.push('see <EMA')).toBe('see ');
    expect(r.push('IL_1> now')).toBe('ana@acme.io now');
    expect(r.push('a <b')).toBe('a <b');
    expect(r.push('> c <B')).toBe('> c ');
    expect(r.push('> d')).toBe('<B> d');
    expect(r.push('trailing <')).toBe('trailing ');
    expect(r.flush()).toBe('<');
  });
});
