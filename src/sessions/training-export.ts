import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, writeFileSync } from 'node:fs';
import { appendAudit } from '../audit/audit.js';
import type { Store } from '../store/create-db.js';
import { consentingWorkspaces } from '../workspaces/consent.js';

export interface TrainingExportManifest {
  export_id: string;
  created_at: string;
  file: string;
  /** SHA-256 of the JSON lines file, hex. */
  sha256: string;
  counts: { sessions: number; workspaces: number };
  /** Capture time of the oldest and newest session exported (null when none). */
  time_range: { from: string | null; to: string | null };
  /** The workspaces whose consent held when the export completed, with their settings version. */
  consent_snapshot: Array<{
    workspace_id: string;
    region: string;
    settings_version: number;
    sessions: number;
  }>;
  /** Workspaces that withdrew consent while the export ran: left out. */
  withdrawn_during_export: string[];
}

export interface TrainingExportOptions {
  onProgress?: (progress: { region: string; workspaces: number; sessions: number }) => void;
  /** Called after the data is written and before consent is checked again (tests use it to race an opt-out). */
  afterWrite?: () => Promise<void>;
  now?: () => Date;
}

interface Included {
  store: Store;
  region: string;
  workspaceId: string;
  version: number;
  sessions: number;
}

/**
 * Writes the sessions that may be used for training to `out` (JSON lines) and `out.manifest.json`:
 * sessions captured with consent (and content), from workspaces that still consent. Consent is checked
 * again once the file is written; a workspace that opted out meanwhile is left out and the file is
 * written again, so no export ever holds data of a workspace that had withdrawn before it completed.
 * Each included workspace gets an audit entry (`training.exported`, counts only).
 */
export async function exportTrainingData(
  stores: ReadonlyArray<{ region: string; store: Store }>,
  out: string,
  options: TrainingExportOptions = {},
): Promise<TrainingExportManifest> {
  const now = options.now ?? (() => new Date());
  const withdrawn = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    const included: Included[] = [];
    const range = { from: null as string | null, to: null as string | null };
    const partial = `${out}.partial`;
    const file = createWriteStream(partial);
    for (const { region, store } of stores) {
      const consenting = await consentingWorkspaces(store.db);
      for (const [workspaceId, version] of consenting) {
        if (withdrawn.has(workspaceId)) continue;
        const entry: Included = { store, region, workspaceId, version, sessions: 0 };
        let after: { createdAt: string; id: string } | undefined;
        for (;;) {
          const page = await trainingPage(store, workspaceId, after);
          for (const row of page) {
            const line = JSON.stringify({
              session_id: row.id,
              workspace_id: workspaceId,
              region,
              created_at: row.created_at,
              provider: row.provider,
              model: row.model,
              prompt: JSON.parse(row.prompt as string),
              response: row.response === null ? null : JSON.parse(row.response),
            });
            if (!file.write(`${line}\n`)) await once(file, 'drain');
            entry.sessions++;
            range.from = range.from === null || row.created_at < range.from ? row.created_at : range.from;
            range.to = range.to === null || row.created_at > range.to ? row.created_at : range.to;
          }
          const last = page.at(-1);
          if (!last || page.length < 500) break;
          after = { createdAt: last.created_at, id: last.id };
        }
        if (entry.sessions > 0) included.push(entry);
        options.onProgress?.({
          region,
          workspaces: included.length,
          sessions: included.reduce((sum, i) => sum + i.sessions, 0),
        });
      }
    }
    file.end();
    await once(file, 'finish');
    await options.afterWrite?.();
    // Consent once more, now that the data is written: an opt-out that landed meanwhile wins.
    const changed: string[] = [];
    for (const entry of included) {
      const still = await consentingWorkspaces(entry.store.db);
      if (still.get(entry.workspaceId) === undefined) changed.push(entry.workspaceId);
    }
    if (changed.length > 0 && attempt < 5) {
      for (const id of changed) withdrawn.add(id);
      continue;
    }
    if (changed.length > 0) throw new Error('Consent kept changing during the export; run it again.');
    renameSync(partial, out);
    const manifest: TrainingExportManifest = {
      export_id: `exp_${randomUUID()}`,
      created_at: now().toISOString(),
      file: out,
      sha256: await sha256Of(out),
      counts: { sessions: included.reduce((sum, i) => sum + i.sessions, 0), workspaces: included.length },
      time_range: range,
      consent_snapshot: included.map((i) => ({
        workspace_id: i.workspaceId,
        region: i.region,
        settings_version: i.version,
        sessions: i.sessions,
      })),
      withdrawn_during_export: [...withdrawn],
    };
    writeFileSync(`${out}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    for (const entry of included) {
      await entry.store.write((trx) =>
        appendAudit(trx, [
          {
            workspaceId: entry.workspaceId,
            actor: { type: 'operator', id: null },
            action: 'training.exported',
            target: manifest.export_id,
            after: { export_id: manifest.export_id, sessions: entry.sessions, sha256: manifest.sha256 },
          },
        ]),
      );
    }
    return manifest;
  }
}

function trainingPage(
  store: Store,
  workspaceId: string,
  after: { createdAt: string; id: string } | undefined,
) {
  let query = store.db
    .selectFrom('ai_sessions')
    .select(['id', 'created_at', 'provider', 'model', 'prompt', 'response'])
    .where('workspace_id', '=', workspaceId)
    .where('training_consent', '=', 1)
    .where('prompt', 'is not', null);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '>', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('created_at').orderBy('id').limit(500).execute();
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
