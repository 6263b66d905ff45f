import type { Logger } from 'pino';
import { type AuditInput, appendAudit, appendAuditSqlite } from '../audit/audit.js';
import type { Usage, Warning } from '../core/chat.js';
import { isPalisadeError } from '../core/errors.js';
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

export interface RecorderOptions {
  /** A batch is written this long after its first record… */
  intervalMs: number;
  /** …or as soon as it holds this many. */
  maxBatch: number;
  /** After a failed write, the held records are tried again this often. */
  retryMs: number;
  /** At most this many records are held per region while its writes fail; later ones are lost. */
  maxHeld: number;
}

const defaultOptions: RecorderOptions = { intervalMs: 10, maxBatch: 64, retryMs: 1000, maxHeld: 10_000 };

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
 *
 * A write that fails (disk full, database gone, a constraint) fails closed: the region's records
 * are held in memory and tried again every `retryMs`, in order, and until a write succeeds
 * `canRecord` says no, so the gateway refuses AI calls there (`audit_unavailable`) rather than make
 * calls nobody can account for. Only the calls already under way when the write failed, and the
 * refusals, are held meanwhile; beyond `maxHeld` they are counted and logged as lost.
 */
export class Recorder {
  #queue: AiCallRecord[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();
  /** Regions whose last write failed, with their records not yet stored (oldest first). */
  #held = new Map<string, AiCallRecord[]>();
  #retry: NodeJS.Timeout | undefined;
  /** Held records are not tried again before this time (`performance.now()`). */
  #retryAt = 0;
  private readonly options: RecorderOptions;

  constructor(
    private readonly regions: RegionStores,
    private readonly log: Logger,
    options: Partial<RecorderOptions> = {},
    private readonly observe: (entry: AiCallRecord) => void = () => {},
  ) {
    this.options = { ...defaultOptions, ...options };
  }

  record(entry: AiCallRecord): void {
    this.observe(entry);
    this.#queue.push(entry);
    if (this.#queue.length >= this.options.maxBatch) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), this.options.intervalMs);
  }

  /** False while the region's last write failed: an AI call there could not be accounted for. */
  canRecord(region: string): boolean {
    return !this.#held.has(region);
  }

  /** Writes everything queued so far (and tries what is held again); resolves when it is done. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#queue;
    this.#queue = [];
    this.#flushing = this.#flushing.then(() => this.write(batch));
    return this.#flushing;
  }

  /** On shutdown: one last try of everything, held records included; what still fails is logged as lost. */
  async close(): Promise<void> {
    this.#retryAt = 0;
    await this.flush();
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = undefined;
    for (const [region, records] of this.#held) {
      this.log.error({ region, count: records.length }, 'AI-call records lost: not written before shutdown');
    }
    this.#held.clear();
  }

  private async write(batch: AiCallRecord[]): Promise<void> {
    const byRegion = new Map<string, AiCallRecord[]>();
    for (const [region, held] of this.#held) byRegion.set(region, held);
    for (const entry of batch) {
      const records = byRegion.get(entry.region);
      if (records === undefined) byRegion.set(entry.region, [entry]);
      else records.push(entry);
    }
    const now = performance.now();
    for (const [region, records] of byRegion) {
      const held = this.#held.get(region)?.length ?? 0;
      // A failing store is tried every `retryMs`, not on every batch of refusals that arrives.
      if (held > 0 && now < this.#retryAt) {
        this.hold(region, records);
        continue;
      }
      try {
        await this.store(region, records);
        if (held > 0) {
          this.#held.delete(region);
          this.log.info({ region, count: held }, 'AI calls recorded again; held records written');
        }
      } catch (error) {
        if (isPalisadeError(error) && error.code === 'wrong_region') {
          // A region this node does not serve: its records can never be stored here.
          this.#held.delete(region);
          this.log.error(
            { err: error, region, count: records.length },
            'AI-call records lost: no such region',
          );
          continue;
        }
        this.hold(region, records);
        this.#retryAt = performance.now() + this.options.retryMs;
        this.log.error(
          { err: error, region, count: records.length },
          'could not record AI calls; AI calls in this region are refused until recording works again',
        );
      }
    }
    if (this.#held.size > 0) {
      this.#retry ??= setTimeout(
        () => {
          this.#retry = undefined;
          void this.flush();
        },
        Math.max(0, this.#retryAt - performance.now()),
      ).unref();
    }
  }

  /** Keeps a region's unwritten records for the next try, the oldest first, up to `maxHeld`. */
  private hold(region: string, records: AiCallRecord[]): void {
    const { maxHeld } = this.options;
    if (records.length > maxHeld) {
      this.log.error({ region, count: records.length - maxHeld }, 'AI-call records lost: too many held');
      records.length = maxHeld;
    }
    this.#held.set(region, records);
  }

  /** One transaction for the audit entries and the sessions of a region's records. */
  private async store(region: string, records: AiCallRecord[]): Promise<void> {
    const store = this.regions.store(region);
    const inputs = records.map(toAudit);
    const sessions = records.map(toSession);
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
