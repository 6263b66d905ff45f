import { describe, expect, it } from 'vitest';
import { travelDetector } from './travel.js';

const spans = (text: string) =>
  travelDetector
    .detect(text)
    .sort((a, b) => a.start - b.start)
    .map((f) => [f.type, text.slice(f.start, f.end)]);

describe('travelDetector', () => {
  it.each<[string, string, string[][]]>([
    [
      'Sabre name elements numbered 1.1, the title and child code left out',
      ' 1.1KOWALSKI/PIOTR MR  2.1KOWALSKA/ZOFIA MISS*C09\n 1 LO   3Y 14APR 7 WAWORD HK3',
      [
        ['PERSON', 'KOWALSKI/PIOTR'],
        ['PERSON', 'KOWALSKA/ZOFIA'],
      ],
    ],
    [
      'an Amadeus name element with a two-word surname and no title',
      'RP/PARAF08AA/PARAF08AA\n  1.GARCIA LOPEZ/MARIA DEL CARMEN   2.RUIZ/ANA MRS\n',
      [
        ['PERSON', 'GARCIA LOPEZ/MARIA DEL CARMEN'],
        ['PERSON', 'RUIZ/ANA'],
      ],
    ],
    [
      'Sabre ticketing lines naming the passenger by an initial',
      'TKT/TIME LIMIT\n  2.TE 0802412345671-AT KOWALSKI/P WAW1S*ASK 1102/12MAR*I',
      [['PERSON', 'KOWALSKI/P']],
    ],
    [
      'Sabre SSR DOCS after HK1/ (birth date and name, not the expiry) and SSR CHLD',
      '  1.SSR DOCS LO HK1/P/POL/EA4471209/POL/12MAR80/M/04NOV29/KOWALSKI/PIOTR-1.1\n  4.SSR CHLD LO HK1/21SEP14-3.1',
      [
        ['DATE_OF_BIRTH', '12MAR80'],
        ['PERSON', 'KOWALSKI/PIOTR'],
        ['DATE_OF_BIRTH', '21SEP14'],
      ],
    ],
    [
      'Amadeus SSR DOCS with a middle name, and Secure Flight data without a document',
      ' 9 SSR DOCS UA HK1 P/DEU/C01X4471R/DEU/17NOV85/M/09MAR31/SCHNEIDER-YILDIZ/DENIZ/ALI/P1\n 10 SSR DOCS UA HK1 ////05AUG87/F//SCHNEIDER-YILDIZ/LEA/P2',
      [
        ['DATE_OF_BIRTH', '17NOV85'],
        ['PERSON', 'SCHNEIDER-YILDIZ/DENIZ/ALI'],
        ['DATE_OF_BIRTH', '05AUG87'],
        ['PERSON', 'SCHNEIDER-YILDIZ/LEA'],
      ],
    ],
    [
      'an infant in SSR INFT',
      ' 5 SSR INFT LH HK1 MUELLER/LENA 12JAN23/S2/P1',
      [
        ['PERSON', 'MUELLER/LENA'],
        ['DATE_OF_BIRTH', '12JAN23'],
      ],
    ],
    [
      'an IATA-encoded CTCE e-mail and CTCM mobiles in an SSR and an OSI',
      ' 7 SSR CTCE UA HK1 DENIZ.SCHNEIDER..YILDIZ//GMX.DE/P1\n 8 SSR CTCM UA HK1 4917623381104/P1\n 3.SSR CTCE LO HK1/P./KOWALSKI//ONET./POCZTA.PL-1.1\n 14 OSI UA CTCM 4917623381104',
      [
        ['EMAIL', 'DENIZ.SCHNEIDER..YILDIZ//GMX.DE'],
        ['PHONE', '4917623381104'],
        ['EMAIL', 'P./KOWALSKI//ONET./POCZTA.PL'],
        ['PHONE', '4917623381104'],
      ],
    ],
    [
      "Sabre's PHONES field: the number after its city code, without its type",
      'PHONES\n  1.WAW+48 22 627 11 44-A\n  2.NYC212-555-0147-H\nPASSENGER DETAILS FIELD EXISTS',
      [
        ['PHONE', '+48 22 627 11 44'],
        ['PHONE', '212-555-0147'],
      ],
    ],
    [
      'BCBP name fields padded with blanks or glued to the E indicator, titles left out',
      'M1OYELARAN/TEMITOPE MSEQ7K2LL LOSLHRBA 0076 078Y023A0117 100\nscan: M1VAN DER MERWE/PIETEREJW8M2T LOSLHRBA 0076 078J002C0002 100\n"M1ABDULLAHI/MUSA MR   EKT44RB LOSLHRBA 0076 078Y040K0119 100"',
      [
        ['PERSON', 'OYELARAN/TEMITOPE'],
        ['PERSON', 'VAN DER MERWE/PIETER'],
        ['PERSON', 'ABDULLAHI/MUSA'],
      ],
    ],
    [
      'EDIFACT PAXLST: NAD+FL name composites, DTM+329 birth dates, a COM phone',
      "UNH+PAX001+PAXLST:D:05B:UN:IATA+TK33240318+01:F'\nNAD+MS+++OPS CONTROL IST'\nCOM+90 212 463 6363:TE'\nNAD+FL+++AKSOY:ELIF NUR+ATATURK BULVARI 112:KIZILAY+ANKARA++06420+TUR'\nDTM+329:910714'\nDOC+P:110:111+U44712093'\nDTM+36:310522'NAD+FM+++O?'BRIEN:SEAN+++'DTM+329:19780302:102'",
      [
        ['PHONE', '90 212 463 6363'],
        ['PERSON', 'AKSOY:ELIF NUR'],
        ['DATE_OF_BIRTH', '910714'],
        ['PERSON', "O?'BRIEN:SEAN"],
        ['DATE_OF_BIRTH', '19780302'],
      ],
    ],
    [
      'a passenger named again alone, in capitals or as prose writes them, or in full the other way round',
      'LINDGREN/OSKAR MR   105 2412047732\nOskar, see below. Dear Oskar. RECEIVED FROM - OSKAR\nseat reissued to LINDGREN; call OSKAR LINDGREN',
      [
        ['PERSON', 'LINDGREN/OSKAR'],
        ['PERSON', 'Oskar'],
        ['PERSON', 'Oskar'],
        ['PERSON', 'OSKAR'],
        ['PERSON', 'LINDGREN'],
        ['PERSON', 'OSKAR LINDGREN'],
      ],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'a PNR heading with a slash and no name element',
      'TKT/TIME LIMIT\n  1.TAW12MAR/\nRP/FRAL12345/FRAL12345  AA/SU',
    ],
    [
      'an SSR DOCS line whose fifth field is no date, and its expiry',
      ' 9 SSR DOCS UA HK1 P/DEU/C01X4471R/DEU/M/09MAR31/DOE',
    ],
    [
      'an SSR DOCA address and an FQTV number',
      ' 12 SSR DOCA UA HK1 D/USA/1401 PENNSYLVANIA AVE NW/WASHINGTON/DC/20004/P1-3\n 5.SSR FQTV LO HK1/LO12088471193-1.1',
    ],
    ['impossible dates in CHLD and DTM+329', " 13 SSR CHLD UA HK1 31FEB19/P3\nDTM+329:911314'"],
    ['an M1 not followed by a boarding-pass block', 'M1 MacBook Air, M1OYELARAN/TEMITOPE MS short'],
    [
      'departure and expiry dates, a sender contact and an e-mail COM',
      "DTM+189:2403181305'\nDTM+36:310522'\nNAD+MS+++OPS CONTROL IST'\nCOM+OPS@TK.COM:EM'",
    ],
    ['a company in a name element', '  1.ACME TRAVEL/LTD MR'],
    [
      'a given name said alone inside an e-mail or a dotted initial, or as a word opening another name',
      'MARTIN/CLAIRE MRS\n 7 APE CLAIRE.MARTIN71@FREE.FR/P1\nC.MARTIN signed; Claire Dubois called',
    ],
    [
      'a middle name or a given name inside another name in prose',
      'MARTIN/CLAIRE MRS\n NGUYEN/THI BICH NGOC MS\nAsk Tran Thi Lan or Anna Claire Dubois; THI is not her name',
    ],
  ])('leaves alone %s', (_name, text) => {
    const found = spans(text).filter(
      ([, value]) => value !== 'MARTIN/CLAIRE' && value !== 'NGUYEN/THI BICH NGOC',
    );
    expect(found).toEqual([]);
  });

  it('stays linear on 1 MB of near-misses', () => {
    const text = `${'SSR DOCS '.repeat(40_000)}\n${'M1A/B '.repeat(40_000)}\n${"NAD+FL+++A'".repeat(30_000)}\n${'1.1A/B '.repeat(30_000)}`;
    const started = performance.now();
    travelDetector.detect(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stays linear on 1 MB naming a passenger again and again', () => {
    const text = ` 1.1KOWALSKI/PIOTR MR\n${'Piotr and PIOTR KOWALSKI wrote. '.repeat(32_000)}`;
    const started = performance.now();
    expect(travelDetector.detect(text)).toHaveLength(64_001);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
