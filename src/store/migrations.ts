import type { Kysely, Migration, MigrationProvider } from 'kysely';

/** Portable DDL only: no database-specific types or functions. Never edit a shipped migration. */
const migrations: Record<string, Migration> = {
  '0001_foundation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('members')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('last_four', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('tokens_workspace').on('tokens').column('workspace_id').execute();
      await db.schema
        .createTable('ai_settings')
        .addColumn('workspace_id', 'text', (c) =>
          c.primaryKey().references('workspaces.id').onDelete('cascade'),
        )
        .addColumn('ai_enabled', 'integer', (c) => c.notNull())
        .addColumn('training_data_use', 'integer', (c) => c.notNull())
        .addColumn('model_provider', 'text', (c) => c.notNull())
        .addColumn('model', 'text')
        .addColumn('allowed_models', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The audit log outlives what it describes: no foreign key to workspaces.
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_type', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addUniqueConstraint('audit_log_chain', ['workspace_id', 'seq'])
        .execute();
      await db.schema
        .createTable('operator_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002_provider_keys': {
    async up(db: Kysely<unknown>) {
      // A workspace's own provider keys, envelope-encrypted (keys/envelope.ts): the data key is
      // wrapped by the master key named in master_key_id; the ciphertext is bound to the row by AAD.
      await db.schema
        .createTable('provider_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('master_key_id', 'text', (c) => c.notNull())
        .addColumn('wrapped_key', 'text', (c) => c.notNull())
        .addColumn('wrap_nonce', 'text', (c) => c.notNull())
        .addColumn('ciphertext', 'text', (c) => c.notNull())
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('masked', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('validated_at', 'text')
        .addColumn('last_used_at', 'text')
        .addUniqueConstraint('provider_keys_one_per_provider', ['workspace_id', 'provider'])
        .execute();
      await db.schema
        .alterTable('ai_settings')
        .addColumn('require_byok', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  '0003_context_policy': {
    async up(db) {
      // The policy as JSON (null: the defaults), and its own version for the audit entry of each call.
      await db.schema.alterTable('ai_settings').addColumn('context_policy', 'text').execute();
      await db.schema
        .alterTable('ai_settings')
        .addColumn('context_policy_version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    },
  },
  '0004_sessions': {
    async up(db) {
      // Days AI session content is kept; null: none is kept (existing workspaces start there).
      await db.schema.alterTable('ai_settings').addColumn('retention_days', 'integer').execute();
      await db.schema
        .alterTable('ai_settings')
        .addColumn('require_zero_retention', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('ai_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // No foreign key: recording never fails on a workspace erased meanwhile; erasure deletes these.
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('endpoint', 'text', (c) => c.notNull())
        .addColumn('provider', 'text')
        .addColumn('model', 'text')
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('stream', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('http_status', 'integer', (c) => c.notNull())
        .addColumn('input_tokens', 'integer')
        .addColumn('output_tokens', 'integer')
        .addColumn('latency_ms', 'integer', (c) => c.notNull())
        .addColumn('findings', 'text')
        .addColumn('policy_version', 'integer')
        .addColumn('training_consent', 'integer', (c) => c.notNull())
        .addColumn('prompt', 'text')
        .addColumn('response', 'text')
        .addColumn('content_expires_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('ai_sessions_workspace_created')
        .on('ai_sessions')
        .columns(['workspace_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('ai_sessions_content_expiry')
        .on('ai_sessions')
        .column('content_expires_at')
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};

/**
 * The directory's own schema (a separate database, or separate tables with their own migration
 * history): workspace id → region, token hash → workspace and region. No customer content.
 */
const directoryMigrations: Record<string, Migration> = {
  '0001_directory': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('directory_workspaces')
        .addColumn('workspace_id', 'text', (c) => c.primaryKey())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('directory_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

export const directoryMigrationProvider: MigrationProvider = {
  async getMigrations() {
    return directoryMigrations;
  },
};
