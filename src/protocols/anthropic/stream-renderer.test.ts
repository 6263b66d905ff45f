import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import type { ChatRequest, StreamPart } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { createAnthropicStreamRenderer } from './stream-renderer.js';

const request: ChatRequest = {
  format: 'anthropic',
  model: 'gpt-4o',
  messages: [],
  stream: true,
  maxTokens: 100,
};

/** What an OpenAI stream looks like in canonical form: usage only after the finish. */
const fromOpenAI: StreamPart[] = [
  { type: 'start', id: 'chatcmpl-1', model: 'gpt-4o-2024-08-06', created: 1 },
  { type: 'text', text: 'Let me ' },
  { type: 'text', text: 'check.' },
  { type: 'tool_call_start', index: 0, id: 'call_a', name: 'get_weather' },
  { type: 'tool_call_delta', index: 0, argumentsDelta: '{"city":' },
  { type: 'tool_call_delta', index: 0, argumentsDelta: '"Oslo"}' },
  { type: 'tool_call_start', index: 1, id: 'call_b', name: 'get_time' },
  { type: 'tool_call_delta', index: 1, argumentsDelta: '{}' },
  { type: 'finish', reason: 'tool_calls', rawReason: 'tool_calls' },
  { type: 'usage', usage: { inputTokens: 30, outputTokens: 12, cacheReadTokens: 10 } },
];

function render(parts: StreamPart[]): string {
  const renderer = createAnthropicStreamRenderer(request);
  return parts.map((part) => renderer.write(part)).join('') + renderer.end();
}

function events(sse: string): Array<{ event: string; data: Record<string, unknown> }> {
  return sse
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      const match = /^event: (\w+)\ndata: (.*)$/s.exec(block);
      if (!match?.[1] || !match[2]) throw new Error('not an SSE event');
      const data = JSON.parse(match[2]) as Record<string, unknown>;
      expect(data.type).toBe(match[1]);
      return { event: match[1], data };
    });
}

function sdkFor(sse: string): Anthropic {
  return new Anthropic({
    apiKey: 'pal_test',
    baseURL: 'http://palisade.test',
    maxRetries: 0,
    fetch: async () => new Response(sse, { headers: { 'content-type': 'text/event-stream' } }),
  });
}

describe('Anthropic stream renderer', () => {
  it('renders blocks with indexes and defers message_delta to the end', () => {
    expect(events(render(fromOpenAI)).map(({ data }) => data)).toEqual([
      {
        type: 'message_start',
        message: {
          id: 'chatcmpl-1',
          type: 'message',
          role: 'assistant',
          model: 'gpt-4o-2024-08-06',
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 0, output_tokens: 0 },
        },
      },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Let me ' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'check.' } },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'call_a', name: 'get_weather', input: {} },
      },
      {
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '{"city":' },
      },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '"Oslo"}' } },
      { type: 'content_block_stop', index: 1 },
      {
        type: 'content_block_start',
        index: 2,
        content_block: { type: 'tool_use', id: 'call_b', name: 'get_time', input: {} },
      },
      { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{}' } },
      { type: 'content_block_stop', index: 2 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null },
        usage: { input_tokens: 20, output_tokens: 12, cache_read_input_tokens: 10 },
      },
      { type: 'message_stop' },
    ]);
  });

  it('takes input tokens from an Anthropic start', () => {
    const [start] = events(
      render([
        {
          type: 'start',
          id: 'msg_1',
          model: 'c',
          usage: { inputTokens: 40, outputTokens: undefined, cacheReadTokens: 30 },
        },
      ]),
    );
    expect(start?.data.message).toMatchObject({
      usage: { input_tokens: 10, output_tokens: 0, cache_read_input_tokens: 30 },
    });
  });

  it('still sends a whole message when the stream carried no start', () => {
    expect(events(render([{ type: 'text', text: 'x' }])).map(({ event }) => event)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
  });

  it('is accumulated by the official Anthropic SDK', async () => {
    const stream = sdkFor(render(fromOpenAI)).messages.stream({
      model: 'x',
      max_tokens: 10,
      messages: [{ role: 'user', content: 'hi' }],
    });
    const message = await stream.finalMessage();
    expect(message.content).toMatchObject([
      { type: 'text', text: 'Let me check.' },
      { type: 'tool_use', id: 'call_a', name: 'get_weather', input: { city: 'Oslo' } },
      { type: 'tool_use', id: 'call_b', name: 'get_time', input: {} },
    ]);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.usage).toMatchObject({ input_tokens: 20, output_tokens: 12 });
  });

  it('ends a broken stream with an error event the SDK raises', async () => {
    const renderer = createAnthropicStreamRenderer(request);
    const sse =
      renderer.write({ type: 'start', id: 'a', model: 'm' }) +
      renderer.write({ type: 'text', text: 'partial' }) +
      renderer.error(new PalisadeError('upstream_overloaded'));
    expect(events(sse).at(-1)).toEqual({
      event: 'error',
      data: {
        type: 'error',
        error: {
          type: 'overloaded_error',
          message: 'The model provider is overloaded.',
          code: 'upstream_overloaded',
        },
      },
    });
    const stream = sdkFor(sse).messages.stream({ model: 'x', max_tokens: 10, messages: [] });
    await expect(stream.finalMessage()).rejects.toThrow(/overloaded/);
  });
});
