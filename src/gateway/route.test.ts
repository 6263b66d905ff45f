import { describe, expect, it } from 'vitest';
import { aiSettings } from '../../test/support/settings.js';
import { buildConfig } from '../config/load.js';
import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import { anthropicProvider } from '../providers/anthropic/index.js';
import { openaiProvider } from '../providers/openai/index.js';
import type { ProviderKeyTable } from '../store/database.js';
import type { AiSettings, Plan } from '../workspaces/types.js';
import type { PolicySnapshot } from './policy.js';
import { type KeyOpener, resolveRoute } from './route.js';

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

function snapshot(
  plan: Plan = 'team',
  keys: ProviderKeyTable[] = [],
  settings: Partial<AiSettings> = {},
): PolicySnapshot {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    workspace: { id: 'ws_1', name: 'w', plan, region: 'us', created_at: at, updated_at: at },
    settings: aiSettings({ updated_at: at, ...settings }),
    keys,
  };
}

const neverOpened: KeyOpener = () => {
  throw new Error('no workspace key should be opened here');
};

function keyRow(provider: ProviderId, status = 'active'): ProviderKeyTable {
  return {
    id: `pk_${provider}`,
    workspace_id: 'ws_1',
    provider,
    master_key_id: 'k1',
    wrapped_key: 'w',
    wrap_nonce: 'n',
    ciphertext: 'c',
    nonce: 'n',
    fingerprint: 'fp_x',
    masked: '••••abcd',
    status,
    version: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    created_by: 'tok_1',
    validated_at: null,
    last_used_at: null,
  };
}

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
    const route = resolveRoute(config, adapters, snapshot(), region, provider, neverOpened);
    expect(route).toEqual({ adapter: adapters[provider], baseUrl, apiKey, byokKeyId: undefined });
    expect(route.adapter.id).toBe(provider);
  });

  it('takes every region’s URL from PALISADE_<PROVIDER>_BASE_URL unless the file names one', () => {
    const env = { ...keys, PALISADE_OPENAI_BASE_URL: 'http://127.0.0.1:9999/v1' };
    const withEnv = buildConfig(file, env);
    expect(resolveRoute(withEnv, adapters, snapshot(), 'us', 'openai', neverOpened).baseUrl).toBe(
      'http://127.0.0.1:9999/v1',
    );
    expect(resolveRoute(withEnv, adapters, snapshot(), 'eu', 'openai', neverOpened).baseUrl).toBe(
      'https://eu.openai.example/v1',
    );
  });

  it.each<[ProviderId, Record<string, string>]>([
    ['openai', { PALISADE_ANTHROPIC_API_KEY: 'sk-ant' }],
    ['anthropic', { PALISADE_OPENAI_API_KEY: 'sk-openai' }],
    ['openai', { PALISADE_OPENAI_API_KEY: '' }],
  ])('refuses %s with no_provider_key when its key is missing', (provider, env) => {
    const error = failure(() =>
      resolveRoute(buildConfig(file, env), adapters, snapshot(), 'us', provider, neverOpened),
    );
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
    const error = failure(() =>
      resolveRoute(buildConfig(file, env), adapters, snapshot(), region, 'openai', neverOpened),
    );
    expect(error.code).toBe('wrong_region');
    expect(error.status).toBe(421);
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses the region "%s" with wrong_region', (region) => {
    expect(
      failure(() => resolveRoute(config, adapters, snapshot(), region, 'openai', neverOpened)).code,
    ).toBe('wrong_region');
  });

  it('refuses a provider or a model with no endpoint in the region, never using another region', () => {
    const regional = buildConfig(
      {
        regions: {
          us: {},
          eu: {
            providers: { openai: { base_url: 'https://eu.api.openai.com/v1', models: ['gpt-5.4-mini'] } },
          },
        },
      },
      keys,
    );
    const route = (provider: ProviderId, model?: string) =>
      resolveRoute(regional, adapters, snapshot(), 'eu', provider, neverOpened, model);
    expect(route('openai', 'gpt-5.4-mini').baseUrl).toBe('https://eu.api.openai.com/v1');
    for (const refused of [() => route('anthropic'), () => route('openai', 'gpt-5.4')]) {
      const error = failure(refused);
      expect([error.code, error.status]).toEqual(['model_not_available_in_region', 403]);
      expect(error.message).toContain('region "eu"');
    }
    // A region that lists no providers has them all.
    expect(resolveRoute(regional, adapters, snapshot(), 'us', 'anthropic', neverOpened).baseUrl).toBe(
      'https://api.anthropic.com',
    );
  });

  it('uses an Enterprise workspace’s own key for its provider, and only for that provider', () => {
    const open: KeyOpener = (row) => `sk-own-${row.provider}`;
    const own = snapshot('enterprise', [keyRow('anthropic')]);
    expect(resolveRoute(config, adapters, own, 'us', 'anthropic', open)).toMatchObject({
      apiKey: 'sk-own-anthropic',
      byokKeyId: 'pk_anthropic',
    });
    expect(resolveRoute(config, adapters, own, 'us', 'openai', open)).toMatchObject({
      apiKey: 'sk-openai-platform',
      byokKeyId: undefined,
    });
  });

  it('keeps a downgraded workspace’s key unused', () => {
    const route = resolveRoute(
      config,
      adapters,
      snapshot('team', [keyRow('openai')]),
      'us',
      'openai',
      neverOpened,
    );
    expect(route.apiKey).toBe('sk-openai-platform');
  });

  it('refuses without a key of its own when the workspace requires one, and never falls back from a rejected key', () => {
    const required = snapshot('team', [keyRow('openai')], { require_byok: true });
    expect(failure(() => resolveRoute(config, adapters, required, 'us', 'openai', neverOpened)).code).toBe(
      'no_provider_key',
    );
    const rejected = snapshot('enterprise', [keyRow('openai', 'invalid')]);
    expect(failure(() => resolveRoute(config, adapters, rejected, 'us', 'openai', neverOpened)).code).toBe(
      'provider_key_rejected',
    );
  });
});
