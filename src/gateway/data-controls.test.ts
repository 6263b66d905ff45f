import { describe, expect, it } from 'vitest';
import { aiSettings } from '../../test/support/settings.js';
import { buildConfig } from '../config/load.js';
import type { ChatRequest } from '../core/chat.js';
import { isPalisadeError } from '../core/errors.js';
import type { AiSettings } from '../workspaces/types.js';
import { enforceDataControls } from './data-controls.js';

const config = buildConfig({ providers: { openai: { zero_data_retention: true } } }, {});
const settings = (require_zero_retention: boolean): AiSettings => aiSettings({ require_zero_retention });
const request = (extra?: Record<string, unknown>): ChatRequest => ({
  format: 'openai',
  model: 'm',
  stream: false,
  messages: [{ role: 'user', parts: [{ type: 'text', text: 'hi' }] }],
  ...(extra ? { extra } : {}),
});
const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return isPalisadeError(error) ? `${error.code}${error.param ? `:${error.param}` : ''}` : 'thrown';
  }
};

describe('enforceDataControls', () => {
  it('lets everything through for a workspace that does not require zero retention', () => {
    expect(
      codeOf(() => enforceDataControls(config, settings(false), 'anthropic', request({ store: true }))),
    ).toBeUndefined();
  });

  it.each([
    ['a provider without zero data retention', 'anthropic', undefined, 'zero_retention_required'],
    ['stored completions', 'openai', { store: true }, 'invalid_request:store'],
    [
      'extended prompt caching',
      'openai',
      { prompt_cache_retention: '24h' },
      'invalid_request:prompt_cache_retention',
    ],
  ] as const)('refuses %s when zero retention is required', (_, provider, extra, code) => {
    expect(codeOf(() => enforceDataControls(config, settings(true), provider, request(extra)))).toBe(code);
  });

  it('accepts what keeps nothing', () => {
    for (const extra of [undefined, { store: false }, { prompt_cache_retention: 'in_memory' }, { seed: 1 }]) {
      expect(
        codeOf(() => enforceDataControls(config, settings(true), 'openai', request(extra))),
      ).toBeUndefined();
    }
  });
});
