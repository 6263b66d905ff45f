import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Checkpointer } from './checkpointer.js';
import { walLogBytes } from './wal-log.js';

const dir = mkdtempSync(join(tmpdir(), 'palisade-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

function openWal(name: string): { sqlite: SQLite.Database; file: string } {
  const file = join(dir, name);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('create table t (v text)');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { sqlite, file };
}

/** The nice value of each thread of this process (field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19 - 3]);
  });
}

function insertRows(sqlite: SQLite.Database, rows: number): void {
  const insert = sqlite.prepare('insert into t (v) values (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run('x'.repeat(1_000));
  })();
}

/** A `-wal` file's layout (header, then frames carrying the header's salts), with no real pages. */
function fakeLog(pageSize: number, frames: number): Buffer {
  const log = Buffer.alloc(32 + frames * (24 + pageSize));
  log.writeUInt32BE(0x377f0682, 0);
  log.writeUInt32BE(3007000, 4);
  log.writeUInt32BE(pageSize, 8);
  log.writeUInt32BE(7, 16);
  log.writeUInt32BE(0xdeadbeef, 20);
  for (let i = 0; i < frames; i++) {
    log.writeUInt32BE(7, 32 + i * (24 + pageSize) + 8);
    log.writeUInt32BE(0xdeadbeef, 32 + i * (24 + pageSize) + 12);
  }
  return log;
}

// The timer never fires in these tests (an hour); they call tick() themselves, one interval each.
const manual = { intervalMs: 3_600_000 };
const KB = 1024;
const MB = 1024 * KB;

describe('Checkpointer', () => {
  it('leaves the log alone while writes go on, and checkpoints it on the serving connection once they pause', () => {
    const { sqlite, file } = openWal('burst.sqlite');
    const checkpointer = new Checkpointer(sqlite, file, { ...manual, inlineBytes: 512 * KB });
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    for (let i = 0; i < 5; i++) {
      insertRows(sqlite, 20);
      checkpointer.tick();
    }
    // Only a checkpoint writes pages into the database file itself.
    expect(statSync(file).size).toBe(before);
    checkpointer.tick(); // an interval without a write
    expect(statSync(file).size).toBeGreaterThan(before + 50 * KB);
    expect(checkpointer.mode).toBe('inline');
    sqlite.close();
    return checkpointer.close();
  });

  it('checkpoints a log that passes its size limit even while writes go on', () => {
    const { sqlite, file } = openWal('large.sqlite');
    const checkpointer = new Checkpointer(sqlite, file, {
      ...manual,
      inlineBytes: 4 * MB,
      maxLogBytes: 200 * KB,
    });
    const before = statSync(file).size;
    insertRows(sqlite, 100);
    checkpointer.tick();
    expect(statSync(file).size).toBe(before);
    insertRows(sqlite, 200);
    checkpointer.tick(); // past 200 KB
    expect(statSync(file).size).toBeGreaterThan(before + 200 * KB);
    sqlite.close();
    return checkpointer.close();
  });

  it('checkpoints a log whose oldest write has waited too long', () => {
    const { sqlite, file } = openWal('old.sqlite');
    const checkpointer = new Checkpointer(sqlite, file, { ...manual, maxAgeMs: 60_000 });
    const before = statSync(file).size;
    const start = Date.now();
    insertRows(sqlite, 10);
    checkpointer.tick(start);
    insertRows(sqlite, 10);
    checkpointer.tick(start + 30_000);
    expect(statSync(file).size).toBe(before);
    insertRows(sqlite, 10);
    checkpointer.tick(start + 60_000);
    expect(statSync(file).size).toBeGreaterThan(before);
    sqlite.close();
    return checkpointer.close();
  });

  it('hands a large log to its worker, which lets go of the file once writes stop', async () => {
    const { sqlite, file } = openWal('worker.sqlite');
    const checkpointer = new Checkpointer(sqlite, file, {
      ...manual,
      inlineBytes: 64 * KB,
      idleIntervals: 3,
    });
    const before = statSync(file).size;
    insertRows(sqlite, 2_000);
    checkpointer.tick();
    expect(checkpointer.mode).toBe('inline');
    checkpointer.tick(); // the pause: 2 MB of log is the worker's
    expect(checkpointer.mode).toBe('worker');
    // It runs at the lowest CPU priority (Linux: a thread of this process with nice 19).
    await until(() => threadNiceValues().includes(19));
    expect(threadNiceValues()).toContain(19);
    // The worker says when its checkpoint is over (pages copied, file synced, log marked done);
    // only then may the next write start the log over.
    await until(() => checkpointer.workerCheckpoints > 0);
    expect(checkpointer.workerCheckpoints).toBe(1);
    expect(statSync(file).size).toBeGreaterThan(before + 1_000_000);
    // The log starts over at the top of its file after a checkpoint. The serving connection does not
    // cut the file back (that stalled the event loop), so the log is measured, not the file.
    insertRows(sqlite, 1);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1 * MB);
    expect(walLogBytes(file)).toBeGreaterThan(0);
    expect(walLogBytes(file)).toBeLessThanOrEqual(64 * KB);
    checkpointer.tick();
    checkpointer.tick();
    checkpointer.tick();
    expect(checkpointer.mode).toBe('worker');
    checkpointer.tick(); // three intervals without a write
    expect(checkpointer.mode).toBe('inline');
    // Letting go, the worker copies the rest and cuts the file back to nothing, then exits.
    await until(() => statSync(`${file}-wal`).size === 0);
    expect(statSync(`${file}-wal`).size).toBe(0);
    await until(() => !threadNiceValues().includes(19));
    expect(threadNiceValues()).not.toContain(19);
    expect(sqlite.prepare('select count(*) from t').pluck().get()).toBe(2_001);
    await checkpointer.close();
    sqlite.close();
  });

  it('falls back to checkpoints on commit, without throwing, when looking at the log fails', () => {
    const { sqlite } = openWal('unreadable.sqlite');
    // The log's path runs through a regular file: opening it fails with ENOTDIR.
    const notADirectory = join(dir, 'plain-file');
    writeFileSync(notADirectory, '');
    const checkpointer = new Checkpointer(sqlite, join(notADirectory, 'db.sqlite'), manual);
    insertRows(sqlite, 10);
    expect(() => checkpointer.tick()).not.toThrow();
    expect(checkpointer.mode).toBe('fallback');
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // With no worker to cut the log file back, SQLite does it after each checkpoint.
    expect(sqlite.pragma('journal_size_limit', { simple: true })).toBe(512 * KB);
    sqlite.close();
    return checkpointer.close();
  });

  it('hands checkpoints back to the serving connection if its worker dies', async () => {
    const { sqlite } = openWal('dying.sqlite');
    // The worker cannot open a directory as a database, and dies (its "log" says there is work).
    const notADatabase = join(dir, 'not-a-database');
    mkdirSync(notADatabase);
    writeFileSync(`${notADatabase}-wal`, fakeLog(512, 2));
    const checkpointer = new Checkpointer(sqlite, notADatabase, { ...manual, inlineBytes: 10 });
    insertRows(sqlite, 10);
    checkpointer.tick();
    checkpointer.tick();
    await until(() => checkpointer.mode === 'fallback');
    expect(checkpointer.mode).toBe('fallback');
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.close();
    sqlite.close();
  });
});

describe('Checkpointer in a process of its own', () => {
  // A CLI command, or the server on SIGTERM: nothing else keeps the process alive while the worker
  // lets go of the file, and closing must still run to its end. Vitest's own handles would keep
  // this process alive, so the built checkpointer runs in a child (npm test builds first).
  it('finishes closing while its worker lets go of the file', async () => {
    const built = join(import.meta.dirname, '..', '..', 'dist', 'store', 'checkpointer.js');
    const script = `
      import SQLite from 'better-sqlite3';
      import { Checkpointer } from ${JSON.stringify(built)};
      const file = process.argv[1];
      const sqlite = new SQLite(file);
      sqlite.pragma('journal_mode = WAL');
      sqlite.exec('create table t (v text)');
      const checkpointer = new Checkpointer(sqlite, file, { intervalMs: 3_600_000, inlineBytes: 64 * 1024 });
      const insert = sqlite.prepare('insert into t (v) values (?)');
      sqlite.transaction(() => { for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(1_000)); })();
      checkpointer.tick();
      checkpointer.tick();
      if (checkpointer.mode !== 'worker') throw new Error('no worker: ' + checkpointer.mode);
      while (checkpointer.workerCheckpoints === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      await checkpointer.close();
      sqlite.close();
      console.log('closed');
    `;
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', script, join(dir, 'own-process.sqlite')],
      {
        cwd: join(import.meta.dirname, '..', '..'),
        // A child that hangs (the failure this test looks for) is killed, not left behind.
        timeout: 10_000,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const [code] = await once(child, 'exit');
    expect(output.trim()).toBe('closed');
    expect(code).toBe(0);
  });
});
