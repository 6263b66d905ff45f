import { PalisadeError } from '../core/errors.js';
import type { Upstream } from '../providers/kit/upstream.js';
import type { ProviderAdapter } from '../providers/provider.js';
import { providerName } from './key-format.js';

/**
 * Checks a key live, the way the provider itself answers: `GET /v1/models` at the workspace
 * region's endpoint. 401/403 means the key is not valid; anything else that is not a 2xx means the
 * provider could not tell us, and nothing is stored.
 */
export async function validateKeyLive(
  upstream: Upstream,
  adapter: ProviderAdapter,
  baseUrl: string,
  apiKey: string,
): Promise<void> {
  const name = providerName(adapter.id);
  let status: number;
  try {
    const response = await upstream.send({
      baseUrl,
      path: adapter.modelsPath,
      method: 'GET',
      headers: adapter.headers(apiKey),
    });
    status = response.statusCode;
    // The body may echo part of the key: read and drop it.
    await response.body.dump();
  } catch (error) {
    throw new PalisadeError(
      'upstream_error',
      `${name} could not be reached to check the key; nothing was stored. Try again.`,
      {
        cause: error,
      },
    );
  }
  if (status === 401 || status === 403) {
    throw new PalisadeError('provider_key_invalid', `${name} did not accept this API key.`, {
      param: 'api_key',
    });
  }
  if (status < 200 || status > 299) {
    throw new PalisadeError(
      'upstream_error',
      `${name} answered HTTP ${status} while checking the key; nothing was stored. Try again.`,
    );
  }
}
