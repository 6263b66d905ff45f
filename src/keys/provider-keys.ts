import type { Actor } from '../audit/audit.js';
import { appendAudit } from '../audit/audit.js';
import type { Config } from '../config/config.js';
import { PalisadeError } from '../core/errors.js';
import { newId, type ProviderId } from '../core/ids.js';
import type { Upstream } from '../providers/kit/upstream.js';
import type { ProviderAdapter } from '../providers/provider.js';
import { announceChange } from '../store/change-feed.js';
import type { Db, Trx } from '../store/create-db.js';
import type { ProviderKeyTable } from '../store/database.js';
import type { WorkspaceService } from '../workspaces/service.js';
import type { Workspace } from '../workspaces/types.js';
import { openSecret, sealSecret } from './envelope.js';
import { fingerprintSecret, maskSecret } from './fingerprint.js';
import { checkKeyFormat, providerName } from './key-format.js';
import type { MasterKeyRing } from './master-key-ring.js';
import { sealedOf } from './rotate-master.js';
import { validateKeyLive } from './validate-key.js';

export interface ProviderKeyView {
  provider: ProviderId;
  masked: string;
  fingerprint: string;
  /** `active`, `invalid` (the provider rejected it), or `inactive_plan` (kept, unused, off Enterprise). */
  status: string;
  created_at: string;
  created_by: string;
  validated_at: string | null;
  last_used_at: string | null;
  billing: string;
}

export interface VaultDeps {
  workspaces: WorkspaceService;
  ring: MasterKeyRing;
  /** Master key ids found missing or wrong at start-up (keys/probe.ts). */
  unusableMasterKeys: ReadonlySet<string>;
  fingerprintKey: Buffer;
  upstream: Upstream;
  adapters: Readonly<Record<ProviderId, ProviderAdapter>>;
  config: Config;
  onChange(workspaceId: string): void;
}

/**
 * Bring-your-own-key: an Enterprise workspace's own OpenAI and Anthropic keys, validated live, then
 * envelope-encrypted (keys/envelope.ts). A key never leaves this module except to the provider:
 * views show `••••` and the last four characters; audit entries name the key id and fingerprint.
 */
export class ProviderKeyVault {
  /** Decrypted keys by row id, briefly: the data plane decrypts once a minute, not per request. */
  readonly #plaintext = new Map<string, { apiKey: string; until: number }>();

  /** When each key was last used, written to `last_used_at` off the request path. */
  readonly #used = new Map<string, { workspaceId: string; at: string }>();

  constructor(private readonly deps: VaultDeps) {}

  /** Writes the `last_used_at` of keys used since the last call (a timer calls it; so does close). */
  async flushUsage(): Promise<void> {
    const used = [...this.#used.entries()];
    this.#used.clear();
    for (const [keyId, { workspaceId, at }] of used) {
      try {
        const { store } = await this.deps.workspaces.find(workspaceId);
        await store.write((trx) =>
          trx.updateTable('provider_keys').set({ last_used_at: at }).where('id', '=', keyId).execute(),
        );
      } catch {
        // The key or workspace is gone; nothing to record.
      }
    }
  }

  async list(workspaceId: string): Promise<ProviderKeyView[]> {
    const { workspace, store } = await this.deps.workspaces.find(workspaceId);
    const rows = await keyRows(store.db, workspaceId);
    return rows.map((row) => this.view(row, workspace));
  }

  /** Adds the workspace's first key for a provider (409 if it has one: replace it instead). */
  add(workspaceId: string, provider: ProviderId, apiKey: string, actor: Actor): Promise<ProviderKeyView> {
    return this.put(workspaceId, provider, apiKey, actor, 'add');
  }

  /**
   * Replaces a key (the settings page's refresh button): the new key is validated first, then the
   * old row, ciphertext included, is deleted and the new one inserted in one transaction. Requests
   * already in flight hold the old key in memory and finish on it.
   */
  replace(workspaceId: string, provider: ProviderId, apiKey: string, actor: Actor): Promise<ProviderKeyView> {
    return this.put(workspaceId, provider, apiKey, actor, 'replace');
  }

  private async put(
    workspaceId: string,
    provider: ProviderId,
    apiKey: string,
    actor: Actor,
    mode: 'add' | 'replace',
  ): Promise<ProviderKeyView> {
    const { workspace, store } = await this.deps.workspaces.find(workspaceId);
    requireEnterprise(workspace);
    const old = await keyFor(store.db, workspaceId, provider);
    const name = providerName(provider);
    if (mode === 'add' && old) {
      throw new PalisadeError('conflict', `This workspace already has a ${name} key; replace it with PUT.`);
    }
    if (mode === 'replace' && !old) {
      throw new PalisadeError('not_found', `This workspace has no ${name} key to replace.`);
    }
    await this.validate(workspace, provider, apiKey, actor);
    const row = this.seal(workspace, provider, apiKey, actor);
    await store.write(async (trx) => {
      if (old) await trx.deleteFrom('provider_keys').where('id', '=', old.id).execute();
      await trx.insertInto('provider_keys').values(row).execute();
      await announceChange(trx, store.kind, workspaceId);
      await appendAudit(trx, [
        {
          workspaceId,
          actor,
          action: old ? 'provider_key.replaced' : 'provider_key.added',
          target: row.id,
          before: old ? auditFacts(old) : undefined,
          after: auditFacts(row),
        },
      ]);
    });
    if (old) this.#plaintext.delete(old.id);
    this.deps.onChange(workspaceId);
    return this.view(row, workspace);
  }

  async remove(workspaceId: string, provider: ProviderId, actor: Actor): Promise<void> {
    const { store } = await this.deps.workspaces.find(workspaceId);
    const old = await keyFor(store.db, workspaceId, provider);
    if (!old) throw new PalisadeError('not_found', `This workspace has no ${providerName(provider)} key.`);
    await store.write(async (trx) => {
      await trx.deleteFrom('provider_keys').where('id', '=', old.id).execute();
      await announceChange(trx, store.kind, workspaceId);
      await appendAudit(trx, [
        { workspaceId, actor, action: 'provider_key.removed', target: old.id, before: auditFacts(old) },
      ]);
    });
    this.#plaintext.delete(old.id);
    this.deps.onChange(workspaceId);
  }

  /** The workspace's key rows, sealed, for the data plane's policy snapshot. */
  async rows(workspaceId: string): Promise<ProviderKeyTable[]> {
    const { store } = await this.deps.workspaces.find(workspaceId);
    return keyRows(store.db, workspaceId);
  }

  /** The plaintext key of a row, for one provider call; cached for a minute. */
  open(row: ProviderKeyTable): string {
    this.#used.set(row.id, { workspaceId: row.workspace_id, at: new Date().toISOString() });
    const cached = this.#plaintext.get(row.id);
    if (cached && cached.until > Date.now()) return cached.apiKey;
    let apiKey: string;
    try {
      apiKey = openSecret(this.deps.ring, sealedOf(row), {
        workspaceId: row.workspace_id,
        provider: row.provider,
        keyId: row.id,
      });
    } catch {
      throw new PalisadeError('provider_key_undecryptable');
    }
    this.#plaintext.set(row.id, { apiKey, until: Date.now() + 60_000 });
    return apiKey;
  }

  /** The provider answered 401/403 to a call made with this key: mark it invalid and audit it. */
  async markRejected(workspaceId: string, keyId: string): Promise<void> {
    const { store } = await this.deps.workspaces.find(workspaceId);
    await store.write(async (trx) => {
      const row = await trx
        .selectFrom('provider_keys')
        .selectAll()
        .where('id', '=', keyId)
        .executeTakeFirst();
      if (!row || row.status === 'invalid') return;
      await trx.updateTable('provider_keys').set({ status: 'invalid' }).where('id', '=', keyId).execute();
      await announceChange(trx, store.kind, workspaceId);
      await appendAudit(trx, [
        {
          workspaceId,
          actor: { type: 'system', id: null },
          action: 'provider_key.rejected',
          target: keyId,
          after: { ...auditFacts(row), status: 'invalid' },
        },
      ]);
    });
    this.#plaintext.delete(keyId);
    this.deps.onChange(workspaceId);
  }

  private view(row: ProviderKeyTable, workspace: Workspace): ProviderKeyView {
    const view = toView(row, workspace);
    // Sealed under a master key this node does not have (a wrong or retired PALISADE_MASTER_KEY).
    const id = row.master_key_id;
    if (this.deps.ring.get(id) === undefined || this.deps.unusableMasterKeys.has(id))
      view.status = 'undecryptable';
    return view;
  }

  private async validate(
    workspace: Workspace,
    provider: ProviderId,
    apiKey: string,
    actor: Actor,
  ): Promise<void> {
    checkKeyFormat(provider, apiKey);
    const endpoint = this.deps.config.regions[workspace.region]?.providers[provider];
    if (!endpoint) {
      throw new PalisadeError(
        'model_not_available_in_region',
        `${provider} has no endpoint in region "${workspace.region}", so a key for it cannot be used there.`,
      );
    }
    try {
      await validateKeyLive(this.deps.upstream, this.deps.adapters[provider], endpoint.baseUrl, apiKey);
    } catch (error) {
      if (error instanceof PalisadeError && error.code === 'provider_key_invalid') {
        const { store } = await this.deps.workspaces.find(workspace.id);
        await store.write((trx) =>
          appendAudit(trx, [
            {
              workspaceId: workspace.id,
              actor,
              action: 'provider_key.validation_failed',
              target: provider,
              after: { provider, fingerprint: fingerprintSecret(this.deps.fingerprintKey, apiKey) },
            },
          ]),
        );
      }
      throw error;
    }
  }

  private seal(workspace: Workspace, provider: ProviderId, apiKey: string, actor: Actor): ProviderKeyTable {
    const id = newId('pk');
    const sealed = sealSecret(this.deps.ring, apiKey, { workspaceId: workspace.id, provider, keyId: id });
    const now = new Date().toISOString();
    return {
      id,
      workspace_id: workspace.id,
      provider,
      master_key_id: sealed.masterKeyId,
      wrapped_key: sealed.wrappedKey,
      wrap_nonce: sealed.wrapNonce,
      ciphertext: sealed.ciphertext,
      nonce: sealed.nonce,
      fingerprint: fingerprintSecret(this.deps.fingerprintKey, apiKey),
      masked: maskSecret(apiKey),
      status: 'active',
      version: 1,
      created_at: now,
      created_by: actor.type === 'operator' ? 'operator' : (actor.id ?? actor.type),
      validated_at: now,
      last_used_at: null,
    };
  }
}

function keyFor(db: Db, workspaceId: string, provider: ProviderId): Promise<ProviderKeyTable | undefined> {
  return db
    .selectFrom('provider_keys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('provider', '=', provider)
    .executeTakeFirst();
}

/** Every key row of a workspace (the policy snapshot holds them, so calls need no read). */
export function keyRows(db: Db, workspaceId: string): Promise<ProviderKeyTable[]> {
  return db.selectFrom('provider_keys').selectAll().where('workspace_id', '=', workspaceId).execute();
}

function requireEnterprise(workspace: Workspace): void {
  if (workspace.plan !== 'enterprise') {
    throw new PalisadeError(
      'byok_requires_enterprise',
      'Bring your own key is available on the Enterprise plan.',
    );
  }
}

/** Status as the data plane applies it: keys of a workspace off Enterprise are kept but unused. */
export function effectiveStatus(row: ProviderKeyTable, workspace: Workspace): string {
  return workspace.plan === 'enterprise' ? row.status : 'inactive_plan';
}

function toView(row: ProviderKeyTable, workspace: Workspace): ProviderKeyView {
  const provider = row.provider as ProviderId;
  return {
    provider,
    masked: row.masked,
    fingerprint: row.fingerprint,
    status: effectiveStatus(row, workspace),
    created_at: row.created_at,
    created_by: row.created_by,
    validated_at: row.validated_at,
    last_used_at: row.last_used_at,
    billing: `Calls made with this key are billed to the workspace's own ${providerName(provider)} account, not by Palisade.`,
  };
}

function auditFacts(row: ProviderKeyTable) {
  return { key_id: row.id, provider: row.provider, fingerprint: row.fingerprint };
}

/** Deletes a workspace's provider keys (its erasure), in the caller's transaction. */
export async function eraseWorkspaceKeys(trx: Trx, workspaceId: string): Promise<number> {
  const result = await trx
    .deleteFrom('provider_keys')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
