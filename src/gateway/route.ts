import type { Config, RegionEndpoint } from '../config/config.js';
import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import type { ProviderAdapter } from '../providers/provider.js';
import type { ProviderKeyTable } from '../store/database.js';
import type { PolicySnapshot } from './policy.js';

/** Opens a sealed workspace key (the vault); throws `provider_key_undecryptable`. */
export type KeyOpener = (row: ProviderKeyTable) => string;

export interface Route {
  adapter: ProviderAdapter;
  baseUrl: string;
  apiKey: string;
  /** The workspace's own key (its row id), or undefined for the platform key. */
  byokKeyId: string | undefined;
}

/**
 * Where a call goes and with which key. Both come from configuration and the store, never from the
 * request: no field or header a client sends can change them. An Enterprise workspace with a key of
 * its own for the provider uses it; otherwise the platform key, unless the workspace requires its
 * own (`require_byok`). A rejected own key is never swapped for the platform key.
 */
export function resolveRoute(
  config: Config,
  adapters: Readonly<Record<ProviderId, ProviderAdapter>>,
  snapshot: PolicySnapshot,
  region: string,
  provider: ProviderId,
  openKey: KeyOpener,
  model?: string,
): Route {
  const endpoint = regionEndpoint(config, region, provider, model);
  const own =
    snapshot.workspace.plan === 'enterprise' ? snapshot.keys.find((k) => k.provider === provider) : undefined;
  if (own) {
    if (own.status === 'invalid') throw new PalisadeError('provider_key_rejected');
    return {
      adapter: adapters[provider],
      baseUrl: endpoint.baseUrl,
      apiKey: openKey(own),
      byokKeyId: own.id,
    };
  }
  if (snapshot.settings.require_byok) {
    throw new PalisadeError(
      'no_provider_key',
      `This workspace requires its own ${provider} key; an admin can add one.`,
    );
  }
  const apiKey = config.providers[provider].apiKey;
  if (!apiKey) {
    throw new PalisadeError(
      'no_provider_key',
      `No ${provider} key is configured for this workspace; the operator sets PALISADE_${provider.toUpperCase()}_API_KEY.`,
    );
  }
  return { adapter: adapters[provider], baseUrl: endpoint.baseUrl, apiKey, byokKeyId: undefined };
}

/**
 * The region's endpoint for a provider (and model). Never another region's: a provider or model
 * with no endpoint in the region is refused (`model_not_available_in_region`).
 */
export function regionEndpoint(
  config: Config,
  region: string,
  provider: ProviderId,
  model?: string,
): RegionEndpoint {
  const regionConfig = Object.hasOwn(config.regions, region) ? config.regions[region] : undefined;
  if (!regionConfig) {
    throw new PalisadeError('wrong_region', `Region "${region}" is not configured on this node.`);
  }
  const endpoint = regionConfig.providers[provider];
  if (!endpoint) {
    throw new PalisadeError(
      'model_not_available_in_region',
      `${provider} has no endpoint in region "${region}"; an admin can choose another provider.`,
    );
  }
  if (model !== undefined && endpoint.models && !endpoint.models.includes(model)) {
    throw new PalisadeError(
      'model_not_available_in_region',
      `${provider} does not serve this model in region "${region}"; it serves: ${endpoint.models.join(', ')}.`,
    );
  }
  return endpoint;
}
