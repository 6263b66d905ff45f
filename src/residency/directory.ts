import type { Store } from '../store/create-db.js';

/**
 * The directory: which region holds each workspace, and which workspace (and region) each token
 * belongs to, so any node can refuse a request for another region with `wrong_region` and name it.
 * It lives in its own database, shared by every node of a deployment, and holds no customer content:
 * ids, region names and token hashes only. A workspace's region never changes, so answers are kept.
 */
export class Directory {
  readonly #regions = new Map<string, string>();

  constructor(private readonly store: Store) {}

  async register(workspaceId: string, region: string): Promise<void> {
    await this.store.db
      .insertInto('directory_workspaces')
      .values({ workspace_id: workspaceId, region, created_at: new Date().toISOString() })
      .onConflict((c) => c.column('workspace_id').doNothing())
      .execute();
    this.#regions.set(workspaceId, region);
  }

  async regionOf(workspaceId: string): Promise<string | undefined> {
    const known = this.#regions.get(workspaceId);
    if (known) return known;
    const row = await this.store.db
      .selectFrom('directory_workspaces')
      .select('region')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (row) this.#regions.set(workspaceId, row.region);
    return row?.region;
  }

  async registerToken(tokenHash: string, workspaceId: string, region: string): Promise<void> {
    await this.store.db
      .insertInto('directory_tokens')
      .values({ token_hash: tokenHash, workspace_id: workspaceId, region })
      .onConflict((c) => c.column('token_hash').doNothing())
      .execute();
  }

  /** The region of the workspace a token belongs to, if the token was ever issued and not revoked. */
  async tokenRegion(tokenHash: string): Promise<string | undefined> {
    const row = await this.store.db
      .selectFrom('directory_tokens')
      .select('region')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row?.region;
  }

  async forgetToken(tokenHash: string): Promise<void> {
    await this.store.db.deleteFrom('directory_tokens').where('token_hash', '=', tokenHash).execute();
  }

  /** Forgets an erased workspace and its tokens. */
  async forgetWorkspace(workspaceId: string): Promise<void> {
    await this.store.db.deleteFrom('directory_tokens').where('workspace_id', '=', workspaceId).execute();
    await this.store.db.deleteFrom('directory_workspaces').where('workspace_id', '=', workspaceId).execute();
    this.#regions.delete(workspaceId);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
