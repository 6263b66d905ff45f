import type * as z from 'zod';
import { PalisadeError } from '../../core/errors.js';

/** Parses one SSE `data` payload against the provider's event schema; anything else is `upstream_error`. */
export function parseEventData<T extends z.ZodType>(schema: T, data: string): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new PalisadeError('upstream_error', 'The provider sent malformed stream data.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new PalisadeError('upstream_error', 'The provider sent malformed stream data.');
  return parsed.data;
}
