import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/chat.js';
import { openaiProtocol } from '../../protocols/openai/index.js';
import { openaiProvider } from './index.js';

const user = { role: 'user', content: 'What is in this table?' };

/** OpenAI bodies that must come back exactly as sent (plus `store: false`, and `stream_options` when streaming). */
const bodies: Array<{ name: string; body: Record<string, unknown> }> = [
  { name: 'a minimal chat', body: { model: 'gpt-4o', messages: [user] } },
  {
    name: 'system, developer and multi-turn with names',
    body: {
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'You are a SQL assistant.' },
        { role: 'developer', content: [{ type: 'text', text: 'Answer in one line.' }], name: 'policy' },
        { role: 'user', content: 'Count the rows.', name: 'alice' },
        { role: 'assistant', content: 'SELECT count(*) FROM t;', refusal: null },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'And the columns?' },
            { type: 'text', text: 'Briefly.' },
          ],
        },
      ],
    },
  },
  {
    name: 'images, audio and files in user content',
    body: {
      model: 'gpt-4o',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Describe these.' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'high' } },
            { type: 'image_url', image_url: { url: 'https://example.test/chart.png' } },
            { type: 'input_audio', input_audio: { data: 'UklGR', format: 'wav' } },
            { type: 'file', file: { file_id: 'file-abc' } },
          ],
        },
      ],
    },
  },
  {
    name: 'tool calls, tool results, tool definitions and choices',
    body: {
      model: 'gpt-4o',
      messages: [
        user,
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_a',
              type: 'function',
              function: { name: 'run_sql', arguments: '{"sql":"select 1"}' },
            },
            { id: 'call_b', type: 'function', function: { name: 'list_tables', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_a', content: '1' },
        { role: 'tool', tool_call_id: 'call_b', content: [{ type: 'text', text: 'orders' }] },
        {
          role: 'assistant',
          tool_calls: [{ id: 'call_c', type: 'function', function: { name: 'noop', arguments: '' } }],
        },
        { role: 'tool', tool_call_id: 'call_c', content: '' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'run_sql',
            description: 'Runs a query',
            parameters: { type: 'object', properties: { sql: { type: 'string' } }, required: ['sql'] },
            strict: true,
          },
        },
        { type: 'function', function: { name: 'list_tables' } },
        { type: 'function', function: { name: 'noop', parameters: null, description: null } },
      ],
      tool_choice: 'required',
      parallel_tool_calls: false,
    },
  },
  {
    name: 'a named tool choice and an unmodeled one',
    body: {
      model: 'm',
      messages: [user],
      tools: [{ type: 'function', function: { name: 'f' } }],
      tool_choice: { type: 'function', function: { name: 'f' } },
    },
  },
  {
    name: 'allowed_tools tool choice',
    body: {
      model: 'm',
      messages: [user],
      tool_choice: { type: 'allowed_tools', allowed_tools: { mode: 'auto', tools: [] } },
    },
  },
  {
    name: 'every sampling parameter, legacy limit, string stop and unknown fields',
    body: {
      model: 'gpt-4o-mini',
      messages: [user],
      max_tokens: 256,
      temperature: 1.4,
      top_p: 0.5,
      stop: 'END',
      user: 'user-42',
      n: 2,
      seed: 1,
      logprobs: true,
      top_logprobs: 3,
      frequency_penalty: 0.1,
      presence_penalty: -0.1,
      logit_bias: { '50256': -100 },
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } },
      reasoning_effort: 'low',
      metadata: { team: 'bi' },
      functions: [{ name: 'legacy', parameters: { type: 'object' } }],
      function_call: 'auto',
    },
  },
  {
    name: 'max_completion_tokens, stop array and nulls',
    body: {
      model: 'o3',
      messages: [user],
      max_completion_tokens: 1000,
      max_tokens: null,
      stop: ['a', 'b'],
      temperature: null,
      top_p: null,
      tools: null,
      stream: false,
      stream_options: null,
      store: false,
    },
  },
  {
    name: 'both token limits',
    body: { model: 'm', messages: [user], max_tokens: 10, max_completion_tokens: 20 },
  },
  {
    name: 'assistant content parts with a refusal, and an empty array',
    body: {
      model: 'm',
      messages: [
        user,
        { role: 'assistant', content: [{ type: 'refusal', refusal: 'I cannot.' }] },
        { role: 'user', content: [] },
      ],
    },
  },
  {
    name: 'an empty string next to tool calls',
    body: {
      model: 'm',
      messages: [
        user,
        {
          role: 'assistant',
          content: '',
          tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }],
        },
      ],
    },
  },
  {
    name: 'non-streaming usage options',
    body: {
      model: 'm',
      messages: [user],
      stream_options: { include_usage: false, include_obfuscation: false },
    },
  },
];

describe('OpenAI same-format round trip', () => {
  it.each(bodies)('reproduces $name', ({ body }) => {
    const warnings: Warning[] = [];
    const rendered = openaiProvider.renderRequest(openaiProtocol.parseRequest(body), warnings);
    expect(rendered).toEqual({ ...body, store: false });
    expect(warnings).toEqual([]);
  });

  it('streams always ask for usage, keeping other stream options', () => {
    const body = {
      model: 'm',
      messages: [user],
      stream: true,
      stream_options: { include_obfuscation: false },
    };
    const request = openaiProtocol.parseRequest(body);
    expect(request.includeUsage).toBeUndefined();
    expect(openaiProvider.renderRequest(request, [])).toEqual({
      ...body,
      stream_options: { include_obfuscation: false, include_usage: true },
      store: false,
    });
  });

  it('forces store: false and says so', () => {
    const warnings: Warning[] = [];
    const rendered = openaiProvider.renderRequest(
      openaiProtocol.parseRequest({ model: 'm', messages: [user], store: true }),
      warnings,
    );
    expect(rendered.store).toBe(false);
    expect(warnings).toEqual([
      { type: 'parameter_adjusted', parameter: 'store', detail: 'zero retention: store is always false' },
    ]);
  });

  it('sends the model the gateway chose', () => {
    const request = {
      ...openaiProtocol.parseRequest({ model: 'gpt-4o', messages: [user] }),
      model: 'gpt-4o-mini',
    };
    expect(openaiProvider.renderRequest(request, []).model).toBe('gpt-4o-mini');
  });

  it('renders canonical edits: redacted text and an added system message', () => {
    const request = openaiProtocol.parseRequest({ model: 'm', messages: [user] });
    request.messages[0] = { role: 'user', parts: [{ type: 'text', text: 'What is in <TABLE_1>?' }] };
    request.messages.unshift({ role: 'system', parts: [{ type: 'text', text: 'Policy.' }] });
    expect(openaiProvider.renderRequest(request, []).messages).toEqual([
      { role: 'system', content: 'Policy.' },
      { role: 'user', content: 'What is in <TABLE_1>?' },
    ]);
  });

  it('reproduces what the official OpenAI SDK sends', async () => {
    let sent: Record<string, unknown> = {};
    const client = new OpenAI({
      apiKey: 'pal_test',
      baseURL: 'http://palisade.test/v1',
      maxRetries: 0,
      fetch: async (_url, init) => {
        sent = JSON.parse(String(init?.body)) as Record<string, unknown>;
        return new Response('{}', { status: 500 });
      },
    });
    await client.chat.completions
      .create({
        model: 'gpt-4o',
        messages: [
          { role: 'developer', content: 'Be brief.' },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Chart?' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
            ],
          },
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }],
          },
          { role: 'tool', tool_call_id: 'call_1', content: 'done' },
        ],
        tools: [
          { type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } },
        ],
        max_completion_tokens: 64,
        response_format: { type: 'json_object' },
      })
      .catch(() => undefined);
    expect(sent.messages).toBeDefined();
    expect(openaiProvider.renderRequest(openaiProtocol.parseRequest(sent), [])).toEqual({
      ...sent,
      store: false,
    });
  });
});
