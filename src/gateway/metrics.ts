import type { AiCallRecord } from './record.js';

/**
 * Prometheus metrics of AI calls, in the text exposition format
 * (https://prometheus.io/docs/instrumenting/exposition_formats/). Labels are low-cardinality and
 * never carry a workspace, a token, a key or any request text.
 */
export class AiMetrics {
  readonly #calls = new Map<string, number>();
  readonly #tokens = new Map<string, number>();
  readonly #latency = {
    sum: 0,
    count: 0,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60].map((le) => ({ le, n: 0 })),
  };

  observe(call: AiCallRecord): void {
    const labels = `endpoint="${call.endpoint}",provider="${call.provider ?? 'none'}",outcome="${label(call.outcome)}"`;
    this.#calls.set(labels, (this.#calls.get(labels) ?? 0) + 1);
    if (call.provider && call.usage) {
      for (const [direction, count] of [
        ['input', call.usage.inputTokens],
        ['output', call.usage.outputTokens],
      ] as const) {
        if (count === undefined) continue;
        const key = `provider="${call.provider}",direction="${direction}"`;
        this.#tokens.set(key, (this.#tokens.get(key) ?? 0) + count);
      }
    }
    const seconds = call.latencyMs / 1000;
    this.#latency.sum += seconds;
    this.#latency.count++;
    for (const bucket of this.#latency.buckets) if (seconds <= bucket.le) bucket.n++;
  }

  render(): string {
    const lines = [
      '# HELP palisade_ai_calls_total AI calls by endpoint, provider and outcome (ok, an error code, incomplete, client_closed).',
      '# TYPE palisade_ai_calls_total counter',
      ...[...this.#calls].map(([labels, n]) => `palisade_ai_calls_total{${labels}} ${n}`),
      '# HELP palisade_ai_tokens_total Tokens as the providers reported them.',
      '# TYPE palisade_ai_tokens_total counter',
      ...[...this.#tokens].map(([labels, n]) => `palisade_ai_tokens_total{${labels}} ${n}`),
      '# HELP palisade_ai_call_duration_seconds Time from request to the end of the answer.',
      '# TYPE palisade_ai_call_duration_seconds histogram',
      ...this.#latency.buckets.map((b) => `palisade_ai_call_duration_seconds_bucket{le="${b.le}"} ${b.n}`),
      `palisade_ai_call_duration_seconds_bucket{le="+Inf"} ${this.#latency.count}`,
      `palisade_ai_call_duration_seconds_sum ${this.#latency.sum}`,
      `palisade_ai_call_duration_seconds_count ${this.#latency.count}`,
      '# HELP process_resident_memory_bytes Resident memory size in bytes.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${process.memoryUsage.rss()}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}

/** Outcomes are codes from the catalogue; anything else is folded so a label never carries text. */
function label(value: string): string {
  return /^[a-z_]{1,40}$/.test(value) ? value : 'other';
}
