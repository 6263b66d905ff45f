import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/chat.js';
import { anthropicProtocol } from '../../protocols/anthropic/index.js';
import { anthropicProvider } from './index.js';

const user = { role: 'user', content: 'Which columns hold emails?' };
const png = { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' };

/** Anthropic bodies that must come back exactly as sent. */
const bodies: Array<{ name: string; body: Record<string, unknown> }> = [
  { name: 'a minimal message', body: { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [user] } },
  {
    name: 'a string system prompt and multi-turn string content',
    body: {
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      system: 'You are a data assistant.',
      messages: [
        user,
        { role: 'assistant', content: 'email and contact_email.' },
        { role: 'user', content: 'Thanks' },
      ],
    },
  },
  {
    name: 'system blocks with cache control, and one-block arrays',
    body: {
      model: 'm',
      max_tokens: 10,
      system: [
        { type: 'text', text: 'Schema: users(id, email)', cache_control: { type: 'ephemeral' } },
        { type: 'text', text: 'Be brief.' },
      ],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    },
  },
  {
    name: 'a one-block system array',
    body: { model: 'm', max_tokens: 10, system: [{ type: 'text', text: 'Only.' }], messages: [user] },
  },
  {
    name: 'images by base64 and URL, documents and thinking',
    body: {
      model: 'm',
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image', source: png },
            {
              type: 'image',
              source: { type: 'url', url: 'https://example.test/a.png' },
              cache_control: { type: 'ephemeral' },
            },
            { type: 'image', source: { type: 'file', file_id: 'file_01' } },
            {
              type: 'document',
              source: { type: 'text', media_type: 'text/plain', data: 'notes' },
              title: 'Notes',
            },
            { type: 'text', text: 'Compare them.' },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'Looking at both…', signature: 'EqQBCkYIARgCIkC' },
            { type: 'redacted_thinking', data: 'EmwKAhgBEgy' },
            { type: 'text', text: 'They differ.' },
          ],
        },
      ],
    },
  },
  {
    name: 'tool use and tool results with text after them',
    body: {
      model: 'm',
      max_tokens: 100,
      messages: [
        user,
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Let me look.' },
            { type: 'tool_use', id: 'toolu_01', name: 'run_sql', input: { sql: 'select 1', limit: 5 } },
            { type: 'tool_use', id: 'toolu_02', name: 'list_tables', input: {} },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_01', content: '1' },
            {
              type: 'tool_result',
              tool_use_id: 'toolu_02',
              content: [{ type: 'text', text: 'orders' }],
              is_error: false,
              cache_control: { type: 'ephemeral' },
            },
            { type: 'text', text: 'Go on.' },
          ],
        },
        {
          role: 'assistant',
          content: [{ type: 'tool_use', id: 'toolu_03', name: 'noop', input: {} }],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_03', is_error: true },
            { type: 'tool_result', tool_use_id: 'toolu_04', content: [] },
          ],
        },
      ],
    },
  },
  {
    name: 'tools, server tools, tool choice, stop sequences, metadata and unknown fields',
    body: {
      model: 'm',
      max_tokens: 500,
      messages: [user],
      temperature: 0.7,
      top_p: 0.9,
      top_k: 40,
      stop_sequences: ['</answer>'],
      metadata: { user_id: 'user-42' },
      service_tier: 'auto',
      stream: false,
      tools: [
        {
          name: 'run_sql',
          description: 'Runs SQL',
          input_schema: { type: 'object', properties: { sql: { type: 'string' } } },
          cache_control: { type: 'ephemeral' },
        },
        { type: 'custom', name: 'noop', input_schema: { type: 'object' } },
        { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
      ],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
    },
  },
  {
    name: 'every tool choice shape',
    body: {
      model: 'm',
      max_tokens: 1,
      messages: [user],
      tools: [{ name: 'f', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'f', disable_parallel_tool_use: false },
    },
  },
  {
    name: 'tool choice none',
    body: { model: 'm', max_tokens: 1, messages: [user], tool_choice: { type: 'none' } },
  },
  {
    name: 'tool choice auto',
    body: { model: 'm', max_tokens: 1, messages: [user], tool_choice: { type: 'auto' } },
  },
  { name: 'an empty metadata', body: { model: 'm', max_tokens: 1, messages: [user], metadata: {} } },
  {
    name: 'a system message inside messages and a streaming request',
    body: {
      model: 'm',
      max_tokens: 1,
      stream: true,
      messages: [
        user,
        { role: 'system', content: 'Now answer in French.' },
        { role: 'user', content: 'Merci' },
      ],
    },
  },
];

describe('Anthropic same-format round trip', () => {
  it.each(bodies)('reproduces $name', ({ body }) => {
    const warnings: Warning[] = [];
    const rendered = anthropicProvider.renderRequest(anthropicProtocol.parseRequest(body), warnings);
    expect(rendered).toEqual(body);
    expect(warnings).toEqual([]);
  });

  it('sends the model the gateway chose', () => {
    const request = {
      ...anthropicProtocol.parseRequest({ model: 'a', max_tokens: 1, messages: [user] }),
      model: 'b',
    };
    expect(anthropicProvider.renderRequest(request, []).model).toBe('b');
  });

  it('reproduces what the official Anthropic SDK sends', async () => {
    let sent: Record<string, unknown> = {};
    const client = new Anthropic({
      apiKey: 'pal_test',
      baseURL: 'http://palisade.test',
      maxRetries: 0,
      fetch: async (_url, init) => {
        sent = JSON.parse(String(init?.body)) as Record<string, unknown>;
        return new Response('{}', { status: 500 });
      },
    });
    await client.messages
      .create({
        model: 'claude-sonnet-4-5',
        max_tokens: 256,
        system: [{ type: 'text', text: 'Schema: t(a, b)', cache_control: { type: 'ephemeral' } }],
        messages: [
          { role: 'user', content: 'Query it.' },
          {
            role: 'assistant',
            content: [{ type: 'tool_use', id: 'toolu_1', name: 'sql', input: { q: 'select a from t' } }],
          },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '1 row' }] },
        ],
        tools: [{ name: 'sql', input_schema: { type: 'object', properties: { q: { type: 'string' } } } }],
        thinking: { type: 'enabled', budget_tokens: 1024 },
      })
      .catch(() => undefined);
    expect(sent.messages).toBeDefined();
    expect(anthropicProvider.renderRequest(anthropicProtocol.parseRequest(sent), [])).toEqual(sent);
  });
});
