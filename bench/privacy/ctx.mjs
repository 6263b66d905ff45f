// The per-record context: a seeded generator, a locale, and makers for labelled values and for the
// hard negatives that sit next to them.
import { colName, locales, makePerson } from './locales.mjs';
import { Rng, V } from './pieces.mjs';
import * as v from './values.mjs';

export class Ctx {
  constructor(r, code) {
    this.r = r;
    this.code = code;
    this.loc = locales[code];
    this.lang = this.loc.lang;
    /** Chance that a value placed with `maybeEnc` is written in an evasive form. */
    this.encRate = 0.05;
  }

  person() {
    const { r, loc } = this;
    const p = makePerson(r, this.code);
    p.email = v.email(r, p.romanFirst, p.romanLast, loc.domains);
    p.phone = loc.phone(r);
    p.dob = v.date(r, 1941, 2006);
    p.city = r.pick(loc.cities);
    p.street = loc.street(r);
    p.postcode = loc.postcode(r);
    return p;
  }

  col(meaning) {
    return colName(this.r, meaning, this.lang);
  }

  // Labelled values ---------------------------------------------------------------------------
  name(p, style) {
    const s = style ?? 'full';
    if (s === 'lastFirst' && !v.nonAscii(p.full) && !p.full.includes('.')) {
      return V('PERSON', `${p.last}, ${p.first}`);
    }
    return V('PERSON', p.full);
  }
  first(p) {
    return V('PERSON', p.first);
  }
  last(p) {
    return V('PERSON', p.last);
  }
  email(p) {
    return V('EMAIL', p ? p.email : this.person().email);
  }
  phone(p) {
    return V('PHONE', p ? p.phone : this.loc.phone(this.r));
  }
  /** `style`: 'iso', 'locale' (the locale's written forms), or 'table' (mostly numeric). */
  dob(p, style = 'table') {
    const x = p ? p.dob : v.date(this.r, 1941, 2006);
    const { r } = this;
    let text;
    if (style === 'table') {
      // One format per record, as a column of a real table has.
      this.dobFormatSeed ??= r.chance(0.55) ? 0 : r.int(1, 2 ** 31);
      text = this.dobFormatSeed === 0 ? v.iso(x) : this.loc.date(new Rng(this.dobFormatSeed), x);
    } else if (style === 'iso') text = v.iso(x);
    else text = this.loc.date(r, x);
    return V('DATE_OF_BIRTH', text);
  }
  ssn(sep) {
    // Unless told, one separator style per record (a column is written one way).
    this.ssnSep ??= this.r.weighted([
      [8, '-'],
      [1, ' '],
      [1, ''],
    ]);
    return V('US_SSN', v.ssn(this.r, sep ?? this.ssnSep));
  }
  card(sep) {
    return V('CREDIT_CARD', v.card(this.r, sep).text);
  }
  iban(spaced) {
    return V('IBAN', v.iban(this.r, this.code, spaced));
  }
  ip(kind) {
    const { r } = this;
    const text =
      kind === 'v4'
        ? v.ipv4Public(r)
        : kind === 'v6'
          ? v.ipv6(r)
          : kind === 'private'
            ? v.ipv4Private(r)
            : v.ip(r);
    return V('IP_ADDRESS', text);
  }
  secret(kind) {
    return V('SECRET', v.secretMakers[kind](this.r));
  }
  password(urlSafe = false) {
    return V('SECRET', v.password(this.r, urlSafe));
  }
  anySecret() {
    const kind = this.r.pick([
      'openai',
      'openaiProj',
      'anthropic',
      'awsId',
      'github',
      'githubPat',
      'slackBot',
      'stripe',
      'google',
      'jwt',
      'openaiProj',
      'anthropic',
    ]);
    return this.secret(kind);
  }

  // Evasion -------------------------------------------------------------------------------------
  /** The value in an evasive form (the whole form is the span). */
  enc(val, hows) {
    const how = this.r.pick(hows ?? this.encodingsFor(val.type));
    const out = val.with(v.encodeFor(this.r, val.type, val.text, how), true);
    // \u escapes are JSON syntax already: a JSON writer must place them as they are.
    if (how === 'jsonEscape') out.rawJson = true;
    return out;
  }
  maybeEnc(val, hows) {
    return this.r.chance(this.encRate) ? this.enc(val, hows) : val;
  }
  encodingsFor(type) {
    if (type === 'EMAIL')
      return ['zeroWidth', 'homoglyph', 'percent', 'html', 'atDot', 'atDot', 'spaced', 'base64', 'fullwidth'];
    if (type === 'PHONE') return ['zeroWidth', 'fullwidth', 'spaced', 'base64', 'spacedDigits', 'percent'];
    if (type === 'CREDIT_CARD' || type === 'US_SSN')
      return ['zeroWidth', 'fullwidth', 'spaced', 'spacedDigits', 'base64'];
    if (type === 'IBAN') return ['zeroWidth', 'fullwidth', 'spaced', 'base64'];
    if (type === 'SECRET') return ['base64', 'zeroWidth', 'spaced'];
    if (type === 'IP_ADDRESS') return ['zeroWidth', 'fullwidth'];
    return ['zeroWidth'];
  }

  // Hard negatives ------------------------------------------------------------------------------
  uuid() {
    return v.uuid(this.r);
  }
  sha(short) {
    return v.gitSha(this.r, short);
  }
  ts(y0, y1) {
    return v.timestamp(this.r, y0, y1);
  }
  /** An ordinary date (order, signup, event), in ISO or the locale's format. */
  plainDate(y0 = 2019, y1 = 2025, style = 'iso') {
    const x = v.date(this.r, y0, y1);
    return style === 'iso' || this.r.chance(0.6) ? v.iso(x) : this.loc.date(this.r, x);
  }
  exampleEmail() {
    const p = makePerson(this.r, 'en-US');
    return v.exampleEmail(
      this.r,
      this.r.pick([
        'jane.doe',
        'john.doe',
        'test',
        'user',
        'alice',
        'bob',
        'demo',
        'qa+1',
        v.asciiFold(p.first).toLowerCase(),
        'noreply',
      ]),
    );
  }
  maskedEmail() {
    return v.maskedEmail(this.r, this.person().email);
  }
}
