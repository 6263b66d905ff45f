import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Checkpointer } from './checkpointer.js';

const dir = mkdtempSync(join(tmpdir(), 'palisade-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

function openWal(file: string): SQLite.Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('create table t (v text)');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return sqlite;
}

function insertRows(sqlite: SQLite.Database, rows: number): void {
  const insert = sqlite.prepare('insert into t (v) values (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run('x'.repeat(1_000));
  })();
}

describe('Checkpointer', () => {
  it('checkpoints a few rows on the serving connection, never on commit, without a worker', async () => {
    const file = join(dir, 'quiet.sqlite');
    const sqlite = openWal(file);
    const checkpointer = new Checkpointer(sqlite, file, { intervalMs: 20, inlineRows: 32 });
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    insertRows(sqlite, 20);
    // Only a checkpoint writes pages into the database file itself.
    expect(statSync(file).size).toBe(before);
    await until(() => statSync(file).size > before);
    expect(statSync(file).size).toBeGreaterThan(before);
    expect(checkpointer.mode).toBe('inline');
    await checkpointer.close();
    sqlite.close();
  });

  it('hands a busy file to its worker, and takes it back once writes stop', async () => {
    const file = join(dir, 'busy.sqlite');
    const sqlite = openWal(file);
    const checkpointer = new Checkpointer(sqlite, file, { intervalMs: 20, inlineRows: 32, idleIntervals: 5 });
    const before = statSync(file).size;
    insertRows(sqlite, 2_000);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
    await until(() => checkpointer.mode === 'worker');
    expect(checkpointer.mode).toBe('worker');
    await until(() => statSync(file).size > before + 1_000_000);
    expect(statSync(file).size).toBeGreaterThan(before + 1_000_000);
    // Quiet for five intervals: the worker lets go of the file.
    await until(() => checkpointer.mode === 'inline');
    expect(checkpointer.mode).toBe('inline');
    await checkpointer.close();
    expect(statSync(`${file}-wal`).size).toBe(0);
    sqlite.close();
  });

  it('hands checkpoints back to the serving connection if its worker dies', async () => {
    const file = join(dir, 'db2.sqlite');
    const sqlite = openWal(file);
    // The worker cannot open a file in a missing directory, and dies.
    const checkpointer = new Checkpointer(sqlite, join(dir, 'missing-dir', 'nope.sqlite'), {
      intervalMs: 20,
      inlineRows: 32,
    });
    insertRows(sqlite, 100);
    await until(() => checkpointer.mode === 'fallback');
    expect(checkpointer.mode).toBe('fallback');
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.close();
    sqlite.close();
  });
});
