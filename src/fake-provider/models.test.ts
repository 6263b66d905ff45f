import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from './index.js';

const openaiKey = 'sk-proj-models0000000000000000';
const anthropicKey = 'sk-ant-api03-models000000000000';
let fake: FakeProvider;

beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());

const openai = (apiKey: string) => new OpenAI({ apiKey, baseURL: fake.openaiBaseUrl, maxRetries: 0 });
const anthropic = (apiKey: string) =>
  new Anthropic({ apiKey, baseURL: fake.anthropicBaseUrl, maxRetries: 0 });

describe('GET /v1/models', () => {
  it('lists OpenAI models for the OpenAI SDK', async () => {
    const page = await openai(openaiKey).models.list();
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data[0]).toEqual({
      id: 'gpt-4o',
      object: 'model',
      created: expect.any(Number),
      owned_by: 'system',
    });
    await expect(openai(openaiKey).models.retrieve('gpt-4o-mini')).resolves.toMatchObject({
      id: 'gpt-4o-mini',
    });
    await expect(openai(openaiKey).models.retrieve('nope')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('lists Anthropic models for the Anthropic SDK, paged', async () => {
    const models = [];
    for await (const model of anthropic(anthropicKey).models.list({ limit: 2 })) models.push(model);
    expect(models.length).toBe(4);
    expect(models[0]).toEqual({
      type: 'model',
      id: 'claude-sonnet-4-5-20250929',
      display_name: 'Claude Sonnet 4.5',
      created_at: '2025-09-29T00:00:00Z',
    });
    const page = await anthropic(anthropicKey).models.list({ limit: 2 });
    expect(page.has_more).toBe(true);
    expect(page.first_id).toBe(page.data[0]?.id);
    expect(page.last_id).toBe(page.data[1]?.id);
    const model = await anthropic(anthropicKey).models.retrieve('claude-haiku-4-5-20251001');
    expect(model.display_name).toBe('Claude Haiku 4.5');
  });

  it('requires a valid key from each SDK', async () => {
    await expect(openai('sk-bad').models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(anthropic('sk-ant-bad').models.list()).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    await expect(openai(anthropicKey).models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });
});
