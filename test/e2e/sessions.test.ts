import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';

let h: Harness;
const openai = (token: string) => new OpenAI({ apiKey: token, baseURL: `${h.url}/v1`, maxRetries: 0 });
const email = 'henrik.sorensen@fjordline-analytics.dk';

interface Session {
  id: string;
  member_id: string;
  status: string;
  stream: boolean;
  findings: Record<string, number> | null;
  training_consent: boolean;
  prompt: { messages: Array<{ content: string }> } | null;
  response: { text: string } | null;
  content_expires_at: string | null;
  input_tokens: number | null;
}

async function exported(ws: TestWorkspace, query = ''): Promise<Session[]> {
  await h.palisade.recorder.flush();
  const res = await fetch(`${h.url}/api/workspaces/${ws.id}/sessions/export${query}`, {
    headers: { authorization: `Bearer ${ws.adminToken}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/x-ndjson');
  return (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Session);
}

const ask = (token: string, content: string, stream = false) =>
  stream
    ? (async () => {
        const s = await openai(token).chat.completions.create({
          model: 'gpt-5.4-mini',
          messages: [{ role: 'user', content }],
          stream: true,
        });
        let text = '';
        for await (const chunk of s) text += chunk.choices[0]?.delta.content ?? '';
        return text;
      })()
    : openai(token)
        .chat.completions.create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content }] })
        .then((c) => c.choices[0]?.message.content ?? '');

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

describe('AI sessions', () => {
  it('records each call with its redacted prompt and answer while retention allows (team: 30 days)', async () => {
    const ws = await h.workspace();
    const before = Date.now();
    expect(await ask(ws.memberToken, `Draft a reply to ${email}`)).toBe(`Echo: Draft a reply to ${email}`);
    expect(await ask(ws.memberToken, 'second, streamed', true)).toBe('Echo: second, streamed');
    const [first, second] = await exported(ws);
    expect(first).toMatchObject({
      status: 'ok',
      stream: false,
      findings: { EMAIL: 1 },
      training_consent: true,
    });
    expect(first?.prompt?.messages[0]?.content).toBe('Draft a reply to <EMAIL_1>');
    // The answer as the model gave it: placeholders, never the restored value.
    expect(first?.response?.text).toBe('Echo: Draft a reply to <EMAIL_1>');
    const expires = Date.parse(first?.content_expires_at ?? '');
    expect(expires - before).toBeGreaterThan(29.9 * 86_400_000);
    expect(expires - before).toBeLessThan(30.1 * 86_400_000);
    expect(second).toMatchObject({
      status: 'ok',
      stream: true,
      response: { text: 'Echo: second, streamed' },
    });
    expect(JSON.stringify(await exported(ws))).not.toContain(email);
  });

  it('marks a session incomplete when the stream was cut', async () => {
    const ws = await h.workspace();
    h.fake.configure({ truncateAfterEvents: 3 });
    await expect(ask(ws.memberToken, 'one two three four five six', true)).rejects.toThrow();
    const [session] = await exported(ws);
    expect(session?.status).toBe('incomplete');
  });

  it('exports one member only, and erases one member or all, audited without content', async () => {
    const ws = await h.workspace();
    await ask(ws.memberToken, 'from the member');
    await ask(ws.adminToken, 'from the admin');
    const all = await exported(ws);
    expect(all).toHaveLength(2);
    const memberId = all[0]?.member_id as string;
    expect(await exported(ws, `?member_id=${memberId}`)).toHaveLength(1);
    const erased = await h.api<{ erased: number }>(
      'DELETE',
      `/api/workspaces/${ws.id}/sessions?member_id=${memberId}`,
      {
        token: ws.adminToken,
      },
    );
    expect(erased.body).toEqual({ erased: 1 });
    expect(await exported(ws)).toHaveLength(1);
    expect(
      (await h.api('DELETE', `/api/workspaces/${ws.id}/sessions`, { token: ws.adminToken })).body,
    ).toEqual({
      erased: 1,
    });
    expect(await exported(ws)).toEqual([]);
    const audit = await h.api<{ data: Array<{ action: string; after: unknown }> }>(
      'GET',
      `/api/workspaces/${ws.id}/audit?limit=200`,
      { token: ws.adminToken },
    );
    const erasures = audit.body.data.filter((e) => e.action === 'sessions.erased');
    expect(erasures.map((e) => e.after)).toEqual([
      { member_id: null, sessions: 1 },
      { member_id: memberId, sessions: 1 },
    ]);
    expect(audit.text).not.toContain('from the member');
    // Members may not export or erase.
    expect(
      (await h.api('GET', `/api/workspaces/${ws.id}/sessions/export`, { token: ws.memberToken })).status,
    ).toBe(403);
    expect(
      (await h.api('DELETE', `/api/workspaces/${ws.id}/sessions`, { token: ws.memberToken })).status,
    ).toBe(403);
  });

  it('purges content past its retention, keeping the metadata (injectable clock)', async () => {
    const ws = await h.workspace();
    await h.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.adminToken,
      body: { retention: 2 },
    });
    await ask(ws.memberToken, 'short-lived');
    await h.palisade.recorder.flush();
    expect(await h.palisade.sessions.purgeExpired(new Date(Date.now() + 86_400_000))).toBe(0);
    expect((await exported(ws))[0]?.prompt).not.toBeNull();
    expect(
      await h.palisade.sessions.purgeExpired(new Date(Date.now() + 2 * 86_400_000 + 60_000)),
    ).toBeGreaterThanOrEqual(1);
    const [session] = await exported(ws);
    expect(session).toMatchObject({ status: 'ok', prompt: null, response: null, content_expires_at: null });
    expect(session?.input_tokens).toBeGreaterThan(0);
  });
});

describe('changing retention', () => {
  it('moves the expiry of content already kept, and drops what the new retention has outlived', async () => {
    const ws = await h.workspace();
    await ask(ws.memberToken, 'kept for thirty days');
    await h.palisade.recorder.flush();
    const before = Date.now();
    expect(
      (
        await h.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
          token: ws.adminToken,
          body: { retention: 5 },
        })
      ).status,
    ).toBe(200);
    const [moved] = await exported(ws);
    const expires = Date.parse(moved?.content_expires_at ?? '') - before;
    expect(expires).toBeGreaterThan(4.9 * 86_400_000);
    expect(expires).toBeLessThan(5.1 * 86_400_000);
    expect(moved?.prompt).not.toBeNull();
    // Applied two days later with a one-day retention, the content is already past it.
    await h.palisade.sessions.retentionChanged(ws.id, 1, new Date(Date.now() + 2 * 86_400_000));
    expect((await exported(ws))[0]).toMatchObject({ prompt: null, response: null, content_expires_at: null });
  });
});

describe('retention none', () => {
  it('keeps no prompt or response text anywhere in Palisade: a canary is in no store file', async () => {
    const ws = await h.workspace({ plan: 'team' });
    await ask(ws.memberToken, 'kept before the switch');
    await h.palisade.recorder.flush();
    const patched = await h.api<{ retention: string }>('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.adminToken,
      body: { retention: 'none' },
    });
    expect(patched.body.retention).toBe('none');
    // Switching to none drops what was kept under the old retention at once.
    expect((await exported(ws))[0]).toMatchObject({ prompt: null, response: null, training_consent: false });

    const canary = 'The quarterly canary sings at 7 Larkspur Mews';
    expect(await ask(ws.memberToken, canary)).toContain(canary);
    expect(await ask(ws.memberToken, canary, true)).toContain(canary);
    await h.palisade.recorder.flush();
    const sessions = await exported(ws);
    expect(sessions).toHaveLength(3);
    expect(
      sessions.slice(1).every((s) => s.prompt === null && s.response === null && !s.training_consent),
    ).toBe(true);
    for (const file of readdirSync(h.dataDir)) {
      const bytes = readFileSync(join(h.dataDir, file));
      expect(bytes.includes(canary), file).toBe(false);
      expect(bytes.includes(Buffer.from(canary, 'utf16le')), file).toBe(false);
    }
    expect(h.logs.join('\n')).not.toContain(canary);
  });

  it('is the default for Enterprise workspaces, and refuses nonsense values', async () => {
    const ws = await h.workspace({ plan: 'enterprise' });
    const settings = await h.api<{ retention: unknown }>('GET', `/api/workspaces/${ws.id}/ai-settings`, {
      token: ws.adminToken,
    });
    expect(settings.body.retention).toBe('none');
    for (const retention of [0, -1, 1.5, 'forever', null]) {
      const res = await h.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
        token: ws.adminToken,
        body: { retention },
      });
      expect(res.status, String(retention)).toBe(400);
    }
  });
});

describe('erasing a whole workspace', () => {
  it('removes every row of it from its region store, keeps its audit entries, and forgets it everywhere', async () => {
    const ws = await h.workspace();
    await ask(ws.memberToken, 'something to erase');
    await h.palisade.recorder.flush();
    const path = `/api/workspaces/${ws.id}`;
    expect((await h.api('DELETE', path, { token: ws.adminToken })).status).toBe(400);
    expect((await h.api('DELETE', path, { token: ws.memberToken })).status).toBe(403);
    const erased = await h.api<{ erased: boolean; rows: number }>('DELETE', `${path}?confirm=${ws.id}`, {
      token: ws.adminToken,
    });
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toBe(true);
    expect(erased.body.rows).toBeGreaterThanOrEqual(5);
    expect((await h.api('GET', path)).status).toBe(404);
    const call = await fetch(`${h.url}/v1/models`, {
      headers: { authorization: `Bearer ${ws.memberToken}` },
    });
    expect(call.status).toBe(401);

    const db = new SQLite(join(h.dataDir, 'us.sqlite'), { readonly: true });
    const directory = new SQLite(join(h.dataDir, 'directory.sqlite'), { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
        name: string;
      }>;
      for (const { name } of tables) {
        const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string }>;
        const column = columns.some((c) => c.name === 'workspace_id')
          ? 'workspace_id'
          : name === 'workspaces'
            ? 'id'
            : null;
        if (!column) continue;
        const { n } = db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE ${column} = ?`).get(ws.id) as {
          n: number;
        };
        if (name === 'audit_log') expect(n, name).toBeGreaterThan(0);
        else expect(n, name).toBe(0);
      }
      const last = db
        .prepare('SELECT action, after FROM audit_log WHERE workspace_id = ? ORDER BY seq DESC LIMIT 1')
        .get(ws.id) as { action: string; after: string };
      expect(last.action).toBe('workspace.erased');
      const audit = JSON.stringify(db.prepare('SELECT * FROM audit_log WHERE workspace_id = ?').all(ws.id));
      expect(audit).not.toContain('something to erase');
      expect(
        directory.prepare('SELECT count(*) AS n FROM directory_workspaces WHERE workspace_id = ?').get(ws.id),
      ).toEqual({ n: 0 });
      expect(
        directory.prepare('SELECT count(*) AS n FROM directory_tokens WHERE workspace_id = ?').get(ws.id),
      ).toEqual({ n: 0 });
    } finally {
      db.close();
      directory.close();
    }
  });
});

describe('provider data controls', () => {
  let zdr: Harness;
  beforeAll(async () => {
    zdr = await startHarness({ file: { providers: { openai: { zero_data_retention: true } } } });
  });
  afterAll(() => zdr.close());

  it('serves a zero-retention workspace only through providers that have it, and refuses stored state', async () => {
    const ws = await zdr.workspace({ plan: 'enterprise' });
    const settings = `/api/workspaces/${ws.id}/ai-settings`;
    expect(
      (await zdr.api('PATCH', settings, { token: ws.adminToken, body: { require_zero_retention: true } }))
        .status,
    ).toBe(200);
    // Anthropic's profile says nothing about zero retention here: it cannot be chosen.
    const switched = await zdr.api<{ error: { param: string } }>('PATCH', settings, {
      token: ws.adminToken,
      body: { model_provider: 'anthropic' },
    });
    expect([switched.status, switched.body.error.param]).toEqual([400, 'model_provider']);

    const client = new OpenAI({ apiKey: ws.memberToken, baseURL: `${zdr.url}/v1`, maxRetries: 0 });
    const answer = await client.chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(answer.choices[0]?.message.content).toBe('Echo: hi');
    expect(zdr.fake.requests.at(-1)?.body).toMatchObject({ store: false });
    const stored = await client.chat.completions
      .create({ model: 'gpt-5.4-mini', store: true, messages: [{ role: 'user', content: 'keep me' }] })
      .catch((error: unknown) => error);
    expect(stored).toMatchObject({ status: 400, code: 'invalid_request', param: 'store' });
    expect(zdr.fake.requests).toHaveLength(1);
  });
});
