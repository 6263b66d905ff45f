import { describe, expect, it } from 'vitest';
import { defaultKnobs } from './knobs.js';
import { type Conversation, planReply } from './reply.js';
import { countWords, truncateWords, wordPieces } from './text.js';

const conversation = (over: Partial<Conversation> = {}): Conversation => ({
  lastUserText: 'hello world',
  endsWithToolResult: false,
  tools: [],
  toolChoice: { kind: 'auto' },
  maxTokens: undefined,
  texts: ['be brief', 'hello world'],
  ...over,
});

describe('text', () => {
  it.each([
    ['Echo: a b', ['Echo:', ' a', ' b']],
    ['  lead and trail  ', ['  lead', ' and', ' trail  ']],
    ['line\nbreak', ['line', '\nbreak']],
    ['', []],
  ])('splits %j into word pieces that join back', (text, pieces) => {
    expect(wordPieces(text)).toEqual(pieces);
    expect(wordPieces(text).join('')).toBe(text);
  });

  it('counts and truncates by whitespace-separated words', () => {
    expect(countWords('  one two\tthree\n')).toBe(3);
    expect(truncateWords('a b c d', 2)).toEqual({ text: 'a b', truncated: true });
    expect(truncateWords('a b', 2)).toEqual({ text: 'a b', truncated: false });
  });
});

describe('planReply', () => {
  it('echoes the last user text and counts words for usage', () => {
    expect(planReply(conversation(), defaultKnobs)).toEqual({
      text: 'Echo: hello world',
      pieces: ['Echo:', ' hello', ' world'],
      toolCall: undefined,
      stop: 'end',
      inputTokens: 4,
      outputTokens: 3,
    });
  });

  it('cuts the streamed text into pieces of textChunkChars characters when set', () => {
    expect(planReply(conversation(), { ...defaultKnobs, textChunkChars: 4 }).pieces).toEqual([
      'Echo',
      ': he',
      'llo ',
      'worl',
      'd',
    ]);
  });

  it('calls the first offered tool, or the named one, only when asked', () => {
    const tools = conversation({ tools: ['a', 'b'] });
    expect(planReply(tools, defaultKnobs).toolCall).toBeUndefined();
    const knobs = { ...defaultKnobs, toolCall: { arguments: { x: 1 } } };
    expect(planReply(tools, knobs)).toMatchObject({
      toolCall: { name: 'a', arguments: '{"x":1}' },
      stop: 'tool',
    });
    expect(planReply(tools, { ...knobs, toolCall: { name: 'b' } }).toolCall?.name).toBe('b');
    expect(
      planReply({ ...tools, toolChoice: { kind: 'tool', name: 'b' } }, defaultKnobs).toolCall?.name,
    ).toBe('b');
    expect(planReply({ ...tools, toolChoice: { kind: 'none' } }, knobs).toolCall).toBeUndefined();
    expect(planReply({ ...tools, endsWithToolResult: true }, knobs).toolCall).toBeUndefined();
  });

  it('stops at maxTokens with reason length', () => {
    const plan = planReply(conversation({ maxTokens: 2 }), defaultKnobs);
    expect(plan).toMatchObject({ text: 'Echo: hello', stop: 'length', outputTokens: 2 });
  });
});
