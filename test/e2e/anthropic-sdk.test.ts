import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  platformAnthropicKey,
  platformOpenAiKey,
  startHarness,
  type TestWorkspace,
} from '../support/harness.js';

let h: Harness;
let claudeWs: TestWorkspace;
let gptWs: TestWorkspace;
const client = (token: string) => new Anthropic({ apiKey: token, baseURL: h.url, maxRetries: 0 });

beforeAll(async () => {
  h = await startHarness();
  claudeWs = await h.workspace({ provider: 'anthropic' });
  gptWs = await h.workspace();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

describe('Anthropic SDK → Palisade → Anthropic', () => {
  it('answers a message, authenticated by x-api-key, with the platform key upstream', async () => {
    const message = await client(claudeWs.memberToken).messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'hello claude' }],
      service_tier: 'standard_only',
    });
    expect(message.content[0]?.type === 'text' && message.content[0].text).toContain('hello claude');
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    const sent = h.fake.requests.at(-1);
    expect(sent?.headers['x-api-key']).toBe(platformAnthropicKey);
    expect(sent?.headers['anthropic-version']).toBeDefined();
    // service_tier is not modelled by Palisade; a same-format call keeps it.
    expect(sent?.body).toMatchObject({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      system: 'Be brief.',
      service_tier: 'standard_only',
    });
  });

  it('streams events as they arrive', async () => {
    const stream = client(claudeWs.memberToken).messages.stream({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'alpha beta gamma delta' }],
    });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const final = await stream.finalMessage();
    expect(final.content[0]?.type === 'text' && final.content[0].text).toContain('alpha beta gamma delta');
    expect(types[0]).toBe('message_start');
    expect(types).toContain('content_block_delta');
    expect(types.at(-1)).toBe('message_stop');
  });

  it('refuses with ai_disabled in the Anthropic error format and contacts no provider', async () => {
    const off = await h.workspace({ provider: 'anthropic' });
    await h.api('PATCH', `/api/workspaces/${off.id}/ai-settings`, {
      token: off.adminToken,
      body: { ai_enabled: false },
    });
    const error = (await client(off.memberToken)
      .messages.create({ model: 'x', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e)) as InstanceType<typeof Anthropic.APIError>;
    expect(error).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect(error.error).toMatchObject({
      type: 'error',
      error: { type: 'permission_error', code: 'ai_disabled' },
    });
    expect(h.fake.requests).toHaveLength(0);
  });

  it('lists the workspace models in the Anthropic format', async () => {
    const page = await client(claudeWs.memberToken).models.list();
    expect(page.data.map((m) => m.id)).toEqual(['claude-sonnet-5-5']);
    expect(page.data[0]?.type).toBe('model');
  });

  it('rejects a request without max_tokens as invalid_request_error', async () => {
    const error = (await client(claudeWs.memberToken)
      .messages.create({ model: 'x', messages: [{ role: 'user', content: 'hi' }] } as never)
      .catch((e: unknown) => e)) as InstanceType<typeof Anthropic.APIError>;
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect(error.error).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_request' } });
  });
});

describe('Anthropic SDK → Palisade → OpenAI (translated)', () => {
  it('translates system, turns, stop reasons and usage', async () => {
    const message = await client(gptWs.memberToken).messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 64,
      system: [{ type: 'text', text: 'You are terse.' }],
      messages: [
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: [{ type: 'text', text: 'second turn' }] },
      ],
      stop_sequences: ['STOP'],
    });
    const sent = h.fake.requests.at(-1);
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${platformOpenAiKey}`);
    expect(sent?.body).toMatchObject({ model: 'gpt-5.4-mini', store: false, stop: ['STOP'] });
    const messages = (sent?.body as { messages: Array<{ role: string }> } | undefined)?.messages ?? [];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(message.type).toBe('message');
    expect(message.content[0]?.type === 'text' && message.content[0].text).toContain('second turn');
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage.input_tokens).toBeGreaterThan(0);
  });

  it('translates tool use and results, streaming included', async () => {
    h.fake.configure({ toolCall: { name: 'run_sql', arguments: { sql: 'select 1' } } });
    const tools: Anthropic.Tool[] = [
      {
        name: 'run_sql',
        description: 'Run SQL',
        input_schema: { type: 'object', properties: { sql: { type: 'string' } } },
      },
    ];
    const stream = client(gptWs.memberToken).messages.stream({
      model: 'x',
      max_tokens: 100,
      tools,
      messages: [{ role: 'user', content: 'run it' }],
    });
    const final = await stream.finalMessage();
    const use = final.content.find((b) => b.type === 'tool_use');
    expect(final.stop_reason).toBe('tool_use');
    expect(use?.type === 'tool_use' && use.input).toEqual({ sql: 'select 1' });
    expect(h.fake.requests.at(-1)?.body).toMatchObject({
      tools: [{ type: 'function', function: { name: 'run_sql' } }],
    });

    h.fake.configure({ toolCall: undefined });
    const answer = await client(gptWs.memberToken).messages.create({
      model: 'x',
      max_tokens: 100,
      tools,
      messages: [
        { role: 'user', content: 'run it' },
        { role: 'assistant', content: final.content },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: use?.type === 'tool_use' ? use.id : '', content: '1 row' },
          ],
        },
      ],
    });
    const sent =
      (h.fake.requests.at(-1)?.body as { messages: Array<Record<string, unknown>> } | undefined)?.messages ??
      [];
    expect(sent[1]).toMatchObject({
      role: 'assistant',
      tool_calls: [{ type: 'function', function: { name: 'run_sql' } }],
    });
    expect(sent[2]).toMatchObject({ role: 'tool', content: expect.stringContaining('1 row') });
    expect(answer.stop_reason).toBe('end_turn');
  });
});
