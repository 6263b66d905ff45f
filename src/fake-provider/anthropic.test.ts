import Anthropic from '@anthropic-ai/sdk';
import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from './index.js';

const key = 'sk-ant-api03-test0000000000000000';
const weatherTool = {
  name: 'get_weather',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' } } },
};

let fake: FakeProvider;
let anthropic: Anthropic;

beforeAll(async () => {
  fake = await startFakeProvider();
  anthropic = new Anthropic({ apiKey: key, baseURL: fake.anthropicBaseUrl, maxRetries: 0 });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

describe('Anthropic messages', () => {
  it('echoes the last user text, with usage, ids and the request model', async () => {
    const { data, response } = await anthropic.messages
      .create({
        model: 'claude-sonnet-4-5',
        max_tokens: 100,
        system: 'Be brief.',
        messages: [{ role: 'user', content: [{ type: 'text', text: 'hello there world' }] }],
      })
      .withResponse();
    expect(data.id).toMatch(/^msg_01\w{22}$/);
    expect(data).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-sonnet-4-5' });
    expect(data.content).toEqual([{ type: 'text', text: 'Echo: hello there world' }]);
    expect(data.stop_reason).toBe('end_turn');
    expect(data.usage).toMatchObject({ input_tokens: 5, output_tokens: 4 });
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    // @anthropic-ai/sdk 1.x sends an apiKey as a bearer token, not as x-api-key.
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${key}`);
    expect(fake.requests[0]?.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('streams the events of the real API in order', async () => {
    fake.configure({ reply: 'one two three' });
    const stream = await anthropic.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'count' }],
      stream: true,
    });
    const events: RawMessageStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    expect(events.map((e) => e.type)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const text = events.map((e) =>
      e.type === 'content_block_delta' && e.delta.type === 'text_delta' ? e.delta.text : '',
    );
    expect(text.join('')).toBe('one two three');
    const delta = events.find((e) => e.type === 'message_delta');
    expect(delta?.type === 'message_delta' && delta.usage.output_tokens).toBe(3);
    expect(delta?.type === 'message_delta' && delta.delta.stop_reason).toBe('end_turn');
  });

  it('sends a ping after message_start on the wire, with SSE headers', async () => {
    const res = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'm',
        max_tokens: 5,
        stream: true,
        messages: [{ role: 'user', content: 'x' }],
      }),
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const names = [...(await res.text()).matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(names.slice(0, 3)).toEqual(['message_start', 'ping', 'content_block_start']);
    expect(names.at(-1)).toBe('message_stop');
  });

  it('stops at max_tokens words with stop_reason max_tokens', async () => {
    fake.configure({ reply: 'a b c d e f' });
    const final = await anthropic.messages
      .stream({ model: 'claude', max_tokens: 3, messages: [{ role: 'user', content: 'hi' }] })
      .finalMessage();
    expect(final.content).toEqual([{ type: 'text', text: 'a b c' }]);
    expect(final.stop_reason).toBe('max_tokens');
    expect(final.usage.output_tokens).toBe(3);
  });

  it('answers with tool_use, streamed as input_json_delta that the SDK reassembles', async () => {
    fake.configure({ toolCall: { arguments: { city: 'Paris', days: 3 } } });
    const params = {
      model: 'claude',
      max_tokens: 100,
      tools: [weatherTool],
      messages: [{ role: 'user' as const, content: 'weather?' }],
    };
    const plain = await anthropic.messages.create(params);
    expect(plain.stop_reason).toBe('tool_use');
    expect(plain.content[0]).toMatchObject({
      type: 'tool_use',
      name: 'get_weather',
      input: { city: 'Paris', days: 3 },
    });
    const streamed = await anthropic.messages.stream(params).finalMessage();
    const block = streamed.content[0];
    expect(block?.type === 'tool_use' && block.id).toMatch(/^toolu_/);
    expect(block?.type === 'tool_use' && block.input).toEqual({ city: 'Paris', days: 3 });
    expect(streamed.stop_reason).toBe('tool_use');
  });

  it('answers in text after a tool result, and calls the tool tool_choice names', async () => {
    const forced = await anthropic.messages.create({
      model: 'claude',
      max_tokens: 100,
      tools: [{ name: 'first', input_schema: { type: 'object' } }, weatherTool],
      tool_choice: { type: 'tool', name: 'get_weather' },
      messages: [{ role: 'user', content: 'weather?' }],
    });
    expect(forced.content[0]).toMatchObject({ type: 'tool_use', name: 'get_weather', input: {} });
    const after = await anthropic.messages.create({
      model: 'claude',
      max_tokens: 100,
      tools: [weatherTool],
      tool_choice: { type: 'any' },
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'sunny' }] },
      ],
    });
    expect(after.content).toEqual([{ type: 'text', text: 'Echo: sunny' }]);
    expect(after.stop_reason).toBe('end_turn');
  });

  it('requires max_tokens, like the real API', async () => {
    const call = anthropic.messages.create({
      model: 'claude',
      messages: [{ role: 'user', content: 'x' }],
    } as never);
    await expect(call).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    await expect(call).rejects.toMatchObject({
      error: {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
      },
    });
  });

  it('requires the anthropic-version header', async () => {
    const res = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' },
    });
  });

  it('answers an unknown path with a 404 in Anthropic format', async () => {
    const res = await fetch(`${fake.url}/v1/nope`, {
      headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
  });
});
