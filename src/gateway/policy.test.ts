import { describe, expect, it } from 'vitest';
import { aiSettings } from '../../test/support/settings.js';
import type { Warning } from '../core/chat.js';
import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import type { AiSettings } from '../workspaces/types.js';
import { allowedModels, chooseModel, PolicyCache, type PolicySnapshot } from './policy.js';

const defaults: Record<ProviderId, string> = { openai: 'gpt-default', anthropic: 'claude-default' };
const defaultModel = (provider: ProviderId) => defaults[provider];

const settings = (patch: Partial<AiSettings> = {}): AiSettings =>
  aiSettings({ model: 'gpt-a', updated_at: '2025-01-01T00:00:00.000Z', ...patch });

const substituted = (model: string): Warning => ({
  type: 'model_substituted',
  parameter: 'model',
  detail: model,
});

describe('chooseModel', () => {
  it.each<[string, Partial<AiSettings>, string, string, Warning[]]>([
    ['the workspace model, asked for', {}, 'gpt-a', 'gpt-a', []],
    ['another model, with only the workspace model allowed', {}, 'gpt-b', 'gpt-a', [substituted('gpt-a')]],
    ['an allowed model', { allowed_models: ['gpt-b', 'gpt-c'] }, 'gpt-c', 'gpt-c', []],
    [
      'a model outside the allowed list',
      { allowed_models: ['gpt-b'] },
      'gpt-z',
      'gpt-a',
      [substituted('gpt-a')],
    ],
    ['an empty allowed list', { allowed_models: [] }, 'gpt-b', 'gpt-a', [substituted('gpt-a')]],
    ['the provider default, when model is null', { model: null }, 'gpt-default', 'gpt-default', []],
    [
      'anything else, when model is null',
      { model: null },
      'gpt-b',
      'gpt-default',
      [substituted('gpt-default')],
    ],
    [
      'the anthropic default',
      { model: null, model_provider: 'anthropic' },
      'gpt-a',
      'claude-default',
      [substituted('claude-default')],
    ],
    ['an allowed model when model is null', { model: null, allowed_models: ['gpt-b'] }, 'gpt-b', 'gpt-b', []],
    ['a case variant of the workspace model', {}, 'GPT-A', 'gpt-a', [substituted('gpt-a')]],
  ])('runs %s', (_, patch, requested, model, warnings) => {
    const s = settings(patch);
    const out: Warning[] = [];
    expect(chooseModel(s, requested, defaultModel, out)).toEqual({ provider: s.model_provider, model });
    expect(out).toEqual(warnings);
  });

  it('appends to the warnings it is given', () => {
    const earlier: Warning = { type: 'unsupported_parameter', parameter: 'logprobs' };
    const out: Warning[] = [earlier];
    chooseModel(settings(), 'gpt-b', defaultModel, out);
    expect(out).toEqual([earlier, substituted('gpt-a')]);
  });
});

describe('allowedModels', () => {
  it.each<[string, Partial<AiSettings>, string[]]>([
    ['only the workspace model', {}, ['gpt-a']],
    ['the provider default when model is null', { model: null }, ['gpt-default']],
    [
      'the workspace model first, then the list in order',
      { allowed_models: ['gpt-c', 'gpt-b'] },
      ['gpt-a', 'gpt-c', 'gpt-b'],
    ],
    ['the workspace model once', { allowed_models: ['gpt-b', 'gpt-a'] }, ['gpt-a', 'gpt-b']],
    ['the default once', { model: null, allowed_models: ['gpt-default', 'gpt-b'] }, ['gpt-default', 'gpt-b']],
  ])('lists %s', (_, patch, expected) => {
    expect(allowedModels(settings(patch), defaultModel)).toEqual(expected);
  });

  it('lists a model repeated in allowed_models once', () => {
    expect(allowedModels(settings({ allowed_models: ['gpt-b', 'gpt-b'] }), defaultModel)).toEqual([
      'gpt-a',
      'gpt-b',
    ]);
  });
});

function snapshot(workspaceId: string, version = 1): PolicySnapshot {
  return {
    workspace: {
      id: workspaceId,
      name: workspaceId,
      plan: 'team',
      region: 'us',
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
    },
    settings: settings({ version }),
    keys: [],
  };
}

/** A loader that counts reads and returns a new version each time. */
function countingLoader() {
  const reads: string[] = [];
  const load = async (id: string) => {
    reads.push(id);
    return snapshot(id, reads.length);
  };
  return { reads, load };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('PolicyCache', () => {
  it('reads once and then serves from memory', async () => {
    const { reads, load } = countingLoader();
    const cache = new PolicyCache(load);
    expect(cache.peek('ws_a')).toBeUndefined();
    const first = await cache.get('ws_a');
    expect(await cache.get('ws_a')).toBe(first);
    expect(cache.peek('ws_a')).toBe(first);
    expect(reads).toEqual(['ws_a']);
  });

  it('invalidate drops only that workspace', async () => {
    const { reads, load } = countingLoader();
    const cache = new PolicyCache(load);
    await cache.get('ws_a');
    const b = await cache.get('ws_b');
    cache.invalidate('ws_a');
    expect(cache.peek('ws_a')).toBeUndefined();
    expect((await cache.get('ws_a')).settings.version).toBe(3);
    expect(await cache.get('ws_b')).toBe(b);
    expect(reads).toEqual(['ws_a', 'ws_b', 'ws_a']);
  });

  it('clear drops every workspace', async () => {
    const { reads, load } = countingLoader();
    const cache = new PolicyCache(load);
    await cache.get('ws_a');
    await cache.get('ws_b');
    cache.clear();
    expect([cache.peek('ws_a'), cache.peek('ws_b')]).toEqual([undefined, undefined]);
    await cache.get('ws_b');
    expect(reads).toEqual(['ws_a', 'ws_b', 'ws_b']);
  });

  it.each([
    ['invalidate', (cache: PolicyCache) => cache.invalidate('ws_a')],
    ['clear', (cache: PolicyCache) => cache.clear()],
  ])('does not cache a read that raced an %s', async (_, change) => {
    const pending = deferred<PolicySnapshot>();
    let reads = 0;
    const cache = new PolicyCache(async (id) => {
      reads++;
      return reads === 1 ? pending.promise : snapshot(id, 2);
    });
    const racing = cache.get('ws_a');
    change(cache);
    pending.resolve(snapshot('ws_a', 1));
    expect((await racing).settings.version).toBe(1);
    expect(cache.peek('ws_a')).toBeUndefined();
    expect((await cache.get('ws_a')).settings.version).toBe(2);
    expect(cache.peek('ws_a')?.settings.version).toBe(2);
  });

  it('keeps caching a workspace while another one changes', async () => {
    const pending = deferred<PolicySnapshot>();
    const cache = new PolicyCache(() => pending.promise);
    const racing = cache.get('ws_a');
    cache.invalidate('ws_other');
    pending.resolve(snapshot('ws_a', 1));
    await racing;
    expect(cache.peek('ws_a')?.settings.version).toBe(1);
  });

  it('shares one read among concurrent misses', async () => {
    const pending = deferred<PolicySnapshot>();
    let reads = 0;
    const cache = new PolicyCache(() => {
      reads++;
      return pending.promise;
    });
    const all = Promise.all([cache.get('ws_a'), cache.get('ws_a'), cache.get('ws_a')]);
    pending.resolve(snapshot('ws_a', 1));
    expect((await all).map((s) => s.settings.version)).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
  });

  it('refuses with policy_unavailable when the read fails, and tries again next time', async () => {
    const cause = new Error('database is locked');
    let fail = true;
    const cache = new PolicyCache(async (id) => {
      if (fail) throw cause;
      return snapshot(id);
    });
    const error = await cache.get('ws_a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalisadeError);
    expect(error).toMatchObject({ code: 'policy_unavailable', status: 503, cause });
    expect((error as Error).message).not.toContain('locked');
    expect(cache.peek('ws_a')).toBeUndefined();
    fail = false;
    await expect(cache.get('ws_a')).resolves.toEqual(snapshot('ws_a'));
  });
});
