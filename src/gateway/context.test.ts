import { describe, expect, it } from 'vitest';
import type { ChatRequest, TextPart } from '../core/chat.js';
import { isPalisadeError } from '../core/errors.js';
import { defaultDetectors } from '../privacy/detectors/index.js';
import { contextPolicySchema, defaultContextPolicy } from '../privacy/policy.js';
import { detectAll } from '../privacy/registry.js';
import { applyContextPolicy, type PrivacyDeps, splitPalisadeField } from './context.js';

const deps: PrivacyDeps = {
  detect: (text) => detectAll(defaultDetectors, text),
  pseudonymKey: () => Buffer.alloc(32, 3),
};
const request = (): ChatRequest => ({
  format: 'openai',
  model: 'm',
  stream: false,
  messages: [
    { role: 'system', parts: [{ type: 'text', text: 'Be brief.' }] },
    { role: 'user', parts: [{ type: 'text', text: 'Why is ana@acme.io listed twice?' }] },
  ],
});
const texts = (r: ChatRequest) => r.messages.map((m) => `${m.role}: ${(m.parts[0] as TextPart).text}`);

describe('splitPalisadeField', () => {
  it('takes the palisade field out and leaves everything else', () => {
    expect(splitPalisadeField({ model: 'x', palisade: { context: {} } })).toEqual({
      body: { model: 'x' },
      palisade: { context: {} },
    });
    expect(splitPalisadeField({ model: 'x' })).toEqual({ body: { model: 'x' }, palisade: undefined });
    expect(splitPalisadeField('text')).toEqual({ body: 'text', palisade: undefined });
  });
});

describe('applyContextPolicy', () => {
  it('renders structured context after the leading system messages and redacts it with the rest', async () => {
    const result = await applyContextPolicy(deps, 'ws_1', defaultContextPolicy, 4, request(), {
      context: { outputs: [{ columns: ['full_name', 'email'], rows: [['Quinn Zebedee', 'ana@acme.io']] }] },
    });
    const [system, context, user] = texts(result.request);
    expect(system).toBe('system: Be brief.');
    expect(context).toContain('| <PERSON_1> | <EMAIL_1> |');
    // The same address in the question gets the same placeholder.
    expect(user).toBe('user: Why is <EMAIL_1> listed twice?');
    expect(result.counts).toEqual({ PERSON: 1, EMAIL: 2 });
    expect(result.policyVersion).toBe(4);
  });

  it('hashes with a per-workspace key', async () => {
    const policy = contextPolicySchema.parse({ operators: { EMAIL: 'hash' } });
    const a = await applyContextPolicy(deps, 'ws_1', policy, 1, request(), undefined);
    const b = await applyContextPolicy(
      { ...deps, pseudonymKey: () => Buffer.alloc(32, 4) },
      'ws_2',
      policy,
      1,
      request(),
      undefined,
    );
    expect(texts(a.request)[1]).toMatch(/^user: Why is \[EMAIL:[0-9a-f]{12}\] listed twice\?$/);
    expect(texts(a.request)[1]).not.toBe(texts(b.request)[1]);
  });

  it('refuses a malformed palisade field as the client error it is, naming the field', async () => {
    const error = await applyContextPolicy(deps, 'ws_1', defaultContextPolicy, 1, request(), {
      context: { outputs: [{ text: 1 }] },
      extra: true,
    }).catch((e: unknown) => e);
    expect(isPalisadeError(error) && error.code).toBe('invalid_request');
    expect(isPalisadeError(error) && error.param).toMatch(/^palisade\./);
  });

  it('fails closed when detection fails', async () => {
    const broken: PrivacyDeps = {
      ...deps,
      detect: () => {
        throw new Error('boom');
      },
    };
    const error = await applyContextPolicy(
      broken,
      'ws_1',
      defaultContextPolicy,
      1,
      request(),
      undefined,
    ).catch((e: unknown) => e);
    expect(isPalisadeError(error) && error.code).toBe('policy_unavailable');
  });
});
