import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { walLogBytes } from './wal-log.js';

const dir = mkdtempSync(join(tmpdir(), 'palisade-wal-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(name: string, pageSize = 4096): { sqlite: SQLite.Database; file: string } {
  const file = join(dir, name);
  const sqlite = new SQLite(file);
  sqlite.pragma(`page_size = ${pageSize}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.exec('create table t (v text)');
  return { sqlite, file };
}

const insert = (sqlite: SQLite.Database, rows: number) => {
  const statement = sqlite.prepare('insert into t (v) values (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) statement.run('x'.repeat(1_000));
  })();
};

/** Frames in the log, as SQLite counts them (a PASSIVE checkpoint reports them). */
const framesOf = (sqlite: SQLite.Database) =>
  (sqlite.pragma('wal_checkpoint(PASSIVE)', { simple: false }) as [{ log: number }])[0].log;

describe('walLogBytes', () => {
  it('is 0 when there is no log file, or an empty one', () => {
    expect(walLogBytes(join(dir, 'missing.sqlite'))).toBe(0);
    writeFileSync(join(dir, 'empty.sqlite-wal'), '');
    expect(walLogBytes(join(dir, 'empty.sqlite'))).toBe(0);
  });

  it("measures the file's current log: after a checkpoint the next log starts at the top of the same file", () => {
    for (const pageSize of [1024, 4096, 65536]) {
      const { sqlite, file } = open(`sizes-${pageSize}.sqlite`, pageSize);
      insert(sqlite, 2_000);
      const fileBytes = statSync(`${file}-wal`).size;
      const frames = framesOf(sqlite); // also checkpoints everything
      expect(walLogBytes(file)).toBe(32 + frames * (24 + pageSize));
      expect(walLogBytes(file)).toBe(fileBytes);
      // The next write starts the log over; the file keeps its size.
      insert(sqlite, 1);
      expect(statSync(`${file}-wal`).size).toBe(fileBytes);
      const after = framesOf(sqlite);
      expect(after).toBeLessThan(5);
      expect(walLogBytes(file)).toBe(32 + after * (24 + pageSize));
      // And grows again from there, frame by frame.
      insert(sqlite, 300);
      expect(walLogBytes(file)).toBe(32 + framesOf(sqlite) * (24 + pageSize));
      expect(walLogBytes(file)).toBeLessThan(fileBytes);
      sqlite.close();
    }
  });
});
