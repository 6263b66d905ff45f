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
  /** One read per workspace at a time: concurrent misses share it. */
  readonly #loading = new Map<string, Promise<PolicySnapshot>>();
  /** Bumped per workspace by each change (and for all by `clear`), so a read that raced a change is not cached. */
  readonly #generations = new Map<string, number>();
  #epoch = 0;

  constructor(private readonly load: (workspaceId: string) => Promise<PolicySnapshot>) {}

  /** The cached snapshot, or undefined; lets the hot path stay synchronous on a hit. */
  peek(workspaceId: string): PolicySnapshot | undefined {
    return this.#snapshots.get(workspaceId);
  }

  async get(workspaceId: string): Promise<PolicySnapshot> {
    const hit = this.#snapshots.get(workspaceId);
    if (hit) return hit;
    let loading = this.#loading.get(workspaceId);
    if (!loading) {
      const generation = this.generationOf(workspaceId);
      loading = this.load(workspaceId).then((snapshot) => {
        if (generation === this.generationOf(workspaceId)) this.#snapshots.set(workspaceId, snapshot);
        return snapshot;
      });
      const mine = loading;
      this.#loading.set(workspaceId, mine);
      mine.then(
        () => this.#loading.get(workspaceId) === mine && this.#loading.delete(workspaceId),
        () => this.#loading.get(workspaceId) === mine && this.#loading.delete(workspaceId),
      );
    }
    try {
      return await loading;
    } catch (error) {
      throw new PalisadeError('policy_unavailable', undefined, { cause: error });
    }
  }

  invalidate(workspaceId: string): void {
    this.#generations.set(workspaceId, (this.#generations.get(workspaceId) ?? 0) + 1);
    this.#snapshots.delete(workspaceId);
    this.#loading.delete(workspaceId);
  }

  /** Forgets every snapshot (another node's changes may have been missed). */
  clear(): void {
    this.#epoch++;
    this.#snapshots.clear();
    this.#loading.clear();
  }

  private generationOf(workspaceId: string): string {
    return `${this.#epoch}:${this.#generations.get(workspaceId) ?? 0}`;
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
