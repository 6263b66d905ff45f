import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import type { ChatRequest, StreamPart } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { createOpenAIStreamRenderer } from './stream-renderer.js';

const request: ChatRequest = { format: 'openai', model: 'claude-sonnet-4-5', messages: [], stream: true };

const toolCallParts: StreamPart[] = [
  {
    type: 'start',
    id: 'msg_01',
    model: 'claude-sonnet-4-5',
    usage: { inputTokens: 25, outputTokens: undefined },
  },
  { type: 'text', text: 'Checking.' },
  { type: 'tool_call_start', index: 0, id: 'toolu_01', name: 'get_weather' },
  { type: 'tool_call_delta', index: 0, argumentsDelta: '{"city":' },
  { type: 'tool_call_delta', index: 0, argumentsDelta: '"Oslo"}' },
  { type: 'finish', reason: 'tool_calls', rawReason: 'tool_use' },
  { type: 'usage', usage: { inputTokens: 25, outputTokens: 40 } },
];

function render(parts: StreamPart[], req: ChatRequest = request): string {
  const renderer = createOpenAIStreamRenderer(req);
  return parts.map((part) => renderer.write(part)).join('') + renderer.end();
}

/** The JSON of each `data:` line, `[DONE]` as a string. */
function events(sse: string): unknown[] {
  return sse
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      expect(block.startsWith('data: ')).toBe(true);
      const data = block.slice('data: '.length);
      return data === '[DONE]' ? data : JSON.parse(data);
    });
}

function sdkFor(sse: string): OpenAI {
  return new OpenAI({
    apiKey: 'pal_test',
    baseURL: 'http://palisade.test/v1',
    maxRetries: 0,
    fetch: async () => new Response(sse, { headers: { 'content-type': 'text/event-stream' } }),
  });
}

describe('OpenAI stream renderer', () => {
  it('renders role, text, tool call deltas and the finish chunk, then [DONE]', () => {
    const head = { id: 'msg_01', object: 'chat.completion.chunk', model: 'claude-sonnet-4-5' };
    const choice = (delta: unknown, finish: string | null = null) => [
      { index: 0, delta, logprobs: null, finish_reason: finish },
    ];
    expect(events(render(toolCallParts))).toEqual([
      expect.objectContaining({ ...head, choices: choice({ role: 'assistant', content: '' }) }),
      expect.objectContaining({ ...head, choices: choice({ content: 'Checking.' }) }),
      expect.objectContaining({
        choices: choice({
          tool_calls: [
            { index: 0, id: 'toolu_01', type: 'function', function: { name: 'get_weather', arguments: '' } },
          ],
        }),
      }),
      expect.objectContaining({
        choices: choice({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
      }),
      expect.objectContaining({
        choices: choice({ tool_calls: [{ index: 0, function: { arguments: '"Oslo"}' } }] }),
      }),
      expect.objectContaining({ choices: choice({}, 'tool_calls') }),
      '[DONE]',
    ]);
  });

  it('adds the usage chunk (empty choices) only when the client asked for it', () => {
    const asked = events(render(toolCallParts, { ...request, includeUsage: true }));
    expect(asked.at(-2)).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 25, completion_tokens: 40, total_tokens: 65 },
    });
    expect(asked[0]).toMatchObject({ usage: null });
    const notAsked = events(render(toolCallParts));
    expect(notAsked.some((event) => typeof event === 'object' && event !== null && 'usage' in event)).toBe(
      false,
    );
  });

  it('opens with a role chunk even when the start part is missing', () => {
    const [first, second] = events(render([{ type: 'text', text: 'x' }]));
    expect(first).toMatchObject({
      object: 'chat.completion.chunk',
      model: 'claude-sonnet-4-5',
      choices: [{ delta: { role: 'assistant' } }],
    });
    expect(second).toMatchObject({ choices: [{ delta: { content: 'x' } }] });
  });

  it('is accumulated by the official OpenAI SDK', async () => {
    const sse = render(toolCallParts, { ...request, includeUsage: true });
    const stream = sdkFor(sse).chat.completions.stream({
      model: 'x',
      messages: [{ role: 'user', content: 'hi' }],
    });
    const completion = await stream.finalChatCompletion();
    expect(completion.choices[0]?.message).toMatchObject({
      role: 'assistant',
      content: 'Checking.',
      tool_calls: [
        { id: 'toolu_01', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
      ],
    });
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    expect(completion.usage).toMatchObject({ prompt_tokens: 25, completion_tokens: 40 });
  });

  it('ends a broken stream with an error event the SDK raises', async () => {
    const renderer = createOpenAIStreamRenderer(request);
    const sse =
      renderer.write({ type: 'start', id: 'a', model: 'm' }) +
      renderer.write({ type: 'text', text: 'partial' }) +
      renderer.error(
        new PalisadeError('upstream_error', 'The model provider ended the stream before it was complete.'),
      );
    expect(events(sse).at(-1)).toEqual({
      error: {
        message: 'The model provider ended the stream before it was complete.',
        type: 'api_error',
        param: null,
        code: 'upstream_error',
      },
    });
    const stream = await sdkFor(sse).chat.completions.create({ model: 'x', messages: [], stream: true });
    await expect(async () => {
      for await (const _ of stream) {
        // drain
      }
    }).rejects.toThrow(/ended the stream/);
  });
});
