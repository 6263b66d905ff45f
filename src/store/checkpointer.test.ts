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

describe('Checkpointer', () => {
  it('copies the log into the database file from its worker while the serving connection never does', async () => {
    const file = join(dir, 'db.sqlite');
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('create table t (v text)');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const checkpointer = new Checkpointer(sqlite, file, 50);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    const insert = sqlite.prepare('insert into t (v) values (?)');
    sqlite.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(1_000));
    })();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
    // Only a checkpoint writes pages into the database file itself.
    await until(() => statSync(file).size > before + 1_000_000);
    expect(statSync(file).size).toBeGreaterThan(before + 1_000_000);
    await checkpointer.close();
    expect(statSync(`${file}-wal`).size).toBe(0);
    sqlite.close();
  });

  it('hands checkpoints back to the serving connection if its worker dies', async () => {
    const file = join(dir, 'db2.sqlite');
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    // A file that cannot be opened as a database kills the worker.
    const checkpointer = new Checkpointer(sqlite, join(dir, 'missing-dir', 'nope.sqlite'), 50);
    await until(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 1000);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.close();
    sqlite.close();
  });
});
