import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, operatorToken, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('operator and admin API', () => {
  it('creates and reads a workspace; only the operator changes the plan', async () => {
    const created = await h.api<Record<string, unknown>>('POST', '/api/workspaces', {
      body: { name: 'Acme', plan: 'team', region: 'eu' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Acme', plan: 'team', region: 'eu' });
    const id = created.body.id as string;
    expect((await h.api('GET', `/api/workspaces/${id}`)).body).toEqual(created.body);

    const admin = await h.api<{ token: string }>('POST', `/api/workspaces/${id}/tokens`, {
      body: { name: 'admin', role: 'admin' },
    });
    const asAdmin = await h.api<{ error: { code: string } }>('PATCH', `/api/workspaces/${id}`, {
      token: admin.body.token,
      body: { plan: 'enterprise' },
    });
    expect(asAdmin.status).toBe(403);
    expect(asAdmin.body.error.code).toBe('forbidden');
    const asOperator = await h.api<{ plan: string }>('PATCH', `/api/workspaces/${id}`, {
      body: { plan: 'enterprise' },
    });
    expect(asOperator.status).toBe(200);
    expect(asOperator.body.plan).toBe('enterprise');
  });

  it('issues pal_ tokens once, lists them masked, revokes them', async () => {
    const ws = await h.workspace();
    const created = await h.api<{ id: string; token: string; masked: string }>(
      'POST',
      `/api/workspaces/${ws.id}/tokens`,
      {
        token: ws.adminToken,
        body: { name: 'notebook', role: 'member' },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^pal_[0-9A-Za-z]{36}$/);
    const list = await h.api<{ data: Array<{ id: string; masked: string }> }>(
      'GET',
      `/api/workspaces/${ws.id}/tokens`,
      {
        token: ws.adminToken,
      },
    );
    expect(list.text).not.toContain(created.body.token);
    expect(list.body.data.find((t) => t.id === created.body.id)?.masked).toBe(
      `pal_••••${created.body.token.slice(-4)}`,
    );

    expect(
      (await h.api('GET', `/api/workspaces/${ws.id}/ai-settings`, { token: created.body.token })).status,
    ).toBe(200);
    const revoked = await h.api('DELETE', `/api/workspaces/${ws.id}/tokens/${created.body.id}`, {
      token: ws.adminToken,
    });
    expect(revoked.status).toBe(200);
    const after = await h.api<{ error: { code: string } }>('GET', `/api/workspaces/${ws.id}/ai-settings`, {
      token: created.body.token,
    });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
    expect(after.text).not.toContain(created.body.token);
  });

  it('lets members read AI settings but only admins change them', async () => {
    const ws = await h.workspace();
    const read = await h.api<{ ai_enabled: boolean }>('GET', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.memberToken,
    });
    expect(read.status).toBe(200);
    expect(read.body.ai_enabled).toBe(true);
    const denied = await h.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.memberToken,
      body: { ai_enabled: false },
    });
    expect(denied.status).toBe(403);
    const changed = await h.api<{ ai_enabled: boolean; version: number }>(
      'PATCH',
      `/api/workspaces/${ws.id}/ai-settings`,
      {
        token: ws.adminToken,
        body: { ai_enabled: false, training_data_use: false },
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ ai_enabled: false, training_data_use: false, version: 2 });
  });

  it('checks models against the provider and resets them when the provider changes', async () => {
    const ws = await h.workspace();
    const path = `/api/workspaces/${ws.id}/ai-settings`;
    const bad = await h.api<{ error: { code: string; param: string } }>('PATCH', path, {
      token: ws.adminToken,
      body: { model: 'claude-sonnet-5-5' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_request', param: 'model' });
    await h.api('PATCH', path, {
      token: ws.adminToken,
      body: { model: 'gpt-5.4-nano', allowed_models: ['gpt-5.4'] },
    });
    const switched = await h.api<Record<string, unknown>>('PATCH', path, {
      token: ws.adminToken,
      body: { model_provider: 'anthropic' },
    });
    expect(switched.body).toMatchObject({ model_provider: 'anthropic', model: null, allowed_models: null });
  });

  it('audits every change, newest first, paginated, admins only, with no secret', async () => {
    const ws = await h.workspace();
    await h.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.adminToken,
      body: { ai_enabled: false },
    });
    const page = await h.api<{
      data: Array<{ seq: number; action: string; actor: { type: string } }>;
      next_before: number;
    }>('GET', `/api/workspaces/${ws.id}/audit?limit=2`, { token: ws.adminToken });
    expect(page.status).toBe(200);
    expect(page.body.data.map((e) => e.action)).toEqual(['ai_settings.updated', 'token.created']);
    expect(page.body.data[0]?.actor.type).toBe('token');
    const rest = await h.api<{ data: Array<{ action: string }>; next_before: null }>(
      'GET',
      `/api/workspaces/${ws.id}/audit?limit=50&before=${page.body.next_before}`,
      { token: ws.adminToken },
    );
    expect(rest.body.data.map((e) => e.action)).toEqual([
      'token.created',
      'ai_settings.created',
      'workspace.created',
    ]);
    expect(rest.body.next_before).toBeNull();
    const all = page.text + rest.text;
    expect(all).not.toContain(ws.adminToken);
    expect(all).not.toContain(ws.memberToken);
    expect((await h.api('GET', `/api/workspaces/${ws.id}/audit`, { token: ws.memberToken })).status).toBe(
      403,
    );
  });

  it('gives a token of workspace A nothing of workspace B: 404, not 403', async () => {
    const a = await h.workspace();
    const b = await h.workspace();
    for (const [method, path, body] of [
      ['GET', `/api/workspaces/${b.id}`, undefined],
      ['GET', `/api/workspaces/${b.id}/ai-settings`, undefined],
      ['PATCH', `/api/workspaces/${b.id}/ai-settings`, { ai_enabled: false }],
      ['GET', `/api/workspaces/${b.id}/tokens`, undefined],
      ['POST', `/api/workspaces/${b.id}/tokens`, { name: 'x', role: 'admin' }],
      ['GET', `/api/workspaces/${b.id}/audit`, undefined],
    ] as const) {
      const res = await h.api<{ error: { code: string } }>(method, path, { token: a.adminToken, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect(
      (await h.api<{ ai_enabled: boolean }>('GET', `/api/workspaces/${b.id}/ai-settings`)).body.ai_enabled,
    ).toBe(true);
  });

  it('only the operator creates workspaces', async () => {
    const ws = await h.workspace();
    const res = await h.api('POST', '/api/workspaces', {
      token: ws.adminToken,
      body: { name: 'x', plan: 'free', region: 'us' },
    });
    expect(res.status).toBe(403);
  });
});

function countWorkspaces(): number {
  const db = new Database(join(h.dataDir, 'us.sqlite'), { readonly: true });
  const { n } = db.prepare('select count(*) as n from workspaces').get() as { n: number };
  db.close();
  return n;
}

describe('bad input on the admin API', () => {
  const raw = (path: string, init: RequestInit) => fetch(h.url + path, init);
  const auth = () => ({ authorization: `Bearer ${operatorToken}` });

  it('rejects unknown fields, wrong types, missing fields and unknown regions with a param', async () => {
    const cases: Array<[unknown, string]> = [
      [{ name: 'x', plan: 'team', region: 'us', extra: 1 }, 'invalid_request'],
      [{ name: 'x', plan: 'gold', region: 'us' }, 'invalid_request'],
      [{ name: 5, plan: 'team', region: 'us' }, 'invalid_request'],
      [{ plan: 'team', region: 'us' }, 'invalid_request'],
      [{ name: 'x', plan: 'team', region: 'mars' }, 'invalid_request'],
    ];
    for (const [body, code] of cases) {
      const res = await h.api<{ error: { code: string; message: string } }>('POST', '/api/workspaces', {
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe(code);
    }
    const unknown = await h.api<{ error: { message: string } }>('POST', '/api/workspaces', {
      body: { name: 'x', plan: 'team', region: 'us', sneaky: true },
    });
    expect(unknown.body.error.message).toContain('sneaky');
  });

  it('answers malformed JSON 400, wrong content type 415, oversized bodies 413, and writes nothing', async () => {
    const before = countWorkspaces();
    const malformed = await raw('/api/workspaces', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: '{"name": "x",',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const text = await raw('/api/workspaces', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
    const big = await raw('/api/workspaces', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(9 * 1024 * 1024), plan: 'team', region: 'us' }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(countWorkspaces()).toBe(before);
  });

  it('refuses unknown and malformed tokens with 401 and never echoes them', async () => {
    for (const token of [
      'pal_000000000000000000000000000000000000',
      'nonsense-token-value-123',
      `pal_${'a'.repeat(36)}`,
    ]) {
      const res = await h.api<{ error: { code: string } }>('GET', '/api/workspaces/ws_x', { token });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.text).not.toContain(token);
    }
    const none = await raw('/api/workspaces/ws_x', {});
    expect(none.status).toBe(401);
  });

  it('answers /healthz without a token', async () => {
    const res = await raw('/healthz', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', regions: ['us', 'eu'] });
  });
});
