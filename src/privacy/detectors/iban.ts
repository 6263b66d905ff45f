import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext, outsideDocExamples } from './context.js';

/**
 * International Bank Account Numbers (ISO 13616): a registered country code, the length the SWIFT
 * IBAN Registry fixes for that country, and the ISO 7064 MOD 97-10 check. Electronic form
 * (`DE89370400440532013000`) or print form in groups of four (`DE89 3704 0044 0532 0130 00`), all
 * upper or all lower case. Numbers failing the length or checksum are never flagged.
 * @see https://www.swift.com/standards/data-standards/iban-international-bank-account-number
 */
const CANDIDATE =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: {0,2}[A-Za-z0-9]{4}){2,8}(?: ?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])/g;

/**
 * IBAN length per country, from the SWIFT IBAN Registry (release 2024), then the countries whose
 * banks use the IBAN format with the same check outside the registry: Iran's Sheba number
 * (`IR03 9739 3952 2682 7936 3396 55`), Morocco, Angola, Mozambique, Madagascar, Comoros and the CFA
 * franc zones' banks (BCEAO, BEAC).
 */
const lengths: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 ' +
    'EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 ' +
    'IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 ' +
    'NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 ' +
    'SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30 ' +
    'IR26 MA28 AO25 MZ25 MG27 KM27 BJ28 CI28 ML28 NE28 SN28 TG28 CM27 CF27 CG27 GA27 GQ27 TD27 GW25'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

const words = contextWords('iban', 'bank', 'account', 'konto', 'bankverbindung', 'compte', 'cuenta', 'rib');

/** The registered IBAN length for a country code, or undefined. */
export function ibanLength(country: string): number | undefined {
  return lengths[country.toUpperCase()];
}

/** ISO 7064 MOD 97-10 over an electronic-form IBAN (letters A=10 … Z=35): valid when the rest is 1. */
export function mod97(iban: string): boolean {
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    // Digits 0–9, upper-case letters 10–35 (`parseInt(ch, 36)` without a call per character).
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : -1;
    if (value === -1) return false;
    rest = value > 9 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** The length in characters of the IBAN at the start of `candidate`, or 0 if there is none. */
function ibanPrefix(candidate: string): number {
  const country = candidate.slice(0, 2);
  const length = ibanLength(country);
  if (!length || (country !== country.toUpperCase() && country !== country.toLowerCase())) return 0;
  let taken = 0;
  let i = 0;
  while (i < candidate.length && taken < length) if (candidate[i++] !== ' ') taken++;
  if (taken < length || (i < candidate.length && candidate[i] !== ' ')) return 0;
  const electronic = candidate.slice(0, i).replaceAll(' ', '');
  const body = electronic.slice(4);
  if (body !== body.toUpperCase() && body !== body.toLowerCase()) return 0;
  return mod97(electronic) ? i : 0;
}

/**
 * An IBAN glued to an MT940 `:86:` subfield code (`?31DE23100700240922817364`): read apart, as the
 * main pattern's lookbehind would lose its fast scan with an alternative.
 */
const MT940 = /\?3\d([A-Z]{2}\d{2}[A-Z0-9]{11,30})(?![A-Za-z0-9])/g;

export const ibanDetector: Detector = {
  id: 'iban',
  entities: ['IBAN'],
  detect(text) {
    const findings: Finding[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const length = ibanPrefix(m[0]);
      if (length === 0) continue;
      const start = m.index;
      const end = start + length;
      const score = hasContext(text, start, end, words) ? 0.95 : 0.9;
      findings.push({ type: 'IBAN', start, end, score, detector: 'iban' });
    }
    if (text.includes(':86:'))
      for (const m of text.matchAll(MT940)) {
        const iban = m[1] as string;
        if (ibanPrefix(iban) !== iban.length) continue;
        const start = m.index + 3;
        findings.push({ type: 'IBAN', start, end: start + iban.length, score: 0.9, detector: 'iban' });
      }
    return outsideDocExamples(text, findings);
  },
};
