import { join } from 'node:path';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  operatorToken,
  platformOpenAiKey,
  startHarness,
  type TestWorkspace,
} from '../support/harness.js';

// A canary workspace key: it may reach the fake provider and nothing else (but its last four).
const canary = 'sk-proj-BYOKq8Zr4Tn1Wm6Yx3Vc9Lp2';
const second = 'sk-proj-SECNd7Kf2Hs5Qa8Ju1Ez4Rb6';
const masterKey = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256)).toString('base64');

let h: Harness;
let ent: TestWorkspace;
const seen: string[] = [];

beforeAll(async () => {
  h = await startHarness({ env: { PALISADE_MASTER_KEY: masterKey } });
  ent = await h.workspace({ plan: 'enterprise' });
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const keysPath = (ws: TestWorkspace) => `/api/workspaces/${ws.id}/provider-keys`;
async function api<T = Record<string, unknown>>(method: string, path: string, token: string, body?: unknown) {
  const res = await h.api<T>(method, path, { token, body });
  seen.push(res.text);
  return res;
}
async function ask(ws: TestWorkspace) {
  const client = new OpenAI({ apiKey: ws.memberToken, baseURL: `${h.url}/v1`, maxRetries: 0 });
  const result = await client.chat.completions
    .create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'hi' }] })
    .then(
      () => 'ok',
      (error: { code?: string; message?: string }) => {
        seen.push(String(error.message));
        return error.code ?? 'error';
      },
    );
  return { result, key: h.fake.requests.at(-1)?.headers.authorization };
}

describe('bring your own key', () => {
  it('validates, stores sealed, lists masked, and uses the key on the next call', async () => {
    const added = await api('POST', keysPath(ent), ent.adminToken, { provider: 'openai', api_key: canary });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      provider: 'openai',
      masked: `••••${canary.slice(-4)}`,
      status: 'active',
    });
    expect(added.body.fingerprint).toMatch(/^fp_[0-9a-f]{16}$/);
    expect(String(added.body.billing)).toContain("workspace's own OpenAI account");
    // Live validation went to the provider's model list with the new key.
    expect(h.fake.requests[0]).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(h.fake.requests[0]?.headers.authorization).toBe(`Bearer ${canary}`);
    expect(added.text).not.toContain(canary);

    expect((await ask(ent)).key).toBe(`Bearer ${canary}`);
    await h.palisade.vault.flushUsage();
    const list = await api<{ data: Array<{ masked: string; last_used_at: string | null }> }>(
      'GET',
      keysPath(ent),
      ent.adminToken,
    );
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]?.last_used_at).not.toBeNull();
  });

  it('refuses a second add, non-Enterprise workspaces, members and other workspaces', async () => {
    expect(
      (await api('POST', keysPath(ent), ent.adminToken, { provider: 'openai', api_key: second })).status,
    ).toBe(409);
    const team = await h.workspace({ plan: 'team' });
    const refused = await api<{ error: { code: string } }>('POST', keysPath(team), team.adminToken, {
      provider: 'openai',
      api_key: second,
    });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'byok_requires_enterprise']);
    const member = await api<{ error: { code: string } }>('POST', keysPath(ent), ent.memberToken, {
      provider: 'anthropic',
      api_key: 'sk-ant-MEMBq8Zr4Tn1Wm6Yx3Vc9Lp2',
    });
    expect([member.status, member.body.error.code]).toEqual([403, 'forbidden']);
    expect((await api('GET', keysPath(ent), team.adminToken)).status).toBe(404);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('rejects a malformed or invalid key with provider_key_invalid and an unreachable provider with 502, storing nothing', async () => {
    const ws = await h.workspace({ plan: 'enterprise' });
    const malformed = await api<{ error: { code: string } }>('POST', keysPath(ws), ws.adminToken, {
      provider: 'anthropic',
      api_key: 'not-a-key',
    });
    expect([malformed.status, malformed.body.error.code]).toEqual([422, 'provider_key_invalid']);
    expect(h.fake.requests).toHaveLength(0);
    h.fake.configure({ rejectKeys: [second] });
    const invalid = await api<{ error: { code: string } }>('POST', keysPath(ws), ws.adminToken, {
      provider: 'openai',
      api_key: second,
    });
    expect([invalid.status, invalid.body.error.code]).toEqual([422, 'provider_key_invalid']);
    h.fake.reset();
    h.fake.configure({ failStatus: 503 });
    const down = await api<{ error: { code: string; message: string } }>(
      'POST',
      keysPath(ws),
      ws.adminToken,
      {
        provider: 'openai',
        api_key: second,
      },
    );
    expect([down.status, down.body.error.code]).toEqual([502, 'upstream_error']);
    expect(down.body.error.message).toContain('nothing was stored');
    expect((await api<{ data: unknown[] }>('GET', keysPath(ws), ws.adminToken)).body.data).toEqual([]);
    const audit = await api<{ data: Array<{ action: string }> }>(
      'GET',
      `/api/workspaces/${ws.id}/audit`,
      ws.adminToken,
    );
    expect(audit.body.data[0]?.action).toBe('provider_key.validation_failed');
  });

  it('replaces a key atomically and destroys the old ciphertext', async () => {
    const ws = await h.workspace({ plan: 'enterprise' });
    await api('POST', keysPath(ws), ws.adminToken, { provider: 'openai', api_key: canary });
    const replaced = await api('PUT', `${keysPath(ws)}/openai`, ws.adminToken, { api_key: second });
    expect(replaced.status).toBe(200);
    expect(replaced.body.masked).toBe(`••••${second.slice(-4)}`);
    expect((await ask(ws)).key).toBe(`Bearer ${second}`);
    const db = new Database(join(h.dataDir, 'us.sqlite'), { readonly: true });
    const rows = db.prepare('select id from provider_keys where workspace_id = ?').all(ws.id);
    db.close();
    expect(rows).toHaveLength(1);
  });

  it('marks a key the provider rejects as invalid, says so, and never falls back to the platform key', async () => {
    const ws = await h.workspace({ plan: 'enterprise' });
    await api('POST', keysPath(ws), ws.adminToken, { provider: 'openai', api_key: second });
    h.fake.configure({ rejectKeys: [second] });
    expect((await ask(ws)).result).toBe('provider_key_rejected');
    h.fake.reset();
    const again = await ask(ws);
    expect(again.result).toBe('provider_key_rejected');
    expect(h.fake.requests).toHaveLength(0);
    const list = await api<{ data: Array<{ status: string }> }>('GET', keysPath(ws), ws.adminToken);
    expect(list.body.data[0]?.status).toBe('invalid');
    const audit = await api<{ data: Array<{ action: string }> }>(
      'GET',
      `/api/workspaces/${ws.id}/audit?limit=5`,
      ws.adminToken,
    );
    expect(audit.body.data.map((e) => e.action)).toContain('provider_key.rejected');
  });

  it('keeps a key active when the provider answers 403 (a scope or region, not a bad key)', async () => {
    const ws = await h.workspace({ plan: 'enterprise' });
    await api('POST', keysPath(ws), ws.adminToken, { provider: 'openai', api_key: second });
    h.fake.configure({ failStatus: 403, failTimes: 1 });
    const refused = await ask(ws);
    expect(refused.result).toBe('upstream_error');
    expect(refused.key).toBe(`Bearer ${second}`);
    expect((await ask(ws)).result).toBe('ok');
    const list = await api<{ data: Array<{ status: string }> }>('GET', keysPath(ws), ws.adminToken);
    expect(list.body.data[0]?.status).toBe('active');
  });

  it('follows require_byok after a removal and keeps keys unused while off Enterprise', async () => {
    const ws = await h.workspace({ plan: 'enterprise' });
    await api('POST', keysPath(ws), ws.adminToken, { provider: 'openai', api_key: canary });
    await h.api('PATCH', `/api/workspaces/${ws.id}`, { body: { plan: 'team' } });
    const inactive = await api<{ data: Array<{ status: string }> }>('GET', keysPath(ws), ws.adminToken);
    expect(inactive.body.data[0]?.status).toBe('inactive_plan');
    expect((await ask(ws)).key).toBe(`Bearer ${platformOpenAiKey}`);
    await h.api('PATCH', `/api/workspaces/${ws.id}`, { body: { plan: 'enterprise' } });
    expect((await ask(ws)).key).toBe(`Bearer ${canary}`);

    expect((await api('DELETE', `${keysPath(ws)}/openai`, ws.adminToken)).status).toBe(204);
    expect((await ask(ws)).key).toBe(`Bearer ${platformOpenAiKey}`);
    await api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, ws.adminToken, { require_byok: true });
    h.fake.reset();
    expect((await ask(ws)).result).toBe('no_provider_key');
    expect(h.fake.requests).toHaveLength(0);
  });

  it('marks keys sealed under another master key undecryptable and refuses their calls', async () => {
    const other = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 53 + 7) % 256)).toString('base64');
    const second = await startHarness({ env: { PALISADE_MASTER_KEY: other, PALISADE_DATA_DIR: h.dataDir } });
    try {
      expect(second.palisade.undecryptableKeys).toBeGreaterThan(0);
      const list = await second.api<{ data: Array<{ status: string }> }>('GET', keysPath(ent), {
        token: ent.adminToken,
      });
      expect(list.body.data[0]?.status).toBe('undecryptable');
      const client = new OpenAI({ apiKey: ent.memberToken, baseURL: `${second.url}/v1`, maxRetries: 0 });
      const error = (await client.chat.completions
        .create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'hi' }] })
        .catch((e: unknown) => e)) as { status: number; code: string };
      expect([error.status, error.code]).toEqual([503, 'provider_key_undecryptable']);
      expect(second.fake.requests).toHaveLength(0);
    } finally {
      await second.palisade.close();
      await second.fake.close();
    }
  });

  it('refuses to start with an empty or example master key', async () => {
    const { exampleMasterKey } = await import('../../src/keys/master-key-ring.js');
    for (const value of ['', exampleMasterKey]) {
      await expect(startHarness({ env: { PALISADE_MASTER_KEY: value } })).rejects.toThrow(
        /PALISADE_MASTER_KEY/,
      );
    }
  });

  it('leaks no part of a workspace key into responses, logs, /metrics, the audit log or the database', async () => {
    await h.palisade.recorder.flush();
    const metrics = await fetch(`${h.url}/metrics`, {
      headers: { authorization: `Bearer ${operatorToken}` },
    });
    expect(metrics.status).toBe(200);
    seen.push(await metrics.text());
    const db = new Database(join(h.dataDir, 'us.sqlite'), { readonly: true });
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{
      name: string;
    }>;
    const sealed = new Set(['ciphertext', 'wrapped_key', 'nonce', 'wrap_nonce']);
    const dump = tables
      .map(({ name }) =>
        JSON.stringify(
          (db.prepare(`select * from "${name}"`).all() as Array<Record<string, unknown>>).map((row) =>
            Object.fromEntries(Object.entries(row).filter(([column]) => !sealed.has(column))),
          ),
        ),
      )
      .join('\n');
    db.close();
    const places = { responses: seen.join('\n'), logs: h.logs.join('\n'), database: dump };
    for (const [where, text] of Object.entries(places)) {
      for (const secret of [canary, second]) {
        // Every 5-character window of the secret part (after the public `sk-proj-` prefix): more than
        // the last four characters never appears anywhere.
        const body = secret.slice('sk-proj-'.length);
        for (let i = 0; i + 5 <= body.length; i++) {
          expect(text.includes(body.slice(i, i + 5)), `${where} holds "${body.slice(i, i + 5)}"`).toBe(false);
        }
      }
    }
  });
});
