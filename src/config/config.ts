import type { ProviderId } from '../core/ids.js';

export type Plan = 'free' | 'team' | 'enterprise';

export interface RegionEndpoint {
  baseUrl: string;
  /** The models served in the region; undefined for every model of the provider. */
  models?: readonly string[];
}

export interface RegionConfig {
  name: string;
  /** A SQLite file path or a postgres:// URL. */
  database: string;
  /**
   * The provider endpoints of the region. A provider missing here has no endpoint in the region:
   * its workspaces there are refused (`model_not_available_in_region`), never sent elsewhere.
   */
  providers: Partial<Record<ProviderId, RegionEndpoint>>;
}

export interface ProviderProfile {
  defaultModel: string;
  models: readonly string[];
  /** The platform key, from PALISADE_<PROVIDER>_API_KEY. Never logged. */
  apiKey: string | undefined;
  /**
   * The data controls the operator has with this provider, as data: zero data retention (the
   * provider keeps no prompt or output) and no training on API data. Default false / true.
   */
  zeroDataRetention: boolean;
  noTraining: boolean;
}

export interface UpstreamConfig {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  streamIdleTimeoutMs: number;
  retries: number;
  connections: number;
}

/** Validated once at start-up, frozen, passed down. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: string;
  bodyLimitBytes: number;
  operatorToken: string | undefined;
  /** PALISADE_MASTER_KEY as given (a base64 key or an `id:key,…` ring); undefined to use the key file. */
  masterKey: string | undefined;
  regions: Readonly<Record<string, RegionConfig>>;
  /** The regions this node serves. */
  nodeRegions: readonly string[];
  /**
   * The directory: workspace id → region, shared by every node of a deployment (a SQLite file for
   * one machine, a postgres:// URL for several). Holds no customer content.
   */
  directoryDatabase: string;
  providers: Readonly<Record<ProviderId, ProviderProfile>>;
  plans: Readonly<Record<Plan, { trainingDataUse: boolean; retention: 'none' | number }>>;
  upstream: UpstreamConfig;
}
