import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';
import { walLogBytes } from './wal-log.js';

export interface CheckpointerOptions {
  /** How often the log is looked at. */
  intervalMs: number;
  /** A log up to this size is checkpointed by the serving connection itself (~2.5 ms per MB here). */
  inlineBytes: number;
  /** Past this size the log is checkpointed even while writes go on... */
  maxLogBytes: number;
  /** ...and so is a log whose first unchecked write is older than this. */
  maxAgeMs: number;
  /** Intervals without a write after which the worker lets go of the file. */
  idleIntervals: number;
}

const MB = 1024 * 1024;
const defaults: CheckpointerOptions = {
  intervalMs: 1_000,
  inlineBytes: MB / 2,
  maxLogBytes: 64 * MB,
  maxAgeMs: 5 * 60_000,
  idleIntervals: 30,
};

type Mode = 'inline' | 'worker' | 'fallback';

/**
 * SQLite in WAL mode copies the log back into the database file (a checkpoint) on the connection
 * that commits past 1000 pages, synchronously: a write that happens to trigger it blocks the event
 * loop for milliseconds (~17 ms for 7 MB here), which shows up as the tail latency of AI calls. So
 * serving connections never checkpoint on commit. Instead the log is looked at every `intervalMs`
 * and checkpointed when the writes pause for an interval, when it passes `maxLogBytes`, or when its
 * oldest unchecked write is `maxAgeMs` old (the same idea as PostgreSQL's `max_wal_size` and
 * `checkpoint_timeout`): a burst of AI calls is recorded without a checkpoint competing with it for
 * the CPU, and the work is done in the pause that follows.
 *
 * A small log is checkpointed by the serving connection itself; a larger one by a worker thread
 * with its own connection, off the event loop and at the lowest CPU priority. The worker costs ~15 MB
 * of memory, so it starts only when a large log needs it and exits after `idleIntervals` intervals
 * without a write, cutting the log's file back to nothing as it lets go (the serving connection never
 * cuts it: see the constructor). All other checkpoints are PASSIVE: they never wait for readers or
 * writers. If the worker or a checkpoint fails, the connection goes back to checkpointing itself on
 * commit, so no log can grow without bound.
 */
export class Checkpointer {
  readonly #options: CheckpointerOptions;
  readonly #changes: SQLite.Statement;
  readonly #timer: NodeJS.Timeout;
  #lastChanges: number;
  /** When the first write not yet checkpointed was seen. */
  #dirtySince: number | undefined;
  #quiet = 0;
  #mode: Mode = 'inline';
  #closed = false;
  #workerCheckpoints = 0;

  constructor(
    private readonly sqlite: SQLite.Database,
    readonly file: string,
    options: Partial<CheckpointerOptions> = {},
  ) {
    this.#options = { ...defaults, ...options };
    sqlite.pragma('wal_autocheckpoint = 0');
    // Start from an empty log: what opening the store wrote (its migrations) goes into the file now.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // After a checkpoint the next commit starts the log over at the top of its file, and SQLite would
    // cut a file larger than `journal_size_limit` back in that commit, on this thread: 27 ms for a
    // 95 MB file, the event loop stalled right after a burst. So this connection never cuts it (the
    // default, said here because it matters); the worker does, when it lets go of the file.
    sqlite.pragma('journal_size_limit = -1');
    // Rows inserted, updated or deleted on this connection since it opened: every write of a store
    // goes through it, so two looks tell whether anything was written in between.
    this.#changes = sqlite.prepare('SELECT total_changes()').pluck();
    this.#lastChanges = this.#changes.get() as number;
    this.#timer = setInterval(() => this.tick(), this.#options.intervalMs);
    this.#timer.unref();
  }

  /** Who checkpoints this file now: the serving connection, the worker, or SQLite on commit. */
  get mode(): Mode {
    return this.#mode;
  }

  /** Checkpoints of this file the worker has finished (each one reported back when it is done). */
  get workerCheckpoints(): number {
    return this.#workerCheckpoints;
  }

  /** The worker reports a finished checkpoint of this file. */
  checkpointed(): void {
    this.#workerCheckpoints++;
  }

  /** One look at the log (the timer's; callable directly). Never throws: a failure falls back. */
  tick(now = Date.now()): void {
    if (this.#mode === 'fallback' || this.#closed || !this.sqlite.open) return;
    try {
      this.look(now);
    } catch {
      // A checkpoint that fails (disk full, I/O error) must not take the process down from a timer;
      // SQLite checkpoints on commit again, and a failing disk shows in the writes themselves.
      if (this.#mode === 'worker') void release(this);
      this.fallBack();
    }
  }

  private look(now: number): void {
    const changes = this.#changes.get() as number;
    const written = changes !== this.#lastChanges;
    this.#lastChanges = changes;
    if (written) {
      this.#quiet = 0;
      this.#dirtySince ??= now;
    } else if (++this.#quiet >= this.#options.idleIntervals && this.#mode === 'worker') {
      this.#mode = 'inline';
      void release(this);
    }
    if (this.#dirtySince === undefined) return;
    const bytes = this.logBytes();
    const due =
      !written || bytes >= this.#options.maxLogBytes || now - this.#dirtySince >= this.#options.maxAgeMs;
    if (!due) return;
    this.#dirtySince = undefined;
    if (bytes > this.#options.inlineBytes) {
      if (this.#mode === 'inline') {
        this.#mode = 'worker';
        acquire(this);
      }
      current?.worker.postMessage({ checkpoint: this.file });
      return;
    }
    // Another connection checkpointing the same file is not an error (SQLite reports it as busy = 1
    // in the result): that connection does the work.
    this.sqlite.pragma('wal_checkpoint(PASSIVE)');
  }

  /** The worker is gone: this connection checkpoints itself on commit again. */
  fallBack(): void {
    this.#mode = 'fallback';
    clearInterval(this.#timer);
    try {
      if (!this.#closed && this.sqlite.open) {
        this.sqlite.pragma('wal_autocheckpoint = 1000');
        // No worker will cut the file back: SQLite does, in the commit after each checkpoint.
        this.sqlite.pragma(`journal_size_limit = ${this.#options.inlineBytes}`);
      }
    } catch {
      // A connection that cannot take a pragma cannot commit either: nothing grows.
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#timer);
    if (this.#mode === 'worker') await release(this);
    // What is left in the log goes into the file before the connection closes. PASSIVE: another
    // process may still use the file (the server, when this is a CLI command), and must not wait on
    // a lock for it; the last connection to close finishes the log and deletes it (SQLite does).
    if (this.sqlite.open) this.sqlite.pragma('wal_checkpoint(PASSIVE)');
  }

  private logBytes(): number {
    return walLogBytes(this.file);
  }
}

interface Shared {
  worker: Worker;
  users: Set<Checkpointer>;
  /** Settles when the worker has exited (also after an error). */
  exited: Promise<void>;
}

let current: Shared | undefined;

/** Gives the file to the process's worker, starting it if there is none. */
function acquire(user: Checkpointer): void {
  const shared = current ?? startWorker();
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
    // Not terminate(): that would stop the worker before it has cut back and closed its files. And
    // held (ref) until it has: an unref'd worker is not waited for, so a process with nothing else
    // to do would end here, in the middle of closing its stores.
    shared.worker.ref();
    shared.worker.postMessage({ exit: true });
    await shared.exited;
  }
}

function startWorker(): Shared {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // None of this process's Node options: one like --input-type=module would make the source below
  // an ES module, and the worker would die at its first require.
  const worker = new Worker(workerSource, { eval: true, execArgv: [], workerData: { driver } });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const shared: Shared = { worker, users: new Set(), exited };
  const fail = () => {
    if (current !== shared) return; // let go on purpose
    current = undefined;
    for (const user of shared.users) user.fallBack();
  };
  worker.on('message', (message: { checkpointed?: string }) => {
    for (const user of shared.users) if (user.file === message.checkpointed) user.checkpointed();
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  current = shared;
  return shared;
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
// Background work: on Linux each thread has its own nice value, and at 19 this one gets the CPU only
// when the serving thread does not want it (they share a core when the machine is busy). Elsewhere
// it keeps the default priority.
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(tid, 19);
} catch {}
// One connection per file, counted: several stores of this process may share a file.
const open = new Map();
// SQLite reports a checkpoint that could not run (another connection is checkpointing) as busy = 1.
const checkpoint = (db, file) => {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  if (result && result.busy === 0) parentPort.postMessage({ checkpointed: file });
};
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
  if (message.checkpoint) {
    const file = open.get(message.checkpoint);
    if (file) checkpoint(file.db, message.checkpoint);
  }
  const leaving = message.remove && open.get(message.remove);
  if (leaving && --leaving.users === 0) {
    // The writes have stopped: copy what is left and cut the file back to nothing, here rather than
    // in a commit on the serving thread. The copy first, without locks; then TRUNCATE holds the
    // write lock only to sync and cut (a serving write waits for it: ~40 ms for a 90 MB file).
    // Readers or a writer in the way make it give up (busy).
    try {
      leaving.db.pragma('wal_checkpoint(PASSIVE)');
      leaving.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {}
    leaving.db.close();
    open.delete(message.remove);
  }
  if (message.exit) parentPort.close();
});
`;
