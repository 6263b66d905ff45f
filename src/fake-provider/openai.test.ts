import OpenAI from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from './index.js';

const key = 'sk-proj-test00000000000000000WXYZ';
const weatherTool = {
  type: 'function' as const,
  function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
};

let fake: FakeProvider;
let openai: OpenAI;

beforeAll(async () => {
  fake = await startFakeProvider();
  openai = new OpenAI({ apiKey: key, baseURL: fake.openaiBaseUrl, maxRetries: 0 });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const chunks: ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe('OpenAI chat completions', () => {
  it('echoes the last user text, with usage, ids and the request model', async () => {
    const { data, response } = await openai.chat.completions
      .create({
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'hello there world' },
        ],
      })
      .withResponse();
    expect(data.id).toMatch(/^chatcmpl-\w{29}$/);
    expect(data.object).toBe('chat.completion');
    expect(data.model).toBe('gpt-4o-mini');
    expect(data.system_fingerprint).toMatch(/^fp_/);
    expect(data.service_tier).toBe('default');
    expect(data.choices[0]?.message).toMatchObject({ role: 'assistant', content: 'Echo: hello there world' });
    expect(data.choices[0]?.finish_reason).toBe('stop');
    expect(data.usage).toMatchObject({ prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${key}`);
  });

  it('streams a role chunk, word chunks, a finish chunk and a usage chunk', async () => {
    fake.configure({ reply: 'one two three' });
    const stream = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'count' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = await collect(stream);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '', refusal: null });
    const words = chunks
      .flatMap((c) => c.choices.map((ch) => ch.delta.content ?? ''))
      .filter((t) => t !== '');
    expect(words).toEqual(['one', ' two', ' three']);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage).toMatchObject({ prompt_tokens: 1, completion_tokens: 3 });
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === 'gpt-4o')).toBe(true);
  });

  it('streams SSE on the wire, ending in data: [DONE]', async () => {
    const res = await fetch(`${fake.openaiBaseUrl}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const lines = (await res.text()).split('\n\n').filter((l) => l !== '');
    expect(lines.every((l) => l.startsWith('data: '))).toBe(true);
    expect(lines.at(-1)).toBe('data: [DONE]');
  });

  it('sends no usage chunk without include_usage', async () => {
    const stream = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    const chunks = await collect(stream);
    expect(chunks.every((c) => c.usage === undefined && c.choices.length === 1)).toBe(true);
  });

  it('cuts the answer at max_tokens words and reports length', async () => {
    fake.configure({ reply: 'a b c d e f' });
    const res = await openai.chat.completions.create({
      model: 'gpt-4o',
      max_completion_tokens: 2,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.choices[0]?.message.content).toBe('a b');
    expect(res.choices[0]?.finish_reason).toBe('length');
    expect(res.usage?.completion_tokens).toBe(2);
  });

  it('answers with a tool call when tools are offered', async () => {
    fake.configure({ toolCall: { arguments: { city: 'Paris' } } });
    const res = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'weather?' }],
      tools: [weatherTool],
    });
    const choice = res.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBeNull();
    expect(choice?.message.tool_calls?.[0]).toMatchObject({
      type: 'function',
      function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
    });
    expect(choice?.message.tool_calls?.[0]?.id).toMatch(/^call_/);
  });

  it('streams tool calls that the SDK helper reassembles', async () => {
    fake.configure({ toolCall: { name: 'lookup', arguments: { query: 'the answer to everything' } } });
    const stream = openai.chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'look it up' }],
      tools: [weatherTool, { type: 'function', function: { name: 'lookup', parameters: {} } }],
    });
    const final = await stream.finalChatCompletion();
    const call = final.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && call.function).toEqual({
      name: 'lookup',
      arguments: '{"query":"the answer to everything"}',
    });
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('answers in text after a tool result, and calls a tool that tool_choice forces', async () => {
    const forced = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'weather?' }],
      tools: [weatherTool],
      tool_choice: 'required',
    });
    expect(forced.choices[0]?.message.tool_calls?.[0]).toMatchObject({ function: { arguments: '{}' } });
    const after = await openai.chat.completions.create({
      model: 'gpt-4o',
      tools: [weatherTool],
      tool_choice: 'required',
      messages: [
        { role: 'user', content: 'weather?' },
        {
          role: 'assistant',
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'sunny' },
      ],
    });
    expect(after.choices[0]?.message.content).toBe('Echo: sunny');
    expect(after.choices[0]?.finish_reason).toBe('stop');
  });

  it('rejects a body without messages or model in OpenAI error format', async () => {
    const noMessages = openai.chat.completions.create({ model: 'gpt-4o' } as never);
    await expect(noMessages).rejects.toMatchObject({
      status: 400,
      code: 'missing_required_parameter',
      param: 'messages',
      type: 'invalid_request_error',
    });
    const noModel = openai.chat.completions.create({ messages: [{ role: 'user', content: 'x' }] } as never);
    await expect(noModel).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    await expect(noModel).rejects.toThrow('you must provide a model parameter');
  });

  it('answers an unknown path with a 404 in OpenAI format', async () => {
    const res = await fetch(`${fake.url}/v1/embeddings-nope`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        message: 'Invalid URL (POST /v1/embeddings-nope)',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    });
  });
});
