import type { Logger } from 'pino';
import { type AuditInput, appendAuditBatch } from '../audit/audit.js';
import type { Usage, Warning } from '../core/chat.js';
import type { RegionStores } from '../residency/region-stores.js';
import { warningLabels } from './warnings.js';

/** Metadata of one AI call. Never a prompt, a response, a key or a token. */
export interface AiCallRecord {
  workspaceId: string;
  region: string;
  tokenId: string;
  memberId: string;
  endpoint: string;
  /** Null when the call was refused before a provider was chosen. */
  provider: string | null;
  model: string | null;
  stream: boolean;
  /** `ok`, `incomplete` (the stream was cut), `client_closed`, or an error code. */
  outcome: string;
  httpStatus: number;
  usage: Usage | undefined;
  latencyMs: number;
  warnings: Warning[];
  /** Findings by entity type (counts only), when the request got as far as the context stage. */
  findings?: Partial<Record<string, number>> | undefined;
  /** The version of the workspace's context policy applied. */
  policyVersion?: number | undefined;
  at: Date;
}

/**
 * Writes AI-call audit entries off the hot path: records are queued and written in batches, one
 * transaction per region, so recording never delays a response's bytes.
 */
export class Recorder {
  #queue: AiCallRecord[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly regions: RegionStores,
    private readonly log: Logger,
    private readonly options = { intervalMs: 10, maxBatch: 64 },
    private readonly observe: (entry: AiCallRecord) => void = () => {},
  ) {}

  record(entry: AiCallRecord): void {
    this.observe(entry);
    this.#queue.push(entry);
    if (this.#queue.length >= this.options.maxBatch) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), this.options.intervalMs);
  }

  /** Writes everything queued so far; resolves when it is stored. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#queue;
    this.#queue = [];
    this.#flushing = this.#flushing.then(() => this.write(batch));
    return this.#flushing;
  }

  private async write(batch: AiCallRecord[]): Promise<void> {
    if (batch.length === 0) return;
    const byRegion = new Map<string, AuditInput[]>();
    for (const entry of batch) {
      const inputs = byRegion.get(entry.region) ?? [];
      inputs.push(toAudit(entry));
      byRegion.set(entry.region, inputs);
    }
    for (const [region, inputs] of byRegion) {
      try {
        await appendAuditBatch(this.regions.store(region), inputs);
      } catch (error) {
        this.log.error({ err: error, region, count: inputs.length }, 'could not record AI calls');
      }
    }
  }
}

function toAudit(entry: AiCallRecord): AuditInput {
  return {
    workspaceId: entry.workspaceId,
    actor: { type: 'token', id: entry.tokenId },
    action: 'ai.call',
    target: entry.endpoint,
    at: entry.at,
    after: {
      member_id: entry.memberId,
      provider: entry.provider,
      model: entry.model,
      stream: entry.stream,
      outcome: entry.outcome,
      http_status: entry.httpStatus,
      input_tokens: entry.usage?.inputTokens ?? null,
      output_tokens: entry.usage?.outputTokens ?? null,
      latency_ms: entry.latencyMs,
      warnings: warningLabels(entry.warnings),
      findings: entry.findings ?? null,
      policy_version: entry.policyVersion ?? null,
    },
  };
}
