import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAudit, verifyAuditChain } from '../src/audit/audit.js';
import { isPalisadeError } from '../src/core/errors.js';
import { Directory } from '../src/residency/directory.js';
import { RegionStores } from '../src/residency/region-stores.js';
import { openStore, type Store } from '../src/store/create-db.js';
import { WorkspaceService } from '../src/workspaces/service.js';
import { hashToken, isWellFormedToken } from '../src/workspaces/tokens.js';
import { createTempDatabase } from './support/postgres.js';

const operator = { type: 'operator' as const, id: null };

interface Dialect {
  name: string;
  open(): Promise<{ database: string; directory: string; cleanup(): Promise<void> }>;
}

const dialects: Dialect[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'palisade-store-'));
      return {
        database: join(dir, 'us.sqlite'),
        directory: join(dir, 'directory.sqlite'),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    async open() {
      const db = await createTempDatabase();
      return { database: db.url, directory: db.url, cleanup: () => db.drop() };
    },
  },
];

describe.each(dialects)('store contract ($name)', (dialect) => {
  let store: Store;
  let directory: Directory;
  let cleanup: () => Promise<void>;
  let service: WorkspaceService;
  const changed: string[] = [];

  beforeAll(async () => {
    const opened = await dialect.open();
    cleanup = opened.cleanup;
    store = await openStore(opened.database);
    // Migrations are idempotent: opening the same database again finds nothing to do.
    await (await openStore(opened.database)).close();
    // On PostgreSQL the directory shares the database here, with its own tables and migration
    // history; SQLite gives it a file of its own (the configuration requires it).
    directory = new Directory(await openStore(opened.directory, 'directory'));
    service = new WorkspaceService(
      new RegionStores(new Map([['us', store]]), directory),
      { trainingDataUse: { free: true, team: true, enterprise: false }, modelProvider: 'openai' },
      (id) => changed.push(id),
    );
  });

  afterAll(async () => {
    await store.close();
    await directory.close();
    await cleanup();
  });

  it('creates a workspace with default AI settings per plan', async () => {
    const team = await service.create({ name: 'Team', plan: 'team', region: 'us' }, operator);
    const enterprise = await service.create({ name: 'Ent', plan: 'enterprise', region: 'us' }, operator);
    expect(team).toMatchObject({ name: 'Team', plan: 'team', region: 'us' });
    expect(team.id).toMatch(/^ws_[0-9A-Za-z]{20}$/);
    expect(await service.settings(team.id)).toMatchObject({
      ai_enabled: true,
      training_data_use: true,
      model_provider: 'openai',
      model: null,
      allowed_models: null,
      version: 1,
    });
    expect((await service.settings(enterprise.id)).training_data_use).toBe(false);
    expect((await service.find(team.id)).workspace).toEqual(team);
  });

  it('refuses a workspace in a region the node does not serve, and finds no unknown id', async () => {
    await expect(service.create({ name: 'X', plan: 'free', region: 'eu' }, operator)).rejects.toMatchObject({
      code: 'wrong_region',
    });
    await expect(service.find('ws_missing')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('updates settings with a version, an audit entry and a change notice', async () => {
    const ws = await service.create({ name: 'S', plan: 'free', region: 'us' }, operator);
    const after = await service.updateSettings(
      ws.id,
      { ai_enabled: false, allowed_models: ['a', 'b'] },
      operator,
    );
    expect(after).toMatchObject({ ai_enabled: false, allowed_models: ['a', 'b'], version: 2 });
    expect(await service.settings(ws.id)).toEqual(after);
    expect(changed).toContain(ws.id);
    const { entries } = await listAudit(store.db, ws.id, { limit: 10 });
    expect(entries[0]).toMatchObject({
      action: 'ai_settings.updated',
      actor: operator,
      before: { ai_enabled: true, version: 1 },
      after: { ai_enabled: false, version: 2 },
    });
  });

  it('stores tokens as hashes, finds live ones, and forgets revoked ones', async () => {
    const ws = await service.create({ name: 'T', plan: 'team', region: 'us' }, operator);
    const { view, token } = await service.createToken(ws.id, { name: 'ci', role: 'member' }, operator);
    expect(isWellFormedToken(token)).toBe(true);
    expect(view.masked).toBe(`pal_••••${token.slice(-4)}`);
    const rows = await store.db.selectFrom('tokens').selectAll().where('id', '=', view.id).execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await service.findToken(hashToken(token))).toMatchObject({
      workspaceId: ws.id,
      role: 'member',
      region: 'us',
    });
    expect(await service.listTokens(ws.id)).toEqual([view]);
    const revoked = await service.revokeToken(ws.id, view.id, operator);
    expect(revoked.revoked_at).not.toBeNull();
    expect(await service.findToken(hashToken(token))).toBeUndefined();
  });

  it('does not revoke a token through another workspace', async () => {
    const a = await service.create({ name: 'A', plan: 'team', region: 'us' }, operator);
    const b = await service.create({ name: 'B', plan: 'team', region: 'us' }, operator);
    const { view, token } = await service.createToken(a.id, { name: 'x', role: 'admin' }, operator);
    const error = await service.revokeToken(b.id, view.id, operator).catch((e: unknown) => e);
    expect(isPalisadeError(error) && error.code).toBe('not_found');
    expect(await service.findToken(hashToken(token))).toBeDefined();
  });

  it('keeps a verifiable hash chain, newest first, paginated', async () => {
    const ws = await service.create({ name: 'C', plan: 'team', region: 'us' }, operator);
    for (let i = 0; i < 5; i++) await service.update(ws.id, { name: `C${i}` }, operator);
    const first = await listAudit(store.db, ws.id, { limit: 3 });
    expect(first.entries.map((e) => e.seq)).toEqual([7, 6, 5]);
    const second = await listAudit(store.db, ws.id, { limit: 3, before: first.nextBefore ?? undefined });
    expect(second.entries.map((e) => e.seq)).toEqual([4, 3, 2]);
    expect(await verifyAuditChain(store.db, ws.id)).toBeNull();
    // Tampering with one entry breaks the chain at that entry.
    await store.db
      .updateTable('audit_log')
      .set({ after: '{"name":"forged"}' })
      .where('workspace_id', '=', ws.id)
      .where('seq', '=', 4)
      .execute();
    expect(await verifyAuditChain(store.db, ws.id)).toBe(4);
  });

  it('serialises concurrent audited writes without breaking the chain', async () => {
    const ws = await service.create({ name: 'P', plan: 'team', region: 'us' }, operator);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => service.update(ws.id, { name: `P${i}` }, operator)),
    );
    expect(await verifyAuditChain(store.db, ws.id)).toBeNull();
    expect((await listAudit(store.db, ws.id, { limit: 100 })).entries).toHaveLength(12);
  });
});

// PostgreSQL serves several nodes at once (SQLite is single-node): their appends share one chain.
describe('audit chain across nodes (postgres)', () => {
  it('keeps one unbroken chain when two nodes append to the same workspace at once', async () => {
    const temp = await createTempDatabase();
    const nodeA = await openStore(temp.url);
    const nodeB = await openStore(temp.url);
    const directory = new Directory(await openStore(temp.url, 'directory'));
    try {
      const serviceA = new WorkspaceService(new RegionStores(new Map([['us', nodeA]]), directory), {
        trainingDataUse: { free: true, team: true, enterprise: false },
        modelProvider: 'openai',
      });
      const ws = await serviceA.create({ name: 'N', plan: 'team', region: 'us' }, operator);
      const entry = (i: number) => ({
        workspaceId: ws.id,
        actor: operator,
        action: 'test.entry',
        after: { i },
      });
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? nodeA : nodeB).write((trx) => appendAudit(trx, [entry(i)])),
        ),
      );
      expect(await verifyAuditChain(nodeA.db, ws.id)).toBeNull();
      expect((await listAudit(nodeA.db, ws.id, { limit: 100 })).entries).toHaveLength(22);
    } finally {
      await nodeA.close();
      await nodeB.close();
      await directory.close();
      await temp.drop();
    }
  });
});

// SQLite is one node's, but other processes open the same file: the CLI's commands, and the
// checkpoint worker's connection. Their commits must not break a transaction of the server's.
describe('one SQLite file, two processes', () => {
  it('runs a read-then-write transaction to its end when another process writes in between', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-two-processes-'));
    const database = join(dir, 'us.sqlite');
    const store = await openStore(database);
    const otherWrite = [
      'const SQLite = require(process.argv[1]);',
      'const db = new SQLite(process.argv[2]);',
      "db.pragma('busy_timeout = 5000');",
      "db.prepare(\"insert into operator_tokens (id, token_hash, created_at) values ('other', 'h2', 'now')\").run();",
    ].join('\n');
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    try {
      let other: Promise<number | null> | undefined;
      await store.write(async (trx) => {
        await trx.selectFrom('operator_tokens').selectAll().execute(); // the transaction's reads...
        const child = spawn(process.execPath, ['-e', otherWrite, driver, database], { stdio: 'inherit' });
        other = once(child, 'exit').then(([code]) => code as number | null);
        // ...then the other process's commit, or its wait for this transaction's lock...
        await Promise.race([other, new Promise((resolve) => setTimeout(resolve, 1_000))]);
        // ...then this transaction's write.
        await trx
          .insertInto('operator_tokens')
          .values({ id: 'own', token_hash: 'h1', created_at: 'now' })
          .execute();
      });
      expect(await other).toBe(0);
      const ids = await store.db.selectFrom('operator_tokens').select('id').orderBy('id').execute();
      expect(ids.map((row) => row.id)).toEqual(['other', 'own']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
