import type { Actor } from '../audit/audit.js';
import { appendAudit } from '../audit/audit.js';
import { PalisadeError } from '../core/errors.js';
import { newId, type ProviderId } from '../core/ids.js';
import type { RegionStores } from '../residency/region-stores.js';
import { announceChange } from '../store/change-feed.js';
import type { Db, Store, Trx } from '../store/create-db.js';
import { toSettings, toTokenView, toWorkspace } from './rows.js';
import { generateToken, hashToken } from './tokens.js';
import type { AiSettings, Plan, Retention, Role, TokenPrincipal, TokenView, Workspace } from './types.js';

export interface WorkspaceDefaults {
  trainingDataUse: Record<Plan, boolean>;
  modelProvider: ProviderId;
  /** Session content retention of a new workspace, by plan (default: none kept). */
  retention?: Record<Plan, Retention>;
}

export type SettingsPatch = Partial<
  Pick<
    AiSettings,
    | 'ai_enabled'
    | 'training_data_use'
    | 'model_provider'
    | 'model'
    | 'allowed_models'
    | 'require_byok'
    | 'context_policy'
    | 'retention'
    | 'require_zero_retention'
  >
>;

/**
 * Workspaces, members, tokens and AI settings. Every change is written with its audit entry in one
 * transaction, then announced through `onChange` so caches drop the workspace.
 */
export class WorkspaceService {
  constructor(
    private readonly regions: RegionStores,
    private readonly defaults: WorkspaceDefaults,
    private readonly onChange: (workspaceId: string) => void = () => {},
  ) {}

  async create(input: { name: string; plan: Plan; region: string }, actor: Actor): Promise<Workspace> {
    const store = this.regions.store(input.region);
    const id = newId('ws');
    // The directory first: a workspace the directory does not know could not be found again.
    await this.regions.directory.register(id, input.region);
    const now = new Date().toISOString();
    const row = {
      id,
      name: input.name,
      plan: input.plan,
      region: input.region,
      created_at: now,
      updated_at: now,
    };
    const settings = {
      workspace_id: row.id,
      ai_enabled: 1,
      training_data_use: this.defaults.trainingDataUse[input.plan] ? 1 : 0,
      model_provider: this.defaults.modelProvider,
      model: null,
      allowed_models: null,
      version: 1,
      updated_at: now,
      require_byok: 0,
      context_policy: null,
      context_policy_version: 1,
      retention_days: retentionDays(this.defaults.retention?.[input.plan] ?? 'none'),
      require_zero_retention: 0,
    };
    await store.write(async (trx) => {
      await trx.insertInto('workspaces').values(row).execute();
      await trx.insertInto('ai_settings').values(settings).execute();
      await appendAudit(trx, [
        { workspaceId: row.id, actor, action: 'workspace.created', target: row.id, after: toWorkspace(row) },
        {
          workspaceId: row.id,
          actor,
          action: 'ai_settings.created',
          target: row.id,
          after: toSettings(settings),
        },
      ]);
    });

    return toWorkspace(row);
  }

  /** The workspace and its store; `not_found` when no served region holds it. */
  async find(workspaceId: string): Promise<{ workspace: Workspace; store: Store }> {
    const region = await this.regions.regionOf(workspaceId, async (store) => {
      const hit = await store.db
        .selectFrom('workspaces')
        .select('id')
        .where('id', '=', workspaceId)
        .executeTakeFirst();
      return hit?.id;
    });
    if (!region) throw new PalisadeError('not_found', 'No such workspace.');
    const store = this.regions.store(region);
    const row = await store.db
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    if (!row) throw new PalisadeError('not_found', 'No such workspace.');
    return { workspace: toWorkspace(row), store };
  }

  async update(workspaceId: string, patch: { name?: string; plan?: Plan }, actor: Actor): Promise<Workspace> {
    const { workspace, store } = await this.find(workspaceId);
    const next = { ...workspace, ...patch, updated_at: new Date().toISOString() };
    await store.write(async (trx) => {
      await trx
        .updateTable('workspaces')
        .set({ name: next.name, plan: next.plan, updated_at: next.updated_at })
        .where('id', '=', workspaceId)
        .execute();
      await announceChange(trx, store.kind, workspaceId);
      await appendAudit(trx, [
        {
          workspaceId,
          actor,
          action: 'workspace.updated',
          target: workspaceId,
          before: workspace,
          after: next,
        },
      ]);
    });
    this.onChange(workspaceId);
    return next;
  }

  /** The workspace and its settings, as the data plane's policy cache holds them. */
  async snapshot(workspaceId: string): Promise<{ workspace: Workspace; settings: AiSettings; store: Store }> {
    const { workspace, store } = await this.find(workspaceId);
    return { workspace, settings: await this.readSettings(store.db, workspaceId), store };
  }

  async settings(workspaceId: string): Promise<AiSettings> {
    const { store } = await this.find(workspaceId);
    return this.readSettings(store.db, workspaceId);
  }

  async updateSettings(workspaceId: string, patch: SettingsPatch, actor: Actor): Promise<AiSettings> {
    const { store } = await this.find(workspaceId);
    const result = await store.write(async (trx) => {
      const before = await this.readSettings(trx, workspaceId);
      const after: AiSettings = {
        ...before,
        ...patch,
        context_policy_version:
          patch.context_policy === undefined
            ? before.context_policy_version
            : before.context_policy_version + 1,
        version: before.version + 1,
        updated_at: new Date().toISOString(),
      };
      await trx
        .updateTable('ai_settings')
        .set({
          ai_enabled: after.ai_enabled ? 1 : 0,
          training_data_use: after.training_data_use ? 1 : 0,
          model_provider: after.model_provider,
          model: after.model,
          allowed_models: after.allowed_models === null ? null : JSON.stringify(after.allowed_models),
          require_byok: after.require_byok ? 1 : 0,
          context_policy: JSON.stringify(after.context_policy),
          context_policy_version: after.context_policy_version,
          retention_days: retentionDays(after.retention),
          require_zero_retention: after.require_zero_retention ? 1 : 0,
          version: after.version,
          updated_at: after.updated_at,
        })
        .where('workspace_id', '=', workspaceId)
        .execute();
      await announceChange(trx, store.kind, workspaceId);
      await appendAudit(trx, [
        { workspaceId, actor, action: 'ai_settings.updated', target: workspaceId, before, after },
      ]);
      return after;
    });
    this.onChange(workspaceId);
    return result;
  }

  /**
   * Erases a workspace: every row of it in its region's store (`erasers` remove what other modules
   * keep, in the same transaction), then its directory entry. The audit log keeps its entries, which
   * hold no content, and gains a `workspace.erased` entry.
   */
  async erase(
    workspaceId: string,
    actor: Actor,
    erasers: ReadonlyArray<(trx: Trx, workspaceId: string) => Promise<number>>,
  ): Promise<{ rows: number }> {
    const { workspace, store } = await this.find(workspaceId);
    const rows = await store.write(async (trx) => {
      let count = 0;
      for (const erase of erasers) count += await erase(trx, workspaceId);
      for (const table of ['tokens', 'members', 'ai_settings'] as const) {
        const result = await trx.deleteFrom(table).where('workspace_id', '=', workspaceId).executeTakeFirst();
        count += Number(result.numDeletedRows);
      }
      const result = await trx.deleteFrom('workspaces').where('id', '=', workspaceId).executeTakeFirst();
      count += Number(result.numDeletedRows);
      await announceChange(trx, store.kind, workspaceId);
      await appendAudit(trx, [
        {
          workspaceId,
          actor,
          action: 'workspace.erased',
          target: workspaceId,
          before: { id: workspace.id, plan: workspace.plan, region: workspace.region },
          after: { rows: count },
        },
      ]);
      return count;
    });
    await this.regions.directory.forgetWorkspace(workspaceId);
    this.onChange(workspaceId);
    return { rows };
  }

  async createToken(
    workspaceId: string,
    input: { name: string; role: Role },
    actor: Actor,
  ): Promise<{ view: TokenView; token: string }> {
    const { workspace, store } = await this.find(workspaceId);
    const token = generateToken();
    const now = new Date().toISOString();
    const member = {
      id: newId('mem'),
      workspace_id: workspaceId,
      name: input.name,
      role: input.role,
      created_at: now,
    };
    const row = {
      id: newId('tok'),
      workspace_id: workspaceId,
      member_id: member.id,
      name: input.name,
      role: input.role,
      token_hash: hashToken(token),
      last_four: token.slice(-4),
      created_at: now,
      revoked_at: null,
    };
    const view = toTokenView(row);
    await store.write(async (trx) => {
      await trx.insertInto('members').values(member).execute();
      await trx.insertInto('tokens').values(row).execute();
      await appendAudit(trx, [{ workspaceId, actor, action: 'token.created', target: row.id, after: view }]);
    });
    // So that a node serving another region can say where this token belongs.
    await this.regions.directory.registerToken(row.token_hash, workspaceId, workspace.region);
    return { view, token };
  }

  async listTokens(workspaceId: string): Promise<TokenView[]> {
    const { store } = await this.find(workspaceId);
    const rows = await store.db
      .selectFrom('tokens')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toTokenView);
  }

  async revokeToken(workspaceId: string, tokenId: string, actor: Actor): Promise<TokenView> {
    const { store } = await this.find(workspaceId);
    let revokedHash: string | undefined;
    const view = await store.write(async (trx) => {
      const row = await trx
        .selectFrom('tokens')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', tokenId)
        .executeTakeFirst();
      if (!row) throw new PalisadeError('not_found', 'No such token.');
      if (row.revoked_at) return toTokenView(row);
      revokedHash = row.token_hash;
      const revoked = { ...row, revoked_at: new Date().toISOString() };
      await trx
        .updateTable('tokens')
        .set({ revoked_at: revoked.revoked_at })
        .where('id', '=', tokenId)
        .execute();
      await announceChange(trx, store.kind, workspaceId);
      await appendAudit(trx, [
        {
          workspaceId,
          actor,
          action: 'token.revoked',
          target: tokenId,
          before: toTokenView(row),
          after: toTokenView(revoked),
        },
      ]);
      return toTokenView(revoked);
    });
    this.onChange(workspaceId);
    if (revokedHash) await this.regions.directory.forgetToken(revokedHash);
    return view;
  }

  /** The live token with this hash, in any served region, or undefined. */
  async findToken(tokenHash: string): Promise<TokenPrincipal | undefined> {
    for (const region of this.regions.served) {
      const row = await this.regions
        .store(region)
        .db.selectFrom('tokens')
        .select(['id', 'workspace_id', 'member_id', 'role'])
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (row) {
        return {
          kind: 'token',
          tokenId: row.id,
          workspaceId: row.workspace_id,
          memberId: row.member_id,
          role: row.role as Role,
          region,
        };
      }
    }
    // Not here: a token of a workspace in a region this node does not serve is told where to go.
    const elsewhere = await this.regions.directory.tokenRegion(tokenHash);
    if (elsewhere !== undefined && !this.regions.has(elsewhere)) this.regions.store(elsewhere);
    return undefined;
  }

  private async readSettings(db: Db, workspaceId: string): Promise<AiSettings> {
    const row = await db
      .selectFrom('ai_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!row) throw new PalisadeError('not_found', 'No such workspace.');
    return toSettings(row);
  }
}

function retentionDays(retention: Retention): number | null {
  return retention === 'none' ? null : retention;
}
