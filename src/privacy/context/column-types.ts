import type { EntityType } from '../detector.js';
import { normalizeHeader } from '../detectors/tables.js';

/**
 * What a column holds, when its name or a tag says so. Names are normalised first (`Customer Email`,
 * `customerEmail` and `customer_email` are alike). Conservative on purpose: `name` alone is a
 * person, `product_name` is not; `has_email` holds booleans and is left alone.
 */

const exact: Record<string, EntityType> = {};
const add = (type: EntityType, ...names: string[]): void => {
  for (const n of names) exact[n] = type;
};
add('EMAIL', 'email', 'e_mail', 'email_address', 'mail_address', 'emailaddress');
add(
  'PHONE',
  'phone',
  'tel',
  'telephone',
  'mobile',
  'phone_number',
  'phonenumber',
  'mobile_number',
  'mobile_phone',
  'cell_phone',
  'telefon',
  'telefonnummer',
);
add('US_SSN', 'ssn', 'social_security', 'social_security_number', 'us_ssn');
add('IBAN', 'iban');
add('CREDIT_CARD', 'card_number', 'credit_card', 'credit_card_number', 'cc_number', 'creditcard');
add('IP_ADDRESS', 'ip', 'ip_address', 'ip_addr', 'ipv4', 'ipv6', 'ipaddress');
add(
  'PERSON',
  'name',
  'first_name',
  'last_name',
  'full_name',
  'middle_name',
  'firstname',
  'lastname',
  'fullname',
  'surname',
  'given_name',
  'family_name',
  'customer_name',
  'contact',
  'contact_name',
  'person',
  'person_name',
  'vorname',
  'nachname',
);
add('DATE_OF_BIRTH', 'dob', 'birth_date', 'date_of_birth', 'birthday', 'birthdate', 'geburtsdatum');

/** Final words that name the value whatever comes before: `billing_email`, `client_ip`. */
const suffixes: Record<string, EntityType> = {
  email: 'EMAIL',
  email_address: 'EMAIL',
  phone: 'PHONE',
  phone_number: 'PHONE',
  mobile_number: 'PHONE',
  ssn: 'US_SSN',
  iban: 'IBAN',
  card_number: 'CREDIT_CARD',
  ip: 'IP_ADDRESS',
  ip_address: 'IP_ADDRESS',
  date_of_birth: 'DATE_OF_BIRTH',
  dob: 'DATE_OF_BIRTH',
};

/** `<who>_name` is a person for these; `product_name`, `table_name`, `file_name` are not. */
const people = new Set(
  'customer client contact person patient employee owner member guest passenger student holder cardholder recipient sender buyer seller tenant driver applicant candidate'.split(
    ' ',
  ),
);

/**
 * The entity type a column name says it holds, or undefined.
 * @example columnType('u.CustomerEmail') // 'EMAIL' (the part after the last dot counts)
 */
export function columnType(column: string): EntityType | undefined {
  const last = column.slice(column.lastIndexOf('.') + 1);
  const normal = normalizeHeader(last.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  const known = exact[normal];
  if (known) return known;
  const words = normal.split('_');
  const n = words.length;
  if (n < 2 || words[0] === 'is' || words[0] === 'has') return undefined;
  const tail2 = `${words[n - 2]}_${words[n - 1]}`;
  const bySuffix = suffixes[tail2] ?? suffixes[words[n - 1] as string];
  if (bySuffix) return bySuffix;
  return words[n - 1] === 'name' && people.has(words[n - 2] as string) ? 'PERSON' : undefined;
}

const tagNames: Record<string, EntityType> = {
  person: 'PERSON',
  credit_card: 'CREDIT_CARD',
  us_ssn: 'US_SSN',
  date_of_birth: 'DATE_OF_BIRTH',
  ip_address: 'IP_ADDRESS',
};

/**
 * The entity type the tags name: `pii:email`, `email`, `PII:Person`, `phone_number`. A bare `pii`
 * names no type (the value is still personal, but which detector-equivalent applies is unknown).
 */
export function tagType(tags: readonly string[] | undefined): EntityType | undefined {
  for (const tag of tags ?? []) {
    const value = normalizeHeader(tag.slice(tag.indexOf(':') + 1));
    const type = tagNames[value] ?? exact[value];
    if (type) return type;
  }
  return undefined;
}
