import { type Actor, appendAudit } from '../audit/audit.js';
import type { RegionStores } from '../residency/region-stores.js';
import type { WorkspaceService } from '../workspaces/service.js';
import type { Retention } from '../workspaces/types.js';
import {
  contentExpiry,
  listSessions,
  purgeExpiredContent,
  type SessionView,
  toSessionView,
} from './sessions.js';

/** Admin-facing work on a workspace's AI sessions: export, erasure, and content retention. */
export class SessionService {
  constructor(
    private readonly regions: RegionStores,
    private readonly workspaces: WorkspaceService,
  ) {}

  /** Every session of a workspace (or of one member), oldest first, read page by page. */
  async *export(workspaceId: string, options: { memberId?: string } = {}): AsyncGenerator<SessionView> {
    const { store } = await this.workspaces.find(workspaceId);
    let after: { createdAt: string; id: string } | undefined;
    for (;;) {
      const page = await listSessions(store.db, workspaceId, { ...options, after, limit: 500 });
      for (const row of page) yield toSessionView(row);
      const last = page.at(-1);
      if (!last || page.length < 500) return;
      after = { createdAt: last.created_at, id: last.id };
    }
  }

  /** Erases a workspace's sessions (or one member's), with an audit entry that holds no content. */
  async erase(workspaceId: string, options: { memberId?: string }, actor: Actor): Promise<number> {
    const { store } = await this.workspaces.find(workspaceId);
    return store.write(async (trx) => {
      let query = trx.deleteFrom('ai_sessions').where('workspace_id', '=', workspaceId);
      if (options.memberId) query = query.where('member_id', '=', options.memberId);
      const erased = Number((await query.executeTakeFirst()).numDeletedRows);
      await appendAudit(trx, [
        {
          workspaceId,
          actor,
          action: 'sessions.erased',
          target: options.memberId ?? workspaceId,
          after: { member_id: options.memberId ?? null, sessions: erased },
        },
      ]);
      return erased;
    });
  }

  /**
   * Applies a new retention to the content already kept, so that nothing outlives what the
   * workspace allows now: `none` drops it at once; a number of days moves each expiry to capture
   * time + days and drops what is already past it.
   */
  async retentionChanged(workspaceId: string, retention: Retention, now = new Date()): Promise<void> {
    const { store } = await this.workspaces.find(workspaceId);
    await store.write(async (trx) => {
      if (retention === 'none') {
        await trx
          .updateTable('ai_sessions')
          .set({ prompt: null, response: null, content_expires_at: null, training_consent: 0 })
          .where('workspace_id', '=', workspaceId)
          .where('prompt', 'is not', null)
          .execute();
        return;
      }
      const kept = await trx
        .selectFrom('ai_sessions')
        .select(['id', 'created_at'])
        .where('workspace_id', '=', workspaceId)
        .where('prompt', 'is not', null)
        .execute();
      for (const row of kept) {
        const expires = contentExpiry(new Date(row.created_at), retention);
        await trx
          .updateTable('ai_sessions')
          .set(
            expires <= now
              ? { prompt: null, response: null, content_expires_at: null }
              : { content_expires_at: expires.toISOString() },
          )
          .where('id', '=', row.id)
          .execute();
      }
    });
  }

  /**
   * Records a change of the workspace's training consent. Opting out withdraws every session
   * captured with consent: none of them is in any later export.
   */
  async consentChanged(workspaceId: string, consent: boolean, actor: Actor): Promise<void> {
    const { store } = await this.workspaces.find(workspaceId);
    await store.write(async (trx) => {
      let withdrawn = 0;
      if (!consent) {
        const result = await trx
          .updateTable('ai_sessions')
          .set({ training_consent: 0 })
          .where('workspace_id', '=', workspaceId)
          .where('training_consent', '=', 1)
          .executeTakeFirst();
        withdrawn = Number(result.numUpdatedRows);
      }
      await appendAudit(trx, [
        {
          workspaceId,
          actor,
          action: consent ? 'training_consent.granted' : 'training_consent.withdrawn',
          target: workspaceId,
          after: consent
            ? { training_data_use: true }
            : { training_data_use: false, sessions_withdrawn: withdrawn },
        },
      ]);
    });
  }

  /** Removes content past its retention in every store this node serves. */
  async purgeExpired(now: Date): Promise<number> {
    let purged = 0;
    for (const region of this.regions.served)
      purged += await purgeExpiredContent(this.regions.store(region), now);
    return purged;
  }
}
