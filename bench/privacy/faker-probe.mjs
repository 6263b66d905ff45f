#!/usr/bin/env node
// `node bench/privacy/faker-probe.mjs` (after `npm run build`): the detectors against values made by
// @faker-js/faker (a dev dependency, also the source of the generated name lists), the kind of seeded
// generator a corpus not written here is likely made with. Unlike bench/privacy/run.mjs it holds no
// gold spans of its own: each value is put into a few slots (a label, prose, a CSV row, JSON, …) and
// counts as found when a finding of its type covers at least half of it and lies within it, or holds
// it whole. Hard negatives (Faker's addresses, companies, products, job titles) count any finding.
// A probe for what the corpus and the hold-outs miss, not a target: Faker's values are not always
// real ones (phone numbers off their country's plan, streets of made-up words).
// Options: --locales a,b (default: 30 locales), --n N (values per locale and kind, default 20),
// --show KIND (print the misses of one row, e.g. --show "PERSON prose"), --dist DIR.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { allFakers } from '@faker-js/faker';

const { values } = parseArgs({
  options: {
    locales: { type: 'string' },
    n: { type: 'string' },
    show: { type: 'string' },
    dist: { type: 'string' },
  },
});
const root = resolve(import.meta.dirname, '..', '..');
const dist = resolve(values.dist ?? join(root, 'dist'));
const { detectAll } = await import(pathToFileURL(join(dist, 'privacy', 'registry.js')).href);
const { defaultDetectors } = await import(pathToFileURL(join(dist, 'privacy', 'detectors', 'index.js')).href);

const locales = (
  values.locales ??
  'en_US,en_GB,en_AU,en_IN,de,fr,es,es_MX,it,pt_BR,nl,pl,ru,uk,ja,zh_CN,ko,tr,sv,nb_NO,fi,da,cs_CZ,hu,ro,el,ar,he,vi,id_ID'
).split(',');
const n = Number(values.n ?? 20);
const cjk = /^(?:ja|zh_CN|zh_TW|ko)$/;

/** Each kind: the entity type, how Faker makes a value, and the slots it is put in. */
const kinds = {
  PERSON: {
    make: (f, loc) => {
      const [first, last] = [f.person.firstName(), f.person.lastName()];
      return cjk.test(loc) ? `${last}${first}` : `${first} ${last}`;
    },
    slots: {
      prose: (v) => `Customer ${v} called about order #48213 and asked for a refund.`,
      'no cue': (v) => `${v} asked whether the export can include the region column.`,
      csv: (v) => `id,name,email,plan\n1042,${v},c1042@gmail.com,team`,
      log: (v) => `2024-05-01T10:00:00Z INFO login ok user=c1042@gmail.com name="${v}"`,
      json: (v) => JSON.stringify({ customer: { id: 991, full_name: v } }),
      markdown: (v) => `| customer | city | total |\n|---|---|---|\n| ${v} | Berlin | 120.50 |`,
      sql: (v) =>
        `INSERT INTO customers (id, name, email) VALUES (7, '${v.replace(/'/g, "''")}', 'c7@gmail.com');`,
      signature: (v) => `Thanks for your help!\n\nBest regards,\n${v}`,
    },
  },
  PHONE: {
    make: (f) => f.phone.number(),
    slots: {
      label: (v) => `phone: ${v}`,
      prose: (v) => `Please call the customer at ${v} before Friday.`,
      json: (v) => JSON.stringify({ id: 17, phone: v }),
    },
  },
  'PHONE +': {
    type: 'PHONE',
    make: (f) => f.phone.number({ style: 'international' }),
    slots: { label: (v) => `phone: ${v}`, prose: (v) => `Please call the customer at ${v} before Friday.` },
  },
  EMAIL: {
    make: (f) => f.internet.email(),
    slots: { prose: (v) => `Send the invoice to ${v} today.`, csv: (v) => `id,contact\n17,${v}` },
  },
  IP_ADDRESS: {
    make: (f) => (f.datatype.boolean() ? f.internet.ipv4() : f.internet.ipv6()),
    slots: { log: (v) => `GET /api/orders 200 client=${v}`, json: (v) => JSON.stringify({ ip: v }) },
  },
  IBAN: {
    make: (f) => f.finance.iban(f.datatype.boolean()),
    slots: { label: (v) => `IBAN: ${v}`, prose: (v) => `Please wire the refund to ${v} this week.` },
  },
  CREDIT_CARD: {
    make: (f) => f.finance.creditCardNumber(),
    slots: { label: (v) => `card: ${v}`, csv: (v) => `id,card_number\n17,${v}` },
  },
  DATE_OF_BIRTH: {
    make: (f) => f.date.birthdate().toISOString().slice(0, 10),
    slots: {
      label: (v) => `Date of birth: ${v}`,
      csv: (v) => `id,name,birthdate\n17,Anna Berg,${v}`,
      prose: (v) => `The patient was born on ${v} in Ohio.`,
    },
  },
};

/** Hard negatives: nothing may be found in them. */
const negatives = {
  company: (f) => f.company.name(),
  street: (f) => f.location.streetAddress(),
  city: (f) => f.location.city(),
  product: (f) => f.commerce.productName(),
  'job title': (f) => f.person.jobTitle(),
};
const negativeSlots = {
  csv: (k, v) => `id,${k.replace(' ', '_')},amount\n1042,"${v}",120.50`,
  prose: (k, v) => `Last quarter the ${k} ${v} grew revenue by 12%.`,
};

const rows = new Map();
const row = (key) => rows.get(key) ?? rows.set(key, { ok: 0, all: 0, misses: [] }).get(key);
const found = (text, type, value) =>
  detectAll(defaultDetectors, text).some((f) => {
    if (f.type !== type) return false;
    const span = text.slice(f.start, f.end);
    return span.includes(value) || (value.includes(span) && span.length * 2 >= value.length);
  });

for (const loc of locales) {
  const f = allFakers[loc];
  if (f === undefined) throw new Error(`no Faker locale ${loc}`);
  f.seed(20241129);
  for (let i = 0; i < n; i++) {
    for (const [kind, { type = kind, make, slots }] of Object.entries(kinds)) {
      const value = make(f, loc);
      for (const [slot, put] of Object.entries(slots)) {
        const text = put(value);
        const r = row(`${kind} ${slot}`);
        r.all++;
        if (found(text, type, value)) r.ok++;
        else r.misses.push(`${loc}: ${JSON.stringify(text)}`);
      }
    }
    for (const [kind, make] of Object.entries(negatives)) {
      const value = make(f);
      for (const [slot, put] of Object.entries(negativeSlots)) {
        const text = put(kind, value);
        const r = row(`clean ${kind} ${slot}`);
        r.all++;
        const findings = detectAll(defaultDetectors, text);
        if (findings.length === 0) r.ok++;
        else
          r.misses.push(
            `${loc}: ${JSON.stringify(value)} -> ${findings.map((x) => text.slice(x.start, x.end)).join(' | ')}`,
          );
      }
    }
  }
}

console.log(`Faker probe: ${locales.length} locales, ${n} values per locale and kind\n`);
for (const [key, { ok, all }] of rows) {
  const clean = key.startsWith('clean ');
  console.log(
    `${key.padEnd(26)} ${clean ? 'not flagged' : 'found'} ${String(ok).padStart(5)}/${all}  ${((100 * ok) / all).toFixed(1)}%`,
  );
}
if (values.show) {
  const r = rows.get(values.show);
  console.log(`\n${values.show}: ${r ? r.misses.length : 0} misses`);
  for (const m of r?.misses.slice(0, 60) ?? []) console.log(`  ${m}`);
}
