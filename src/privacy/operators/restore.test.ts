import { describe, expect, it } from 'vitest';
import type { StreamPart } from '../../core/chat.js';
import { Placeholders } from './placeholders.js';
import { restoreJson, restoreResponse, StreamPartRestorer } from './restore.js';

const placeholders = (): Placeholders => {
  const p = new Placeholders();
  p.tokenFor('EMAIL', 'ana@acme.io');
  p.tokenFor('PERSON', 'Zoë "Z" Brandt');
  return p;
};

function collect(parts: StreamPart[]): { text: string; args: Record<number, string>; order: string[] } {
  const r = new StreamPartRestorer(placeholders());
  const out = [...parts.flatMap((p) => r.push(p)), ...r.end()];
  const args: Record<number, string> = {};
  let text = '';
  for (const p of out) {
    if (p.type === 'text') text += p.text;
    if (p.type === 'tool_call_delta') args[p.index] = (args[p.index] ?? '') + p.argumentsDelta;
  }
  return { text, args, order: out.map((p) => p.type) };
}

describe('restoring the model answer', () => {
  it('restores text and JSON tool arguments of a complete response', () => {
    const restored = restoreResponse(
      {
        id: 'r',
        model: 'm',
        finishReason: 'tool_calls',
        usage: { inputTokens: 1, outputTokens: 1 },
        parts: [
          { type: 'text', text: 'Mailing <PERSON_1> at <EMAIL_1>.' },
          { type: 'tool_call', id: 't', name: 'send', arguments: '{"to":"<EMAIL_1>","name":"<PERSON_1>"}' },
        ],
      },
      placeholders(),
    );
    expect(restored.parts[0]).toMatchObject({ text: 'Mailing Zoë "Z" Brandt at ana@acme.io.' });
    expect(JSON.parse((restored.parts[1] as { arguments: string }).arguments)).toEqual({
      to: 'ana@acme.io',
      name: 'Zoë "Z" Brandt',
    });
  });

  it('restores every string of a raw provider answer and keeps its other fields', () => {
    const raw = {
      id: 'chatcmpl-1',
      system_fingerprint: 'fp_1',
      choices: [
        {
          message: {
            content: 'Hi <PERSON_1>',
            tool_calls: [{ function: { name: 'send', arguments: '{"to":"<PERSON_1>"}' } }],
          },
          logprobs: null,
        },
      ],
    };
    const restored = restoreJson(raw, placeholders()) as typeof raw;
    expect(restored.system_fingerprint).toBe('fp_1');
    expect(restored.choices[0]?.message.content).toBe('Hi Zoë "Z" Brandt');
    expect(JSON.parse(restored.choices[0]?.message.tool_calls[0]?.function.arguments ?? '')).toEqual({
      to: 'Zoë "Z" Brandt',
    });
  });

  it('restores a stream where placeholders are split across text and argument chunks', () => {
    const result = collect([
      { type: 'start', id: 'r', model: 'm' },
      { type: 'text', text: 'Hi <PER' },
      { type: 'text', text: 'SON_1>, mail: <EM' },
      { type: 'tool_call_start', index: 0, id: 't', name: 'send' },
      { type: 'tool_call_delta', index: 0, argumentsDelta: '{"to":"<EMA' },
      { type: 'tool_call_delta', index: 0, argumentsDelta: 'IL_1>","who":"<PERSON_' },
      { type: 'tool_call_start', index: 1, id: 'u', name: 'log' },
      { type: 'tool_call_delta', index: 1, argumentsDelta: '{"x":"<EMAIL_1' },
      { type: 'tool_call_delta', index: 0, argumentsDelta: '1>"}' },
      { type: 'tool_call_delta', index: 1, argumentsDelta: '>"}' },
      { type: 'finish', reason: 'tool_calls' },
      { type: 'usage', usage: { inputTokens: 1, outputTokens: 2 } },
    ]);
    // '<EM' held at the tool call start is not a whole token: released as it was.
    expect(result.text).toBe('Hi Zoë "Z" Brandt, mail: <EM');
    expect(JSON.parse(result.args[1] as string)).toEqual({ x: 'ana@acme.io' });
    expect(result.order.indexOf('finish')).toBeGreaterThan(result.order.lastIndexOf('tool_call_delta'));
    expect(result.order.at(-1)).toBe('usage');
  });

  it('releases held text before finish, and at the end of a stream without finish', () => {
    expect(
      collect([
        { type: 'text', text: 'x <EMAIL_1' },
        { type: 'finish', reason: 'stop' },
      ]).order,
    ).toEqual(['text', 'text', 'finish']);
    expect(collect([{ type: 'text', text: 'x <EMAIL_1' }]).text).toBe('x <EMAIL_1');
  });
});
