import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

export interface CheckpointerOptions {
  /** How often the log is looked at. */
  intervalMs: number;
  /** Rows written in one interval up to which the serving connection checkpoints them itself. */
  inlineRows: number;
  /** Quiet intervals (no row written) after which a file is taken back from the worker. */
  idleIntervals: number;
}

const defaults: CheckpointerOptions = { intervalMs: 1_000, inlineRows: 32, idleIntervals: 30 };

/**
 * SQLite in WAL mode copies the log back into the database file (a checkpoint) on the connection
 * that commits past 1000 pages, synchronously: a write that happens to trigger it blocks the event
 * loop for milliseconds (~17 ms for 7 MB here), which shows up as the tail latency of AI calls. So
 * serving connections never checkpoint on commit. Instead, every `intervalMs`:
 *
 * - after a few rows (a quiet node, admin changes), the serving connection checkpoints them itself
 *   (PASSIVE: it never waits for readers or writers), well under a millisecond;
 * - under write load, the file is handed to a worker thread with its own connection, which
 *   checkpoints it every interval off the event loop; after `idleIntervals` quiet intervals the file
 *   comes back, and the worker exits when it has no file left. A worker costs ~15 MB of memory, so
 *   an idle node does not keep one.
 *
 * If the worker fails, every connection goes back to checkpointing itself on commit, so no log can
 * grow without bound.
 */
export class Checkpointer {
  readonly #options: CheckpointerOptions;
  readonly #changes: SQLite.Statement;
  readonly #timer: NodeJS.Timeout;
  #lastChanges: number;
  #quiet = 0;
  #mode: 'inline' | 'worker' | 'fallback' = 'inline';
  #closed = false;

  constructor(
    private readonly sqlite: SQLite.Database,
    readonly file: string,
    options: Partial<CheckpointerOptions> = {},
  ) {
    this.#options = { ...defaults, ...options };
    sqlite.pragma('wal_autocheckpoint = 0');
    // Rows inserted, updated or deleted on this connection since it opened: every write of a store
    // goes through it, so the difference between two looks is the interval's write volume.
    this.#changes = sqlite.prepare('SELECT total_changes()').pluck();
    this.#lastChanges = this.#changes.get() as number;
    this.#timer = setInterval(() => this.tick(), this.#options.intervalMs);
    this.#timer.unref();
  }

  /** Who checkpoints this file now: the serving connection, the worker, or SQLite on commit. */
  get mode(): 'inline' | 'worker' | 'fallback' {
    return this.#mode;
  }

  /** The worker is gone: this connection checkpoints itself on commit again. */
  fallBack(): void {
    this.#mode = 'fallback';
    clearInterval(this.#timer);
    if (!this.#closed && this.sqlite.open) this.sqlite.pragma('wal_autocheckpoint = 1000');
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#timer);
    if (this.#mode === 'worker') await release(this);
    // What is left in the log goes into the file before the connection closes.
    if (this.sqlite.open) this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }

  private tick(): void {
    if (this.#mode === 'fallback' || !this.sqlite.open) return;
    const changes = this.#changes.get() as number;
    const written = changes - this.#lastChanges;
    this.#lastChanges = changes;
    if (this.#mode === 'worker') {
      this.#quiet = written === 0 ? this.#quiet + 1 : 0;
      if (this.#quiet >= this.#options.idleIntervals) {
        this.#mode = 'inline';
        void release(this);
      }
      return;
    }
    if (written === 0) return;
    if (written > this.#options.inlineRows) {
      this.#mode = 'worker';
      this.#quiet = 0;
      acquire(this, this.#options.intervalMs);
      return;
    }
    try {
      this.sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // Another connection is checkpointing the same file: it does the work.
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error;
    }
  }
}

interface Shared {
  worker: Worker;
  users: Set<Checkpointer>;
}

let current: Shared | undefined;

/** Hands the file to the process's worker, starting it if there is none. */
function acquire(user: Checkpointer, intervalMs: number): void {
  const shared = current ?? startWorker(intervalMs);
  shared.users.add(user);
  shared.worker.postMessage({ add: user.file });
}

/** Takes the file back; the worker exits when it has none left. */
async function release(user: Checkpointer): Promise<void> {
  const shared = current;
  if (!shared?.users.delete(user)) return;
  shared.worker.postMessage({ remove: user.file });
  if (shared.users.size === 0) {
    current = undefined;
    await shared.worker.terminate();
  }
}

function startWorker(intervalMs: number): Shared {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, intervalMs } });
  worker.unref();
  const shared: Shared = { worker, users: new Set() };
  const fail = () => {
    if (current !== shared) return; // terminated on purpose
    current = undefined;
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
const checkpoint = (db) => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    if (!error || error.code !== 'SQLITE_BUSY') throw error;
  }
};
parentPort.on('message', (message) => {
  if (message.add) {
    const known = open.get(message.add);
    if (known) known.users++;
    else {
      const db = new SQLite(message.add);
      db.pragma('busy_timeout = 100');
      open.set(message.add, { db, users: 1 });
      checkpoint(db);
    }
  }
  const leaving = message.remove && open.get(message.remove);
  if (leaving && --leaving.users === 0) {
    checkpoint(leaving.db);
    leaving.db.close();
    open.delete(message.remove);
  }
});
setInterval(() => {
  for (const { db } of open.values()) checkpoint(db);
}, workerData.intervalMs);
`;
