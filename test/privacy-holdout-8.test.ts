import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * An eighth hand-written hold-out: finance, product-analytics and data-pipeline material as analysts
 * paste it. Payment files (SEPA pain.001 and pain.008, camt.053, SWIFT MT103 and MT940, a NACHA
 * file), bank statement exports from German, Dutch, French, Spanish and UK banks, a US payroll
 * export, a card-processor settlement report with masked and full PANs, a chargeback e-mail,
 * Italian and Polish invoices and an expense report; event and CRM payloads (Segment, RudderStack
 * warehouse rows, Amplitude and Mixpanel exports, GA4 BigQuery rows, HubSpot, Salesforce Bulk,
 * Intercom and Zendesk webhooks, a Shopify order, a Stripe customer, Braze and Iterable exports);
 * data-quality and pipeline output (Great Expectations, dbt --store-failures, Soda, Monte Carlo,
 * Airbyte, Fivetran, Debezium). Hard negatives of the same shapes: BICs, sort codes, routing and
 * account numbers, creditor ids, mandate references, structured payment references (RF, OGM, QR,
 * viite, KID), ARNs and PSP references that pass Luhn, hashed identifiers, test-mode payloads,
 * pseudonymous analytics ids, amounts and dates that are not birth dates. Each case lists every
 * value it expects found, with its type; anything else flagged is a false positive. Bank account
 * numbers that are not IBANs, routing numbers, BICs and tax ids are none of the engine's types.
 * Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits, SSNs in valid
 * areas, made-up names and keys.
 */
const k = joinParts;
const mixpanelSecret = k('pL4wN9cR2vKx7TqM', '3bZ8yHd6JfG1sAe5');
const brazeKey = k('3f9b7c2e-8a41', '-4d6e-9c2a-5b1f0d83e7a4');
const iterableKey = k('b41e9c7a2f6d', '8e3c5a9b1f7e2d4c8a06');
const shopifyToken = k('shpat', '_', '7c1e9f4a2b8d3e6f0a5c9b2d4e8f1a37');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- payment files
  {
    name: 'SEPA pain.001 salary transfer file',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>KSTR-PAY-20240325-01</MsgId>
      <CreDtTm>2024-03-25T09:12:44</CreDtTm>
      <NbOfTxs>2</NbOfTxs>
      <CtrlSum>7412.58</CtrlSum>
      <InitgPty><Nm>Kestrel Analytics GmbH</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>GEHALT-2024-03</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt><Dt>2024-03-27</Dt></ReqdExctnDt>
      <Dbtr><Nm>Kestrel Analytics GmbH</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>DE95370502990047281935</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>COKSDE33XXX</BICFI></FinInstnId></DbtrAgt>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>GEHALT-2024-03-00417</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">3861.20</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>SSKMDEMMXXX</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>Katharina Oberndorfer</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>DE12701500000904417283</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Gehalt Maerz 2024 PersNr 00417</Ustrd></RmtInf>
      </CdtTrfTxInf>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>GEHALT-2024-03-00422</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">3551.38</InstdAmt></Amt>
        <Cdtr><Nm>Emre Yıldırım</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>AT182011182918273645</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Gehalt Maerz 2024 PersNr 00422</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>`,
    // The company's own account is an IBAN all the same, as on the invoices of the earlier hold-outs.
    expected: [
      ['IBAN', 'DE95370502990047281935'],
      ['PERSON', 'Katharina Oberndorfer'],
      ['IBAN', 'DE12701500000904417283'],
      ['PERSON', 'Emre Yıldırım'],
      ['IBAN', 'AT182011182918273645'],
    ],
  },
  {
    name: 'SEPA pain.008 direct-debit batch with mandates and a creditor id',
    text: `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">
 <CstmrDrctDbtInitn>
  <GrpHdr><MsgId>FITNESS-LS-2024-04</MsgId><CreDtTm>2024-03-28T16:40:02</CreDtTm><NbOfTxs>2</NbOfTxs><CtrlSum>79.90</CtrlSum><InitgPty><Nm>Studio Vierkant Fitness B.V.</Nm></InitgPty></GrpHdr>
  <PmtInf>
   <PmtInfId>LS-2024-04-RCUR</PmtInfId><PmtMtd>DD</PmtMtd>
   <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>RCUR</SeqTp></PmtTpInf>
   <ReqdColltnDt>2024-04-02</ReqdColltnDt>
   <Cdtr><Nm>Studio Vierkant Fitness B.V.</Nm></Cdtr>
   <CdtrAcct><Id><IBAN>NL70TRIO0391827465</IBAN></Id></CdtrAcct>
   <CdtrAgt><FinInstnId><BIC>TRIONL2U</BIC></FinInstnId></CdtrAgt>
   <CdtrSchmeId><Id><PrvtId><Othr><Id>NL62ZZZ581273640000</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>
   <DrctDbtTxInf>
    <PmtId><EndToEndId>LID-20418-2024-04</EndToEndId></PmtId>
    <InstdAmt Ccy="EUR">39.95</InstdAmt>
    <DrctDbtTx><MndtRltdInf><MndtId>VK-MDT-020418</MndtId><DtOfSgntr>2022-09-14</DtOfSgntr></MndtRltdInf></DrctDbtTx>
    <DbtrAgt><FinInstnId><BIC>RABONL2U</BIC></FinInstnId></DbtrAgt>
    <Dbtr><Nm>Sanne Wijnaldum</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>NL64RABO0317264951</IBAN></Id></DbtrAcct>
    <RmtInf><Ustrd>Contributie april 2024 lid 20418</Ustrd></RmtInf>
   </DrctDbtTxInf>
   <DrctDbtTxInf>
    <PmtId><EndToEndId>LID-20502-2024-04</EndToEndId></PmtId>
    <InstdAmt Ccy="EUR">39.95</InstdAmt>
    <DrctDbtTx><MndtRltdInf><MndtId>VK-MDT-020502</MndtId><DtOfSgntr>2023-01-06</DtOfSgntr></MndtRltdInf></DrctDbtTx>
    <DbtrAgt><FinInstnId><BIC>GEBABEBB</BIC></FinInstnId></DbtrAgt>
    <Dbtr><Nm>Mohamed El Amrani</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>BE80063418275940</IBAN></Id></DbtrAcct>
    <RmtInf><Ustrd>Contributie april 2024 lid 20502</Ustrd></RmtInf>
   </DrctDbtTxInf>
  </PmtInf>
 </CstmrDrctDbtInitn>
</Document>`,
    // The creditor id (NL62ZZZ…) has IBAN-style check digits but is no account; mandate
    // signature dates are no birth dates.
    expected: [
      ['IBAN', 'NL70TRIO0391827465'],
      ['PERSON', 'Sanne Wijnaldum'],
      ['IBAN', 'NL64RABO0317264951'],
      ['PERSON', 'Mohamed El Amrani'],
      ['IBAN', 'BE80063418275940'],
    ],
  },
  {
    name: 'camt.053 statement entries from a Swiss bank with a QR reference',
    text: `<Stmt>
  <Id>ZKB-STMT-2024-061</Id>
  <ElctrncSeqNb>61</ElctrncSeqNb>
  <CreDtTm>2024-03-12T22:05:11</CreDtTm>
  <Acct><Id><IBAN>CH3500700110028374615</IBAN></Id><Ccy>CHF</Ccy><Ownr><Nm>Kestrel Analytics AG</Nm></Ownr><Svcr><FinInstnId><BICFI>ZKBKCHZZ80A</BICFI></FinInstnId></Svcr></Acct>
  <Ntry>
    <NtryRef>20240312-0004</NtryRef>
    <Amt Ccy="CHF">1850.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
    <BookgDt><Dt>2024-03-12</Dt></BookgDt><ValDt><Dt>2024-03-12</Dt></ValDt>
    <AcctSvcrRef>ZKB20240312/0004/1</AcctSvcrRef>
    <NtryDtls><TxDtls>
      <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
      <RltdPties>
        <Dbtr><Pty><Nm>Reto Gubler-Tschanz</Nm><PstlAdr><StrtNm>Seestrasse</StrtNm><BldgNb>41</BldgNb><PstCd>8802</PstCd><TwnNm>Kilchberg</TwnNm><Ctry>CH</Ctry></PstlAdr></Pty></Dbtr>
        <DbtrAcct><Id><IBAN>CH840483509263728114X</IBAN></Id></DbtrAcct>
      </RltdPties>
      <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>000000000000202403180044717</Ref></CdtrRefInf></Strd></RmtInf>
    </TxDtls></NtryDtls>
  </Ntry>
  <Ntry>
    <Amt Ccy="CHF">412.35</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
    <BookgDt><Dt>2024-03-12</Dt></BookgDt>
    <AcctSvcrRef>ZKB20240312/0005/1</AcctSvcrRef>
    <NtryDtls><TxDtls>
      <RltdPties><Cdtr><Pty><Nm>Swisscom (Schweiz) AG</Nm></Pty></Cdtr><CdtrAcct><Id><IBAN>CH0209000003047182651</IBAN></Id></CdtrAcct></RltdPties>
      <RmtInf><Ustrd>Rechnung 03/2024 Kundennummer 4471-928</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
  </Ntry>
</Stmt>`,
    expected: [
      ['IBAN', 'CH3500700110028374615'],
      ['PERSON', 'Reto Gubler-Tschanz'],
      ['IBAN', 'CH840483509263728114X'],
      ['IBAN', 'CH0209000003047182651'],
    ],
  },
  {
    name: 'SWIFT MT103 to an individual beneficiary with a phone in field 72',
    text: `{1:F01COBADEFFAXXX0000123456}{2:I103CITIUS33XXXXN}{3:{108:INV4471-0312}{121:4f8c2e9a-1b7d-4f6e-8c5a-8b2d9f1e7c3a}}{4:
:20:KST240312000471
:23B:CRED
:32A:240312USD12850,00
:33B:USD12850,00
:50K:/DE44500105175407324931
KESTREL ANALYTICS GMBH
TORSTRASSE 140
10119 BERLIN DE
:52A:COBADEFFXXX
:57A:CITIUS33XXX
:59:/4471928365
OLUWADAMILOLA BANKOLE-JOHNSON
2210 PEACHTREE RD NW APT 14B
ATLANTA GA 30309 US
:70:/INV/2024-0187 CONSULTING FEB 2024
:71A:SHA
:72:/ACC/BENEF TEL +1 404 558 2917
-}`,
    // The US account in :59: is an account number, not an IBAN; the UETR in {121:} is a UUID.
    expected: [
      ['IBAN', 'DE44500105175407324931'],
      ['PERSON', 'OLUWADAMILOLA BANKOLE-JOHNSON'],
      ['PHONE', '+1 404 558 2917'],
    ],
  },
  {
    name: 'MT940 statement with German structured :86: fields',
    text: `:20:STARTUMS
:25:37050299/0047281935
:28C:00061/001
:60F:C240311EUR48213,07
:61:2403120312CR1850,00NTRFNONREF//0312-4471
:86:166?00GUTSCHR. UEBERWEISUNG?109310?20EREF+RE-2024-0187?21SVWZ+Rechnung RE-2024-0187?22 Beratung Februar?30GENODEF1S04?31DE23100700240922817364?32Friederike Haberkorn-Lind?34000
:61:2403120312DR89,90NDDTNONREF//0312-4472
:86:105?00FOLGELASTSCHRIFT?109248?20EREF+V0471928-2403?21MREF+M-0471928?22CRED+DE72ZZZ0000481927?23SVWZ+Mobilfunk 03/2024 Kd-Nr 0471928?30DRESDEFF370?31DE69830944950000471928?32Telekom Deutschland GmbH
:62F:C240312EUR49973,17
-`,
    // :25: is bank code/account (not an IBAN); ?30 is a BIC, CRED+ a creditor id.
    expected: [
      ['IBAN', 'DE23100700240922817364'],
      ['PERSON', 'Friederike Haberkorn-Lind'],
      ['IBAN', 'DE69830944950000471928'],
    ],
  },
  {
    name: 'NACHA PPD payroll file with fixed-width entry records',
    text: `101 02100002118347291052403141015A094101JPMORGAN CHASE         KESTREL ANALYTICS INC
5220KESTREL ANALYTI                     1834729105PPDPAYROLL   MAR 15240315   1021000020000001
6220610001044712938561       0000412875EMP00417       HARTWELL, DESMOND R     0021000020000001
632111000025882190447613     0000389212EMP00422       NWACHUKWU ADAEZE        0021000020000002
822000000200172000120000000000000000008020871834729105                         021000020000001
9000001000001000000020017200012000000000000000000802087`,
    // Routing numbers, DFI account numbers, the company id and trace numbers are none of the types.
    expected: [
      ['PERSON', 'HARTWELL, DESMOND R'],
      ['PERSON', 'NWACHUKWU ADAEZE'],
    ],
  },
  // ---------------------------------------------------------------- bank statement exports
  {
    name: 'Sparkasse CSV-CAMT export with a tenant, a utility and a family-named company',
    text: `"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"
"DE95370502990047281935";"12.03.24";"12.03.24";"GUTSCHR. UEBERWEISUNG";"Miete Maerz 2024 Whg. 3 OG links";"";"";"NOTPROVIDED";"";"";"";"Dragana Petrović";"DE18120300000022785691";"BYLADEM1001";"1.150,00";"EUR";"Umsatz gebucht"
"DE95370502990047281935";"11.03.24";"11.03.24";"FOLGELASTSCHRIFT";"Strom Abschlag 03/2024 Vertragskonto 4471029381";"DE77ZZZ0000735104";"MREF-VK4471029381";"EVB-2403-4471029381";"";"";"";"RheinEnergie AG";"DE85370501980019283746";"COLSDE33XXX";"-94,00";"EUR";"Umsatz gebucht"
"DE95370502990047281935";"08.03.24";"07.03.24";"KARTENZAHLUNG";"2024-03-07T18:44 Debitk.4 2027-12";"";"";"";"";"";"";"REWE Markt GmbH";"";"";"-63,18";"EUR";"Umsatz gebucht"
"DE95370502990047281935";"07.03.24";"07.03.24";"ONLINE-UEBERWEISUNG";"Nebenkosten 2023 Whg. 3 OG links";"";"";"";"";"";"";"Hausverwaltung Brückner & Söhne GmbH";"DE44500105175407324931";"INGDDEFFXXX";"-212,40";"EUR";"Umsatz gebucht"`,
    expected: [
      ['IBAN', 'DE95370502990047281935'],
      ['PERSON', 'Dragana Petrović'],
      ['IBAN', 'DE18120300000022785691'],
      ['IBAN', 'DE95370502990047281935'],
      ['IBAN', 'DE85370501980019283746'],
      ['IBAN', 'DE95370502990047281935'],
      ['IBAN', 'DE95370502990047281935'],
      ['IBAN', 'DE44500105175407324931'],
    ],
  },
  {
    name: 'ING (NL) CSV export with a Tikkie payer after "Van" and a shop named after a person',
    text: `"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)","Mutatiesoort","Mededelingen"
"20240312","J.P. de Vries-Bakker","NL86INGB0006821937","NL61ABNA0482715306","OV","Bij","425,00","Overschrijving","Naam: J.P. de Vries-Bakker Omschrijving: huur april kamer 2 IBAN: NL61ABNA0482715306 Valutadatum: 12-03-2024"
"20240311","Albert Heijn 1403 AMSTERDAM","NL86INGB0006821937","","BA","Af","23,47","Betaalautomaat","Pasvolgnr: 004 11-03-2024 18:22 Transactie: 41J7X2 Term: 1403Q7 Apple Pay Valutadatum: 11-03-2024"
"20240310","AAB INZ TIKKIE","NL86INGB0006821937","NL28BUNQ2061843977","GT","Bij","18,50","Online bankieren","Naam: AAB INZ TIKKIE Omschrijving: Tikkie ID 001029384756, pizza vrijdag, Van Floor Hoekstra, NL28BUNQ2061843977 IBAN: NL28BUNQ2061843977 Valutadatum: 10-03-2024"
"20240309","Vattenfall Klantenservice N.V.","NL86INGB0006821937","NL27ABNA0571938264","IC","Af","112,00","Incasso","Naam: Vattenfall Klantenservice N.V. Omschrijving: Termijnbedrag maart 2024 Machtiging ID: 0471928365-01 Incassant ID: NL62ZZZ581273640000 IBAN: NL27ABNA0571938264 Valutadatum: 09-03-2024"`,
    // "Van" is Dutch for "from" here, not a particle of the name.
    expected: [
      ['PERSON', 'J.P. de Vries-Bakker'],
      ['IBAN', 'NL86INGB0006821937'],
      ['IBAN', 'NL61ABNA0482715306'],
      ['PERSON', 'J.P. de Vries-Bakker'],
      ['IBAN', 'NL61ABNA0482715306'],
      ['IBAN', 'NL86INGB0006821937'],
      ['IBAN', 'NL86INGB0006821937'],
      ['IBAN', 'NL28BUNQ2061843977'],
      ['PERSON', 'Floor Hoekstra'],
      ['IBAN', 'NL28BUNQ2061843977'],
      ['IBAN', 'NL28BUNQ2061843977'],
      ['IBAN', 'NL86INGB0006821937'],
      ['IBAN', 'NL27ABNA0571938264'],
      ['IBAN', 'NL27ABNA0571938264'],
    ],
  },
  {
    name: 'French bank CSV with upper-case libellés naming payers and payees after titles',
    text: `Date;Libellé;Montant(EUROS)
12/03/2024;"VIR SEPA RECU /DE MME AURELIE GARNIER-TESSIER /MOTIF LOYER AVRIL APPT 12 /REF 0312GT4471";850,00
11/03/2024;"PRLV SEPA FREE MOBILE /MOTIF FACTURE 0471928 /ICS FR37ZZZ471928 /RUM 0471928FM";-19,99
10/03/2024;"CB BOULANGERIE PAUL 09/03 PARIS 11";-7,40
08/03/2024;"VIR INST EMIS /A M. THEO LAMBERT-NGUYEN /MOTIF REMBOURSEMENT VACANCES /IBAN FR5230004008280001072915542";-245,00
07/03/2024;"VIR SEPA RECU /DE CAF DE PARIS /MOTIF ALLOCATION LOGEMENT 03 2024";212,37`,
    // The ICS is a creditor id, the RUM a mandate reference; PAUL is a bakery chain.
    expected: [
      ['PERSON', 'AURELIE GARNIER-TESSIER'],
      ['PERSON', 'THEO LAMBERT-NGUYEN'],
      ['IBAN', 'FR5230004008280001072915542'],
    ],
  },
  {
    name: 'CaixaBank movements pasted from Excel with Bizum and a "LAST, FIRST" payer',
    text: `Concepto\tFecha\tImporte\tSaldo
TRANSF. A SU FAVOR GUTIERREZ SOTO, ALEJANDRO\t12/03/2024\t+300,00 EUR\t4.812,33 EUR
BIZUM DE Nerea Etxeberria Goikoetxea CONCEPTO cena cumple\t11/03/2024\t+25,00 EUR\t4.512,33 EUR
RECIBO IBERDROLA CLIENTES S.A.U. Ref.Mandato 0182017463512\t10/03/2024\t-71,18 EUR\t4.487,33 EUR
TRANSFERENCIA A Mª Carmen Ruiz-Olalla Pérez, IBAN ES64 2080 3572 1860 0142 8851, concepto fianza piso\t08/03/2024\t-1.200,00 EUR\t4.558,51 EUR`,
    expected: [
      ['PERSON', 'GUTIERREZ SOTO, ALEJANDRO'],
      ['PERSON', 'Nerea Etxeberria Goikoetxea'],
      ['PERSON', 'Mª Carmen Ruiz-Olalla Pérez'],
      ['IBAN', 'ES64 2080 3572 1860 0142 8851'],
    ],
  },
  {
    name: 'UK bank CSV with sort code and account, faster payments in and out',
    text: `Number,Date,Account,Amount,Subcategory,Memo
,12/03/2024,20-32-06 43819275,650.00,FPI,MR OLUWASEUN ADEYEMI      RENT MARCH FLAT 2   4471928365012 FP 12/03/24 0912
,11/03/2024,20-32-06 43819275,-42.50,DD,THAMES WATER            0047192836
,10/03/2024,20-32-06 43819275,-120.00,FPO,GRACE MCALLISTER-DUNNE  DEPOSIT SHARE   400471 44719283
,09/03/2024,20-32-06 43819275,-9.99,PAYMENT,SPOTIFY P1A2B3C4D5 ON 08 MAR CPM`,
    expected: [
      ['PERSON', 'OLUWASEUN ADEYEMI'],
      ['PERSON', 'GRACE MCALLISTER-DUNNE'],
    ],
  },
  // ---------------------------------------------------------------- payroll, cards, invoices, expenses
  {
    name: 'US payroll export with SSNs, birth dates, routing and account numbers',
    text: `employee_id,last_name,first_name,ssn,dob,pay_date,gross,net,bank_routing,bank_account,account_type
E-00417,Castellanos,Itzel,529-83-1146,1991-08-23,2024-03-15,5833.33,4102.18,121000358,000123847291,checking
E-00422,Oyelaran,Babatunde,412-67-0938,1986-01-30,2024-03-15,6250.00,4388.02,026009593,4471928360,savings
E-00431,Lindqvist,Maja,231-45-7782,1995-12-02,2024-03-15,4583.33,3310.47,322271627,9182736450,checking`,
    expected: [
      ['PERSON', 'Castellanos'],
      ['PERSON', 'Itzel'],
      ['US_SSN', '529-83-1146'],
      ['DATE_OF_BIRTH', '1991-08-23'],
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Babatunde'],
      ['US_SSN', '412-67-0938'],
      ['DATE_OF_BIRTH', '1986-01-30'],
      ['PERSON', 'Lindqvist'],
      ['PERSON', 'Maja'],
      ['US_SSN', '231-45-7782'],
      ['DATE_OF_BIRTH', '1995-12-02'],
    ],
  },
  {
    name: 'card settlement detail report: masked PANs, one full PAN, Luhn-valid PSP references',
    text: `batch_id,txn_id,psp_reference,auth_code,card_brand,card_number,cardholder,amount,currency,settled_at,shopper_email,shopper_ip
B20240312-01,T-88213,8815710238462909,0A4C21,visa,476173******4580,ANNIKA SÖDERSTRÖM,129.99,EUR,2024-03-12,annika.soderstrom@telia.se,78.69.201.14
B20240312-01,T-88214,8815710238473310,51Z9QK,mc,512783******2650,Kwabena Asante-Mensah,58.00,EUR,2024-03-12,k.asante@outlook.com,2a02:8071:5c2:1e00:4d1f:a2b3:77c1:9e04
B20240312-01,T-88215,8815710238480018,7H2KPD,visa,4485302166771234,LIAM Ó BRIAIN,412.50,EUR,2024-03-12,liam.obriain@eircom.net,86.41.122.7`,
    // A legacy terminal sent the third PAN unmasked; PSP references are ids even when they pass Luhn.
    expected: [
      ['PERSON', 'ANNIKA SÖDERSTRÖM'],
      ['EMAIL', 'annika.soderstrom@telia.se'],
      ['IP_ADDRESS', '78.69.201.14'],
      ['PERSON', 'Kwabena Asante-Mensah'],
      ['EMAIL', 'k.asante@outlook.com'],
      ['IP_ADDRESS', '2a02:8071:5c2:1e00:4d1f:a2b3:77c1:9e04'],
      ['CREDIT_CARD', '4485302166771234'],
      ['PERSON', 'LIAM Ó BRIAIN'],
      ['EMAIL', 'liam.obriain@eircom.net'],
      ['IP_ADDRESS', '86.41.122.7'],
    ],
  },
  {
    name: 'acquirer chargeback notification e-mail quoting the cardholder',
    text: `From: Dispute Resolution <disputes@acquiring.kestrelpay.eu>
To: finance@nordlicht-moebel.de
Subject: Chargeback notification – Case CB-2024-0318-4471 – Reason code 10.4 (Other Fraud – Card Absent Environment)

Dear Merchant,

We have received a chargeback for the transaction below. Please submit compelling evidence by 2024-04-02.

Cardholder:        Henrike Albers-Mwangi
Card number:       4917 6100 3422 8718
Expiry:            09/27
Transaction date:  2024-02-26
Amount:            EUR 1.249,00
ARN:               74987504056102839471265
Auth code:         0B7T2Q
Merchant ID:       000471928365
Order reference:   NLM-2024-02-118723

The cardholder states: "I never ordered this sofa. My phone is +49 171 4472 9013 and my e-mail h.albers@posteo.de if you need anything; the delivery address on the order is not mine."

Kind regards,
Jarosław Pietrzak
Dispute Analyst, KestrelPay Acquiring`,
    // The 23-digit ARN carries a Luhn check digit but is a reference, not a card.
    expected: [
      ['EMAIL', 'disputes@acquiring.kestrelpay.eu'],
      ['EMAIL', 'finance@nordlicht-moebel.de'],
      ['PERSON', 'Henrike Albers-Mwangi'],
      ['CREDIT_CARD', '4917 6100 3422 8718'],
      ['PHONE', '+49 171 4472 9013'],
      ['EMAIL', 'h.albers@posteo.de'],
      ['PERSON', 'Jarosław Pietrzak'],
    ],
  },
  {
    name: 'Italian invoice to a private client with codice fiscale, PEC and IBAN',
    text: `FATTURA N. 2024/0187 del 12/03/2024
Cedente/Prestatore: Kestrel Analytics S.r.l. – Via Tortona 27, 20144 Milano – P.IVA IT12345670151
Cessionario/Committente: Sig.ra Benedetta Scognamiglio
Via Posillipo 212, 80123 Napoli – C.F. SCGBDT84C52F839X
PEC: benedetta.scognamiglio@pec.it – Tel. 338 472 9105

Descrizione                      Q.tà   Prezzo    Importo
Consulenza analisi dati (feb.)    12    95,00   1.140,00
Imponibile 1.140,00 · IVA 22% 250,80 · Totale documento 1.390,80 €
Modalità di pagamento: bonifico bancario (MP05) entro il 11/04/2024
IBAN: IT13 K030 6909 6061 0000 0071 928 – BIC BCITITMM`,
    // The codice fiscale encodes a birth date but is none of the engine's types.
    expected: [
      ['PERSON', 'Benedetta Scognamiglio'],
      ['EMAIL', 'benedetta.scognamiglio@pec.it'],
      ['PHONE', '338 472 9105'],
      ['IBAN', 'IT13 K030 6909 6061 0000 0071 928'],
    ],
  },
  {
    name: 'Polish VAT invoice with NIP, buyer contact and the issuer',
    text: `Faktura VAT nr FV/2024/03/112
Data wystawienia: 2024-03-12   Data sprzedaży: 2024-03-08   Termin płatności: 2024-03-26
Sprzedawca: Kestrel Analytics sp. z o.o., ul. Prosta 20, 00-850 Warszawa, NIP 525-281-47-19
Nabywca: Przemysław Wróblewski, ul. Ogrodowa 8/14, 90-052 Łódź, tel. +48 604 118 273, e-mail: p.wroblewski@wp.pl
Lp. Nazwa                         Ilość  Cena netto  VAT  Wartość brutto
1   Szkolenie SQL (2 dni)          1     2 400,00   23%      2 952,00
Do zapłaty: 2 952,00 PLN   Słownie: dwa tysiące dziewięćset pięćdziesiąt dwa 00/100
Nr rachunku (IBAN): PL44 2490 2000 4000 0064 0283 7154
Wystawił(a): Agnieszka Dąbrowska-Kiełb`,
    expected: [
      ['PERSON', 'Przemysław Wróblewski'],
      ['PHONE', '+48 604 118 273'],
      ['EMAIL', 'p.wroblewski@wp.pl'],
      ['IBAN', 'PL44 2490 2000 4000 0064 0283 7154'],
      ['PERSON', 'Agnieszka Dąbrowska-Kiełb'],
    ],
  },
  {
    name: 'expense report export with guests in comments and a personal card charged by mistake',
    text: `Report: Q1 Customer Visits – Benelux/FR        Report ID: 7F2C9A41B3
Employee: Ngozi Okonkwo-Barrett (EMP 30418)     Approver: Tomás Ó Riordáin     Status: Submitted 2024-02-26

Date        Expense Type    Vendor                  City        Amount      Payment Type              Comment
2024-02-19  Hotel           Hotel Adlon Kempinski   Berlin      412.00 EUR  Corporate Card ****4471   2 nights, client workshop
2024-02-20  Business Meal   Brasserie Julien        Paris       186.40 EUR  Corporate Card ****4471   Dinner with Margaux Vasseur-Lemaire (CFO, Lumière Retail) and Paul Girard
2024-02-21  Taxi            Uber                    Amsterdam    38.90 EUR  Personal Card             card 5457 6219 3385 4127 charged by mistake, please reimburse
2024-02-22  Airfare         KLM                     —           289.00 EUR  Corporate Card ****4471`,
    expected: [
      ['PERSON', 'Ngozi Okonkwo-Barrett'],
      ['PERSON', 'Tomás Ó Riordáin'],
      ['PERSON', 'Margaux Vasseur-Lemaire'],
      ['PERSON', 'Paul Girard'],
      ['CREDIT_CARD', '5457 6219 3385 4127'],
    ],
  },
  // ---------------------------------------------------------------- product analytics and CRM payloads
  {
    name: 'Segment identify payload with traits and context.ip',
    text: `{
  "type": "identify",
  "messageId": "ajs-next-1710238502118-4f8c2e9a-1b7d-4f6e-8c5a-8b2d9f1e7c3a",
  "anonymousId": "b7e3c1d2-9a84-4f60-8e2b-5c1d9b2e41f7",
  "userId": "usr_88213",
  "traits": {
    "email": "valentina.moretti@libero.it",
    "firstName": "Valentina",
    "lastName": "Moretti",
    "phone": "+39 347 218 9034",
    "birthday": "1990-06-14",
    "plan": "pro",
    "company": {"name": "Moretti & Figli S.p.A.", "employee_count": 48}
  },
  "context": {
    "ip": "151.38.204.117",
    "library": {"name": "analytics-next", "version": "1.64.0"},
    "page": {"path": "/settings/profile", "url": "https://app.kestrel.io/settings/profile"},
    "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15",
    "locale": "it-IT",
    "timezone": "Europe/Rome"
  },
  "timestamp": "2024-03-12T10:15:02.118Z"
}`,
    // The company is named after the family: a company, not a person.
    expected: [
      ['EMAIL', 'valentina.moretti@libero.it'],
      ['PERSON', 'Valentina'],
      ['PERSON', 'Moretti'],
      ['PHONE', '+39 347 218 9034'],
      ['DATE_OF_BIRTH', '1990-06-14'],
      ['IP_ADDRESS', '151.38.204.117'],
    ],
  },
  {
    name: 'RudderStack warehouse tracks table queried in snowsql',
    text: `kestrel#COMPUTE_WH@RUDDER.WEB>select id, anonymous_id, context_ip, context_traits_email, context_traits_name, context_traits_phone, event, original_timestamp from order_completed limit 2;
+--------------------------------------+--------------------------------------+-----------------------------------------+--------------------------------+-----------------------+----------------------+-----------------+-------------------------------+
| ID                                   | ANONYMOUS_ID                         | CONTEXT_IP                              | CONTEXT_TRAITS_EMAIL           | CONTEXT_TRAITS_NAME   | CONTEXT_TRAITS_PHONE | EVENT           | ORIGINAL_TIMESTAMP            |
|--------------------------------------+--------------------------------------+-----------------------------------------+--------------------------------+-----------------------+----------------------+-----------------+-------------------------------|
| 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f | 9b2e41f7-5c1d-4f60-8e2b-a0c35c1d9b2e | 2003:e3:9f1c:7a00:5d2e:91f3:aa07:4c12   | jonas.hoffmeister@web.de       | Jonas Hoffmeister     | +49 152 2874 1093    | order_completed | 2024-03-12 10:15:02.118 +0000 |
| 2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a | 0c35c1d9-b2e4-41f7-8e2b-5c1d9b2e41f7 | 188.26.114.9                            | ines.carvalho@sapo.pt          | Inês Carvalho         | +351 912 448 207     | order_completed | 2024-03-12 10:16:40.902 +0000 |
+--------------------------------------+--------------------------------------+-----------------------------------------+--------------------------------+-----------------------+----------------------+-----------------+-------------------------------+
2 Row(s) produced. Time Elapsed: 0.412s`,
    expected: [
      ['IP_ADDRESS', '2003:e3:9f1c:7a00:5d2e:91f3:aa07:4c12'],
      ['EMAIL', 'jonas.hoffmeister@web.de'],
      ['PERSON', 'Jonas Hoffmeister'],
      ['PHONE', '+49 152 2874 1093'],
      ['IP_ADDRESS', '188.26.114.9'],
      ['EMAIL', 'ines.carvalho@sapo.pt'],
      ['PERSON', 'Inês Carvalho'],
      ['PHONE', '+351 912 448 207'],
    ],
  },
  {
    name: 'Amplitude export JSON lines with an e-mail as user_id',
    text: `$ unzip -p export_412903_2024-03-12.zip | gunzip | head -2
{"$insert_id":"5f0c8d1e-2a3b-4c5d-9e8f-7a6b5c4d3e2f","amplitude_id":518273640192,"app":412903,"city":"Lyon","country":"France","device_id":"9b2e41f7-5c1d-4f60-8e2b-a0c35c1d9b2e","event_properties":{"plan":"team","seats":5},"event_time":"2024-03-12 10:15:02.118000","event_type":"Upgrade Completed","ip_address":"92.154.87.31","language":"French","os_name":"Chrome","region":"Auvergne-Rhone-Alpes","session_id":1710238480211,"user_id":"claire.fontaine-roux@sfr.fr","user_properties":{"name":"Claire Fontaine-Roux","signup_date":"2023-11-04","company":"Lumière Retail"}}
{"$insert_id":"6a1d9e2f-3b4c-4d5e-8f9a-8b7c6d5e4f3a","amplitude_id":518273640877,"app":412903,"city":"Nantes","country":"France","device_id":"0c35c1d9-b2e4-41f7-8e2b-5c1d9b2e41f7","event_properties":{"report_id":41},"event_time":"2024-03-12 10:15:09.402000","event_type":"Report Viewed","ip_address":"2a01:cb00:8a4:1e00:9d1f:3b2a:c1e4:7f20","language":"French","os_name":"Firefox","region":"Pays de la Loire","session_id":1710238501877,"user_id":"u_90211","user_properties":{"initial_referrer":"https://www.google.com/","plan":"free"}}`,
    expected: [
      ['IP_ADDRESS', '92.154.87.31'],
      ['EMAIL', 'claire.fontaine-roux@sfr.fr'],
      ['PERSON', 'Claire Fontaine-Roux'],
      ['IP_ADDRESS', '2a01:cb00:8a4:1e00:9d1f:3b2a:c1e4:7f20'],
    ],
  },
  {
    name: 'Mixpanel engage query with a service-account secret on the command line',
    text: `$ curl -s "https://eu.mixpanel.com/api/query/engage?project_id=2918374" -u "kestrel-export.6d1f2e.mp-service-account:${mixpanelSecret}" -d 'where=properties["plan"]=="pro"' | jq '.results[0]'
{
  "$distinct_id": "usr_48213",
  "$properties": {
    "$created": "2023-07-19T08:14:22",
    "$email": "dimitris.papadakis@gmail.com",
    "$first_name": "Dimitris",
    "$last_name": "Papadakis",
    "$name": "Dimitris Papadakis",
    "$phone": "+30 694 812 3307",
    "$city": "Thessaloniki",
    "$region": "Central Macedonia",
    "$country_code": "GR",
    "$last_seen": "2024-03-12T10:15:02",
    "plan": "pro",
    "ltv": 412.5
  }
}`,
    // The service-account user name is an identifier; the part after the colon is the secret.
    expected: [
      ['SECRET', mixpanelSecret],
      ['EMAIL', 'dimitris.papadakis@gmail.com'],
      ['PERSON', 'Dimitris'],
      ['PERSON', 'Papadakis'],
      ['PERSON', 'Dimitris Papadakis'],
      ['PHONE', '+30 694 812 3307'],
    ],
  },
  {
    name: 'GA4 BigQuery export rows with custom event parameters',
    text: `$ bq query --use_legacy_sql=false 'SELECT event_date, event_timestamp, user_pseudo_id, event_name, (SELECT value.string_value FROM UNNEST(event_params) WHERE key IN ("customer_email", "lead_phone", "ip_override", "page_location")) AS param_value, geo.city FROM \`kestrel-ga4.analytics_318274650.events_20240312\` LIMIT 4'
+------------+------------------+-----------------------+---------------+-------------------------------+--------+
| event_date | event_timestamp  |    user_pseudo_id     |  event_name   |          param_value          |  city  |
+------------+------------------+-----------------------+---------------+-------------------------------+--------+
| 20240312   | 1710238502118925 | 1843928476.1710238480 | sign_up       | anja.vukovic@gmail.com        | Zagreb |
| 20240312   | 1710238511402217 | 1843928476.1710238480 | generate_lead | +385 91 447 2810              | Zagreb |
| 20240312   | 1710238520611408 | 1843928476.1710238480 | view_item     | 93.142.18.204                 | Zagreb |
| 20240312   | 1710238530977104 | 977210483.1710238199  | page_view     | https://shop.kestrel.io/cart  | Split  |
+------------+------------------+-----------------------+---------------+-------------------------------+--------+`,
    // user_pseudo_id is a pseudonymous cookie id; the microsecond timestamp 1710238502118925 passes Luhn.
    expected: [
      ['EMAIL', 'anja.vukovic@gmail.com'],
      ['PHONE', '+385 91 447 2810'],
      ['IP_ADDRESS', '93.142.18.204'],
    ],
  },
  {
    name: 'HubSpot CRM v3 contact search response',
    text: `{"total":2,"results":[{"id":"51234701","properties":{"createdate":"2024-02-27T14:03:11.482Z","email":"oksana.hrytsenko@ukr.net","firstname":"Oksana","lastname":"Hrytsenko","phone":"+380 67 418 2290","mobilephone":null,"date_of_birth":"1988-10-05","hs_object_id":"51234701","lastmodifieddate":"2024-03-12T10:15:02.118Z","hubspot_owner_id":"412903877","company":"Dnipro Logistics LLC"},"createdAt":"2024-02-27T14:03:11.482Z","updatedAt":"2024-03-12T10:15:02.118Z","archived":false},{"id":"51234988","properties":{"createdate":"2024-02-28T08:47:40.019Z","email":"f.okafor@kestrel-analytics.io","firstname":"Femi","lastname":"Okafor","phone":"","date_of_birth":null,"hs_object_id":"51234988","lastmodifieddate":"2024-03-11T16:40:12.771Z","hubspot_owner_id":"412903877","company":"Kestrel Analytics"},"createdAt":"2024-02-28T08:47:40.019Z","updatedAt":"2024-03-11T16:40:12.771Z","archived":false}],"paging":{"next":{"after":"51234989","link":"https://api.hubapi.com/crm/v3/objects/contacts/search?after=51234989"}}}`,
    expected: [
      ['EMAIL', 'oksana.hrytsenko@ukr.net'],
      ['PERSON', 'Oksana'],
      ['PERSON', 'Hrytsenko'],
      ['PHONE', '+380 67 418 2290'],
      ['DATE_OF_BIRTH', '1988-10-05'],
      ['EMAIL', 'f.okafor@kestrel-analytics.io'],
      ['PERSON', 'Femi'],
      ['PERSON', 'Okafor'],
    ],
  },
  {
    name: 'Salesforce Bulk API 2.0 query results CSV with relationship columns',
    text: `"Id","FirstName","LastName","Email","MobilePhone","Birthdate","MailingCity","Account.Name","Owner.Name"
"0035g00001AbCdEAAV","Rafael","Albuquerque Nogueira","rafael.nogueira@uol.com.br","+55 21 98847-3310","1983-02-11","Rio de Janeiro","Nogueira Importadora Ltda","Lauren Whitfield"
"0035g00001AbCdFAAV","Ayesha","Siddiqui","ayesha.siddiqui@kestrel-partners.co.uk","+44 7700 918224","","Leeds","Kestrel Partners UK","Lauren Whitfield"`,
    expected: [
      ['PERSON', 'Rafael'],
      ['PERSON', 'Albuquerque Nogueira'],
      ['EMAIL', 'rafael.nogueira@uol.com.br'],
      ['PHONE', '+55 21 98847-3310'],
      ['DATE_OF_BIRTH', '1983-02-11'],
      ['PERSON', 'Lauren Whitfield'],
      ['PERSON', 'Ayesha'],
      ['PERSON', 'Siddiqui'],
      ['EMAIL', 'ayesha.siddiqui@kestrel-partners.co.uk'],
      ['PHONE', '+44 7700 918224'],
      ['PERSON', 'Lauren Whitfield'],
    ],
  },
  {
    name: 'Intercom conversation.user.replied webhook with a phone in the message body',
    text: `{"type":"notification_event","topic":"conversation.user.replied","id":"notif_4f8c2e9a-1b7d-4f6e-8c5a-8b2d9f1e7c3a","created_at":1710238502,"data":{"item":{"type":"conversation","id":"215469872134","source":{"author":{"type":"user","id":"65f02c34e6c1a2b7d4f8e9a0","name":"Bartholomew Achterberg","email":"bart.achterberg@kpnmail.nl"}},"conversation_parts":{"conversation_parts":[{"part_type":"comment","body":"<p>Still can't log in. You can call me on 06 4127 8830, or text, whatever is easier.</p>","author":{"type":"user","name":"Bartholomew Achterberg","email":"bart.achterberg@kpnmail.nl"}},{"part_type":"assignment","body":null,"author":{"type":"admin","id":"4471928","name":"Priya Raghunathan","email":"priya@kestrel.io"}}]},"custom_attributes":{"Last IP":"145.53.10.219","Plan":"team"}}}}`,
    expected: [
      ['PERSON', 'Bartholomew Achterberg'],
      ['EMAIL', 'bart.achterberg@kpnmail.nl'],
      ['PHONE', '06 4127 8830'],
      ['PERSON', 'Bartholomew Achterberg'],
      ['EMAIL', 'bart.achterberg@kpnmail.nl'],
      ['PERSON', 'Priya Raghunathan'],
      ['EMAIL', 'priya@kestrel.io'],
      ['IP_ADDRESS', '145.53.10.219'],
    ],
  },
  {
    name: 'Zendesk ticket webhook where the customer pasted a full card number',
    text: `{"ticket":{"id":48213,"subject":"Double charge on my card","description":"Hi, I was charged twice for order #KST-88213. The card is 5312 9406 6817 4427 exp 11/26. Please refund one. Ricardo Benavides","requester":{"id":3920148812,"name":"Ricardo Benavides","email":"rbenavides@prodigy.net.mx","phone":"+52 81 1847 2209"},"assignee":{"id":412903877,"name":"Support Bot"},"via":{"channel":"email","source":{"from":{"address":"rbenavides@prodigy.net.mx","name":"Ricardo Benavides"}}},"tags":["billing","refund"],"created_at":"2024-03-12T10:15:02Z"}}`,
    expected: [
      ['CREDIT_CARD', '5312 9406 6817 4427'],
      ['PERSON', 'Ricardo Benavides'],
      ['PERSON', 'Ricardo Benavides'],
      ['EMAIL', 'rbenavides@prodigy.net.mx'],
      ['PHONE', '+52 81 1847 2209'],
      ['EMAIL', 'rbenavides@prodigy.net.mx'],
      ['PERSON', 'Ricardo Benavides'],
    ],
  },
  {
    name: 'Shopify Admin API order with billing and shipping addresses and an access token',
    text: `$ curl -s -H "X-Shopify-Access-Token: ${shopifyToken}" https://kestrel-shop.myshopify.com/admin/api/2024-01/orders/5823419087234.json | jq .order
{
  "id": 5823419087234,
  "admin_graphql_api_id": "gid://shopify/Order/5823419087234",
  "browser_ip": "84.115.221.46",
  "email": "lena.gruber@gmx.at",
  "phone": "+43 664 2187339",
  "name": "#1047",
  "order_number": 1047,
  "total_price": "129.90",
  "currency": "EUR",
  "payment_details": {"credit_card_bin": "476173", "credit_card_company": "Visa", "credit_card_number": "•••• •••• •••• 4580"},
  "billing_address": {"first_name": "Lena", "last_name": "Gruber", "name": "Lena Gruber", "address1": "Schönbrunner Straße 88", "city": "Wien", "zip": "1050", "country_code": "AT", "phone": "+43 664 2187339"},
  "shipping_address": {"first_name": "Matthias", "last_name": "Gruber", "name": "Matthias Gruber", "company": null, "address1": "Schönbrunner Straße 88", "city": "Wien", "zip": "1050", "country_code": "AT", "phone": null},
  "customer": {"id": 7103928472910, "email": "lena.gruber@gmx.at", "first_name": "Lena", "last_name": "Gruber", "state": "enabled", "verified_email": true}
}`,
    expected: [
      ['SECRET', shopifyToken],
      ['IP_ADDRESS', '84.115.221.46'],
      ['EMAIL', 'lena.gruber@gmx.at'],
      ['PHONE', '+43 664 2187339'],
      ['PERSON', 'Lena'],
      ['PERSON', 'Gruber'],
      ['PERSON', 'Lena Gruber'],
      ['PHONE', '+43 664 2187339'],
      ['PERSON', 'Matthias'],
      ['PERSON', 'Gruber'],
      ['PERSON', 'Matthias Gruber'],
      ['EMAIL', 'lena.gruber@gmx.at'],
      ['PERSON', 'Lena'],
      ['PERSON', 'Gruber'],
    ],
  },
  {
    name: 'Stripe customer object with a birth date in metadata and a VAT id',
    text: `{
  "id": "cus_PqR8sT2vLm9WcK",
  "object": "customer",
  "address": {"city": "Dublin", "country": "IE", "line1": "27 Pembroke Road", "postal_code": "D04 X2C8"},
  "balance": 0,
  "created": 1710238502,
  "currency": "eur",
  "description": "Migrated from Chargebee 2024-03",
  "email": "siobhan.mcgrath@eircom.net",
  "invoice_prefix": "A1B2C3D4",
  "invoice_settings": {"default_payment_method": "pm_1OtQ2kLm8NpR4tV7xYz9AbCd"},
  "livemode": true,
  "metadata": {"crm_id": "0035g00001AbCdEAAV", "date_of_birth": "1979-04-22"},
  "name": "Siobhán McGrath",
  "phone": "+353 87 412 9930",
  "shipping": {"name": "Cormac McGrath", "phone": "+353 87 412 9931", "address": {"city": "Dublin", "country": "IE", "line1": "27 Pembroke Road", "postal_code": "D04 X2C8"}},
  "tax_ids": {"data": [{"type": "eu_vat", "value": "IE6388047V"}]}
}`,
    expected: [
      ['EMAIL', 'siobhan.mcgrath@eircom.net'],
      ['DATE_OF_BIRTH', '1979-04-22'],
      ['PERSON', 'Siobhán McGrath'],
      ['PHONE', '+353 87 412 9930'],
      ['PERSON', 'Cormac McGrath'],
      ['PHONE', '+353 87 412 9931'],
    ],
  },
  {
    name: 'Braze users/export/ids call with a REST key and the exported profile',
    text: `$ curl -s -X POST https://rest.fra-02.braze.eu/users/export/ids -H "Authorization: Bearer ${brazeKey}" -H "Content-Type: application/json" -d '{"external_ids":["usr_88213"]}'
{"users":[{"external_id":"usr_88213","user_aliases":[],"braze_id":"65f02c34e6c1a2b7d4f8e9a0","first_name":"Tuğba","last_name":"Karaca","email":"tugba.karaca@hotmail.com","dob":"1994-09-30","country":"TR","home_city":"İzmir","language":"tr","gender":"F","phone":"+905324418207","email_subscribe":"opted_in","custom_attributes":{"loyalty_tier":"gold","last_store":"Alsancak"},"devices":[{"model":"iPhone 14","os":"iOS 17.3","carrier":"Turkcell","idfv":"9B2E41F7-5C1D-4F60-8E2B-A0C35C1D9B2E","ad_tracking_enabled":false}]}],"message":"success"}`,
    // A Braze REST API key is a UUID: under a bearer header it is the credential.
    expected: [
      ['SECRET', brazeKey],
      ['PERSON', 'Tuğba'],
      ['PERSON', 'Karaca'],
      ['EMAIL', 'tugba.karaca@hotmail.com'],
      ['DATE_OF_BIRTH', '1994-09-30'],
      ['PHONE', '+905324418207'],
    ],
  },
  {
    name: 'Iterable user export CSV fetched with an API key header',
    text: `$ curl -s -H "Api-Key: ${iterableKey}" "https://api.iterable.com/api/export/data.csv?dataTypeName=user&range=Today&onlyFields=email,phoneNumber,firstName,lastName,signupDate,profileUpdatedAt"
email,phoneNumber,firstName,lastName,signupDate,profileUpdatedAt
kenji.watanabe@icloud.com,+81 90 4418 2273,Kenji,Watanabe,2023-08-14 09:12:44 +00:00,2024-03-12 10:15:02 +00:00
amara.diallo@orange.sn,+221 77 418 22 90,Amara,Diallo,2024-01-03 17:40:19 +00:00,2024-03-11 08:02:51 +00:00`,
    expected: [
      ['SECRET', iterableKey],
      ['EMAIL', 'kenji.watanabe@icloud.com'],
      ['PHONE', '+81 90 4418 2273'],
      ['PERSON', 'Kenji'],
      ['PERSON', 'Watanabe'],
      ['EMAIL', 'amara.diallo@orange.sn'],
      ['PHONE', '+221 77 418 22 90'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Diallo'],
    ],
  },
  // ---------------------------------------------------------------- data quality and pipelines
  {
    name: 'Great Expectations validation result with partial_unexpected_list samples',
    text: `{
  "success": false,
  "results": [
    {
      "expectation_config": {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "email", "regex": "^[a-z0-9._%+-]+@[a-z0-9.-]+[.][a-z]{2,}$", "mostly": 0.999}},
      "result": {"element_count": 48213, "unexpected_count": 3, "unexpected_percent": 0.0062, "partial_unexpected_list": ["JOANA.BASTOS@GMAIL.COM", "tiago.m.lopes@gmail.com ", "rui.fernandes@sapo.pt;rui@fernandes.pt"]},
      "success": true
    },
    {
      "expectation_config": {"expectation_type": "expect_column_values_to_match_strftime_format", "kwargs": {"column": "birth_date", "strftime_format": "%Y-%m-%d"}},
      "result": {"element_count": 48213, "unexpected_count": 2, "partial_unexpected_list": ["14/07/1987", "03/13/1992"], "partial_unexpected_index_list": [10231, 40117]},
      "success": false
    },
    {
      "expectation_config": {"expectation_type": "expect_column_value_lengths_to_equal", "kwargs": {"column": "phone_e164", "value": 13}},
      "result": {"element_count": 48213, "unexpected_count": 1, "partial_unexpected_list": ["912 448 207"]},
      "success": false
    }
  ],
  "meta": {"run_id": {"run_name": "nightly-2024-03-12", "run_time": "2024-03-12T02:00:04.118923+00:00"}, "batch_spec": {"table_name": "dim_customers_pt"}, "great_expectations_version": "0.18.8"}
}`,
    expected: [
      ['EMAIL', 'JOANA.BASTOS@GMAIL.COM'],
      ['EMAIL', 'tiago.m.lopes@gmail.com'],
      ['EMAIL', 'rui.fernandes@sapo.pt'],
      ['EMAIL', 'rui@fernandes.pt'],
      ['DATE_OF_BIRTH', '14/07/1987'],
      ['DATE_OF_BIRTH', '03/13/1992'],
      ['PHONE', '912 448 207'],
    ],
  },
  {
    name: 'dbt test --store-failures on payouts and the stored failing rows in psql',
    text: `$ dbt test --select stg_payouts --store-failures
10:15:04  Found 42 models, 121 tests, 6 seeds, 9 sources, 0 exposures, 0 metrics, 612 macros
10:15:10  1 of 3 START test unique_stg_payouts_beneficiary_iban ........................ [RUN]
10:15:11  1 of 3 FAIL 2 unique_stg_payouts_beneficiary_iban ............................ [FAIL 2 in 0.91s]
10:15:11  2 of 3 FAIL 1 not_null_stg_payouts_beneficiary_name .......................... [FAIL 1 in 0.88s]
10:15:12  3 of 3 PASS accepted_values_stg_payouts_currency__EUR__GBP__CHF .............. [PASS in 0.74s]
10:15:14  Failure in test unique_stg_payouts_beneficiary_iban (models/staging/payouts.yml)
10:15:14    Got 2 results, configured to fail if != 0
10:15:14    See test failures:
  -----------------------------------------------------------------------------
  select * from "warehouse"."dbt_test__audit"."unique_stg_payouts_beneficiary_iban"
  -----------------------------------------------------------------------------
$ psql warehouse -c 'select * from dbt_test__audit.unique_stg_payouts_beneficiary_iban'
     unique_field     | n_records
----------------------+-----------
 LT727300010173926841 |         2
 FI4742301550018347   |         3
(2 rows)

$ psql warehouse -c 'select payout_id, beneficiary_name, beneficiary_iban, beneficiary_email, amount from dbt_test__audit.not_null_stg_payouts_beneficiary_name'
 payout_id | beneficiary_name |     beneficiary_iban     |     beneficiary_email      | amount
-----------+------------------+--------------------------+----------------------------+---------
 po_48213  |                  | SE4550000000058398257466 | linnea.bergqvist@telia.com | 1240.00
(1 row)`,
    expected: [
      ['IBAN', 'LT727300010173926841'],
      ['IBAN', 'FI4742301550018347'],
      ['IBAN', 'SE4550000000058398257466'],
      ['EMAIL', 'linnea.bergqvist@telia.com'],
    ],
  },
  {
    name: 'Soda scan output with failed rows samples',
    text: `$ soda scan -d warehouse -c configuration.yml checks/customers.yml
[10:15:02] Soda Library 1.4.8
[10:15:02] Scan summary:
[10:15:03] 2/4 checks FAILED:
[10:15:03]     customers in warehouse
[10:15:03]       invalid_count(country_code) = 0 [FAILED]
[10:15:03]         check_value: 2
[10:15:03]       duplicate_count(phone) = 0 [FAILED]
[10:15:03]         check_value: 1
[10:15:03] Failed rows samples:
  invalid_count(country_code):
    | customer_id | full_name          | email                        | country_code |
    | 40117       | Halvard Sæther     | halvard.saether@online.no    | NOR          |
    | 40233       | Ingunn Bakkevold   | ingunn.bakkevold@gmail.com   | Norway       |
  duplicate_count(phone):
    | phone          | frequency |
    | +47 412 88 307 | 2         |
[10:15:04] Oops! 2 failures. 0 warnings. 0 errors. 2 pass.`,
    expected: [
      ['PERSON', 'Halvard Sæther'],
      ['EMAIL', 'halvard.saether@online.no'],
      ['PERSON', 'Ingunn Bakkevold'],
      ['EMAIL', 'ingunn.bakkevold@gmail.com'],
      ['PHONE', '+47 412 88 307'],
    ],
  },
  {
    name: 'Monte Carlo Slack alert quoting sample rows with recent birth dates',
    text: `:rotating_light: Monte Carlo · Field Health anomaly · analytics.core.dim_customers
Field: date_of_birth · 212 rows imply an age under 16 at signup (last 6h), up from 0.
Sample rows from the incident's reproduction query:
| customer_id | full_name         | date_of_birth | signup_ts           |
| 10048213    | Wojciech Zalewski | 2011-05-19    | 2024-03-12 10:01:44 |
| 10048214    | Chiamaka Eze      | 2012-11-02    | 2024-03-12 10:02:09 |
Owner: @data-platform · Assignee: Hamid Rezaei-Tehrani · Incident 4f8c2e9a-1b7d-4f6e-8c5a-8b2d9f1e7c3a · Detected 2024-03-12 10:15 UTC`,
    expected: [
      ['PERSON', 'Wojciech Zalewski'],
      ['DATE_OF_BIRTH', '2011-05-19'],
      ['PERSON', 'Chiamaka Eze'],
      ['DATE_OF_BIRTH', '2012-11-02'],
      ['PERSON', 'Hamid Rezaei-Tehrani'],
    ],
  },
  {
    name: 'Airbyte sync log with a rejected record and a masked source config',
    text: `2024-03-12 10:15:02 replication-orchestrator > Source config: {"host":"10.20.4.17","port":5432,"username":"airbyte_ro","password":"**********","database":"crm","ssl_mode":{"mode":"require"},"replication_method":{"method":"CDC","replication_slot":"airbyte_slot"}}
2024-03-12 10:15:04 source > INFO i.a.i.s.p.PostgresSource(main):412 Starting sync for stream public.customers
2024-03-12 10:15:09 destination > WARN i.a.i.d.s.SnowflakeSqlOperations(insertRecords):118 Failed to cast record, column email_verified: cannot cast 'yes' to BOOLEAN; record: {"id":88213,"first_name":"Mihaela","last_name":"Constantinescu","email":"mihaela.constantinescu@yahoo.ro","phone":"+40 721 448 190","birth_date":"1989-02-13","email_verified":"yes","created_at":"2024-03-12T09:58:41Z"}
2024-03-12 10:15:31 replication-orchestrator > Records read: 48213 (41 MB), records committed: 48212, bytes emitted: 43019283`,
    expected: [
      ['IP_ADDRESS', '10.20.4.17'],
      ['PERSON', 'Mihaela'],
      ['PERSON', 'Constantinescu'],
      ['EMAIL', 'mihaela.constantinescu@yahoo.ro'],
      ['PHONE', '+40 721 448 190'],
      ['DATE_OF_BIRTH', '1989-02-13'],
    ],
  },
  {
    name: 'Fivetran log table with a too-long name value and a connection failure',
    text: `select time_stamp, connector_id, event, message_event, message_data from fivetran_log.log where event <> 'INFO' order by time_stamp desc limit 3;
TIME_STAMP               CONNECTOR_ID        EVENT    MESSAGE_EVENT          MESSAGE_DATA
2024-03-12 10:15:02.118  warmly_ambient      WARNING  write_to_table_warn    {"table":"contacts","column":"full_name","reason":"value too long for type character varying(40)","value":"Dr. Eleanor Whitcombe-Hayes, PhD (Head of Procurement)","primary_key":{"id":"0035g00001AbCdEAAV"}}
2024-03-12 09:40:51.402  dusky_rounded       SEVERE   sync_end               {"status":"FAILURE_WITH_TASK","reason":"Could not connect to 34.89.112.207:5432: FATAL: password authentication failed for user \\"fivetran_user\\""}
2024-03-12 09:12:44.771  warmly_ambient      WARNING  retry_api_call         {"url":"https://api.hubapi.com/crm/v3/objects/contacts?limit=100&after=51234989","status":429,"retry_after":10}`,
    expected: [
      ['PERSON', 'Eleanor Whitcombe-Hayes'],
      ['IP_ADDRESS', '34.89.112.207'],
    ],
  },
  {
    name: 'Debezium update event with before and after images and an epoch-day birth date',
    text: `{"payload":{"before":{"id":88213,"first_name":"Ioana","last_name":"Marinescu","email":"ioana.marinescu@gmail.com","phone":"+40 744 218 903","birth_date":7365,"updated_at":1710238480211000},"after":{"id":88213,"first_name":"Ioana","last_name":"Marinescu-Dobre","email":"ioana.dobre@gmail.com","phone":"+40 744 218 903","birth_date":7365,"updated_at":1710238502118000},"source":{"version":"2.5.2.Final","connector":"postgresql","name":"crm","ts_ms":1710238502118,"snapshot":"false","db":"crm","schema":"public","table":"customers","txId":48213,"lsn":2947183640},"op":"u","ts_ms":1710238502231}}`,
    // Debezium writes a DATE as days since 1970-01-01: 7365 is 1990-03-02, the birth date as it stands.
    expected: [
      ['PERSON', 'Ioana'],
      ['PERSON', 'Marinescu'],
      ['EMAIL', 'ioana.marinescu@gmail.com'],
      ['PHONE', '+40 744 218 903'],
      ['DATE_OF_BIRTH', '7365'],
      ['PERSON', 'Ioana'],
      ['PERSON', 'Marinescu-Dobre'],
      ['EMAIL', 'ioana.dobre@gmail.com'],
      ['PHONE', '+40 744 218 903'],
      ['DATE_OF_BIRTH', '7365'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'pain.002 status report rejecting direct debits: ids, codes, BICs and dates only',
    text: `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>STS-20240403-0912</MsgId><CreDtTm>2024-04-03T06:12:09</CreDtTm><InitgPty><Id><OrgId><BICOrBEI>RABONL2U</BICOrBEI></OrgId></Id></InitgPty></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>FITNESS-LS-2024-04</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId><OrgnlNbOfTxs>412</OrgnlNbOfTxs><OrgnlCtrlSum>16459.40</OrgnlCtrlSum><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
    <OrgnlPmtInfAndSts>
      <OrgnlPmtInfId>LS-2024-04-RCUR</OrgnlPmtInfId>
      <TxInfAndSts>
        <StsId>RJCT-0004471</StsId><OrgnlEndToEndId>LID-20511-2024-04</OrgnlEndToEndId><TxSts>RJCT</TxSts>
        <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Rekening opgeheven</AddtlInf></StsRsnInf>
        <OrgnlTxRef><Amt><InstdAmt Ccy="EUR">39.95</InstdAmt></Amt><ReqdColltnDt>2024-04-02</ReqdColltnDt>
          <CdtrSchmeId><Id><PrvtId><Othr><Id>NL62ZZZ581273640000</Id></Othr></PrvtId></Id></CdtrSchmeId>
          <MndtRltdInf><MndtId>VK-MDT-020511</MndtId><DtOfSgntr>2021-11-30</DtOfSgntr></MndtRltdInf>
          <DbtrAgt><FinInstnId><BIC>INGBNL2A</BIC></FinInstnId></DbtrAgt></OrgnlTxRef>
      </TxInfAndSts>
      <TxInfAndSts>
        <StsId>RJCT-0004472</StsId><OrgnlEndToEndId>LID-20617-2024-04</OrgnlEndToEndId><TxSts>RJCT</TxSts>
        <StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf>
        <OrgnlTxRef><Amt><InstdAmt Ccy="EUR">39.95</InstdAmt></Amt><ReqdColltnDt>2024-04-02</ReqdColltnDt>
          <MndtRltdInf><MndtId>VK-MDT-020617</MndtId><DtOfSgntr>2023-08-19</DtOfSgntr></MndtRltdInf>
          <DbtrAgt><FinInstnId><BIC>ABNANL2A</BIC></FinInstnId></DbtrAgt></OrgnlTxRef>
      </TxInfAndSts>
    </OrgnlPmtInfAndSts>
  </CstmrPmtStsRpt>
</Document>`,
    expected: [],
  },
  {
    name: 'treasury cheat-sheet of sort codes, routing numbers, BICs and other account identifiers',
    text: `Payment rails cheat-sheet (treasury wiki, last reviewed 2024-03-12)
UK  Barclays ops: sort code 20-32-06, account 73019284; BACS SUN 471928; FPS ref FP24031210150211
US  Chase operating: ABA 021000021 (ACH and wire), account 000471928365; Fedwire IMAD 20240312QMGFT015000471
MX  CLABE 032180000118359719 (BBVA México)
AU  BSB 062-000, account 1047 1928
IN  IFSC HDFC0001234, a/c 50100471928365
CA  transit 00012, institution 004, account 4719283
SWIFT: CHASUS33, BARCGB22, DEUTDEFFXXX, BNPAFRPPXXX, UBSWCHZH80A
SEPA creditor ids: DE72ZZZ0000481927, FR37ZZZ471928; mandate refs VK-MDT-020418, M-0471928`,
    expected: [],
  },
  {
    name: 'Stripe test-mode trigger with a placeholder customer and test payment method',
    text: `$ stripe trigger payment_intent.succeeded
Setting up fixture for: payment_intent
Running fixture for: payment_intent
Trigger succeeded! Check dashboard for event details.
$ stripe events retrieve evt_3OuT7nKx2Qm4Lr9W0aBcDeFg | jq '.data.object | {id, livemode, amount, receipt_email, payment_method, shipping, latest_charge}'
{
  "id": "pi_3OuT7nKx2Qm4Lr9W0pQrStUv",
  "livemode": false,
  "amount": 2000,
  "receipt_email": "test@example.com",
  "payment_method": "pm_card_visa",
  "shipping": {"name": "Test Customer", "address": {"line1": "510 Townsend St", "city": "San Francisco", "postal_code": "94103", "country": "US"}, "phone": null},
  "latest_charge": "ch_3OuT7nKx2Qm4Lr9W0xYzAbCd"
}`,
    expected: [],
  },
  {
    name: 'Meta Conversions API payload with SHA-256 hashed user data',
    text: `POST https://graph.facebook.com/v19.0/918273645019283/events
{"data":[{"event_name":"Purchase","event_time":1710238502,"event_id":"ord_88213","action_source":"website","event_source_url":"https://shop.kestrel.io/checkout/thank-you","user_data":{"em":["6581cfb1363e55e34ddbbd6c0d2327997905bf06fc95e836094ce0965c5fbca0"],"ph":["3aea77be757bb528665c663418f9db12d833ae0df2f5e6f63ab0fbf43b684ecd"],"fn":["0fd685b4f9210dc381240c7ff26f3e4298f38504753c0b7bb0200560f1cd820d"],"ln":["2b92ed70f42a303622bed22d4168bd01914217dd076d8b59791d61fd1a554b54"],"db":["3d9bff4066eb42cbd68e8379c4d6c2b9aae301a5885ca8ce09578bbd7d01ddad"],"external_id":["58726b3a631682eee16ecd10b3e71d04dc269816b62699dfa8c98e77dfa8b5ce"],"fbp":"fb.1.1710238480211.1843928476","fbc":"fb.1.1710238470118.IwAR2xK9pQ7mLr4Tz"},"custom_data":{"currency":"EUR","value":129.99,"order_id":"KST-88213","num_items":2}}],"test_event_code":"TEST48213"}`,
    // Normalised, hashed values are what the platform takes instead of the values themselves.
    expected: [],
  },
  {
    name: 'daily settlement summary with masked PANs, BINs and Luhn-valid ARNs',
    text: `KESTRELPAY ACQUIRING — DAILY SETTLEMENT SUMMARY       Merchant 000471928365  MCC 5712
Settlement date 2024-03-12   Batch 0312-01   Terminal 61234567
Brand       Count    Gross EUR   Interchange   Scheme fee     Net EUR
VISA          212    18,412.50        -36.83        -9.21   18,366.46
MC            148    12,907.10        -25.81        -6.45   12,874.84
Chargebacks:
  CB-2024-0318-4471  ARN 74987504056102839471265  card 491761******8718  reason 10.4  EUR -1,249.00
  CB-2024-0319-0112  ARN 24431054068001247183059  card 545762******4127  reason 13.1  EUR -89.90
BIN summary: 476173 (DE, debit) 61 txns; 512783 (NL, credit) 40 txns; 448530 (AT, credit) 12 txns
Payout to the merchant account on 2024-03-14, reference PAYOUT-0312-01.`,
    expected: [],
  },
  {
    name: 'company invoice footer with structured payment references that carry check digits',
    text: `Lasku / Invoice 2024-0187 — Kestrel Analytics Oy, Y-tunnus 2840191-3, ALV FI28401913
Eräpäivä / Due 2024-04-11 · Summa / Total 1 390,80 EUR · Palvelukausi 2024-02-01 – 2024-02-29
Viitenumero 20240318004473 · RF-viite RF90 2024 0318 0044 71
Belgian customers: gestructureerde mededeling +++090/3180/04446+++
Swiss customers: QR-Referenz 00 00000 00000 20240 31800 44717
Norwegian customers: KID 471928365017
Payable through the customer portal; bank details on request.`,
    // An RF creditor reference uses the IBAN check-digit scheme (mod 97) but is a payment reference.
    expected: [],
  },
  {
    name: 'Great Expectations failures over currencies, order dates and SKUs',
    text: `{"success": false, "statistics": {"evaluated_expectations": 3, "successful_expectations": 1, "unsuccessful_expectations": 2, "success_percent": 33.33},
 "results": [
  {"expectation_config": {"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "currency", "value_set": ["EUR", "GBP", "CHF", "USD"]}},
   "result": {"element_count": 48213, "unexpected_count": 14, "partial_unexpected_list": ["euro", "EUR ", "GPB", "usd"], "partial_unexpected_counts": [{"value": "euro", "count": 9}, {"value": "usd", "count": 3}]}, "success": false},
  {"expectation_config": {"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "order_date", "min_value": "2020-01-01", "max_value": "2024-03-12"}},
   "result": {"unexpected_count": 3, "partial_unexpected_list": ["2024-03-31", "2025-01-15", "1970-01-01"], "partial_unexpected_index_list": [88213, 88214, 90211]}, "success": false},
  {"expectation_config": {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "sku", "regex": "^KST-[0-9]{4}-[A-Z]{3}$", "mostly": 0.99}},
   "result": {"unexpected_count": 2, "partial_unexpected_list": ["KST-4471-blk", "KST4471BLK"]}, "success": true}
 ],
 "meta": {"run_id": {"run_name": "nightly-2024-03-12", "run_time": "2024-03-12T02:00:04.118923+00:00"}, "batch_spec": {"table_name": "fct_orders"}, "great_expectations_version": "0.18.8"}}`,
    expected: [],
  },
  {
    name: 'HubSpot deal and company objects named after people',
    text: `{"id":"15829374610","properties":{"amount":"48000","closedate":"2024-06-28T00:00:00Z","createdate":"2024-02-01T09:12:44.118Z","dealname":"Hargreaves Lansdown – Analytics renewal FY25","dealstage":"contractsent","pipeline":"default","hs_object_id":"15829374610","hubspot_owner_id":"412903877","hs_forecast_probability":"0.75"},"associations":{"companies":{"results":[{"id":"9182736450","type":"deal_to_company"}]}}}
{"id":"9182736450","properties":{"name":"Hargreaves Lansdown plc","domain":"hl.co.uk","industry":"FINANCIAL_SERVICES","numberofemployees":"2100","city":"Bristol","founded_year":"1981","annualrevenue":"735000000","hs_object_id":"9182736450"}}
{"id":"9182736451","properties":{"name":"Wallace & Gromit Ltd","domain":"wallaceandgromit.com","city":"Bristol","founded_year":"1989","lifecyclestage":"lead"}}`,
    expected: [],
  },
  {
    name: 'Segment identify from a staging QA script with example.com traits and loopback',
    text: `analytics.identify('test-user-0312', {
  email: 'qa+signup-0312@example.com',
  name: 'QA Signup Bot',
  plan: 'trial',
  createdAt: '2024-03-12T10:15:02Z',
});
// Segment debugger, source "web-staging":
{"type":"identify","userId":"test-user-0312","anonymousId":"4d1f2e3a-5b6c-4d7e-8f9a-0b1c2d3e4f5a","traits":{"email":"qa+signup-0312@example.com","name":"QA Signup Bot","plan":"trial"},"context":{"ip":"127.0.0.1","library":{"name":"analytics.js","version":"2.11.1"}},"messageId":"ajs-1710238502118-8e9f0a1b2c3d","sentAt":"2024-03-12T10:15:02.121Z"}`,
    expected: [],
  },
  {
    name: 'GA4 BigQuery purchase row with pseudonymous ids, a gclid and a Luhn-valid timestamp',
    text: `[{"event_date":"20240312","event_timestamp":"1710238502118925","event_name":"purchase","user_pseudo_id":"1843928476.1710238480","stream_id":"4719283650","ga_session_id":"1710238480","ecommerce":{"transaction_id":"KST-88213","purchase_revenue":"129.99","total_item_quantity":"2"},"traffic_source":{"source":"google","medium":"cpc","name":"spring_sale"},"collected_traffic_source":{"gclid":"Cj0KCQjwz7uwBhD4ARIsAH4t_xK9pQ7mLr4TzWc2vB8nY1dH3JfG6sAe0uVi5oBnTq2Lm8_EALw_wcB"},"geo":{"country":"Croatia","city":"Zagreb"},"device":{"category":"mobile","mobile_brand_name":"Apple","operating_system_version":"iOS 17.3.1"}}]`,
    expected: [],
  },
];

describeHoldout('privacy detectors on an eighth hand-written hold-out', cases);
