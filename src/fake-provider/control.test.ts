import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, type RecordedRequest, startFakeProvider } from './index.js';

let fake: FakeProvider;
let openai: OpenAI;

beforeAll(async () => {
  fake = await startFakeProvider({ reply: 'from options' });
  openai = new OpenAI({
    apiKey: 'sk-proj-control000000000000000',
    baseURL: fake.openaiBaseUrl,
    maxRetries: 0,
  });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const ask = async () =>
  (await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }))
    .choices[0]?.message.content;

const post = (path: string, body?: unknown) =>
  fetch(`${fake.url}${path}`, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('control API', () => {
  it('starts with the knobs given as options, and reset() restores them', async () => {
    expect(await ask()).toBe('from options');
    fake.configure({ reply: 'configured' });
    expect(await ask()).toBe('configured');
    fake.reset();
    expect(await ask()).toBe('from options');
    expect(fake.requests).toHaveLength(1);
  });

  it('records every provider request with lower-case headers and the parsed body', async () => {
    const rawBody = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
    const before = Date.now();
    await fetch(`${fake.openaiBaseUrl}/chat/completions?trace=1`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-proj-control000000000000000', 'X-Custom': 'yes' },
      body: rawBody,
    });
    const [recorded] = fake.requests;
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      query: { trace: '1' },
      body: JSON.parse(rawBody),
      rawBody,
    });
    expect(recorded?.headers['x-custom']).toBe('yes');
    expect(recorded?.time).toBeGreaterThanOrEqual(before);
  });

  it('sets knobs over HTTP, where null clears one', async () => {
    const res = await post('/_fake/knobs', { reply: 'over http', latencyMs: 0 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reply: 'over http' });
    expect(await ask()).toBe('over http');
    await post('/_fake/knobs', { reply: null });
    expect(await ask()).toBe('Echo: hi');
  });

  it('refuses an unknown or ill-typed knob with 400', async () => {
    expect((await post('/_fake/knobs', { latencyMs: -1 })).status).toBe(400);
    expect((await post('/_fake/knobs', { nope: true })).status).toBe(400);
    expect((await post('/_fake/knobs', { failStatus: 200 })).status).toBe(400);
    expect(await ask()).toBe('from options');
  });

  it('lists recorded requests and resets over HTTP, without recording its own calls', async () => {
    await ask();
    const listed = (await (await fetch(`${fake.url}/_fake/requests`)).json()) as RecordedRequest[];
    expect(listed.map((r) => r.path)).toEqual(['/v1/chat/completions']);
    await post('/_fake/knobs', { failStatus: 500 });
    expect((await post('/_fake/reset')).status).toBe(200);
    expect(fake.requests).toHaveLength(0);
    expect(await ask()).toBe('from options');
  });
});
