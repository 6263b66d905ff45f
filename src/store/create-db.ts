import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { migrationProvider } from './migrations.js';

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
  close(): Promise<void>;
}

/**
 * Opens one region's database: a SQLite file (WAL) or a postgres:// URL. Runs migrations before it
 * returns, so a Store is always ready to serve.
 */
export async function openStore(database: string): Promise<Store> {
  const kind: DbKind = /^postgres(ql)?:\/\//.test(database) ? 'postgres' : 'sqlite';
  const db = kind === 'postgres' ? openPostgres(database) : openSqlite(database);
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let tail: Promise<unknown> = Promise.resolve();
  const write = <T>(fn: (trx: Trx) => Promise<T>): Promise<T> => {
    const run = tail.then(() => db.transaction().execute(fn));
    tail = run.catch(() => {});
    return run;
  };
  return { db, kind, database, write, close: () => db.destroy() };
}

function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${(error as Error).message}`);
  }
}
