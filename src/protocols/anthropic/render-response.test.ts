import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../core/chat.js';
import { renderAnthropicResponse } from './render-response.js';

const base: ChatResponse = {
  id: 'chatcmpl-1',
  model: 'gpt-4o',
  parts: [],
  finishReason: 'stop',
  usage: { inputTokens: 120, outputTokens: 8, cacheReadTokens: 100 },
};

describe('renderAnthropicResponse', () => {
  const cases: Array<{
    name: string;
    response: Partial<ChatResponse>;
    content: unknown[];
    stop: string;
    sequence?: string;
  }> = [
    {
      name: 'text',
      response: { parts: [{ type: 'text', text: 'Hello.' }] },
      content: [{ type: 'text', text: 'Hello.' }],
      stop: 'end_turn',
    },
    {
      name: 'tool calls with JSON input, and invalid arguments as {}',
      response: {
        parts: [
          { type: 'text', text: 'Running.' },
          { type: 'tool_call', id: 'call_1', name: 'run_sql', arguments: '{"sql":"select 1"}' },
          { type: 'tool_call', id: 'call_2', name: 'broken', arguments: '{"sql":' },
        ],
        finishReason: 'tool_calls',
        rawFinishReason: 'tool_calls',
      },
      content: [
        { type: 'text', text: 'Running.' },
        { type: 'tool_use', id: 'call_1', name: 'run_sql', input: { sql: 'select 1' } },
        { type: 'tool_use', id: 'call_2', name: 'broken', input: {} },
      ],
      stop: 'tool_use',
    },
    {
      name: 'carried thinking back in place, a refusal as text',
      response: {
        parts: [
          { type: 'text', text: '', extra: { type: 'thinking', thinking: 'x', signature: 'y' } },
          { type: 'text', text: 'No.', extra: { isRefusal: true } },
        ],
        finishReason: 'content_filter',
      },
      content: [
        { type: 'thinking', thinking: 'x', signature: 'y' },
        { type: 'text', text: 'No.' },
      ],
      stop: 'refusal',
    },
    { name: 'length', response: { finishReason: 'length' }, content: [], stop: 'max_tokens' },
    {
      name: 'a stop sequence',
      response: { stopSequence: '###' },
      content: [],
      stop: 'stop_sequence',
      sequence: '###',
    },
    {
      name: 'Anthropic’s own reason',
      response: { finishReason: 'other', rawFinishReason: 'pause_turn' },
      content: [],
      stop: 'pause_turn',
    },
  ];

  it.each(cases)('renders $name', ({ response, content, stop, sequence }) => {
    expect(renderAnthropicResponse({ ...base, ...response })).toEqual({
      id: 'chatcmpl-1',
      type: 'message',
      role: 'assistant',
      model: 'gpt-4o',
      content,
      stop_reason: stop,
      stop_sequence: sequence ?? null,
      usage: { input_tokens: 20, output_tokens: 8, cache_read_input_tokens: 100 },
    });
  });

  it('splits cache writes out of the input tokens', () => {
    const usage = { inputTokens: 50, outputTokens: 1, cacheReadTokens: 10, cacheWriteTokens: 30 };
    expect(renderAnthropicResponse({ ...base, usage }).usage).toEqual({
      input_tokens: 10,
      output_tokens: 1,
      cache_read_input_tokens: 10,
      cache_creation_input_tokens: 30,
    });
  });

  it('is read by the official Anthropic SDK', async () => {
    const body = renderAnthropicResponse({
      ...base,
      parts: [{ type: 'tool_call', id: 'call_1', name: 'f', arguments: '{"a":1}' }],
      finishReason: 'tool_calls',
    });
    const client = new Anthropic({
      apiKey: 'pal_test',
      baseURL: 'http://palisade.test',
      maxRetries: 0,
      fetch: async () =>
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    });
    const message = await client.messages.create({
      model: 'x',
      max_tokens: 5,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(message.content).toEqual([{ type: 'tool_use', id: 'call_1', name: 'f', input: { a: 1 } }]);
    expect(message.stop_reason).toBe('tool_use');
  });
});
