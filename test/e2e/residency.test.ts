import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';
import { createTempDatabase } from '../support/postgres.js';

/** Rows of a workspace in a store (every table with a workspace_id, and the workspace itself). */
async function rowsOf(database: string, workspaceId: string): Promise<number> {
  const tablesSql =
    "SELECT table_name AS name FROM information_schema.columns WHERE column_name = 'workspace_id' AND table_schema = 'public'";
  if (database.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      let count = 0;
      for (const { name } of (await client.query<{ name: string }>(tablesSql)).rows) {
        count += Number(
          (await client.query(`SELECT count(*) AS n FROM "${name}" WHERE workspace_id = $1`, [workspaceId]))
            .rows[0].n,
        );
      }
      return (
        count +
        Number(
          (await client.query('SELECT count(*) AS n FROM workspaces WHERE id = $1', [workspaceId])).rows[0].n,
        )
      );
    } finally {
      await client.end();
    }
  }
  const db = new SQLite(database, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%workspace_id%'")
      .all() as Array<{ name: string }>;
    let count = 0;
    for (const { name } of tables) {
      count += (
        db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE workspace_id = ?`).get(workspaceId) as {
          n: number;
        }
      ).n;
    }
    return (
      count +
      (db.prepare('SELECT count(*) AS n FROM workspaces WHERE id = ?').get(workspaceId) as { n: number }).n
    );
  } finally {
    db.close();
  }
}

// Two nodes on one machine, one per region, sharing only the directory: EU on SQLite, then EU
// (and the directory) on PostgreSQL.
describe.each(['sqlite', 'postgres'] as const)('two regions, two nodes (EU on %s)', (kind) => {
  let dir: string;
  let usNode: Harness;
  let euNode: Harness;
  let euWs: TestWorkspace;
  let databases: { us: string; eu: string; directory: string };
  let dropPostgres: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'palisade-residency-'));
    databases = {
      us: join(dir, 'us.sqlite'),
      eu: join(dir, 'eu.sqlite'),
      directory: join(dir, 'directory.sqlite'),
    };
    if (kind === 'postgres') {
      const temp = await createTempDatabase();
      dropPostgres = temp.drop;
      // The directory shares the EU database here: its tables and migration history are its own.
      databases.eu = temp.url;
      databases.directory = temp.url;
    }
    const env = { PALISADE_DIRECTORY_DATABASE: databases.directory };
    usNode = await startHarness({
      file: { node: { regions: ['us'] } },
      databases: { us: databases.us },
      env,
    });
    euNode = await startHarness({
      file: { node: { regions: ['eu'] } },
      databases: { eu: databases.eu },
      env,
    });
    const created = await euNode.api<{ id: string }>('POST', '/api/workspaces', {
      body: { name: 'Eurocorp', plan: 'team', region: 'eu' },
    });
    const token = async (role: string) =>
      (
        await euNode.api<{ token: string }>('POST', `/api/workspaces/${created.body.id}/tokens`, {
          body: { name: role, role },
        })
      ).body.token;
    euWs = { id: created.body.id, adminToken: await token('admin'), memberToken: await token('member') };
  });
  afterAll(async () => {
    await usNode.close();
    await euNode.close();
    await dropPostgres?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the EU workspace on the EU node: sessions, export, erasure, all in the EU store', async () => {
    const res = await fetch(`${euNode.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${euWs.memberToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'hi from Lyon' }] }),
    });
    expect(res.status).toBe(200);
    await euNode.palisade.recorder.flush();
    const exported = await fetch(`${euNode.url}/api/workspaces/${euWs.id}/sessions/export`, {
      headers: { authorization: `Bearer ${euWs.adminToken}` },
    });
    expect((await exported.text()).split('\n').filter(Boolean)).toHaveLength(1);
    expect(euNode.fake.requests).toHaveLength(1);
    // A workspace's region is chosen once: no PATCH moves it.
    const moved = await euNode.api('PATCH', `/api/workspaces/${euWs.id}`, { body: { region: 'us' } });
    expect(moved.status).toBe(400);
    expect((await euNode.api<{ region: string }>('GET', `/api/workspaces/${euWs.id}`)).body.region).toBe(
      'eu',
    );
  });

  it.each([
    ['/v1/chat/completions', 'openai'],
    ['/v1/messages', 'anthropic'],
  ])(
    'refuses %s on the US node with wrong_region (421) naming the region, in the endpoint format',
    async (path, format) => {
      const res = await fetch(`${usNode.url}${path}`, {
        method: 'POST',
        headers: { 'x-api-key': euWs.memberToken, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'm',
          max_tokens: 5,
          messages: [{ role: 'user', content: 'Contact anna@eurocorp.eu' }],
        }),
      });
      expect(res.status).toBe(421);
      const body = (await res.json()) as Record<string, { code: string; message: string }>;
      if (format === 'anthropic') expect(body.type).toBe('error');
      expect(body.error).toMatchObject({ code: 'wrong_region', message: expect.stringContaining('"eu"') });
      expect(usNode.fake.requests).toHaveLength(0);
    },
  );

  it('refuses the admin API for the EU workspace on the US node, and creating an EU workspace there', async () => {
    const read = await usNode.api<{ error: { code: string } }>('GET', `/api/workspaces/${euWs.id}`);
    expect(read.status).toBe(421);
    expect(read.body.error.code).toBe('wrong_region');
    const settings = await usNode.api('GET', `/api/workspaces/${euWs.id}/ai-settings`, {
      token: euWs.adminToken,
    });
    expect(settings.status).toBe(421);
    const sessions = await usNode.api('GET', `/api/workspaces/${euWs.id}/sessions/export`, {
      token: euWs.adminToken,
    });
    expect(sessions.status).toBe(421);
    const create = await usNode.api('POST', '/api/workspaces', {
      body: { name: 'x', plan: 'team', region: 'eu' },
    });
    expect(create.status).toBe(421);
    expect(create.text).toContain('region \\"eu\\"');
  });

  it('leaves no row of the EU workspace in the US store, and only ids in the directory', async () => {
    await usNode.palisade.recorder.flush();
    expect(await rowsOf(databases.us, euWs.id)).toBe(0);
    expect(await rowsOf(databases.eu, euWs.id)).toBeGreaterThan(0);
    let rows: unknown[];
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: databases.directory });
      await client.connect();
      rows = (
        await client.query(
          'SELECT * FROM directory_workspaces UNION ALL SELECT token_hash, workspace_id, region FROM directory_tokens',
        )
      ).rows;
      await client.end();
    } else {
      const directory = new SQLite(databases.directory, { readonly: true });
      rows = [
        ...directory.prepare('SELECT * FROM directory_workspaces').all(),
        ...directory.prepare('SELECT * FROM directory_tokens').all(),
      ];
      directory.close();
    }
    const dump = JSON.stringify(rows);
    expect(dump).toContain(euWs.id);
    expect(dump).not.toContain(euWs.memberToken);
    expect(dump).not.toContain('Eurocorp');
    expect(dump).not.toContain('Lyon');
  });

  it('answers 401, not 421, for a revoked token (the directory forgets it)', async () => {
    const { token, id } = (
      await euNode.api<{ token: string; id: string }>('POST', `/api/workspaces/${euWs.id}/tokens`, {
        body: { name: 'temp', role: 'member' },
      })
    ).body;
    const call = () =>
      fetch(`${usNode.url}/v1/models`, { headers: { authorization: `Bearer ${token}` } }).then(
        (r) => r.status,
      );
    expect(await call()).toBe(421);
    expect((await euNode.api('DELETE', `/api/workspaces/${euWs.id}/tokens/${id}`)).status).toBe(200);
    // The US node cached nothing of it: the next call already gets 401.
    expect(await call()).toBe(401);
  });
});

describe("a region's provider endpoints", () => {
  // EU: OpenAI serves one model, at an endpoint that is down; Anthropic has no EU endpoint at all.
  const closed = 'http://127.0.0.1:9';
  let node: Harness;
  let ws: { id: string; admin: string; member: string };
  beforeAll(async () => {
    node = await startHarness({
      file: {
        regions: {
          us: {},
          eu: { providers: { openai: { base_url: `${closed}/v1`, models: ['gpt-5.4-mini'] } } },
        },
      },
    });
    const created = await node.api<{ id: string }>('POST', '/api/workspaces', {
      body: { name: 'EU', plan: 'team', region: 'eu' },
    });
    const token = async (role: string) =>
      (
        await node.api<{ token: string }>('POST', `/api/workspaces/${created.body.id}/tokens`, {
          body: { name: role, role },
        })
      ).body.token;
    ws = { id: created.body.id, admin: await token('admin'), member: await token('member') };
  });
  afterAll(() => node.close());

  it('refuses a provider or model the region does not serve when an admin picks it', async () => {
    const settings = `/api/workspaces/${ws.id}/ai-settings`;
    const provider = await node.api<{ error: { code: string; param: string } }>('PATCH', settings, {
      token: ws.admin,
      body: { model_provider: 'anthropic' },
    });
    expect([provider.status, provider.body.error.param]).toEqual([400, 'model_provider']);
    expect(provider.text).toContain('region \\"eu\\"');
    const model = await node.api('PATCH', settings, { token: ws.admin, body: { model: 'gpt-5.4' } });
    expect(model.status).toBe(400);
    expect(
      (await node.api('PATCH', settings, { token: ws.admin, body: { model: 'gpt-5.4-mini' } })).status,
    ).toBe(200);
  });

  it('lists only the models the region serves', async () => {
    const res = await fetch(`${node.url}/v1/models`, { headers: { authorization: `Bearer ${ws.member}` } });
    const ids = ((await res.json()) as { data: Array<{ id: string }> }).data.map((m) => m.id);
    expect(ids).toEqual(['gpt-5.4-mini']);
  });

  it('answers residency_unavailable (503) naming the region when its endpoint is down, and calls no other region', async () => {
    for (const stream of [false, true]) {
      const res = await fetch(`${node.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ws.member}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-5.4-mini', stream, messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        error: { code: 'residency_unavailable', message: expect.stringContaining('region "eu"') },
      });
    }
    // The fake provider behind the (healthy) US endpoints saw nothing, and the US store holds nothing
    // of the EU workspace: its refused calls are recorded in the EU store.
    expect(node.fake.requests).toHaveLength(0);
    await node.palisade.recorder.flush();
    expect(await rowsOf(join(node.dataDir, 'us.sqlite'), ws.id)).toBe(0);
    expect(await rowsOf(join(node.dataDir, 'eu.sqlite'), ws.id)).toBeGreaterThan(0);
  });
});
