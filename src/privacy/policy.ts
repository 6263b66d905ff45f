import * as z from 'zod';
import { contextRulesSchema } from './context/schema.js';
import { entityTypes } from './detector.js';
import { defaultOperators, neverRestored, type OperatorMap, operatorNames } from './operators/operator.js';

/**
 * A workspace's context policy: what each entity type becomes before text leaves (`operators`, any
 * type not named keeps its default), and how structured context is rendered (see
 * `contextRulesSchema`). Stored and returned with every default filled in, so what an admin reads is
 * what applies.
 */
export const contextPolicySchema = contextRulesSchema.extend({
  operators: z
    .partialRecord(z.enum(entityTypes), z.enum(operatorNames))
    .default(() => ({}))
    .transform((given): OperatorMap => ({ ...defaultOperators, ...given }))
    .refine((operators) => ![...neverRestored].some((type) => operators[type] === 'placeholder'), {
      message: 'A secret is never restored to the client: use mask, hash, drop or allow for SECRET.',
    }),
});

export type ContextPolicy = z.output<typeof contextPolicySchema>;
export type ContextPolicyInput = z.input<typeof contextPolicySchema>;

export const defaultContextPolicy: ContextPolicy = contextPolicySchema.parse({});

/** A stored policy (JSON text, or null for the defaults) as it applies today. Throws if it is unreadable. */
export function readContextPolicy(stored: string | null): ContextPolicy {
  return stored === null ? defaultContextPolicy : contextPolicySchema.parse(JSON.parse(stored));
}
