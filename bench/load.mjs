// The load generator: closed loop (N workers, each waits for its answer) and open loop (sends on a
// fixed schedule, never waits; latency counts from the scheduled send time, so a stall shows up in
// every request it delays instead of hiding behind the ones never sent: no coordinated omission).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';

/** A keep-alive client for one target. */
export function createClient(origin) {
  return new Pool(origin, {
    connections: 256,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    headersTimeout: 30_000,
    bodyTimeout: 30_000,
  });
}

/**
 * Sends one request (or the one `request()` makes, for a body that changes every time) and reads the
 * whole body; notes when its first chunk arrived.
 */
async function exchange(pool, request) {
  const { statusCode, body } = await pool.request(typeof request === 'function' ? request() : request);
  let firstChunkAt;
  let errorText = '';
  for await (const chunk of body) {
    firstChunkAt ??= performance.now();
    if (statusCode !== 200 && errorText.length < 400) errorText += chunk.toString('utf8');
  }
  return { statusCode, firstChunkAt, end: performance.now(), errorText };
}

/** Sends one request; throws with the answer when it is not a 200. */
export async function probe(pool, request) {
  const answer = await exchange(pool, request);
  if (answer.statusCode !== 200) throw new Error(`HTTP ${answer.statusCode}: ${answer.errorText}`);
  return answer;
}

/** Collects the answers of one or more runs (rounds) against one target. */
export class Recorder {
  latencies = [];
  firstChunk = [];
  errors = 0;
  firstError = undefined;
  elapsedMs = 0;
  worstSendLagMs = 0;

  add(start, answer) {
    if (answer.statusCode !== 200) return this.fail(`HTTP ${answer.statusCode}: ${answer.errorText}`);
    this.latencies.push(answer.end - start);
    if (answer.firstChunkAt !== undefined) this.firstChunk.push(answer.firstChunkAt - start);
  }

  fail(error) {
    this.errors++;
    this.firstError ??= String(error?.message ?? error).slice(0, 400);
  }

  result() {
    return {
      requests: this.latencies.length,
      errors: this.errors,
      firstError: this.firstError,
      elapsedMs: this.elapsedMs,
      throughput: (this.latencies.length / this.elapsedMs) * 1000,
      worstSendLagMs: this.worstSendLagMs,
      latency: percentiles(this.latencies),
      firstChunk: percentiles(this.firstChunk),
    };
  }
}

export function percentiles(values) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: sorted[sorted.length - 1],
    mean,
    n: sorted.length,
  };
}

/** `concurrency` workers send back to back until `maxRequests` or `maxMs`, whichever comes first. */
export async function closedLoop(
  pool,
  request,
  { concurrency, maxRequests, maxMs },
  recorder = new Recorder(),
) {
  const start = performance.now();
  const deadline = start + maxMs;
  let issued = 0;
  const worker = async () => {
    while (issued < maxRequests && performance.now() < deadline) {
      issued++;
      const sent = performance.now();
      try {
        recorder.add(sent, await exchange(pool, request));
      } catch (error) {
        recorder.fail(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  recorder.elapsedMs += performance.now() - start;
  return recorder;
}

/** Sends `rate` requests per second for `durationMs`, on schedule, whatever the answers do. */
export async function openLoop(pool, request, { rate, durationMs }, recorder = new Recorder()) {
  const interval = 1000 / rate;
  const total = Math.round((rate * durationMs) / 1000);
  const pending = [];
  const start = performance.now();
  for (let sent = 0; sent < total; ) {
    const now = performance.now();
    for (; sent < total && start + sent * interval <= now; sent++) {
      const scheduled = start + sent * interval;
      recorder.worstSendLagMs = Math.max(recorder.worstSendLagMs, now - scheduled);
      pending.push(
        exchange(pool, request).then(
          (answer) => recorder.add(scheduled, answer),
          (error) => recorder.fail(error),
        ),
      );
    }
    if (sent < total) await sleep(Math.max(0, start + sent * interval - performance.now()));
  }
  await Promise.all(pending);
  recorder.elapsedMs += performance.now() - start;
  return recorder;
}
