import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';
import { createTempDatabase } from '../support/postgres.js';

// Two nodes serving region us from one PostgreSQL database: a change made on one is enforced by
// the other at once (PostgreSQL LISTEN/NOTIFY drops the other node's caches).
let a: Harness;
let b: Harness;
let drop: () => Promise<void>;
let ws: TestWorkspace;

beforeAll(async () => {
  const db = await createTempDatabase();
  drop = db.drop;
  a = await startHarness({ databases: { us: db.url } });
  b = await startHarness({ databases: { us: db.url } });
  ws = await a.workspace();
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await drop?.();
});

const ask = (h: Harness, token: string) =>
  new OpenAI({ apiKey: token, baseURL: `${h.url}/v1`, maxRetries: 0 }).chat.completions
    .create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'hi' }] })
    .then(
      () => 'ok',
      (error: { code?: string }) => error.code ?? 'error',
    );

describe('several nodes on one PostgreSQL region', () => {
  it('enforces an AI switch-off and a token revocation on every node', async () => {
    expect(await ask(b, ws.memberToken)).toBe('ok');
    const off = await a.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.adminToken,
      body: { ai_enabled: false },
    });
    expect(off.status).toBe(200);
    await expect.poll(() => ask(b, ws.memberToken), { timeout: 3_000, interval: 50 }).toBe('ai_disabled');

    await a.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.adminToken,
      body: { ai_enabled: true },
    });
    await expect.poll(() => ask(b, ws.memberToken), { timeout: 3_000, interval: 50 }).toBe('ok');

    const tokens = await a.api<{ data: Array<{ id: string; role: string }> }>(
      'GET',
      `/api/workspaces/${ws.id}/tokens`,
      {
        token: ws.adminToken,
      },
    );
    const member = tokens.body.data.find((t) => t.role === 'member');
    await a.api('DELETE', `/api/workspaces/${ws.id}/tokens/${member?.id}`, { token: ws.adminToken });
    await expect.poll(() => ask(b, ws.memberToken), { timeout: 3_000, interval: 50 }).toBe('unauthorized');
  });
});
