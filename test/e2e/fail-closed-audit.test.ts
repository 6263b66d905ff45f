import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';
import { createTempDatabase } from '../support/postgres.js';

// The audit log cannot be written (here: the database refuses every new AI session row, as it would
// on a full disk): AI calls are refused until recording works again, and nothing is lost meanwhile.
// PostgreSQL's error names the failing row, prompt included: none of it may reach a log line.
let h: Harness;
let openaiWs: TestWorkspace;
let anthropicWs: TestWorkspace;
let database: { url: string; drop(): Promise<void> };
let db: pg.Client;

beforeAll(async () => {
  database = await createTempDatabase();
  h = await startHarness({ databases: { us: database.url } });
  openaiWs = await h.workspace();
  anthropicWs = await h.workspace({ provider: 'anthropic' });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await h?.close().catch(() => undefined);
  await database?.drop();
});

const canary = 'prompt-canary-5d1f0b';
/** What each OpenAI-format call got, in order: the audit log must end up with the same list. */
const made: string[] = [];
const openai = () =>
  new OpenAI({ apiKey: openaiWs.memberToken, baseURL: `${h.url}/v1`, maxRetries: 0 }).chat.completions
    .create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: `hi ${canary}` }] })
    .then(
      () => 'ok',
      (error: { status?: number; code?: string }) => `${error.status} ${error.code}`,
    )
    .then((outcome) => {
      made.push(outcome.replace('503 ', ''));
      return outcome;
    });
const anthropic = () =>
  new Anthropic({ apiKey: anthropicWs.memberToken, baseURL: h.url, maxRetries: 0 }).messages
    .create({ model: 'x', max_tokens: 10, messages: [{ role: 'user', content: `hi ${canary}` }] })
    .then(
      () => 'ok',
      (error: InstanceType<typeof Anthropic.APIError>) =>
        `${error.status} ${(error.error as { error?: { code?: string } }).error?.code}`,
    );
const aiCalls = async (workspaceId: string) => {
  const audit = await h.api<{ data: Array<{ action: string; after: { outcome: string } }> }>(
    'GET',
    `/api/workspaces/${workspaceId}/audit?limit=100`,
  );
  // Oldest first (the API lists the newest first).
  return audit.body.data
    .filter((e) => e.action === 'ai.call')
    .map((e) => e.after.outcome)
    .reverse();
};

describe('fail closed when the audit log cannot be written', () => {
  it('refuses AI calls in both formats with audit_unavailable, contacts no provider, and resumes with nothing lost', async () => {
    expect(await openai()).toBe('ok');
    await db.query('ALTER TABLE ai_sessions ADD CONSTRAINT refuse_sessions CHECK (false) NOT VALID');
    // This call is made (its policy was applied); writing its record is what fails.
    expect(await openai()).toBe('ok');
    await expect.poll(openai, { timeout: 5_000, interval: 50 }).toBe('503 audit_unavailable');

    h.fake.reset();
    expect(await openai()).toBe('503 audit_unavailable');
    expect(await anthropic()).toBe('503 audit_unavailable');
    expect(h.fake.requests).toHaveLength(0);
    const logged = h.logs.filter((line) => line.includes('could not record AI calls'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).toContain('violates check constraint');
    expect(h.logs.filter((line) => line.includes(canary))).toEqual([]);

    await db.query('ALTER TABLE ai_sessions DROP CONSTRAINT refuse_sessions');
    await expect.poll(openai, { timeout: 5_000, interval: 100 }).toBe('ok');
    expect(await anthropic()).toBe('ok');

    // Every call is in the log, the refusals too, in order: held while the writes failed, then written.
    await expect.poll(async () => (await aiCalls(anthropicWs.id)).join(' ')).toBe('audit_unavailable ok');
    expect(made.filter((o) => o === 'audit_unavailable').length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => aiCalls(openaiWs.id)).toEqual(made);
  });
});
