import { sql } from 'kysely';
import type pg from 'pg';
import type { DbKind, Trx } from './create-db.js';

const channel = 'palisade_changes';

/**
 * Announces a change to a workspace inside the transaction that makes it. On PostgreSQL this is a
 * NOTIFY, delivered to every node's listener when (and only if) the transaction commits; SQLite
 * is single-node, where the in-process notice is enough.
 */
export async function announceChange(trx: Trx, kind: DbKind, workspaceId: string): Promise<void> {
  if (kind === 'postgres') await sql`select pg_notify(${channel}, ${workspaceId})`.execute(trx);
}

export interface ChangeListener {
  close(): Promise<void>;
}

/**
 * Listens for other nodes' changes on a PostgreSQL store. When the connection drops, `onReset` is
 * called (caches must forget everything: notices may have been missed) and it reconnects.
 */
export function listenForChanges(
  url: string,
  handlers: { onChange(workspaceId: string): void; onReset(): void; onError?(error: unknown): void },
): ChangeListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const dropped = (lostClient: pg.Client, error?: unknown) => {
    if (client !== lostClient) return;
    client = undefined;
    handlers.onReset();
    if (error) handlers.onError?.(error);
    lostClient.end().catch(() => {});
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        void start();
      }, 1_000);
    }
  };

  const start = async (): Promise<void> => {
    const { default: pgModule } = await import('pg');
    const next = new pgModule.Client({ connectionString: url });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload) handlers.onChange(message.payload);
    });
    next.on('error', (error) => dropped(next, error));
    next.on('end', () => dropped(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      // Changes made while nobody listened are unknown: start from empty caches.
      handlers.onReset();
    } catch (error) {
      dropped(next, error);
    }
  };

  const ready = start();

  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await ready;
      const current = client;
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}
