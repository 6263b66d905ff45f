import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/create-db.js';
import type { SessionTable } from '../store/database.js';
import { insertSessionsSqlite, listSessions, purgeExpiredContent, toSessionView } from './sessions.js';

let store: Store;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(() => store.close());

const session = (i: number, patch: Partial<SessionTable> = {}): SessionTable => ({
  id: `ses_${String(i).padStart(4, '0')}`,
  workspace_id: 'ws_1',
  member_id: i % 2 ? 'mem_odd' : 'mem_even',
  token_id: 'tok_1',
  endpoint: 'chat.completions',
  provider: 'openai',
  model: 'gpt-5.4-mini',
  region: 'us',
  stream: 0,
  status: 'ok',
  http_status: 200,
  input_tokens: 10,
  output_tokens: null,
  latency_ms: 5,
  findings: '{"EMAIL":1}',
  policy_version: 2,
  training_consent: 1,
  prompt: '{"messages":[]}',
  response: '{"text":"hi","tool_calls":[]}',
  content_expires_at: `2026-01-${String(10 + (i % 5)).padStart(2, '0')}T00:00:00.000Z`,
  created_at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
  ...patch,
});

const insert = (rows: SessionTable[]) =>
  store.writeSqlite?.((sqlite) => insertSessionsSqlite(sqlite, rows)) ?? Promise.reject(new Error('sqlite'));

describe('sessions', () => {
  it('reads back what was written, unknown usage kept apart from zero', async () => {
    await insert([session(1)]);
    const [row] = await listSessions(store.db, 'ws_1', { limit: 10 });
    expect(toSessionView(row as SessionTable)).toMatchObject({
      stream: false,
      input_tokens: 10,
      output_tokens: null,
      findings: { EMAIL: 1 },
      training_consent: true,
      prompt: { messages: [] },
      response: { text: 'hi', tool_calls: [] },
    });
  });

  it('pages oldest first, by member when asked', async () => {
    await insert(Array.from({ length: 25 }, (_, i) => session(i)));
    const ids: string[] = [];
    let after: { createdAt: string; id: string } | undefined;
    for (;;) {
      const page = await listSessions(store.db, 'ws_1', { limit: 7, after });
      ids.push(...page.map((r) => r.id));
      const last = page.at(-1);
      if (!last) break;
      after = { createdAt: last.created_at, id: last.id };
    }
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(await listSessions(store.db, 'ws_1', { memberId: 'mem_odd', limit: 100 })).toHaveLength(12);
  });

  it('purges content whose retention ran out, and only that, keeping the metadata', async () => {
    await insert([
      session(0),
      session(1),
      session(2, { prompt: null, response: null, content_expires_at: null }),
    ]);
    // Expiries: 0 → Jan 10, 1 → Jan 11.
    expect(await purgeExpiredContent(store, new Date('2026-01-10T00:00:00.000Z'))).toBe(1);
    const rows = await listSessions(store.db, 'ws_1', { limit: 10 });
    expect(rows.map((r) => [r.id, r.prompt === null, r.status])).toEqual([
      ['ses_0000', true, 'ok'],
      ['ses_0001', false, 'ok'],
      ['ses_0002', true, 'ok'],
    ]);
    expect(await purgeExpiredContent(store, new Date('2027-01-01T00:00:00.000Z'))).toBe(1);
  });
});
