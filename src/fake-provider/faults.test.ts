import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from './index.js';

let fake: FakeProvider;
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(async () => {
  fake = await startFakeProvider();
  const common = { maxRetries: 0, logLevel: 'off' as const, timeout: 5_000 };
  openai = new OpenAI({ ...common, apiKey: 'sk-proj-faults00000000000000000', baseURL: fake.openaiBaseUrl });
  anthropic = new Anthropic({
    ...common,
    apiKey: 'sk-ant-api03-faults0000000000000',
    baseURL: fake.anthropicBaseUrl,
  });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const chatParams = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hello' }] };
const messageParams = {
  model: 'claude',
  max_tokens: 50,
  messages: [{ role: 'user' as const, content: 'hello' }],
};
const chat = () => openai.chat.completions.create(chatParams);
const chatStream = () => openai.chat.completions.create({ ...chatParams, stream: true });
const message = () => anthropic.messages.create(messageParams);
const messageStream = () => anthropic.messages.create({ ...messageParams, stream: true });

async function drain(stream: AsyncIterable<unknown>, seen: unknown[] = []): Promise<unknown[]> {
  for await (const item of stream) seen.push(item);
  return seen;
}

describe('timing knobs', () => {
  it('latencyMs delays the response headers', async () => {
    fake.configure({ latencyMs: 150 });
    const started = performance.now();
    await chat();
    await message();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('chunkDelayMs spaces the SSE events', async () => {
    fake.configure({ chunkDelayMs: 40, reply: 'a b c' });
    const arrivals: number[] = [];
    for await (const _ of await chatStream()) arrivals.push(performance.now());
    expect(arrivals.length).toBe(5);
    expect((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(4 * 40 - 10);
  });
});

describe('failStatus', () => {
  it.each([
    [500, OpenAI.InternalServerError, 'server_error'],
    [503, OpenAI.InternalServerError, 'server_error'],
    [429, OpenAI.RateLimitError, 'requests'],
    [401, OpenAI.AuthenticationError, 'invalid_request_error'],
    [404, OpenAI.NotFoundError, 'invalid_request_error'],
  ])('OpenAI %i raises %o with an OpenAI error body', async (status, errorClass, type) => {
    fake.configure({ failStatus: status });
    const error = await chat().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, type });
  });

  it.each([
    [529, Anthropic.OverloadedError, 'overloaded_error'],
    [500, Anthropic.InternalServerError, 'api_error'],
    [429, Anthropic.RateLimitError, 'rate_limit_error'],
    [401, Anthropic.AuthenticationError, 'authentication_error'],
  ])('Anthropic %i raises %o with an Anthropic error body', async (status, errorClass, type) => {
    fake.configure({ failStatus: status });
    const error = await message().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, type, error: { type: 'error', error: { type } } });
  });

  it('failTimes fails only the next N calls', async () => {
    fake.configure({ failStatus: 500, failTimes: 2 });
    await expect(chat()).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    await expect(message()).rejects.toBeInstanceOf(Anthropic.InternalServerError);
    await expect(chat()).resolves.toMatchObject({ object: 'chat.completion' });
    const knobs = await (await fetch(`${fake.url}/_fake/knobs`)).json();
    expect(knobs).toMatchObject({ failTimes: 0 });
    expect(knobs).not.toHaveProperty('failStatus');
  });
});

describe('stream faults', () => {
  it('truncateAfterEvents cuts the OpenAI stream before [DONE]', async () => {
    fake.configure({ truncateAfterEvents: 2 });
    const seen: unknown[] = [];
    await expect(drain(await chatStream(), seen)).rejects.toThrow();
    expect(seen.length).toBe(2);
  });

  it('truncateAfterEvents cuts the Anthropic stream before message_stop', async () => {
    fake.configure({ truncateAfterEvents: 4 });
    const seen: unknown[] = [];
    await expect(drain(await messageStream(), seen)).rejects.toThrow();
    // message_start, (ping, skipped by the SDK), content_block_start, one delta.
    expect(seen.length).toBe(3);
  });

  it('invalidJson breaks JSON bodies and SSE data lines', async () => {
    fake.configure({ invalidJson: true });
    await expect(chat()).rejects.toThrow(SyntaxError);
    await expect(message()).rejects.toThrow(SyntaxError);
    await expect(drain(await chatStream())).rejects.toThrow(SyntaxError);
    await expect(drain(await messageStream())).rejects.toThrow(SyntaxError);
  });

  it('hang never answers, so the client times out', async () => {
    fake.configure({ hang: true });
    const openaiCall = openai.chat.completions.create(
      { model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] },
      { timeout: 150 },
    );
    await expect(openaiCall).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    const anthropicCall = anthropic.messages.create(
      { model: 'claude', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] },
      { timeout: 150 },
    );
    await expect(anthropicCall).rejects.toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/chat/completions', '/v1/messages']);
  });
});
