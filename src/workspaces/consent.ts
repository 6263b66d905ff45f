import type { Db } from '../store/create-db.js';

/** Workspaces of a store that consent to training use now, with their settings version. */
export async function consentingWorkspaces(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('ai_settings')
    .select(['workspace_id', 'version'])
    .where('training_data_use', '=', 1)
    .execute();
  return new Map(rows.map((row) => [row.workspace_id, Number(row.version)]));
}
