import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/**
 * SQLite in WAL mode copies the log back into the database file (a checkpoint) on the connection
 * that commits past 1000 pages, synchronously: a write that happens to trigger it blocks the event
 * loop for milliseconds, which shows up as the tail latency of AI calls. Here the serving connection
 * never checkpoints; a worker thread with its own connection to the same file does, every
 * `intervalMs` (PASSIVE: it never blocks writers or readers). If the worker fails, the serving
 * connection goes back to checkpointing itself, so the log cannot grow without bound.
 */
export class Checkpointer {
  readonly #worker: Worker;
  #closed = false;

  constructor(
    private readonly sqlite: SQLite.Database,
    file: string,
    intervalMs = 1_000,
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.#worker = new Worker(workerSource, { eval: true, workerData: { driver, file, intervalMs } });
    this.#worker.unref();
    sqlite.pragma('wal_autocheckpoint = 0');
    const fallBack = () => {
      if (!this.#closed && sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
    };
    this.#worker.on('error', fallBack);
    this.#worker.on('exit', fallBack);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#worker.terminate();
    // What is left in the log goes into the file before the connection closes.
    if (this.sqlite.open) this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }
}

const workerSource = `
const { workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 100');
setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    if (error && error.code !== 'SQLITE_BUSY') throw error;
  }
}, workerData.intervalMs);
`;
