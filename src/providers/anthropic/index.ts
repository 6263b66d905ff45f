import type { ProviderAdapter } from '../provider.js';
import { parseAnthropicResponse } from './parse-response.js';
import { renderAnthropicRequest } from './render-request.js';
import { createAnthropicStreamParser } from './stream-parser.js';

/** Pinned API version (https://docs.anthropic.com/en/api/versioning). */
const anthropicVersion = '2023-06-01';

/**
 * Anthropic Messages (https://docs.anthropic.com/en/api/messages). The configured base_url is the API
 * root (`https://api.anthropic.com`), so paths carry the `/v1` prefix.
 */
export const anthropicProvider: ProviderAdapter = {
  id: 'anthropic',
  chatPath: '/v1/messages',
  modelsPath: '/v1/models',
  headers: (apiKey) => ({ 'x-api-key': apiKey, 'anthropic-version': anthropicVersion }),
  renderRequest: renderAnthropicRequest,
  parseResponse: parseAnthropicResponse,
  createStreamParser: createAnthropicStreamParser,
};
