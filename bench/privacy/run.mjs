#!/usr/bin/env node
// `npm run bench:privacy`: runs the built detectors over the seeded, labelled corpus of
// bench/privacy/generate.mjs and prints quality and speed against the targets.
//
// Matching rule. Within one record and one entity type, predicted spans are taken in order of start;
// each is a true positive when it overlaps a not-yet-matched gold span of the same type by at least
// half of the shorter of the two (overlap >= 0.5 * min(predicted length, gold length)); the gold span
// with the largest overlap is the one matched. Every other predicted span is a false positive, every
// unmatched gold span a false negative. Overall precision, recall and F1 are micro averages over types.
//
// Other numbers:
//   unredacted   share of gold personal-data characters covered by no predicted span of any type
//   clean flagged share of records with no gold span that get at least one finding
//   encoded      share of gold spans marked `encoded` that predicted spans (any type) cover >= 50%
//   MB/s         UTF-8 bytes of all texts / seconds spent in detectAll, one core, after a warm-up pass
//
// Options: --seed N, --records N, --errors N (print up to N false positives and false negatives per
// type with surrounding text), --strict (exit 1 when a target is missed), --dist DIR (another build
// of the detectors, default dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RECORDS, DEFAULT_SEED, generateCorpus } from './generate.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const resultsPath = join(root, 'bench', 'results', 'privacy.json');

const typeTargets = {
  EMAIL: 0.97,
  CREDIT_CARD: 0.97,
  IBAN: 0.97,
  US_SSN: 0.97,
  IP_ADDRESS: 0.97,
  SECRET: 0.97,
  PHONE: 0.92,
  PERSON: 0.85,
  DATE_OF_BIRTH: 0.85,
};
const targets = { overallF1: 0.95, unredacted: 0.03, cleanFlagged: 0.05, encoded: 0.8, mbps: 30 };

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    records: { type: 'string' },
    errors: { type: 'string' },
    strict: { type: 'boolean' },
    dist: { type: 'string' },
  },
});
const seed = Number(values.seed ?? DEFAULT_SEED);
const records = Number(values.records ?? DEFAULT_RECORDS);
const showErrors = Number(values.errors ?? 0);

const dist = resolve(values.dist ?? join(root, 'dist'));
const { detectAll } = await import(pathToFileURL(join(dist, 'privacy', 'registry.js')).href);
const { defaultDetectors } = await import(pathToFileURL(join(dist, 'privacy', 'detectors', 'index.js')).href);
// The entity types of the detector contract: a type added there is scored here too.
const { entityTypes: TYPES } = await import(pathToFileURL(join(dist, 'privacy', 'detector.js')).href);

// Texts reach the detectors as JSON.parse makes them (a request body, a `palisade scan` line): flat
// strings. The generator joins pieces, which V8 keeps as rope strings that cost every character
// access an extra hop (measured: detectAll takes ~6% longer on them), so each text is parsed the
// same way here.
const corpus = generateCorpus({ seed, records }).map((record) => ({
  ...record,
  text: JSON.parse(JSON.stringify(record.text)),
}));
const totalBytes = corpus.reduce((n, r) => n + Buffer.byteLength(r.text, 'utf8'), 0);

// Warm-up pass (also the predictions scored below), then timed passes: the best one counts.
const predictions = corpus.map((r) => detectAll(defaultDetectors, r.text));
let best = Number.POSITIVE_INFINITY;
for (let pass = 0; pass < 2; pass++) {
  const t0 = performance.now();
  for (const r of corpus) detectAll(defaultDetectors, r.text);
  best = Math.min(best, performance.now() - t0);
}
const mbps = totalBytes / 1e6 / (best / 1000);

// ---------------------------------------------------------------------------------------------
// Scoring

const perType = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const perKind = {};
const errorsByType = Object.fromEntries(TYPES.map((t) => [t, { fp: [], fn: [] }]));
let goldChars = 0;
let uncoveredChars = 0;
let cleanRecords = 0;
let cleanFlagged = 0;
const cleanFlagTypes = {};
let encodedTotal = 0;
let encodedCaught = 0;

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function coverage(span, preds) {
  // Characters of `span` covered by the union of predicted spans.
  let covered = 0;
  let cursor = span.start;
  for (const p of preds) {
    if (p.end <= cursor || p.start >= span.end) continue;
    const s = Math.max(cursor, p.start);
    const e = Math.min(span.end, p.end);
    if (e > s) {
      covered += e - s;
      cursor = e;
    }
  }
  return covered;
}

corpus.forEach((rec, i) => {
  const preds = [...predictions[i]].sort((a, b) => a.start - b.start || a.end - b.end);
  if (!perKind[rec.kind]) perKind[rec.kind] = { tp: 0, fp: 0, fn: 0, records: 0, clean: 0, cleanFlagged: 0 };
  const kindStats = perKind[rec.kind];
  kindStats.records++;
  if (rec.spans.length === 0) {
    cleanRecords++;
    kindStats.clean++;
    if (preds.length > 0) {
      cleanFlagged++;
      kindStats.cleanFlagged++;
      for (const p of preds) cleanFlagTypes[p.type] = (cleanFlagTypes[p.type] ?? 0) + 1;
    }
  }
  for (const type of TYPES) {
    const gold = rec.spans.filter((s) => s.type === type);
    const matched = new Set();
    for (const p of preds) {
      if (p.type !== type) continue;
      let bestIdx = -1;
      let bestOverlap = 0;
      gold.forEach((g, gi) => {
        if (matched.has(gi)) return;
        const o = overlap(p, g);
        if (o > 0 && o >= 0.5 * Math.min(p.end - p.start, g.end - g.start) && o > bestOverlap) {
          bestIdx = gi;
          bestOverlap = o;
        }
      });
      if (bestIdx >= 0) {
        matched.add(bestIdx);
        perType[type].tp++;
        kindStats.tp++;
      } else {
        perType[type].fp++;
        kindStats.fp++;
        errorsByType[type].fp.push({ rec, span: p, detector: p.detector });
      }
    }
    gold.forEach((g, gi) => {
      if (matched.has(gi)) return;
      perType[type].fn++;
      kindStats.fn++;
      const other = preds.find((p) => overlap(p, g) > 0);
      errorsByType[type].fn.push({ rec, span: g, other });
    });
  }
  for (const g of rec.spans) {
    const covered = coverage(g, preds);
    goldChars += g.end - g.start;
    uncoveredChars += g.end - g.start - covered;
    if (g.encoded) {
      encodedTotal++;
      if (covered >= 0.5 * (g.end - g.start)) encodedCaught++;
    }
  }
});

const prf = ({ tp, fp, fn }) => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

const micro = TYPES.reduce(
  (acc, t) => ({ tp: acc.tp + perType[t].tp, fp: acc.fp + perType[t].fp, fn: acc.fn + perType[t].fn }),
  { tp: 0, fp: 0, fn: 0 },
);
const overall = prf(micro);
const unredacted = goldChars === 0 ? 0 : uncoveredChars / goldChars;
const cleanShare = cleanRecords === 0 ? 0 : cleanFlagged / cleanRecords;
const encodedShare = encodedTotal === 0 ? 1 : encodedCaught / encodedTotal;

// ---------------------------------------------------------------------------------------------
// Report

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const f3 = (x) => x.toFixed(3);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const rows = [];
const checks = [];
for (const t of TYPES) {
  const m = prf(perType[t]);
  const ok = m.f1 >= typeTargets[t];
  checks.push(ok);
  rows.push([
    t,
    String(perType[t].tp + perType[t].fn),
    String(perType[t].tp),
    String(perType[t].fp),
    String(perType[t].fn),
    f3(m.precision),
    f3(m.recall),
    f3(m.f1),
    `>= ${typeTargets[t]}`,
    verdict(ok),
  ]);
}
const overallOk = overall.f1 >= targets.overallF1;
checks.push(overallOk);
rows.push([
  'overall (micro)',
  String(micro.tp + micro.fn),
  String(micro.tp),
  String(micro.fp),
  String(micro.fn),
  f3(overall.precision),
  f3(overall.recall),
  f3(overall.f1),
  `>= ${targets.overallF1}`,
  verdict(overallOk),
]);

const header = ['type', 'gold', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

console.log(
  `\nPalisade privacy bench: seed ${seed}, ${corpus.length} records (${cleanRecords} clean), ${(totalBytes / 1e6).toFixed(2)} MB\n`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const extra = [
  [
    'personal-data characters left unredacted',
    pct(unredacted),
    `< ${pct(targets.unredacted)}`,
    unredacted < targets.unredacted,
  ],
  [
    'clean records flagged',
    `${pct(cleanShare)} (${cleanFlagged}/${cleanRecords})`,
    `< ${pct(targets.cleanFlagged)}`,
    cleanShare < targets.cleanFlagged,
  ],
  [
    'encoded values caught',
    `${pct(encodedShare)} (${encodedCaught}/${encodedTotal})`,
    `>= ${pct(targets.encoded)}`,
    encodedShare >= targets.encoded,
  ],
  ['throughput, one core', `${mbps.toFixed(1)} MB/s`, `>= ${targets.mbps} MB/s`, mbps >= targets.mbps],
];
console.log('');
const ew = [
  Math.max(...extra.map((e) => e[0].length)),
  Math.max(...extra.map((e) => e[1].length)),
  Math.max(...extra.map((e) => e[2].length)),
];
for (const [label, value, target, ok] of extra) {
  checks.push(ok);
  console.log(`${label.padEnd(ew[0])}  ${value.padStart(ew[1])}  ${target.padStart(ew[2])}  ${verdict(ok)}`);
}

console.log('\nby record kind:');
for (const [kind, k] of Object.entries(perKind).sort()) {
  const m = prf(k);
  console.log(
    `  ${kind.padEnd(9)} records ${String(k.records).padStart(5)}  P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)}  clean flagged ${k.cleanFlagged}/${k.clean}`,
  );
}
if (cleanFlagged > 0) {
  console.log(
    `  findings on clean records by type: ${Object.entries(cleanFlagTypes)
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );
}

const allPass = checks.every(Boolean);
console.log(
  `\n${allPass ? 'all targets met' : `${checks.filter((x) => !x).length} of ${checks.length} targets missed`}`,
);

// ---------------------------------------------------------------------------------------------
// Errors

function snippet(text, start, end) {
  const show = (s) => s.replace(/\n/g, '⏎').replace(/\t/g, '⇥');
  const before = show(text.slice(Math.max(0, start - 40), start));
  const after = show(text.slice(end, end + 40));
  return `${before}⟦${show(text.slice(start, end))}⟧${after}`;
}

if (showErrors > 0) {
  for (const t of TYPES) {
    const { fp, fn } = errorsByType[t];
    if (fp.length === 0 && fn.length === 0) continue;
    console.log(`\n=== ${t}: ${fp.length} false positives, ${fn.length} false negatives`);
    for (const e of fp.slice(0, showErrors)) {
      console.log(
        `  FP ${e.rec.id} ${e.rec.kind}/${e.rec.locale} [${e.detector}] ${snippet(e.rec.text, e.span.start, e.span.end)}`,
      );
    }
    for (const e of fn.slice(0, showErrors)) {
      const seen = e.other
        ? ` (found as ${e.other.type} ${JSON.stringify(e.rec.text.slice(e.other.start, e.other.end)).slice(0, 60)})`
        : '';
      console.log(
        `  FN ${e.rec.id} ${e.rec.kind}/${e.rec.locale}${e.span.encoded ? ' encoded' : ''} ${snippet(e.rec.text, e.span.start, e.span.end)}${seen}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Results file

const result = {
  at: new Date().toISOString(),
  seed,
  records: corpus.length,
  cleanRecords,
  bytes: totalBytes,
  matching: 'same type, overlap >= half of the shorter span, each gold span matched once',
  perType: Object.fromEntries(
    TYPES.map((t) => [t, { ...perType[t], ...prf(perType[t]), target: typeTargets[t] }]),
  ),
  overall: { ...micro, ...overall, target: targets.overallF1 },
  unredactedShare: unredacted,
  cleanFlaggedShare: cleanShare,
  encodedCaughtShare: encodedShare,
  encoded: { total: encodedTotal, caught: encodedCaught },
  mbPerSecond: mbps,
  perKind: Object.fromEntries(Object.entries(perKind).map(([k, s]) => [k, { ...s, ...prf(s) }])),
  targets: { ...targets, perType: typeTargets },
  allTargetsMet: allPass,
};
mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(resultsPath, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwrote ${resultsPath}`);
if (values.strict && !allPass) process.exitCode = 1;
