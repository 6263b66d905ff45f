import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { anthropicProtocol } from '../protocols/anthropic/index.js';
import { openaiProtocol } from '../protocols/openai/index.js';
import { anthropicProvider } from '../providers/anthropic/index.js';
import { SseParser } from '../providers/kit/sse.js';
import type { UpstreamResponse } from '../providers/kit/upstream.js';
import { openaiProvider } from '../providers/openai/index.js';
import { pumpStream } from './stream.js';

type Format = 'openai' | 'anthropic';

/** Recorded-style provider streams (see the adapters' stream-parser tests for their sources). */
const oa = (choices: unknown[], usage: unknown = null) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-B1', object: 'chat.completion.chunk', created: 1727000000, model: 'gpt-4o', choices, usage })}\n\n`;
const oaDelta = (delta: object, finish_reason: string | null = null) => [{ index: 0, delta, finish_reason }];
const oaBody = [
  oa(oaDelta({ role: 'assistant', content: '' })),
  oa(oaDelta({ content: 'Hello' })),
  oa(oaDelta({ content: ' wörld 🌍' })),
  oa(oaDelta({}, 'stop')),
].join('');
const oaUsage = oa([], { prompt_tokens: 19, completion_tokens: 3, total_tokens: 22 });
const openaiStream = `${oaBody}${oaUsage}data: [DONE]\n\n`;

const an = (type: string, rest: object = {}) =>
  `event: ${type}\ndata: ${JSON.stringify({ type, ...rest })}\n\n`;
const anUsage = {
  input_tokens: 25,
  cache_creation_input_tokens: 10,
  cache_read_input_tokens: 100,
  output_tokens: 1,
};
const anMessage = { id: 'msg_01', type: 'message', role: 'assistant', model: 'claude-x', content: [] };
const anBody = [
  an('message_start', { message: { ...anMessage, usage: anUsage } }),
  an('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
  an('ping'),
  an('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Grüße 🌍' } }),
  an('content_block_stop', { index: 0 }),
].join('');
const anEnd =
  an('message_delta', {
    delta: { stop_reason: 'end_turn', stop_sequence: null },
    usage: { output_tokens: 48 },
  }) + an('message_stop');
const anthropicStream = anBody + anEnd;
const anOverloaded = an('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });

const anthropicUsage = { inputTokens: 135, outputTokens: 48, cacheReadTokens: 100, cacheWriteTokens: 10 };
const openaiUsage = { inputTokens: 19, outputTokens: 3 };
const splits = [[1], [7], [3, 50, 2], [100_000]];

/** Cuts bytes into pieces of the given sizes (cycled): mid-line, mid-character, mid-separator. */
function pieces(text: string, sizes: number[]): Buffer[] {
  const bytes = Buffer.from(text);
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? bytes.length;
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

function request(client: Format, includeUsage?: boolean) {
  const messages = [{ role: 'user', content: 'Hi' }];
  if (client === 'anthropic') {
    return anthropicProtocol.parseRequest({ model: 'claude-x', max_tokens: 64, stream: true, messages });
  }
  const options = includeUsage === undefined ? {} : { stream_options: { include_usage: includeUsage } };
  return openaiProtocol.parseRequest({ model: 'gpt-4o', stream: true, messages, ...options });
}

/** The fields these tests read from a rendered event. */
interface Rendered {
  message?: unknown;
  delta?: { text?: string; stop_reason?: string };
  choices?: Array<{ delta: { content?: string }; finish_reason: string | null }>;
  error?: unknown;
  [field: string]: unknown;
}

type Options = { sizes?: number[]; includeUsage?: boolean; controller?: AbortController };

async function pump(upstream: Format, client: Format, input: string | Readable, options: Options = {}) {
  const chunks: string[] = [];
  let ends = 0;
  const body = typeof input === 'string' ? Readable.from(pieces(input, options.sizes ?? [7])) : input;
  const result = await pumpStream({
    response: { statusCode: 200, headers: {}, body } as unknown as UpstreamResponse,
    adapter: upstream === 'openai' ? openaiProvider : anthropicProvider,
    protocol: client === 'openai' ? openaiProtocol : anthropicProtocol,
    request: request(client, options.includeUsage),
    sameFormat: upstream === client,
    sink: {
      write: (text) => {
        if (ends > 0) throw new Error('write after end');
        chunks.push(text);
        return undefined;
      },
      end: () => {
        ends++;
      },
    },
    signal: (options.controller ?? new AbortController()).signal,
  });
  const text = chunks.join('');
  const events = new SseParser().push(text).map((e) => ({ event: e.event, data: e.data }));
  const data = events.map((e) => (e.data === '[DONE]' ? {} : (JSON.parse(e.data) as Rendered)));
  return { result, text, events, data, ends, destroyed: body.destroyed };
}

describe('pumpStream, same format', () => {
  const passThrough = splits.flatMap((sizes) => [
    { format: 'openai' as const, stream: openaiStream, usage: openaiUsage, sizes },
    { format: 'anthropic' as const, stream: anthropicStream, usage: anthropicUsage, sizes },
  ]);
  it.each(passThrough)('forwards a $format stream as it came (pieces $sizes)', async (c) => {
    const out = await pump(c.format, c.format, c.stream, { sizes: c.sizes, includeUsage: true });
    expect(out.text).toBe(c.stream);
    expect(out.result).toEqual({ outcome: 'ok', usage: c.usage });
    expect(out.ends).toBe(1);
  });

  it.each([false, undefined])(
    'hides the usage chunk unless asked (include_usage %s)',
    async (includeUsage) => {
      const out = await pump('openai', 'openai', openaiStream, { sizes: [5], includeUsage });
      expect(out.text).toBe(`${oaBody}data: [DONE]\n\n`);
      expect(out.result).toEqual({ outcome: 'ok', usage: openaiUsage });
    },
  );

  it('forwards a provider error event as it came and adds none of its own', async () => {
    const out = await pump('anthropic', 'anthropic', anBody + anOverloaded + anEnd);
    expect(out.text).toBe(anBody + anOverloaded);
    expect(out.result).toMatchObject({
      outcome: 'upstream_error',
      error: { code: 'upstream_error', status: 529 },
    });
    expect([out.ends, out.destroyed]).toEqual([1, true]);
  });

  it('counts a connection reset after [DONE] as a complete stream', async () => {
    async function* resetAfterDone() {
      yield Buffer.from(openaiStream);
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    }
    const out = await pump('openai', 'openai', Readable.from(resetAfterDone()), { includeUsage: true });
    expect(out.text).toBe(openaiStream);
    expect(out.result.outcome).toBe('ok');
  });
});

describe('pumpStream, translated', () => {
  it.each(splits)('renders an OpenAI stream as Anthropic events (pieces %j)', async (...sizes) => {
    const out = await pump('openai', 'anthropic', openaiStream, { sizes });
    expect(out.events.map((e) => e.event)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(out.data[0]?.message).toMatchObject({ id: 'chatcmpl-B1', model: 'gpt-4o' });
    expect(out.data.map((d) => d.delta?.text ?? '').join('')).toBe('Hello wörld 🌍');
    expect(out.data[5]).toMatchObject({
      delta: { stop_reason: 'end_turn' },
      usage: { input_tokens: 19, output_tokens: 3 },
    });
    expect(out.result).toEqual({ outcome: 'ok', usage: openaiUsage });
    expect(out.ends).toBe(1);
  });

  it('renders an Anthropic stream as OpenAI chunks, usage last before [DONE]', async () => {
    const out = await pump('anthropic', 'openai', anthropicStream, { sizes: [3], includeUsage: true });
    expect(out.events.at(-1)?.data).toBe('[DONE]');
    expect(out.data.at(-2)).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 135, completion_tokens: 48 },
    });
    const chunks = out.data.slice(0, -2);
    expect(chunks.map((c) => c.choices?.[0]?.delta.content ?? '').join('')).toBe('Grüße 🌍');
    expect(chunks.at(-1)?.choices?.[0]?.finish_reason).toBe('stop');
    expect(chunks.every((c) => c.id === 'msg_01' && c.object === 'chat.completion.chunk')).toBe(true);
    expect(out.result).toEqual({ outcome: 'ok', usage: anthropicUsage });
  });
});

describe('pumpStream failures', () => {
  const lastEvent = {
    openai: { event: undefined, error: { code: 'upstream_error', type: 'api_error' } },
    anthropic: { event: 'error', type: 'error', error: { code: 'upstream_error', type: 'api_error' } },
  };
  const upTo = (text: string, marker: string) => text.slice(0, text.indexOf(marker));

  it.each<[Format, Format, string]>([
    ['openai', 'openai', upTo(openaiStream, 'data: [DONE]')],
    ['openai', 'openai', upTo(openaiStream, 'rld 🌍')],
    ['openai', 'anthropic', upTo(openaiStream, 'data: [DONE]')],
    ['anthropic', 'anthropic', upTo(anthropicStream, 'event: message_stop')],
    ['anthropic', 'openai', upTo(anthropicStream, 'Grüße')],
    ['openai', 'anthropic', ''],
  ])('ends a cut %s stream with one error in %s format', async (upstream, client, cut) => {
    const out = await pump(upstream, client, cut, { sizes: [11], includeUsage: true });
    expect(out.result).toMatchObject({ outcome: 'incomplete', error: { code: 'upstream_error' } });
    const { event, ...data } = lastEvent[client];
    expect(out.events.at(-1)?.event).toBe(event);
    expect(out.data.at(-1)).toMatchObject(data);
    expect(out.data.filter((d) => d.error !== undefined)).toHaveLength(1);
    if (upstream === client) {
      const forwarded = new SseParser().push(cut).map((e) => e.raw);
      expect(out.text.startsWith(forwarded.join(''))).toBe(true);
    }
    expect([out.ends, out.destroyed]).toEqual([1, true]);
  });

  it('keeps the usage read before a cut', async () => {
    const out = await pump('anthropic', 'openai', upTo(anthropicStream, 'event: message_stop'));
    expect(out.result).toMatchObject({ outcome: 'incomplete', usage: anthropicUsage });
  });

  it('renders a provider error event in the other format', async () => {
    const out = await pump('anthropic', 'openai', anBody + anOverloaded);
    expect(out.result).toMatchObject({ outcome: 'upstream_error', error: { status: 529 } });
    expect(out.data.at(-1)).toMatchObject({ error: { code: 'upstream_error' } });
  });

  it.each([
    ['ECONNRESET', 'upstream_error'],
    ['UPSTREAM_BODY_TIMEOUT', 'upstream_timeout'],
  ])('turns a %s mid-stream into %s', async (code, expected) => {
    async function* broken() {
      yield Buffer.from(oa(oaDelta({ content: 'Hi' })));
      throw Object.assign(new Error('socket trouble'), { code });
    }
    const out = await pump('openai', 'anthropic', Readable.from(broken()));
    expect(out.result).toMatchObject({ outcome: 'incomplete', error: { code: expected } });
    expect(out.data.at(-1)).toMatchObject({ type: 'error', error: { code: expected } });
    expect(out.text).not.toContain('socket trouble');
  });

  it('turns malformed provider data into a terminal error event', async () => {
    const out = await pump('openai', 'openai', `${oaBody}data: {not json\n\n`);
    expect(out.result).toMatchObject({ outcome: 'incomplete', error: { code: 'upstream_error' } });
    expect(out.text.startsWith(oaBody)).toBe(true);
    expect(out.data.at(-1)).toMatchObject({ error: { code: 'upstream_error' } });
  });

  it('stops quietly when the client goes away', async () => {
    const controller = new AbortController();
    async function* aborted() {
      yield Buffer.from(anBody);
      controller.abort();
      throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    }
    const out = await pump('anthropic', 'anthropic', Readable.from(aborted()), { controller });
    const startUsage = {
      inputTokens: 135,
      outputTokens: undefined,
      cacheReadTokens: 100,
      cacheWriteTokens: 10,
    };
    expect(out.result).toEqual({ outcome: 'client_closed', usage: startUsage });
    expect(out.text).toBe(anBody);
    expect(out.ends).toBe(1);
  });
});

describe('pumpStream edges', () => {
  it('delivers the text that came before a malformed event in the same chunk', async () => {
    const broken = `${oa(oaDelta({ role: 'assistant', content: '' }))}${oa(oaDelta({ content: 'kept' }))}data: {not json\n\n`;
    const out = await pump('openai', 'openai', broken, { sizes: [100_000] });
    expect(out.text).toContain('kept');
    expect(out.result.outcome).toBe('incomplete');
    expect(out.text.trim().split('\n\n').at(-1)).toContain('upstream_error');
  });

  it.each<Format>(['openai', 'anthropic'])(
    'forwards nothing after the terminal event (client %s)',
    async (client) => {
      const trailing = `${openaiStream}${oa(oaDelta({ content: 'AFTER' }))}`;
      const body = Readable.from(pieces(trailing, [100_000]));
      const out = await pump('openai', client, body, { includeUsage: true });
      expect(out.result.outcome).toBe('ok');
      expect(out.text).not.toContain('AFTER');
      // What followed is read to the end and dropped (not cut), so the keep-alive connection can be reused.
      if (!body.readableEnded) await new Promise((resolve) => body.once('end', resolve));
      expect(body.readableEnded).toBe(true);
    },
  );

  it('cuts off a provider that goes on sending after the terminal event', async () => {
    const endless = Readable.from(
      (function* () {
        yield openaiStream;
        for (;;) yield oa(oaDelta({ content: 'x'.repeat(1_000) }));
      })(),
    );
    const out = await pump('openai', 'openai', endless, { includeUsage: true });
    expect(out.result.outcome).toBe('ok');
    if (!endless.destroyed) await new Promise((resolve) => endless.once('close', resolve));
    expect(endless.destroyed).toBe(true);
    expect(endless.readableEnded).toBe(false);
  });
});
