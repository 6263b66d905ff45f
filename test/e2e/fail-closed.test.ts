import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';
import { createTempDatabase } from '../support/postgres.js';

// The database goes away under a running node: AI is refused, never sent without its policy.
let h: Harness;
let ws: TestWorkspace;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createTempDatabase();
  drop = db.drop;
  h = await startHarness({ databases: { us: db.url } });
  ws = await h.workspace();
});
afterAll(async () => {
  await h?.close().catch(() => undefined);
});

const ask = () =>
  new OpenAI({ apiKey: ws.memberToken, baseURL: `${h.url}/v1`, maxRetries: 0 }).chat.completions
    .create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'hi' }] })
    .then(
      () => 'ok',
      (error: { code?: string }) => error.code ?? 'error',
    );

describe('fail closed', () => {
  it('refuses AI calls with policy_unavailable once the region database is gone', async () => {
    expect(await ask()).toBe('ok');
    await drop();
    // The lost change listener drops every cached policy and token; reads now fail, so calls are refused.
    await expect.poll(ask, { timeout: 5_000, interval: 100 }).toBe('policy_unavailable');
    h.fake.reset();
    expect(await ask()).toBe('policy_unavailable');
    expect(h.fake.requests).toHaveLength(0);
  });
});
