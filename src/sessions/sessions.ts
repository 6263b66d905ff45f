import type SQLite from 'better-sqlite3';
import type { Db, Store, Trx } from '../store/create-db.js';
import type { SessionTable } from '../store/database.js';

/**
 * AI sessions: one row per AI call in the workspace's region store. Metadata always; the redacted
 * prompt and response only while the workspace's retention allows, with the moment they expire.
 */

const columns = [
  'id',
  'workspace_id',
  'member_id',
  'token_id',
  'endpoint',
  'provider',
  'model',
  'region',
  'stream',
  'status',
  'http_status',
  'input_tokens',
  'output_tokens',
  'latency_ms',
  'findings',
  'policy_version',
  'training_consent',
  'prompt',
  'response',
  'content_expires_at',
  'created_at',
] as const satisfies ReadonlyArray<keyof SessionTable>;

const inserts = new WeakMap<SQLite.Database, SQLite.Statement>();

/** SQLite only: inserts sessions inside the caller's synchronous transaction (`Store.writeSqlite`). */
export function insertSessionsSqlite(sqlite: SQLite.Database, rows: readonly SessionTable[]): void {
  let insert = inserts.get(sqlite);
  if (!insert) {
    insert = sqlite.prepare(
      `insert into ai_sessions (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    inserts.set(sqlite, insert);
  }
  for (const row of rows) insert.run(columns.map((column) => row[column]));
}

/** Removes session content whose retention has run out; the metadata stays. Returns how many. */
export async function purgeExpiredContent(store: Store, now: Date): Promise<number> {
  const result = await store.write((trx) =>
    trx
      .updateTable('ai_sessions')
      .set({ prompt: null, response: null, content_expires_at: null })
      .where('content_expires_at', 'is not', null)
      .where('content_expires_at', '<=', now.toISOString())
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows);
}

export interface SessionView {
  id: string;
  member_id: string;
  endpoint: string;
  provider: string | null;
  model: string | null;
  region: string;
  stream: boolean;
  status: string;
  http_status: number;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number;
  findings: Record<string, number> | null;
  policy_version: number | null;
  training_consent: boolean;
  prompt: unknown;
  response: unknown;
  content_expires_at: string | null;
  created_at: string;
}

export function toSessionView(row: SessionTable): SessionView {
  return {
    id: row.id,
    member_id: row.member_id,
    endpoint: row.endpoint,
    provider: row.provider,
    model: row.model,
    region: row.region,
    stream: Number(row.stream) === 1,
    status: row.status,
    http_status: Number(row.http_status),
    input_tokens: row.input_tokens === null ? null : Number(row.input_tokens),
    output_tokens: row.output_tokens === null ? null : Number(row.output_tokens),
    latency_ms: Number(row.latency_ms),
    findings: row.findings === null ? null : (JSON.parse(row.findings) as Record<string, number>),
    policy_version: row.policy_version === null ? null : Number(row.policy_version),
    training_consent: Number(row.training_consent) === 1,
    prompt: row.prompt === null ? null : JSON.parse(row.prompt),
    response: row.response === null ? null : JSON.parse(row.response),
    content_expires_at: row.content_expires_at,
    created_at: row.created_at,
  };
}

/** A workspace's sessions, oldest first, page by page (`after` is the last id of the page before). */
export async function listSessions(
  db: Db,
  workspaceId: string,
  options: { memberId?: string; after?: { createdAt: string; id: string }; limit: number },
): Promise<SessionTable[]> {
  let query = db.selectFrom('ai_sessions').selectAll().where('workspace_id', '=', workspaceId);
  if (options.memberId) query = query.where('member_id', '=', options.memberId);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '>', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('created_at').orderBy('id').limit(options.limit).execute();
}

/** Deletes every session of a workspace (its erasure), in the caller's transaction. */
export async function eraseWorkspaceSessions(trx: Trx, workspaceId: string): Promise<number> {
  const result = await trx
    .deleteFrom('ai_sessions')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** When content captured at `capturedAt` expires under a retention of `days`. */
export function contentExpiry(capturedAt: Date, days: number): Date {
  return new Date(capturedAt.getTime() + days * 86_400_000);
}
