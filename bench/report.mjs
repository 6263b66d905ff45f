// Turns raw measurements into the comparison table, the target checks and bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The targets Palisade is held to. `value(c)` reads the comparison; null means "not measured". */
export const targets = [
  {
    name: 'throughput at concurrency 64 ≥ 0.5× pass-through',
    scenario: 'c64',
    limit: 0.5,
    atLeast: true,
    value: (c) => c.throughputRatio,
    unit: '×',
  },
  {
    name: 'added latency at concurrency 1, p50 ≤ 0.25 ms',
    scenario: 'c1',
    limit: 0.25,
    value: (c) => c.added.palisade?.p50,
    unit: 'ms',
  },
  {
    name: 'added latency at concurrency 1, p99 ≤ 1.5 ms',
    scenario: 'c1',
    limit: 1.5,
    value: (c) => c.added.palisade?.p99,
    unit: 'ms',
  },
  {
    name: 'added latency at 1000 req/s, p50 ≤ 0.5 ms',
    scenario: 'open1000',
    limit: 0.5,
    value: (c) => c.added.palisade?.p50,
    unit: 'ms',
  },
  {
    name: 'added latency at 1000 req/s, p99 ≤ 2.5 ms',
    scenario: 'open1000',
    limit: 2.5,
    value: (c) => c.added.palisade?.p99,
    unit: 'ms',
  },
  {
    name: 'streaming first data, added p50 ≤ 0.6 ms',
    scenario: 'stream',
    limit: 0.6,
    value: (c) => c.added.palisade?.p50,
    unit: 'ms',
  },
  { name: 'memory idle ≤ 80 MB', memory: 'idleMb', limit: 80, unit: 'MB' },
  { name: 'memory under load ≤ 140 MB', memory: 'peakMb', limit: 140, unit: 'MB' },
];

const serverOf = { direct: 'fake', passthrough: 'proxy', palisade: 'palisade' };

/** Per scenario: c/b throughput, latency added over direct (same percentile), CPU per request. */
export function compare(scenario) {
  const { direct, passthrough, palisade } = scenario.targets;
  const metric = scenario.metric; // 'latency', or 'firstChunk' for streaming
  const added = (t) => {
    const base = direct?.[metric];
    const mine = t?.[metric];
    if (!base || !mine) return null;
    return { p50: mine.p50 - base.p50, p99: mine.p99 - base.p99 };
  };
  const cpu = (name) => scenario.targets[name]?.cpu?.[serverOf[name]]?.cpuMsPerRequest ?? null;
  return {
    id: scenario.id,
    label: scenario.label,
    metric,
    throughput: {
      direct: direct?.throughput ?? null,
      passthrough: passthrough?.throughput ?? null,
      palisade: palisade?.throughput ?? null,
    },
    throughputRatio: palisade && passthrough ? palisade.throughput / passthrough.throughput : null,
    direct: direct?.[metric] ? { p50: direct[metric].p50, p99: direct[metric].p99 } : null,
    added: { passthrough: added(passthrough), palisade: added(palisade) },
    // What Palisade adds over the floor itself: c minus b at the same percentile.
    overFloor:
      palisade?.[metric] && passthrough?.[metric]
        ? {
            p50: palisade[metric].p50 - passthrough[metric].p50,
            p99: palisade[metric].p99 - passthrough[metric].p99,
          }
        : null,
    cpuMsPerRequest: { direct: cpu('direct'), passthrough: cpu('passthrough'), palisade: cpu('palisade') },
    othersCores: Math.max(...Object.values(scenario.targets).map((t) => t?.cpu?.othersCores ?? 0)),
    errors: Object.fromEntries(Object.entries(scenario.targets).map(([k, t]) => [k, t?.errors ?? null])),
  };
}

export function checkTargets(comparisons, memory) {
  return targets.map((t) => {
    let value = null;
    let note;
    if (t.memory) {
      value = memory?.[t.memory] ?? null;
    } else {
      const c = comparisons.find((x) => x.id === t.scenario);
      value = c ? (t.value(c) ?? null) : null;
      if (c?.errors.palisade) note = `${c.errors.palisade} Palisade requests failed`;
      else if (c && c.othersCores > noisy) note = 'noisy: other processes were busy';
    }
    const within = value !== null && (t.atLeast ? value >= t.limit : value <= t.limit);
    const pass = within && !note?.includes('failed');
    return { name: t.name, value, limit: t.limit, unit: t.unit, pass, note };
  });
}

const noisy = 0.15; // cores used by processes outside the bench

const num = (v, digits = 2, width = 8) =>
  (v === null || v === undefined ? 'n/a' : v.toFixed(digits)).padStart(width);
const signed = (v, width = 7) =>
  (v === null || v === undefined ? 'n/a' : (v >= 0 ? '+' : '') + v.toFixed(3)).padStart(width);

export function printReport({ comparisons, memory, checks, meta }) {
  const out = [];
  out.push('');
  out.push(
    `Palisade bench — ${meta.date}, Node ${meta.node}, ${meta.cpus} CPUs, prompt ${meta.promptBytes} B`,
  );
  out.push(
    'a = client → fake provider   b = client → pass-through proxy → fake   c = client → Palisade → fake',
  );
  out.push(
    'Latency in ms (streaming: time to first body chunk). Added = b or c minus a at the same percentile.',
  );
  out.push('');
  const head = [
    'scenario'.padEnd(22),
    'a req/s'.padStart(8),
    'b req/s'.padStart(8),
    'c req/s'.padStart(8),
    'c/b'.padStart(6),
    'a p50'.padStart(7),
    'a p99'.padStart(7),
    'b +p50'.padStart(7),
    'b +p99'.padStart(7),
    'c +p50'.padStart(7),
    'c +p99'.padStart(7),
    'cpu b'.padStart(7),
    'cpu c'.padStart(7),
  ].join(' ');
  out.push(head);
  out.push('-'.repeat(head.length));
  for (const c of comparisons) {
    const errors = Object.entries(c.errors).filter(([, n]) => n);
    out.push(
      [
        c.label.padEnd(22),
        num(c.throughput.direct, 0),
        num(c.throughput.passthrough, 0),
        num(c.throughput.palisade, 0),
        num(c.throughputRatio, 2, 6),
        num(c.direct?.p50, 3, 7),
        num(c.direct?.p99, 3, 7),
        signed(c.added.passthrough?.p50),
        signed(c.added.passthrough?.p99),
        signed(c.added.palisade?.p50),
        signed(c.added.palisade?.p99),
        num(c.cpuMsPerRequest.passthrough, 3, 7),
        num(c.cpuMsPerRequest.palisade, 3, 7),
      ].join(' ') +
        (errors.length ? `  errors: ${errors.map(([k, n]) => `${k} ${n}`).join(', ')}` : '') +
        (c.othersCores > noisy ? `  noisy: other processes used ${c.othersCores.toFixed(2)} cores` : ''),
    );
  }
  out.push(
    '(cpu = CPU ms per request of the pass-through proxy process (b) and of the Palisade process (c))',
  );
  if (comparisons.some((c) => c.othersCores > noisy)) {
    out.push(
      'Warning: other processes on this machine were busy during some scenarios; their numbers are noisy.',
    );
  }
  out.push('');
  out.push(
    `Palisade memory (RSS): ${num(memory?.startMb, 1, 0)} MB just started, idle ${num(memory?.idleMb, 1, 0)} MB` +
      ` (settled after ${num(memory?.idleSeconds, 0, 0)} s), peak under load ${num(memory?.peakMb, 1, 0)} MB` +
      ` (VmHWM ${num(memory?.hwmMb, 1, 0)} MB), idle after the load ${num(memory?.afterLoadMb, 1, 0)} MB`,
  );
  out.push('');
  out.push('Targets:');
  for (const t of checks) {
    const value = t.value === null ? 'n/a' : `${t.value.toFixed(t.unit === 'MB' ? 1 : 3)} ${t.unit}`;
    out.push(
      `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(52)} measured ${value}${t.note ? ` (${t.note})` : ''}`,
    );
  }
  const passed = checks.filter((t) => t.pass).length;
  out.push(`  ${passed}/${checks.length} targets met`);
  // The latency targets count from the direct call, so they include the hop any gateway adds (b's
  // own `+p50`). What Palisade itself adds on top of that floor, for reading next to them:
  const floor = comparisons.filter(
    (c) => c.overFloor && targets.some((t) => t.scenario === c.id && t.unit === 'ms'),
  );
  if (floor.length > 0) {
    out.push('');
    out.push('Palisade over the pass-through floor (c minus b, same percentile; not a target):');
    for (const c of floor) {
      out.push(`  ${c.label.padEnd(24)} p50 ${signed(c.overFloor.p50)}   p99 ${signed(c.overFloor.p99)}`);
    }
  }
  console.log(out.join('\n'));
}

export function writeJson(path, results) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
