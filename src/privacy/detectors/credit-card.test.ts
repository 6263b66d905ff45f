import { describe, expect, it } from 'vitest';
import { creditCardDetector, gs1CheckDigit, isKnownBrand, luhn } from './credit-card.js';

const spans = (text: string) =>
  creditCardDetector.detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('creditCardDetector', () => {
  it.each<[string, string, string[]]>([
    ['Visa grouped in prose', 'Charge the card 4111 1111 1111 1111 please.', ['4111 1111 1111 1111']],
    ['Visa bare in JSON', '{"pan":"4012888888881881","exp":"12/27"}', ['4012888888881881']],
    [
      'Visa 13 and 19 digits',
      'old 4222222222222, new 4111 1111 1111 1111 110',
      ['4222222222222', '4111 1111 1111 1111 110'],
    ],
    ['Mastercard 5-series dashed', 'mc=5555-5555-5555-4444', ['5555-5555-5555-4444']],
    ['Mastercard 2-series', 'Karte 2223 0031 2200 3222', ['2223 0031 2200 3222']],
    ['Amex 4-6-5', 'Amex: 3782 822463 10005', ['3782 822463 10005']],
    ['Amex bare', 'carte 371449635398431', ['371449635398431']],
    [
      'bare numbers with the expiry after a blank (Faker credit_card_full)',
      'VISA 16 digit\nSummer Price\n4532018736459208 09/29\nCVC: 417\nAmerican Express\n378291465039179 03/27',
      ['4532018736459208', '378291465039179'],
    ],
    [
      'grouped numbers with the expiry after a blank (a receipt, Amex 4-6-5)',
      '4532 0187 3645 9208 09/29\n3416 150017 90453 04/29\n5555-5555-5555-4444 11/2027',
      ['4532 0187 3645 9208', '3416 150017 90453', '5555-5555-5555-4444'],
    ],
    ['Discover', 'discover 6011 1111 1111 1117', ['6011 1111 1111 1117']],
    ['Diners 4-6-4', 'Diners 3056 930902 5904', ['3056 930902 5904']],
    ['JCB', 'JCB 3530 1113 3330 0000', ['3530 1113 3330 0000']],
    ['UnionPay', 'tarjeta 6200 0000 0000 0005', ['6200 0000 0000 0005']],
    ['Maestro', 'Maestro 6759 6498 2643 8453', ['6759 6498 2643 8453']],
    [
      'Mir, Troy and RuPay',
      'Карта 2202 2044 7120 9312; Troy kartına (9792 0447 1209 3187); RuPay 6073 8447 1209 3186',
      ['2202 2044 7120 9312', '9792 0447 1209 3187', '6073 8447 1209 3186'],
    ],
    [
      'Verve (16 and 19 digits, its three ranges) and Elo outside Visa, UnionPay and Discover',
      'Verve 5061 4971 1325 7856 102, pan=5060997113257856109, 5078-6571-1325-7856-102, 5079647113257854; Elo 5090 0071 1325 7856, 5066997113257858',
      [
        '5061 4971 1325 7856 102',
        '5060997113257856109',
        '5078-6571-1325-7856-102',
        '5079647113257854',
        '5090 0071 1325 7856',
        '5066997113257858',
      ],
    ],
    [
      '19 digits of UnionPay, Discover, Mir and Maestro, bare and grouped',
      'cards: 6271132578561029387, 6011 7113 2578 5610 298, 2204-7113-2578-5610-293, 6759711325785610292',
      ['6271132578561029387', '6011 7113 2578 5610 298', '2204-7113-2578-5610-293', '6759711325785610292'],
    ],
    [
      'CSV',
      'id,name,card_number\n1,Ann,4111111111111111\n2,Bob,5105105105105100\n',
      ['4111111111111111', '5105105105105100'],
    ],
    [
      'markdown table',
      '| customer | card |\n|---|---|\n| Ann | 4000 0566 5566 5556 |',
      ['4000 0566 5566 5556'],
    ],
    [
      'psql',
      ' id |         pan\n----+---------------------\n  1 | 4111-1111-1111-1111',
      ['4111-1111-1111-1111'],
    ],
    ['pandas', '   id               cc\n0   1  5555555555554444', ['5555555555554444']],
    ['SQL literal', "INSERT INTO payments(card) VALUES ('4111 1111 1111 1111');", ['4111 1111 1111 1111']],
    ['log line', 'ERROR payment declined card=4111111111111111 amount=12.50', ['4111111111111111']],
    ['German prose', 'Bitte belasten Sie meine Kreditkarte 4111 1111 1111 1111.', ['4111 1111 1111 1111']],
    [
      'under card keys, even an id-named one',
      '{"card_number": "4284423143786690", "cc": "4111111111111111", "card_id": "5555555555554444"}',
      ['4284423143786690', '4111111111111111', '5555555555554444'],
    ],
    [
      'under an id key with a card word before it',
      'refund to card trace_id=4284423143786690',
      ['4284423143786690'],
    ],
    [
      'a card number outside the @example section (after its next tag)',
      "/**\n * @example\n * f() // 'x'\n * @see card 4427 1634 8866 2 on file\n */",
      ['4427 1634 8866 2'],
    ],
    [
      // A product label needs GS1's check digit after it; a number passing both checks needs the label.
      'a Luhn-valid number under a product label that fails GS1, and one passing both without a label',
      'JAN 4578528280127; ref 4565969827250',
      ['4578528280127', '4565969827250'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected.map((value) => ['CREDIT_CARD', value]));
  });

  it.each<[string, string]>([
    [
      'the return values an @example section of a JSDoc comment shows',
      "/**\n * Generates a credit card number.\n *\n * @example\n * faker.finance.creditCardNumber() // '4427163488662'\n * faker.finance.creditCardNumber('visa') // '4882664999007'\n *\n * @since 5.0.0\n */",
    ],
    ['Luhn-invalid', 'card 4111 1111 1111 1112 and 5555555555554445'],
    [
      "random generators' seeds",
      'rng = np.random.default_rng(348932549825235)\nseed = 3562050283508273023\nmodel = Forest(random_state=4111111111111111)',
    ],
    ['unknown brand, Luhn-valid', 'ref 1999 1012 3456 783 and 9999999999999995'],
    ['masked values', 'card ****1234, XXXX-XXXX-XXXX-1234, 4111 11** **** 1111, •••• 4242'],
    ['order and tracking numbers', 'order 1234567812345678, UPS 1Z999AA10123456784, FedEx 7489 1234 5678'],
    ['wrong length for brand', 'amex 3782822463100051 mc 55555555555544'],
    ['past the Mir range, a Troy prefix with 15 digits', 'ref 2205 0447 1209 3175 and 979204471209317'],
    [
      'Verve lengths and ranges it does not issue: 18 digits, just past 506198, a Troy prefix with 19 digits',
      'ref 5061 7113 2578 5610 29, 5062007113257856103 and 9792711325785610290',
    ],
    ['odd grouping', '4111 11 1111 1111 11 and 41 1111 1111 1111 11'],
    ['mixed separators', '4111-1111 1111-1111'],
    [
      'part of longer digit run, before a blank too',
      '411111111111111111111111 and 4111 1111 1111 1111 1111 1111 and 41111111111111111111 09/29',
    ],
    ['an id before a blank and a status', 'trace_id=4284423143786690 200 OK'],
    [
      'a grouped number running on into more digits than an expiry',
      '4532 0187 3645 9208 77 and 4532 0187 3645 9208 09/29/2024 and 4532 0187 3645 9208 13/29',
    ],
    ['epoch millis and snowflake ids', 'ts=1705312200000 id=1745678901234567890'],
    [
      'UUID and hash',
      '550e8400-e29b-41d4-a716-446655440000 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
    ['decimal number', 'value 4111111111111111.25'],
    ['column name only', 'SELECT card_number FROM payments'],
    [
      'Luhn-valid trace and span ids (JSON, logfmt, CSV column)',
      '{"dd":{"trace_id":"4284423143786690","span_id":"4111111111111111"}}\nrequestId=5555555555554444 status=200\n\ntrace_id,ms\n4284423143786690,12\n',
    ],
    [
      'product codes under their label that pass Luhn too: JAN, EAN-13, GTIN and a barcode column',
      '商品（JAN 4901234567894）, JANコード：4565969827250, EAN-13: 4501131119839, GTIN 36549990441028\n\nsku,barcode,qty\nA-1,4533599714868,2\n',
    ],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it("checks GS1's check digit", () => {
    expect(['4901234567894', '10614141000415', '4578528280127'].map(gs1CheckDigit)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('implements Luhn and brand rules', () => {
    expect([luhn('79927398713'), luhn('79927398710')]).toEqual([true, false]);
    expect([
      isKnownBrand('4111111111111111'),
      isKnownBrand('2720991234567890'),
      isKnownBrand('2721001234567890'),
    ]).toEqual([true, true, false]);
  });

  it('scores grouped and context-backed numbers higher than bare ones', () => {
    const score = (text: string) => creditCardDetector.detect(text)[0]?.score ?? 0;
    expect(score('x 4111 1111 1111 1111')).toBeGreaterThan(score('x 4111111111111111'));
    expect(score('card 4111111111111111')).toBeGreaterThan(score('x 4111111111111111'));
  });

  it('stays linear on 1 MB of near-misses and finds every real one', () => {
    const text = `${'1 '.repeat(150_000)}\n${'1-'.repeat(150_000)}\n${'4111 1111 1111 1111, '.repeat(10_000)}`;
    const found = creditCardDetector.detect(text);
    expect(found).toHaveLength(10_000);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('4111 1111 1111 1111');
  });
});
