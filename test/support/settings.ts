import { defaultContextPolicy } from '../../src/privacy/policy.js';
import type { AiSettings } from '../../src/workspaces/types.js';

/** A workspace's AI settings with every default, for unit tests; `patch` changes what a test needs. */
export function aiSettings(patch: Partial<AiSettings> = {}): AiSettings {
  return {
    ai_enabled: true,
    training_data_use: false,
    model_provider: 'openai',
    model: null,
    allowed_models: null,
    require_byok: false,
    context_policy: defaultContextPolicy,
    context_policy_version: 1,
    retention: 'none',
    require_zero_retention: false,
    version: 1,
    updated_at: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}
