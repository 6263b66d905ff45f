import { createHmac } from 'node:crypto';
import type { EntityType } from '../detector.js';

export type Pseudonymiser = (type: EntityType, value: string) => string;

/**
 * The `hash` operator: an HMAC-SHA-256 of the value under a workspace key, cut to 12 hex digits.
 * Keyed, so nobody without the key can confirm a guess (an email address is easy to guess); stable
 * for a workspace, so the model can still see that two rows share a customer.
 */
export function pseudonymiser(key: Buffer): Pseudonymiser {
  return (type, value) =>
    `[${type}:${createHmac('sha256', key).update(type).update('\u0000').update(value).digest('hex').slice(0, 12)}]`;
}
