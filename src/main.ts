import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import { createLogger } from './config/logger.js';
import { Authenticator } from './gateway/authenticate.js';
import type { GatewayDeps } from './gateway/chat.js';
import { AiMetrics } from './gateway/metrics.js';
import { PolicyCache } from './gateway/policy.js';
import { Recorder } from './gateway/record.js';
import { buildApp } from './http/app.js';
import { deriveFingerprintKey } from './keys/fingerprint.js';
import { loadMasterKeyRing } from './keys/load-ring.js';
import { probeMasterKeys } from './keys/probe.js';
import { keyRows, ProviderKeyVault } from './keys/provider-keys.js';
import { derivePseudonymKey } from './keys/pseudonym.js';
import { cachedDetect } from './privacy/detection-cache.js';
import type { Detector } from './privacy/detector.js';
import { defaultDetectors } from './privacy/detectors/index.js';
import { detectAll } from './privacy/registry.js';
import { anthropicProvider } from './providers/anthropic/index.js';
import { Upstream } from './providers/kit/upstream.js';
import { openaiProvider } from './providers/openai/index.js';
import { Directory } from './residency/directory.js';
import { RegionStores } from './residency/region-stores.js';
import { SessionService } from './sessions/service.js';
import { listenForChanges } from './store/change-feed.js';
import { openStore, type Store } from './store/create-db.js';
import { ensureOperatorToken } from './workspaces/operator.js';
import { WorkspaceService } from './workspaces/service.js';

export interface Palisade {
  app: FastifyInstance;
  /** The URL it listens on, once started. */
  url: string;
  /** Set only on the first start without PALISADE_OPERATOR_TOKEN: print it once. */
  generatedOperatorToken: string | undefined;
  /** Set when this start generated the master key file (no PALISADE_MASTER_KEY): say so loudly. */
  generatedMasterKeyFile: string | undefined;
  /** Workspace keys sealed under master keys that are not configured: they cannot be used. */
  undecryptableKeys: number;
  regions: RegionStores;
  recorder: Recorder;
  vault: ProviderKeyVault;
  sessions: SessionService;
  close(): Promise<void>;
}

/**
 * The composition root: the only place concrete pieces are wired together. Opens and migrates
 * every served region's store, then listens.
 */
export interface StartOptions {
  logger?: Logger;
  /** The detectors to run (default: all of them). Tests pass a failing one to prove the fail-closed path. */
  detectors?: readonly Detector[];
}

export async function startPalisade(config: Config, options: StartOptions = {}): Promise<Palisade> {
  const log = options.logger ?? createLogger(config.logLevel);
  const stores = new Map<string, Store>();
  let directory: Directory | undefined;
  try {
    directory = new Directory(await openStore(config.directoryDatabase, 'directory'));
    for (const region of config.nodeRegions) {
      const database = config.regions[region]?.database;
      if (!database) throw new Error(`Region ${region} has no database.`);
      stores.set(region, await openStore(database));
    }
  } catch (error) {
    await Promise.all([...stores.values()].map((s) => s.close()));
    await directory?.close();
    throw error;
  }
  const regions = new RegionStores(stores, directory);
  const home = regions.store(config.nodeRegions[0] as string);
  const operator = await ensureOperatorToken(home, config.operatorToken);

  const master = loadMasterKeyRing(config.masterKey, config.dataDir);
  const probe = await probeMasterKeys(stores.values(), master.ring);
  const undecryptableKeys = probe.count;
  if (undecryptableKeys > 0) {
    log.error(
      { count: undecryptableKeys },
      'workspace keys are sealed under a master key that is not configured',
    );
  }

  const oldestMasterKey = master.ring.get(master.ring.ids[0] as string) as Buffer;
  const detectors = options.detectors ?? defaultDetectors;
  const upstream = new Upstream(config.upstream);
  const metrics = new AiMetrics();
  const recorder = new Recorder(regions, log, undefined, (call) => metrics.observe(call));
  let authenticator: Authenticator | undefined;
  let policy: PolicyCache | undefined;
  const workspaces = new WorkspaceService(
    regions,
    {
      trainingDataUse: trainingDefaults(config),
      modelProvider: 'openai',
      retention: {
        free: config.plans.free.retention,
        team: config.plans.team.retention,
        enterprise: config.plans.enterprise.retention,
      },
    },
    (workspaceId) => {
      policy?.invalidate(workspaceId);
      authenticator?.forgetWorkspace(workspaceId);
    },
  );
  const adapters = { openai: openaiProvider, anthropic: anthropicProvider };
  const vault = new ProviderKeyVault({
    workspaces,
    ring: master.ring,
    unusableMasterKeys: probe.unusable,
    // From the oldest master key, so fingerprints stay stable while newer keys are added.
    fingerprintKey: deriveFingerprintKey(oldestMasterKey),
    upstream,
    adapters,
    config,
    onChange: (workspaceId) => policy?.invalidate(workspaceId),
  });
  const usageTimer = setInterval(() => void vault.flushUsage(), 30_000).unref();
  authenticator = new Authenticator(operator.hash, (hash) => workspaces.findToken(hash));
  policy = new PolicyCache(async (workspaceId) => {
    const { workspace, settings, store } = await workspaces.snapshot(workspaceId);
    return { workspace, settings, keys: await keyRows(store.db, workspaceId) };
  });
  const gateway: GatewayDeps = {
    config,
    policy,
    keys: { open: (row) => vault.open(row), markRejected: (id, keyId) => vault.markRejected(id, keyId) },
    upstream,
    recorder,
    adapters,
    privacy: {
      // Conversations resend earlier turns: each distinct text is scanned once.
      detect: cachedDetect((text) => detectAll(detectors, text)),
      pseudonymKey: (workspaceId) => derivePseudonymKey(oldestMasterKey, workspaceId),
    },
    log,
  };
  // Other nodes' changes arrive by PostgreSQL NOTIFY; SQLite stores are single-node.
  const listeners = [...stores.values()]
    .filter((store) => store.kind === 'postgres')
    .map((store) =>
      listenForChanges(store.database, {
        onChange: (workspaceId) => {
          policy?.invalidate(workspaceId);
          authenticator?.forgetWorkspace(workspaceId);
        },
        onReset: () => {
          policy?.clear();
          authenticator?.forgetAll();
        },
        onError: (error) => log.warn({ err: error }, 'change listener lost its connection; reconnecting'),
      }),
    );
  const sessions = new SessionService(regions, workspaces);
  // Session content past its retention is removed hourly (and by `purgeExpired` on demand).
  const purgeTimer = setInterval(() => {
    sessions.purgeExpired(new Date()).catch((error: unknown) => {
      log.error({ err: error }, 'could not purge expired session content');
    });
  }, 3_600_000).unref();
  const app = buildApp({ config, log, authenticator, workspaces, sessions, vault, gateway, metrics });
  const address = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    url: address.replace('[::1]', '127.0.0.1'),
    generatedOperatorToken: operator.generated,
    generatedMasterKeyFile: master.createdFile,
    undecryptableKeys,
    regions,
    recorder,
    vault,
    sessions,
    async close() {
      await app.close();
      await Promise.all(listeners.map((listener) => listener.close()));
      clearInterval(usageTimer);
      clearInterval(purgeTimer);
      await recorder.close();
      await vault.flushUsage();
      await upstream.close();
      await regions.close();
    },
  };
}

function trainingDefaults(config: Config) {
  return {
    free: config.plans.free.trainingDataUse,
    team: config.plans.team.trainingDataUse,
    enterprise: config.plans.enterprise.trainingDataUse,
  };
}
