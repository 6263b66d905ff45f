import { describe, expect, it } from 'vitest';
import type { EntityType } from '../detector.js';
import { columnType, tagType } from './column-types.js';

describe('columnType', () => {
  it.each<[string, EntityType | undefined]>([
    ['email', 'EMAIL'],
    ['E-Mail', 'EMAIL'],
    ['customer_email', 'EMAIL'],
    ['customerEmail', 'EMAIL'],
    ['u.email', 'EMAIL'],
    ['phone', 'PHONE'],
    ['tel', 'PHONE'],
    ['mobile', 'PHONE'],
    ['contact_phone_number', 'PHONE'],
    ['ssn', 'US_SSN'],
    ['social_security', 'US_SSN'],
    ['iban', 'IBAN'],
    ['card_number', 'CREDIT_CARD'],
    ['credit_card', 'CREDIT_CARD'],
    ['cc_number', 'CREDIT_CARD'],
    ['ip', 'IP_ADDRESS'],
    ['ip_address', 'IP_ADDRESS'],
    ['client_ip', 'IP_ADDRESS'],
    ['name', 'PERSON'],
    ['first_name', 'PERSON'],
    ['Last Name', 'PERSON'],
    ['full_name', 'PERSON'],
    ['customer_name', 'PERSON'],
    ['patient_name', 'PERSON'],
    ['contact', 'PERSON'],
    ['dob', 'DATE_OF_BIRTH'],
    ['birth_date', 'DATE_OF_BIRTH'],
    ['date_of_birth', 'DATE_OF_BIRTH'],
    ['birthday', 'DATE_OF_BIRTH'],
    ['Geburtsdatum', 'DATE_OF_BIRTH'],
    ['product_name', undefined],
    ['table_name', undefined],
    ['username', undefined],
    ['zip', undefined],
    ['hotel', undefined],
    ['has_email', undefined],
    ['is_mobile', undefined],
    ['email_verified', undefined],
    ['id', undefined],
    ['', undefined],
  ])('%s → %s', (name, expected) => {
    expect(columnType(name)).toBe(expected);
  });
});

describe('tagType', () => {
  it.each<[string[] | undefined, EntityType | undefined]>([
    [['pii:email'], 'EMAIL'],
    [['email'], 'EMAIL'],
    [['PII:Person'], 'PERSON'],
    [['finance', 'pii:phone_number'], 'PHONE'],
    [['pii:credit_card'], 'CREDIT_CARD'],
    [['pii:date_of_birth'], 'DATE_OF_BIRTH'],
    [['pii'], undefined],
    [['sensitive'], undefined],
    [undefined, undefined],
  ])('%j → %s', (tags, expected) => {
    expect(tagType(tags)).toBe(expected);
  });
});
