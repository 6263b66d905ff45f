import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/chat.js';
import { anthropicProtocol } from '../../protocols/anthropic/index.js';
import { openaiProvider } from './index.js';

function translate(body: Record<string, unknown>): { body: Record<string, unknown>; warnings: Warning[] } {
  const warnings: Warning[] = [];
  return { body: openaiProvider.renderRequest(anthropicProtocol.parseRequest(body), warnings), warnings };
}

const user = { role: 'user', content: 'Which table has emails?' };

describe('Anthropic request → OpenAI body', () => {
  const cases: Array<{
    name: string;
    body: Record<string, unknown>;
    expected: Record<string, unknown>;
    warnings?: Warning[];
  }> = [
    {
      name: 'system string, multi-turn and limits',
      body: {
        model: 'gpt-4o',
        max_tokens: 200,
        system: 'Be terse.',
        messages: [
          user,
          { role: 'assistant', content: [{ type: 'text', text: 'users.' }] },
          { role: 'user', content: 'Sure?' },
        ],
        temperature: 0.3,
        top_p: 0.9,
        stop_sequences: ['a', 'b'],
        metadata: { user_id: 'u-1' },
      },
      expected: {
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: 'Be terse.' },
          { role: 'user', content: 'Which table has emails?' },
          { role: 'assistant', content: 'users.' },
          { role: 'user', content: 'Sure?' },
        ],
        max_completion_tokens: 200,
        temperature: 0.3,
        top_p: 0.9,
        stop: ['a', 'b'],
        user: 'u-1',
        store: false,
      },
    },
    {
      name: 'system blocks with cache control',
      body: {
        model: 'm',
        max_tokens: 1,
        system: [
          { type: 'text', text: 'One.', cache_control: { type: 'ephemeral' } },
          { type: 'text', text: 'Two.' },
        ],
        messages: [user],
      },
      expected: {
        model: 'm',
        messages: [
          {
            role: 'system',
            content: [
              { type: 'text', text: 'One.' },
              { type: 'text', text: 'Two.' },
            ],
          },
          { role: 'user', content: 'Which table has emails?' },
        ],
        max_completion_tokens: 1,
        store: false,
      },
      warnings: [{ type: 'unsupported_parameter', parameter: 'messages.content.cache_control' }],
    },
    {
      name: 'tool use, tool results (split into tool messages, then the user text), tools and tool choice',
      body: {
        model: 'm',
        max_tokens: 100,
        stream: true,
        messages: [
          user,
          {
            role: 'assistant',
            content: [
              { type: 'thinking', thinking: 'hmm', signature: 'sig' },
              { type: 'text', text: 'Checking.' },
              { type: 'tool_use', id: 'toolu_1', name: 'run_sql', input: { sql: 'select 1' } },
            ],
          },
          {
            role: 'user',
            content: [
              {
                type: 'tool_result',
                tool_use_id: 'toolu_1',
                content: [{ type: 'text', text: 'users' }],
                is_error: true,
              },
              { type: 'text', text: 'Continue.' },
            ],
          },
        ],
        tools: [
          {
            name: 'run_sql',
            description: 'Run SQL',
            input_schema: { type: 'object', properties: { sql: { type: 'string' } } },
          },
          { type: 'web_search_20250305', name: 'web_search' },
        ],
        tool_choice: { type: 'tool', name: 'run_sql', disable_parallel_tool_use: true },
        thinking: { type: 'enabled', budget_tokens: 50 },
        top_k: 5,
      },
      expected: {
        model: 'm',
        messages: [
          { role: 'user', content: 'Which table has emails?' },
          {
            role: 'assistant',
            content: 'Checking.',
            tool_calls: [
              {
                id: 'toolu_1',
                type: 'function',
                function: { name: 'run_sql', arguments: '{"sql":"select 1"}' },
              },
            ],
          },
          { role: 'tool', tool_call_id: 'toolu_1', content: 'users' },
          { role: 'user', content: 'Continue.' },
        ],
        stream: true,
        stream_options: { include_usage: true },
        max_completion_tokens: 100,
        tools: [
          {
            type: 'function',
            function: {
              name: 'run_sql',
              description: 'Run SQL',
              parameters: { type: 'object', properties: { sql: { type: 'string' } } },
            },
          },
        ],
        tool_choice: { type: 'function', function: { name: 'run_sql' } },
        parallel_tool_calls: false,
        store: false,
      },
      warnings: [
        { type: 'unsupported_parameter', parameter: 'thinking' },
        { type: 'unsupported_parameter', parameter: 'top_k' },
        { type: 'unsupported_parameter', parameter: 'messages.content', detail: 'thinking blocks' },
        { type: 'unsupported_parameter', parameter: 'messages.content.is_error' },
        { type: 'unsupported_parameter', parameter: 'tools', detail: 'server tools' },
      ],
    },
    {
      name: 'images: base64 sources become data URLs',
      body: {
        model: 'm',
        max_tokens: 1,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBOR' } },
              { type: 'image', source: { type: 'url', url: 'https://example.test/y.gif' } },
              { type: 'text', text: 'Same?' },
            ],
          },
        ],
      },
      expected: {
        model: 'm',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBOR' } },
              { type: 'image_url', image_url: { url: 'https://example.test/y.gif' } },
              { type: 'text', text: 'Same?' },
            ],
          },
        ],
        max_completion_tokens: 1,
        store: false,
      },
    },
    {
      name: 'more than four stop sequences are cut to four',
      body: { model: 'm', max_tokens: 1, messages: [user], stop_sequences: ['1', '2', '3', '4', '5'] },
      expected: {
        model: 'm',
        messages: [{ role: 'user', content: 'Which table has emails?' }],
        max_completion_tokens: 1,
        stop: ['1', '2', '3', '4'],
        store: false,
      },
      warnings: [{ type: 'parameter_adjusted', parameter: 'stop', detail: 'OpenAI accepts at most 4' }],
    },
  ];

  it.each(cases)('translates $name', ({ body, expected, warnings }) => {
    const result = translate(body);
    expect(result.body).toEqual(expected);
    expect(result.warnings).toEqual(warnings ?? []);
  });
});
