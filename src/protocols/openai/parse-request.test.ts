import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { parseOpenAIRequest } from './parse-request.js';

const user = { role: 'user', content: 'hi' };

describe('parseOpenAIRequest', () => {
  const cases: Array<{ name: string; body: Record<string, unknown>; expected: Partial<ChatRequest> }> = [
    {
      name: 'a minimal body',
      body: { model: 'gpt-4o', messages: [user] },
      expected: {
        format: 'openai',
        model: 'gpt-4o',
        stream: false,
        messages: [{ role: 'user', parts: [{ type: 'text', text: 'hi' }] }],
      },
    },
    {
      name: 'developer becomes system, marked to render back as developer',
      body: { model: 'm', messages: [{ role: 'developer', content: 'be brief', name: 'ops' }, user] },
      expected: {
        messages: [
          {
            role: 'system',
            parts: [{ type: 'text', text: 'be brief' }],
            extra: { name: 'ops', role: 'developer' },
          },
          { role: 'user', parts: [{ type: 'text', text: 'hi' }] },
        ],
      },
    },
    {
      name: 'a one-part content array is marked so it does not come back as a string',
      body: { model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] },
      expected: {
        messages: [{ role: 'user', parts: [{ type: 'text', text: 'hi' }], extra: { arrayContent: true } }],
      },
    },
    {
      name: 'images: data URLs become inline data, http URLs stay URLs, detail stays in extra',
      body: {
        model: 'm',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBOR' } },
              { type: 'image_url', image_url: { url: 'https://x.test/a.jpg', detail: 'low' } },
            ],
          },
        ],
      },
      expected: {
        messages: [
          {
            role: 'user',
            parts: [
              { type: 'image', mediaType: 'image/png', data: 'iVBOR' },
              { type: 'image', url: 'https://x.test/a.jpg', extra: { image_url: { detail: 'low' } } },
            ],
          },
        ],
      },
    },
    {
      name: 'an unmodeled part is carried whole',
      body: {
        model: 'm',
        messages: [
          { role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AA', format: 'wav' } }] },
        ],
      },
      expected: {
        messages: [
          {
            role: 'user',
            parts: [
              {
                type: 'text',
                text: '',
                extra: { type: 'input_audio', input_audio: { data: 'AA', format: 'wav' } },
              },
            ],
          },
        ],
      },
    },
    {
      name: 'assistant tool calls and tool results',
      body: {
        model: 'm',
        messages: [
          user,
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'get_weather', arguments: '{"city":"Oslo"}' },
              },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '12°C' },
        ],
      },
      expected: {
        messages: [
          { role: 'user', parts: [{ type: 'text', text: 'hi' }] },
          {
            role: 'assistant',
            parts: [{ type: 'tool_call', id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }],
            extra: { content: null },
          },
          {
            role: 'tool',
            parts: [{ type: 'tool_result', toolCallId: 'call_1', content: [{ type: 'text', text: '12°C' }] }],
          },
        ],
      },
    },
    {
      name: 'sampling, limits, stop, tools and unknown fields',
      body: {
        model: 'm',
        messages: [user],
        stream: true,
        stream_options: { include_usage: true },
        max_tokens: 100,
        temperature: 0.2,
        top_p: 0.9,
        stop: 'END',
        user: 'u-1',
        parallel_tool_calls: false,
        tool_choice: { type: 'function', function: { name: 'f' } },
        tools: [{ type: 'function', function: { name: 'f', strict: true } }],
        seed: 7,
        logprobs: true,
      },
      expected: {
        stream: true,
        includeUsage: true,
        maxTokens: 100,
        temperature: 0.2,
        topP: 0.9,
        stop: ['END'],
        user: 'u-1',
        parallelToolCalls: false,
        toolChoice: { type: 'tool', name: 'f' },
        tools: [
          {
            name: 'f',
            parameters: { type: 'object', properties: {} },
            extra: { function: { strict: true }, noParameters: true },
          },
        ],
        extra: { seed: 7, logprobs: true, legacyMaxTokens: true, stopString: true },
      },
    },
    {
      name: 'max_completion_tokens wins; nulls and an explicit stream: false are kept for the way back',
      body: { model: 'm', messages: [user], max_completion_tokens: 50, temperature: null, stream: false },
      expected: { maxTokens: 50, stream: false, extra: { temperature: null, stream: false } },
    },
    {
      name: 'an unmodeled tool_choice is kept verbatim',
      body: {
        model: 'm',
        messages: [user],
        tool_choice: { type: 'allowed_tools', allowed_tools: { mode: 'auto', tools: [] } },
      },
      expected: {
        extra: { tool_choice: { type: 'allowed_tools', allowed_tools: { mode: 'auto', tools: [] } } },
      },
    },
  ];

  it.each(cases)('parses $name', ({ body, expected }) => {
    expect(parseOpenAIRequest(body)).toMatchObject(expected);
  });

  it('keeps no extra when there is nothing to keep', () => {
    const parsed = parseOpenAIRequest({ model: 'm', messages: [user] });
    expect(parsed.extra).toBeUndefined();
    expect(parsed.messages[0]?.extra).toBeUndefined();
  });

  const secret = 'sk-live-SECRET-VALUE';
  const bad: Array<{ body: unknown; param: string | undefined; message: RegExp }> = [
    { body: 'nope', param: undefined, message: /request body must be an object/ },
    { body: { messages: [user] }, param: 'model', message: /`model` is required/ },
    { body: { model: 'm', messages: [] }, param: 'messages', message: /must not be empty/ },
    {
      body: { model: 'm', messages: [{ role: secret, content: 'x' }] },
      param: 'messages[0].role',
      message: /one of/,
    },
    {
      body: { model: 'm', messages: [{ role: 'user', content: 42 }] },
      param: 'messages[0].content',
      message: /string or an array/,
    },
    {
      body: { model: 'm', messages: [{ role: 'user', content: [{ type: 'text' }] }] },
      param: 'messages[0].content[0].text',
      message: /required/,
    },
    {
      body: { model: 'm', messages: [user, { role: 'tool', content: 'x' }] },
      param: 'messages[1].tool_call_id',
      message: /required/,
    },
    {
      body: { model: 'm', messages: [user], temperature: secret },
      param: 'temperature',
      message: /must be a number/,
    },
    { body: { model: 'm', messages: [user], max_tokens: -1 }, param: 'max_tokens', message: /at least 0/ },
    {
      body: { model: 'm', messages: [user], tools: [{ type: 'custom', custom: { name: 'x' } }] },
      param: 'tools[0].type',
      message: /function/,
    },
  ];

  it.each(bad)('rejects bad input at $param', ({ body, param, message }) => {
    let caught: unknown;
    try {
      parseOpenAIRequest(body);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PalisadeError);
    const error = caught as PalisadeError;
    expect(error.code).toBe('invalid_request');
    expect(error.param).toBe(param);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(secret);
  });
});
