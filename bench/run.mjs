// `npm run bench`: the same requests sent (a) straight to the fake provider, (b) through a minimal
// pass-through proxy, (c) through Palisade with auth, policy and recording on. Each server runs in its
// own process so CPU and memory are attributable; the load generator runs here.
// BENCH_PROFILE=1 also runs Palisade under --cpu-prof and prints its top self-time functions.
import { fork, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { closedLoop, createClient, openLoop, probe, Recorder } from './load.mjs';
import { cpuMeter, memoryMb, rssSampler, settledRss, waitForQuiet } from './procstat.mjs';
import { summariseProfiles } from './profile.mjs';
import { checkTargets, compare, printReport, writeJson } from './report.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsPath = join(root, 'bench', 'results', 'latest.json');
const profile = process.env.BENCH_PROFILE === '1';
// Each scenario is split in rounds that take turns between the targets (a b c, b c a, c a b), so a
// burst of background work or a slow phase of the machine hits all three alike.
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const openaiKey = 'sk-bench000000000000000000000';
const operatorToken = 'bench-operator-token-0123456789abcdef';

// A notebook assistant asking about the schema and the SQL of the current cell: about 1 KB.
const prompt = `You are helping an analyst in a data notebook. The workspace database has these tables:
orders(order_id bigint primary key, customer_id bigint, created_at timestamptz, status text, total_cents integer, currency char(3))
customers(customer_id bigint primary key, region text, segment text, signed_up_at date)
order_items(order_id bigint, sku text, quantity integer, unit_price_cents integer)
The current cell contains this SQL:
SELECT date_trunc('month', o.created_at) AS month, c.region, sum(o.total_cents) / 100.0 AS revenue
FROM orders o JOIN customers c ON c.customer_id = o.customer_id
WHERE o.created_at >= '2024-01-01'
GROUP BY 1, 2 ORDER BY 1, 2;
Its output (first rows): 2024-01 | EMEA | 182340.50 ; 2024-01 | NA | 240118.00 ; 2024-02 | EMEA | 176002.25
Rewrite the query so that cancelled and refunded orders are excluded, revenue is converted to USD with the
fx_rates(currency, day, usd_rate) table, and each region also shows its share of the monthly total.
Explain which index would help most and why, in two sentences.`;

const reply =
  "Filter on o.status NOT IN ('cancelled', 'refunded'), join fx_rates on currency and the order day, " +
  'multiply total_cents by usd_rate, and add sum(revenue) OVER (PARTITION BY month) to compute each ' +
  "region's share. An index on orders(created_at, status) lets the planner skip old and cancelled rows; " +
  'fx_rates(currency, day) makes the conversion join an index lookup.';

const chatBody = { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: prompt }] };

// The same notebook context as the system prompt, and a question of ~120 characters that is new on
// every request: the context is scanned once (Palisade remembers what it found in a text it has
// seen), the question every time, as in a real session.
const questions = [
  'Which region grew fastest between month {n} and the month before, and by how much revenue?',
  'Why does the query for cell {n} return no rows for EMEA after the refunds were filtered out?',
  'Rewrite cell {n} so that revenue is shown in thousands with one decimal, ordered by region.',
  'Is an index on orders(status) enough for run {n}, or should created_at come first in it?',
];
let questionCount = 0;
const freshBody = () => {
  const n = ++questionCount;
  const question = questions[n % questions.length].replace('{n}', String(n));
  return {
    model: 'gpt-4.1-mini',
    messages: [
      { role: 'system', content: prompt },
      { role: 'user', content: question },
    ],
  };
};

const scenarios = [
  {
    id: 'c1',
    label: 'closed, concurrency 1',
    kind: 'closed',
    concurrency: 1,
    maxRequests: 50_000,
    maxMs: 4000,
  },
  {
    id: 'c1new',
    label: 'closed, c=1, new text',
    kind: 'closed',
    fresh: true,
    concurrency: 1,
    maxRequests: 50_000,
    maxMs: 4000,
  },
  {
    id: 'c16',
    label: 'closed, concurrency 16',
    kind: 'closed',
    concurrency: 16,
    maxRequests: 100_000,
    maxMs: 3000,
  },
  {
    id: 'c64',
    label: 'closed, concurrency 64',
    kind: 'closed',
    concurrency: 64,
    maxRequests: 100_000,
    maxMs: 4000,
  },
  { id: 'open1000', label: 'open, 1000 req/s', kind: 'open', rate: 1000, durationMs: 5000 },
  {
    id: 'stream',
    label: 'stream first data, c=1',
    kind: 'stream',
    concurrency: 1,
    maxRequests: 20_000,
    maxMs: 4000,
  },
];

// ---- child processes ------------------------------------------------------------------------------

const children = new Set();
const unexpectedExits = [];
let stopping = false;

/** Kills `child` when the bench ends; notes it when it ends on its own before that. */
function track(child, name, log = () => '') {
  children.add(child);
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (!stopping)
      unexpectedExits.push(
        `${name} (pid ${child.pid}) exited early: code ${code}, signal ${signal}\n${log()}`,
      );
  });
  return child;
}

function killAll(signal) {
  for (const child of children) {
    try {
      process.kill(child.pid, signal);
    } catch {
      // already gone
    }
  }
}

async function stopChild(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

const tempDirs = new Set();

function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

process.on('exit', () => {
  killAll('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping the servers`);
    killAll('SIGKILL');
    process.exit(130);
  });
}

/** Forks a bench/ script that reports `{ ready, url }` over IPC. */
async function forkServer(script, name, env = {}) {
  const child = track(fork(join(root, 'bench', script), [], { env: { ...process.env, ...env } }), name);
  const [message] = await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`${name} exited with code ${code} before it was ready`);
    }),
  ]);
  return { child, url: message.url };
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** What the bin's `#!/usr/bin/env -S …` line runs: environment assignments, `node` and its flags. */
function binCommand() {
  const shebang = readFileSync(join(root, 'dist/bin/main.js'), 'utf8').split('\n', 1)[0];
  const words = /^#!\/usr\/bin\/env -S (.*)$/.exec(shebang)?.[1].split(' ').filter(Boolean);
  if (!words?.includes('node')) throw new Error(`dist/bin/main.js: unexpected #! line: ${shebang}`);
  return words;
}

async function startPalisade(fakeUrl) {
  const port = await freePort();
  const dataDir = tempDir('palisade-bench-');
  const profileDir = profile ? mkdtempSync(join(tmpdir(), 'palisade-bench-prof-')) : undefined; // kept
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PALISADE_')));
  Object.assign(env, {
    PALISADE_PORT: String(port),
    PALISADE_DATA_DIR: dataDir,
    PALISADE_OPERATOR_TOKEN: operatorToken,
    PALISADE_OPENAI_API_KEY: openaiKey,
    PALISADE_OPENAI_BASE_URL: `${fakeUrl}/v1`,
    PALISADE_ANTHROPIC_BASE_URL: fakeUrl,
    PALISADE_LOG_LEVEL: 'warn',
  });
  // The bin runs as a user runs it (`npm start`): `/usr/bin/env -S …` from its #! line sets
  // Palisade's environment and Node flags. BENCH_NODE_FLAGS tries more, e.g.
  // BENCH_NODE_FLAGS='--max-old-space-size=1024'.
  const extra = [
    ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  ];
  let log = '';
  const child = track(
    spawn('/usr/bin/env', [...binCommand(), ...extra, join(root, 'dist/bin/main.js'), 'serve'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    'Palisade',
    () => log,
  );
  const keep = (chunk) => {
    log = (log + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Palisade exited with code ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) throw new Error(`Palisade did not answer GET /healthz within 30 s:\n${log}`);
    const ok = await request(`${url}/healthz`).then(
      async (res) => {
        await res.body.dump();
        return res.statusCode === 200;
      },
      () => false,
    );
    if (ok) break;
    await sleep(100);
  }
  return { child, url, profileDir, log: () => log };
}

/**
 * On a machine with two or more cores, the gateway under test (the pass-through proxy or Palisade)
 * gets a core of its own and the load generator and fake provider share another, so neither gateway
 * competes with the client for CPU. Both gateways are treated alike. BENCH_PIN=0 turns it off.
 */
function pinProcesses(pids) {
  if (process.env.BENCH_PIN === '0' || cpus().length < 2) return undefined;
  const pin = (cpu, pid) =>
    spawnSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' }).status === 0;
  const gateways = [pids.proxy, pids.palisade].filter(Boolean).every((pid) => pin(1, pid));
  const others = [pids.client, pids.fake].every((pid) => pin(0, pid));
  return gateways && others
    ? 'Pinned: the gateway under test on CPU 1; the client and the fake provider on CPU 0 (BENCH_PIN=0 to turn off).'
    : 'Could not pin processes to CPUs (taskset missing?); running unpinned.';
}

async function adminPost(url, path, body) {
  const res = await request(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${operatorToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`POST ${path}: HTTP ${res.statusCode}: ${text}`);
  return JSON.parse(text);
}

// ---- measurement ----------------------------------------------------------------------------------

function requestsFor(bearer) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${bearer}` };
  const base = { method: 'POST', path: '/v1/chat/completions', headers };
  return {
    chat: { ...base, body: JSON.stringify(chatBody) },
    fresh: () => ({ ...base, body: JSON.stringify(freshBody()) }),
    stream: { ...base, body: JSON.stringify({ ...chatBody, stream: true }) },
  };
}

/** Runs `scenario` against every target, in `rounds` interleaved shares; CPU is summed over the shares. */
async function runScenario(scenario, targets, pids) {
  const names = Object.keys(targets);
  const runs = Object.fromEntries(
    names.map((name) => [name, { recorder: new Recorder(), cpuMs: {}, othersMs: 0 }]),
  );
  const share =
    scenario.kind === 'open'
      ? { rate: scenario.rate, durationMs: scenario.durationMs / rounds }
      : {
          concurrency: scenario.concurrency,
          maxRequests: Math.ceil(scenario.maxRequests / rounds),
          maxMs: scenario.maxMs / rounds,
        };
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const { pool, requests } = targets[name];
      const run = runs[name];
      const req =
        scenario.kind === 'stream' ? requests.stream : scenario.fresh ? requests.fresh : requests.chat;
      // Re-open idle keep-alive connections and wake the process before measuring.
      await closedLoop(pool, req, { concurrency: scenario.concurrency ?? 8, maxRequests: 1000, maxMs: 100 });
      const meter = cpuMeter(pids);
      if (scenario.kind === 'open') await openLoop(pool, req, share, run.recorder);
      else await closedLoop(pool, req, share, run.recorder);
      const { used, othersMs } = meter.stop();
      for (const [server, ms] of Object.entries(used)) run.cpuMs[server] = (run.cpuMs[server] ?? 0) + ms;
      run.othersMs += othersMs;
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const { recorder, cpuMs, othersMs } = runs[name];
      const result = recorder.result();
      const requests = result.requests + result.errors;
      const cpu = { othersCores: othersMs / result.elapsedMs };
      for (const [server, ms] of Object.entries(cpuMs))
        cpu[server] = { cpuMs: ms, cpuMsPerRequest: ms / requests };
      return [name, { ...result, cpu }];
    }),
  );
}

async function main() {
  const startedAt = Date.now();
  const loadAverageAtStart = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  console.log('Starting the fake provider, the pass-through proxy and Palisade…');
  const fake = await forkServer('fake-provider.mjs', 'fake provider', { BENCH_REPLY: reply });
  const proxy = await forkServer('passthrough-proxy.mjs', 'pass-through proxy', { UPSTREAM: fake.url });

  const targets = {
    direct: { url: fake.url, requests: requestsFor(openaiKey) },
    passthrough: { url: proxy.url, requests: requestsFor(openaiKey) },
  };
  const pids = { client: process.pid, fake: fake.child.pid, proxy: proxy.child.pid };

  let palisade;
  let palisadeError;
  try {
    palisade = await startPalisade(fake.url);
    const workspace = await adminPost(palisade.url, '/api/workspaces', {
      name: 'bench',
      plan: 'team',
      region: 'us',
    });
    const { token } = await adminPost(palisade.url, `/api/workspaces/${workspace.id}/tokens`, {
      name: 'bench',
      role: 'member',
    });
    targets.palisade = { url: palisade.url, requests: requestsFor(token) };
    pids.palisade = palisade.child.pid;
  } catch (error) {
    palisadeError = error.message;
    console.error(`\nPalisade could not be benchmarked: ${error.message}\n`);
  }

  for (const [name, target] of Object.entries(targets)) {
    target.pool = createClient(target.url);
    try {
      await probe(target.pool, target.requests.chat);
      await probe(target.pool, target.requests.stream);
    } catch (error) {
      if (name !== 'palisade') throw new Error(`${name}: ${error.message}`);
      palisadeError = `a chat completion through Palisade failed: ${error.message}`;
      console.error(`\nPalisade could not be benchmarked: ${palisadeError}\n`);
      delete targets.palisade;
    }
  }

  const pinned = pinProcesses(pids);
  if (pinned) console.log(pinned);

  const memory = {};
  let sampler;
  if (targets.palisade) {
    await sleep(1000);
    memory.startMb = memoryMb(pids.palisade).rss;
    // Idle is what a started gateway holds once quiet: V8 keeps its start-up garbage (young
    // generation grown to its maximum, old space) until its memory reducer runs, ~8 s after the
    // process goes quiet. At most a minute.
    console.log('Waiting for Palisade to settle at idle…');
    const idle = await settledRss(pids.palisade);
    memory.idleMb = idle.mb;
    memory.idleSeconds = idle.seconds;
    sampler = rssSampler(pids.palisade);
  }

  console.log('Warming up…');
  for (const target of Object.values(targets)) {
    await closedLoop(target.pool, target.requests.chat, {
      concurrency: 16,
      maxRequests: 20_000,
      maxMs: 2500,
    });
    await closedLoop(target.pool, target.requests.stream, { concurrency: 4, maxRequests: 5000, maxMs: 1000 });
  }

  const measured = [];
  let quietBudgetMs = 60_000; // in all, for waiting on other processes to calm down
  // BENCH_ONLY=c1,stream runs only those scenarios (by id), e.g. while profiling one path.
  const only = process.env.BENCH_ONLY?.split(',');
  for (const scenario of scenarios.filter((s) => !only || only.includes(s.id))) {
    const waitStarted = Date.now();
    await waitForQuiet(pids, {
      maxMs: quietBudgetMs,
      onWait: (cores) =>
        console.log(`  (other processes use ${cores.toFixed(2)} cores; waiting for them to settle)`),
    });
    quietBudgetMs = Math.max(0, quietBudgetMs - (Date.now() - waitStarted));
    const metric = scenario.kind === 'stream' ? 'firstChunk' : 'latency';
    const row = { ...scenario, rounds, metric, targets: await runScenario(scenario, targets, pids) };
    if (pids.palisade) row.palisadeRssMb = memoryMb(pids.palisade).rss;
    for (const [name, result] of Object.entries(row.targets)) {
      const p = result[metric];
      console.log(
        `  ${scenario.label.padEnd(26)} ${name.padEnd(12)}${result.throughput.toFixed(0).padStart(6)} req/s` +
          `  p50 ${p?.p50.toFixed(3)} ms  p99 ${p?.p99.toFixed(3)} ms` +
          `${result.errors ? `  ${result.errors} errors (${result.firstError})` : ''}`,
      );
    }
    measured.push(row);
  }

  if (sampler) {
    memory.peakMb = sampler.peak();
    memory.hwmMb = memoryMb(pids.palisade).hwm;
    sampler.stop();
    if (measured.length > 0) {
      console.log('Waiting for Palisade to settle after the load…');
      const after = await settledRss(pids.palisade);
      memory.afterLoadMb = after.mb;
    }
  }

  const comparisons = measured.map(compare);
  const checks = checkTargets(comparisons, targets.palisade ? memory : undefined);
  const meta = {
    date: new Date().toISOString(),
    node: process.versions.node,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverageAtStart,
    promptBytes: Buffer.byteLength(prompt),
    durationS: (Date.now() - startedAt) / 1000,
    rounds,
    profiled: profile,
    palisadeError,
  };
  printReport({ comparisons, memory, checks, meta });
  writeJson(resultsPath, { meta, scenarios: measured, comparisons, memory, targets: checks });
  console.log(`\nResults written to ${resultsPath} (${meta.durationS.toFixed(0)} s)`);

  stopping = true;
  for (const target of Object.values(targets)) await target.pool.close();
  if (palisade) {
    await stopChild(palisade.child);
    if (palisade.profileDir) summariseProfiles(palisade.profileDir);
  }
  await Promise.all([stopChild(proxy.child), stopChild(fake.child)]);
  return palisadeError ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench failed: ${error.stack ?? error}`);
    for (const exit of unexpectedExits) console.error(exit);
    killAll('SIGKILL');
    process.exitCode = 1;
  },
);
