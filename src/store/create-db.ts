import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type Transaction,
} from 'kysely';
import { Checkpointer } from './checkpointer.js';
import type { Database } from './database.js';
import { directoryMigrationProvider, migrationProvider } from './migrations.js';

export type Db = Kysely<Database>;
export type DbKind = 'sqlite' | 'postgres';

export type Trx = Transaction<Database>;

export interface Store {
  db: Db;
  kind: DbKind;
  /** The SQLite file or postgres:// URL it was opened from. */
  database: string;
  /**
   * Runs `fn` in a transaction, one at a time per store on this node, so that read-then-write
   * sequences (the audit chain's head) cannot interleave.
   */
  write<T>(fn: (trx: Trx) => Promise<T>): Promise<T>;
  /**
   * SQLite only (undefined on PostgreSQL): runs `fn` on the raw connection inside one synchronous
   * transaction, in turn with `write`. For high-volume appends where Kysely's per-query compilation
   * would block the event loop; `fn` must use prepared statements and portable SQL.
   */
  writeSqlite?: <T>(fn: (sqlite: SQLite.Database) => T) => Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens one region's database: a SQLite file (WAL) or a postgres:// URL. Runs migrations before it
 * returns, so a Store is always ready to serve.
 */
export async function openStore(database: string, role: 'region' | 'directory' = 'region'): Promise<Store> {
  const kind: DbKind = /^postgres(ql)?:\/\//.test(database) ? 'postgres' : 'sqlite';
  const sqlite = kind === 'sqlite' ? openSqliteFile(database) : undefined;
  const db = sqlite
    ? new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) })
    : await openPostgres(database);
  try {
    await migrate(db, role);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(fn: () => Promise<T> | T): Promise<T> => {
    const run = tail.then(fn);
    tail = run.catch(() => {});
    return run;
  };
  // Checkpoints of a SQLite file happen off the event loop (see Checkpointer).
  const checkpointer = sqlite && database !== ':memory:' ? new Checkpointer(sqlite, database) : undefined;
  const store: Store = {
    db,
    kind,
    database,
    write: (fn) => inTurn(() => db.transaction().execute(fn)),
    close: async () => {
      await tail;
      await checkpointer?.close();
      await db.destroy();
    },
  };
  if (sqlite) store.writeSqlite = (fn) => inTurn(() => sqlite.transaction(fn).immediate(sqlite));
  return store;
}

function openSqliteFile(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted content (a replaced key's ciphertext) is overwritten, not left in free pages.
  sqlite.pragma('secure_delete = ON');
  return sqlite;
}

/**
 * SQLite transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first
 * write. A transaction that reads, awaits, then writes would otherwise fail with SQLITE_BUSY_SNAPSHOT
 * when another connection to the file (a CLI command, the checkpoint worker cutting the log back)
 * committed in between: its reads are of a version that is no longer the latest. Taken up front, the
 * lock makes the other connection wait its turn instead (busy_timeout). This node's own
 * transactions already run one at a time (`Store.write`), so it costs them nothing.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely prepares every query anew; SQLite statement compilation then dominates small writes and
 * blocks the event loop. Statements are reusable, so they are cached by their SQL text (bounded:
 * callers keep the number of distinct texts small, e.g. by batching inserts in fixed sizes).
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (statements.size < 1_000) statements.set(sql, statement);
      }
      return statement;
    },
  };
}

async function openPostgres(url: string): Promise<Db> {
  // Loaded on demand: a SQLite-only node does not pay pg's memory.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection the server drops (restart, failover, a dropped database) must not crash the
  // process: pg emits 'error' on the client, idle or checked out. The query in flight, or the next
  // one, reports the failure instead.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function migrate(db: Db, role: 'region' | 'directory'): Promise<void> {
  // The directory keeps its own migration history, so it may share a database with a region.
  const migrator =
    role === 'region'
      ? new Migrator({ db, provider: migrationProvider })
      : new Migrator({
          db,
          provider: directoryMigrationProvider,
          migrationTableName: 'directory_migration',
          migrationLockTableName: 'directory_migration_lock',
        });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${(error as Error).message}`);
  }
}
