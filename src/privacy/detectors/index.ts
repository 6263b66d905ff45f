import type { Detector } from '../detector.js';
import { creditCardDetector } from './credit-card.js';
import { dateOfBirthDetector } from './date-of-birth.js';
import { emailDetector } from './email.js';
import { ibanDetector } from './iban.js';
import { ipAddressDetector } from './ip-address.js';
import { personDetector } from './person.js';
import { phoneDetector } from './phone.js';
import { secretDetector } from './secret.js';
import { travelDetector } from './travel.js';
import { usSsnDetector } from './us-ssn.js';

/** Every detector, in no particular order: `detectAll` resolves their overlaps. */
export const defaultDetectors: readonly Detector[] = [
  secretDetector,
  emailDetector,
  creditCardDetector,
  ibanDetector,
  usSsnDetector,
  phoneDetector,
  ipAddressDetector,
  dateOfBirthDetector,
  personDetector,
  travelDetector,
];
