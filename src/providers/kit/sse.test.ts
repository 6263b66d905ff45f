import { describe, expect, it } from 'vitest';
import { type SseEvent, SseParser } from './sse.js';

function parseAll(...chunks: Array<string | Uint8Array>): { events: SseEvent[]; pending: string } {
  const parser = new SseParser();
  const events = chunks.flatMap((chunk) => parser.push(chunk));
  return { events, pending: parser.pending };
}

const fields = (events: SseEvent[]) => events.map(({ event, data }) => ({ event, data }));

/** A recorded-style Anthropic stream: event names, a comment, multi-byte text, a ping. */
const recorded = [
  ': keep-alive\n\n',
  'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_01","usage":{"input_tokens":5}}}\n\n',
  'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"text":"Hällo wörld 🌍"}}\n\n',
  'event: ping\ndata: {"type": "ping"}\n\n',
  'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"text":"日本語"}}\n\n',
  'event: message_stop\ndata: {"type":"message_stop"}\n\n',
].join('');
const recordedBytes = new TextEncoder().encode(recorded);

describe('SseParser framing', () => {
  it.each([
    ['LF', 'data: a\n\ndata: b\n\n'],
    ['CRLF', 'data: a\r\n\r\ndata: b\r\n\r\n'],
    ['CR', 'data: a\r\rdata: b\r\r'],
    ['CRLF then LF', 'data: a\r\n\r\ndata: b\n\n'],
    ['a CRLF line then an LF blank line', 'data: a\r\n\ndata: b\n\n'],
  ])('separates events by %s, keeping each raw event', (_, text) => {
    const { events, pending } = parseAll(text);
    expect(fields(events)).toEqual([
      { event: undefined, data: 'a' },
      { event: undefined, data: 'b' },
    ]);
    expect(events.map((e) => e.raw).join('')).toBe(text);
    expect(pending).toBe('');
  });

  it('ends an event on an LF line followed by a CRLF blank line', () => {
    expect(fields(parseAll('data: a\n\r\n').events)).toEqual([{ event: undefined, data: 'a' }]);
  });

  it.each([
    ['LF', 'data: one\ndata: two\ndata: three\n\n'],
    ['CRLF', 'data: one\r\ndata: two\r\ndata: three\r\n\r\n'],
    ['CR', 'data: one\rdata: two\rdata: three\r\r'],
  ])('joins multi-line data with LF whatever the line ending (%s)', (_, text) => {
    expect(fields(parseAll(text).events)).toEqual([{ event: undefined, data: 'one\ntwo\nthree' }]);
  });

  it.each<[string, string, Array<{ event: string | undefined; data: string }>]>([
    ['an event name', 'event: message_start\ndata: {}\n\n', [{ event: 'message_start', data: '{}' }]],
    ['an event with no data', 'event: ping\n\n', [{ event: 'ping', data: '' }]],
    ['a comment-only block (skipped)', ': ping\n\n', []],
    ['a comment inside an event', ': note\ndata: x\n: more\n\n', [{ event: undefined, data: 'x' }]],
    ['no space after the colon', 'data:x\n\n', [{ event: undefined, data: 'x' }]],
    ['only the first space removed', 'data:  x \n\n', [{ event: undefined, data: ' x ' }]],
    ['a field with no colon', 'data\n\n', [{ event: undefined, data: '' }]],
    ['colons inside the value', 'data: {"a":"b:c"}\n\n', [{ event: undefined, data: '{"a":"b:c"}' }]],
    ['id and retry (ignored)', 'id: 7\nretry: 100\ndata: z\n\n', [{ event: undefined, data: 'z' }]],
    ['a block of only ignored fields', 'id: 7\n\n', []],
    ['an empty data line', 'data:\n\n', [{ event: undefined, data: '' }]],
    ['the last event name winning', 'event: a\nevent: b\ndata: 1\n\n', [{ event: 'b', data: '1' }]],
  ])('reads %s', (_, text, expected) => {
    const { events, pending } = parseAll(text);
    expect(fields(events)).toEqual(expected);
    expect(pending).toBe('');
  });
});

describe('SseParser chunking', () => {
  const whole = parseAll(recordedBytes).events;

  it('reads the recorded stream whole', () => {
    expect(whole.map((e) => e.event)).toEqual([
      'message_start',
      'content_block_delta',
      'ping',
      'content_block_delta',
      'message_stop',
    ]);
    expect(whole[1]?.data).toContain('Hällo wörld 🌍');
    expect(whole.map((e) => e.raw).join('')).toBe(recorded.replace(': keep-alive\n\n', ''));
  });

  it('yields identical events for a split at every byte position', () => {
    for (let at = 0; at <= recordedBytes.length; at++) {
      const split = parseAll(recordedBytes.slice(0, at), recordedBytes.slice(at));
      expect(split.events, `split at byte ${at}`).toEqual(whole);
      expect(split.pending).toBe('');
    }
  });

  it('yields identical events fed one byte at a time', () => {
    const bytes = Array.from(recordedBytes, (_, i) => recordedBytes.slice(i, i + 1));
    expect(parseAll(...bytes).events).toEqual(whole);
  });

  it.each([
    ['CRLF', 'data: a\r\n\r\ndata: b\r\n\r\n'],
    ['CR', 'data: a\r\rdata: b\r\r'],
  ])('yields identical %s events for a split at every position', (_, text) => {
    // The fields are identical; a raw event whose final CRLF is split by a chunk boundary ends in the CR
    // (still a valid line end), because it is dispatched before the LF arrives.
    const expected = fields(parseAll(text).events);
    for (let at = 0; at <= text.length; at++) {
      expect(fields(parseAll(text.slice(0, at), text.slice(at)).events), `split at ${at}`).toEqual(expected);
    }
  });
});

describe('SseParser pending', () => {
  it.each([
    ['nothing after a complete stream', 'data: a\n\n', ''],
    ['a cut event', 'data: a\n\ndata: {"par', 'data: {"par'],
    ['an event missing its blank line', 'data: a\n\ndata: b\n', 'data: b\n'],
    ['a lone comment line', ': keep', ': keep'],
  ])('holds %s', (_, text, pending) => {
    expect(parseAll(text).pending).toBe(pending);
  });

  it('releases a held event once its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('data: a\n')).toEqual([]);
    expect(parser.pending).toBe('data: a\n');
    expect(parser.push('\n')).toEqual([{ event: undefined, data: 'a', raw: 'data: a\n\n' }]);
    expect(parser.pending).toBe('');
  });
});
