/**
 * Table types. Portable across SQLite and PostgreSQL: ids made in the app, timestamps as ISO-8601
 * text, booleans as 0/1 integers, JSON as text.
 */
export interface WorkspaceTable {
  id: string;
  name: string;
  plan: string;
  region: string;
  created_at: string;
  updated_at: string;
}

export interface MemberTable {
  id: string;
  workspace_id: string;
  name: string;
  role: string;
  created_at: string;
}

export interface TokenTable {
  id: string;
  workspace_id: string;
  member_id: string;
  name: string;
  role: string;
  /** SHA-256 of the token, hex. The token itself is never stored. */
  token_hash: string;
  /** The last four characters, for the masked list. */
  last_four: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AiSettingsTable {
  workspace_id: string;
  ai_enabled: number;
  training_data_use: number;
  model_provider: string;
  model: string | null;
  /** JSON array of model names, or null for "only `model`". */
  allowed_models: string | null;
  version: number;
  updated_at: string;
  require_byok: number;
  /** The context policy as JSON, or null for the defaults. */
  context_policy: string | null;
  context_policy_version: number;
  /** Days AI session content is kept; null: none is kept. */
  retention_days: number | null;
  require_zero_retention: number;
}

/** One AI call. `prompt`/`response` hold redacted content, only while retention allows it. */
export interface SessionTable {
  id: string;
  workspace_id: string;
  member_id: string;
  token_id: string;
  endpoint: string;
  provider: string | null;
  model: string | null;
  region: string;
  stream: number;
  /** `ok`, `incomplete` (the stream was cut), `client_closed`, or an error code. */
  status: string;
  http_status: number;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number;
  /** JSON counts by entity type. */
  findings: string | null;
  policy_version: number | null;
  /** The workspace consented to training use at capture, and content was kept. */
  training_consent: number;
  prompt: string | null;
  response: string | null;
  content_expires_at: string | null;
  created_at: string;
}

export interface ProviderKeyTable {
  id: string;
  workspace_id: string;
  provider: string;
  master_key_id: string;
  wrapped_key: string;
  wrap_nonce: string;
  ciphertext: string;
  nonce: string;
  /** HMAC of the key, for de-duplication and display; never the key. */
  fingerprint: string;
  /** `••••WXYZ`: at most the last four characters. */
  masked: string;
  /** `active` or `invalid` (rejected by the provider); `inactive_plan` is derived from the plan. */
  status: string;
  version: number;
  created_at: string;
  created_by: string;
  validated_at: string | null;
  last_used_at: string | null;
}

export interface AuditTable {
  id: string;
  workspace_id: string;
  /** Position in the workspace's chain, from 1. */
  seq: number;
  at: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  target: string | null;
  /** JSON text, never a secret. */
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** The directory (its own database, shared by every node): which region holds a workspace. */
export interface DirectoryWorkspaceTable {
  workspace_id: string;
  region: string;
  created_at: string;
}

/** The directory's map of token hashes to workspaces, so a node can say where a token belongs. */
export interface DirectoryTokenTable {
  token_hash: string;
  workspace_id: string;
  region: string;
}

export interface OperatorTable {
  id: string;
  token_hash: string;
  created_at: string;
}

export interface Database {
  workspaces: WorkspaceTable;
  members: MemberTable;
  tokens: TokenTable;
  ai_settings: AiSettingsTable;
  audit_log: AuditTable;
  operator_tokens: OperatorTable;
  provider_keys: ProviderKeyTable;
  ai_sessions: SessionTable;
  directory_workspaces: DirectoryWorkspaceTable;
  directory_tokens: DirectoryTokenTable;
}
