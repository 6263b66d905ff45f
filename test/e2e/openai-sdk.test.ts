import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  platformAnthropicKey,
  platformOpenAiKey,
  startHarness,
  type TestWorkspace,
} from '../support/harness.js';

let h: Harness;
let ws: TestWorkspace;
let claudeWs: TestWorkspace;
const client = (token: string) => new OpenAI({ apiKey: token, baseURL: `${h.url}/v1`, maxRetries: 0 });

beforeAll(async () => {
  h = await startHarness();
  ws = await h.workspace();
  claudeWs = await h.workspace({ provider: 'anthropic' });
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

describe('OpenAI SDK → Palisade → OpenAI', () => {
  it('answers a chat completion, on the workspace model, with store:false and the platform key', async () => {
    const completion = await client(ws.memberToken).chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hello there' },
      ],
      temperature: 0.2,
      logit_bias: { '50256': -100 },
    });
    expect(completion.choices[0]?.message.content).toContain('hello there');
    expect(completion.usage?.prompt_tokens).toBeGreaterThan(0);
    const sent = h.fake.requests.at(-1);
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${platformOpenAiKey}`);
    expect(sent?.body).toMatchObject({
      model: 'gpt-5.4-mini',
      store: false,
      temperature: 0.2,
      // A parameter Palisade does not model is kept on a same-format call.
      logit_bias: { '50256': -100 },
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hello there' },
      ],
    });
  });

  it('streams chunks and hides the usage chunk it added for itself', async () => {
    const stream = await client(ws.memberToken).chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: 'one two three four five' }],
      stream: true,
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      expect(chunk.choices).toHaveLength(1);
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(chunks).toBeGreaterThan(3);
    expect(text).toContain('one two three four five');
    expect(h.fake.requests.at(-1)?.body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
      store: false,
    });
  });

  it('passes the usage chunk through when the client asks for it', async () => {
    const stream = await client(ws.memberToken).chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: 'count me' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const chunk of stream) if (chunk.usage) usage = chunk.usage;
    expect(usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('runs the workspace model, not the one the request names, unless it is allowed', async () => {
    const res = await client(ws.memberToken)
      .chat.completions.create({ model: 'gpt-5.4-nano', messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    expect(h.fake.requests.at(-1)?.body).toMatchObject({ model: 'gpt-5.4-mini' });
    expect(res.response.headers.get('x-palisade-warnings')).toContain('model_substituted');
    const other = await h.workspace();
    await h.api('PATCH', `/api/workspaces/${other.id}/ai-settings`, {
      token: other.adminToken,
      body: { model: 'gpt-5.4', allowed_models: ['gpt-5.4-nano'] },
    });
    await client(other.memberToken).chat.completions.create({
      model: 'gpt-5.4-nano',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(h.fake.requests.at(-1)?.body).toMatchObject({ model: 'gpt-5.4-nano' });
    const models = await client(other.memberToken).models.list();
    expect(models.data.map((m) => m.id)).toEqual(['gpt-5.4', 'gpt-5.4-nano']);
  });

  it('does not let the client choose the destination or the key', async () => {
    await client(ws.memberToken).chat.completions.create(
      { model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'hi' }] },
      {
        headers: {
          'x-palisade-base-url': 'http://127.0.0.1:1',
          'openai-organization': 'org-evil',
          'x-api-key': ws.memberToken,
        },
      },
    );
    const sent = h.fake.requests.at(-1);
    expect(sent?.headers.authorization).toBe(`Bearer ${platformOpenAiKey}`);
    expect(sent?.headers['openai-organization']).toBeUndefined();
    expect(JSON.stringify(sent?.headers)).not.toContain(ws.memberToken);
  });

  it('refuses every call with ai_disabled once AI is switched off, and contacts no provider', async () => {
    const off = await h.workspace();
    const patched = await h.api('PATCH', `/api/workspaces/${off.id}/ai-settings`, {
      token: off.adminToken,
      body: { ai_enabled: false },
    });
    expect(patched.status).toBe(200);
    const error = await client(off.memberToken)
      .chat.completions.create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe('ai_disabled');
    const streamed = await client(off.memberToken)
      .chat.completions.create({
        model: 'gpt-5.4-mini',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      })
      .catch((e: unknown) => e);
    expect((streamed as InstanceType<typeof OpenAI.APIError>).code).toBe('ai_disabled');
    expect(
      (
        (await client(off.memberToken)
          .models.list()
          .catch((e: unknown) => e)) as { code: string }
      ).code,
    ).toBe('ai_disabled');
    expect(h.fake.requests).toHaveLength(0);
    // The refusals are on the record, too.
    await h.palisade.recorder.flush();
    const audit = await h.api<{ data: Array<{ action: string; after: Record<string, unknown> }> }>(
      'GET',
      `/api/workspaces/${off.id}/audit?limit=2`,
      { token: off.adminToken },
    );
    expect(audit.body.data.map((e) => [e.action, e.after.outcome, e.after.http_status])).toEqual([
      ['ai.call', 'ai_disabled', 403],
      ['ai.call', 'ai_disabled', 403],
    ]);
  });

  it('rejects bad requests in the OpenAI error format', async () => {
    const error = (await client(ws.memberToken)
      .chat.completions.create({ model: 'gpt-5.4-mini', messages: 'nope' as never })
      .catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.code).toBe('invalid_request');
    const unauthorized = (await client('pal_nope')
      .chat.completions.create({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(unauthorized).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(h.fake.requests).toHaveLength(0);
  });
});

describe('/metrics', () => {
  it('counts AI calls by endpoint, provider and outcome, for the operator only', async () => {
    await client(ws.memberToken).chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: 'count' }],
    });
    const res = await h.api('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const ok = res.text.match(
      /palisade_ai_calls_total\{endpoint="chat.completions",provider="openai",outcome="ok"\} (\d+)/,
    );
    expect(Number(ok?.[1])).toBeGreaterThan(0);
    expect(res.text).toMatch(/palisade_ai_tokens_total\{provider="openai",direction="output"\} \d+/);
    expect(res.text).not.toContain(ws.id);
    expect((await h.api('GET', '/metrics', { token: ws.adminToken })).status).toBe(403);
  });
});

describe('OpenAI SDK → Palisade → Anthropic (translated)', () => {
  it('translates system prompts, turns, stop reasons and usage', async () => {
    const completion = await client(claudeWs.memberToken)
      .chat.completions.create({
        model: 'gpt-5.4-mini',
        messages: [
          { role: 'system', content: 'You are terse.' },
          { role: 'user', content: 'first question' },
          { role: 'assistant', content: 'first answer' },
          { role: 'user', content: 'second question' },
        ],
        max_tokens: 50,
        stop: ['END'],
        seed: 7,
      })
      .withResponse();
    const sent = h.fake.requests.at(-1);
    expect(sent?.path).toBe('/v1/messages');
    expect(sent?.headers['x-api-key']).toBe(platformAnthropicKey);
    expect(sent?.body).toMatchObject({
      model: 'claude-sonnet-5-5',
      system: expect.anything(),
      max_tokens: 50,
      stop_sequences: ['END'],
      messages: [
        { role: 'user', content: expect.anything() },
        { role: 'assistant', content: expect.anything() },
        { role: 'user', content: expect.anything() },
      ],
    });
    expect(JSON.stringify(sent?.body)).toContain('You are terse.');
    expect((sent?.body as Record<string, unknown> | undefined)?.seed).toBeUndefined();
    expect(completion.response.headers.get('x-palisade-warnings')).toContain('unsupported_parameter=seed');
    expect(completion.data.choices[0]?.message.content).toContain('second question');
    expect(completion.data.choices[0]?.finish_reason).toBe('stop');
    expect(completion.data.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('keeps the warnings header safe and short whatever unknown fields the client sends', async () => {
    const body: Record<string, unknown> = {
      model: 'x',
      messages: [{ role: 'user', content: 'hi' }],
      'bad\nkey': 1,
    };
    for (let i = 0; i < 100; i++) body[`extra_field_${i}`] = i;
    for (const stream of [false, true]) {
      const res = await fetch(`${h.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${claudeWs.memberToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, stream }),
      });
      expect(res.status).toBe(200);
      const warnings = res.headers.get('x-palisade-warnings') ?? '';
      expect(warnings).toContain('unsupported_parameter=bad?key');
      expect(warnings).toContain('more');
      expect(warnings.length).toBeLessThanOrEqual(1_003);
      expect(await res.text()).toContain('hi');
    }
  });

  it('translates tool calls and tool results both ways', async () => {
    h.fake.configure({ toolCall: { name: 'get_weather', arguments: { city: 'Paris' } } });
    const tools: OpenAI.ChatCompletionTool[] = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather',
          parameters: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    ];
    const first = await client(claudeWs.memberToken).chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: 'weather in Paris?' }],
      tools,
    });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' && call.function.name).toBe('get_weather');
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ city: 'Paris' });
    expect(h.fake.requests.at(-1)?.body).toMatchObject({
      tools: [{ name: 'get_weather', input_schema: { type: 'object' } }],
    });

    h.fake.configure({ toolCall: undefined });
    await client(claudeWs.memberToken).chat.completions.create({
      model: 'x',
      tools,
      messages: [
        { role: 'user', content: 'weather in Paris?' },
        { role: 'assistant', content: null, tool_calls: first.choices[0]?.message.tool_calls ?? [] },
        { role: 'tool', tool_call_id: call?.id ?? '', content: '18C and sunny' },
      ],
    });
    const sent = h.fake.requests.at(-1)?.body as {
      messages: Array<{ role: string; content: Array<Record<string, unknown>> }>;
    };
    expect(sent.messages[1]?.content[0]).toMatchObject({
      type: 'tool_use',
      id: call?.id,
      name: 'get_weather',
      input: { city: 'Paris' },
    });
    expect(sent.messages[2]).toMatchObject({
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: call?.id }],
    });
    expect(JSON.stringify(sent.messages[2])).toContain('18C and sunny');
  });

  it('streams a translated answer with a tool call', async () => {
    h.fake.configure({ toolCall: { name: 'lookup', arguments: { q: 'x' } } });
    const stream = await client(claudeWs.memberToken).chat.completions.create({
      model: 'x',
      messages: [{ role: 'user', content: 'find x' }],
      tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let args = '';
    let finish: string | null | undefined;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      usage = chunk.usage ?? usage;
    }
    expect(JSON.parse(args)).toEqual({ q: 'x' });
    expect(finish).toBe('tool_calls');
    expect(usage?.prompt_tokens).toBeGreaterThan(0);
  });
});
