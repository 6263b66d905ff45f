import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { parseOpenAIResponse } from './parse-response.js';

function completion(message: Record<string, unknown>, finish: string, usage?: Record<string, unknown>) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-2024-08-06',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', refusal: null, ...message },
        logprobs: null,
        finish_reason: finish,
      },
    ],
    ...(usage ? { usage } : {}),
    system_fingerprint: 'fp_1',
  };
}

describe('parseOpenAIResponse', () => {
  const cases: Array<{ name: string; body: unknown; expected: Partial<ChatResponse> }> = [
    {
      name: 'text with usage and cached tokens',
      body: completion({ content: 'Hello.' }, 'stop', {
        prompt_tokens: 20,
        completion_tokens: 3,
        total_tokens: 23,
        prompt_tokens_details: { cached_tokens: 16, audio_tokens: 0 },
      }),
      expected: {
        id: 'chatcmpl-1',
        model: 'gpt-4o-2024-08-06',
        created: 1_700_000_000,
        parts: [{ type: 'text', text: 'Hello.' }],
        finishReason: 'stop',
        rawFinishReason: 'stop',
        usage: { inputTokens: 20, outputTokens: 3, cacheReadTokens: 16 },
      },
    },
    {
      name: 'tool calls',
      body: completion(
        {
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"x":1}' } }],
        },
        'tool_calls',
      ),
      expected: {
        parts: [{ type: 'tool_call', id: 'call_1', name: 'f', arguments: '{"x":1}' }],
        finishReason: 'tool_calls',
        usage: { inputTokens: undefined, outputTokens: undefined },
      },
    },
    {
      name: 'a refusal',
      body: completion({ content: null, refusal: 'I cannot help.' }, 'stop'),
      expected: {
        parts: [{ type: 'text', text: 'I cannot help.', extra: { isRefusal: true } }],
        finishReason: 'stop',
      },
    },
    { name: 'length', body: completion({ content: 'Hel' }, 'length'), expected: { finishReason: 'length' } },
    {
      name: 'content filter',
      body: completion({ content: '' }, 'content_filter'),
      expected: { parts: [], finishReason: 'content_filter' },
    },
    {
      name: 'a legacy function call',
      body: completion({ content: null, function_call: { name: 'f', arguments: '{}' } }, 'function_call'),
      expected: {
        parts: [{ type: 'tool_call', id: '', name: 'f', arguments: '{}', extra: { functionCall: true } }],
        finishReason: 'tool_calls',
        rawFinishReason: 'function_call',
      },
    },
  ];

  it.each(cases)('parses $name', ({ body, expected }) => {
    expect(parseOpenAIResponse(body)).toMatchObject(expected);
  });

  it.each([
    { name: 'not an object', body: 'x' },
    { name: 'no choices', body: { id: 'a', model: 'm', choices: [] } },
    { name: 'no message', body: { id: 'a', model: 'm', choices: [{ finish_reason: 'stop' }] } },
  ])('rejects a malformed response: $name', ({ body }) => {
    expect(() => parseOpenAIResponse(body)).toThrow(
      new PalisadeError('upstream_error', 'The provider returned a malformed response.'),
    );
  });
});
