import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/chat.js';
import { openaiProtocol } from '../../protocols/openai/index.js';
import { anthropicProvider } from './index.js';

function translate(body: Record<string, unknown>): { body: Record<string, unknown>; warnings: Warning[] } {
  const warnings: Warning[] = [];
  return { body: anthropicProvider.renderRequest(openaiProtocol.parseRequest(body), warnings), warnings };
}

const user = { role: 'user', content: 'Count the orders.' };

describe('OpenAI request → Anthropic body', () => {
  const cases: Array<{
    name: string;
    body: Record<string, unknown>;
    expected: Record<string, unknown>;
    warnings?: Warning[];
  }> = [
    {
      name: 'system messages go to the top-level system; max_tokens defaults',
      body: {
        model: 'claude-sonnet-4-5',
        max_completion_tokens: 300,
        messages: [
          { role: 'system', content: 'You are terse.' },
          { role: 'developer', content: 'Use SQL.' },
          user,
        ],
      },
      expected: {
        model: 'claude-sonnet-4-5',
        max_tokens: 300,
        system: [
          { type: 'text', text: 'You are terse.' },
          { type: 'text', text: 'Use SQL.' },
        ],
        messages: [{ role: 'user', content: 'Count the orders.' }],
      },
    },
    {
      name: 'a single system string stays a string',
      body: { model: 'm', messages: [{ role: 'system', content: 'Hi.' }, user], max_tokens: 5 },
      expected: {
        model: 'm',
        max_tokens: 5,
        system: 'Hi.',
        messages: [{ role: 'user', content: 'Count the orders.' }],
      },
    },
    {
      name: 'tool calls and consecutive tool results become one user turn with the following user text',
      body: {
        model: 'm',
        max_tokens: 50,
        messages: [
          user,
          {
            role: 'assistant',
            content: '',
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'run_sql', arguments: '{"sql":"select count(*) from orders"}' },
              },
              { id: 'call_2', type: 'function', function: { name: 'now', arguments: '' } },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '42' },
          { role: 'tool', tool_call_id: 'call_2', content: [{ type: 'text', text: '2024-01-01' }] },
          { role: 'user', content: 'Explain.' },
        ],
        tools: [
          {
            type: 'function',
            function: {
              name: 'run_sql',
              description: 'Run SQL',
              parameters: { type: 'object', properties: { sql: { type: 'string' } } },
            },
          },
          { type: 'function', function: { name: 'now', strict: true } },
        ],
        tool_choice: 'required',
        parallel_tool_calls: false,
      },
      expected: {
        model: 'm',
        max_tokens: 50,
        messages: [
          { role: 'user', content: 'Count the orders.' },
          {
            role: 'assistant',
            content: [
              {
                type: 'tool_use',
                id: 'call_1',
                name: 'run_sql',
                input: { sql: 'select count(*) from orders' },
              },
              { type: 'tool_use', id: 'call_2', name: 'now', input: {} },
            ],
          },
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 'call_1', content: '42' },
              { type: 'tool_result', tool_use_id: 'call_2', content: '2024-01-01' },
              { type: 'text', text: 'Explain.' },
            ],
          },
        ],
        tools: [
          {
            name: 'run_sql',
            description: 'Run SQL',
            input_schema: { type: 'object', properties: { sql: { type: 'string' } } },
          },
          { name: 'now', input_schema: { type: 'object', properties: {} } },
        ],
        tool_choice: { type: 'any', disable_parallel_tool_use: true },
      },
      warnings: [
        { type: 'parameter_adjusted', parameter: 'tool_calls.arguments', detail: 'not a JSON object' },
        { type: 'unsupported_parameter', parameter: 'tools.function.strict' },
      ],
    },
    {
      name: 'images: data URLs become base64 sources, URLs url sources',
      body: {
        model: 'm',
        max_tokens: 5,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is this?' },
              { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9j/4AAQ', detail: 'low' } },
              { type: 'image_url', image_url: { url: 'https://example.test/x.png' } },
            ],
          },
        ],
      },
      expected: {
        model: 'm',
        max_tokens: 5,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is this?' },
              { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQ' } },
              { type: 'image', source: { type: 'url', url: 'https://example.test/x.png' } },
            ],
          },
        ],
      },
      warnings: [{ type: 'unsupported_parameter', parameter: 'messages.content.image_url.detail' }],
    },
    {
      name: 'sampling and limits: temperature clamped, stop, user, default max_tokens, stream',
      body: {
        model: 'm',
        messages: [user],
        temperature: 1.6,
        top_p: 0.8,
        stop: 'END',
        user: 'u-7',
        stream: true,
        stream_options: { include_usage: true },
        seed: 3,
        n: 1,
        store: true,
      },
      expected: {
        model: 'm',
        max_tokens: 4096,
        messages: [{ role: 'user', content: 'Count the orders.' }],
        temperature: 1,
        top_p: 0.8,
        stop_sequences: ['END'],
        metadata: { user_id: 'u-7' },
        stream: true,
      },
      warnings: [
        { type: 'unsupported_parameter', parameter: 'seed' },
        { type: 'unsupported_parameter', parameter: 'n' },
        { type: 'unsupported_parameter', parameter: 'store' },
        { type: 'parameter_adjusted', parameter: 'max_tokens', detail: 'Anthropic requires it; set to 4096' },
        { type: 'parameter_adjusted', parameter: 'temperature', detail: 'Anthropic accepts 0 to 1' },
      ],
    },
    {
      name: 'tool_choice without tools is left out; unsupported parts are dropped',
      body: {
        model: 'm',
        max_tokens: 5,
        tool_choice: 'auto',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Listen' },
              { type: 'input_audio', input_audio: { data: 'AA', format: 'mp3' } },
            ],
          },
        ],
      },
      expected: { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'Listen' }] },
      warnings: [
        { type: 'unsupported_parameter', parameter: 'messages.content', detail: 'input_audio blocks' },
      ],
    },
  ];

  it.each(cases)('translates $name', ({ body, expected, warnings }) => {
    const result = translate(body);
    expect(result.body).toEqual(expected);
    expect(result.warnings).toEqual(warnings ?? []);
  });
});
