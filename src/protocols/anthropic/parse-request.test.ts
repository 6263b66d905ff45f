import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { parseAnthropicRequest } from './parse-request.js';

const user = { role: 'user', content: 'hi' };

describe('parseAnthropicRequest', () => {
  const cases: Array<{ name: string; body: Record<string, unknown>; expected: Partial<ChatRequest> }> = [
    {
      name: 'a minimal body with a system prompt',
      body: { model: 'claude', max_tokens: 64, system: 'Be brief.', messages: [user] },
      expected: {
        format: 'anthropic',
        model: 'claude',
        maxTokens: 64,
        stream: false,
        messages: [
          { role: 'system', parts: [{ type: 'text', text: 'Be brief.' }] },
          { role: 'user', parts: [{ type: 'text', text: 'hi' }] },
        ],
      },
    },
    {
      name: 'a user turn with tool results becomes tool messages, then the rest of the turn',
      body: {
        model: 'm',
        max_tokens: 1,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok', is_error: false },
              {
                type: 'tool_result',
                tool_use_id: 'toolu_2',
                content: [
                  { type: 'text', text: 'a' },
                  { type: 'image', source: { type: 'file', file_id: 'f' } },
                ],
              },
              { type: 'text', text: 'next' },
            ],
          },
        ],
      },
      expected: {
        messages: [
          {
            role: 'tool',
            parts: [
              {
                type: 'tool_result',
                toolCallId: 'toolu_1',
                content: [{ type: 'text', text: 'ok' }],
                isError: false,
              },
            ],
          },
          {
            role: 'tool',
            parts: [
              {
                type: 'tool_result',
                toolCallId: 'toolu_2',
                content: [
                  { type: 'text', text: 'a' },
                  {
                    type: 'text',
                    text: '',
                    extra: { type: 'image', source: { type: 'file', file_id: 'f' } },
                  },
                ],
              },
            ],
          },
          { role: 'user', parts: [{ type: 'text', text: 'next' }] },
        ],
      },
    },
    {
      name: 'tool use input becomes JSON arguments; thinking is carried',
      body: {
        model: 'm',
        max_tokens: 1,
        messages: [
          user,
          {
            role: 'assistant',
            content: [
              { type: 'thinking', thinking: 't', signature: 's' },
              { type: 'tool_use', id: 'toolu_1', name: 'f', input: { a: [1, 2] } },
            ],
          },
        ],
      },
      expected: {
        messages: [
          { role: 'user', parts: [{ type: 'text', text: 'hi' }] },
          {
            role: 'assistant',
            parts: [
              { type: 'text', text: '', extra: { type: 'thinking', thinking: 't', signature: 's' } },
              { type: 'tool_call', id: 'toolu_1', name: 'f', arguments: '{"a":[1,2]}' },
            ],
          },
        ],
      },
    },
    {
      name: 'tool choice, parallel tool use, metadata and stop sequences',
      body: {
        model: 'm',
        max_tokens: 1,
        messages: [user],
        tool_choice: { type: 'any', disable_parallel_tool_use: true },
        metadata: { user_id: 'u-9' },
        stop_sequences: ['###'],
        tools: [{ name: 'f', description: 'd', input_schema: { type: 'object' } }],
        top_k: 3,
      },
      expected: {
        toolChoice: { type: 'required' },
        parallelToolCalls: false,
        user: 'u-9',
        stop: ['###'],
        tools: [{ name: 'f', description: 'd', parameters: { type: 'object' } }],
        extra: { top_k: 3 },
      },
    },
  ];

  it.each(cases)('parses $name', ({ body, expected }) => {
    expect(parseAnthropicRequest(body)).toMatchObject(expected);
  });

  const secret = 'sk-ant-SECRET-VALUE';
  const bad: Array<{ body: unknown; param: string; message: RegExp }> = [
    { body: { model: 'm', messages: [user] }, param: 'max_tokens', message: /`max_tokens` is required/ },
    { body: { model: 'm', max_tokens: 1.5, messages: [user] }, param: 'max_tokens', message: /integer/ },
    { body: { model: 'm', max_tokens: 1, messages: [] }, param: 'messages', message: /must not be empty/ },
    {
      body: { model: 'm', max_tokens: 1, messages: [{ role: secret, content: 'x' }] },
      param: 'messages[0].role',
      message: /one of/,
    },
    {
      body: { model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [{ type: 'text', text: 5 }] }] },
      param: 'messages[0].content[0].text',
      message: /must be a string/,
    },
    {
      body: {
        model: 'm',
        max_tokens: 1,
        messages: [{ role: 'user', content: [{ type: 'tool_result', content: secret }] }],
      },
      param: 'messages[0].content[0].tool_use_id',
      message: /required/,
    },
    {
      body: {
        model: 'm',
        max_tokens: 1,
        messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', data: secret } }] }],
      },
      param: 'messages[0].content[0].source.media_type',
      message: /required/,
    },
    {
      body: { model: 'm', max_tokens: 1, messages: [user], system: 7 },
      param: 'system',
      message: /string or an array/,
    },
    {
      body: { model: 'm', max_tokens: 1, messages: [user], tools: [{ name: 'f' }] },
      param: 'tools[0].input_schema',
      message: /required/,
    },
    {
      body: { model: 'm', max_tokens: 1, messages: [user], tool_choice: { type: 'tool' } },
      param: 'tool_choice.name',
      message: /required/,
    },
  ];

  it.each(bad)('rejects bad input at $param', ({ body, param, message }) => {
    let caught: unknown;
    try {
      parseAnthropicRequest(body);
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
