import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { PostgresAdapter, sql, type Transaction } from 'kysely';
import { newTimeOrderedId } from '../core/ids.js';
import type { Db } from '../store/create-db.js';
import type { AuditTable, Database } from '../store/database.js';

/** Who did something. Never holds a secret: a token is named by its id. */
export interface Actor {
  type: 'operator' | 'token' | 'system';
  id: string | null;
}

export interface AuditInput {
  workspaceId: string;
  actor: Actor;
  action: string;
  target?: string | null;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actor: Actor;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

const genesis = '0'.repeat(64);
const insertChunk = 32;

type Head = { seq: number; hash: string };

/**
 * Appends entries to each workspace's hash chain: `hash = sha256(prev_hash + canonical entry)`, so a
 * removed or edited entry breaks every hash after it. Call inside the transaction that makes the
 * change, so the change and its entry land together or not at all.
 */
export async function appendAudit(trx: Transaction<Database> | Db, inputs: AuditInput[]): Promise<void> {
  const heads = new Map<string, Head>();
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  // Code-unit order, not localeCompare: the same on every node, and no ICU collator (~2.5 MB resident) loaded.
  for (const input of [...inputs].sort((a, b) =>
    a.workspaceId < b.workspaceId ? -1 : a.workspaceId > b.workspaceId ? 1 : 0,
  )) {
    if (heads.has(input.workspaceId)) continue;
    // Several nodes append to one PostgreSQL chain: hold the workspace's chain until commit, so two
    // transactions cannot both read the same head. (Locks taken in id order: no deadlock.)
    if (postgres) await sql`select pg_advisory_xact_lock(hashtext(${input.workspaceId}))`.execute(trx);
    const last = await trx
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('workspace_id', '=', input.workspaceId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    heads.set(
      input.workspaceId,
      last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: genesis },
    );
  }
  const rows = chainRows(inputs, (workspaceId) => heads.get(workspaceId) as Head);
  // Fixed-size chunks keep the number of distinct statements (and so the statement cache) small.
  for (let i = 0; i < rows.length; i += insertChunk) {
    await trx
      .insertInto('audit_log')
      .values(rows.slice(i, i + insertChunk))
      .execute();
  }
}

const columns = [
  'id',
  'workspace_id',
  'seq',
  'at',
  'actor_type',
  'actor_id',
  'action',
  'target',
  'before',
  'after',
  'prev_hash',
  'hash',
] as const;

/**
 * SQLite only: appends a batch of entries (AI calls) on the raw connection, inside the caller's
 * synchronous transaction (`Store.writeSqlite`), so other rows of the batch can share it. Two
 * prepared statements: Kysely's per-query compilation would hold the event loop for milliseconds
 * per batch, which shows up in every concurrent request's latency.
 */
export function appendAuditSqlite(sqlite: SQLite.Database, inputs: AuditInput[]): void {
  const { head, insert } = statementsFor(sqlite);
  const heads = new Map<string, Head>();
  const rows = chainRows(inputs, (workspaceId) => {
    let known = heads.get(workspaceId);
    if (!known) {
      const last = head.get(workspaceId) as Head | undefined;
      known = last ?? { seq: 0, hash: genesis };
      heads.set(workspaceId, known);
    }
    return known;
  });
  for (const row of rows) insert.run(columns.map((column) => row[column]));
}

const statements = new WeakMap<SQLite.Database, { head: SQLite.Statement; insert: SQLite.Statement }>();

/** The two statements of a batch append, prepared once per connection. */
function statementsFor(sqlite: SQLite.Database) {
  let prepared = statements.get(sqlite);
  if (!prepared) {
    prepared = {
      head: sqlite.prepare(
        'select seq, hash from audit_log where workspace_id = ? order by seq desc limit 1',
      ),
      insert: sqlite.prepare(
        `insert into audit_log (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      ),
    };
    statements.set(sqlite, prepared);
  }
  return prepared;
}

/** Builds the rows of a batch, each chained to the one before it in its workspace. */
function chainRows(inputs: AuditInput[], headOf: (workspaceId: string) => Head): AuditTable[] {
  const heads = new Map<string, Head>();
  const rows: AuditTable[] = [];
  for (const input of inputs) {
    const head = heads.get(input.workspaceId) ?? headOf(input.workspaceId);
    const at = input.at ?? new Date();
    const row: Omit<AuditTable, 'hash'> = {
      id: newTimeOrderedId('aud', at.getTime()),
      workspace_id: input.workspaceId,
      seq: head.seq + 1,
      at: at.toISOString(),
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      action: input.action,
      target: input.target ?? null,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
      prev_hash: head.hash,
    };
    const hash = chainHash(row);
    rows.push({ ...row, hash });
    heads.set(input.workspaceId, { seq: row.seq, hash });
  }
  return rows;
}

function chainHash(row: Omit<AuditTable, 'hash'>): string {
  const body = JSON.stringify([
    row.workspace_id,
    row.seq,
    row.at,
    row.actor_type,
    row.actor_id,
    row.action,
    row.target,
    row.before,
    row.after,
  ]);
  return createHash('sha256').update(row.prev_hash).update(body).digest('hex');
}

/** Newest first; `before` is the `seq` of the last entry of the previous page. */
export async function listAudit(
  db: Db,
  workspaceId: string,
  page: { limit: number; before?: number | undefined },
): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (page.before !== undefined) query = query.where('seq', '<', page.before);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(page.limit + 1)
    .execute();
  const entries = rows.slice(0, page.limit).map(toEntry);
  const last = entries.at(-1);
  return { entries, nextBefore: rows.length > page.limit && last ? last.seq : null };
}

/** Recomputes the chain; returns the seq of the first broken entry, or null when it is intact. */
export async function verifyAuditChain(db: Db, workspaceId: string): Promise<number | null> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq', 'asc')
    .execute();
  let prev = genesis;
  let expectedSeq = 1;
  for (const row of rows) {
    const { hash, ...rest } = row;
    const seq = Number(row.seq);
    if (seq !== expectedSeq || row.prev_hash !== prev || chainHash({ ...rest, seq }) !== hash) return seq;
    prev = hash;
    expectedSeq++;
  }
  return null;
}

function toEntry(row: AuditTable): AuditEntry {
  return {
    id: row.id,
    seq: Number(row.seq),
    at: row.at,
    actor: { type: row.actor_type as Actor['type'], id: row.actor_id },
    action: row.action,
    target: row.target,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    hash: row.hash,
  };
}
