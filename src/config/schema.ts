import * as z from 'zod';

const providerEndpoint = z.strictObject({
  base_url: z.url({ protocol: /^https?$/ }).optional(),
  /** Models this endpoint serves in the region; default every model of the provider. */
  models: z.array(z.string().min(1)).min(1).optional(),
});

const region = z.strictObject({
  /** A SQLite file path or a postgres:// URL; default `<data dir>/<region>.sqlite`. */
  database: z.string().min(1).optional(),
  providers: z
    .strictObject({ openai: providerEndpoint.optional(), anthropic: providerEndpoint.optional() })
    .optional(),
});

const providerProfile = z.strictObject({
  default_model: z.string().min(1).optional(),
  /** Models a workspace on this provider may be allowed to use. */
  models: z.array(z.string().min(1)).min(1).optional(),
  /** The operator's agreement with the provider: it keeps no prompt or output. */
  zero_data_retention: z.boolean().optional(),
  /** The provider does not train on data sent through the API. */
  no_training: z.boolean().optional(),
});

const plan = z.strictObject({
  training_data_use: z.boolean().optional(),
  /** Days a new workspace keeps AI session content, or `none`. */
  retention: z.union([z.literal('none'), z.number().int().min(1).max(3650)]).optional(),
});

/** The config file (YAML or JSON), snake_case like the rest of the public surface. */
export const configFileSchema = z.strictObject({
  port: z.number().int().min(0).max(65535).optional(),
  host: z.string().min(1).optional(),
  data_dir: z.string().min(1).optional(),
  log_level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  body_limit_bytes: z.number().int().positive().optional(),
  regions: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/), region).optional(),
  node: z.strictObject({ regions: z.array(z.string()).min(1) }).optional(),
  directory: z.strictObject({ database: z.string().min(1) }).optional(),
  providers: z
    .strictObject({ openai: providerProfile.optional(), anthropic: providerProfile.optional() })
    .optional(),
  plans: z
    .strictObject({ free: plan.optional(), team: plan.optional(), enterprise: plan.optional() })
    .optional(),
  upstream: z
    .strictObject({
      connect_timeout_ms: z.number().int().positive().optional(),
      headers_timeout_ms: z.number().int().positive().optional(),
      stream_idle_timeout_ms: z.number().int().positive().optional(),
      retries: z.number().int().min(0).max(2).optional(),
      connections: z.number().int().positive().optional(),
    })
    .optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;
