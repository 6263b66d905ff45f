import type { ProviderId } from '../core/ids.js';
import { readContextPolicy } from '../privacy/policy.js';
import type { AiSettingsTable, TokenTable, WorkspaceTable } from '../store/database.js';
import { maskToken } from './tokens.js';
import type { AiSettings, Plan, Role, TokenView, Workspace } from './types.js';

export function toWorkspace(row: WorkspaceTable): Workspace {
  return {
    id: row.id,
    name: row.name,
    plan: row.plan as Plan,
    region: row.region,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function toSettings(row: AiSettingsTable): AiSettings {
  return {
    ai_enabled: Number(row.ai_enabled) === 1,
    training_data_use: Number(row.training_data_use) === 1,
    model_provider: row.model_provider as ProviderId,
    model: row.model,
    allowed_models: row.allowed_models === null ? null : (JSON.parse(row.allowed_models) as string[]),
    require_byok: Number(row.require_byok) === 1,
    context_policy: readContextPolicy(row.context_policy),
    context_policy_version: Number(row.context_policy_version),
    retention: row.retention_days === null ? 'none' : Number(row.retention_days),
    require_zero_retention: Number(row.require_zero_retention) === 1,
    version: Number(row.version),
    updated_at: row.updated_at,
  };
}

export function toTokenView(row: TokenTable): TokenView {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    member_id: row.member_id,
    masked: maskToken(row.last_four),
    created_at: row.created_at,
    revoked_at: row.revoked_at,
  };
}
