import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { parseAnthropicResponse } from './parse-response.js';

function message(
  content: unknown[],
  stopReason: string | null,
  usage: Record<string, unknown> = { input_tokens: 10, output_tokens: 5 },
) {
  return {
    id: 'msg_01',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-5',
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage,
  };
}

describe('parseAnthropicResponse', () => {
  const cases: Array<{ name: string; body: unknown; expected: Partial<ChatResponse> }> = [
    {
      name: 'text, with cache reads and writes counted as input',
      body: message([{ type: 'text', text: 'Hi.' }], 'end_turn', {
        input_tokens: 10,
        output_tokens: 5,
        cache_read_input_tokens: 100,
        cache_creation_input_tokens: 20,
      }),
      expected: {
        id: 'msg_01',
        model: 'claude-sonnet-4-5',
        parts: [{ type: 'text', text: 'Hi.' }],
        finishReason: 'stop',
        rawFinishReason: 'end_turn',
        stopSequence: null,
        usage: { inputTokens: 130, outputTokens: 5, cacheReadTokens: 100, cacheWriteTokens: 20 },
      },
    },
    {
      name: 'tool use, with thinking carried',
      body: message(
        [
          { type: 'thinking', thinking: 'x', signature: 'y' },
          { type: 'text', text: 'Running.' },
          { type: 'tool_use', id: 'toolu_1', name: 'run_sql', input: { sql: 'select 1' } },
        ],
        'tool_use',
        {
          input_tokens: 3,
          output_tokens: 4,
          cache_read_input_tokens: null,
          cache_creation_input_tokens: null,
        },
      ),
      expected: {
        parts: [
          { type: 'text', text: '', extra: { type: 'thinking', thinking: 'x', signature: 'y' } },
          { type: 'text', text: 'Running.' },
          { type: 'tool_call', id: 'toolu_1', name: 'run_sql', arguments: '{"sql":"select 1"}' },
        ],
        finishReason: 'tool_calls',
        usage: { inputTokens: 3, outputTokens: 4 },
      },
    },
    {
      name: 'a stop sequence',
      body: { ...message([{ type: 'text', text: 'a' }], 'stop_sequence'), stop_sequence: '###' },
      expected: { finishReason: 'stop', rawFinishReason: 'stop_sequence', stopSequence: '###' },
    },
    { name: 'max_tokens', body: message([], 'max_tokens'), expected: { finishReason: 'length' } },
    { name: 'refusal', body: message([], 'refusal'), expected: { finishReason: 'content_filter' } },
    {
      name: 'pause_turn',
      body: message([], 'pause_turn'),
      expected: { finishReason: 'other', rawFinishReason: 'pause_turn' },
    },
  ];

  it.each(cases)('parses $name', ({ body, expected }) => {
    expect(parseAnthropicResponse(body)).toMatchObject(expected);
  });

  it('leaves cache counts out when Anthropic did not send them', () => {
    expect(parseAnthropicResponse(message([], 'end_turn')).usage).toEqual({
      inputTokens: 10,
      outputTokens: 5,
    });
  });

  it.each([
    { name: 'not an object', body: null },
    { name: 'no content', body: { id: 'a', model: 'm', stop_reason: 'end_turn' } },
    { name: 'a block without type', body: { id: 'a', model: 'm', content: [{ text: 'x' }] } },
  ])('rejects a malformed response: $name', ({ body }) => {
    expect(() => parseAnthropicResponse(body)).toThrow(
      new PalisadeError('upstream_error', 'The provider returned a malformed response.'),
    );
  });
});
