/**
 * The detector contract (presidio-shaped): a detector finds spans of one or more entity types in a
 * text, using patterns, context words and a validator (Luhn, IBAN mod 97, …). Detection is apart
 * from transformation: operators (mask, placeholder, …) are chosen per entity type by policy.
 */

export const entityTypes = [
  'EMAIL',
  'PHONE',
  'US_SSN',
  'CREDIT_CARD',
  'IBAN',
  'IP_ADDRESS',
  'SECRET',
  'PERSON',
  'DATE_OF_BIRTH',
] as const;

export type EntityType = (typeof entityTypes)[number];

export interface Finding {
  type: EntityType;
  /** JavaScript string offsets into the text given to `detect`: `text.slice(start, end)` is the value. */
  start: number;
  end: number;
  /** 0..1: how sure the detector is (a validator passing, context words nearby raise it). */
  score: number;
  /** The id of the detector that found it. */
  detector: string;
}

export interface Detector {
  readonly id: string;
  readonly entities: readonly EntityType[];
  /** Must not throw on any input; must be linear-ish in the text length (no catastrophic regexes). */
  detect(text: string): Finding[];
}
