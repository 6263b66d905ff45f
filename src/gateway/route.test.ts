import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/load.js';
import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import { anthropicProvider } from '../providers/anthropic/index.js';
import { openaiProvider } from '../providers/openai/index.js';
import { resolveRoute } from './route.js';

const adapters = { openai: openaiProvider, anthropic: anthropicProvider };

const file = {
  regions: {
    us: {},
    eu: {
      providers: {
        openai: { base_url: 'https://eu.openai.example/v1/' },
        anthropic: { base_url: 'https://eu.anthropic.example' },
      },
    },
  },
};

const keys = { PALISADE_OPENAI_API_KEY: 'sk-openai-platform', PALISADE_ANTHROPIC_API_KEY: 'sk-ant-platform' };

function failure(fn: () => unknown): PalisadeError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PalisadeError);
    return error as PalisadeError;
  }
  throw new Error('expected a PalisadeError');
}

describe('resolveRoute', () => {
  const config = buildConfig(file, keys);

  it.each<[string, ProviderId, string, string]>([
    ['us', 'openai', 'https://api.openai.com/v1', 'sk-openai-platform'],
    ['us', 'anthropic', 'https://api.anthropic.com', 'sk-ant-platform'],
    ['eu', 'openai', 'https://eu.openai.example/v1', 'sk-openai-platform'],
    ['eu', 'anthropic', 'https://eu.anthropic.example', 'sk-ant-platform'],
  ])('sends %s/%s to %s with the platform key', (region, provider, baseUrl, apiKey) => {
    const route = resolveRoute(config, adapters, region, provider);
    expect(route).toEqual({ adapter: adapters[provider], baseUrl, apiKey });
    expect(route.adapter.id).toBe(provider);
  });

  it('takes every region’s URL from PALISADE_<PROVIDER>_BASE_URL unless the file names one', () => {
    const env = { ...keys, PALISADE_OPENAI_BASE_URL: 'http://127.0.0.1:9999/v1' };
    const withEnv = buildConfig(file, env);
    expect(resolveRoute(withEnv, adapters, 'us', 'openai').baseUrl).toBe('http://127.0.0.1:9999/v1');
    expect(resolveRoute(withEnv, adapters, 'eu', 'openai').baseUrl).toBe('https://eu.openai.example/v1');
  });

  it.each<[ProviderId, Record<string, string>]>([
    ['openai', { PALISADE_ANTHROPIC_API_KEY: 'sk-ant' }],
    ['anthropic', { PALISADE_OPENAI_API_KEY: 'sk-openai' }],
    ['openai', { PALISADE_OPENAI_API_KEY: '' }],
  ])('refuses %s with no_provider_key when its key is missing', (provider, env) => {
    const error = failure(() => resolveRoute(buildConfig(file, env), adapters, 'us', provider));
    expect(error.code).toBe('no_provider_key');
    expect(error.status).toBe(403);
    expect(error.message).toContain(`PALISADE_${provider.toUpperCase()}_API_KEY`);
  });

  it.each([
    ['a region this node does not know', 'ap', keys],
    ['an empty region', '', keys],
    ['a region with a different case', 'US', keys],
    ['an unknown region, before checking the key', 'ap', {}],
  ])('refuses %s with wrong_region', (_, region, env) => {
    const error = failure(() => resolveRoute(buildConfig(file, env), adapters, region, 'openai'));
    expect(error.code).toBe('wrong_region');
    expect(error.status).toBe(421);
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses the region "%s" with wrong_region', (region) => {
    expect(failure(() => resolveRoute(config, adapters, region, 'openai')).code).toBe('wrong_region');
  });
});
