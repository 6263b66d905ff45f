import type { Config } from '../config/config.js';
import type { ChatRequest } from '../core/chat.js';
import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import type { AiSettings } from '../workspaces/types.js';

/**
 * Request fields that make a provider keep state beyond the call: OpenAI's stored completions
 * (`store: true`, which Palisade otherwise overrides) and extended prompt-cache retention.
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
const keepsState: ReadonlyArray<[string, (value: unknown) => boolean]> = [
  ['store', (value) => value === true],
  ['prompt_cache_retention', (value) => value !== undefined && value !== null && value !== 'in_memory'],
];

/**
 * A workspace that requires zero retention is served only by providers whose profile says so
 * (`providers.<id>.zero_data_retention`), and never with a request that asks the provider to keep
 * state: those are refused, not silently changed, so the app learns what it asked for.
 */
export function enforceDataControls(
  config: Config,
  settings: AiSettings,
  provider: ProviderId,
  request: ChatRequest,
): void {
  if (!settings.require_zero_retention) return;
  if (!config.providers[provider].zeroDataRetention) {
    throw new PalisadeError(
      'zero_retention_required',
      `This workspace requires zero data retention and ${provider} is not configured with it (providers.${provider}.zero_data_retention).`,
    );
  }
  for (const [field, keeps] of keepsState) {
    if (keeps(request.extra?.[field])) {
      throw new PalisadeError(
        'invalid_request',
        `\`${field}\` would make the provider keep this conversation; this workspace requires zero retention.`,
        { param: field },
      );
    }
  }
}
