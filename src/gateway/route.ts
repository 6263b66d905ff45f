import type { Config } from '../config/config.js';
import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import type { ProviderAdapter } from '../providers/provider.js';

export interface Route {
  adapter: ProviderAdapter;
  baseUrl: string;
  apiKey: string;
}

/**
 * Where a call goes and with which key. Both come from configuration and the store, never from the
 * request: no field or header a client sends can change them.
 */
export function resolveRoute(
  config: Config,
  adapters: Readonly<Record<ProviderId, ProviderAdapter>>,
  region: string,
  provider: ProviderId,
): Route {
  const endpoint = Object.hasOwn(config.regions, region)
    ? config.regions[region]?.providers[provider]
    : undefined;
  if (!endpoint)
    throw new PalisadeError('wrong_region', `Region "${region}" is not configured on this node.`);
  const apiKey = config.providers[provider].apiKey;
  if (!apiKey) {
    throw new PalisadeError(
      'no_provider_key',
      `No ${provider} key is configured for this workspace; the operator sets PALISADE_${provider.toUpperCase()}_API_KEY.`,
    );
  }
  return { adapter: adapters[provider], baseUrl: endpoint.baseUrl, apiKey };
}
