import * as z from 'zod';
import { contextPolicySchema } from '../../privacy/policy.js';
import { plans } from '../../workspaces/types.js';

const name = z.string().trim().min(1).max(200);
const modelName = z.string().trim().min(1).max(200);

export const createWorkspaceBody = z.strictObject({
  name,
  plan: z.enum(plans),
  region: z.string().min(1).max(32),
});

export const patchWorkspaceBody = z
  .strictObject({ name: name.optional(), plan: z.enum(plans).optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change.' });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z.enum(['admin', 'member']),
});

export const patchSettingsBody = z
  .strictObject({
    ai_enabled: z.boolean().optional(),
    training_data_use: z.boolean().optional(),
    model_provider: z.enum(['openai', 'anthropic']).optional(),
    model: modelName.nullable().optional(),
    allowed_models: z.array(modelName).max(100).nullable().optional(),
    require_byok: z.boolean().optional(),
    // Replaced as a whole: fields left out take their defaults.
    context_policy: contextPolicySchema.optional(),
    // Days the redacted prompt and response of each AI session are kept, or none at all.
    retention: z.union([z.literal('none'), z.number().int().min(1).max(3650)]).optional(),
    require_zero_retention: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change.' });

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
});

export const eraseQuery = z.strictObject({ confirm: z.string().max(64).optional() });

export const workspaceParams = z.strictObject({ id: z.string().min(1).max(64) });
export const tokenParams = z.strictObject({
  id: z.string().min(1).max(64),
  token_id: z.string().min(1).max(64),
});
