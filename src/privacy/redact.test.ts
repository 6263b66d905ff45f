import { describe, expect, it } from 'vitest';
import type { ChatRequest, TextPart } from '../core/chat.js';
import type { Finding } from './detector.js';
import { defaultDetectors } from './detectors/index.js';
import { pseudonymiser } from './operators/hash.js';
import { defaultOperators } from './operators/operator.js';
import { countByType, redactRequest } from './redact.js';
import { detectAll } from './registry.js';

const options = {
  detect: (text: string) => detectAll(defaultDetectors, text),
  operators: defaultOperators,
  pseudonymise: pseudonymiser(Buffer.alloc(32, 1)),
};

const email = 'ana.lima@acme-corp.io';
const card = '4111 1111 1111 1111';
const key = 'sk-proj-Q7vX2mN9pL4kR8sT1wY6zB3cF5hJ0dG2';

/** One value in every text-bearing place a request has. */
function everywhere(): ChatRequest {
  return {
    format: 'openai',
    model: 'm',
    stream: false,
    messages: [
      { role: 'system', parts: [{ type: 'text', text: `Escalations go to ${email}.` }] },
      { role: 'user', parts: [{ type: 'text', text: `Card on file: ${card}` }] },
      {
        role: 'assistant',
        parts: [{ type: 'tool_call', id: 'c1', name: 'lookup', arguments: JSON.stringify({ q: { email } }) }],
      },
      {
        role: 'tool',
        parts: [{ type: 'tool_result', toolCallId: 'c1', content: [{ type: 'text', text: `key=${key}` }] }],
      },
      { role: 'user', parts: [{ type: 'text', text: 'Summarise.' }], extra: { name: email } },
    ],
    tools: [{ name: 'lookup', description: `Ask ${email} first`, parameters: { type: 'object' } }],
    user: email,
    extra: { metadata: { owner: email } },
  };
}

describe('redactRequest', () => {
  it('scans every text-bearing part, not just the last message', () => {
    const { request, findings } = redactRequest(everywhere(), options);
    const sent = JSON.stringify(request);
    expect(sent).not.toContain(email);
    expect(sent).not.toContain(card);
    expect(sent).not.toContain(key);
    expect(findings.map((f) => f.location).sort()).toEqual(
      [
        'extra.metadata.owner',
        'messages[0].parts[0].text',
        'messages[1].parts[0].text',
        'messages[2].parts[0].arguments.q.email',
        'messages[3].parts[0].content[0].text',
        'messages[4].extra.name',
        'tools[0].description',
        'user',
      ].sort(),
    );
    expect(countByType(findings)).toEqual({ EMAIL: 6, CREDIT_CARD: 1, SECRET: 1 });
  });

  it('keeps tool arguments valid JSON and one placeholder per value across the request', () => {
    const { request, placeholders } = redactRequest(everywhere(), options);
    const call = request.messages[2]?.parts[0];
    expect(call?.type === 'tool_call' && JSON.parse(call.arguments)).toEqual({ q: { email: '<EMAIL_1>' } });
    expect((request.messages[0]?.parts[0] as TextPart | undefined)?.text).toBe(
      'Escalations go to <EMAIL_1>.',
    );
    expect(placeholders.size).toBe(2);
    expect(placeholders.restore('<EMAIL_1> / <CREDIT_CARD_1>')).toBe(`${email} / ${card}`);
    expect(placeholders.restore('[SECRET]')).toBe('[SECRET]');
  });

  it('reports where each finding was, by offsets into the original text, without values', () => {
    const { findings } = redactRequest(everywhere(), options);
    const first = findings.find((f) => f.location === 'messages[0].parts[0].text');
    expect(first).toEqual({
      location: 'messages[0].parts[0].text',
      type: 'EMAIL',
      start: 'Escalations go to '.length,
      end: 'Escalations go to '.length + email.length,
      operator: 'placeholder',
      replacement: '<EMAIL_1>',
    });
    expect(JSON.stringify(findings)).not.toContain(email);
  });

  it('leaves a clean request as it was and images untouched', () => {
    const clean: ChatRequest = {
      format: 'anthropic',
      model: 'm',
      stream: true,
      messages: [
        {
          role: 'user',
          parts: [
            { type: 'text', text: 'SELECT region, sum(total) FROM orders GROUP BY 1' },
            { type: 'image', data: 'iVBORw0KGgo=', mediaType: 'image/png' },
          ],
        },
      ],
    };
    const { request, findings } = redactRequest(clean, options);
    expect(findings).toEqual([]);
    expect(request).toEqual(clean);
  });

  it('merges findings known from structure with what the detectors find', () => {
    const part: TextPart = { type: 'text', text: 'customer: Quinn Zebedee-Ørsted, mail q@acme-corp.io' };
    const start = part.text.indexOf('Quinn');
    const known: Finding[] = [
      { type: 'PERSON', start, end: start + 'Quinn Zebedee-Ørsted'.length, score: 0.9, detector: 'context' },
    ];
    const { request } = redactRequest(
      { format: 'openai', model: 'm', stream: false, messages: [{ role: 'system', parts: [part] }] },
      { ...options, known: new Map([[part, known]]) },
    );
    expect((request.messages[0]?.parts[0] as TextPart | undefined)?.text).toBe(
      'customer: <PERSON_1>, mail <EMAIL_1>',
    );
  });

  it('throws when detection fails, so the caller can refuse', () => {
    expect(() =>
      redactRequest(everywhere(), {
        ...options,
        detect: () => {
          throw new Error('detector crashed');
        },
      }),
    ).toThrow('detector crashed');
  });

  it('refuses JSON nested too deeply to walk', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => redactRequest({ ...everywhere(), extra: { deep } }, options)).toThrow(/nested too deeply/);
  });
});
