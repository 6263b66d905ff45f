#!/usr/bin/env node
// A seeded, labelled corpus of notebook-like material for the privacy bench: SQL, Python, result
// tables (CSV, TSV, markdown, psql, pandas, MySQL, HTML, JSON), schemas, logs, tracebacks, JSON
// documents, configs and prose in nine locales, about a third of it clean and full of hard negatives.
//
//   generateCorpus({ seed, records }) -> [{ id, kind, locale, text, spans: [{ type, start, end, encoded? }] }]
//   node bench/privacy/generate.mjs [--seed N] [--records N] [--out file.jsonl]   (JSON lines)
//
// Spans are JavaScript string offsets: text.slice(start, end) is exactly the labelled value (for an
// encoded value, the whole encoded form).
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Ctx } from './ctx.mjs';
import { config, errors, json, logs, notebook, prose, python, schema, sql, table } from './kinds.mjs';
import { localeWeights } from './locales.mjs';
import { Doc, L, Rng } from './pieces.mjs';
import { companies } from './values.mjs';

export const DEFAULT_SEED = 20240611;
export const DEFAULT_RECORDS = 3000;
export const CLEAN_SHARE = 0.35;

/** Scraped HTML and email bodies: where entity-encoded and obfuscated contact details live. */
function html(c, isClean) {
  const { r } = c;
  if (isClean) {
    return L`<div class="footer">
  <p>&copy; ${r.int(2019, 2025)} ${r.pick(companies).replace('&', '&amp;')} &middot; <a href="mailto:support&#64;example.com">support&#64;example.com</a></p>
  <p>Build ${c.sha(true)} &middot; v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)} &middot; served by 127.0.0.1</p>
</div>
`;
  }
  const p = c.person();
  const e = c.email(p);
  return r.pick([
    () => L`<div class="vcard">
  <span class="fn">${c.name(p)}</span>
  <a href="mailto:${c.enc(e, ['html'])}">${c.enc(c.email(p), ['html', 'atDot'])}</a>
  <span class="tel">${c.phone(p)}</span>
</div>
`,
    () => L`Contact me: ${c.enc(e, ['atDot', 'atDot', 'spaced', 'homoglyph', 'zeroWidth'])} or call ${c.maybeEnc(c.phone(p), ['fullwidth', 'spacedDigits', 'zeroWidth'])}.
-- ${c.name(p)}
`,
    () => L`Form submission #${r.int(1000, 99999)}
name: ${c.name(p)}
email: ${c.enc(e, ['fullwidth', 'zeroWidth', 'homoglyph'])}
card: ${c.enc(c.card(), ['fullwidth', 'zeroWidth', 'spaced', 'spacedDigits'])}
ssn: ${c.enc(c.ssn(), ['fullwidth', 'zeroWidth', 'spacedDigits'])}
iban: ${c.enc(c.iban(), ['spaced', 'zeroWidth', 'fullwidth'])}
`,
    () => L`GET /track?u=${c.enc(e, ['base64', 'percent'])}&ref=newsletter HTTP/1.1
X-Debug-Payload: ${c.enc(c.phone(p), ['base64'])}
Authorization: Basic ${c.enc(c.password(true), ['base64'])}
`,
  ])();
}

const kinds = { table, sql, python, logs, errors, json, config, schema, prose, notebook, html };
const kindWeights = [
  [24, 'table'],
  [10, 'sql'],
  [10, 'python'],
  [9, 'logs'],
  [7, 'errors'],
  [11, 'json'],
  [6, 'config'],
  [5, 'schema'],
  [11, 'prose'],
  [4, 'notebook'],
  [3, 'html'],
];

function makeRecord(seed, index) {
  // Each record has its own generator, so a record does not depend on how much its neighbours drew.
  const r = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const locale = r.weighted(localeWeights);
  const kind = r.weighted(kindWeights);
  const isClean = r.chance(CLEAN_SHARE);
  const c = new Ctx(r, locale);
  if (r.chance(0.12)) c.encRate = 0.35;
  const doc = new Doc().add(kinds[kind](c, isClean));
  return { id: `r${String(index).padStart(5, '0')}`, kind, locale, text: doc.text, spans: doc.spans };
}

export function generateCorpus({ seed = DEFAULT_SEED, records = DEFAULT_RECORDS } = {}) {
  const out = [];
  for (let i = 0; i < records; i++) out.push(makeRecord(seed, i));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, records: { type: 'string' }, out: { type: 'string' } },
  });
  const corpus = generateCorpus({
    seed: Number(values.seed ?? DEFAULT_SEED),
    records: Number(values.records ?? DEFAULT_RECORDS),
  });
  const sink = values.out ? createWriteStream(values.out) : process.stdout;
  for (const rec of corpus) sink.write(`${JSON.stringify(rec)}\n`);
  if (values.out) sink.end();
}
