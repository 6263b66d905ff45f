export type EntityType =
  | 'EMAIL'
  | 'PHONE'
  | 'US_SSN'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'IP_ADDRESS'
  | 'SECRET'
  | 'PERSON'
  | 'DATE_OF_BIRTH';

export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
  encoded?: boolean;
}

export interface CorpusRecord {
  id: string;
  kind: string;
  locale: string;
  text: string;
  spans: GoldSpan[];
}

export const DEFAULT_SEED: number;
export const DEFAULT_RECORDS: number;
export const CLEAN_SHARE: number;
export function generateCorpus(options?: { seed?: number; records?: number }): CorpusRecord[];
