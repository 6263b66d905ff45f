import { describe, expect, it } from 'vitest';
import type { StreamPart } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { SseParser } from '../kit/sse.js';
import type { StreamParser } from '../provider.js';
import { createAnthropicStreamParser } from './stream-parser.js';

const event = (name: string, data: string) => `event: ${name}\ndata: ${data}\n\n`;
const start = event(
  'message_start',
  '{"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":25,"cache_creation_input_tokens":10,"cache_read_input_tokens":100,"output_tokens":1}}}',
);
const blockStart = (index: number, block: string) =>
  event('content_block_start', `{"type":"content_block_start","index":${index},"content_block":${block}}`);
const blockDelta = (index: number, delta: string) =>
  event('content_block_delta', `{"type":"content_block_delta","index":${index},"delta":${delta}}`);
const blockStop = (index: number) =>
  event('content_block_stop', `{"type":"content_block_stop","index":${index}}`);
const messageDelta = (reason: string, usage: string) =>
  event(
    'message_delta',
    `{"type":"message_delta","delta":{"stop_reason":"${reason}","stop_sequence":null},"usage":${usage}}`,
  );
const stop = event('message_stop', '{"type":"message_stop"}');

/** Recorded-style streams, written from https://docs.anthropic.com/en/docs/build-with-claude/streaming. */
const toolStream = [
  start,
  blockStart(0, '{"type":"text","text":""}'),
  event('ping', '{"type": "ping"}'),
  blockDelta(0, '{"type":"text_delta","text":"Let me check"}'),
  blockDelta(0, '{"type":"text_delta","text":" the wéather."}'),
  blockStop(0),
  blockStart(1, '{"type":"tool_use","id":"toolu_01","name":"get_weather","input":{}}'),
  blockDelta(1, '{"type":"input_json_delta","partial_json":""}'),
  blockDelta(1, '{"type":"input_json_delta","partial_json":"{\\"city\\": \\"Os"}'),
  blockDelta(1, '{"type":"input_json_delta","partial_json":"lo\\"}"}'),
  blockStop(1),
  blockStart(2, '{"type":"tool_use","id":"toolu_02","name":"get_time","input":{}}'),
  blockStop(2),
  messageDelta('tool_use', '{"output_tokens":48}'),
  stop,
].join('');

const thinkingStream = [
  start,
  blockStart(0, '{"type":"thinking","thinking":"","signature":""}'),
  blockDelta(0, '{"type":"thinking_delta","thinking":"The user wants…"}'),
  blockDelta(0, '{"type":"signature_delta","signature":"EqQBCgIYAhIM"}'),
  blockStop(0),
  blockStart(1, '{"type":"text","text":""}'),
  blockDelta(1, '{"type":"text_delta","text":"Done."}'),
  blockStop(1),
  messageDelta(
    'end_turn',
    '{"input_tokens":30,"cache_creation_input_tokens":10,"cache_read_input_tokens":100,"output_tokens":7}',
  ),
  stop,
].join('');

function run(
  text: string,
  sizes: number[],
  parser: StreamParser = createAnthropicStreamParser(),
): StreamPart[] {
  const bytes = new TextEncoder().encode(text);
  const sse = new SseParser();
  const parts: StreamPart[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? bytes.length;
    for (const item of sse.push(bytes.slice(at, at + size))) parts.push(...parser.push(item));
    at += size;
  }
  return parts;
}

const splits = [[1], [3, 11, 2], [128], [100_000]];
const startPart: StreamPart = {
  type: 'start',
  id: 'msg_01',
  model: 'claude-sonnet-4-5',
  usage: { inputTokens: 135, outputTokens: undefined, cacheReadTokens: 100, cacheWriteTokens: 10 },
};

describe('Anthropic stream parser', () => {
  it.each(splits)('reads text and tool calls, in pieces of %j bytes', (...sizes) => {
    const parser = createAnthropicStreamParser();
    expect(run(toolStream, sizes, parser)).toEqual([
      startPart,
      { type: 'text', text: 'Let me check' },
      { type: 'text', text: ' the wéather.' },
      { type: 'tool_call_start', index: 0, id: 'toolu_01', name: 'get_weather' },
      { type: 'tool_call_delta', index: 0, argumentsDelta: '{"city": "Os' },
      { type: 'tool_call_delta', index: 0, argumentsDelta: 'lo"}' },
      { type: 'tool_call_start', index: 1, id: 'toolu_02', name: 'get_time' },
      { type: 'tool_call_delta', index: 1, argumentsDelta: '{}' },
      { type: 'finish', reason: 'tool_calls', rawReason: 'tool_use', stopSequence: null },
      {
        type: 'usage',
        usage: { inputTokens: 135, outputTokens: 48, cacheReadTokens: 100, cacheWriteTokens: 10 },
      },
    ]);
    expect(parser.complete).toBe(true);
    expect(parser.failure).toBeUndefined();
  });

  it('skips thinking blocks and takes cumulative usage from message_delta', () => {
    expect(run(thinkingStream, [17])).toEqual([
      startPart,
      { type: 'text', text: 'Done.' },
      { type: 'finish', reason: 'stop', rawReason: 'end_turn', stopSequence: null },
      {
        type: 'usage',
        usage: { inputTokens: 140, outputTokens: 7, cacheReadTokens: 100, cacheWriteTokens: 10 },
      },
    ]);
  });

  it('is not complete without message_stop', () => {
    const parser = createAnthropicStreamParser();
    run(toolStream.replace(stop, ''), [40], parser);
    expect(parser.complete).toBe(false);
  });

  it.each([
    { type: 'overloaded_error', status: 529 },
    { type: 'rate_limit_error', status: 429 },
    { type: 'api_error', status: 502 },
  ])('reports an in-stream $type as a $status failure', ({ type, status }) => {
    const parser = createAnthropicStreamParser();
    run(
      `${start}${event('error', `{"type":"error","error":{"type":"${type}","message":"Overloaded"}}`)}`,
      [9],
      parser,
    );
    expect(parser.failure).toEqual({ status, type });
    expect(parser.complete).toBe(false);
  });

  it.each([event('content_block_delta', '{"type":'), 'data: [1,2]\n\n'])(
    'rejects malformed data: %j',
    (text) => {
      expect(() => run(text, [100])).toThrow(
        new PalisadeError('upstream_error', 'The provider sent malformed stream data.'),
      );
    },
  );
});
