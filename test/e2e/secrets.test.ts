import { join } from 'node:path';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, operatorToken, startHarness } from '../support/harness.js';

// Canary secrets: they must never appear in a response, a log line or the database.
const openaiCanary = 'sk-CNRYq7Q2mX9vLp4Rk8Wz1Hf3';
const anthropicCanary = 'sk-ant-CNRYz3Hn6Tq0Yc5Lm8Vb2';

let h: Harness;
const seen: string[] = [];

beforeAll(async () => {
  h = await startHarness({
    env: { PALISADE_OPENAI_API_KEY: openaiCanary, PALISADE_ANTHROPIC_API_KEY: anthropicCanary },
  });
});
afterAll(() => h.close());

function pieces(secret: string): string[] {
  // The whole secret and every 8-character window of it.
  return Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
}

describe('secrets never leak', () => {
  it('keeps provider keys and tokens out of responses, logs and the database', async () => {
    const ws = await h.workspace();
    const claude = await h.workspace({ provider: 'anthropic' });
    const client = new OpenAI({ apiKey: ws.memberToken, baseURL: `${h.url}/v1`, maxRetries: 0 });
    const record = async (p: Promise<unknown>) => {
      const result = await p.catch((e: unknown) => e);
      seen.push(JSON.stringify(result, Object.getOwnPropertyNames(result ?? {})), String(result));
    };
    await record(client.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }] }));
    await record(
      new OpenAI({
        apiKey: claude.memberToken,
        baseURL: `${h.url}/v1`,
        maxRetries: 0,
      }).chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }] }),
    );
    // The provider rejects the key and echoes part of it in its error body.
    h.fake.configure({ failStatus: 401 });
    await record(client.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }] }));
    await record(
      client.chat.completions.create({
        model: 'x',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      }),
    );
    h.fake.reset();
    const list = await h.api('GET', `/api/workspaces/${ws.id}/tokens`, { token: ws.adminToken });
    seen.push(list.text);
    const revoked = list.body as { data: Array<{ id: string }> };
    await h.api('DELETE', `/api/workspaces/${ws.id}/tokens/${revoked.data[0]?.id}`, { token: ws.adminToken });
    seen.push(
      (await h.api('GET', `/api/workspaces/${ws.id}/audit?limit=200`, { token: ws.adminToken })).text,
    );
    seen.push(
      (await h.api('GET', `/api/workspaces/${ws.id}`, { token: 'pal_wrongwrongwrongwrongwrongwrongwrong00' }))
        .text,
    );
    await h.palisade.recorder.flush();
    seen.push((await h.api('GET', '/metrics')).text);

    const db = new Database(join(h.dataDir, 'us.sqlite'), { readonly: true });
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{
      name: string;
    }>;
    const dump = tables
      .map(({ name }) => JSON.stringify(db.prepare(`select * from "${name}"`).all()))
      .join('\n');
    db.close();

    const haystacks = { responses: seen.join('\n'), logs: h.logs.join('\n'), database: dump };
    expect(h.logs.length).toBeGreaterThan(0);
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of [openaiCanary, anthropicCanary, operatorToken]) {
        // Providers echo a key as `sk-...WXYZ`: even its last four characters must not come back.
        expect(text.includes(`...${secret.slice(-4)}`), `${where} holds a key's tail`).toBe(false);
        for (const piece of pieces(secret))
          expect(text.includes(piece), `${where} holds "${piece}"`).toBe(false);
      }
    }
    // Workspace tokens appear only in the one response that created them (the harness), never in logs or the database.
    for (const token of [ws.adminToken, ws.memberToken]) {
      expect(haystacks.logs.includes(token)).toBe(false);
      expect(haystacks.database.includes(token)).toBe(false);
    }
  });
});
