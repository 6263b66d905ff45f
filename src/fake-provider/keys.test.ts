import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from './index.js';

const revokedAnthropicKey = 'sk-ant-api03-revoked000000000000';
let fake: FakeProvider;

beforeAll(async () => {
  fake = await startFakeProvider({ rejectKeys: [revokedAnthropicKey] });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const openai = (apiKey: string) => new OpenAI({ apiKey, baseURL: fake.openaiBaseUrl, maxRetries: 0 });
const anthropic = (apiKey: string) =>
  new Anthropic({ apiKey, baseURL: fake.anthropicBaseUrl, maxRetries: 0 });
const chat = (apiKey: string) =>
  openai(apiKey).chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
const message = (client: Anthropic) =>
  client.messages.create({ model: 'claude', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });

describe('OpenAI keys', () => {
  it.each(['sk-000000000000000000000', 'sk-proj-0000000000000000000000'])('accepts %s', async (key) => {
    await expect(chat(key)).resolves.toMatchObject({ object: 'chat.completion' });
  });

  it.each([
    ['too short', 'sk-short'],
    ['wrong prefix', 'pk-0000000000000000000000WXYZ'],
    ['an Anthropic key', 'sk-ant-api03-0000000000000WXYZ'],
  ])('rejects %s with the real 401 body, which echoes the key', async (_, key) => {
    const error = await chat(key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    const masked = key.length <= 8 ? key : `${key.slice(0, 3)}...${key.slice(-4)}`;
    expect((error as InstanceType<typeof OpenAI.AuthenticationError>).error).toEqual({
      message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    });
  });

  it('rejects a well-formed key listed in rejectKeys', async () => {
    const key = 'sk-proj-revoked00000000000000WXYZ';
    await expect(chat(key)).resolves.toBeDefined();
    fake.configure({ rejectKeys: [key] });
    await expect(chat(key)).rejects.toThrow('Incorrect API key provided: sk-...WXYZ.');
  });

  it('answers a missing key with 401', async () => {
    const res = await fetch(`${fake.openaiBaseUrl}/chat/completions`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { message: string; code: unknown } };
    expect(body.error.message).toMatch(/^You didn't provide an API key/);
    expect(body.error.code).toBeNull();
  });
});

describe('Anthropic keys', () => {
  const valid = 'sk-ant-api03-valid000000000000000';

  it('accepts a key as a bearer token (the SDK) and as x-api-key', async () => {
    await expect(message(anthropic(valid))).resolves.toMatchObject({ type: 'message' });
    const viaHeader = new Anthropic({
      apiKey: null,
      defaultHeaders: { 'x-api-key': valid },
      baseURL: fake.anthropicBaseUrl,
      maxRetries: 0,
    });
    await expect(message(viaHeader)).resolves.toMatchObject({ type: 'message' });
    expect(fake.requests[1]?.headers['x-api-key']).toBe(valid);
  });

  it.each([
    ['too short', 'sk-ant-x'],
    ['an OpenAI key', 'sk-proj-0000000000000000000000'],
    ['a key in rejectKeys', revokedAnthropicKey],
  ])('rejects %s with the real 401 body and a request-id', async (_, key) => {
    const error = await message(anthropic(key)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    const apiError = error as InstanceType<typeof Anthropic.AuthenticationError>;
    expect(apiError.error).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error', message: 'invalid x-api-key' },
    });
    expect(apiError.requestID).toMatch(/^req_/);
  });

  it('answers a missing key with 401', async () => {
    const res = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'anthropic-version': '2023-06-01' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { type: 'authentication_error' } });
  });
});
