// Value generators: every valid value really validates (Luhn, IBAN mod 97 with the right length per
// country, SSN areas), and every invalid hard negative really fails. Also the encoders used for
// evasion material, and the hard negatives that look like personal data but are not.
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER } from './pieces.mjs';

// ---------------------------------------------------------------------------------------------
// Credit cards

export function luhnValid(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function luhnComplete(body) {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + c)) return body + c;
  throw new Error('unreachable');
}

const brands = [
  { brand: 'visa', weight: 30, prefix: () => '4', length: 16, groups: [4, 4, 4, 4] },
  { brand: 'mastercard', weight: 20, prefix: (r) => String(r.int(51, 55)), length: 16, groups: [4, 4, 4, 4] },
  {
    brand: 'mastercard',
    weight: 6,
    prefix: (r) => String(r.int(2221, 2720)),
    length: 16,
    groups: [4, 4, 4, 4],
  },
  { brand: 'amex', weight: 12, prefix: (r) => r.pick(['34', '37']), length: 15, groups: [4, 6, 5] },
  {
    brand: 'discover',
    weight: 8,
    prefix: (r) => r.pick(['6011', '65', String(r.int(644, 649))]),
    length: 16,
    groups: [4, 4, 4, 4],
  },
  {
    brand: 'diners',
    weight: 4,
    prefix: (r) => r.pick(['36', '38', String(r.int(300, 305))]),
    length: 14,
    groups: [4, 6, 4],
  },
  { brand: 'jcb', weight: 6, prefix: (r) => String(r.int(3528, 3589)), length: 16, groups: [4, 4, 4, 4] },
  { brand: 'unionpay', weight: 4, prefix: () => '62', length: 16, groups: [4, 4, 4, 4] },
  {
    brand: 'maestro',
    weight: 3,
    prefix: (r) => r.pick(['6759', '5018', '6304']),
    length: 16,
    groups: [4, 4, 4, 4],
  },
];

export function cardDigits(r) {
  const b = r.weighted(brands.map((x) => [x.weight, x]));
  const prefix = b.prefix(r);
  for (;;) {
    const digits = luhnComplete(prefix + r.digits(b.length - prefix.length - 1));
    // Stay clear of the well-known test numbers (4111…, 4242…): they are documented, not personal.
    if (/(\d)\1{5}/.test(digits) || /^4242424242/.test(digits)) continue;
    return { digits, brand: b.brand, groups: b.groups };
  }
}

export function groupDigits(digits, groups, sep) {
  const out = [];
  let i = 0;
  for (const g of groups) {
    out.push(digits.slice(i, i + g));
    i += g;
  }
  if (i < digits.length) out.push(digits.slice(i));
  return out.join(sep);
}

/** A Luhn-valid card number formatted with none, spaces or hyphens. */
export function card(r, sepChoice) {
  const c = cardDigits(r);
  const sep =
    sepChoice ??
    r.weighted([
      [4, ''],
      [4, ' '],
      [2, '-'],
    ]);
  return { ...c, text: sep === '' ? c.digits : groupDigits(c.digits, c.groups, sep) };
}

/** A number of card length that fails Luhn (order numbers, tracking numbers, gift-card serials). */
export function luhnFailing(r, length, prefix = '') {
  for (;;) {
    const d = prefix + r.digits(length - prefix.length);
    if (!luhnValid(d) && d[0] !== '0') return d;
  }
}

// ---------------------------------------------------------------------------------------------
// IBAN: BBAN shapes per country (n digits, a upper letters, c alphanumerics), ISO 13616 registry.

export const ibanShapes = {
  DE: [[18, 'n']],
  GB: [
    [4, 'a'],
    [14, 'n'],
  ],
  FR: [
    [10, 'n'],
    [11, 'n'],
    [2, 'n'],
  ],
  ES: [[20, 'n']],
  NL: [
    [4, 'a'],
    [10, 'n'],
  ],
  IT: [
    [1, 'a'],
    [10, 'n'],
    [12, 'n'],
  ],
  BE: [[12, 'n']],
  CH: [
    [5, 'n'],
    [12, 'n'],
  ],
  AT: [[16, 'n']],
  PL: [[24, 'n']],
  PT: [[21, 'n']],
  IE: [
    [4, 'a'],
    [14, 'n'],
  ],
  SE: [[20, 'n']],
  DK: [[14, 'n']],
  FI: [[14, 'n']],
  NO: [[11, 'n']],
  LU: [
    [3, 'n'],
    [13, 'n'],
  ],
  BR: [
    [23, 'n'],
    [1, 'a'],
    [1, 'c'],
  ],
  CZ: [[20, 'n']],
  GR: [
    [7, 'n'],
    [16, 'n'],
  ],
  HU: [[24, 'n']],
  RO: [
    [4, 'a'],
    [16, 'c'],
  ],
};

function ibanCheck(country, bban) {
  const rearranged = `${bban}${country}00`;
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return String(98 - rem).padStart(2, '0');
}

export function ibanValid(iban) {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  const country = s.slice(0, 2);
  const shape = ibanShapes[country];
  if (!shape) return false;
  const len = 4 + shape.reduce((n, [k]) => n + k, 0);
  if (s.length !== len) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

export function ibanCompact(r, country) {
  let bban = '';
  for (const [n, k] of ibanShapes[country]) {
    bban += r.chars(n, k === 'n' ? DIGITS : k === 'a' ? UPPER : `${UPPER}${DIGITS}`);
  }
  return `${country}${ibanCheck(country, bban)}${bban}`;
}

export const printIban = (s) => s.replace(/(.{4})(?=.)/g, '$1 ');

const localeCountry = {
  'en-US': ['GB', 'DE', 'FR', 'NL', 'CH'],
  'en-GB': ['GB', 'GB', 'IE'],
  'de-DE': ['DE', 'DE', 'AT', 'CH'],
  'fr-FR': ['FR', 'FR', 'BE', 'LU'],
  'es-ES': ['ES', 'ES', 'PT'],
  'nl-NL': ['NL', 'NL', 'BE'],
  'it-IT': ['IT', 'IT', 'CH'],
  'pt-BR': ['BR', 'PT'],
  'ja-JP': ['DE', 'GB', 'FR', 'PL', 'SE', 'DK', 'FI', 'NO', 'CZ', 'GR', 'HU', 'RO'],
};

export function iban(r, locale, spaced) {
  const country = r.chance(0.75) ? r.pick(localeCountry[locale] ?? ['DE']) : r.pick(Object.keys(ibanShapes));
  const compact = ibanCompact(r, country);
  const withSpaces = spaced ?? r.chance(0.5);
  return withSpaces ? printIban(compact) : compact;
}

/** An IBAN-shaped string that fails mod 97 (one digit changed). */
export function invalidIban(r, locale) {
  for (;;) {
    const s = ibanCompact(r, r.pick(localeCountry[locale] ?? ['DE']));
    const i = r.int(5, s.length - 1);
    if (!/\d/.test(s[i])) continue;
    const bad = s.slice(0, i) + String((Number(s[i]) + r.int(1, 9)) % 10) + s.slice(i + 1);
    if (!ibanValid(bad)) return r.chance(0.5) ? printIban(bad) : bad;
  }
}

// ---------------------------------------------------------------------------------------------
// US SSN

export function ssnParts(r) {
  let area;
  do area = r.int(1, 899);
  while (area === 666);
  return [
    String(area).padStart(3, '0'),
    String(r.int(1, 99)).padStart(2, '0'),
    String(r.int(1, 9999)).padStart(4, '0'),
  ];
}

export function ssn(r, sep) {
  const s =
    sep ??
    r.weighted([
      [8, '-'],
      [1, ' '],
      [1, ''],
    ]);
  return ssnParts(r).join(s);
}

/** SSN-shaped but never issued: area 000, 666 or 9xx, group 00, or serial 0000. */
export function invalidSsn(r) {
  const [a, g, s] = ssnParts(r);
  const how = r.int(0, 4);
  if (how === 0) return `000-${g}-${s}`;
  if (how === 1) return `666-${g}-${s}`;
  if (how === 2) return `${r.int(900, 999)}-${g}-${s}`;
  if (how === 3) return `${a}-00-${s}`;
  return `${a}-${g}-0000`;
}

// ---------------------------------------------------------------------------------------------
// IP addresses (documentation ranges are avoided on both sides: neither labelled nor used as negatives)

export function ipv4Public(r) {
  for (;;) {
    const a = r.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}

export function ipv4Private(r) {
  return r.pick([
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])();
}

const v6Prefixes = [
  '2a02',
  '2a01',
  '2600',
  '2601',
  '2603',
  '2406',
  '2409',
  '2800',
  '2804',
  '2a00',
  '2a03',
  '2001:4860',
  '2607',
  '2a0a',
  'fd12',
  'fe80',
];

export function ipv6(r) {
  const prefix = r.pick(v6Prefixes).split(':');
  const groups = [...prefix];
  while (groups.length < 8) groups.push(r.chars(r.int(1, 4), HEX).replace(/^0+(?=.)/, ''));
  const style = r.int(0, 4);
  if (style === 0) return groups.map((g) => g.padStart(4, '0')).join(':');
  if (style === 1) return groups.join(':');
  // Compressed: a run of zero groups becomes ::
  const at = r.int(prefix.length + 1, 5);
  const len = r.int(1, 8 - at - 1);
  const head = groups.slice(0, at);
  const tail = groups.slice(at + len);
  if (style === 4) return `${head.slice(0, prefix.length + 1).join(':')}::${r.chars(r.int(1, 4), HEX)}`;
  return `${head.join(':')}::${tail.join(':')}`;
}

export function ip(r) {
  return r.weighted([
    [6, () => ipv4Public(r)],
    [3, () => ipv4Private(r)],
    [2, () => ipv6(r)],
    [0.3, () => `::ffff:${ipv4Public(r)}`],
  ])();
}

// ---------------------------------------------------------------------------------------------
// Secrets

function jsonB64url(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

export function jwt(r) {
  const header = r.pick([
    { alg: 'HS256', typ: 'JWT' },
    { alg: 'RS256', typ: 'JWT', kid: r.chars(16, HEX) },
    { typ: 'JWT', alg: 'ES256' },
  ]);
  const now = r.int(1_700_000_000, 1_730_000_000);
  const payload = r.pick([
    { sub: String(r.int(10000, 999999)), iat: now, exp: now + 3600 },
    {
      sub: `auth0|${r.chars(24, HEX)}`,
      aud: 'https://api.internal',
      iat: now,
      exp: now + 86400,
      scope: 'openid profile',
    },
    { user_id: r.int(1, 99999), role: r.pick(['analyst', 'admin', 'viewer']), iat: now },
    {
      iss: 'https://accounts.google.com',
      azp: `${r.digits(12)}.apps.googleusercontent.com`,
      sub: r.digits(21),
      iat: now,
      exp: now + 3599,
    },
  ]);
  const sigLen = header.alg === 'ES256' ? 86 : header.alg === 'RS256' ? 342 : 43;
  return `${jsonB64url(header)}.${jsonB64url(payload)}.${r.chars(sigLen, B64URL)}`;
}

export function pem(r, eol = '\n') {
  const kind = r.weighted([
    [4, 'RSA PRIVATE KEY'],
    [4, 'PRIVATE KEY'],
    [2, 'OPENSSH PRIVATE KEY'],
    [1, 'EC PRIVATE KEY'],
    [1, 'ENCRYPTED PRIVATE KEY'],
  ]);
  const lines = [];
  const n = kind === 'EC PRIVATE KEY' ? 3 : r.int(6, 26);
  const first =
    kind === 'OPENSSH PRIVATE KEY'
      ? 'b3BlbnNzaC1rZXktdjEAAAAA'
      : kind === 'RSA PRIVATE KEY'
        ? 'MIIEowIBAAKCAQEA'
        : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
  for (let i = 0; i < n; i++) {
    const body = r.chars(64, B64);
    lines.push(i === 0 ? first + body.slice(first.length) : body);
  }
  lines.push(`${r.chars(r.int(8, 60), B64)}${r.pick(['', '=', '=='])}`);
  return `-----BEGIN ${kind}-----${eol}${lines.join(eol)}${eol}-----END ${kind}-----`;
}

export function publicPemOrCert(r) {
  const kind = r.pick(['CERTIFICATE', 'PUBLIC KEY']);
  const lines = [];
  for (let i = 0; i < r.int(4, 12); i++) lines.push(r.chars(64, B64));
  lines.push(`${r.chars(20, B64)}==`);
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`;
}

const passwordWords = [
  'Summer',
  'Winter',
  'Dragon',
  'Monkey',
  'Sunshine',
  'Falcon',
  'Berlin',
  'Tigre',
  'Soleil',
  'Kirsche',
  'Aurora',
  'Orion',
  'Panda',
  'Mustang',
];

/** A password as people and generators write them. `urlSafe` avoids characters that need escaping in a URL. */
export function password(r, urlSafe = false) {
  const style = r.int(0, 4);
  let p;
  if (style === 0) p = `${r.pick(passwordWords)}${r.int(2015, 2025)}${r.pick(['!', '#', '$', '', '?'])}`;
  else if (style === 1) p = r.chars(r.int(12, 28), ALNUM);
  else if (style === 2)
    p = `${r.chars(r.int(4, 7), ALNUM)}${r.pick(['!', '#', '%', '*', '&'])}${r.chars(r.int(4, 9), ALNUM)}`;
  else if (style === 3)
    p = `${r.pick(passwordWords).toLowerCase()}-${r.pick(['horse', 'battery', 'staple', 'river', 'maple', 'copper'])}-${r.int(10, 99)}`;
  else p = r.chars(r.int(20, 40), `${ALNUM}_-`);
  if (urlSafe) p = p.replace(/[!#$?%*&]/g, '_');
  return p.replace(/^-/, 'x');
}

export const secretMakers = {
  openai: (r) => `sk-${r.chars(20, ALNUM)}T3BlbkFJ${r.chars(20, ALNUM)}`,
  openaiProj: (r) =>
    `sk-proj-${r.chars(r.int(56, 74), B64URL)}T3BlbkFJ${r.chars(r.int(56, 74), B64URL)}`.replace(/-$/, 'Q'),
  openaiSvc: (r) => `sk-svcacct-${r.chars(64, B64URL)}T3BlbkFJ${r.chars(64, B64URL)}`.replace(/-$/, 'Q'),
  anthropic: (r) => `sk-ant-api03-${r.chars(93, B64URL)}AA`,
  anthropicAdmin: (r) => `sk-ant-admin01-${r.chars(93, B64URL)}AA`,
  awsId: (r) => `${r.pick(['AKIA', 'AKIA', 'AKIA', 'ASIA'])}${r.chars(16, `${UPPER}234567`)}`,
  awsSecret: (r) => r.chars(40, B64),
  github: (r) => `${r.pick(['ghp_', 'ghp_', 'gho_', 'ghs_', 'ghu_'])}${r.chars(36, ALNUM)}`,
  githubPat: (r) => `github_pat_11${r.chars(20, `${UPPER}${DIGITS}`)}_${r.chars(59, ALNUM)}`,
  slackBot: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.chars(24, ALNUM)}`,
  slackUser: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.chars(32, HEX)}`,
  stripe: (r) =>
    `${r.pick(['sk_live_', 'sk_live_', 'rk_live_'])}${r.pick(['51', '4e'])}${r.chars(r.int(22, 97), ALNUM)}`,
  google: (r) => `AIza${r.chars(35, B64URL)}`,
  jwt,
  pem: (r) => pem(r),
  hex32: (r) => r.chars(32, HEX),
  hex64: (r) => r.chars(64, HEX),
  b64: (r) => r.chars(r.int(32, 44), B64),
};

// Placeholders and documented examples: look like keys, are not secrets.
export function placeholderSecret(r) {
  return r.pick([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'sk-...xxxx',
    'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX',
    'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxx',
    'your-api-key-here',
    'YOUR_API_KEY',
    '<YOUR_OPENAI_API_KEY>',
    '<your-token>',
    'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'xoxb-your-bot-token',
    'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'AIzaSy...your-key',
    '********',
    '[REDACTED]',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style placeholder, on purpose
    '${DB_PASSWORD}',
    '{{ secrets.API_KEY }}',
    '<redacted>',
    'xxxxxxxx',
    'REPLACE_ME',
    '$OPENAI_API_KEY',
  ]);
}

// ---------------------------------------------------------------------------------------------
// Email

export function asciiFold(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[^A-Za-z0-9 .'-]/g, '');
}

const corporateDomains = [
  'acme-corp.io',
  'northwind.co',
  'globex.com',
  'initech.net',
  'umbrella-health.org',
  'hooli.ai',
  'stark-industries.com',
  'wayne-ent.com',
  'contoso-analytics.com',
  'fabrikam.eu',
  'tailspin.de',
  'vandelay.io',
  'blueharbor.co.uk',
  'kestrel-data.fr',
  'lumen-labs.nl',
  'pinecrest.it',
  'solaris.com.br',
  'sakura-tech.jp',
];

export function email(r, first, last, domains) {
  const f = asciiFold(first).toLowerCase().replace(/[ ']/g, '');
  const l = asciiFold(last).toLowerCase().replace(/[ ']/g, '');
  const local = r.weighted([
    [5, `${f}.${l}`],
    [2, `${f[0]}${l}`],
    [2, `${f}${l}${r.int(1, 99)}`],
    [1, `${f}_${l}`],
    [1, `${f}.${l}+${r.pick(['billing', 'news', 'shop', 'work'])}`],
    [1, `${l}.${f}`],
    [1, `${f}${r.int(1960, 2005)}`],
    [1, `${f[0]}.${l}`],
  ]);
  const domain = r.chance(0.3) ? r.pick(corporateDomains) : r.pick(domains);
  return `${local.replace(/-+/g, '-').replace(/^[.-]|[.-]$/g, '')}@${domain}`;
}

export const exampleEmail = (r, local) =>
  `${local}@${r.pick(['example.com', 'example.org', 'example.net', 'shop.example', 'mail.example.com', 'app.test', 'corp.invalid', 'dev.localhost', 'example.com'])}`;

export function maskedEmail(r, e) {
  const [local, domain] = e.split('@');
  return r.pick([
    `${local[0]}***@${domain}`,
    `${local.slice(0, 2)}****@${domain}`,
    `${local[0]}***@***.${domain.split('.').pop()}`,
    `***@${domain}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Hard negatives

export const uuid = (r) =>
  `${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(3, HEX)}-${r.chars(12, HEX)}`;
export const gitSha = (r, short = false) => r.chars(short ? 7 : 40, HEX);
export const sha256 = (r) => r.chars(64, HEX);
export const semver = (r) => `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 30)}`;
export const timestamp = (r, y0 = 2021, y1 = 2025) => {
  const d = date(r, y0, y1);
  return `${iso(d)}T${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}${r.pick(['Z', '.000Z', `.${r.digits(3)}Z`, '+00:00', `.${r.digits(6)}`])}`;
};
export const loopback = (r) =>
  r.pick(['127.0.0.1', '127.0.0.1', '::1', '127.0.1.1', `127.0.0.${r.int(2, 9)}`, 'localhost']);

export const pad2 = (n) => String(n).padStart(2, '0');
export function date(r, y0, y1) {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  return { y, m, d };
}
export const iso = ({ y, m, d }) => `${y}-${pad2(m)}-${pad2(d)}`;

export function trackingNumber(r) {
  return r.pick([
    () => luhnFailing(r, 16),
    () => `1Z${r.chars(6, `${UPPER}${DIGITS}`)}${r.digits(10)}`,
    () => luhnFailing(r, r.int(18, 22)),
    () => `${r.chars(2, UPPER)}${r.digits(9)}${r.pick(['DE', 'GB', 'FR', 'NL', 'US'])}`,
    () => luhnFailing(r, 15, '9'),
  ])();
}

export const orderNumber = (r) =>
  r.pick([
    () => `ORD-${r.int(2021, 2025)}-${r.digits(6)}`,
    () => luhnFailing(r, 16),
    () => `#${r.digits(7)}`,
    () => `SO${r.digits(8)}`,
    () => luhnFailing(r, 12),
  ])();

export function maskedCard(r) {
  const last4 = r.digits(4);
  return r.pick([
    `****${last4}`,
    `**** **** **** ${last4}`,
    `XXXX-XXXX-XXXX-${last4}`,
    `•••• ${last4}`,
    `************${last4}`,
  ]);
}
export const maskedSsn = (r) =>
  r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `*****${r.digits(4)}`]);
export const maskedPhone = (r) =>
  r.pick([
    `+49 *** ****${r.digits(2)}`,
    `(***) ***-${r.digits(4)}`,
    `+33 6 ** ** ** ${r.digits(2)}`,
    `07*** ***${r.digits(3)}`,
  ]);
export const maskedIban = (r) =>
  `${r.pick(['DE', 'FR', 'NL', 'GB'])}${r.digits(2)} **** **** **** ${r.digits(4)}`;

// Name-like words that are not people here.
export const companies = [
  'Johnson & Johnson',
  'Morgan Stanley',
  'Goldman Sachs',
  'Marks & Spencer',
  'Louis Vuitton',
  'Hugo Boss',
  'Ernst & Young',
  'Procter & Gamble',
  'Dr. Oetker',
  "Ben & Jerry's",
  'Wells Fargo',
  'Charles Schwab',
  'Herman Miller',
  'Ralph Lauren',
  'Tommy Hilfiger',
  'Calvin Klein',
  'John Lewis',
  "Sainsbury's",
  'Deutsche Bank',
  'Siemens AG',
  'Hewlett Packard Enterprise',
  'Booz Allen Hamilton',
  'Dow Jones',
  'Boston Consulting Group',
  'Philip Morris',
  'Estée Lauder',
  'Paul Smith',
  'Fisher-Price',
  'Walt Disney',
  'Ford Motor Company',
  'Carrefour',
  'Mercadona',
  'Albert Heijn',
  'Banca Intesa',
  'Natura &Co',
  'Toyota Motor',
  'Rakuten',
  'Acme Corp',
  'Globex',
  'Northwind Traders',
];
export const products = [
  'Jupyter Notebook',
  'Microsoft Teams',
  'Adobe Acrobat',
  'Tesla Model S',
  'Google Sheets',
  'Apple Watch',
  'Amazon Echo',
  'Kindle Paperwhite',
  'PlayStation 5',
  'Herman Miller Aeron',
  'Dyson V15',
  'Nespresso Vertuo',
  'Surface Laptop',
  'Galaxy S24',
  'ThinkPad X1 Carbon',
  'Power BI',
  'Tableau Desktop',
  'Looker Studio',
  'Snowflake',
  'Databricks',
];
export const placesThatLookLikeNames = [
  'Paris',
  'Florence',
  'Victoria',
  'Georgia',
  'Jordan',
  'Charlotte',
  'Austin',
  'Madison',
  'Eugene',
  'Lincoln',
  'Regina',
  'Alexandria',
  'Santa Clara',
  'San Jose',
  'St. Louis',
  'Adelaide',
  'Florianópolis',
  'São Paulo',
  'Jackson',
  'Sydney',
];

export { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER };

/** Whether a string has characters outside printable ASCII (kanji, accents). */
export const nonAscii = (s) => [...s].some((ch) => ch.charCodeAt(0) > 0x7e);

// ---------------------------------------------------------------------------------------------
// Encoders: the evasion forms. Each returns the encoded text; the gold span covers all of it.

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const homoglyph = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і' };
const fullwidth = (s, all) =>
  s.replace(all ? /[!-~]/g : /[0-9@+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const encoders = {
  zeroWidth: (r, s) => {
    let out = s;
    for (let k = 0; k < r.int(1, 3); k++) {
      const i = r.int(1, out.length - 1);
      out = out.slice(0, i) + r.pick(ZW) + out.slice(i);
    }
    return out;
  },
  fullwidth: (r, s) => fullwidth(s, r.chance(0.3)),
  homoglyph: (r, s) => {
    const positions = [...s].map((c, i) => (homoglyph[c] ? i : -1)).filter((i) => i >= 0);
    const chosen = new Set(r.shuffle(positions).slice(0, Math.max(1, Math.ceil(positions.length / 3))));
    return [...s].map((c, i) => (chosen.has(i) ? homoglyph[c] : c)).join('');
  },
  percent: (r, s) =>
    r.chance(0.7)
      ? s.replace(/[@+ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      : encodeURIComponent(s).replace(/\./g, '%2E'),
  html: (r, s) => {
    const style = r.int(0, 2);
    return s.replace(/[@+.]/g, (c) => {
      if (c === '.' && r.chance(0.6)) return c;
      return style === 0
        ? `&#${c.charCodeAt(0)};`
        : style === 1
          ? `&#x${c.charCodeAt(0).toString(16)};`
          : { '@': '&commat;', '+': '&plus;', '.': '&period;' }[c];
    });
  },
  jsonEscape: (r, s) =>
    s.replace(/[@+.a-z0-9]/g, (c) =>
      c === '@' || c === '+' || r.chance(0.12) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c,
    ),
  atDot: (r, s) => {
    const [at, dot] = r.pick([
      [' [at] ', ' [dot] '],
      [' (at) ', ' (dot) '],
      [' at ', ' dot '],
      ['[at]', '[dot]'],
      [' AT ', ' DOT '],
      [' {at} ', ' {dot} '],
    ]);
    const [local, domain] = s.split('@');
    return `${local}${at}${domain.replace(/\./g, dot)}`;
  },
  spaced: (r, s) => {
    if (s.includes('@'))
      return s.replace('@', r.pick([' @ ', ' @', '@ '])).replace(/\.(?=[a-z]+$)/, r.pick([' . ', '.', ' .']));
    // digits: split by spaces or a line break in the middle
    const mid = Math.floor(s.length / 2) + r.int(-2, 2);
    return `${s.slice(0, mid).trimEnd()}${r.pick(['\n', ' \n', '\n  ', '  '])}${s.slice(mid).trimStart()}`;
  },
  spacedDigits: (r, s) => [...s.replace(/[^0-9A-Za-z+]/g, '')].join(r.pick([' ', ' ', '.', ' - '])),
};

/** Base64 of a small payload holding the value (the whole blob is the span). */
export function base64Blob(r, type, value) {
  const payload =
    type === 'SECRET'
      ? r.weighted([
          [4, `${r.pick(['svc_etl', 'admin', 'analytics', 'api', 'export'])}:${value}`],
          [1, JSON.stringify({ token: value })],
        ])
      : r.pick([
          JSON.stringify({
            [type === 'EMAIL' ? 'email' : type === 'PHONE' ? 'phone' : type.toLowerCase()]: value,
            ts: r.int(1_700_000_000, 1_730_000_000),
          }),
          `${type.toLowerCase()}=${value}`,
          value,
          JSON.stringify({ user: { id: r.int(1, 99999), contact: value } }),
        ]);
  return Buffer.from(payload).toString('base64');
}

export function encodeFor(r, type, value, how) {
  return how === 'base64' ? base64Blob(r, type, value) : encoders[how](r, value);
}

export { fullwidth };
