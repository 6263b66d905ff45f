import type { Warning } from '../core/chat.js';
import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import type { ProviderKeyTable } from '../store/database.js';
import type { AiSettings, Workspace } from '../workspaces/types.js';

export interface PolicySnapshot {
  workspace: Workspace;
  settings: AiSettings;
  /** The workspace's own provider keys, sealed; decrypted only by the vault, for one call. */
  keys: readonly ProviderKeyTable[];
}

/**
 * Settings snapshots for the data plane: read once, then served from memory until a change to the
 * workspace drops them. A read that fails refuses the request (`policy_unavailable`): AI is never
 * sent without its policy.
 */
export class PolicyCache {
  readonly #snapshots = new Map<string, PolicySnapshot>();
  /** Bumped by every invalidation, so a read that raced a change is not cached. */
  #generation = 0;

  constructor(private readonly load: (workspaceId: string) => Promise<PolicySnapshot>) {}

  /** The cached snapshot, or undefined; lets the hot path stay synchronous on a hit. */
  peek(workspaceId: string): PolicySnapshot | undefined {
    return this.#snapshots.get(workspaceId);
  }

  async get(workspaceId: string): Promise<PolicySnapshot> {
    const hit = this.#snapshots.get(workspaceId);
    if (hit) return hit;
    const generation = this.#generation;
    let snapshot: PolicySnapshot;
    try {
      snapshot = await this.load(workspaceId);
    } catch (error) {
      throw new PalisadeError('policy_unavailable', undefined, { cause: error });
    }
    if (generation === this.#generation) this.#snapshots.set(workspaceId, snapshot);
    return snapshot;
  }

  invalidate(workspaceId: string): void {
    this.#generation++;
    this.#snapshots.delete(workspaceId);
  }

  /** Forgets every snapshot (another node's changes may have been missed). */
  clear(): void {
    this.#generation++;
    this.#snapshots.clear();
  }
}

export interface ModelChoice {
  provider: ProviderId;
  model: string;
}

/**
 * Which model runs is the workspace's decision: the request's own `model` is honoured when it is
 * in `allowed_models`; otherwise the workspace's `model` (or the provider's default) runs and a
 * `model_substituted` warning says so.
 */
export function chooseModel(
  settings: AiSettings,
  requested: string,
  defaultModel: (provider: ProviderId) => string,
  warnings: Warning[],
): ModelChoice {
  const provider = settings.model_provider;
  const workspaceModel = settings.model ?? defaultModel(provider);
  if (requested === workspaceModel || settings.allowed_models?.includes(requested)) {
    return { provider, model: requested };
  }
  warnings.push({ type: 'model_substituted', parameter: 'model', detail: workspaceModel });
  return { provider, model: workspaceModel };
}

/** The models a workspace may use, for GET /v1/models. */
export function allowedModels(
  settings: AiSettings,
  defaultModel: (provider: ProviderId) => string,
): string[] {
  const workspaceModel = settings.model ?? defaultModel(settings.model_provider);
  return [...new Set([workspaceModel, ...(settings.allowed_models ?? [])])];
}
