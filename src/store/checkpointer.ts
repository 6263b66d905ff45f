import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/**
 * SQLite in WAL mode copies the log back into the database file (a checkpoint) on the connection
 * that commits past 1000 pages, synchronously: a write that happens to trigger it blocks the event
 * loop for milliseconds, which shows up as the tail latency of AI calls. Here serving connections
 * never checkpoint; one worker thread per process, with its own connection to each file, does, every
 * `intervalMs` (PASSIVE: it never blocks writers or readers). If the worker fails, every serving
 * connection goes back to checkpointing itself, so no log can grow without bound.
 */
export class Checkpointer {
  #closed = false;

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly file: string,
    intervalMs = 1_000,
  ) {
    const shared = sharedWorker(intervalMs);
    sqlite.pragma('wal_autocheckpoint = 0');
    shared.users.add(this);
    shared.worker.postMessage({ add: file });
  }

  /** The worker is gone: this connection checkpoints itself again. */
  fallBack(): void {
    if (!this.#closed && this.sqlite.open) this.sqlite.pragma('wal_autocheckpoint = 1000');
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const shared = current;
    if (shared?.users.delete(this)) {
      shared.worker.postMessage({ remove: this.file });
      if (shared.users.size === 0) {
        current = undefined;
        await shared.worker.terminate();
      }
    }
    // What is left in the log goes into the file before the connection closes.
    if (this.sqlite.open) this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }
}

interface Shared {
  worker: Worker;
  users: Set<Checkpointer>;
}

let current: Shared | undefined;

function sharedWorker(intervalMs: number): Shared {
  if (current) return current;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, intervalMs } });
  worker.unref();
  const shared: Shared = { worker, users: new Set() };
  const fail = () => {
    if (current === shared) current = undefined;
    for (const user of shared.users) user.fallBack();
  };
  worker.on('error', fail);
  worker.on('exit', fail);
  current = shared;
  return shared;
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
// One connection per file, counted: several stores of this process may share a file.
const open = new Map();
parentPort.on('message', (message) => {
  if (message.add) {
    const known = open.get(message.add);
    if (known) known.users++;
    else {
      const db = new SQLite(message.add);
      db.pragma('busy_timeout = 100');
      open.set(message.add, { db, users: 1 });
    }
  }
  const leaving = message.remove && open.get(message.remove);
  if (leaving && --leaving.users === 0) {
    leaving.db.close();
    open.delete(message.remove);
  }
});
setInterval(() => {
  for (const { db } of open.values()) {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      if (!error || error.code !== 'SQLITE_BUSY') throw error;
    }
  }
}, workerData.intervalMs);
`;
