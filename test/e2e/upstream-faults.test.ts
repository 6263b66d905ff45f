import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';

let h: Harness;
let gpt: TestWorkspace;
let claude: TestWorkspace;
const openai = (token: string) =>
  new OpenAI({ apiKey: token, baseURL: `${h.url}/v1`, maxRetries: 0, timeout: 10_000 });
const anthropic = (token: string) =>
  new Anthropic({ apiKey: token, baseURL: h.url, maxRetries: 0, timeout: 10_000 });
const ask = {
  model: 'gpt-5.4-mini',
  messages: [{ role: 'user' as const, content: 'one two three four five six' }],
};
const askClaude = {
  model: 'x',
  max_tokens: 100,
  messages: [{ role: 'user' as const, content: 'one two three four five six' }],
};

beforeAll(async () => {
  h = await startHarness({
    file: { upstream: { headers_timeout_ms: 400, stream_idle_timeout_ms: 300, retries: 2 } },
  });
  gpt = await h.workspace();
  claude = await h.workspace({ provider: 'anthropic' });
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

async function sseOf(token: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(h.url + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

describe('upstream faults become clean errors in the caller format', () => {
  it('retries a 5xx before the first byte, at most twice', async () => {
    h.fake.configure({ failStatus: 500, failTimes: 2 });
    const ok = await openai(gpt.memberToken).chat.completions.create(ask);
    expect(ok.choices[0]?.message.content).toContain('one two');
    expect(h.fake.requests).toHaveLength(3);

    h.fake.reset();
    h.fake.configure({ failStatus: 500 });
    const error = (await openai(gpt.memberToken)
      .chat.completions.create(ask)
      .catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(error.status).toBe(502);
    expect(error.code).toBe('upstream_error');
    expect(h.fake.requests).toHaveLength(3);
  });

  it('maps a provider 429 and 529 without retrying 429', async () => {
    h.fake.configure({ failStatus: 429, failTimes: 1 });
    const limited = (await openai(gpt.memberToken)
      .chat.completions.create(ask)
      .catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited.code).toBe('upstream_rate_limited');
    expect(h.fake.requests).toHaveLength(1);

    h.fake.reset();
    h.fake.configure({ failStatus: 529 });
    const overloaded = (await anthropic(claude.memberToken)
      .messages.create(askClaude)
      .catch((e: unknown) => e)) as InstanceType<typeof Anthropic.APIError>;
    expect(overloaded.status).toBe(529);
    expect(overloaded.error).toMatchObject({
      type: 'error',
      error: { type: 'overloaded_error', code: 'upstream_overloaded' },
    });
  });

  it('never forwards the provider body of an authentication failure', async () => {
    h.fake.configure({ failStatus: 401 });
    const res = await sseOf(gpt.memberToken, '/v1/chat/completions', ask);
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text).error.code).toBe('upstream_error');
    expect(res.text).not.toContain('sk-');
  });

  it('turns invalid JSON from the provider into upstream_error', async () => {
    h.fake.configure({ invalidJson: true });
    const error = (await openai(gpt.memberToken)
      .chat.completions.create(ask)
      .catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(error.status).toBe(502);
    expect(error.code).toBe('upstream_error');
    const streamed = await sseOf(gpt.memberToken, '/v1/chat/completions', { ...ask, stream: true });
    expect(streamed.text).toContain('"code":"upstream_error"');
  });

  it('answers upstream_timeout when the provider does not answer in time', async () => {
    h.fake.configure({ hang: true });
    const error = (await anthropic(claude.memberToken)
      .messages.create(askClaude)
      .catch((e: unknown) => e)) as InstanceType<typeof Anthropic.APIError>;
    expect(error.status).toBe(504);
    expect(error.error).toMatchObject({ error: { code: 'upstream_timeout' } });
  });

  it('ends a truncated stream with a terminal error event (same format)', async () => {
    h.fake.configure({ truncateAfterEvents: 3 });
    const res = await sseOf(gpt.memberToken, '/v1/chat/completions', { ...ask, stream: true });
    expect(res.status).toBe(200);
    const events = res.text.trim().split('\n\n');
    expect(events.length).toBe(4);
    expect(events.at(-1)).toContain('"code":"upstream_error"');
    expect(res.text).not.toContain('[DONE]');
    const sdkError = await (async () => {
      const stream = await openai(gpt.memberToken).chat.completions.create({ ...ask, stream: true });
      for await (const _ of stream) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect(sdkError).toBeInstanceOf(Error);
  });

  it('ends a truncated translated stream with an Anthropic error event', async () => {
    h.fake.configure({ truncateAfterEvents: 3 });
    const res = await sseOf(
      gpt.memberToken,
      '/v1/messages',
      { ...askClaude, stream: true },
      { 'anthropic-version': '2023-06-01' },
    );
    expect(res.status).toBe(200);
    expect(res.text.startsWith('event: message_start')).toBe(true);
    expect(res.text.trim().split('\n\n').at(-1)).toMatch(/^event: error\ndata: .*"type":"error"/);
    expect(res.text).not.toContain('message_stop');
  });

  it('ends a stream that falls silent with upstream_timeout', async () => {
    h.fake.configure({ chunkDelayMs: 1_000 });
    const res = await sseOf(claude.memberToken, '/v1/messages', { ...askClaude, stream: true });
    expect(res.text.trim().split('\n\n').at(-1)).toContain('upstream_timeout');
  });

  it('aborts the upstream request when the client disconnects mid-stream', async () => {
    h.fake.configure({ chunkDelayMs: 150 });
    const controller = new AbortController();
    const res = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gpt.memberToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...ask, stream: true }),
      signal: controller.signal,
    });
    const reader = res.body?.getReader();
    const first = await reader?.read();
    // The first event arrives before the rest of the answer exists: no buffering.
    expect(new TextDecoder().decode(first?.value)).toContain('chat.completion.chunk');
    controller.abort();
    await expect.poll(() => h.fake.requests.at(-1)?.closedEarly, { timeout: 2_000 }).toBe(true);
    const lastOutcome = async () => {
      await h.palisade.recorder.flush();
      const audit = await h.api<{ data: Array<{ after: { outcome: string } }> }>(
        'GET',
        `/api/workspaces/${gpt.id}/audit?limit=1`,
        {
          token: gpt.adminToken,
        },
      );
      return audit.body.data[0]?.after.outcome;
    };
    await expect.poll(lastOutcome, { timeout: 2_000 }).toBe('client_closed');
  });

  it('audits each AI call with its outcome and usage, never its text', async () => {
    await openai(gpt.memberToken).chat.completions.create(ask);
    h.fake.configure({ truncateAfterEvents: 2 });
    await sseOf(gpt.memberToken, '/v1/chat/completions', { ...ask, stream: true });
    await h.palisade.recorder.flush();
    const audit = await h.api<{ data: Array<{ action: string; after: Record<string, unknown> }> }>(
      'GET',
      `/api/workspaces/${gpt.id}/audit?limit=5`,
      { token: gpt.adminToken },
    );
    const calls = audit.body.data.filter((e) => e.action === 'ai.call');
    expect(calls[0]?.after).toMatchObject({ outcome: 'incomplete', stream: true, provider: 'openai' });
    expect(calls.some((c) => c.after.outcome === 'ok' && (c.after.output_tokens as number) > 0)).toBe(true);
    expect(audit.text).not.toContain('one two three');
  });
});
