import type * as z from 'zod';
import { PalisadeError } from '../core/errors.js';

/** Parses admin input with a strict zod schema; the first issue becomes an `invalid_request`. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param = issue?.path.join('.') || undefined;
  const keys = issue?.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
  const message =
    issue?.code === 'unrecognized_keys' ? `Unknown field${keys}.` : `${param ?? 'body'}: ${issue?.message}`;
  throw new PalisadeError('invalid_request', message, param ? { param } : undefined);
}
