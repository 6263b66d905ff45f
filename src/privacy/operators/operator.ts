import type { EntityType } from '../detector.js';

/**
 * What happens to a finding before text leaves (chosen per entity type by the workspace's context
 * policy):
 * - `mask`: replaced by its type, `[EMAIL]`; nothing comes back.
 * - `placeholder`: replaced by a numbered placeholder, `<EMAIL_1>`, which is restored to the real
 *   value in the model's answer. The mapping lives in memory for one request only.
 * - `hash`: replaced by a keyed hash, `[EMAIL:3f9a0c17b2d4]`: the same value gives the same hash
 *   across requests of a workspace (so the model can still join or count), yet it cannot be reversed.
 * - `drop`: removed.
 * - `allow`: sent as it is (still counted in the audit entry).
 */
export const operatorNames = ['mask', 'placeholder', 'hash', 'drop', 'allow'] as const;
export type OperatorName = (typeof operatorNames)[number];

export type OperatorMap = Readonly<Record<EntityType, OperatorName>>;

/** Placeholders for personal data; secrets are masked, since a secret is never restored. */
export const defaultOperators: OperatorMap = {
  EMAIL: 'placeholder',
  PHONE: 'placeholder',
  US_SSN: 'placeholder',
  CREDIT_CARD: 'placeholder',
  IBAN: 'placeholder',
  IP_ADDRESS: 'placeholder',
  PERSON: 'placeholder',
  DATE_OF_BIRTH: 'placeholder',
  SECRET: 'mask',
};

/** Entity types whose value must never come back to the client through a placeholder. */
export const neverRestored: ReadonlySet<EntityType> = new Set(['SECRET']);
