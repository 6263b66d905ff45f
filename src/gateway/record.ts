import type { Logger } from 'pino';
import { type AuditInput, appendAudit, appendAuditSqlite } from '../audit/audit.js';
import type { Usage, Warning } from '../core/chat.js';
import { newTimeOrderedId } from '../core/ids.js';
import type { RegionStores } from '../residency/region-stores.js';
import { contentExpiry, insertSessionsSqlite } from '../sessions/sessions.js';
import type { SessionTable } from '../store/database.js';
import type { Retention } from '../workspaces/types.js';
import { warningLabels } from './warnings.js';

/**
 * One AI call: metadata for the audit entry (never a prompt, a response, a key or a token), and for
 * the session row the redacted prompt and answer, when the workspace's retention keeps them.
 */
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
  /** What the session row keeps; absent: metadata only, no consent. */
  session?: {
    retention: Retention;
    trainingDataUse: boolean;
    /** Redacted prompt (the body sent) and answer, present only when retention allows. */
    content?: { prompt: string; response?: string } | undefined;
  };
  at: Date;
}

/**
 * Writes AI-call audit entries off the hot path: records are queued and written in batches, one
 * transaction per region, so recording never delays a response's bytes.
 *
 * A batch is written when it reaches `maxBatch` or `intervalMs` after its first record. Each commit
 * writes every page it touched to the log again, so larger batches cost less per call (on SQLite,
 * measured: 57-62 µs of CPU per call in batches of 5, 40-43 in batches of 25, 32-35 in batches of
 * 64). But a SQLite batch is written on the event loop, and every request that arrives meanwhile
 * waits: at 1000 calls/s, 50 ms batches block for ~1.7 ms every 50 ms (3-4% of requests delayed, in
 * the p99), 10 ms batches for ~0.5 ms. The tail wins: 10 ms. (Moving these writes to a worker
 * thread would remove both costs from the event loop.) What a crash can lose is what is queued: at
 * most `intervalMs` of calls.
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
        const store = this.regions.store(region);
        const sessions = batch.filter((entry) => entry.region === region).map(toSession);
        // One transaction for the audit entries and the sessions of a batch.
        if (store.writeSqlite) {
          await store.writeSqlite((sqlite) => {
            appendAuditSqlite(sqlite, inputs);
            insertSessionsSqlite(sqlite, sessions);
          });
        } else {
          await store.write(async (trx) => {
            await appendAudit(trx, inputs);
            await trx.insertInto('ai_sessions').values(sessions).execute();
          });
        }
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

/**
 * The session row of a call. Content only while retention allows, with its expiry; training
 * consent as of capture: the workspace allowed training use and content was kept.
 */
function toSession(entry: AiCallRecord): SessionTable {
  const session = entry.session;
  const content = session && session.retention !== 'none' ? session.content : undefined;
  return {
    id: newTimeOrderedId('ses', entry.at.getTime()),
    workspace_id: entry.workspaceId,
    member_id: entry.memberId,
    token_id: entry.tokenId,
    endpoint: entry.endpoint,
    provider: entry.provider,
    model: entry.model,
    region: entry.region,
    stream: entry.stream ? 1 : 0,
    status: entry.outcome,
    http_status: entry.httpStatus,
    input_tokens: entry.usage?.inputTokens ?? null,
    output_tokens: entry.usage?.outputTokens ?? null,
    latency_ms: entry.latencyMs,
    findings: entry.findings ? JSON.stringify(entry.findings) : null,
    policy_version: entry.policyVersion ?? null,
    training_consent: content && session?.trainingDataUse ? 1 : 0,
    prompt: content?.prompt ?? null,
    response: content?.response ?? null,
    content_expires_at:
      content && session && session.retention !== 'none'
        ? contentExpiry(entry.at, session.retention).toISOString()
        : null,
    created_at: entry.at.toISOString(),
  };
}
