import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-first hand-written hold-out: finance, accounting and payments material as people paste it
 * into the AI assistant of a data product ("categorise these transactions", "why does this file
 * fail validation", "reconcile these two exports", "draft a reply to this vendor"). Shapes: bank
 * statement exports (CSV from US, UK, Dutch, Australian and Indian banks, OFX, MT940, CAMT.053 XML,
 * BAI2, statements as PDF text in French, Spanish, Polish, Brazilian Portuguese and Japanese), SEPA
 * pain.001 and pain.008 files, a NACHA file, Fedwire and SWIFT MT103 messages, Stripe, Adyen,
 * PayPal and Braintree API objects, webhooks and configs, settlement and chargeback reports,
 * invoices (UBL/Peppol, ZUGFeRD CII, a UK invoice as PDF text, Italian, Japanese and Chinese
 * invoices), receipts, Expensify and SAP Concur exports, a corporate-card statement, payroll (ADP
 * and Gusto exports, W-2, 1099-NEC and W-9 text, P60, a German Lohnabrechnung, a French bulletin de
 * paie, an Indian salary slip), general ledger and journal exports, AP and AR aging, QuickBooks,
 * Xero and NetSuite API objects, loan applications, KYC webhooks and a credit report, VAT returns,
 * crypto exchange exports and keys, SQL and pandas over these tables, reconciliation notebooks,
 * audit workpapers and e-mails between finance people. Languages: English (US, UK, Australia,
 * India), German, French, Spanish, Dutch, Italian, Polish, Brazilian Portuguese, Japanese, Chinese,
 * Arabic and Hindi–English. Hard negatives of the same shapes: domestic account numbers, UK sort
 * codes, Australian BSBs, US ABA routing numbers, IFSCs, BIC/SWIFT codes, SEPA creditor ids, EINs,
 * VAT ids and other tax and registration numbers, national ids (NI, Steuer-ID, NIR, CPF, PAN — none
 * of our types), invoice, PO, order, batch, transaction, FITID, pspReference and Stripe object ids,
 * UETRs and other UUIDs, end-to-end and mandate ids, card BINs, last-4 and masked PANs, Luhn-failing
 * reference numbers, boleto lines, wallet addresses and transaction hashes, amounts, value,
 * booking, invoice, pay and signature dates, ISO currency codes, GL account codes and cost centres,
 * companies named like people (Morgan Stanley, Charles Schwab, Goldman Sachs, Wells Fargo, Lloyds,
 * Barclays, Ernst & Young, Deloitte, Edward Jones, Dean Witter), merchant names, IBANs with bad
 * check digits, publishable keys and documented placeholder keys.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 40 and 42: titles and honorifics (Mr, M., Herrn, Sra., 様,
 * さん) are no part of a name's span; first and last name in separate fields (columns, XML elements,
 * JSON keys) are separate spans; a lone given or family name counts only when the same person is
 * named in full in the text or it sits under a name field; a name written family-first with a comma
 * ("Hollis, Marcus") is one name, as in hold-out 31; names in capitals (bank narratives, NACHA and
 * MT103 fields) are names all the same. Private-use IPs count, loopback does not, and a
 * documentation-range address counts where a log shows it as a client, not where a config or
 * document gives it as an example. Team mailboxes on real domains (ap@, accounts@) and business
 * phones count. Birth dates count only where labelled as a birth date; other dates never.
 * Conventions of this hold-out: an IBAN counts whoever holds it, a company as much as a person, in
 * print form or compact, but a domestic account number, sort code, BSB, routing number or BIC is
 * none of our types, and neither is a SEPA creditor id (it has IBAN-like check digits but is no
 * account). A full card number counts however it is grouped, and a published test card (4242 4242
 * 4242 4242, 4111 1111 1111 1111) is a card all the same, as in hold-outs 1 and 6: a text that
 * quotes one rarely says so, and a full PAN is a full PAN; a BIN, last four digits or a masked PAN
 * (**** 4242, 411111******1111) is not. An SSN counts in any grouping where labelled or in an SSN
 * column (a masked one, ***-**-1234, does not); an EIN never does. A secret alone is the secret,
 * not its variable name: live and test secret keys with a random body (sk_live_, sk_test_, rk_,
 * whsec_, an Adyen API key, a PayPal client secret, a Braintree private key, an exchange API key
 * and its secret) count; publishable keys (pk_live_, pk_test_), client ids, merchant ids and
 * public keys do not, and neither do documented placeholders (sk_test_XXXX…, Stripe's published
 * docs key). A UPI address (name@bank) is no e-mail. Values are fake: Luhn-valid made-up cards,
 * IBANs with valid mod-97 check digits, routing numbers with valid ABA check digits, SSNs in valid
 * areas, made-up names, numbers and keys.
 */

const k = joinParts;
const stripeLive = k('sk_', 'live_', '51PqR7mXt2Kw9LvB', '4Nc8Zd3Hf6Js1Ga5', 'Ye0Uo2Ip7Qx');
const stripeTest = k('sk_', 'test_', '51PqR7mXt2Kw9LvB', 'Rb5Wc8Yd1Fj4Hk7L', 's0Pq3Tv6Zx');
const stripeDocsKey = k('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc');
const stripePk = k('pk_', 'live_', '51PqR7mXt2Kw9LvB', 'Ah3Jk6Lm9Np2Qr5St8', 'Uv1Wx4Yz');
const stripeRestricted = k('rk_', 'live_', '51PqR7mXt2Kw9LvB', 'Tz8Qm3Lx7Vr2Wn9Kc4', 'Bd6Fh1Gs5Ae');
const whsec = k('whsec_', 'Xq7Lm2Vt9Rz4Kw8N', 'c3Bp6Df1Gh5Sa0Ey');
const adyenKey = k(
  'AQE',
  'rhmfxLI3NaBVEw',
  '0m/n3Q5qf3VaY9UCJ14XWZE03G2k9',
  'nRv1mBF+2WcfUjkPS7Hk8Ow9Ry2',
  '-Lq4Wv7Nz2Kb9Xc3Rm8Tp',
);
const paypalSecret = k(
  'EKz3',
  'Vq8Lm2Xt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op4Kq9Tz3Lx8Mn',
  'Rb5Wc8Yd1Fj4Hk7Ls0Pq3Tv6Z',
);
const braintreePrivate = k('7a41c09e3b2d58f6', '1a4c9e27b1d083f4');
const binanceKey = k('vmPUZE6mv9SD5VNHk4', 'HlWFsOr6aKE2zvsw0MuIgwCIPy6', 'utIco14y7Ju91duEh8A');
const binanceSecret = k('NhqPtmdSJYdKjVHjA7PZj4Mge3R5', 'YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j');
const plaidSecret = k('3f8a1c2e7b4d4e90', 'a6c152d8f0b7e9');
const xeroToken = k(
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFDQUY4RTY2NzcyRDZEQzAyOEQ2NzI2RkQwMjYxNTgxNTcwRUZDMTkiLCJ0eXAiOiJKV1QifQ',
  '.',
  'eyJuYmYiOjE3MTQ3NDQ2MDAsImV4cCI6MTcxNDc0NjQwMCwiY2xpZW50X2lkIjoiQTFCMkMzRDQifQ',
  '.',
  'Qm3Lx7Vr2Wn9Kc4Bd6Fh1Gs5Ae0Uy8Io2Pq7Rt4Xm9Nz3Lw6Tz8',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- bank statement exports
  {
    name: 'US checking account CSV export (Chase style): Details, Posting Date, Description, Amount, Type, Balance, with Zelle payments to and from people, payroll ACH from Gusto, card purchases and a "categorise these" request',
    text: `Categorise these transactions for my budget sheet (Housing, Food, Income, Transfers, Other):

Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
DEBIT,05/02/2024,"Zelle payment to Marcus Whitfield JPM99b7k2qz8",-850.00,QUICKPAY_DEBIT,3214.77,,
CREDIT,05/01/2024,"GUSTO PAY 240501 PPD ID: 9138203220",2841.16,ACH_CREDIT,4064.77,,
DEBIT,04/30/2024,"TRADER JOE S #552 QPS AUSTIN TX",-63.41,DEBIT_CARD,1223.61,,
CREDIT,04/29/2024,"Zelle payment from DANIELLE OKORO BACr7zx1m4p9",120.00,QUICKPAY_CREDIT,1287.02,,
DEBIT,04/28/2024,"WELLS FARGO AUTO PAYMENT 240428 PPD ID: 3941224511",-412.88,ACH_DEBIT,1167.02,,
DEBIT,04/27/2024,"CHECK 1043",-1650.00,CHECK_PAID,1579.90,1043,
DEBIT,04/25/2024,"EDWARD JONES INVESTMENTS 042524 WEB ID: 1430787890",-500.00,ACH_DEBIT,3229.90,,`,
    // Zelle references, PPD and WEB company ids, the check number and companies named after founders (Wells Fargo, Edward Jones) are not ours.
    expected: [
      ['PERSON', 'Marcus Whitfield'],
      ['PERSON', 'DANIELLE OKORO'],
    ],
  },
  {
    name: 'UK Barclays CSV export: Number, Date, Account (sort code and account number), Amount, Subcategory, Memo, with a faster payment to a named landlord, a Lloyds credit card payment and a question about monthly totals',
    text: `Can you total these by Subcategory per month? Export from Barclays online banking:

Number,Date,Account,Amount,Subcategory,Memo
,02/04/2024,20-32-06 73829104,-1150.00,Payment,OLIVIA PEMBERTON      RENT APRIL FLAT 2        FP 02/04/24 1042 3F7A91C2
,03/04/2024,20-32-06 73829104,-245.10,Direct Debit,LLOYDS BANK PLC        CREDIT CARD              DDR
,05/04/2024,20-32-06 73829104,2630.45,Bank credit,HALDANE ANALYTICS LTD  SALARY APR24             BGC
,06/04/2024,20-32-06 73829104,-18.60,Debit,PRET A MANGER          ON 05 APR                BCC
,08/04/2024,20-32-06 73829104,-62.00,Standing order,TFL TRAVEL CH         OYSTER AUTO TOPUP        STO`,
    // The sort code and account number are a domestic account (no IBAN); the FP reference, companies (Lloyds) and merchants are not ours.
    expected: [['PERSON', 'OLIVIA PEMBERTON']],
  },
  {
    name: 'clean OFX 2.x statement download: SIGNONMSGSRSV1, BANKACCTFROM with a routing BANKID and an ACCTID, STMTTRN entries with FITIDs, merchant NAMEs and MEMOs, LEDGERBAL, and a "why does Quicken reject this" question',
    text: `Quicken says "This file contains invalid data". What is wrong with it?

<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><DTSERVER>20240503120000.000</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STMTRS><CURDEF>USD</CURDEF>
<BANKACCTFROM><BANKID>121000248</BANKID><ACCTID>4471920385</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
<BANKTRANLIST><DTSTART>20240401</DTSTART><DTEND>20240430</DTEND>
<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240403</DTPOSTED><TRNAMT>-54.21</TRNAMT><FITID>202404030001A7Q</FITID><NAME>SAFEWAY #1553</NAME><MEMO>POS PURCHASE 04/02 CARD 4821</MEMO></STMTTRN>
<STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20240415</DTPOSTED><TRNAMT>2210.00</TRNAMT><FITID>202404150007C2M</FITID><NAME>CHARLES SCHWAB & CO</NAME><MEMO>MONEYLINK TRANSFER</MEMO></STMTTRN>
<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240420</DTPOSTED><TRNAMT>-1,204.50</TRNAMT><FITID>202404200003K9P</FITID><NAME>PG&E WEB ONLINE</NAME></STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>6231.94</BALAMT><DTASOF>20240430</DTASOF></LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`,
    // Routing and account numbers, FITIDs, last-4 of a card, Charles Schwab (a company) and merchants: nothing of ours.
    expected: [],
  },
  {
    name: 'German MT940 statement from a Sparkasse: :25: with BLZ/Konto, :61: lines and :86: structured fields with ?20 SVWZ, ?30 BIC, ?31 IBAN and ?32 counterparty names (one family-first with a comma), and a parsing question',
    text: `Mein Parser (mt940-js) bricht bei diesem Auszug ab: "Unexpected tag ?22". Hier der Auszug:

:20:STARTUMSE
:25:76050101/0012345678
:28C:00071/001
:60F:C240430EUR4821,19
:61:2405020502DR850,00NMSCNONREF
:86:116?00SEPA-UEBERWEISUNG?109310?20EREF+NOTPROVIDED?21SVWZ+Miete Mai 2024 Whg 3 OG?30BYLADEM1001?31DE91200400000628519340?32Brandstetter, Ingrid
:61:2405030503CR2316,44NMSCNONREF
:86:166?00SEPA-GUTSCHRIFT?109075?20EREF+LOHN-2024-05-000184?21SVWZ+Lohn/Gehalt 05/2024?30COBADEFFXXX?31DE46120300000018274493?32Halbach Logistik GmbH
:61:2405060506DR19,99NMSCNONREF
:86:105?00FOLGELASTSCHRIFT?109248?20EREF+A7C91F2B0E4D?21MREF+M-00493120?22CRED+DE98ZZZ09999999999?23SVWZ+Spotify P27A6C19?30HYVEDEMMXXX?32Spotify AB
:62F:C240506EUR5267,64
-`,
    // The BLZ/Konto of the own account, BICs, end-to-end and mandate references, the creditor id (DE98ZZZ…) and companies are not ours; both IBANs count, the employer's as much as the landlady's.
    expected: [
      ['IBAN', 'DE91200400000628519340'],
      ['PERSON', 'Brandstetter, Ingrid'],
      ['IBAN', 'DE46120300000018274493'],
    ],
  },
  {
    name: 'CAMT.053 XML entry (Dutch bank) with an EndToEndId, a UETR, AcctSvcrRef, a debtor name and IBAN under RltdPties, the debtor agent BIC and unstructured remittance, and a question about matching to open invoices',
    text: `Match this camt.053 entry to our open invoices (invoice numbers are in Ustrd):

<Ntry>
  <NtryRef>20240507-00041</NtryRef>
  <Amt Ccy="EUR">1452.00</Amt>
  <CdtDbtInd>CRDT</CdtDbtInd>
  <Sts><Cd>BOOK</Cd></Sts>
  <BookgDt><Dt>2024-05-07</Dt></BookgDt>
  <ValDt><Dt>2024-05-07</Dt></ValDt>
  <AcctSvcrRef>NL24050712345671</AcctSvcrRef>
  <NtryDtls><TxDtls>
    <Refs>
      <EndToEndId>INV-2024-0388-0391</EndToEndId>
      <UETR>7c1e4a90-3b2d-4f86-a915-d07e2c48b613</UETR>
    </Refs>
    <RltdPties>
      <Dbtr><Pty><Nm>Sanne de Groot</Nm></Pty></Dbtr>
      <DbtrAcct><Id><IBAN>NL80ABNA0562918347</IBAN></Id></DbtrAcct>
    </RltdPties>
    <RltdAgts><DbtrAgt><FinInstnId><BICFI>ABNANL2A</BICFI></FinInstnId></DbtrAgt></RltdAgts>
    <RmtInf><Ustrd>Factuur 2024-0388 en 2024-0391 klantnr 40017</Ustrd></RmtInf>
  </TxDtls></NtryDtls>
</Ntry>`,
    // The entry and servicer references, the end-to-end id, the UETR, the BIC, invoice and customer numbers and booking dates are not ours.
    expected: [
      ['PERSON', 'Sanne de Groot'],
      ['IBAN', 'NL80ABNA0562918347'],
    ],
  },
  {
    name: 'BAI2 prior-day file from a US bank: 01/02/03 headers with routing and account numbers, 16 detail records with type codes and bank references, an 88 continuation carrying a Zelle sender, and a "what do the type codes mean" question',
    text: `What do type codes 195, 469 and 475 mean in this BAI2 file, and why does the 88 record follow the 16?

01,021000021,ACMEWIDGETS,240506,0615,1,80,,2/
02,ACMEWIDGETS,021000021,1,240503,2400,USD,2/
03,884102937,USD,010,1827455,,,015,1913022,,/
16,195,2500000,0,240503001923,WIRE0503-44812,/
16,475,112450,0,240503007714,CHK 10482,/
16,469,36000,0,240503011035,ZELLE,/
88,ZELLE FROM TANYA MORALES REF BAC0Q7M2XK4P
49,2648450,5/
98,2648450,1,7/
99,2648450,1,9/`,
    // Routing and account numbers, bank references, the check number, type codes and amounts are not ours.
    expected: [['PERSON', 'TANYA MORALES']],
  },
  {
    name: 'ING Netherlands CSV export (semicolon): Datum, Naam / Omschrijving, Rekening, Tegenrekening, Code, Af Bij, Bedrag, Mutatiesoort, Mededelingen with the counterparty name and IBAN repeated in the Mededelingen, in Dutch',
    text: `Kun je deze mutaties groeperen per tegenrekening en per maand optellen?

"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen"
"20240502";"J. van Leeuwen";"NL75INGB0007362910";"NL67RABO0318462750";"OV";"Bij";"275,00";"Overschrijving";"Naam: J. van Leeuwen Omschrijving: terugbetaling etentje IBAN: NL67RABO0318462750 Datum/Tijd: 02-05-2024 18:44:10"
"20240503";"Albert Heijn 1427";"NL75INGB0007362910";"";"BA";"Af";"42,18";"Betaalautomaat";"Pasvolgnr: 004 03-05-2024 17:12 Transactie: 02R7Q1 Term: 5TX931"
"20240506";"Belastingdienst";"NL75INGB0007362910";"NL86INGB0002445588";"IC";"Af";"118,00";"Incasso";"Naam: Belastingdienst Omschrijving: Aanslagnummer 1234.56.789.H.46 IBAN: NL86INGB0002445588 Kenmerk: 4017 2209 8812 0451 Machtiging ID: 0000000000012 Incassant ID: NL98ZZZ999999990000"`,
    // Every IBAN counts, the account holder's own and the tax office's included; an initial and a family name are a name; terminal, transaction, assessment, mandate and creditor ids are not ours.
    expected: [
      ['PERSON', 'J. van Leeuwen'],
      ['IBAN', 'NL75INGB0007362910'],
      ['IBAN', 'NL67RABO0318462750'],
      ['PERSON', 'J. van Leeuwen'],
      ['IBAN', 'NL67RABO0318462750'],
      ['IBAN', 'NL75INGB0007362910'],
      ['IBAN', 'NL75INGB0007362910'],
      ['IBAN', 'NL86INGB0002445588'],
      ['IBAN', 'NL86INGB0002445588'],
    ],
  },
  {
    name: 'French bank statement as PDF text (relevé de compte): the holder block with M. and the IBAN and BIC in print form, VIR SEPA lines naming a tenant, a CB card line with a masked card, a PRLV with an ICS, and a French question',
    text: `Peux-tu me faire un tableau des virements reçus ce mois-ci ?

RELEVÉ DE COMPTE — Compte courant n° 00023123456 — du 01/04/2024 au 30/04/2024
Titulaire : M. THOMAS GIRARD — 14 rue des Tanneurs 67000 Strasbourg
IBAN : FR26 1027 8070 0000 2312 3456 790    BIC : CMCIFR2A

Date     Libellé                                                       Débit      Crédit
03/04    VIR SEPA RECU /DE MME CLAIRE DUBOSC /MOTIF LOYER AVRIL /REF 8812047                  640,00
05/04    CB CARREFOUR CITY 04/04 CARTE 4974XXXXXXXX1931                  38,72
10/04    PRLV SEPA EDF /ICS FR73ZZZ000000 /RUM 20240410EDF7719           96,40
18/04    VIR SEPA EMIS /VERS SCI LES TILLEULS /MOTIF CHARGES T2          150,00
25/04    VIR SEPA RECU /DE HALDANE FRANCE SAS /MOTIF SALAIRE 04/2024                         2 412,18`,
    // M. and MME are no part of the names; the domestic account number, the BIC, the masked card, the creditor id (ICS) and mandate reference (RUM) are not ours.
    expected: [
      ['PERSON', 'THOMAS GIRARD'],
      ['IBAN', 'FR26 1027 8070 0000 2312 3456 790'],
      ['PERSON', 'CLAIRE DUBOSC'],
    ],
  },
  {
    name: 'Spanish bank extracto as text: a transfer from a named sender with an IBAN, Bizum payments to a mobile number and from a named person, a card purchase with a masked card, and a Spanish question',
    text: `¿Me puedes decir cuánto he recibido por Bizum en marzo?

Fecha Oper.  Concepto                                                         Importe   Saldo
01/03/2024   TRANSFERENCIA DE MARIA JOSE FERNANDEZ LOPEZ, CONCEPTO ALQUILER     700,00  2.184,32
             ORDENANTE ES87 2100 1823 9702 0041 7725
04/03/2024   BIZUM ENVIADO A +34 612 48 93 07 CONCEPTO CENA                     -25,00  2.159,32
09/03/2024   BIZUM RECIBIDO DE ALEJANDRO RUIZ PAZ CONCEPTO ENTRADAS             48,00  2.207,32
12/03/2024   COMPRA TARJ. 5402XXXXXXXX6617 MERCADONA VALENCIA                   -87,45  2.119,87
15/03/2024   RECIBO IBERDROLA CLIENTES S.A.U. REF. MANDATO 4F2A0019BX            -63,10  2.056,77`,
    // The masked card, the mandate reference and the utility are not ours.
    expected: [
      ['PERSON', 'MARIA JOSE FERNANDEZ LOPEZ'],
      ['IBAN', 'ES87 2100 1823 9702 0041 7725'],
      ['PHONE', '+34 612 48 93 07'],
      ['PERSON', 'ALEJANDRO RUIZ PAZ'],
    ],
  },
  {
    name: 'Polish bank statement lines (wyciąg): an incoming transfer with the sender family-first in capitals and a PL IBAN, a BLIK phone transfer, a ZUS payment and a Polish question',
    text: `Które z tych wpływów to zwroty od znajomych, a które przychody z działalności?

Data księgowania | Opis operacji                                                                                 | Kwota
2024-04-03       | PRZELEW PRZYCHODZĄCY OD: KOWALCZYK ANNA UL. LIPOWA 12/4 30-001 KRAKÓW RACH.: PL86 2490 1040 0000 0431 1720 5590 TYTUŁ: ZWROT ZA BILETY | 180,00 PLN
2024-04-05       | PRZELEW NA TELEFON BLIK OD: +48 601 724 318 TYTUŁ: PIZZA                                      | 45,50 PLN
2024-04-10       | PRZELEW DO ZUS NIP 5213017228 DEKLARACJA 01 2024-03                                            | -1 600,32 PLN
2024-04-12       | PRZELEW PRZYCHODZĄCY OD: BIURO RACHUNKOWE SALDO SP. Z O.O. TYTUŁ: FV 2024/04/17               | 3 200,00 PLN`,
    // The NIP (a tax id), the declaration number and the company are not ours; the address is none of our types.
    expected: [
      ['PERSON', 'KOWALCZYK ANNA'],
      ['IBAN', 'PL86 2490 1040 0000 0431 1720 5590'],
      ['PHONE', '+48 601 724 318'],
    ],
  },
  {
    name: 'Brazilian bank extrato (Nubank CSV): Pix received with a masked CPF and a named payer, a Pix sent to an e-mail key and to a phone key, a boleto payment with its linha digitável, and a Portuguese question',
    text: `Me ajuda a separar o que é pessoal e o que é da empresa nesse extrato?

Data,Valor,Identificador,Descrição
02/05/2024,350.00,6633f1a2-41c7-4e8d-9a61-f03b5d2c8e17,Transferência recebida pelo Pix - MARIANA COSTA SILVA - •••.456.789-•• - BCO DO BRASIL S.A. (0001) Agência: 3105 Conta: 12874-1
03/05/2024,-120.00,6634a0b7-07c9-4a3f-b5e0-6a92f1d3c48b,Transferência enviada pelo Pix - Chave: rafael.tavares@uol.com.br
05/05/2024,-80.00,6637c1d0-2a4b-4d3e-8f06-b7c1d9a2e534,Transferência enviada pelo Pix - Chave: +55 11 98437-2210
06/05/2024,-412.37,66390f21-1d84-4b6e-87c9-a3fb5e06a92f,Pagamento de boleto - 34191.79001 01043.510047 91020.150008 1 97280000041237`,
    // The masked CPF, bank agency and account, the transaction UUIDs and the boleto line are not ours.
    expected: [
      ['PERSON', 'MARIANA COSTA SILVA'],
      ['EMAIL', 'rafael.tavares@uol.com.br'],
      ['PHONE', '+55 11 98437-2210'],
    ],
  },
  {
    name: 'Japanese bank 入出金明細 CSV: furikomi transfers with the sender in half-width katakana and full-width katakana, ATM withdrawals, a card payment and a question in Japanese',
    text: `この明細から家賃の入金だけ抜き出して合計してください。

取引日,摘要,お支払金額,お預り金額,差引残高
2024/05/01,振込 タカハシ ユウト,,85000,412300
2024/05/02,ATM 引出,20000,,392300
2024/05/07,振込 ｲﾉｳｴ ﾐｻｷ,,85000,477300
2024/05/10,カード ミツイスミトモカード,34812,,442488
2024/05/25,給与 カブシキガイシャ ハルデン,,318200,760688`,
    // ATM lines, the card company and the employer (a company) are not ours.
    expected: [
      ['PERSON', 'タカハシ ユウト'],
      ['PERSON', 'ｲﾉｳｴ ﾐｻｷ'],
    ],
  },
  {
    name: 'Indian bank statement (HDFC style) with UPI, NEFT and IMPS narrations: a UPI address with a name in it, a NEFT sender named in full, an IFSC and a UTR, and a Hindi–English question',
    gap: 'Misses every name in the hyphen-delimited UPI and IMPS narrations (PRIYA NAIR twice, Rohan Mehta) and so the lone Priya in the question.',
    text: `Bhai is statement mein se rent aur salary alag kar do, aur batao ki Priya ne kitna bheja total?

Date      Narration                                                              Chq./Ref.No.        Withdrawal  Deposit    Closing
01/04/24  UPI-PRIYA NAIR-priya.nair94@okhdfcbank-HDFC0001234-409112345678-RENT   0000409112345678               18,000.00  64,211.50
03/04/24  NEFT CR-ICIC0000104-HALDANE INDIA PVT LTD-SALARY MAR 24-ICICN52024040300812  ICICN52024040300812   1,42,500.00  2,06,711.50
05/04/24  IMPS-409617722314-Rohan Mehta-SBIN0004511-XXXXXXX4471-dinner            0000409617722314       2,350.00             2,04,361.50
09/04/24  UPI-PRIYA NAIR-priya.nair94@okhdfcbank-HDFC0001234-410011987654-RENT   0000410011987654               4,000.00   2,08,361.50`,
    // A UPI address is no e-mail; IFSCs, UTRs, masked account numbers and the employer are not ours; Priya alone is the Priya Nair named in full.
    expected: [
      ['PERSON', 'Priya'],
      ['PERSON', 'PRIYA NAIR'],
      ['PERSON', 'Rohan Mehta'],
      ['PERSON', 'PRIYA NAIR'],
    ],
  },
  {
    name: 'Australian CommBank CSV export (no header): Date, Amount, Description, Balance, with an Osko transfer to a named friend, a PayID mobile, a BSB and account number, and a question about splitting bills',
    text: `How much did I pay Liam for the shared bills in March?

01/03/2024,"-120.00","Transfer To Liam Nguyen CommBank App Power bill Mar","+3412.90"
04/03/2024,"-45.00","Transfer to PayID Phone 0412 883 019 CommBank App footy tix","+3367.90"
08/03/2024,"+1980.22","Salary HALDANE AU PTY LTD 062-000 10294488","+5348.12"
12/03/2024,"-120.00","Transfer To Liam Nguyen CommBank App Internet Mar","+5228.12"
15/03/2024,"-84.10","WOOLWORTHS 1123 SURRY HILLS NS AUS Card xx4471 Value Date: 13/03/2024","+5144.02"`,
    // The BSB and account number, the card's last four digits and the value date are not ours; Liam alone is the Liam Nguyen named in full.
    expected: [
      ['PERSON', 'Liam'],
      ['PERSON', 'Liam Nguyen'],
      ['PHONE', '0412 883 019'],
      ['PERSON', 'Liam Nguyen'],
    ],
  },
  // ---------------------------------------------------------------- payment files and bank messages
  {
    name: 'SEPA pain.001.001.03 credit transfer for a small payroll run: the company as debtor with its IBAN and BIC, two creditors named with their IBANs, MsgId, PmtInfId, EndToEndIds, the execution date, and a "why does the bank reject this" question',
    text: `Die Bank lehnt die Datei ab mit "CH17: Element ist nicht erlaubt". Was ist falsch?

<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>HALDANE-LOHN-2024-05</MsgId><CreDtTm>2024-05-27T09:14:02</CreDtTm><NbOfTxs>2</NbOfTxs><CtrlSum>5412.87</CtrlSum>
   <InitgPty><Nm>Halbach Logistik GmbH</Nm></InitgPty></GrpHdr>
  <PmtInf><PmtInfId>LOHN-05-01</PmtInfId><PmtMtd>TRF</PmtMtd><ReqdExctnDt>2024-05-30</ReqdExctnDt>
   <Dbtr><Nm>Halbach Logistik GmbH</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>DE46120300000018274493</IBAN></Id></DbtrAcct>
   <DbtrAgt><FinInstnId><BIC>BYLADEM1001</BIC></FinInstnId></DbtrAgt>
   <CdtTrfTxInf><PmtId><EndToEndId>LOHN-2024-05-000184</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">2316.44</InstdAmt></Amt>
    <Cdtr><Nm>Jannik Oberdorfer</Nm></Cdtr><CdtrAcct><Id><IBAN>DE49760700240348152600</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Lohn/Gehalt 05/2024</Ustrd></RmtInf></CdtTrfTxInf>
   <CdtTrfTxInf><PmtId><EndToEndId>LOHN-2024-05-000185</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">3096.43</InstdAmt></Amt>
    <Cdtr><Nm>Svetlana Brückner</Nm></Cdtr><CdtrAcct><Id><IBAN>AT631200000704513822</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Lohn/Gehalt 05/2024</Ustrd></RmtInf></CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>`,
    // Message, payment-information and end-to-end ids, the BIC, the company and the dates are not ours; the company's IBAN counts.
    expected: [
      ['IBAN', 'DE46120300000018274493'],
      ['PERSON', 'Jannik Oberdorfer'],
      ['IBAN', 'DE49760700240348152600'],
      ['PERSON', 'Svetlana Brückner'],
      ['IBAN', 'AT631200000704513822'],
    ],
  },
  {
    name: 'SEPA pain.008 direct-debit file for gym memberships: the creditor scheme id, mandate ids with signature dates, debtors named with IBANs, and a question about the sequence type',
    text: `Should these be FRST or RCUR? The members signed last month.

<DrctDbtTxInf>
  <PmtId><EndToEndId>FIT-2024-06-00731</EndToEndId></PmtId>
  <InstdAmt Ccy="EUR">39.90</InstdAmt>
  <DrctDbtTx><MndtRltdInf><MndtId>FITM-000731</MndtId><DtOfSgntr>2024-05-14</DtOfSgntr></MndtRltdInf>
   <CdtrSchmeId><Id><PrvtId><Othr><Id>DE98ZZZ09999999999</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId></DrctDbtTx>
  <Dbtr><Nm>Kübra Yilmaz</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>DE91200400000628519340</IBAN></Id></DbtrAcct>
</DrctDbtTxInf>
<DrctDbtTxInf>
  <PmtId><EndToEndId>FIT-2024-06-00732</EndToEndId></PmtId>
  <InstdAmt Ccy="EUR">39.90</InstdAmt>
  <DrctDbtTx><MndtRltdInf><MndtId>FITM-000732</MndtId><DtOfSgntr>2024-05-16</DtOfSgntr></MndtRltdInf></DrctDbtTx>
  <Dbtr><Nm>Felix Baumgartner-Roth</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>DE48760700240348152600</IBAN></Id></DbtrAcct>
</DrctDbtTxInf>`,
    // The creditor scheme id (DE98ZZZ…) has IBAN-like check digits but is no account; mandate ids and signature dates are not ours; the second debtor's IBAN has bad check digits (a typo the bank will reject) and is no IBAN.
    expected: [
      ['PERSON', 'Kübra Yilmaz'],
      ['IBAN', 'DE91200400000628519340'],
      ['PERSON', 'Felix Baumgartner-Roth'],
    ],
  },
  {
    name: 'NACHA ACH PPD file for payroll direct deposits: file header with routing numbers, batch header with company id (an EIN-style id), entry detail records with receiving DFI, account numbers and individual names in capitals, and a "why is the entry hash wrong" question',
    text: `Our bank says the batch control entry hash doesn't match. Can you check the 6 records?

101 021000021 0711000131240528 0930A094101JPMORGAN CHASE         HALDANE ANALYTICS INC
5220HALDANE ANALYTI                     1842917365PPDPAYROLL         240531   1021000020000001
622071000013882019374        0000241716E1042          KEANU ABERNATHY         0021000020000001
622121000248449102287        0000318250E1043          RAQUEL SANTORO          0021000020000002
632322271627730019481        0000199840E1044          DEVIN O'MALLEY          0021000020000003
822000000300514542888000000000000000000759806 1842917365                         021000020000001
9000001000001000000030051454288800000000000000000075980600000000`,
    // Routing numbers, account numbers, the company id 1842917365 (an EIN written without its dash), employee ids, trace numbers and the hash are not ours.
    expected: [
      ['PERSON', 'KEANU ABERNATHY'],
      ['PERSON', 'RAQUEL SANTORO'],
      ['PERSON', "DEVIN O'MALLEY"],
    ],
  },
  {
    name: 'Fedwire funds message (tagged format) for a house closing: IMAD, sender and receiver ABA numbers, {4200} beneficiary with account and name, {5000} originator company, {6000} OBI with a file number, and a question',
    text: `The title company says they never got the wire. Here is the Fedwire confirmation; is the beneficiary block right?

{1500}30        T
{1510}1000
{1520}20240531MMQFMP2K000412
{2000}000048500000
{3100}026009593BK AMER NYC*
{3400}121000248WELLS FARGO NA*
{3600}CTR
{4200}D3381049276*HOLLISTER TITLE ESCROW*
{5000}D884102937*HALDANE ANALYTICS INC*
{6000}FILE 24-0519-HT BUYER GRACE ADEYEMI-PARK*
{6500}PLEASE CALL ESCROW OFFICER 415-762-3318*`,
    // The IMAD, ABA numbers, account numbers, the file number and companies (Wells Fargo) are not ours; the escrow office's business phone counts.
    expected: [
      ['PERSON', 'GRACE ADEYEMI-PARK'],
      ['PHONE', '415-762-3318'],
    ],
  },
  {
    name: 'SWIFT MT103 from a UK bank: block 3 with a UETR, :20: and :23B:, :32A: value date and amount, :50K: ordering customer with an IBAN and name, :52A: and :57A: BICs, :59: beneficiary IBAN and name, :70: remittance, :71A:',
    text: `Why was this MT103 returned with "AC01 incorrect account number"?

{1:F01BARCGB22AXXX0000000000}{2:I103DEUTDEFFXXXXN}{3:{121:4f6a2c19-8e3b-4d71-a0c5-92b1e7d3f804}}{4:
:20:FTX2405310044
:23B:CRED
:32A:240531EUR18250,00
:50K:/GB86HBUK40127638104922
EDMUND ASHWORTH
12 CLIFTON ROAD
BRISTOL BS8 1AB
:52A:HBUKGB4B
:57A:DEUTDEFF
:59:/DE49760700240348152600
HANNELORE WEISSGERBER
MUNCHEN
:70:INV 2024-117 RESTORATION WORKS
:71A:SHA
-}`,
    // The UETR, transaction reference, BICs, value date and the invoice number are not ours; street addresses are none of our types.
    expected: [
      ['IBAN', 'GB86HBUK40127638104922'],
      ['PERSON', 'EDMUND ASHWORTH'],
      ['IBAN', 'DE49760700240348152600'],
      ['PERSON', 'HANNELORE WEISSGERBER'],
    ],
  },
  {
    name: 'MT103 received in the UAE from Saudi Arabia with SA and AE IBANs, a beneficiary name in capitals, :70: remittance, and an Arabic question from the treasury team',
    text: `لماذا تم تعليق هذه الحوالة لدى الامتثال؟ هذه الرسالة كما وصلت:

:20:SAB2405280914
:32A:240528SAR72500,00
:50K:/SA2815000000608010167519
KHALID ABDULRAHMAN AL OTAIBI
RIYADH
:52A:SABBSARI
:57A:EBILAEAD
:59:/AE690260001014837219401
FATIMA HASSAN AL MANSOORI
DUBAI
:70:/RFB/FAMILY SUPPORT MAY
:71A:OUR

المرسل: خالد العتيبي`,
    // The BICs, the reference and the amounts are not ours; the Arabic line names the ordering customer again.
    expected: [
      ['IBAN', 'SA2815000000608010167519'],
      ['PERSON', 'KHALID ABDULRAHMAN AL OTAIBI'],
      ['IBAN', 'AE690260001014837219401'],
      ['PERSON', 'FATIMA HASSAN AL MANSOORI'],
      ['PERSON', 'خالد العتيبي'],
    ],
  },
  {
    name: 'clean pacs.008 wire tracking answer from SWIFT gpi: a UETR, tracker status codes, BICs along the chain, charges and timestamps, with a question about the delay',
    text: `gpi tracker for UETR 4f6a2c19-8e3b-4d71-a0c5-92b1e7d3f804:

Status: ACSP / G001 (credited to next agent)
Hop 1  BARCGB22XXX -> HBUKGB4BXXX  2024-05-31T10:14:22Z  deducted GBP 0.00
Hop 2  HBUKGB4BXXX -> DEUTDEFFXXX  2024-05-31T10:41:07Z  deducted EUR 15.00
Hop 3  DEUTDEFFXXX                 2024-06-03T08:02:55Z  ACSP / G002 (pending further credit)
Instructed EUR 18,250.00  Settled EUR 18,235.00  Charge bearer SHAR  Ref FTX2405310044

Why does hop 3 sit for a weekend? Deutsche Bank says "pending compliance review".`,
    // The UETR, BICs, status codes, amounts, timestamps and the reference: nothing personal.
    expected: [],
  },
  {
    name: 'treasury wire instruction sheet for a vendor: beneficiary bank ABA and SWIFT, account number, an intermediary bank, a further-credit line to a company, and a treasury desk phone, with a question about the intermediary',
    text: `Do we need the intermediary bank for a domestic USD wire, or only for international?

WIRE INSTRUCTIONS — Hollister Title Escrow (vendor 00318)
Beneficiary bank:    Wells Fargo Bank, N.A., 420 Montgomery St, San Francisco CA 94104
ABA / routing:       121000248
SWIFT:               WFBIUS6S
Beneficiary account: 3381049276
Beneficiary name:    Hollister Title Escrow Inc.
For further credit:  Escrow file 24-0519-HT
Intermediary (int'l only): JPMorgan Chase Bank, N.A., New York — SWIFT CHASUS33, ABA 021000021
Verbal confirmation required: Treasury desk +1 212 639 4418 (ask for the duty officer)`,
    // ABA numbers, SWIFT codes, the account number, the file number and the banks are not ours; the treasury desk's business phone counts.
    expected: [['PHONE', '+1 212 639 4418']],
  },
  // ---------------------------------------------------------------- payment processors
  {
    name: 'Stripe Charge object pasted to ask why it was declined: billing_details with name, email and phone, card brand, last4 4242, BIN-free fingerprint, outcome with network decline code, ids for charge, customer and payment method',
    text: `Why was this declined? It's a returning customer.

{
  "id": "ch_3PLq7mXt2Kw9LvB41c8Zd3Hf",
  "object": "charge",
  "amount": 12900,
  "currency": "usd",
  "customer": "cus_Q2x7Lm4Vt9Rz8K",
  "payment_method": "pm_1PLq7kXt2Kw9LvB4hJ3nQ6rS",
  "billing_details": {
    "address": { "city": "Denver", "country": "US", "line1": "1450 Larimer St", "postal_code": "80202", "state": "CO" },
    "email": "brenna.castellanos@outlook.com",
    "name": "Brenna Castellanos",
    "phone": "+17205583104"
  },
  "payment_method_details": {
    "card": { "brand": "visa", "country": "US", "exp_month": 9, "exp_year": 2027, "fingerprint": "Xq7Lm2Vt9Rz4Kw8N", "funding": "credit", "last4": "4242", "network": "visa" },
    "type": "card"
  },
  "outcome": { "network_status": "declined_by_network", "reason": "do_not_honor", "risk_level": "normal", "risk_score": 31, "seller_message": "The bank did not return any further details with this decline.", "type": "issuer_declined" },
  "status": "failed",
  "created": 1716912044
}`,
    // Object ids, the card fingerprint, last4, expiry and the created timestamp are not ours.
    expected: [
      ['EMAIL', 'brenna.castellanos@outlook.com'],
      ['PERSON', 'Brenna Castellanos'],
      ['PHONE', '+17205583104'],
    ],
  },
  {
    name: 'Stripe webhook handler in Node with the endpoint secret and a live secret key hard-coded, and a charge.dispute.created event with evidence fields customer_name, customer_email_address and customer_purchase_ip',
    text: `My webhook keeps failing signature verification. Handler and the event body:

const stripe = require('stripe')('${stripeLive}');
const endpointSecret = '${whsec}';

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  // ...
});

{"id":"evt_1PMa2cXt2Kw9LvB4k0Zq1rTu","type":"charge.dispute.created","data":{"object":{"id":"dp_1PMa2bXt2Kw9LvB4Ys7Hc2Lm","amount":4999,"charge":"ch_3PLq7mXt2Kw9LvB41c8Zd3Hf","reason":"fraudulent","status":"needs_response","evidence":{"customer_name":"Oskar Lindgren","customer_email_address":"oskar.lindgren@telia.com","customer_purchase_ip":"83.248.17.205","billing_address":"Sveavägen 44, 111 34 Stockholm","product_description":"Annual plan"},"evidence_details":{"due_by":1717804799}}}}`,
    // The event, dispute and charge ids and the due date are not ours; the live key and the endpoint secret count.
    expected: [
      ['SECRET', stripeLive],
      ['SECRET', whsec],
      ['PERSON', 'Oskar Lindgren'],
      ['EMAIL', 'oskar.lindgren@telia.com'],
      ['IP_ADDRESS', '83.248.17.205'],
    ],
  },
  {
    name: 'Python script listing Stripe customers with a test secret key and a restricted live key, and its printed output of customer names, e-mails and phones',
    text: `import stripe
stripe.api_key = "${stripeTest}"
# prod read-only key for the nightly export:
# STRIPE_RK = "${stripeRestricted}"

for c in stripe.Customer.list(limit=3).auto_paging_iter():
    print(c.id, c.name, c.email, c.phone, sep=" | ")

--- output ---
cus_Q2x7Lm4Vt9Rz8K | Brenna Castellanos | brenna.castellanos@outlook.com | +17205583104
cus_Q2y1Bd6Fh1Gs5A | Tomasz Wierzbicki | t.wierzbicki@onet.pl | +48 512 930 441
cus_Q2zK4Nc8Zd3Hf6 | None | billing@copperleafstudio.com | None

Why does auto_paging_iter stop after 100 customers in test mode?`,
    // A random sk_test_ key is a secret (as in hold-out 39), the restricted key too; customer ids are not ours; a billing mailbox counts.
    expected: [
      ['SECRET', stripeTest],
      ['SECRET', stripeRestricted],
      ['PERSON', 'Brenna Castellanos'],
      ['EMAIL', 'brenna.castellanos@outlook.com'],
      ['PHONE', '+17205583104'],
      ['PERSON', 'Tomasz Wierzbicki'],
      ['EMAIL', 't.wierzbicki@onet.pl'],
      ['PHONE', '+48 512 930 441'],
      ['EMAIL', 'billing@copperleafstudio.com'],
    ],
  },
  {
    name: 'clean Stripe docs-style README: the published docs test key, an sk_test_XXXX placeholder, a publishable key, masked and last-4 test cards, test routing and account numbers, and a question about idempotency keys',
    text: `## Payments quickstart

Set your keys (never commit real ones):

    export STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX
    export STRIPE_PUBLISHABLE_KEY=${stripePk}

Stripe's API reference uses \`${stripeDocsKey}\` in its curl examples; replace it with your own.

Use a card ending **** 4242 with any future expiry and any CVC; a card ending 0002 is declined. For ACH, routing 110000000 and account 000123456789 succeed.

    curl https://api.stripe.com/v1/payment_intents -u "$STRIPE_SECRET_KEY:" -H "Idempotency-Key: 8f14e45f-ceea-467f-a0a5-2e7b1c3d9e44" -d amount=2000 -d currency=usd

Question: should the idempotency key be per order or per attempt?`,
    // Placeholders, the published docs key, a publishable key, last-4 values, test bank numbers and the idempotency UUID: nothing to flag.
    expected: [],
  },
  {
    name: 'Stripe test fixture in a pytest file with the full Stripe test card numbers and a declined test card, expiry and CVC, and a question about parametrising',
    text: `@pytest.mark.parametrize("number,expected", [
    ("4242424242424242", "succeeded"),
    ("4000 0000 0000 0002", "card_declined"),
    ("5555 5555 5555 4444", "succeeded"),
])
def test_checkout(client, number, expected):
    r = client.post("/checkout", json={"card": number, "exp": "12/34", "cvc": "123"})
    assert r.json()["status"] == expected

How do I add 3DS cards to this without duplicating the fixture?`,
    // Published test cards are cards all the same (as in hold-outs 1 and 6); the expiry and CVC are not ours.
    expected: [
      ['CREDIT_CARD', '4242424242424242'],
      ['CREDIT_CARD', '4000 0000 0000 0002'],
      ['CREDIT_CARD', '5555 5555 5555 4444'],
    ],
  },
  {
    name: 'clean Stripe Payout and balance transaction objects: a bank account destination with last4 and a routing number, arrival dates, fee details and ids, with a reconciliation question',
    text: `Why does this payout not equal the sum of the balance transactions for May 28?

{"id":"po_1PMb7cXt2Kw9LvB4Qz3mRt8L","object":"payout","amount":1842211,"arrival_date":1717027200,"currency":"usd","destination":{"id":"ba_1OvT2dXt2Kw9LvB4Lk9Pq1Zx","object":"bank_account","bank_name":"WELLS FARGO BANK","last4":"6789","routing_number":"121000248","status":"verified"},"method":"standard","status":"paid","reconciliation_status":"completed"}
{"id":"txn_3PLq7mXt2Kw9LvB41Yh2Nc8R","amount":12900,"fee":404,"fee_details":[{"amount":404,"currency":"usd","type":"stripe_fee","description":"Stripe processing fees"}],"net":12496,"reporting_category":"charge","source":"ch_3PLq7mXt2Kw9LvB41c8Zd3Hf","available_on":1717027200}`,
    // Object ids, the routing number, last4, amounts and timestamps: nothing personal.
    expected: [],
  },
  {
    name: 'Adyen AUTHORISATION standard notification webhook: pspReference, merchantReference, additionalData with cardSummary, cardBin, shopperEmail, shopperIP, shopperName, expiryDate and authCode, and a question about refusal reasons',
    text: `Why do we see success=false with "Refused" for this one? Notification body:

{
  "live": "true",
  "notificationItems": [{
    "NotificationRequestItem": {
      "eventCode": "AUTHORISATION",
      "success": "false",
      "reason": "Refused",
      "pspReference": "G9VTKXSQJ6RRHL65",
      "merchantReference": "ORD-2024-558120",
      "merchantAccountCode": "HaldaneEU_ECOM",
      "amount": { "currency": "EUR", "value": 8990 },
      "paymentMethod": "mc",
      "additionalData": {
        "cardSummary": "6617",
        "cardBin": "540244",
        "expiryDate": "03/2028",
        "authCode": "",
        "shopperEmail": "ines.carvalho@sapo.pt",
        "shopperIP": "85.240.112.19",
        "shopperName": "[first name=Inês, infix=null, last name=Carvalho, gender=null]",
        "refusalReasonRaw": "05 : Do not honor"
      },
      "eventDate": "2024-05-28T14:21:07+02:00"
    }
  }]
}`,
    // The pspReference, merchant reference and account, BIN, last four, expiry and event date are not ours; the given and family names sit in name fields.
    expected: [
      ['EMAIL', 'ines.carvalho@sapo.pt'],
      ['IP_ADDRESS', '85.240.112.19'],
      ['PERSON', 'Inês'],
      ['PERSON', 'Carvalho'],
    ],
  },
  {
    name: 'Adyen /payments request in curl with the X-API-Key header, a raw card number in a PCI test, shopperName, dateOfBirth, telephoneNumber and shopperIP, and a question about 3DS',
    text: `curl https://checkout-test.adyen.com/v71/payments \\
  -H "X-API-Key: ${adyenKey}" \\
  -H "Content-Type: application/json" \\
  -d '{
    "merchantAccount": "HaldaneEU_ECOM",
    "reference": "ORD-2024-558121",
    "amount": { "currency": "EUR", "value": 8990 },
    "paymentMethod": { "type": "scheme", "number": "4532 0175 8832 4106", "expiryMonth": "03", "expiryYear": "2030", "cvc": "737", "holderName": "Benedikt Auer" },
    "shopperName": { "firstName": "Benedikt", "lastName": "Auer" },
    "dateOfBirth": "1987-11-02",
    "telephoneNumber": "+43 664 2219 807",
    "shopperEmail": "b.auer@gmx.at",
    "shopperIP": "62.178.41.99",
    "returnUrl": "https://shop.haldane.example/checkout/return"
  }'

We're fully PCI-DSS SAQ D so raw card data is allowed. Why does this not trigger 3DS2?`,
    // The API key is the secret; the merchant account, reference, expiry and CVC are not ours.
    expected: [
      ['SECRET', adyenKey],
      ['CREDIT_CARD', '4532 0175 8832 4106'],
      ['PERSON', 'Benedikt Auer'],
      ['PERSON', 'Benedikt'],
      ['PERSON', 'Auer'],
      ['DATE_OF_BIRTH', '1987-11-02'],
      ['PHONE', '+43 664 2219 807'],
      ['EMAIL', 'b.auer@gmx.at'],
      ['IP_ADDRESS', '62.178.41.99'],
    ],
  },
  {
    name: 'PayPal PAYMENT.CAPTURE.COMPLETED webhook with the payer name (given_name and surname), email_address and payer_id, capture and order ids, a seller protection block, and a question',
    text: `Which field do I use for the customer's e-mail on this webhook? I see two.

{"id":"WH-7YX49823S2290830K-0JE13296W68552352","event_type":"PAYMENT.CAPTURE.COMPLETED","resource":{"id":"2GG279541U471931P","status":"COMPLETED","amount":{"currency_code":"GBP","value":"64.00"},"seller_protection":{"status":"ELIGIBLE"},"supplementary_data":{"related_ids":{"order_id":"5O190127TN364715T"}},"payer":{"name":{"given_name":"Rhiannon","surname":"Pryce"},"email_address":"rhiannon.pryce@btinternet.com","payer_id":"QYR5Z8XDVJNXQ","address":{"country_code":"GB"}},"create_time":"2024-05-29T08:41:12Z"}}`,
    // Webhook, capture, order and payer ids are not ours.
    expected: [
      ['PERSON', 'Rhiannon'],
      ['PERSON', 'Pryce'],
      ['EMAIL', 'rhiannon.pryce@btinternet.com'],
    ],
  },
  {
    name: 'PayPal and Braintree .env for a checkout service: a client id, a client secret, a Braintree merchant id, public key and private key, and a question about environments',
    text: `# .env.production — why does Braintree say "Authentication Error" but PayPal works?
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=AZDxjDScFpQtjWTOUtWKbyN_bDt4OgqaF4eYXlewfBP4-8aqX3PiV8e1GWU6liB2CUXlkA59kJXE7M6R
PAYPAL_CLIENT_SECRET=${paypalSecret}
BRAINTREE_ENVIRONMENT=production
BRAINTREE_MERCHANT_ID=7xk2q9m4vbz83tnd
BRAINTREE_PUBLIC_KEY=hq4wm8rt2zx6nv9l
BRAINTREE_PRIVATE_KEY=${braintreePrivate}`,
    // Client and merchant ids and the public key identify the account but are not secrets; the client secret and the private key are.
    expected: [
      ['SECRET', paypalSecret],
      ['SECRET', braintreePrivate],
    ],
  },
  {
    name: 'Braintree transaction search export CSV: Transaction ID, Type, Status, Created Datetime, Customer First Name, Last Name, Email, Phone, Card Type, Last Four, Card BIN, Customer IP, Amount',
    text: `Transaction ID,Type,Status,Created Datetime,Customer First Name,Customer Last Name,Customer Email,Customer Phone,Card Type,Last Four of Credit Card,Credit Card BIN,Customer IP,Amount Authorized,Currency ISO Code
k7q2m9xz,sale,settled,05/28/2024 14:02:11,Harlan,Boyce,harlan.boyce@icloud.com,(503) 771-2284,Visa,4106,453201,71.59.204.18,129.00,USD
p3w8n1vb,sale,gateway_rejected,05/28/2024 14:09:47,Yesenia,Quiroga,yesi.quiroga@yahoo.com,786-340-1922,MasterCard,2579,552748,192.168.4.27,129.00,USD
d9r4t6hc,credit,submitted_for_settlement,05/28/2024 15:30:02,,,,,Visa,4106,453201,,-129.00,USD

Why was p3w8n1vb gateway_rejected? Is it the CVV rule?`,
    // Transaction ids, BINs, last four digits and amounts are not ours; a private address in the IP column counts.
    expected: [
      ['PERSON', 'Harlan'],
      ['PERSON', 'Boyce'],
      ['EMAIL', 'harlan.boyce@icloud.com'],
      ['PHONE', '(503) 771-2284'],
      ['IP_ADDRESS', '71.59.204.18'],
      ['PERSON', 'Yesenia'],
      ['PERSON', 'Quiroga'],
      ['EMAIL', 'yesi.quiroga@yahoo.com'],
      ['PHONE', '786-340-1922'],
      ['IP_ADDRESS', '192.168.4.27'],
    ],
  },
  {
    name: 'clean card processor settlement report (Worldpay style): merchant and terminal ids, batch numbers, masked PANs, auth codes, interchange categories, card brands and totals, with a question about a short batch',
    text: `Batch 0418 settled $312.40 short. Which lines explain it?

MID 4445019283746  DBA HALDANE COFFEE #12   SETTLEMENT DATE 05/28/2024   BATCH 0418   TID 75102244
SEQ  CARD                 BRAND  AUTH    AMOUNT    INTERCHANGE            RATE     FEE
001  411111******1111     VISA   04512Z   48.20    CPS/RETAIL 2           1.51%+0.10  0.83
002  540244******6617     MC     H7T3Q0  112.75    MERIT III BASE         1.58%+0.10  1.88
003  378291*****5335      AMEX   882104   312.40   CHARGEBACK REVERSAL    --          --
004  601100******7780     DISC   031977    19.99   PSL RETAIL             1.56%+0.10  0.41
TOTAL SALES 180.94   TOTAL REFUNDS 0.00   ADJUSTMENTS -312.40   NET DEPOSIT -131.46
DEPOSIT ACCT ****4471  ABA 121000248`,
    // Merchant and terminal ids, masked PANs, auth codes, interchange names, the masked deposit account and the ABA number: nothing of ours.
    expected: [],
  },
  {
    name: 'chargeback report export (Chase Paymentech style) with case numbers, reason codes, masked cards, cardholder names, and one row where an unmasked PAN leaked into the memo, with a question about the leak',
    text: `Compliance flagged row 3 of this export. What should we do, and which reason codes are winnable?

Case Number,Received,Reason Code,Reason,Cardholder,Card,Amount,Due,Memo
CB-2405-118832,05/20/2024,10.4,Other Fraud - Card Absent,Lorenzo Bianchi,************4067,89.00,06/19/2024,
CB-2405-118840,05/21/2024,13.1,Merchandise Not Received,Aaliyah Robinson,************9462,214.50,06/20/2024,tracking 1Z999AA10123456784 delivered 05/02
CB-2405-118851,05/22/2024,4853,Cardholder Dispute,Noémie Lefort,************2606,57.25,06/21/2024,"cust read card over phone: 2223 0048 1177 2606 exp 11/26"`,
    // Case numbers, reason codes, masked cards, the tracking number and the due dates are not ours.
    expected: [
      ['PERSON', 'Lorenzo Bianchi'],
      ['PERSON', 'Aaliyah Robinson'],
      ['PERSON', 'Noémie Lefort'],
      ['CREDIT_CARD', '2223 0048 1177 2606'],
    ],
  },
  {
    name: 'clean card BIN-range routing config in YAML: BIN prefixes, ranges by brand and country, issuer names (Barclays, Lloyds, Wells Fargo), last-4 test expectations and a question about overlapping ranges',
    text: `# routing/bin_ranges.yaml — which range wins when two overlap?
ranges:
  - { brand: visa,       from: "400000", to: "499999", route: acquirer_a }
  - { brand: mastercard, from: "510000", to: "559999", route: acquirer_a }
  - { brand: mastercard, from: "222100", to: "272099", route: acquirer_b }
  - { brand: amex,       prefix: ["34", "37"],        route: amex_direct }
issuer_overrides:
  - { bin: "454313", issuer: "Barclays Bank UK", country: GB, route: acquirer_b }
  - { bin: "492181", issuer: "Lloyds Bank", country: GB, route: acquirer_b }
  - { bin: "414720", issuer: "Wells Fargo", country: US, route: acquirer_a }
tests:
  - { pan_masked: "454313******1234", expect: acquirer_b }
  - { last4: "4242", bin: "424242", expect: acquirer_a }`,
    // BINs, masked PANs, last-4 values and issuers named like people: nothing personal.
    expected: [],
  },
  {
    name: 'support e-mail forwarded to finance about a disputed charge: the customer writes with her phone and e-mail, quotes an order number and last four digits, and the agent signs off',
    text: `Fwd: Dispute on order 558120 — can you draft a reply explaining the refund timeline?

---------- Forwarded message ---------
From: Ayesha Siddiqui <ayesha.siddiqui@hotmail.co.uk>
Date: Tue, 28 May 2024 at 09:12
Subject: Charged twice??

Hi, I was charged £64.00 twice on 27/05 for order 558120, card ending 6617. I've raised it with my bank (Barclays) but would rather sort it with you. You can call me on 07823 441 906 after 5pm.
Thanks, Ayesha

---
Reply from: Tom Eckersley, Customer Care, Haldane Coffee Ltd · 0161 832 4471 · care@haldanecoffee.co.uk`,
    // The order number, the card's last four digits, the date and Barclays are not ours; Ayesha alone is the sender named in full; the business line and the care mailbox count.
    expected: [
      ['PERSON', 'Ayesha Siddiqui'],
      ['EMAIL', 'ayesha.siddiqui@hotmail.co.uk'],
      ['PHONE', '07823 441 906'],
      ['PERSON', 'Ayesha'],
      ['PERSON', 'Tom Eckersley'],
      ['PHONE', '0161 832 4471'],
      ['EMAIL', 'care@haldanecoffee.co.uk'],
    ],
  },
  // ---------------------------------------------------------------- invoices and receipts
  {
    name: 'Peppol BIS 3.0 UBL invoice XML: supplier endpoint and VAT id, a contact person with name, telephone and e-mail, the customer company with its VAT id, PaymentMeans with the supplier IBAN and BIC, and a validation error question',
    text: `Peppol validator says [BR-CO-15] Invoice total amount with VAT = Invoice total amount without VAT + Invoice total VAT amount. Where is the rounding off?

<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>INV-2024-0417</cbc:ID>
  <cbc:IssueDate>2024-05-21</cbc:IssueDate>
  <cbc:DueDate>2024-06-20</cbc:DueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>PO-88213</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="0106">61428937</cbc:EndpointID>
    <cac:PartyTaxScheme><cbc:CompanyID>NL861429373B01</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Vermeer Data Services B.V.</cbc:RegistrationName></cac:PartyLegalEntity>
    <cac:Contact><cbc:Name>Pieter Hoekstra</cbc:Name><cbc:Telephone>+31 20 794 3318</cbc:Telephone><cbc:ElectronicMail>p.hoekstra@vermeerdata.nl</cbc:ElectronicMail></cac:Contact>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="9930">DE318492017</cbc:EndpointID>
    <cac:PartyLegalEntity><cbc:RegistrationName>Halbach Logistik GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>INV-2024-0417</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>NL67RABO0318462750</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>RABONL2U</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">4120.00</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">4985.21</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">4985.21</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>`,
    // Invoice and PO numbers, the KvK endpoint, VAT ids, the BIC, dates and amounts are not ours; the supplier's IBAN counts.
    expected: [
      ['PERSON', 'Pieter Hoekstra'],
      ['PHONE', '+31 20 794 3318'],
      ['EMAIL', 'p.hoekstra@vermeerdata.nl'],
      ['IBAN', 'NL67RABO0318462750'],
    ],
  },
  {
    name: 'ZUGFeRD / XRechnung CII XML excerpt: a Leitweg-ID as buyer reference, the seller trade contact with PersonName, telephone and e-mail, tax registrations (USt-IdNr and Steuernummer), and the IBANID, with a German question',
    text: `Das Portal lehnt die XRechnung ab: "BR-DE-15 Leitweg-ID fehlt". Sie steht doch drin?

<rsm:CrossIndustryInvoice>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>991-01234-44</ram:BuyerReference>
   <ram:SellerTradeParty>
    <ram:Name>Lindner Bauplanung GmbH</ram:Name>
    <ram:DefinedTradeContact>
     <ram:PersonName>Dr. Katrin Lindner</ram:PersonName>
     <ram:TelephoneUniversalCommunication><ram:CompleteNumber>+49 341 2298 4410</ram:CompleteNumber></ram:TelephoneUniversalCommunication>
     <ram:EmailURIUniversalCommunication><ram:URIID>k.lindner@lindner-bauplanung.de</ram:URIID></ram:EmailURIUniversalCommunication>
    </ram:DefinedTradeContact>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE284917305</ram:ID></ram:SpecifiedTaxRegistration>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">231/114/50738</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE91200400000628519340</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
   </ram:SpecifiedTradeSettlementPaymentMeans>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`,
    // Dr. is no part of the name; the Leitweg-ID, VAT id and Steuernummer are not ours; the company is named after its founder but is a company.
    expected: [
      ['PERSON', 'Katrin Lindner'],
      ['PHONE', '+49 341 2298 4410'],
      ['EMAIL', 'k.lindner@lindner-bauplanung.de'],
      ['IBAN', 'DE91200400000628519340'],
    ],
  },
  {
    name: 'UK supplier invoice as PDF text: VAT registration number, company number, invoice and PO numbers, bank details with sort code, account number and IBAN, an accounts mailbox and a "extract to JSON" request',
    text: `Extract supplier, invoice number, date, net, VAT, gross and bank details to JSON:

ASHDOWN & PRYCE SURVEYORS LTD
Unit 4, Kelham Works, Sheffield S3 8RU
VAT Reg No: GB 294 7731 08   Company No: 09418822

TAX INVOICE                         Invoice No: AP-10448
Invoice Date: 14/05/2024            Your PO: PO-2024-3318
Bill to: Haldane Analytics Ltd, Accounts Payable

Description                                     Net        VAT 20%     Total
Condition survey, 12 Clifton Road               1,850.00   370.00      2,220.00

Please pay within 30 days to:
Lloyds Bank   Sort code 30-96-28   Account 14477590
IBAN GB53 LOYD 3096 2814 4775 90   BIC LOYDGB21
Remittances to accounts@ashdownpryce.co.uk`,
    // The VAT and company numbers, invoice and PO numbers, sort code, account number and BIC are not ours; the firm is named after people but is a company.
    expected: [
      ['IBAN', 'GB53 LOYD 3096 2814 4775 90'],
      ['EMAIL', 'accounts@ashdownpryce.co.uk'],
    ],
  },
  {
    name: 'Italian fattura as text from the SdI viewer: Partita IVA and Codice Fiscale of a sole trader, codice destinatario, PEC, the IBAN for the bonifico, and an Italian question about split payment',
    text: `Questa fattura va in split payment? Il cliente è un ente pubblico.

FATTURA N. 27/2024 del 10/05/2024
Cedente/prestatore: Dott. Giulio Ferraresi — Consulenza informatica
P.IVA 04817250962  C.F. FRRGLI84E12F205X
Via Tortona 31, 20144 Milano
PEC: giulio.ferraresi@pec.it   Tel. 02 8942 1175

Cessionario/committente: Comune di Lodi — Codice destinatario UF4K2Q
Descrizione: Manutenzione portale, aprile 2024     Imponibile € 3.200,00   IVA 22% € 704,00
Modalità di pagamento: MP05 bonifico — IBAN IT09 Y030 6909 6061 0000 0072 814`,
    // Dott. is no part of the name; the Partita IVA, the codice fiscale (a national id) and the codice destinatario are not ours.
    expected: [
      ['PERSON', 'Giulio Ferraresi'],
      ['EMAIL', 'giulio.ferraresi@pec.it'],
      ['PHONE', '02 8942 1175'],
      ['IBAN', 'IT09 Y030 6909 6061 0000 0072 814'],
    ],
  },
  {
    name: 'Japanese 請求書 as text: the qualified-invoice registration number (T + 13 digits), a domestic bank account for furikomi, the issuer contact with 様 on the addressee, and a question in Japanese',
    text: `この請求書の消費税の計算が合っているか確認してください。

請求書
株式会社ハルデン 経理部 御中
ご担当: 中村 真一 様

発行日: 2024年5月31日     請求番号: INV-240531-07
登録番号: T4011001123456
品目: データ分析支援（5月分）  金額: ¥480,000  消費税(10%): ¥48,000  合計: ¥528,000
振込先: みずほ銀行 渋谷支店 普通 1234567 カ）ミナトデータ
お支払期限: 2024年6月30日

株式会社ミナトデータ 担当: 小林 彩花
TEL: 03-6721-4490  E-mail: a.kobayashi@minato-data.co.jp`,
    // 様 is no part of the name; the registration number, invoice number, bank branch and domestic account, amounts and dates are not ours.
    expected: [
      ['PERSON', '中村 真一'],
      ['PERSON', '小林 彩花'],
      ['PHONE', '03-6721-4490'],
      ['EMAIL', 'a.kobayashi@minato-data.co.jp'],
    ],
  },
  {
    name: 'Chinese VAT special invoice (增值税专用发票) as OCR text: the invoice code and number, the buyer and seller unified social credit codes, bank and account lines, and payee, reviewer and drawer names, with a question in Chinese',
    text: `帮我把这张发票的信息整理成表格：

增值税专用发票   发票代码: 3100231130   发票号码: 08812047   开票日期: 2024年05月20日
购买方 名称: 上海哈尔登数据科技有限公司  纳税人识别号: 91310115MA1K4QX28B
       开户行及账号: 招商银行上海张江支行 1219 0831 0710 402
销售方 名称: 杭州明湖软件有限公司  纳税人识别号: 91330106MA2H7T1L5C
       开户行及账号: 中国工商银行杭州西湖支行 1202 0211 0900 1234 567
货物或应税劳务名称: 软件服务费  金额: 50,000.00  税率: 6%  税额: 3,000.00
收款人: 王芳   复核: 李强   开票人: 陈晓东`,
    // Invoice codes and numbers, credit codes, corporate account numbers, amounts and the date are not ours; the clerks are named in full under their role fields.
    expected: [
      ['PERSON', '王芳'],
      ['PERSON', '李强'],
      ['PERSON', '陈晓东'],
    ],
  },
  {
    name: 'US restaurant receipt pasted for an expense claim: merchant phone, server number, a masked Visa, auth and reference numbers, a tip line and the signer typed in',
    text: `Can you pull the subtotal, tax and tip from this receipt for my Concur claim?

THE COPPER KETTLE
1218 Pearl St, Boulder CO 80302
(303) 447-9120
Server: 14   Table: 22   Guests: 4
05/22/2024 8:41 PM   Check #40881

Subtotal          186.40
Tax                16.12
Tip                37.00
Total             239.52

VISA ************4106   AUTH 04512Z   REF 000718552291
Entry: Contactless   AID A0000000031010
Signature: Mateo Granger`,
    // The restaurant's business phone counts; server, table and check numbers, the masked card, auth and reference codes and the AID are not ours.
    expected: [
      ['PHONE', '(303) 447-9120'],
      ['PERSON', 'Mateo Granger'],
    ],
  },
  // ---------------------------------------------------------------- expenses and corporate cards
  {
    name: 'Expensify report export CSV: Timestamp, Merchant, Amount, Category, Report ID, Report Name, Submitter Email, Submitter Name, Approver, Card (last four), Receipt URL, with a policy question',
    text: `Which of these break our $75 meals policy?

Timestamp,Merchant,Amount,Category,Report ID,Report Name,Submitter Email,Submitter Name,Approver,Card,Receipt
2024-05-22 20:41,The Copper Kettle,239.52,Meals & Entertainment,R00Q7mX2kT,"May 2024 – Boulder offsite",mateo.granger@haldane.io,Mateo Granger,nadia.hollis@haldane.io,Visa 4106,https://www.expensify.com/receipts/w_8f14e45fceea467f.jpg
2024-05-23 07:12,Uber,34.18,Travel,R00Q7mX2kT,"May 2024 – Boulder offsite",mateo.granger@haldane.io,Mateo Granger,nadia.hollis@haldane.io,Visa 4106,
2024-05-23 12:30,Snooze an AM Eatery,61.77,Meals & Entertainment,R00Q8bL4pQ,"Customer visit – Acme",lena.fischer@haldane.io,Lena Fischer,nadia.hollis@haldane.io,Amex 5335,https://www.expensify.com/receipts/w_c9f0f895fb98ab91.jpg`,
    // Report ids, report names, card brands with last four digits and receipt URLs are not ours.
    expected: [
      ['EMAIL', 'mateo.granger@haldane.io'],
      ['PERSON', 'Mateo Granger'],
      ['EMAIL', 'nadia.hollis@haldane.io'],
      ['EMAIL', 'mateo.granger@haldane.io'],
      ['PERSON', 'Mateo Granger'],
      ['EMAIL', 'nadia.hollis@haldane.io'],
      ['EMAIL', 'lena.fischer@haldane.io'],
      ['PERSON', 'Lena Fischer'],
      ['EMAIL', 'nadia.hollis@haldane.io'],
    ],
  },
  {
    name: 'SAP Concur expense report detail as text: employee name and id, report key, approver, cost centre and GL codes, an attendee list with names, titles and companies (Goldman Sachs, Deloitte), and a question about attendee limits',
    text: `Is this business meal OK under the per-attendee limit of $120?

Report Name: Q2 client dinner NYC          Report Key: 884102    Report ID: 9F3C1A7E5B2D48C0
Employee: Whitaker, Samuel (EMP 004417)   Cost Center: 4410-SALES-EAST   Approver: Dana Liebowitz
Expense Type: Business Meal (Attendees)   GL: 6420-100   Transaction Date: 05/16/2024   Amount: USD 612.80
Vendor: Carbone New York                  Payment Type: Corporate Card (Amex ****1005)

Attendees (4):
  Samuel Whitaker    Employee        Haldane Analytics
  Rebecca Oyelaran   Managing Dir.   Goldman Sachs
  Curtis Vandermeer  Partner         Deloitte
  Hye-jin Park       VP Treasury     Morgan Stanley`,
    // Report key and id, employee number, cost centre, GL code, the masked card, the restaurant and companies named like people are not ours; the employee is named family-first with a comma and again in full.
    expected: [
      ['PERSON', 'Whitaker, Samuel'],
      ['PERSON', 'Dana Liebowitz'],
      ['PERSON', 'Samuel Whitaker'],
      ['PERSON', 'Rebecca Oyelaran'],
      ['PERSON', 'Curtis Vandermeer'],
      ['PERSON', 'Hye-jin Park'],
    ],
  },
  {
    name: 'American Express corporate card statement as PDF text: Prepared for, the account number ending, closing date, card member name and a charge list with merchants, with a question about foreign transaction fees',
    text: `Which of these charges had foreign transaction fees?

American Express® Corporate Card
Prepared for                 Account Ending       Closing Date
JULIANNE MARCHETTI           1-41005              05/24/24

Card Member: JULIANNE MARCHETTI   Company: HALDANE ANALYTICS INC   Billing Account: 3782-91XXXX-41005

05/03  LUFTHANSA 2207412398811 FRANKFURT           EUR 412.00      448.37
05/04  FOREIGN TRANSACTION FEE                                      13.45
05/06  HOTEL ADLON KEMPINSKI BERLIN                EUR 1,230.00   1,338.62
05/06  FOREIGN TRANSACTION FEE                                      40.16
05/09  DELTA AIR LINES 0062198834172 ATLANTA                        612.40`,
    // The account ending, masked billing account, ticket numbers and merchants are not ours.
    expected: [
      ['PERSON', 'JULIANNE MARCHETTI'],
      ['PERSON', 'JULIANNE MARCHETTI'],
    ],
  },
  // ---------------------------------------------------------------- payroll
  {
    name: 'ADP payroll register export CSV: Co Code, File #, employee name family-first, SSN column with masked values and one full SSN, department, gross, federal and FICA withholdings, net, and a question about a FICA mismatch',
    text: `Why is FICA for file 004417 lower than 7.65% of gross?

Co Code,File #,Employee Name,SSN,Dept,Pay Date,Gross,Fed W/H,SS,Medicare,State W/H,Net Pay
HZ7,004417,"Whitaker, Samuel",XXX-XX-3371,4410,05/31/2024,6250.00,1012.40,387.50,90.63,281.25,4478.22
HZ7,004418,"Oyelaran, Tobi",XXX-XX-0846,4410,05/31/2024,4980.00,644.20,308.76,72.21,224.10,3730.73
HZ7,004421,"Castellanos, Brenna",527-19-0846,2200,05/31/2024,3875.00,402.90,180.12,56.19,174.38,3061.41`,
    // Company code, file numbers, department, pay date and amounts are not ours; masked SSNs are not SSNs.
    expected: [
      ['PERSON', 'Whitaker, Samuel'],
      ['PERSON', 'Oyelaran, Tobi'],
      ['PERSON', 'Castellanos, Brenna'],
      ['US_SSN', '527-19-0846'],
    ],
  },
  {
    name: 'Gusto payroll employee export CSV: first and last name, work e-mail, SSN without dashes, date of birth, hire date, direct-deposit routing and account numbers, and a question about missing W-4s',
    text: `Which employees are missing W-4 info? Gusto export:

first_name,last_name,work_email,ssn,date_of_birth,hire_date,routing_number,account_number,account_type,w4_filing_status
Keanu,Abernathy,keanu@copperleafstudio.com,412683371,1994-02-17,2023-08-14,071000013,882019374,Checking,single
Raquel,Santoro,raquel@copperleafstudio.com,238417762,1989-10-05,2022-01-03,121000248,449102287,Savings,
Devin,O'Malley,devin@copperleafstudio.com,,1999-07-28,2024-05-20,322271627,730019481,Checking,`,
    // Routing and account numbers, hire dates and filing statuses are not ours; the SSN column holds undashed SSNs.
    expected: [
      ['PERSON', 'Keanu'],
      ['PERSON', 'Abernathy'],
      ['EMAIL', 'keanu@copperleafstudio.com'],
      ['US_SSN', '412683371'],
      ['DATE_OF_BIRTH', '1994-02-17'],
      ['PERSON', 'Raquel'],
      ['PERSON', 'Santoro'],
      ['EMAIL', 'raquel@copperleafstudio.com'],
      ['US_SSN', '238417762'],
      ['DATE_OF_BIRTH', '1989-10-05'],
      ['PERSON', 'Devin'],
      ['PERSON', "O'Malley"],
      ['EMAIL', 'devin@copperleafstudio.com'],
      ['DATE_OF_BIRTH', '1999-07-28'],
    ],
  },
  {
    name: 'W-2 as PDF text: box a employee SSN, box b employer EIN, employer name and address, employee name and address, wage and tax boxes, box 12 codes, state employer id, and a question about box 12 code D',
    text: `What does "D" in box 12a mean and does it reduce box 1?

Form W-2 Wage and Tax Statement 2023
a Employee's social security number   661-30-5129
b Employer identification number (EIN)   84-2917365
c Employer's name, address, and ZIP code   COPPERLEAF STUDIO LLC, 2200 Market St Ste 400, Denver CO 80205
d Control number   000418
e Employee's first name and initial   Last name   Suff.
  NAOMI R            ACHTERBERG
  1187 S Pearl St, Denver CO 80210
1 Wages, tips, other compensation   71,204.66     2 Federal income tax withheld   8,911.02
3 Social security wages   78,500.00          4 Social security tax withheld   4,867.00
12a D  7,295.34     15 State CO  Employer's state ID number 41822037
16 State wages 71,204.66     17 State income tax 3,133.00`,
    // The EIN, control number, state employer id and amounts are not ours; the given name with its initial and the family name are in separate fields.
    expected: [
      ['US_SSN', '661-30-5129'],
      ['PERSON', 'NAOMI R'],
      ['PERSON', 'ACHTERBERG'],
    ],
  },
  {
    name: '1099-NEC as text from a bookkeeping tool: payer name and TIN (an EIN), recipient TIN (an SSN), recipient name, account number, nonemployee compensation, and a question about filing deadlines',
    text: `When is this due to the IRS and to the contractor?

Form 1099-NEC (Rev. January 2024)   Tax year 2023
PAYER'S name: Haldane Analytics Inc, 500 W Madison St, Chicago IL 60661
PAYER'S TIN: 47-1938260
RECIPIENT'S TIN: 238-41-7762
RECIPIENT'S name: Ezekiel Montgomery-Hart
Street address: 4410 N Clark St Apt 3, Chicago IL 60640
Account number (see instructions): VND-00318
1 Nonemployee compensation $ 38,400.00
4 Federal income tax withheld $ 0.00`,
    // The payer TIN is an EIN, not an SSN; the vendor account number is not ours.
    expected: [
      ['US_SSN', '238-41-7762'],
      ['PERSON', 'Ezekiel Montgomery-Hart'],
    ],
  },
  {
    name: 'W-9 filled in by a sole proprietor, as PDF text with the SSN boxes spaced out digit by digit, the EIN boxes empty, a signature name and date, and a vendor-onboarding question',
    text: `Vendor sent this W-9. Is it complete enough to set them up in Bill.com?

Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number and Certification
1 Name of entity/individual: Rosalind Okafor-Beck
2 Business name/disregarded entity name: Okafor-Beck Bookkeeping
3a Federal tax classification: [X] Individual/sole proprietor
5 Address: 88 Wythe Ave, Brooklyn NY 11249
Part I Taxpayer Identification Number (TIN)
Social security number   4 1 2 – 6 8 – 3 3 7 1
or
Employer identification number   __ – _______
Signature of U.S. person: Rosalind Okafor-Beck   Date: 05/09/2024`,
    // The business name is her trading name and counts as her name only where it is written as her name; the signature date is not a birth date.
    expected: [
      ['PERSON', 'Rosalind Okafor-Beck'],
      ['US_SSN', '4 1 2 – 6 8 – 3 3 7 1'],
      ['PERSON', 'Rosalind Okafor-Beck'],
    ],
  },
  {
    name: 'clean W-9 of an LLC: the EIN in its boxes, the entity name of a firm named after its founders, an exemption code, a signature by title only, and a question about backup withholding',
    text: `Do we need to backup-withhold for this vendor?

Form W-9 (Rev. March 2024)
1 Name: Dean Witter Haulage LLC
3a Federal tax classification: [X] LLC  Tax classification (C=C corp, S=S corp, P=Partnership): C
4 Exemptions: Exempt payee code 5
Employer identification number   8 4 – 2 9 1 7 3 6 5
Signature of U.S. person: (signed) Managing Member   Date: 04/30/2024`,
    // An EIN in boxes is no SSN; a firm named like a person is a company; the date is not a birth date.
    expected: [],
  },
  {
    name: 'UK P60 as text: employer PAYE reference, the employee name, National Insurance number, works number, tax code, pay and tax in this employment, and a question about the tax code',
    text: `What does tax code 1257L W1 mean on my P60 and did I overpay?

P60 End of Year Certificate — Tax year to 5 April 2024
Employee's details:  Surname  FAIRWEATHER   Forenames or initials  Imogen Clare
National Insurance number  QQ 12 34 56 C     Works/payroll number  00781
Pay and Income Tax details: In this employment  Pay £41,250.00  Tax deducted £5,736.20
Final tax code  1257L W1
Employer PAYE reference  120/HZ45678   Employer: HALDANE ANALYTICS LTD, Manchester M1 4BT`,
    // The NI number (none of our types), payroll number, PAYE reference and tax code are not ours; surname and forenames sit in separate fields.
    expected: [
      ['PERSON', 'FAIRWEATHER'],
      ['PERSON', 'Imogen Clare'],
    ],
  },
  {
    name: 'UK P45 Part 1A as text: employer PAYE reference, the employee name with Mr, NI number, leaving date, tax code at leaving, pay and tax to date, works number, and a question for the new employer',
    text: `New starter handed in this P45. Which tax code do we use from his first payday?

P45 Part 1A — Details of employee leaving work — Copy for employee
1 Employer PAYE reference   Office number 120   Reference number HZ45678
2 Employee's National Insurance number   QQ 47 18 29 D
3 Title   Mr   Surname or family name   Okonkwo-Reid   First name(s)   Daniel James
4 Leaving date   31 05 2024
5 Student Loan deductions to continue   [ ]
6 Tax Code at leaving date   1257L   Week 1 or Month 1 basis [ ]
7 Last entries on P11: Month number 2   Total pay to date £6,875.00   Total tax to date £1,100.40
8 Works number/Payroll number   00812   Department   Finance`,
    // Mr is no part of the name; the PAYE reference, NI number (none of our types), leaving date, tax code and works number are not ours; surname and first names sit in separate fields.
    expected: [
      ['PERSON', 'Okonkwo-Reid'],
      ['PERSON', 'Daniel James'],
    ],
  },
  {
    name: 'German Lohnabrechnung as PDF text: Herrn and the employee name, Personalnummer, Steuer-ID, SV-Nummer, Geburtsdatum, Eintritt, Steuerklasse, Brutto/Netto, Bankverbindung with the IBAN, and a German question',
    text: `Warum ist mein Netto im Mai niedriger als im April? Hier die Abrechnung:

Halbach Logistik GmbH · Hafenstraße 12 · 28217 Bremen
Herrn Tobias Keller
Abrechnung der Brutto/Netto-Bezüge für Mai 2024
Pers.-Nr. 00184   Geburtsdatum 17.08.1989   Eintritt 01.03.2021   StKl 1   Konf. rk   KK AOK Bremen
Steuer-ID 57 418 290 364   SV-Nummer 53 170889 K 013
Gesamtbrutto 4.650,00   Lohnsteuer 612,75   Soli 0,00   KiSt 55,14   RV 432,45   AV 60,45   KV 379,81   PV 79,05
Netto 3.030,35   Überweisung auf DE49 7607 0024 0348 1526 00   (Sparkasse Nürnberg)`,
    // Herrn is no part of the name; Personalnummer, Steuer-ID and SV-Nummer (national ids), the entry date and tax class are not ours.
    expected: [
      ['PERSON', 'Tobias Keller'],
      ['DATE_OF_BIRTH', '17.08.1989'],
      ['IBAN', 'DE49 7607 0024 0348 1526 00'],
    ],
  },
  {
    name: 'French bulletin de paie as text: the employee with Mme, matricule, numéro de sécurité sociale, date d’entrée, emploi, net à payer, IBAN of the virement, and a French question about the prélèvement à la source',
    text: `Pourquoi mon taux de prélèvement à la source a changé ce mois-ci ?

BULLETIN DE PAIE — Mai 2024
Employeur : Haldane France SAS — SIRET 832 491 770 00028 — APE 6201Z
Salarié : Mme Élodie Marchand — Matricule 0412 — N° SS 2 89 05 75 114 032 81
Emploi : Analyste financière — Entrée le 04/09/2022 — Coefficient 350
Salaire de base 3 600,00   Brut 3 742,50   Net imposable 2 934,11
Prélèvement à la source taux 7,4 %   217,12
Net à payer avant impôt 2 908,40   Net payé 2 691,28
Payé par virement le 31/05/2024 sur FR65 3000 4028 2800 0197 4618 842`,
    // Mme is no part of the name; SIRET, APE code, matricule, the social security number (a national id) and the dates are not ours.
    expected: [
      ['PERSON', 'Élodie Marchand'],
      ['IBAN', 'FR65 3000 4028 2800 0197 4618 842'],
    ],
  },
  {
    name: 'Indian salary slip as text: employee name, code, PAN, UAN, date of birth, bank account and IFSC, earnings and deductions, and a Hindi–English question about TDS',
    text: `Mera TDS is mahine itna zyada kyun kata? Salary slip neeche hai, please explain karo.

HALDANE INDIA PVT LTD — Payslip for April 2024
Employee Name: Ananya Krishnamurthy     Employee Code: HIN-0921
Designation: Senior Analyst            Date of Birth: 12-03-1995
PAN: ABCPK1234F   UAN: 101877234512   PF No: MH/BAN/0041877/000/0921
Bank A/c: 50100412876533 (HDFC Bank, IFSC HDFC0001234)
Earnings: Basic 62,500  HRA 25,000  Special Allowance 31,250   Gross 1,18,750
Deductions: PF 7,500  Prof. Tax 200  TDS 14,812   Net Pay 96,238`,
    // PAN (a national tax id), UAN, PF number, the domestic account, IFSC and amounts are not ours.
    expected: [
      ['PERSON', 'Ananya Krishnamurthy'],
      ['DATE_OF_BIRTH', '12-03-1995'],
    ],
  },
  // ---------------------------------------------------------------- ledgers, journals, AP and AR
  {
    name: 'clean NetSuite general ledger export: account numbers and names, subsidiaries, departments, classes, internal ids, vendor names of firms named after founders (Ernst & Young, Deloitte), amounts and periods',
    text: `Why doesn't 6100 tie to the trial balance for May?

Internal ID,Date,Period,Type,Document Number,Account,Subsidiary,Department,Class,Name,Memo,Debit,Credit
884102,05/03/2024,May 2024,Vendor Bill,VB-10442,6100 Professional Fees : Audit,Haldane US,G&A : Finance,Corporate,Ernst & Young LLP,FY23 audit progress bill 3,42000.00,
884117,05/09/2024,May 2024,Vendor Bill,VB-10451,6100 Professional Fees : Audit,Haldane US,G&A : Finance,Corporate,Deloitte & Touche LLP,SOX readiness,18500.00,
884230,05/31/2024,May 2024,Journal,JE-2024-0519,6100 Professional Fees : Audit,Haldane US,G&A : Finance,Corporate,,Accrual reversal April,,12000.00
884231,05/31/2024,May 2024,Journal,JE-2024-0520,2110 Accrued Liabilities,Haldane US,G&A : Finance,Corporate,,May audit accrual,,15000.00`,
    // Internal ids, document numbers, account codes, departments, periods, amounts and firms named after founders: nothing personal.
    expected: [],
  },
  {
    name: 'clean DATEV Buchungsstapel export (EXTF) header and lines: Berater- and Mandantennummer, Wirtschaftsjahr, Konto and Gegenkonto, BU-Schlüssel, Belegfeld, Kostenstelle, and a German question',
    text: `Warum lehnt DATEV Unternehmen online diesen Stapel ab ("Sachkontenlänge stimmt nicht")?

"EXTF";700;21;"Buchungsstapel";13;20240603101522118;;"RE";"";"";29098;55003;20240101;4;20240501;20240531;"Mai 2024";"";1;0;0;"EUR"
Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Buchungstext;KOST1 - Kostenstelle
1190,00;S;EUR;4980;70318;9;0305;RE-2024-0417;Vermeer Data Services;4410
42000,00;S;EUR;4957;70412;;0905;VB-10442;Ernst & Young Abschlussprüfung;9000
250,00;H;EUR;1800;8400;3;3105;AR-3318;Barverkauf;1000`,
    // Adviser and client numbers, accounts, tax keys, document numbers and dates, cost centres and firms named like people: nothing personal.
    expected: [],
  },
  {
    name: 'journal entry import CSV for Xero with a memo naming an employee reimbursement and a director loan, tracking categories, account codes and tax rates, and a question about the director loan account',
    text: `Is 835 the right account for the director loan line? Import file:

*Narration,*Date,Description,*AccountCode,*TaxRate,*Amount,TrackingName1,TrackingOption1
JNL-0611 Month-end adj,31/05/2024,Reimb. travel – Priya Natarajan (exp rpt R00Q9),493,BAS Excluded,412.60,Region,NSW
JNL-0611 Month-end adj,31/05/2024,Reimb. travel – Priya Natarajan (exp rpt R00Q9),800,BAS Excluded,-412.60,Region,NSW
JNL-0612 Director loan,31/05/2024,Loan from director H. Tran per board minute 24-07,835,BAS Excluded,-25000.00,Region,VIC
JNL-0612 Director loan,31/05/2024,Loan from director H. Tran per board minute 24-07,090,BAS Excluded,25000.00,Region,VIC`,
    // Journal numbers, account codes, tax rates, report ids and the board minute number are not ours; an initial and a family name are a name.
    expected: [
      ['PERSON', 'Priya Natarajan'],
      ['PERSON', 'Priya Natarajan'],
      ['PERSON', 'H. Tran'],
      ['PERSON', 'H. Tran'],
    ],
  },
  {
    name: 'AP aging summary from QuickBooks Desktop: vendors that are companies named like people (Morgan Stanley, Edward Jones, Charles Schwab) and two individual contractors named family-first, aging buckets and totals',
    text: `Which vendors are over 60 days and should be paid this run?

A/P Aging Summary  As of May 31, 2024
Vendor                          Current     1 - 30     31 - 60     61 - 90     > 90       TOTAL
Charles Schwab Trust Co          1,250.00                                                  1,250.00
Edward Jones                                  600.00                                         600.00
Hollis, Marcus (1099)                                 2,400.00    1,800.00                 4,200.00
Morgan Stanley Smith Barney        980.00                                                    980.00
Vance, Theodora (1099)                                            3,150.00     650.00      3,800.00
TOTAL                            2,230.00     600.00  2,400.00    4,950.00     650.00     10,830.00`,
    // Companies named after founders are not persons; the contractors are named family-first with a comma.
    expected: [
      ['PERSON', 'Hollis, Marcus'],
      ['PERSON', 'Vance, Theodora'],
    ],
  },
  {
    name: 'AR aging detail from Xero with customer contacts: invoice numbers, due dates, days overdue, contact names, e-mails and phones, and a request to draft dunning e-mails',
    text: `Draft a polite reminder for each customer over 30 days. Data:

Contact,Contact Person,Email,Phone,Invoice,Due Date,Days Overdue,Amount Due (AUD)
Bellbird Cafe Pty Ltd,Siobhan Reilly,accounts@bellbirdcafe.com.au,(02) 9518 4471,INV-3318,30/04/2024,31,1,840.00
Kestrel Joinery,Wayne Tuckwell,wayne@kestreljoinery.com.au,0419 227 840,INV-3302,15/04/2024,46,6,215.50
Harbourview Dental,,reception@harbourviewdental.com.au,,INV-3327,20/05/2024,11,420.00`,
    // Invoice numbers, due dates, days overdue and amounts are not ours; business mailboxes and phones count.
    expected: [
      ['PERSON', 'Siobhan Reilly'],
      ['EMAIL', 'accounts@bellbirdcafe.com.au'],
      ['PHONE', '(02) 9518 4471'],
      ['PERSON', 'Wayne Tuckwell'],
      ['EMAIL', 'wayne@kestreljoinery.com.au'],
      ['PHONE', '0419 227 840'],
      ['EMAIL', 'reception@harbourviewdental.com.au'],
    ],
  },
  {
    name: 'QuickBooks Online API Customer object: Id, SyncToken, GivenName, FamilyName, DisplayName, PrimaryEmailAddr, PrimaryPhone, Mobile, BillAddr, Balance, with a question about duplicate customers',
    text: `How do I merge duplicate customers via the API? This is one of them:

{"Customer":{"Id":"318","SyncToken":"4","Taxable":false,"GivenName":"Delphine","FamilyName":"Achebe","DisplayName":"Delphine Achebe","CompanyName":null,"PrimaryEmailAddr":{"Address":"delphine.achebe@gmail.com"},"PrimaryPhone":{"FreeFormNumber":"(404) 832-1177"},"Mobile":{"FreeFormNumber":"404-771-5020"},"BillAddr":{"Id":"512","Line1":"77 Peachtree Pl NE","City":"Atlanta","CountrySubDivisionCode":"GA","PostalCode":"30309"},"Balance":1250.0,"CurrencyRef":{"value":"USD"},"MetaData":{"CreateTime":"2023-11-04T09:12:44-07:00","LastUpdatedTime":"2024-05-30T16:40:02-07:00"}}}`,
    // Ids, sync token, address id, balance and timestamps are not ours.
    expected: [
      ['PERSON', 'Delphine'],
      ['PERSON', 'Achebe'],
      ['PERSON', 'Delphine Achebe'],
      ['EMAIL', 'delphine.achebe@gmail.com'],
      ['PHONE', '(404) 832-1177'],
      ['PHONE', '404-771-5020'],
    ],
  },
  {
    name: 'Xero API call in Python with a bearer access token and tenant id, returning a contact with an Australian BSB and account number and an ABN, with a question about the 401',
    text: `import requests
r = requests.get(
    "https://api.xero.com/api.xro/2.0/Contacts/6d1f2a90-3b2d-4f86-a915-d07e2c48b613",
    headers={"Authorization": "Bearer ${xeroToken}",
             "xero-tenant-id": "a3c91f0e-27b1-4d08-83f4-4e9b27c1d08a",
             "Accept": "application/json"},
)
print(r.status_code, r.json())
# earlier response:
# {"Contacts":[{"ContactID":"6d1f2a90-3b2d-4f86-a915-d07e2c48b613","Name":"Kestrel Joinery","FirstName":"Wayne","LastName":"Tuckwell","EmailAddress":"wayne@kestreljoinery.com.au","BankAccountDetails":"062-000 10294488","TaxNumber":"53 004 085 616"}]}

Now it returns 401 after 30 minutes. Do I need to refresh the token myself?`,
    // The access token is the secret; contact and tenant ids, the BSB and account number and the ABN are not ours.
    expected: [
      ['SECRET', xeroToken],
      ['PERSON', 'Wayne'],
      ['PERSON', 'Tuckwell'],
      ['EMAIL', 'wayne@kestreljoinery.com.au'],
    ],
  },
  {
    name: 'NetSuite SuiteQL query over employees and expense reports with e-mail literals, and its results with supervisor names, in a question about approval routing',
    text: `SELECT e.entityid, e.email, s.entityid AS supervisor, er.tranid, er.total
FROM employee e
JOIN employee s ON s.id = e.supervisor
JOIN transaction er ON er.entity = e.id AND er.type = 'ExpRept'
WHERE e.email IN ('lena.fischer@haldane.io', 'mateo.granger@haldane.io')
  AND er.trandate >= TO_DATE('2024-05-01', 'YYYY-MM-DD');

entityid        email                      supervisor       tranid     total
Lena Fischer    lena.fischer@haldane.io    Nadia Hollis     ER-10422   61.77
Mateo Granger   mateo.granger@haldane.io   Nadia Hollis     ER-10419   273.70

Why do both route to Nadia even though Mateo's cost centre has its own approver?`,
    // Transaction ids, dates and totals are not ours; Nadia and Mateo alone are people named in full.
    expected: [
      ['EMAIL', 'lena.fischer@haldane.io'],
      ['EMAIL', 'mateo.granger@haldane.io'],
      ['PERSON', 'Lena Fischer'],
      ['EMAIL', 'lena.fischer@haldane.io'],
      ['PERSON', 'Nadia Hollis'],
      ['PERSON', 'Mateo Granger'],
      ['EMAIL', 'mateo.granger@haldane.io'],
      ['PERSON', 'Nadia Hollis'],
      ['PERSON', 'Nadia'],
      ['PERSON', 'Mateo'],
    ],
  },
  // ---------------------------------------------------------------- loans, KYC and credit
  {
    name: 'loan application JSON from an origination system: applicant name, date of birth, SSN, phone, e-mail, employer (Charles Schwab), income, the submission IP, a co-applicant, and a question about DTI',
    text: `Compute the DTI for this application and tell me if it passes our 43% rule:

{
  "application_id": "LA-2024-0088412",
  "submitted_at": "2024-05-29T21:14:08Z",
  "submitted_ip": "108.28.171.40",
  "applicant": {
    "first_name": "Corinne", "last_name": "Delacroix-Hayes",
    "dob": "1986-04-19", "ssn": "412-68-3371",
    "phone": "+1 (571) 440-2918", "email": "corinne.dh@verizon.net",
    "employer": "Charles Schwab", "annual_income": 148000, "employment_start": "2019-09-03"
  },
  "co_applicant": { "first_name": "Julian", "last_name": "Hayes", "dob": "1984-12-02", "ssn": null },
  "loan": { "product": "HELOC", "amount": 85000, "term_months": 240 },
  "monthly_debts": { "mortgage": 2890, "auto": 512, "student": 340, "cards": 180 }
}`,
    // Application id, timestamps, the employment start date and Charles Schwab (a company) are not ours.
    expected: [
      ['IP_ADDRESS', '108.28.171.40'],
      ['PERSON', 'Corinne'],
      ['PERSON', 'Delacroix-Hayes'],
      ['DATE_OF_BIRTH', '1986-04-19'],
      ['US_SSN', '412-68-3371'],
      ['PHONE', '+1 (571) 440-2918'],
      ['EMAIL', 'corinne.dh@verizon.net'],
      ['PERSON', 'Julian'],
      ['PERSON', 'Hayes'],
      ['DATE_OF_BIRTH', '1984-12-02'],
    ],
  },
  {
    name: 'KYC verification webhook (Persona style): inquiry id, name-first and name-last, birthdate, identification number of a driver licence, address, the device IP, and a question about a failed selfie check',
    text: `Why did this inquiry fail? Webhook payload:

{"data":{"type":"event","attributes":{"name":"inquiry.failed","payload":{"data":{"type":"inquiry","id":"inq_8Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df","attributes":{"status":"failed","reference-id":"usr_441209","name-first":"Tamsin","name-middle":null,"name-last":"Okwuosa","birthdate":"1998-01-30","identification-number":"D4418-22093-71","address-street-1":"201 W 72nd St","address-city":"New York","address-subdivision":"NY","ip-address":"2600:1017:b02e:4a1c:9d3e:11f0:7c2a:55e1","checks":[{"name":"selfie_id_comparison","status":"failed","reasons":["face_mismatch"]}]}}}}}}`,
    // The inquiry and reference ids and the driver licence number (none of our types) are not ours.
    expected: [
      ['PERSON', 'Tamsin'],
      ['PERSON', 'Okwuosa'],
      ['DATE_OF_BIRTH', '1998-01-30'],
      ['IP_ADDRESS', '2600:1017:b02e:4a1c:9d3e:11f0:7c2a:55e1'],
    ],
  },
  {
    name: 'credit report excerpt as text: subject name, SSN, date of birth, addresses, tradelines from Wells Fargo, Barclays and Goldman Sachs (Apple Card) with masked account numbers, dates opened and payment history, and a question',
    text: `Summarise this applicant's tradelines and flag anything derogatory:

CONSUMER CREDIT REPORT   Report date 05/30/2024   File no. 7718-204-331
Subject: ABERNATHY, KEANU J    SSN: 412-68-3371    DOB: 02/17/1994
Current address: 3300 Tamarac Dr Apt 18, Denver CO 80231 (reported 03/2023)

Creditor                 Acct #        Opened    Limit/Orig   Balance   Status        24-mo history
WELLS FARGO CARD SER     4465XXXXXXXX  06/2016   8,000        1,214     Pays as agreed  CCCCCCCCCCCCCCCCCCCCCCCC
BARCLAYS BANK DELAWARE   0004XXXX      11/2019   5,500        0         Closed          CCCCCCCCCCC
GS BANK USA / APPLE CARD 7104XXXX      08/2021   12,000       3,980     30 days late    CCCCCC1CCCCCCCCCCCCCCCCC
TOYOTA MOTOR CREDIT      71882XXXX     02/2023   31,400       22,118    Pays as agreed  CCCCCCCCCCCCCCC

Inquiries: HALDANE LENDING 05/29/2024`,
    // The file number, masked account numbers, opening dates, creditors named like people and the inquiry date are not ours.
    expected: [
      ['PERSON', 'ABERNATHY, KEANU J'],
      ['US_SSN', '412-68-3371'],
      ['DATE_OF_BIRTH', '02/17/1994'],
    ],
  },
  // ---------------------------------------------------------------- tax returns
  {
    name: 'clean HMRC Making Tax Digital VAT return submission JSON: the VRN in the URL, periodKey, the nine boxes, and a question about box 6',
    text: `POST https://api.service.hmrc.gov.uk/organisations/vat/294773108/returns
{"periodKey":"24A1","vatDueSales":18240.50,"vatDueAcquisitions":0.00,"totalVatDue":18240.50,"vatReclaimedCurrPeriod":6412.18,"netVatDue":11828.32,"totalValueSalesExVAT":91202,"totalValuePurchasesExVAT":32060,"totalValueGoodsSuppliedExVAT":0,"totalAcquisitionsExVAT":0,"finalised":true}

HMRC returns 403 INVALID_VRN. Is box 6 supposed to include the Irish sales?`,
    // The VRN, period key and amounts: nothing personal.
    expected: [],
  },
  {
    name: 'Spanish Modelo 303 borrador as text for an autónomo: NIF, name and surnames, period, bases and cuotas, the IBAN for domiciliación, and a Spanish question',
    text: `¿Está bien calculada la casilla 71 de este 303?

MODELO 303 — IVA Autoliquidación — Ejercicio 2024 — Periodo 1T
NIF: 47281930K   Apellidos y nombre: GARRIDO SASTRE, LUCÍA
Régimen general — Base imponible 21%: 12.400,00  Cuota: 2.604,00
IVA deducible operaciones interiores: base 3.100,00  cuota 651,00
Resultado [71]: 1.953,00 — Domiciliación IBAN ES93 0049 1500 0527 1028 8341`,
    // The NIF (a national tax id), period and amounts are not ours; the name is written family-first with a comma.
    expected: [
      ['PERSON', 'GARRIDO SASTRE, LUCÍA'],
      ['IBAN', 'ES93 0049 1500 0527 1028 8341'],
    ],
  },
  {
    name: 'Plaid /transactions/sync request in curl with client_id and secret in the body and an access token, and a response excerpt with account masks, merchant names, categories and a payment_meta payee',
    text: `curl -X POST https://production.plaid.com/transactions/sync -H 'Content-Type: application/json' -d '{
  "client_id": "65f1c2a9e4b0d7001a3c88f2",
  "secret": "${plaidSecret}",
  "access_token": "access-production-7c1e4a90-3b2d-4f86-a915-d07e2c48b613",
  "cursor": ""
}'
# response (excerpt)
{"added":[{"account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":850,"date":"2024-05-02","merchant_name":null,"name":"Zelle payment to Marcus Whitfield","personal_finance_category":{"primary":"TRANSFER_OUT"},"payment_meta":{"payee":"Marcus Whitfield","reference_number":"JPM99b7k2qz8"}},{"account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":63.41,"date":"2024-04-30","merchant_name":"Trader Joe's","name":"TRADER JOE S #552","personal_finance_category":{"primary":"FOOD_AND_DRINK"}}],"accounts":[{"account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","mask":"0000","subtype":"checking"}],"has_more":false}

How do I persist the cursor so the next sync only returns new transactions?`,
    // The secret and the access token count; the client id, account ids, the mask, the Zelle reference and merchants are not ours.
    expected: [
      ['SECRET', plaidSecret],
      ['SECRET', 'access-production-7c1e4a90-3b2d-4f86-a915-d07e2c48b613'],
      ['PERSON', 'Marcus Whitfield'],
      ['PERSON', 'Marcus Whitfield'],
    ],
  },
  // ---------------------------------------------------------------- crypto
  {
    name: 'Coinbase transaction history CSV with the account holder header (name, e-mail), BTC and ETH sends to wallet addresses, transaction hashes, and a cost-basis question',
    text: `Work out my cost basis for the BTC I sent in April (FIFO):

Transactions
User,Theodora Vance,theodora.vance@protonmail.com
Timestamp,Transaction Type,Asset,Quantity Transacted,Spot Price Currency,Spot Price at Transaction,Subtotal,Total (inclusive of fees and/or spread),Fees and/or Spread,Notes
2024-01-09T15:02:11Z,Buy,BTC,0.25,USD,46210.00,11552.50,11725.79,173.29,Bought 0.25 BTC for 11725.79 USD
2024-04-12T08:44:51Z,Send,BTC,0.1,USD,70140.22,,,,Sent 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh
2024-04-20T19:20:03Z,Send,ETH,1.5,USD,3141.07,,,,Sent 1.5 ETH to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F (tx 0x8f3c1a7e5b2d48c0e61f7a93d4b2c8059c1e47a03b2d4f86a915d07e2c48b613)`,
    // Wallet addresses, the transaction hash, prices and timestamps are not ours.
    expected: [
      ['PERSON', 'Theodora Vance'],
      ['EMAIL', 'theodora.vance@protonmail.com'],
    ],
  },
  {
    name: 'Python script pulling Binance trade history with a hard-coded API key and secret and an HMAC signature computed per request, with a question about the timestamp error',
    text: `import hmac, hashlib, time, requests
API_KEY = "${binanceKey}"
API_SECRET = "${binanceSecret}"

params = f"symbol=BTCUSDT&timestamp={int(time.time()*1000)}&recvWindow=5000"
sig = hmac.new(API_SECRET.encode(), params.encode(), hashlib.sha256).hexdigest()
r = requests.get(f"https://api.binance.com/api/v3/myTrades?{params}&signature={sig}", headers={"X-MBX-APIKEY": API_KEY})
print(r.json())  # {'code': -1021, 'msg': "Timestamp for this request is outside of the recvWindow."}

Why do I get -1021 on my laptop but not on the server?`,
    // The API key and its secret count; the symbol, the error code and the recvWindow are not ours.
    expected: [
      ['SECRET', binanceKey],
      ['SECRET', binanceSecret],
    ],
  },
  // ---------------------------------------------------------------- SQL, pandas and notebooks
  {
    name: 'reconciliation SQL over bank and ledger tables with an IBAN literal, a customer e-mail literal, GL account codes and amount tolerances, and a question',
    text: `Why does this return zero rows for May? I know the payment arrived.

SELECT b.booking_date, b.amount, b.counterparty_name, l.doc_number, l.gl_account
FROM bank_lines b
LEFT JOIN ledger_lines l
  ON l.amount = b.amount
 AND l.gl_account IN ('1200', '1210')
 AND ABS(DATE_DIFF('day', l.posting_date, b.booking_date)) <= 3
WHERE b.counterparty_iban = 'NL80ABNA0562918347'
   OR b.remittance ILIKE '%sanne.degroot@ziggo.nl%'
ORDER BY b.booking_date;`,
    // GL account codes, the tolerance and column names are not ours.
    expected: [
      ['IBAN', 'NL80ABNA0562918347'],
      ['EMAIL', 'sanne.degroot@ziggo.nl'],
    ],
  },
  {
    name: 'pandas notebook output: df.head() of a card transactions table with a masked PAN column, an unmasked card_number column that leaked from a legacy export, cardholder names and merchant names, and a question',
    text: `In [12]: tx.head()
Out[12]:
   txn_id      posted_at  cardholder          card_masked        card_number          merchant              amount   mcc
0  T-881204  2024-05-02  Hugo Ferreira       453201******4106   4532017588324106     SHELL OIL 5744821     58.20    5541
1  T-881205  2024-05-02  Ama Owusu-Ansah     552748******2579   5527481930642579     UBER *TRIP            22.14    4121
2  T-881206  2024-05-03  Hugo Ferreira       453201******4106   4532017588324106     STARBUCKS #11824      6.85     5814
3  T-881207  2024-05-03  Zofia Nowicka       601100******7780   NaN                  AMAZON MKTPLACE       119.99   5942

In [13]: # how do I drop card_number and make sure it never gets written to parquet again?`,
    // Transaction ids, masked PANs, merchants, MCC codes and amounts are not ours.
    expected: [
      ['PERSON', 'Hugo Ferreira'],
      ['CREDIT_CARD', '4532017588324106'],
      ['PERSON', 'Ama Owusu-Ansah'],
      ['CREDIT_CARD', '5527481930642579'],
      ['PERSON', 'Hugo Ferreira'],
      ['CREDIT_CARD', '4532017588324106'],
      ['PERSON', 'Zofia Nowicka'],
    ],
  },
  {
    name: 'clean reconciliation notebook cell and output: pandas merge of Stripe payouts to bank lines on amount and date, unmatched counts, UUID keys, currency codes and a tolerance, with a question',
    text: `In [21]:
matched = payouts.merge(bank, left_on=["amount_cents", "arrival_date"], right_on=["amount_cents", "value_date"], how="outer", indicator=True)
matched["_merge"].value_counts()

Out[21]:
both          412
left_only       7
right_only      3
Name: _merge, dtype: int64

In [22]: matched.query("_merge != 'both'")[["payout_id", "bank_ref", "amount_cents", "currency"]].head(3)
Out[22]:
     payout_id                        bank_ref                               amount_cents  currency
413  po_1PMb7cXt2Kw9LvB4Qz3mRt8L      NaN                                    1842211       USD
414  po_1PKz3aXt2Kw9LvB4Hn5Tq0Yw      NaN                                    93318         USD
415  NaN                              c7a0e913-4b2f-4e8d-9a61-f03b5d2c8e17   1842211       USD

Why do 413 and 415 not match when the amounts are equal?`,
    // Payout ids, UUID bank references, amounts and currency codes: nothing personal.
    expected: [],
  },
  {
    name: 'clean dbt model that pseudonymises bank counterparties: sha256 of the IBAN and the name, a Jinja config, GL mapping CTE with account codes, and a question about incremental loads',
    text: `-- models/marts/finance/fct_bank_lines.sql
{{ config(materialized='incremental', unique_key='bank_line_id') }}

with src as (
  select * from {{ source('bank', 'camt053_entries') }}
  {% if is_incremental() %} where booking_date > (select max(booking_date) from {{ this }}) {% endif %}
),
gl_map as (
  select '1200' as gl_account, 'Operating EUR' as gl_name union all
  select '1210', 'Operating USD'
)
select
  entry_ref as bank_line_id,
  booking_date,
  amount,
  currency,
  sha256(upper(replace(counterparty_iban, ' ', ''))) as counterparty_iban_hash,
  sha256(lower(trim(counterparty_name))) as counterparty_name_hash,
  gl.gl_account
from src left join gl_map gl on gl.gl_name = src.account_label

-- Q: will the incremental filter drop late-booked entries with an earlier booking_date?`,
    // Column names, account codes, Jinja and hashing expressions: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- audit and correspondence
  {
    name: 'audit workpaper note on journal-entry testing: sample selection, preparer and approver names, the engagement firm (Ernst & Young), JE numbers, thresholds, and a request to tighten the wording',
    text: `Tighten the wording of this workpaper conclusion:

WP ref: C-4.2 JE testing — FY2023 — Prepared by: Harriet Mbeki (EY) 14/02/2024 — Reviewed by: Conor Fitzgerald (EY) 19/02/2024
Population: 18,412 manual JEs. Selected 25 using criteria: posted after 20:00, round amounts ≥ $50,000, posted by senior management.
Exceptions: JE-2023-11874 (USD 250,000.00, GL 2110 → 6100) was prepared and approved by the same user, Gregory Sandoval (CFO), on 30/12/2023. Management explained that the deputy controller, Ines Alvarado, was on leave.
Conclusion: One exception noted, not indicative of a control failure; discussed with Ernst & Young engagement partner.`,
    // Workpaper references, JE numbers, GL codes, amounts and preparation dates are not ours; Ernst & Young is a firm.
    expected: [
      ['PERSON', 'Harriet Mbeki'],
      ['PERSON', 'Conor Fitzgerald'],
      ['PERSON', 'Gregory Sandoval'],
      ['PERSON', 'Ines Alvarado'],
    ],
  },
  {
    name: 'vendor bank-detail change e-mail (a likely business e-mail compromise) forwarded by an AP clerk: the new IBAN, the old IBAN, a callback number, sender and signature block, and a question whether to update the vendor',
    text: `Is this legit? Should I update the vendor master? — Priyanka

From: "Pieter Hoekstra" <p.hoekstra@vermeerdata-nl.com>
To: ap@haldane.io
Subject: URGENT: updated remittance details

Dear Accounts Payable,
Due to an ongoing audit, our bank account NL67 RABO 0318 4627 50 is temporarily frozen. Please remit all open invoices (INV-2024-0417, INV-2024-0422) to our new account:
IBAN: GB62 BARC 2003 8041 9372 65   BIC: BARCGB22   Beneficiary: Vermeer Data Services
Kindly confirm by reply only, as our phones are down. Do not call +31 20 794 3318.

Best regards,
Pieter Hoekstra | Finance Manager | Vermeer Data Services B.V.`,
    // Invoice numbers and the BIC are not ours; both IBANs count; Priyanka alone is the clerk's signature with no full name (not counted).
    expected: [
      ['PERSON', 'Pieter Hoekstra'],
      ['EMAIL', 'p.hoekstra@vermeerdata-nl.com'],
      ['EMAIL', 'ap@haldane.io'],
      ['IBAN', 'NL67 RABO 0318 4627 50'],
      ['IBAN', 'GB62 BARC 2003 8041 9372 65'],
      ['PHONE', '+31 20 794 3318'],
      ['PERSON', 'Pieter Hoekstra'],
    ],
  },
  {
    name: 'Arabic e-mail from a finance manager asking for a salary transfer to be corrected: the employee name in Arabic and in Latin script, an AE IBAN, a mobile number and a signature',
    text: `الموضوع: تصحيح تحويل راتب شهر مايو

السلام عليكم،
تم تحويل راتب الموظف أحمد سالم الكعبي (Ahmed Salem Al Kaabi) إلى حساب خاطئ. يرجى إعادة التحويل إلى الآيبان الصحيح:
AE69 0260 0010 1483 7219 401
للتواصل: 050 412 7734

مع التحية،
مريم الشامسي — مديرة الشؤون المالية
maryam.alshamsi@haldane.ae`,
    // The month is not ours.
    expected: [
      ['PERSON', 'أحمد سالم الكعبي'],
      ['PERSON', 'Ahmed Salem Al Kaabi'],
      ['IBAN', 'AE69 0260 0010 1483 7219 401'],
      ['PHONE', '050 412 7734'],
      ['PERSON', 'مريم الشامسي'],
      ['EMAIL', 'maryam.alshamsi@haldane.ae'],
    ],
  },
  {
    name: 'clean Slack message from a controller about month-end: banks and firms named like people (Wells Fargo, Goldman Sachs, Lloyds, Barclays, Morgan Stanley), GL codes, cost centres, ISO currency codes, amounts and close dates',
    text: `@channel month-end checklist for May:
• Wells Fargo and Lloyds bank recs due WD2; Barclays EUR account still has the 3 unreconciled items from 28/05 (GL 1215, CC 4410).
• Goldman Sachs MMF interest accrual: book USD 18,412.07 to 4210-100.
• Morgan Stanley custody fee invoice MS-INV-88120 goes to CC 9000 (Treasury).
• FX revaluation at 31/05 rates: EUR 1.0849, GBP 1.2736, JPY 156.74.
Close calendar: soft close 05/06, hard close 07/06. Ping #fin-close with blockers.`,
    // Companies named like people, GL codes, cost centres, currencies, rates, amounts and dates: nothing personal.
    expected: [],
  },
  {
    name: 'Hindi–English WhatsApp message to the accounts team about a UPI refund: the customer name, mobile number, a UPI address, the UTR, and an order id',
    text: `Accounts team, ek refund stuck hai. Customer Vikram Sethi (mobile +91 98201 44731) ne bola ki ₹2,499 ka refund 10 din se nahi aaya. UPI ID vikram.sethi@okaxis hai, UTR 412998871044, order OD-2405-77120. Razorpay pe status "processed" dikha raha hai. Kya bank ko escalate karein?`,
    // A UPI address is no e-mail; the UTR and order id are not ours.
    expected: [
      ['PERSON', 'Vikram Sethi'],
      ['PHONE', '+91 98201 44731'],
    ],
  },
  {
    name: 'Italian bonifico confirmation pasted by a property manager: ordinante and beneficiario with IBANs, CRO/TRN, data esecuzione, causale with a tenant name, and an Italian question',
    text: `Puoi controllare se il bonifico è arrivato giusto? Ecco la contabile:

ESITO: Eseguito   Data esecuzione: 03/06/2024   Data valuta beneficiario: 04/06/2024
Ordinante: Rossetti Immobiliare S.r.l. — IBAN IT09 Y030 6909 6061 0000 0072 814
Beneficiario: Chiara Benedetti — IBAN IT60X0542811101000000123457
Importo: 1.150,00 EUR   Commissioni: 0,00
TRN: 0306909606103240603118820IT   CRO: 88120473310
Causale: Restituzione deposito cauzionale appartamento via Solferino 12 int. 4`,
    // The TRN and CRO, the dates and the company are not ours; the beneficiary's IBAN has a bad check (a typo in the confirmation) and is no IBAN.
    expected: [
      ['IBAN', 'IT09 Y030 6909 6061 0000 0072 814'],
      ['PERSON', 'Chiara Benedetti'],
    ],
  },
  {
    name: 'short question with a bad-check IBAN, a Luhn-failing 16-digit reference, an EIN, an ABA routing number, a BIC and a masked card only',
    text: `Our validator rejects DE48 7607 0024 0348 1526 00 and the payment ref 4017 2209 8812 0451 — and is 84-2917365 (EIN) / 021000021 (ABA) / DEUTDEFF / 411111******1111 enough for the vendor form?`,
    // A bad-check IBAN, a Luhn-failing reference, an EIN, a routing number, a BIC and a masked PAN: nothing of ours.
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 41: finance, accounting and payments material as people paste it into an AI assistant',
  cases,
);
