import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../core/chat.js';
import { renderOpenAIResponse } from './render-response.js';

const base: ChatResponse = {
  id: 'msg_01',
  model: 'claude-sonnet-4-5',
  parts: [],
  finishReason: 'stop',
  usage: { inputTokens: undefined, outputTokens: undefined },
};

describe('renderOpenAIResponse', () => {
  const cases: Array<{
    name: string;
    response: Partial<ChatResponse>;
    message: Record<string, unknown>;
    finish: string;
    usage?: unknown;
  }> = [
    {
      name: 'text with usage (cache reads reported as cached tokens)',
      response: {
        parts: [
          { type: 'text', text: 'Hello ' },
          { type: 'text', text: 'there.' },
        ],
        usage: { inputTokens: 130, outputTokens: 5, cacheReadTokens: 100, cacheWriteTokens: 20 },
      },
      message: { role: 'assistant', content: 'Hello there.', refusal: null },
      finish: 'stop',
      usage: {
        prompt_tokens: 130,
        completion_tokens: 5,
        total_tokens: 135,
        prompt_tokens_details: { cached_tokens: 100 },
      },
    },
    {
      name: 'tool calls (content null), carried thinking left out',
      response: {
        parts: [
          { type: 'text', text: '', extra: { type: 'thinking', thinking: 'x', signature: 'y' } },
          { type: 'tool_call', id: 'toolu_1', name: 'f', arguments: '{"a":1}' },
        ],
        finishReason: 'tool_calls',
        rawFinishReason: 'tool_use',
      },
      message: {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }],
      },
      finish: 'tool_calls',
    },
    {
      name: 'a refusal',
      response: { parts: [{ type: 'text', text: 'No.', extra: { isRefusal: true } }] },
      message: { role: 'assistant', content: null, refusal: 'No.' },
      finish: 'stop',
    },
    {
      name: 'a legacy function call and OpenAI’s own finish reason',
      response: {
        parts: [{ type: 'tool_call', id: '', name: 'f', arguments: '{}', extra: { functionCall: true } }],
        finishReason: 'tool_calls',
        rawFinishReason: 'function_call',
      },
      message: {
        role: 'assistant',
        content: null,
        refusal: null,
        function_call: { name: 'f', arguments: '{}' },
      },
      finish: 'function_call',
    },
    {
      name: 'length',
      response: {
        parts: [{ type: 'text', text: 'a' }],
        finishReason: 'length',
        rawFinishReason: 'max_tokens',
      },
      message: { role: 'assistant', content: 'a', refusal: null },
      finish: 'length',
    },
    {
      name: 'content filter',
      response: { finishReason: 'content_filter', rawFinishReason: 'refusal' },
      message: { role: 'assistant', content: '', refusal: null },
      finish: 'content_filter',
    },
    {
      name: 'other',
      response: { finishReason: 'other', rawFinishReason: 'pause_turn' },
      message: { role: 'assistant', content: '', refusal: null },
      finish: 'stop',
    },
  ];

  it.each(cases)('renders $name', ({ response, message, finish, usage }) => {
    const body = renderOpenAIResponse({ ...base, created: 1_700_000_000, ...response });
    const expected: Record<string, unknown> = {
      id: 'msg_01',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'claude-sonnet-4-5',
      choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
    };
    if (usage) expected.usage = usage;
    expect(body).toEqual(expected);
  });

  it('reports only the usage numbers it knows', () => {
    const body = renderOpenAIResponse({ ...base, usage: { inputTokens: 12, outputTokens: undefined } });
    expect(body.usage).toEqual({ prompt_tokens: 12 });
    expect(typeof body.created).toBe('number');
  });

  it('is read by the official OpenAI SDK', async () => {
    const body = renderOpenAIResponse({
      ...base,
      parts: [
        { type: 'text', text: 'Hi' },
        { type: 'tool_call', id: 'call_1', name: 'f', arguments: '{}' },
      ],
      finishReason: 'tool_calls',
      usage: { inputTokens: 3, outputTokens: 2 },
    });
    const client = new OpenAI({
      apiKey: 'pal_test',
      baseURL: 'http://palisade.test/v1',
      maxRetries: 0,
      fetch: async () =>
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    });
    const completion = await client.chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(completion.choices[0]?.message.content).toBe('Hi');
    expect(completion.choices[0]?.message.tool_calls?.[0]).toEqual({
      id: 'call_1',
      type: 'function',
      function: { name: 'f', arguments: '{}' },
    });
    expect(completion.usage?.total_tokens).toBe(5);
  });
});
