import { describe, expect, it } from 'vitest';
import type { StreamPart } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { SseParser } from '../kit/sse.js';
import type { StreamParser } from '../provider.js';
import { createOpenAIStreamParser } from './stream-parser.js';

const head =
  '"id":"chatcmpl-B1","object":"chat.completion.chunk","created":1727000000,"model":"gpt-4o-2024-08-06","system_fingerprint":"fp_1"';
const chunk = (choices: string, usage = 'null') =>
  `data: {${head},"choices":[${choices}],"usage":${usage}}\n\n`;
const delta = (value: string, finish = 'null') =>
  `{"index":0,"delta":${value},"logprobs":null,"finish_reason":${finish}}`;

/** Recorded-style streams, written from https://platform.openai.com/docs/api-reference/chat-streaming. */
const textStream = [
  chunk(delta('{"role":"assistant","content":"","refusal":null}')),
  chunk(delta('{"content":"Hello"}')),
  chunk(delta('{"content":" wörld 🌍"}')),
  chunk(delta('{}', '"stop"')),
  chunk(
    '',
    '{"prompt_tokens":19,"completion_tokens":3,"total_tokens":22,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}',
  ),
  'data: [DONE]\n\n',
].join('');

const toolStream = [
  chunk(
    delta(
      '{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_abc","type":"function","function":{"name":"get_weather","arguments":""}}],"refusal":null}',
    ),
  ),
  chunk(delta('{"tool_calls":[{"index":0,"function":{"arguments":"{\\"ci"}}]}')),
  chunk(delta('{"tool_calls":[{"index":0,"function":{"arguments":"ty\\":\\"Oslo\\"}"}}]}')),
  chunk(
    delta(
      '{"tool_calls":[{"index":1,"id":"call_def","type":"function","function":{"name":"get_time","arguments":""}}]}',
    ),
  ),
  chunk(delta('{"tool_calls":[{"index":1,"function":{"arguments":"{}"}}]}')),
  chunk(delta('{}', '"tool_calls"')),
  'data: [DONE]\n\n',
].join('');

/** Feeds SSE text as bytes, cut into pieces of the given sizes (cycled), like a slow socket would. */
function run(text: string, sizes: number[], parser: StreamParser = createOpenAIStreamParser()): StreamPart[] {
  const bytes = new TextEncoder().encode(text);
  const sse = new SseParser();
  const parts: StreamPart[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? bytes.length;
    for (const event of sse.push(bytes.slice(at, at + size))) parts.push(...parser.push(event));
    at += size;
  }
  return parts;
}

/** Joins consecutive text parts, so a test does not depend on where the network cut the stream. */
function merged(parts: StreamPart[]): StreamPart[] {
  const out: StreamPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.type === 'text' && last?.type === 'text') last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

const splits = [[1], [2, 5, 3], [64], [100_000]];

describe('OpenAI stream parser', () => {
  it.each(splits)('reads a text stream with usage, in pieces of %j bytes', (...sizes) => {
    const parser = createOpenAIStreamParser();
    expect(merged(run(textStream, sizes, parser))).toEqual([
      { type: 'start', id: 'chatcmpl-B1', model: 'gpt-4o-2024-08-06', created: 1727000000 },
      { type: 'text', text: 'Hello wörld 🌍' },
      { type: 'finish', reason: 'stop', rawReason: 'stop' },
      { type: 'usage', usage: { inputTokens: 19, outputTokens: 3, cacheReadTokens: 0 } },
    ]);
    expect(parser.complete).toBe(true);
    expect(parser.failure).toBeUndefined();
  });

  it.each(splits)('reads parallel tool calls, in pieces of %j bytes', (...sizes) => {
    expect(run(toolStream, sizes)).toEqual([
      { type: 'start', id: 'chatcmpl-B1', model: 'gpt-4o-2024-08-06', created: 1727000000 },
      { type: 'tool_call_start', index: 0, id: 'call_abc', name: 'get_weather' },
      { type: 'tool_call_delta', index: 0, argumentsDelta: '{"ci' },
      { type: 'tool_call_delta', index: 0, argumentsDelta: 'ty":"Oslo"}' },
      { type: 'tool_call_start', index: 1, id: 'call_def', name: 'get_time' },
      { type: 'tool_call_delta', index: 1, argumentsDelta: '{}' },
      { type: 'finish', reason: 'tool_calls', rawReason: 'tool_calls' },
    ]);
  });

  it('is not complete without [DONE]', () => {
    const parser = createOpenAIStreamParser();
    run(textStream.replace('data: [DONE]\n\n', ''), [50], parser);
    expect(parser.complete).toBe(false);
  });

  it('reports an error sent inside the stream', () => {
    const parser = createOpenAIStreamParser();
    const text = `${chunk(delta('{"content":"a"}'))}data: {"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}\n\n`;
    run(text, [7], parser);
    expect(parser.failure).toEqual({ status: 429, type: 'requests' });
    expect(parser.complete).toBe(false);
  });

  it.each(['data: {"id":\n\n', 'data: {"choices":"nope"}\n\n'])('rejects malformed data: %j', (text) => {
    expect(() => run(text, [100])).toThrow(
      new PalisadeError('upstream_error', 'The provider sent malformed stream data.'),
    );
  });
});
