import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-second hand-written hold-out: bookings, orders and operations records as staff and
 * analysts paste them into an AI assistant. Hotels (an Opera arrivals report, an Austrian guest
 * folio, an OTA_HotelResNotifRQ from a channel manager, a Spanish parte de viajeros, a group rooming
 * list in an e-mail); airlines (a Sabre PNR, an Amadeus PNR with IATA-encoded CTCE and CTCM
 * contacts, DOCS, DOCA and CHLD, a gate log of BCBP boarding-pass barcodes, an EDIFACT PAXLST APIS
 * message, an irregular-operations e-mail, a private-jet eAPIS manifest); a car rental agreement;
 * events (a Luma guest export, a Cvent registration report with badge names); restaurants (an
 * OpenTable shift sheet, a Resy e-mail thread); e-commerce (a Shopify orders export with its
 * continuation rows, a WooCommerce REST order with the API call, a Magento order view with a SEPA
 * mandate, an Amazon buyer-seller message, a returns e-mail); shipping (a DHL ZPL label, a Royal
 * Mail Click & Drop export, a PostNL manifest, a UPS delivery notification); delivery and rides (a
 * DoorDash support chat, an Uber Eats kitchen ticket, an Uber receipt); a rental application and
 * showing feedback; a dealership deal recap; a gym export; a clinic day sheet; a PowerSchool roster
 * with guardians; donor CRM exports (Raiser's Edge, Bloomerang); an Irish parish roster and a
 * TeamSnap roster; telecom call detail records and a SIM registration; utility account notes; a
 * parking penalty charge notice with its appeal, a tolls-by-mail notice; a justice-court calendar;
 * and fleet telematics from an API. Names come from many cultures, in capitals and surname-first
 * forms of travel (SURNAME/GIVEN, "Last, First"). Hard negatives of the same shapes: booking
 * references and PNR locators, ticket, flight, seat, room, folio, order, RMA, tracking and waybill
 * numbers, SKUs and ASINs, loyalty numbers, passport, licence, Medicare, PhilSys and document
 * numbers, ITINs in the 9xx range, IMSIs and a Luhn-valid IMEI, licence plates and VINs, amounts,
 * arrival, departure, travel, visit, appointment, issue and expiry dates, ages, agent sign codes and
 * user ids, airport codes, masked cards and SSNs, placeholders (Test Guest, John Doe, Juan dela
 * Cruz), and hotels, restaurants, bridges, streets, schools, funds and companies named after
 * people. Each case lists every value it expects found, with its type; anything else flagged is a
 * false positive. A title (Mr, MRS, MSTR, Sra., Hon.) is no part of a name's span; one "Last, First"
 * field, one PNR or BCBP name element (SURNAME/GIVEN) and one EDIFACT name composite (SURNAME:GIVEN)
 * is one span, while names kept apart by columns or XML elements are separate spans. A lone given
 * or family name, or an initial form, counts only when the same person is named in full elsewhere in
 * the text; a labelled name field's value counts even in initial form. Dates of birth count only
 * where labelled or described as such (DOB, CHD, DOCS and CHLD elements, DTM+329 as the text
 * explains, "Fecha de nacimiento", "verified by DOB"). Values are fake: Luhn-valid made-up cards,
 * IBANs with valid mod-97 check digits, SSNs in valid areas, made-up names, numbers and keys.
 */
const k = joinParts;
const wooKey = k('ck_4f1a9c2e7b30d8', '5a6e21f4c9b07d3e8a12f6c4b9');
const wooSecret = k('cs_8d2b7e19a4c60f', '3b5e92d1a7c48f06e3b1d9a2c7');
const samsaraToken = k('samsara_api_', 'Xq4T9vLm2PzR7wKc8NbY3dHf6JsG1aE');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- hotels
  {
    name: 'Opera PMS "Arrivals Detailed" fixed-width report: "Last, First Title" names, a guest surnamed Marriott, a PA in comments, a hotel named after people',
    text: `ARRIVALS DETAILED                       THE LANGLEY RITZ-CARLTON RESIDENCES                      Page 1 of 1
Property: LRCR     Business Date: 18-MAR-24     Printed: 18-MAR-24 06:12 by MHARTMANN
--------------------------------------------------------------------------------------------------------------
Conf#     Name                            Room Type Arrival   Departure Nts A C Rate  Mkt VIP ETA   Block
--------------------------------------------------------------------------------------------------------------
48213307  Okonkwo-Bell, Chidinma Mrs      1412 DKNG 18-MAR-24 21-MAR-24   3 2 0 BAR1  TRN V2  15:30
48213322  Haddad, Karim Mr                0907 SKNG 18-MAR-24 19-MAR-24   1 1 0 CORPA COR     22:00
48213340  Lindqvist, Sofia Ms             1120 DQQN 18-MAR-24 23-MAR-24   5 2 1 PKGBF LEI V1
48213351  Marriott, Ethan Mr              0615 SKNG 18-MAR-24 20-MAR-24   2 1 0 GOVT  GOV     18:45
48213369  Tanaka, Haruto Mr               2201 PRES 18-MAR-24 25-MAR-24   7 2 0 NEG01 COR V3  09:00 MSFT24
          Comments: Airport pickup LHR T5 BA0008 arr 07:25, driver to hold sign "TANAKA". Contact PA
                    Emily Forsythe +44 20 7946 0317 for all changes. Do not disclose rate to guest.
          Specials: FB,HF,NS   Member: BONVOY 118844720 TITANIUM   Guarantee: MC XXXXXXXXXXXX5514 0926
--------------------------------------------------------------------------------------------------------------
Total Arrivals: 5     Rooms: 5     Adults: 8     Children: 1`,
    // The Ritz-Carlton is a hotel; conf numbers, rooms, dates, the flight, the Bonvoy number, the masked
    // card and the MHARTMANN user id are not ours. Marriott, Ethan is a guest; TANAKA is Haruto Tanaka.
    expected: [
      ['PERSON', 'Okonkwo-Bell, Chidinma'],
      ['PERSON', 'Haddad, Karim'],
      ['PERSON', 'Lindqvist, Sofia'],
      ['PERSON', 'Marriott, Ethan'],
      ['PERSON', 'Tanaka, Haruto'],
      ['PERSON', 'TANAKA'],
      ['PERSON', 'Emily Forsythe'],
      ['PHONE', '+44 20 7946 0317'],
    ],
  },
  {
    name: 'Austrian hotel guest folio with an Irish guest, a restaurant and a spa named after public figures, a folio number and a masked card',
    text: `                          HOTEL SACHER-WINTERFELD SALZBURG
                   Schwarzstraße 5-7 · 5020 Salzburg · Österreich
                Tel +43 662 88977-0 · UID-Nr. ATU57724471 · FN 44712 t

INFORMATIONSRECHNUNG / GUEST FOLIO                      Folio 771204 · Window 1 · Page 1

Guest:      Ms Aoife Ní Bhraonáin                        Room:       314
Address:    22 Griffith Avenue, Drumcondra               Arrival:    14.03.24
            Dublin D09 X2C4, Ireland                     Departure:  17.03.24
E-mail:     aoife.nibhraonain@eircom.net                 Conf. No.:  SW-3318827
Member:     LHW Leaders Club 00448172                    Cashier:    12 LKOFLER

Date      Text                                            Charges EUR   Credits EUR
14.03.24  Logis / Accommodation Deluxe Double                 320,00
14.03.24  Ortstaxe / City Tax 2 Pers.                           7,20
15.03.24  Restaurant "Mozart Stube" Chk 4471                   96,50
15.03.24  Logis / Accommodation Deluxe Double                 320,00
16.03.24  Minibar                                              18,40
16.03.24  Spa "Elisabeth" Massage 50'                         128,00
16.03.24  Logis / Accommodation Deluxe Double                 320,00
17.03.24  Mastercard XXXX XXXX XXXX 8830 Auth 071144                        1.210,10
                                                          ------------  ------------
          Balance                                                0,00`,
    // The hotel, Mozart Stube, Spa Elisabeth and Griffith Avenue are named after people; the UID, folio,
    // conf, member and cheque numbers, stay dates, amounts and the masked card are not ours.
    expected: [
      ['PHONE', '+43 662 88977-0'],
      ['PERSON', 'Aoife Ní Bhraonáin'],
      ['EMAIL', 'aoife.nibhraonain@eircom.net'],
    ],
  },
  {
    name: 'OTA_HotelResNotifRQ XML from a channel manager: GivenName and Surname elements, a BirthDate attribute, a guarantee card and its holder',
    text: `<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="c7f2a1e9" TimeStamp="2024-03-11T14:22:05Z" Version="1.003">
  <HotelReservations>
    <HotelReservation CreateDateTime="2024-03-11T14:21:58Z" ResStatus="Book">
      <UniqueID Type="14" ID="BDC-4471209338"/>
      <RoomStays>
        <RoomStay>
          <RoomTypes><RoomType RoomTypeCode="KSUP"/></RoomTypes>
          <RatePlans><RatePlan RatePlanCode="FLEX-BB"/></RatePlans>
          <TimeSpan Start="2024-04-19" End="2024-04-22"/>
          <Total AmountAfterTax="612.00" CurrencyCode="EUR"/>
        </RoomStay>
      </RoomStays>
      <ResGuests>
        <ResGuest ResGuestRPH="1" PrimaryIndicator="true">
          <Profiles><ProfileInfo><Profile ProfileType="1">
            <Customer Gender="Female" BirthDate="1988-09-02" Language="pt">
              <PersonName><NamePrefix>Sra.</NamePrefix><GivenName>Luana</GivenName><Surname>Albuquerque Fontes</Surname></PersonName>
              <Telephone PhoneTechType="5" PhoneNumber="+55 21 99814-3307"/>
              <Email>luana.fontes@uol.com.br</Email>
              <Address><AddressLine>Rua Barão da Torre 218, apto 501</AddressLine><CityName>Rio de Janeiro</CityName><PostalCode>22411-002</PostalCode><CountryName Code="BR"/></Address>
            </Customer>
          </Profile></ProfileInfo></Profiles>
        </ResGuest>
        <ResGuest ResGuestRPH="2">
          <Profiles><ProfileInfo><Profile ProfileType="1"><Customer><PersonName><GivenName>Tiago</GivenName><Surname>Fontes</Surname></PersonName></Customer></Profile></ProfileInfo></Profiles>
        </ResGuest>
      </ResGuests>
      <ResGlobalInfo>
        <Guarantee><GuaranteesAccepted><GuaranteeAccepted>
          <PaymentCard CardCode="VI" CardNumber="4929 3811 0472 6611" ExpireDate="0927"><CardHolderName>LUANA A FONTES</CardHolderName></PaymentCard>
        </GuaranteeAccepted></GuaranteesAccepted></Guarantee>
        <Comments><Comment><Text>Aniversário de casamento — please arrange flowers. Arriving by car, plate RJO4D71.</Text></Comment></Comments>
        <HotelReservationIDs><HotelReservationID ResID_Type="14" ResID_Value="4471209338"/></HotelReservationIDs>
      </ResGlobalInfo>
    </HotelReservation>
  </HotelReservations>
</OTA_HotelResNotifRQ>`,
    // GivenName and Surname are separate elements, so separate spans; the stay dates, the reservation ids,
    // the echo token, the postcode and the plate are not ours.
    expected: [
      ['DATE_OF_BIRTH', '1988-09-02'],
      ['PERSON', 'Luana'],
      ['PERSON', 'Albuquerque Fontes'],
      ['PHONE', '+55 21 99814-3307'],
      ['EMAIL', 'luana.fontes@uol.com.br'],
      ['PERSON', 'Tiago'],
      ['PERSON', 'Fontes'],
      ['CREDIT_CARD', '4929 3811 0472 6611'],
      ['PERSON', 'LUANA A FONTES'],
    ],
  },
  {
    name: 'Spanish "parte de entrada de viajeros" for SES.Hospedajes: Apellidos and Nombre fields, fecha de nacimiento, fecha de expedición, a hostal named after a painter',
    text: `PARTE DE ENTRADA DE VIAJEROS — SES.HOSPEDAJES                      Nº parte: 2024/000771
Establecimiento: HOSTAL CASA GOYA · C/ de Goya 47, 2º · 28001 Madrid · Tel. 914 47 12 09
Fecha de entrada: 15/03/2024      Fecha de salida prevista: 18/03/2024      Habitación: 6

VIAJERO 1
Apellidos: MÜLLER-ADEBAYO
Nombre: Johanna
Sexo: F            Nacionalidad: ALEMANIA
Tipo de documento: Pasaporte      Nº documento: C4F71R2X9      Fecha de expedición: 02/06/2019
Fecha de nacimiento: 23/11/1990
Domicilio: Friedrich-Ebert-Str. 12, 10117 Berlin
Teléfono: +49 151 2447 1093       Correo: j.mueller.adebayo@posteo.de

VIAJERO 2
Apellidos: ADEBAYO
Nombre: Tunde Oluwaseyi
Sexo: M            Nacionalidad: NIGERIA
Tipo de documento: Pasaporte      Nº documento: B50447120      Fecha de expedición: 11/01/2021
Fecha de nacimiento: 04/07/1987
Parentesco con viajero 1: Cónyuge

Pago: Tarjeta VISA ****3302       Firma del viajero: ____________`,
    // Goya is a painter (hostal and street); Friedrich-Ebert-Str. is a street. Passport numbers, issue,
    // entry and exit dates and the masked card are not ours. Apellidos and Nombre are separate fields.
    expected: [
      ['PHONE', '914 47 12 09'],
      ['PERSON', 'MÜLLER-ADEBAYO'],
      ['PERSON', 'Johanna'],
      ['DATE_OF_BIRTH', '23/11/1990'],
      ['PHONE', '+49 151 2447 1093'],
      ['EMAIL', 'j.mueller.adebayo@posteo.de'],
      ['PERSON', 'ADEBAYO'],
      ['PERSON', 'Tunde Oluwaseyi'],
      ['DATE_OF_BIRTH', '04/07/1987'],
    ],
  },
  {
    name: 'group rooming list in an e-mail to a hotel: Last Name and First Name columns, "Share With" cells, family names in the prose, hotels named after founders',
    text: `From: Priyanka Deshmukh <priyanka.deshmukh@apexmeetings.co>
To: groups.austin@hyattregency-austin.com
Subject: RE: Rooming list v3 — Solvane Pharma NSM 2024 (block code SOLV0408)

Hi Marcus, final rooming list below — please load by Friday. Two changes vs v2: Gutierrez is now sharing with Oyelowo, and Fitzgerald has cancelled (release the room to the block).

#  Last Name     First Name  Share With             Type  Arrive  Depart  Nts  Billing  Notes
1  Gutiérrez     Alejandro   Oyelowo, Babatunde     DD    04/08   04/11   3    Master
2  Oyelowo       Babatunde   Gutiérrez, Alejandro   DD    04/08   04/11   3    Master
3  Søndergaard   Mette       —                      K     04/07   04/11   4    Master   Early arrival, ADA room
4  Al-Khatib     Rania       —                      K     04/08   04/10   2    Indiv    Own card at check-in
5  Nakashima     Ren         —                      K     04/08   04/11   3    Master   Speaker; VIP amenity
6  Lefebvre      Céline      Wójcik, Magdalena      DD    04/09   04/11   2    Master
7  Wójcik        Magdalena   Lefebvre, Céline       DD    04/09   04/11   2    Master

Overflow is held at the Hilton Garden Inn Austin Downtown (code SOLV), 500 N Interstate 35.

Thanks,
Priyanka Deshmukh | Apex Meetings | +1 512 555 0139`,
    // Hyatt and Hilton are hotel brands; Marcus and Fitzgerald are never named in full. Gutierrez and
    // Oyelowo are the listed guests. Block codes, room types and stay dates are not ours.
    expected: [
      ['PERSON', 'Priyanka Deshmukh'],
      ['EMAIL', 'priyanka.deshmukh@apexmeetings.co'],
      ['EMAIL', 'groups.austin@hyattregency-austin.com'],
      ['PERSON', 'Gutierrez'],
      ['PERSON', 'Oyelowo'],
      ['PERSON', 'Gutiérrez'],
      ['PERSON', 'Alejandro'],
      ['PERSON', 'Oyelowo, Babatunde'],
      ['PERSON', 'Oyelowo'],
      ['PERSON', 'Babatunde'],
      ['PERSON', 'Gutiérrez, Alejandro'],
      ['PERSON', 'Søndergaard'],
      ['PERSON', 'Mette'],
      ['PERSON', 'Al-Khatib'],
      ['PERSON', 'Rania'],
      ['PERSON', 'Nakashima'],
      ['PERSON', 'Ren'],
      ['PERSON', 'Lefebvre'],
      ['PERSON', 'Céline'],
      ['PERSON', 'Wójcik, Magdalena'],
      ['PERSON', 'Wójcik'],
      ['PERSON', 'Magdalena'],
      ['PERSON', 'Lefebvre, Céline'],
      ['PERSON', 'Priyanka Deshmukh'],
      ['PHONE', '+1 512 555 0139'],
    ],
  },
  // ---------------------------------------------------------------- airlines
  {
    name: 'Sabre *A PNR display: SURNAME/GIVEN names with titles and a child code, ticketing lines with initials, PHONES with city codes, SSR DOCS and CHLD',
    text: `*A
 1.1KOWALSKI/PIOTR MR  2.1KOWALSKA/ANNA MRS  3.1KOWALSKA/ZOFIA MISS*C09
 1 LO   3Y 14APR 7 WAWORD HK3  1615  1905  /DCLO*QXRT7P /E
 2 LO   4Y 28APR 7 ORDWAW HK3  2145  1400   29APR 1 /DCLO*QXRT7P /E
TKT/TIME LIMIT
  1.TAW12MAR/
  2.TE 0802412345671-AT KOWALSKI/P WAW1S*ASK 1102/12MAR*I
  3.TE 0802412345672-AT KOWALSKA/A WAW1S*ASK 1102/12MAR*I
  4.TE 0802412345673-AT KOWALSKA/Z WAW1S*ASK 1102/12MAR*I
PHONES
  1.WAW+48 22 627 11 44-A
  2.WAW+48 601 238 417-M
PASSENGER DETAILS FIELD EXISTS - USE PD TO DISPLAY
GENERAL FACTS
  1.SSR DOCS LO HK1/P/POL/EA4471209/POL/12MAR80/M/04NOV29/KOWALSKI/PIOTR-1.1
  2.SSR DOCS LO HK1/P/POL/EA4471210/POL/30JUN83/F/04NOV29/KOWALSKA/ANNA-2.1
  3.SSR DOCS LO HK1/P/POL/EB0093318/POL/21SEP14/F/11JAN27/KOWALSKA/ZOFIA-3.1
  4.SSR CHLD LO HK1/21SEP14-3.1
  5.SSR FQTV LO HK1/LO12088471193-1.1
RECEIVED FROM - PIOTR
WAW1S.WAW1S*ASK 1102/12MAR24 QXRT7P H`,
    // The locator QXRT7P, flights, ticket numbers, passport numbers and expiries, the FQTV number, the
    // C09 age and the WAW1S*ASK agent sign are not ours. KOWALSKI/P and PIOTR are the named Piotr.
    expected: [
      ['PERSON', 'KOWALSKI/PIOTR'],
      ['PERSON', 'KOWALSKA/ANNA'],
      ['PERSON', 'KOWALSKA/ZOFIA'],
      ['PERSON', 'KOWALSKI/P'],
      ['PERSON', 'KOWALSKA/A'],
      ['PERSON', 'KOWALSKA/Z'],
      ['PHONE', '+48 22 627 11 44'],
      ['PHONE', '+48 601 238 417'],
      ['DATE_OF_BIRTH', '12MAR80'],
      ['PERSON', 'KOWALSKI/PIOTR'],
      ['DATE_OF_BIRTH', '30JUN83'],
      ['PERSON', 'KOWALSKA/ANNA'],
      ['DATE_OF_BIRTH', '21SEP14'],
      ['PERSON', 'KOWALSKA/ZOFIA'],
      ['DATE_OF_BIRTH', '21SEP14'],
      ['PERSON', 'PIOTR'],
    ],
  },
  {
    name: 'Amadeus PNR for a US trip with APIS: IATA-encoded CTCE e-mail (// for @, .. for _), CTCM mobile without +, DOCS, DOCA and an OSI',
    text: `RP/FRAL12345/FRAL12345            AA/SU   8MAR24/1530Z   5TZQ8M
FRAL12345/0044AA/8MAR24
  1.SCHNEIDER-YILDIZ/DENIZ MR   2.SCHNEIDER-YILDIZ/LEA MRS
  3.SCHNEIDER-YILDIZ/EMIL MSTR(CHD/02FEB19)
  4  UA 932 K 10APR 3 FRAIAD HK3  1040 1340  10APR  E  UA/NQ4J7K
  5  UA 933 K 24APR 3 IADFRA HK3  1745 0805  25APR  E  UA/NQ4J7K
  6 AP FRA 069 4711 2200 - REISEBUERO BERGMANN - A
  7 SSR CTCE UA HK1 DENIZ.SCHNEIDER..YILDIZ//GMX.DE/P1
  8 SSR CTCM UA HK1 4917623381104/P1
  9 SSR DOCS UA HK1 P/DEU/C01X4471R/DEU/17NOV85/M/09MAR31/SCHNEIDER-YILDIZ/DENIZ/P1
 10 SSR DOCS UA HK1 P/DEU/C01X4472R/TUR/05AUG87/F/22JUL30/SCHNEIDER-YILDIZ/LEA/P2
 11 SSR DOCS UA HK1 P/DEU/C01X4473R/DEU/02FEB19/M/15JAN29/SCHNEIDER-YILDIZ/EMIL/P3
 12 SSR DOCA UA HK1 D/USA/1401 PENNSYLVANIA AVE NW/WASHINGTON/DC/20004/P1-3
 13 SSR CHLD UA HK1 02FEB19/P3
 14 OSI UA CTCM 4917623381104 DENIZ
 15 TK OK08MAR/FRAL12345
 16 FA PAX 016-2412003841/ETUA/EUR2844.20/08MAR24/FRAL12345/23491002/S4-5/P1
 17 FP CCAXXXXXXXXXXX1009/1127/EUR8532.60/P1-3
 18 RM ESTA APPROVED ALL PAX - CHECKED BY M.BAUER 08MAR`,
    // The CTCE element is the e-mail deniz.schneider_yildiz@gmx.de in IATA encoding. The travel agency is
    // a company; M.BAUER is never named in full. Locators, flights, ticket and passport numbers, the DOCA
    // address (a hotel), expiries and the masked card are not ours.
    expected: [
      ['PERSON', 'SCHNEIDER-YILDIZ/DENIZ'],
      ['PERSON', 'SCHNEIDER-YILDIZ/LEA'],
      ['PERSON', 'SCHNEIDER-YILDIZ/EMIL'],
      ['DATE_OF_BIRTH', '02FEB19'],
      ['PHONE', '069 4711 2200'],
      ['EMAIL', 'DENIZ.SCHNEIDER..YILDIZ//GMX.DE'],
      ['PHONE', '4917623381104'],
      ['DATE_OF_BIRTH', '17NOV85'],
      ['PERSON', 'SCHNEIDER-YILDIZ/DENIZ'],
      ['DATE_OF_BIRTH', '05AUG87'],
      ['PERSON', 'SCHNEIDER-YILDIZ/LEA'],
      ['DATE_OF_BIRTH', '02FEB19'],
      ['PERSON', 'SCHNEIDER-YILDIZ/EMIL'],
      ['DATE_OF_BIRTH', '02FEB19'],
      ['PHONE', '4917623381104'],
      ['PERSON', 'DENIZ'],
    ],
  },
  {
    name: 'gate boarding log of raw BCBP barcode strings (M1SURNAME/GIVEN padded to 20 characters, some glued to the E indicator) with a gate agent',
    text: `BGS LOS GATE B32 — BOARDING LOG — BA0076 LOS-LHR 18MAR (JD 078) — exported 06:58
06:41:12 OK   M1OYELARAN/TEMITOPE MSEQ7K2LL LOSLHRBA 0076 078Y023A0117 100
06:41:30 OK   M1NGUYEN/THI BICH NGOCEZX4P1A LOSLHRBA 0076 078Y031F0118 100
06:41:51 REJ  M1VAN DER MERWE/PIETEREJW8M2T LOSLHRBA 0076 078J002C0002 100  SEQ ALREADY BOARDED
06:42:07 OK   M1ABDULLAHI/MUSA MR   EKT44RB LOSLHRBA 0076 078Y040K0119 100
06:42:20 MAN  seat 002C reissued to VAN DER MERWE after document check (AGT 4471 / O.ADEYEMI)
SUMMARY  OK 3  REJ 1  MAN 1  — gate agent on duty: Olamide Adeyemi`,
    // The name field is the first 20 characters after M1, titles (MS, MR) excluded; PNR codes, airports,
    // flight, Julian date, class, seats and sequence numbers are not ours.
    expected: [
      ['PERSON', 'OYELARAN/TEMITOPE'],
      ['PERSON', 'NGUYEN/THI BICH NGOC'],
      ['PERSON', 'VAN DER MERWE/PIETER'],
      ['PERSON', 'ABDULLAHI/MUSA'],
      ['PERSON', 'VAN DER MERWE'],
      ['PERSON', 'O.ADEYEMI'],
      ['PERSON', 'Olamide Adeyemi'],
    ],
  },
  {
    name: 'EDIFACT PAXLST APIS message pasted with a question that explains DTM+329 is the date of birth; NAD+FL surname:given composites; streets named after people',
    text: `CBP keeps rejecting our APIS for TK33 IST-IAH with "document expiration required" on passenger 2. In PAXLST, DTM+329 is the passenger's date of birth and DTM+36 the passport expiry, so I think pax 2 is missing its DTM+36 — can you confirm? Message:

UNA:+.? '
UNB+UNOA:4+TKOPS:ZZ+USCSAPIS:ZZ+240318:0712+000004471++APIS'
UNG+PAXLST+TURKISH AIRLINES+USCSAPIS+240318:0712+4471+UN+D:05B'
UNH+PAX001+PAXLST:D:05B:UN:IATA+TK33240318+01:F'
BGM+745'
NAD+MS+++OPS CONTROL IST'
COM+90 212 463 6363:TE'
TDT+20+TK33+++TK'
LOC+125+IST'
DTM+189:2403181305'
LOC+87+IAH'
DTM+232:2403181830'
NAD+FL+++AKSOY:ELIF NUR+ATATURK BULVARI 112:KIZILAY+ANKARA++06420+TUR'
ATT+2++F'
DTM+329:910714'
LOC+178+IST'
LOC+179+IAH'
NAT+2+TUR'
RFF+AVF:ZK4N2P'
DOC+P:110:111+U44712093'
DTM+36:310522'
LOC+91+TUR'
NAD+FL+++GARCIA LOPEZ:MARIA DEL CARMEN+CALLE DE VELAZQUEZ 41:4B+MADRID++28001+ESP'
ATT+2++F'
DTM+329:780302'
LOC+178+IST'
LOC+179+IAH'
NAT+2+ESP'
RFF+AVF:ZK4N2P'
DOC+P:110:111+PAK447120'
LOC+91+ESP'
CNT+42:2'
UNT+29+PAX001'
UNE+1+4471'
UNZ+1+000004471'`,
    // DTM+189/232 are departure and arrival times and DTM+36 an expiry; passport numbers, the booking
    // reference, interchange numbers and the streets named after Atatürk and Velázquez are not ours.
    expected: [
      ['PHONE', '90 212 463 6363'],
      ['PERSON', 'AKSOY:ELIF NUR'],
      ['DATE_OF_BIRTH', '910714'],
      ['PERSON', 'GARCIA LOPEZ:MARIA DEL CARMEN'],
      ['DATE_OF_BIRTH', '780302'],
    ],
  },
  {
    name: 'airline cancellation e-mail forwarded to a partner: a hyphenated surname stripped in the PNR name, ticket and frequent-flyer numbers shaped like phones',
    text: `Oskar, see below — they moved us to the evening flight. I'll ring them from +358 40 772 4471 if the seats are still split.

---------- Forwarded message ---------
From: Finnair <no-reply@finnair.com>
Date: Wed, 20 Mar 2024 at 04:12
Subject: Important: your flight AY1332 on 22 March has been cancelled — new itinerary
To: <chioma.abara.lindgren@gmail.com>

Dear Ms Abara-Lindgren,

We are sorry: flight AY1332 Helsinki–Stockholm on 22 March 2024 has been cancelled for operational reasons. We have rebooked you as follows.

Booking reference: 7HQ2LX

Passenger                    Ticket number     Finnair Plus
ABARALINDGREN/CHIOMA MS      105 2412047731    AY 617 447 120 (Gold)
LINDGREN/OSKAR MR            105 2412047732    —

New flight   Date     From → To            Dep    Arr    Class  Seats
AY1336       22 Mar   HEL T2 → ARN T5      17:35  17:35  Y      14C / 14D

Your original seats 3A/3B could not be transferred. If the new itinerary does not suit you, you can request a refund at finnair.com/manage within 14 days. Compensation under Regulation (EC) 261/2004 may apply.

Kind regards,
Finnair Customer Care`,
    // Oskar is LINDGREN/OSKAR; Abara-Lindgren is Chioma. The booking reference, flights, ticket and
    // Finnair Plus numbers, seats, dates and the regulation number are not ours.
    expected: [
      ['PERSON', 'Oskar'],
      ['PHONE', '+358 40 772 4471'],
      ['EMAIL', 'no-reply@finnair.com'],
      ['EMAIL', 'chioma.abara.lindgren@gmail.com'],
      ['PERSON', 'Abara-Lindgren'],
      ['PERSON', 'ABARALINDGREN/CHIOMA'],
      ['PERSON', 'LINDGREN/OSKAR'],
    ],
  },
  {
    name: 'private-jet eAPIS manifest CSV: crew and passengers with Last, First and Middle columns, a DOB column next to a document expiry column',
    text: `eAPIS manifest — N417KA Gulfstream G280 — KTEB → MYNN — ETD 2024-03-22 14:00Z — filed by Ravi Chandrasekhar (ops, +1 201 555 0188)
Type,Last Name,First Name,Middle Name,Gender,DOB,Citizenship,Residence,Doc Type,Doc No,Doc Country,Doc Expiry,Role
CR,HOLLISTER,GRANT,WESLEY,M,1971-02-08,USA,USA,P,A04471209,USA,2031-06-30,PIC
CR,ABOUD,NADIA,,F,1984-10-19,USA,USA,P,A05518830,USA,2029-11-14,SIC
PX,VANTERPOOL,ISAAC,ALDRIC,M,1963-07-27,VGB,BHS,P,B0193477,GBR,2030-02-01,PAX
PX,VANTERPOOL,CELESTINE,,F,1966-12-03,BHS,BHS,P,BH771204,BHS,2028-09-09,PAX
PX,SATO,MIKU,,F,2012-04-15,JPN,USA,P,TR4471209,JPN,2027-04-14,PAX`,
    // The tail number, airports, document numbers, expiries and the departure time are not ours.
    expected: [
      ['PERSON', 'Ravi Chandrasekhar'],
      ['PHONE', '+1 201 555 0188'],
      ['PERSON', 'HOLLISTER'],
      ['PERSON', 'GRANT'],
      ['PERSON', 'WESLEY'],
      ['DATE_OF_BIRTH', '1971-02-08'],
      ['PERSON', 'ABOUD'],
      ['PERSON', 'NADIA'],
      ['DATE_OF_BIRTH', '1984-10-19'],
      ['PERSON', 'VANTERPOOL'],
      ['PERSON', 'ISAAC'],
      ['PERSON', 'ALDRIC'],
      ['DATE_OF_BIRTH', '1963-07-27'],
      ['PERSON', 'VANTERPOOL'],
      ['PERSON', 'CELESTINE'],
      ['DATE_OF_BIRTH', '1966-12-03'],
      ['PERSON', 'SATO'],
      ['PERSON', 'MIKU'],
      ['DATE_OF_BIRTH', '2012-04-15'],
    ],
  },
  {
    name: 'car rental agreement: "LAST, FIRST M" renter and additional driver, DOB next to a licence expiry with the same day, plate, VIN and a masked card',
    text: `RENTAL AGREEMENT   RA# 883104472                   SIXT rent a car — Miami Intl Airport (MIA)
Renter:         HOLLOWAY, DESHAWN M                  Loyalty: Sixt Platinum 4471-2209
Address:        4127 NW 12th Ct, Lauderhill FL 33313
Phone:          (954) 618-2047        Email: deshawn.holloway@icloud.com
Driver Lic:     FL H400-712-85-339-0   Exp 06/14/2029   DOB 06/14/1985
Addl Driver:    HOLLOWAY, KEISHA R     Lic FL H400-421-88-602-0   DOB 11/02/1988   Fee $13.99/day
Vehicle:        2024 BMW X3 xDrive30i   Unit 74412   Plate FL QZK-T48   VIN 5UX53DP05R9T44712
Out:            03/16/2024 10:42  MIA   Fuel 8/8   Miles 12,408
Due:            03/20/2024 10:42  MIA
Charges:        4 days @ $89.99   LDW $34.99/day   SLI $17.99/day   Tax/Fees $96.14
Payment:        VISA XXXXXXXXXXXX2208   Auth 0C4471   Est. total $1,042.36
Counter agent:  Yesenia Ocasio (YOCASIO)
I have read and agree to the terms on the reverse.  Signature: ______________`,
    // Licence numbers, the licence expiry, RA, loyalty and unit numbers, plate, VIN, rental dates,
    // amounts, the masked card and the YOCASIO user id are not ours.
    expected: [
      ['PERSON', 'HOLLOWAY, DESHAWN M'],
      ['PHONE', '(954) 618-2047'],
      ['EMAIL', 'deshawn.holloway@icloud.com'],
      ['DATE_OF_BIRTH', '06/14/1985'],
      ['PERSON', 'HOLLOWAY, KEISHA R'],
      ['DATE_OF_BIRTH', '11/02/1988'],
      ['PERSON', 'Yesenia Ocasio'],
    ],
  },
  // ---------------------------------------------------------------- events
  {
    name: 'Luma guest export CSV with name, first_name and last_name columns, E.164 phones, a test guest on an example domain and LinkedIn slugs',
    text: `Luma export for our SF AI meetup (Mar 13) — who checked in, and who from the waitlist should we invite next time?

api_id,name,first_name,last_name,email,phone_number,created_at,approval_status,checked_in_at,ticket_type_name,amount,What company are you with?,LinkedIn
gst-8Kq2nW4xT1,Priya Raghunathan,Priya,Raghunathan,priya.r@hey.com,+14155550142,2024-03-01T18:22:10.512Z,approved,2024-03-14T01:07:44.000Z,General Admission,0,Vercel,https://www.linkedin.com/in/priyaraghunathan
gst-3mZ9vB7yQ4,Jonas Übelhör,Jonas,Übelhör,jonas@uebelhoer.dev,,2024-03-02T09:11:51.003Z,approved,,General Admission,0,self-employed,
gst-Lp4Xc8Rt2a,Test Guest,Test,Guest,qa+guest1@example.com,,2024-03-02T10:00:00.000Z,approved,,Host Comp,0,,
gst-9Wd1Fh6Kj3,Ngozi Ekwueme-Adebayo,Ngozi,Ekwueme-Adebayo,ngozi.ea@gmail.com,+2348031234471,2024-03-04T12:40:02.118Z,waitlist,,General Admission,0,Paystack,https://www.linkedin.com/in/ngozi-ekwueme
gst-2Hs7Gq5Vn8,Mateo Quispe Huamán,Mateo,Quispe Huamán,mquispe@pucp.edu.pe,+51 987 441 209,2024-03-05T20:03:33.420Z,approved,2024-03-14T01:22:09.000Z,Student,0,PUCP,
gst-6Tb3Pz1Mc0,Sung-min Yoon,Sung-min,Yoon,smyoon@kakao.com,+821044712093,2024-03-06T02:15:57.901Z,declined,,General Admission,0,,`,
    // Test Guest is a placeholder on an example domain; guest ids, timestamps, ticket types and the
    // LinkedIn slugs are not ours.
    expected: [
      ['PERSON', 'Priya Raghunathan'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Raghunathan'],
      ['EMAIL', 'priya.r@hey.com'],
      ['PHONE', '+14155550142'],
      ['PERSON', 'Jonas Übelhör'],
      ['PERSON', 'Jonas'],
      ['PERSON', 'Übelhör'],
      ['EMAIL', 'jonas@uebelhoer.dev'],
      ['PERSON', 'Ngozi Ekwueme-Adebayo'],
      ['PERSON', 'Ngozi'],
      ['PERSON', 'Ekwueme-Adebayo'],
      ['EMAIL', 'ngozi.ea@gmail.com'],
      ['PHONE', '+2348031234471'],
      ['PERSON', 'Mateo Quispe Huamán'],
      ['PERSON', 'Mateo'],
      ['PERSON', 'Quispe Huamán'],
      ['EMAIL', 'mquispe@pucp.edu.pe'],
      ['PHONE', '+51 987 441 209'],
      ['PERSON', 'Sung-min Yoon'],
      ['PERSON', 'Sung-min'],
      ['PERSON', 'Yoon'],
      ['EMAIL', 'smyoon@kakao.com'],
      ['PHONE', '+821044712093'],
    ],
  },
  {
    name: 'Cvent registration report pasted as TSV: "Last, First" registrants, badge nicknames, emergency contacts, hotels and a bank named after people',
    text: `Cvent — Registration Report — Northwind Partner Summit 2024 (NPS24) — run 03/15/2024 by kbaptiste
Registrant Name	Badge First Name	Company	Email	Mobile	Reg Type	Status	Hotel	Arrival	Departure	Dietary	Emergency Contact	Emergency Phone
Osei, Bartholomew	Bart	Kumasi Cloud Ltd	b.osei@kumasicloud.com.gh	+233 24 447 1209	Partner	Accepted	Hilton Anatole	05/13/2024	05/16/2024	Halal	Akua Osei (spouse)	+233 20 118 4471
Fernández-Castro, María José	Majo	Telaria SA	mjfernandez@telaria.es	+34 612 44 71 20	Speaker	Accepted	Omni Dallas	05/12/2024	05/16/2024	Vegetarian	José Fernández (father)	+34 963 41 22 09
Ahn, Ji-hoon	Ji-hoon	Goldman Sachs	jihoon.ahn@gs.com	+1 646 555 0183	Customer	Waitlisted	—	—	—	None		
Brennan-Kaur, Simran	Sim	Northwind (host)	sbrennankaur@northwind.io	+1 214 555 0126	Staff	Accepted	Hilton Anatole	05/11/2024	05/17/2024	Gluten-free	Daniel Brennan	+1 214 555 0150`,
    // Hilton, Omni and Goldman Sachs are businesses; kbaptiste is a login; event code, dates and
    // registration types are not ours. Badge first names are labelled name fields.
    expected: [
      ['PERSON', 'Osei, Bartholomew'],
      ['PERSON', 'Bart'],
      ['EMAIL', 'b.osei@kumasicloud.com.gh'],
      ['PHONE', '+233 24 447 1209'],
      ['PERSON', 'Akua Osei'],
      ['PHONE', '+233 20 118 4471'],
      ['PERSON', 'Fernández-Castro, María José'],
      ['PERSON', 'Majo'],
      ['EMAIL', 'mjfernandez@telaria.es'],
      ['PHONE', '+34 612 44 71 20'],
      ['PERSON', 'José Fernández'],
      ['PHONE', '+34 963 41 22 09'],
      ['PERSON', 'Ahn, Ji-hoon'],
      ['PERSON', 'Ji-hoon'],
      ['EMAIL', 'jihoon.ahn@gs.com'],
      ['PHONE', '+1 646 555 0183'],
      ['PERSON', 'Brennan-Kaur, Simran'],
      ['PERSON', 'Sim'],
      ['EMAIL', 'sbrennankaur@northwind.io'],
      ['PHONE', '+1 214 555 0126'],
      ['PERSON', 'Daniel Brennan'],
      ['PHONE', '+1 214 555 0150'],
    ],
  },
  // ---------------------------------------------------------------- restaurants
  {
    name: 'OpenTable shift reservation sheet: "Last, First" guests, a VIP flag, a birthday visit without a date, a test booking as Doe, Jane and a restaurant named after a chef',
    text: `OpenTable — Reservation Sheet — Saturday, March 16, 2024 — Dinner                  Printed 3:58 PM
Brasserie Escoffier · 1221 NW Marshall St, Portland OR 97209 · (503) 555-0100
Time  Guest                     Size Table   Phone             Visits  Notes / Tags
5:30  Abernathy, Colleen           2 T12     (503) 555-0178       27   Regular. Booth. Allergy: shellfish
5:45  Ramírez Ochoa, Hugo          4 T21+22  (971) 204-8836        1   Daughter's quinceañera — dessert w/ candle
6:00  Whitlock, Genevieve  VIP     6 PDR     (503) 310-4417       41   Owner's friend. Comp amuse. Ask for Chef Marcus
6:15  Kim, Seo-yeon                2 B3      +82 10-4471-2093      1   Visiting from Seoul
7:00  Bergström, Nils              3 T8      (360) 771-2048        5   Birthday today (his 50th) — write "Nils" on the card
7:30  Doe, Jane                    2 T4                            0   Test booking — delete
Covers: 17 (excl. test)    Manager on duty: Rosalind Achterberg`,
    // Escoffier and Marshall St are named after people; Chef Marcus is never named in full; Doe, Jane is a
    // test placeholder. Table numbers, party sizes, visit counts and the date are not ours.
    expected: [
      ['PHONE', '(503) 555-0100'],
      ['PERSON', 'Abernathy, Colleen'],
      ['PHONE', '(503) 555-0178'],
      ['PERSON', 'Ramírez Ochoa, Hugo'],
      ['PHONE', '(971) 204-8836'],
      ['PERSON', 'Whitlock, Genevieve'],
      ['PHONE', '(503) 310-4417'],
      ['PERSON', 'Kim, Seo-yeon'],
      ['PHONE', '+82 10-4471-2093'],
      ['PERSON', 'Bergström, Nils'],
      ['PHONE', '(360) 771-2048'],
      ['PERSON', 'Nils'],
      ['PERSON', 'Rosalind Achterberg'],
    ],
  },
  {
    name: 'Resy e-mail thread: a guest changes the party size and dictates a deposit card with the name on it; a restaurant and a street named after people',
    text: `From: Tomasz Zieliński <tomek.zielinski@wp.pl>
To: reservations@carbonenewyork.com
Subject: Re: Your Resy reservation at Carbone — Fri, Apr 5, 8:30 PM, party of 4

Hi, we'd like to keep the booking but go from 4 to 6 guests. For the $150 deposit you can use my card 5355 2204 7193 3089, exp 11/27, name on card TOMASZ ZIELINSKI. One guest (Hannah Goldberg-Mei) has a severe nut allergy. My mobile is +48 604 229 117, but I'll be on a US number from Apr 2: (917) 555-0131.

Thanks,
Tomek

> On Tue, Mar 12, 2024 at 10:04 AM Resy <notifications@resy.com> wrote:
> Your reservation is confirmed.
> Carbone · 181 Thompson St, New York, NY 10012
> Fri, Apr 5 · 8:30 PM · Dining Room · 4 guests
> Reservation under: Tomasz Zieliński
> Need to make changes? Visit resy.com or call (212) 254-3000.`,
    // Carbone and Thompson St are named after people; the card expiry, deposit, dates and party sizes are
    // not ours. Tomek is Tomasz Zieliński's nickname.
    expected: [
      ['PERSON', 'Tomasz Zieliński'],
      ['EMAIL', 'tomek.zielinski@wp.pl'],
      ['EMAIL', 'reservations@carbonenewyork.com'],
      ['CREDIT_CARD', '5355 2204 7193 3089'],
      ['PERSON', 'TOMASZ ZIELINSKI'],
      ['PERSON', 'Hannah Goldberg-Mei'],
      ['PHONE', '+48 604 229 117'],
      ['PHONE', '(917) 555-0131'],
      ['PERSON', 'Tomek'],
      ['EMAIL', 'notifications@resy.com'],
      ['PERSON', 'Tomasz Zieliński'],
      ['PHONE', '(212) 254-3000'],
    ],
  },
  // ---------------------------------------------------------------- e-commerce
  {
    name: 'Shopify orders export CSV: the Name column holds order numbers, a continuation row, billing and shipping names, local Singapore phones, a product named after a painter',
    text: `Why does #1043 show refunded but still unfulfilled? Export from Shopify admin below.

Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,Billing Address1,Billing City,Billing Zip,Billing Country,Billing Phone,Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Country,Shipping Phone,Notes,Payment Method,Id
#1042,mei.lin.chua@gmail.com,paid,2024-03-12 10:14:22 +0800,fulfilled,SGD,140.00,0.00,9.80,149.80,WELCOME10,1,Linen Kimono Robe - Sage / M,128.00,LKR-SAGE-M,Chua Mei Lin,"18 Jalan Bukit Merah, #04-12",Singapore,150018,SG,+65 9123 4471,Chua Mei Lin,"18 Jalan Bukit Merah, #04-12",Singapore,150018,SG,+65 9123 4471,,Stripe,5512348847120
#1042,mei.lin.chua@gmail.com,,,,,,,,,,1,Silk Scrunchie - Ivory,12.00,SSC-IVR,,,,,,,,,,,,,,,
#1043,raj.pillai@outlook.com,refunded,2024-03-12 21:40:09 +0800,unfulfilled,SGD,86.00,8.00,6.58,100.58,,1,Frida Kahlo Print Tote,86.00,FKT-NAT,Raj Pillai,"221 Tampines St 21, #09-118",Singapore,520221,SG,8241 7730,Anjali Pillai,"3 Raffles Place, #20-01",Singapore,048617,SG,9677 2093,"Gift for my wife, please no invoice in the parcel",PayNow,5512348847121`,
    // #1042 and #1043 are order names; SKUs, amounts, postal codes, unit numbers, the discount code and the
    // 13-digit ids are not ours; Frida Kahlo is a product, Raffles Place a street.
    expected: [
      ['EMAIL', 'mei.lin.chua@gmail.com'],
      ['PERSON', 'Chua Mei Lin'],
      ['PHONE', '+65 9123 4471'],
      ['PERSON', 'Chua Mei Lin'],
      ['PHONE', '+65 9123 4471'],
      ['EMAIL', 'mei.lin.chua@gmail.com'],
      ['EMAIL', 'raj.pillai@outlook.com'],
      ['PERSON', 'Raj Pillai'],
      ['PHONE', '8241 7730'],
      ['PERSON', 'Anjali Pillai'],
      ['PHONE', '9677 2093'],
    ],
  },
  {
    name: 'WooCommerce REST call with consumer key and secret in the query string and the order JSON: split first/last names, customer IP, a gift note',
    text: `$ curl -s "https://shop.highlandtweed.co.uk/wp-json/wc/v3/orders/7731?consumer_key=${wooKey}&consumer_secret=${wooSecret}" | jq .
{
  "id": 7731,
  "status": "processing",
  "currency": "GBP",
  "date_created": "2024-03-14T09:31:02",
  "total": "64.90",
  "customer_id": 218,
  "order_key": "wc_order_Xk2P9qLm4TzR1",
  "billing": {
    "first_name": "Eilidh",
    "last_name": "MacLeod",
    "company": "",
    "address_1": "14 Rose Street",
    "city": "Edinburgh",
    "postcode": "EH2 2PR",
    "country": "GB",
    "email": "eilidh.macleod@btinternet.com",
    "phone": "07700 900412"
  },
  "shipping": {
    "first_name": "Callum",
    "last_name": "Fraser",
    "address_1": "3 Wallace Gardens",
    "city": "Stirling",
    "postcode": "FK8 1QB",
    "country": "GB"
  },
  "payment_method_title": "Credit Card (Stripe)",
  "transaction_id": "pi_3OuK2xLm4TzR1Yq70b4Q2a1c",
  "customer_ip_address": "86.14.201.77",
  "customer_note": "It's a birthday present for Callum, please gift wrap!",
  "line_items": [
    { "name": "Harris Tweed Flat Cap - Charcoal / 58", "sku": "HT-CAP-CH-58", "quantity": 1, "total": "54.90" }
  ],
  "shipping_lines": [{ "method_title": "Royal Mail Tracked 48", "total": "10.00" }]
}`,
    // The order key, Stripe payment-intent id, order and customer ids, SKU and amounts are not ours;
    // Wallace Gardens is a street. The consumer key and the consumer secret are credentials.
    expected: [
      ['SECRET', wooKey],
      ['SECRET', wooSecret],
      ['PERSON', 'Eilidh'],
      ['PERSON', 'MacLeod'],
      ['EMAIL', 'eilidh.macleod@btinternet.com'],
      ['PHONE', '07700 900412'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Fraser'],
      ['IP_ADDRESS', '86.14.201.77'],
      ['PERSON', 'Callum'],
    ],
  },
  {
    name: 'Magento 2 admin order view copied as text: a particle surname, a doctor’s practice as ship-to, a SEPA mandate with IBAN, BIC and DHL tracking, an order note',
    text: `Order # 000004471 | Order Date: Mar 10, 2024 4:12:55 PM | Status: Processing
Purchased From: Main Website > EU Store > Deutsch

Account Information
  Customer Name: Friederike von Arnim-Sandau
  Email: f.arnim-sandau@posteo.de
  Customer Group: Wholesale

Address Information
  Billing Address: Friederike von Arnim-Sandau, Goethestraße 41, 80336 München, Deutschland, T: +49 89 4471 2093
  Shipping Address: Praxis Dr. Konstantin Wehrle, z. Hd. Dr. Wehrle, Schillerplatz 3, 70173 Stuttgart, Deutschland, T: 0711 2209 4471

Payment & Shipping Method
  SEPA-Lastschrift — Kontoinhaber: Friederike von Arnim-Sandau, IBAN: DE24 7015 0000 1004 4712 09, BIC: SSKMDEMMXXX, Mandatsreferenz: MGT-000004471
  DHL Paket — Tracking: 00340434161094015902

Items Ordered
  SKU PX-UV-200   Praxis-UV-Desinfektionsbox 200   Qty 2   €389,00
Order Totals: Subtotal €778,00 · Shipping €0,00 · Tax €147,82 · Grand Total €925,82

Notes for this Order
  Mar 11, 2024 9:02:14 AM | Processing | Customer Notified
  Ware wird direkt an die Praxis geliefert, Annahme durch Frau Derya Yilmaz-Hoffmann (Empfang). Rückfragen an Frau von Arnim-Sandau.`,
    // Goethestraße and Schillerplatz are streets named after poets; the order number, BIC, mandate
    // reference, tracking number, SKU and amounts are not ours.
    expected: [
      ['PERSON', 'Friederike von Arnim-Sandau'],
      ['EMAIL', 'f.arnim-sandau@posteo.de'],
      ['PERSON', 'Friederike von Arnim-Sandau'],
      ['PHONE', '+49 89 4471 2093'],
      ['PERSON', 'Konstantin Wehrle'],
      ['PERSON', 'Wehrle'],
      ['PHONE', '0711 2209 4471'],
      ['PERSON', 'Friederike von Arnim-Sandau'],
      ['IBAN', 'DE24 7015 0000 1004 4712 09'],
      ['PERSON', 'Derya Yilmaz-Hoffmann'],
      ['PERSON', 'von Arnim-Sandau'],
    ],
  },
  {
    name: 'Amazon buyer-seller message e-mail: the relay address in the From header, the buyer in the subject, a replacement to a daughter’s address, an order id shaped like a phone',
    text: `From: Lakshmi Venkataraman - Amazon Marketplace <4xq8nt2m7kzw1pl@marketplace.amazon.com>
To: orders@copperkettle-home.com
Subject: Inquiry from Amazon customer Lakshmi Venkataraman (Order: 112-7740419-3358216)

------------- Begin message -------------
Hello, the pressure cooker arrived with a cracked lid (photo attached). I'd like a replacement rather than a refund. Please ship it to my daughter's address instead as I'm travelling:

Meera Venkataraman-Shah
77 Lawrence Ave W, Apt 1604
Toronto ON M5M 1A1
(416) 555-0172

ASIN: B0CX4471QZ   SKU: CK-PC6-SS
------------- End message -------------

For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages buyers and sellers send through Amazon.com for two years.`,
    // The order id, ASIN, SKU and postal code are not ours; Lawrence Ave is a street.
    expected: [
      ['PERSON', 'Lakshmi Venkataraman'],
      ['EMAIL', '4xq8nt2m7kzw1pl@marketplace.amazon.com'],
      ['EMAIL', 'orders@copperkettle-home.com'],
      ['PERSON', 'Lakshmi Venkataraman'],
      ['PERSON', 'Meera Venkataraman-Shah'],
      ['PHONE', '(416) 555-0172'],
    ],
  },
  {
    name: 'returns-portal notification: RMA and order numbers, a UPS 1Z return label, a refund to a card ending 4417, a colleague in the comment, a mug named after an author',
    text: `Subject: New return requested — #W10488 (RMA R-20488)

Return requested by: Kateřina Dvořáková (katerina.dvorakova@seznam.cz)
Order: #W10488 placed 02/27/2024 · Return window ends 03/28/2024

Items
  1 × Merino Crew — Oatmeal / S   SKU MC-OAT-S   $98.00   Reason: Too small       Outcome: Exchange → M
  1 × Jane Austen Quote Mug       SKU JAQ-MUG    $24.00   Reason: Arrived damaged  Outcome: Refund to original payment (Visa ending 4417)

Return label: UPS Ground · Tracking 1Z9W4471AT20938817 · drop off by 03/21/2024

Customer comment: "The mug was a gift from my colleague Pavel Horáček, so I'd rather exchange it if possible — otherwise a refund is fine. You can reach me on +420 737 441 209."

Ship exchange to: Kateřina Dvořáková, Vinohradská 112, 130 00 Praha 3, CZ`,
    // Jane Austen is a product theme; the RMA, order and tracking numbers, SKUs, amounts, dates and the
    // card ending are not ours.
    expected: [
      ['PERSON', 'Kateřina Dvořáková'],
      ['EMAIL', 'katerina.dvorakova@seznam.cz'],
      ['PERSON', 'Pavel Horáček'],
      ['PHONE', '+420 737 441 209'],
      ['PERSON', 'Kateřina Dvořáková'],
    ],
  },
  // ---------------------------------------------------------------- shipping
  {
    name: 'DHL Express label as raw ZPL: names and phones in ^FD fields, a waybill number grouped like a phone, field-origin coordinates and a JD barcode',
    text: `^XA
^CI28
^CF0,26
^FO30,30^FDDHL EXPRESS WORLDWIDE^FS
^FO30,70^FDFrom: Giulia Esposito^FS
^FO30,100^FDCeramiche Solimene, Via Madonna degli Angeli 7^FS
^FO30,130^FD84019 Vietri sul Mare SA, Italy^FS
^FO30,160^FDTel +39 089 210 4471^FS
^FO30,220^FDTo: Hamid Rezaei Tabrizi^FS
^FO30,250^FD1180 Robson St, Apt 2204^FS
^FO30,280^FDVancouver BC V6E 1B2, Canada^FS
^FO30,310^FDTel 604-555-0162  hamid.rt@shaw.ca^FS
^FO30,370^BY3^BCN,120,Y,N,N^FD(J)JD014600003315684471^FS
^FO30,540^FDWAYB 47 1209 3381   Pcs 1/1   Wt 3.2 kg   Ref ORD-2024-0881^FS
^FO30,580^FDContents: Hand-painted ceramic plates   Value EUR 240.00   HS 6912.00^FS
^XZ`,
    // The waybill, the JD licence-plate barcode, the order reference, the HS code, coordinates and
    // weights are not ours; Ceramiche Solimene is a company and Robson St a street.
    expected: [
      ['PERSON', 'Giulia Esposito'],
      ['PHONE', '+39 089 210 4471'],
      ['PERSON', 'Hamid Rezaei Tabrizi'],
      ['PHONE', '604-555-0162'],
      ['EMAIL', 'hamid.rt@shaw.ca'],
    ],
  },
  {
    name: 'Royal Mail Click & Drop export CSV: Welsh and Ghanaian names, a company named after its owner, streets named after people, tracking numbers',
    text: `Order reference,Channel,Customer name,Company name,Address line 1,Address line 2,Town,County,Postcode,Country,Phone,Email,Service,Weight (kg),Tracking number,Despatch date
CD-771204,eBay,Siân Pritchard,,12 Heol Glyndŵr,,Caernarfon,Gwynedd,LL55 1AB,United Kingdom,07911 123456,sian.pritchard@outlook.com,Tracked 48,0.42,JX123456789GB,15/03/2024
CD-771205,Etsy,Kwabena Asante-Darko,Asante-Darko Joinery Ltd,Unit 4 Brunel Way,,Swindon,Wiltshire,SN2 8AJ,United Kingdom,+44 1793 447120,,Tracked 24,2.10,JX123456790GB,15/03/2024
CD-771206,Website,Ross McAllister,,Flat 2/1,88 Dumbarton Road,Glasgow,,G11 6NX,United Kingdom,,ross.mcallister@icloud.com,Special Delivery Guaranteed by 1pm,0.18,AB004471209GB,15/03/2024
CD-771207,Amazon,Hyun-woo Jang,,14 Nelson Street,,Bristol,,BS1 2LE,United Kingdom,0117 496 0821,,Tracked 48,0.95,JX123456801GB,15/03/2024`,
    // Asante-Darko Joinery Ltd is a company; Heol Glyndŵr, Brunel Way and Nelson Street are streets named
    // after people; order references, tracking numbers, weights and dates are not ours.
    expected: [
      ['PERSON', 'Siân Pritchard'],
      ['PHONE', '07911 123456'],
      ['EMAIL', 'sian.pritchard@outlook.com'],
      ['PERSON', 'Kwabena Asante-Darko'],
      ['PHONE', '+44 1793 447120'],
      ['PERSON', 'Ross McAllister'],
      ['EMAIL', 'ross.mcallister@icloud.com'],
      ['PERSON', 'Hyun-woo Jang'],
      ['PHONE', '0117 496 0821'],
    ],
  },
  {
    name: 'PostNL shipment manifest (semicolon CSV): Dutch particles, Moroccan and Indonesian names, a bakery as company, streets named after princes, Dutch and Belgian mobiles',
    text: `Zendingnummer;Referentie;Naam;Bedrijf;Straat;Huisnr;Toev;Postcode;Plaats;Land;E-mail;Mobiel;Productcode;Gewicht (kg)
3SKABA4471209;WEB-88213;Jan-Willem van der Heijden;;Prins Hendrikkade;112;B;1011 AM;Amsterdam;NL;jw.vdheijden@ziggo.nl;06-41288317;3085;1,2
3SKABA4471210;WEB-88214;Fatima Zahra El Amrani;Bakkerij De Zoete Inval;Willem de Zwijgerlaan;27;;5616 AA;Eindhoven;NL;;+31 6 18447120;3085;4,8
3SKABA4471211;WEB-88215;Dewi Kartika Sari;;Mauritskade;8;;2514 HD;Den Haag;NL;dewi.sari@kpnmail.nl;0612498831;4940;0,6
3SKABA4471212;WEB-88216;Koen Claes;;Lange Leemstraat;204;bus 3;2018;Antwerpen;BE;koen.claes@telenet.be;+32 472 44 71 20;4946;2,0`,
    // Prins Hendrikkade, Willem de Zwijgerlaan and Mauritskade are named after princes; shipment codes,
    // references, product codes, postcodes and weights are not ours.
    expected: [
      ['PERSON', 'Jan-Willem van der Heijden'],
      ['EMAIL', 'jw.vdheijden@ziggo.nl'],
      ['PHONE', '06-41288317'],
      ['PERSON', 'Fatima Zahra El Amrani'],
      ['PHONE', '+31 6 18447120'],
      ['PERSON', 'Dewi Kartika Sari'],
      ['EMAIL', 'dewi.sari@kpnmail.nl'],
      ['PHONE', '0612498831'],
      ['PERSON', 'Koen Claes'],
      ['EMAIL', 'koen.claes@telenet.be'],
      ['PHONE', '+32 472 44 71 20'],
    ],
  },
  {
    name: 'UPS delivery notification: "Signed By" with a surname only, the ship-to doctor by title, a reference field naming a person, a boulevard named after a public figure',
    text: `From: UPS Quantum View <pkginfo@ups.com>
To: shipping@bluelinedental.com
Subject: UPS Delivery Notification, Tracking Number 1ZW4471A0398120937

Your package has been delivered.

Delivery Date: Thursday, 03/14/2024
Delivery Time: 11:52 AM
Left At: RECEPTION
Signed By: MOSLEY

Shipment Detail
Ship To:            Dr. Adaeze Nnamdi-Mosley
                    Blue Line Dental, 2300 Dr Martin Luther King Jr Blvd, Suite 110
                    TAMPA, FL 33607 US
Number of Packages: 1
UPS Service:        UPS NEXT DAY AIR
Weight:             3.0 LBS
Reference Number 1: PO 88213
Reference Number 2: ATTN GERALD FONTAINE (INVENTORY)`,
    // Signed By is a labelled name field, so the surname alone counts. The tracking number, PO, weight
    // and delivery date are not ours; the boulevard is named after a public figure.
    expected: [
      ['EMAIL', 'pkginfo@ups.com'],
      ['EMAIL', 'shipping@bluelinedental.com'],
      ['PERSON', 'MOSLEY'],
      ['PERSON', 'Adaeze Nnamdi-Mosley'],
      ['PERSON', 'GERALD FONTAINE'],
    ],
  },
  // ---------------------------------------------------------------- delivery and rides
  {
    name: 'DoorDash support chat about a failed drop-off: labelled customer, Dasher and agent, initial forms in chat speakers, a gate code, a roommate never named in full',
    text: `DoorDash Support — Case 04471209 — Order 8c41f2a (Wingstop, Atlanta GA)
Customer: Marisol T.
Drop-off: 1055 Ralph David Abernathy Blvd SW, Apt 3C, Atlanta GA 30310
Customer phone (masked relay): +1 (470) 555-0126
Dasher: Tyrone Whitfield (ID 88412047)
Agent: Bianca Restrepo
Instructions: "Gate code #4471. If I don't answer, hand it to my roommate Kendrick in 3C."

[19:42] Tyrone W.: at the gate, code 4471 not working. called customer twice no answer
[19:44] Bianca (Support): Thanks Tyrone, I'm trying Marisol Tejada-Brooks on the number on file now.
[19:47] Bianca (Support): No answer. Please wait 5 more minutes, then leave it with the front desk or mark it undeliverable.
[19:49] Tyrone W.: guy at desk says he is kendrick, taking it
[19:50] Bianca (Support): OK, please photograph the handoff. You'll still get full pay.`,
    // Kendrick is never named in full; the boulevard is named after a public figure; case, order and
    // Dasher ids and the gate code are not ours. The relay number is still a phone.
    expected: [
      ['PERSON', 'Marisol T.'],
      ['PHONE', '+1 (470) 555-0126'],
      ['PERSON', 'Tyrone Whitfield'],
      ['PERSON', 'Bianca Restrepo'],
      ['PERSON', 'Tyrone W.'],
      ['PERSON', 'Bianca'],
      ['PERSON', 'Tyrone'],
      ['PERSON', 'Marisol Tejada-Brooks'],
      ['PERSON', 'Bianca'],
      ['PERSON', 'Tyrone W.'],
      ['PERSON', 'Bianca'],
    ],
  },
  {
    name: 'Uber Eats kitchen printer ticket: customer as given name and initial, a courier by given name, dish names, a tablet id and a restaurant named after a grill',
    text: `********** UBER EATS **********
Order 4C1F7              DELIVERY
Customer: Ayşe K.
Placed 19:31      Pickup ~19:52
Courier: Dawit
--------------------------------
1  Lahmacun (x2)          £13.00
1  Adana Kebab Wrap       £11.50
     + extra chilli
1  Ayran                   £2.20
--------------------------------
Subtotal                  £26.70
Special instructions:
"No onions please. Buzzer 14, ring twice."
Contact customer via app only.
Tablet KSK-LDN-0447 · Mangal Ocakbaşı (Dalston)`,
    // Customer and Courier are labelled name fields; the order code, buzzer number, amounts and tablet id
    // are not ours.
    expected: [
      ['PERSON', 'Ayşe K.'],
      ['PERSON', 'Dawit'],
    ],
  },
  {
    name: 'Uber trip receipt forwarded for expenses in Accra: the rider greeted by given name, a driver given name only, a plate, an avenue and an airport named after statesmen',
    text: `---------- Forwarded message ---------
From: Kofi Mensah <kofi.mensah.gh@gmail.com>
To: expenses@abenaconsult.com.gh
Subject: Fwd: Your Thursday morning trip with Uber

Receipt for the airport run, client visit 14 March. — Kofi

> From: Uber Receipts <noreply@uber.com>
> Date: Thu, 14 Mar 2024 08:14
> Total GH₵ 148.50
> Thanks for riding, Kofi
> We hope you enjoyed your ride this morning.
>
> UberX   18.4 km | 31 min
> 07:42  14 Kwame Nkrumah Ave, Adabraka, Accra
> 08:13  Kotoka International Airport (ACC), Terminal 3
> You rode with Emmanuel   ★ 4.93
> License Plate: GR 4471-22
> Trip fare GH₵ 131.00 · Booking fee GH₵ 12.50 · Tip GH₵ 5.00
> Payments: Visa ••••4471   14/03/24 08:14
> Trip ID 7d1e4a2c-44b1-4f3e-9c07-1a2b3c4d5e6f`,
    // Emmanuel, the driver, is never named in full; Kwame Nkrumah Ave and Kotoka airport are named after
    // statesmen; the plate, amounts, trip id and masked card are not ours.
    expected: [
      ['PERSON', 'Kofi Mensah'],
      ['EMAIL', 'kofi.mensah.gh@gmail.com'],
      ['EMAIL', 'expenses@abenaconsult.com.gh'],
      ['PERSON', 'Kofi'],
      ['EMAIL', 'noreply@uber.com'],
      ['PERSON', 'Kofi'],
    ],
  },
  // ---------------------------------------------------------------- real estate and dealerships
  {
    name: 'residential rental application: applicant and co-applicant with DOB and SSN, a landlord reference, an overseas emergency contact, signed with initials; a boulevard and an employer named after people',
    text: `RESIDENTIAL RENTAL APPLICATION — Harlem Gardens LLC
Property: 2210 Frederick Douglass Blvd, Unit 5F, New York, NY 10026   Desired move-in: 05/01/2024   Rent: $3,150

APPLICANT
  Full legal name: Adebayo Oladipo Johnson        Date of birth: 04/22/1991
  SSN: 512-47-8831                               Driver's license: NY 884 120 447
  Cell: (646) 555-0148                           Email: bayo.johnson91@gmail.com
  Current address: 1640 Grand Concourse Apt 3B, Bronx NY 10457 (since 08/2019)
  Current landlord: Irving Feldstein, (718) 555-0143
  Employer: Weill Cornell Medicine — Research Coordinator since 09/2020 — $78,500/yr

CO-APPLICANT
  Full legal name: Mariana Castillo Johnson       Date of birth: 12/09/1993
  SSN: 087-62-4410                               Cell: (646) 555-0192
  Employer: Self-employed (Etsy shop "Mariposa Prints")

EMERGENCY CONTACT: Folasade Johnson (mother), +234 803 447 1209
PETS: 1 cat (Biscuit)    VEHICLES: none

I authorize Harlem Gardens LLC to obtain consumer reports.   Signed: A. O. Johnson   Date: 03/11/2024`,
    // The licence number, move-in and signing dates, rent and salary are not ours; Frederick Douglass Blvd
    // and Weill Cornell are named after people. A. O. Johnson is the applicant's initial form.
    expected: [
      ['PERSON', 'Adebayo Oladipo Johnson'],
      ['DATE_OF_BIRTH', '04/22/1991'],
      ['US_SSN', '512-47-8831'],
      ['PHONE', '(646) 555-0148'],
      ['EMAIL', 'bayo.johnson91@gmail.com'],
      ['PERSON', 'Irving Feldstein'],
      ['PHONE', '(718) 555-0143'],
      ['PERSON', 'Mariana Castillo Johnson'],
      ['DATE_OF_BIRTH', '12/09/1993'],
      ['US_SSN', '087-62-4410'],
      ['PHONE', '(646) 555-0192'],
      ['PERSON', 'Folasade Johnson'],
      ['PHONE', '+234 803 447 1209'],
      ['PERSON', 'A. O. Johnson'],
    ],
  },
  {
    name: 'ShowingTime feedback on an MLS listing: showing and listing agents, buyers by name, a tenant by title and surname, a brokerage and streets named after people',
    text: `ShowingTime — Showing Feedback Received
Listing: 48 Whitman Ave, West Hartford, CT 06107    MLS# 24011883    List price $649,900
Showing: Sat 03/16/2024 1:00 PM – 1:30 PM
Showing agent: Keiko Matsumura-Reyes, Compass — (860) 555-0187 — keiko.mr@compass.com
Listing agent: Darnell Whitaker, William Raveis Real Estate

Q: How interested are your buyers?  A: Somewhat interested
Q: Comments on price?  A: A bit high vs 22 Lincoln Rd, which closed at $612k.
Q: Additional comments:  A: My buyers (Tomás Herrera-Vidal and Inés Cardona) loved the kitchen, but the primary bath needs work. Tomás is pre-approved with Guaranteed Rate. The seller's tenant, Ms. Okafor, was home and very gracious — please thank Gladys Okafor for us.

Lockbox access: 03/16/2024 12:58 PM by Keiko Matsumura-Reyes (agent ID 060447120)`,
    // William Raveis Real Estate is a brokerage named after its founder; Whitman Ave and Lincoln Rd are
    // streets; MLS number, prices, showing times and the agent id are not ours.
    expected: [
      ['PERSON', 'Keiko Matsumura-Reyes'],
      ['PHONE', '(860) 555-0187'],
      ['EMAIL', 'keiko.mr@compass.com'],
      ['PERSON', 'Darnell Whitaker'],
      ['PERSON', 'Tomás Herrera-Vidal'],
      ['PERSON', 'Inés Cardona'],
      ['PERSON', 'Tomás'],
      ['PERSON', 'Okafor'],
      ['PERSON', 'Gladys Okafor'],
      ['PERSON', 'Keiko Matsumura-Reyes'],
    ],
  },
  {
    name: 'car dealership deal recap: "LAST, FIRST MIDDLE" buyers with DOB, a masked and a full SSN, an ITIN in the 9xx range, VINs, lender and staff with an initial-form sales manager',
    text: `DEAL RECAP — Alamo City Toyota          Deal# 44712   Stock# P7731A   Sale date 03/09/2024
BUYER:     ESTRADA, JOAQUIN ALBERTO     DOB 09/30/1979   SSN XXX-XX-6620
           2718 Fredericksburg Rd Apt 12, San Antonio TX 78201
           Home (210) 555-0137   Cell (210) 555-0164   jestrada79@yahoo.com
CO-BUYER:  ESTRADA, LUCIA M             DOB 01/15/1982   SSN 421-66-7093
           ITIN on file for co-signer's mother (not on contract): 912-70-4471
VEHICLE:   2021 Toyota Tundra SR5 CrewMax   VIN 5TFDY5F17MX004471   Odometer 38,220
TRADE:     2015 Chevrolet Silverado 1500   VIN 1GCVKREC2FZ124471   ACV $14,500   Payoff $8,412.00 (Ally)
FINANCE:   Randolph-Brooks FCU   Amt Fin $41,882.19   APR 6.49%   72 mo   Pmt $701.34   1st due 04/23/2024
PRODUCTS:  VSC 6yr/100k $2,495   GAP $895   Tire&Wheel $699
SALESPERSON: Brandon Kowalczyk #118    F&I MGR: Thi Hoa Pham #204    SALES MGR: R. Delgado
Notes: Cust wants 2nd key fob mailed; Lucia to pick up plates.`,
    // The ITIN (9xx) is not an SSN; the masked SSN, VINs, deal and stock numbers, amounts and dates are not
    // ours; Chevrolet, Toyota, Randolph-Brooks and Fredericksburg Rd are named after people or places.
    expected: [
      ['PERSON', 'ESTRADA, JOAQUIN ALBERTO'],
      ['DATE_OF_BIRTH', '09/30/1979'],
      ['PHONE', '(210) 555-0137'],
      ['PHONE', '(210) 555-0164'],
      ['EMAIL', 'jestrada79@yahoo.com'],
      ['PERSON', 'ESTRADA, LUCIA M'],
      ['DATE_OF_BIRTH', '01/15/1982'],
      ['US_SSN', '421-66-7093'],
      ['PERSON', 'Brandon Kowalczyk'],
      ['PERSON', 'Thi Hoa Pham'],
      ['PERSON', 'R. Delgado'],
      ['PERSON', 'Lucia'],
    ],
  },
  // ---------------------------------------------------------------- memberships, clinics, schools
  {
    name: 'Mindbody client export for a gym: Last/First columns, Birth Date, emergency contacts with relationships, a trial placeholder row, barcodes and a gym named after its founder',
    text: `Gold's Gym Uptown Dallas — Active Members (Mindbody export, 03/15/2024)
Client ID,Last Name,First Name,Birth Date,Email,Mobile Phone,Membership,Start Date,Emergency Contact,Emergency Phone,Last Visit,Barcode
100447,Ibrahimović,Amra,1993-05-17,amra.ibr@gmail.com,(214) 555-0149,Unlimited Monthly,2023-01-09,Senad Ibrahimović (brother),(214) 555-0177,2024-03-14,0000100447
100512,Okeke,Chukwudi,1988-11-30,chuk.okeke@outlook.com,(469) 555-0112,Annual PIF,2022-06-01,Ifeoma Okeke,(469) 555-0135,2024-03-15,0000100512
100598,Lê,Thảo Vy,2001-02-14,thaovy.le@utdallas.edu,(972) 555-0104,Student,2024-01-22,,,2024-03-10,0000100598
100603,Guest,Trial,,,,7-Day Pass,2024-03-11,,,2024-03-11,0000100603
100618,Rasmussen,Birgitte,1975-08-03,birgitte.r@icloud.com,(214) 555-0190,Unlimited Monthly,2021-09-15,Lars Rasmussen (husband),(214) 555-0156,2024-03-15,0000100618`,
    // "Guest, Trial" is a placeholder; client ids, barcodes, start and last-visit dates are not ours.
    expected: [
      ['PERSON', 'Ibrahimović'],
      ['PERSON', 'Amra'],
      ['DATE_OF_BIRTH', '1993-05-17'],
      ['EMAIL', 'amra.ibr@gmail.com'],
      ['PHONE', '(214) 555-0149'],
      ['PERSON', 'Senad Ibrahimović'],
      ['PHONE', '(214) 555-0177'],
      ['PERSON', 'Okeke'],
      ['PERSON', 'Chukwudi'],
      ['DATE_OF_BIRTH', '1988-11-30'],
      ['EMAIL', 'chuk.okeke@outlook.com'],
      ['PHONE', '(469) 555-0112'],
      ['PERSON', 'Ifeoma Okeke'],
      ['PHONE', '(469) 555-0135'],
      ['PERSON', 'Lê'],
      ['PERSON', 'Thảo Vy'],
      ['DATE_OF_BIRTH', '2001-02-14'],
      ['EMAIL', 'thaovy.le@utdallas.edu'],
      ['PHONE', '(972) 555-0104'],
      ['PERSON', 'Rasmussen'],
      ['PERSON', 'Birgitte'],
      ['DATE_OF_BIRTH', '1975-08-03'],
      ['EMAIL', 'birgitte.r@icloud.com'],
      ['PHONE', '(214) 555-0190'],
      ['PERSON', 'Lars Rasmussen'],
      ['PHONE', '(214) 555-0156'],
    ],
  },
  {
    name: 'family-practice appointment day sheet: "LAST, FIRST" patients with DOB, Medicare MBIs, a referring doctor and a disease named after people, relatives in the row',
    gap: 'Misses the later bare VANG of the patient "VANG, PAO" (the row after a BLOCKED line is now read), and flags Dr. Hashimoto.',
    text: `RIVERSIDE FAMILY PRACTICE — APPOINTMENT SCHEDULE — TUE 03/19/2024
Provider: Amara Nwosu-Grant, MD         Rooms: Exam 1–3         Printed 03/18/2024 17:02 by FD02
Time   Patient                   DOB          Type     Reason                                Insurance / ID             Phone
08:00  BLACKFEATHER, JOSEPH T    02/11/1958   FU 20    HTN f/u, bring BP log                 Medicare 1EG4-TE5-MK72     (406) 555-0123
08:20  SANTOS, MARIA DA GRAÇA    07/22/1979   NP 40    New pt, referred by Dr. Hashimoto     BCBS MT XKR884471209       (406) 555-0161
09:00  O'SULLIVAN, NIAMH         03/03/2019   WCC 30   5yo well child + vaccines; mom Aisling O'Sullivan   Medicaid 4471209338   (406) 555-0138
09:30  ** BLOCKED — staff meeting **
09:45  DUBOIS, JEAN-BAPTISTE     10/14/1941   FU 20    Parkinson's med review; wife Odile Dubois drives   Medicare 7AC2-QW1-TR88   (406) 555-0104
10:05  VANG, PAO                 05/30/2002   SICK 15  Sore throat x3d, rapid strep          Self-pay                   (406) 555-0199
Total: 5 appts   Confirmed: 4   No-show risk: VANG (2 prior)`,
    // Dr. Hashimoto is never named in full (and shares a disease's name); Parkinson's is a disease.
    // Appointment and print dates, MBIs, member and Medicaid ids, ages and FD02 are not ours.
    expected: [
      ['PERSON', 'Amara Nwosu-Grant'],
      ['PERSON', 'BLACKFEATHER, JOSEPH T'],
      ['DATE_OF_BIRTH', '02/11/1958'],
      ['PHONE', '(406) 555-0123'],
      ['PERSON', 'SANTOS, MARIA DA GRAÇA'],
      ['DATE_OF_BIRTH', '07/22/1979'],
      ['PHONE', '(406) 555-0161'],
      ['PERSON', "O'SULLIVAN, NIAMH"],
      ['DATE_OF_BIRTH', '03/03/2019'],
      ['PERSON', "Aisling O'Sullivan"],
      ['PHONE', '(406) 555-0138'],
      ['PERSON', 'DUBOIS, JEAN-BAPTISTE'],
      ['DATE_OF_BIRTH', '10/14/1941'],
      ['PERSON', 'Odile Dubois'],
      ['PHONE', '(406) 555-0104'],
      ['PERSON', 'VANG, PAO'],
      ['DATE_OF_BIRTH', '05/30/2002'],
      ['PHONE', '(406) 555-0199'],
      ['PERSON', 'VANG'],
    ],
  },
  {
    name: 'PowerSchool class roster TSV with guardians: Last_Name and First_Name columns, DOB, a teacher in initial form, a custody alert with a court order number',
    text: `Lincoln Elementary — Grade 3 — Room 14 roster with guardians (PowerSchool export 03/15/2024)
Student_Number	Last_Name	First_Name	Grade_Level	DOB	HomeRoom_Teacher	Guardian1_Name	G1_Rel	G1_Cell	G1_Email	Guardian2_Name	G2_Rel	G2_Cell	Alert
240117	Volkova	Anastasia	3	2015-06-19	Castellano, R.	Irina Volkova	Mother	(503) 555-0147	irina.volkova@gmail.com	Dmitri Volkov	Father	(503) 555-0183	CUSTODY: father no pickup (order 2023-DR-4471)
240188	Tuilagi	Sione	3	2015-09-02	Castellano, R.	Mele Tuilagi	Mother	(503) 555-0109	mele.tuilagi@outlook.com				
240203	Begay	Kaya	3	2015-01-28	Castellano, R.	Nathaniel Begay	Grandfather	(928) 555-0166		Loretta Begay	Grandmother	(928) 555-0171	Medical: EpiPen in office`,
    // Lincoln Elementary is a school named after a president; student numbers, grade, room and the court
    // order number are not ours. The teacher column's value counts in initial form.
    expected: [
      ['PERSON', 'Volkova'],
      ['PERSON', 'Anastasia'],
      ['DATE_OF_BIRTH', '2015-06-19'],
      ['PERSON', 'Castellano, R.'],
      ['PERSON', 'Irina Volkova'],
      ['PHONE', '(503) 555-0147'],
      ['EMAIL', 'irina.volkova@gmail.com'],
      ['PERSON', 'Dmitri Volkov'],
      ['PHONE', '(503) 555-0183'],
      ['PERSON', 'Tuilagi'],
      ['PERSON', 'Sione'],
      ['DATE_OF_BIRTH', '2015-09-02'],
      ['PERSON', 'Castellano, R.'],
      ['PERSON', 'Mele Tuilagi'],
      ['PHONE', '(503) 555-0109'],
      ['EMAIL', 'mele.tuilagi@outlook.com'],
      ['PERSON', 'Begay'],
      ['PERSON', 'Kaya'],
      ['DATE_OF_BIRTH', '2015-01-28'],
      ['PERSON', 'Castellano, R.'],
      ['PERSON', 'Nathaniel Begay'],
      ['PHONE', '(928) 555-0166'],
      ['PERSON', 'Loretta Begay'],
      ['PHONE', '(928) 555-0171'],
    ],
  },
  // ---------------------------------------------------------------- nonprofits, churches, clubs
  {
    name: "Raiser's Edge NXT gift export CSV: Addressee with Mr. and Mrs., salutations of given names, a tribute to a deceased person, an anonymous donor and a fund named after a benefactor",
    gap: 'Misses the given name Bernice in one salutation cell ("Harold and Bernice").',
    text: `Constituent ID,Name,Addressee,Primary salutation,Spouse,Email,Phone,Gift date,Gift amount,Fund,Appeal,Gift type,Tribute
10447,Harold Fitzgerald,Mr. and Mrs. Harold Fitzgerald,Harold and Bernice,Bernice Fitzgerald,hfitz1949@comcast.net,(617) 555-0134,12/18/2023,"$5,000.00",Eleanor Whitcombe Memorial Scholarship Fund,Year-End 2023,Stock,
10447,Harold Fitzgerald,Mr. and Mrs. Harold Fitzgerald,Harold and Bernice,Bernice Fitzgerald,hfitz1949@comcast.net,(617) 555-0134,06/02/2023,"$1,000.00",Annual Fund,Spring Gala 2023,Cash,In memory of Walter Przybylski
10982,Dr. Nomvula Khumalo-Price,Dr. Nomvula Khumalo-Price,Dr. Khumalo-Price,,nkp@khumaloprice.org,+1 857 555 0119,11/30/2023,$250.00,Annual Fund,GivingTuesday 2023,Credit card,
11204,Anonymous,,,,,,10/01/2023,"$25,000.00",Capital Campaign,Major Gifts,Cash,`,
    // The Eleanor Whitcombe fund is named after a benefactor; Anonymous is no one; constituent ids, gift
    // dates, amounts and appeals are not ours. The e-mail local part hfitz1949 is no birth date.
    expected: [
      ['PERSON', 'Harold Fitzgerald'],
      ['PERSON', 'Harold Fitzgerald'],
      ['PERSON', 'Harold'],
      ['PERSON', 'Bernice'],
      ['PERSON', 'Bernice Fitzgerald'],
      ['EMAIL', 'hfitz1949@comcast.net'],
      ['PHONE', '(617) 555-0134'],
      ['PERSON', 'Harold Fitzgerald'],
      ['PERSON', 'Harold Fitzgerald'],
      ['PERSON', 'Harold'],
      ['PERSON', 'Bernice'],
      ['PERSON', 'Bernice Fitzgerald'],
      ['EMAIL', 'hfitz1949@comcast.net'],
      ['PHONE', '(617) 555-0134'],
      ['PERSON', 'Walter Przybylski'],
      ['PERSON', 'Nomvula Khumalo-Price'],
      ['PERSON', 'Nomvula Khumalo-Price'],
      ['PERSON', 'Khumalo-Price'],
      ['EMAIL', 'nkp@khumaloprice.org'],
      ['PHONE', '+1 857 555 0119'],
    ],
  },
  {
    name: 'Bloomerang constituent profile and timeline: a development officer in interaction headers, a granddaughter, a scholarship fund and an avenue named after people, a card ending',
    text: `Bloomerang — Constituent: Mrs. Yolanda Washington-Pierce   (ID 2044712)   Type: Individual   Status: Active
Primary email: yolanda.wp@bellsouth.net    Primary phone: (504) 555-0163
Address: 4412 Napoleon Ave, New Orleans LA 70115
Engagement: Highly engaged    Generosity: Very generous    First gift: 2016    Lifetime giving: $18,450.00
Relationships: Spouse — Curtis Pierce; Employer — Ochsner Health

Timeline
  03/12/2024  Interaction (Phone, outbound) by Simone Arceneaux: Thanked Yolanda for the $2,500 gift to the Dr. Norman C. Francis Scholars fund. She mentioned her granddaughter Ayanna Pierce is applying for fall 2025 and asked about the deadline.
  03/01/2024  Donation $2,500.00 · Fund: Norman C. Francis Scholars · Campaign: Spring Appeal 2024 · Method: Check #4471
  12/29/2023  Note by Simone Arceneaux: Prefers no mailings in January — she hosts the MLK Day service.
  11/28/2023  Recurring donation scheduled $50.00/mo · card ending 7730`,
    // The Norman C. Francis fund, Napoleon Ave, Ochsner Health and MLK Day are named after people; the
    // constituent id, amounts, dates, cheque number and card ending are not ours.
    expected: [
      ['PERSON', 'Yolanda Washington-Pierce'],
      ['EMAIL', 'yolanda.wp@bellsouth.net'],
      ['PHONE', '(504) 555-0163'],
      ['PERSON', 'Curtis Pierce'],
      ['PERSON', 'Simone Arceneaux'],
      ['PERSON', 'Yolanda'],
      ['PERSON', 'Ayanna Pierce'],
      ['PERSON', 'Simone Arceneaux'],
    ],
  },
  {
    name: 'Irish parish ChurchSuite export for the weekly offertory: Irish-language names in first/last columns, Irish mobiles, a valid and a mistyped IBAN, a parish named after a saint',
    text: `ChurchSuite — contacts export — St. Brigid's Parish, Kilcullen — offertory by direct debit
first_name,last_name,mobile,email,address,date_of_birth,ministry,joined,dd_mandate_ref,iban
Pádraig,Ó Súilleabháin,087 441 2093,padraig.osuilleabhain@gmail.com,"4 Bridge St, Kilcullen, Co. Kildare R56 X2F4",,Lector,2011-09-04,STB-DD-0447,IE41 BOFI 9000 1744 7120 93
Siobhán,Ní Bhriain,086 220 4471,,"Gormanstown, Kilcullen",1962-03-08,Eucharistic minister;Choir,1998-05-17,STB-DD-0448,IE12 AIBK 9311 5244 7120 93
Chinonso,Eze,089 771 2048,chinonso.eze@outlook.ie,"12 Oldcourt Lawn, Kilcullen",1990-11-21,Youth ministry,2019-02-10,,`,
    // St. Brigid's is named after a saint; the second IBAN fails its mod-97 check (mistyped); joined dates,
    // mandate references and Eircodes are not ours.
    expected: [
      ['PERSON', 'Pádraig'],
      ['PERSON', 'Ó Súilleabháin'],
      ['PHONE', '087 441 2093'],
      ['EMAIL', 'padraig.osuilleabhain@gmail.com'],
      ['IBAN', 'IE41 BOFI 9000 1744 7120 93'],
      ['PERSON', 'Siobhán'],
      ['PERSON', 'Ní Bhriain'],
      ['PHONE', '086 220 4471'],
      ['DATE_OF_BIRTH', '1962-03-08'],
      ['PERSON', 'Chinonso'],
      ['PERSON', 'Eze'],
      ['PHONE', '089 771 2048'],
      ['EMAIL', 'chinonso.eze@outlook.ie'],
      ['DATE_OF_BIRTH', '1990-11-21'],
    ],
  },
  {
    name: 'TeamSnap youth soccer roster export: First/Last columns, Birthdate, parents with phones, jersey numbers, a birth year in a note and a head coach in the title line',
    text: `TeamSnap — Roster export — Lakeshore FC U11 Girls Blue (Spring 2024) — Head coach: Mateus Carvalho
First,Last,Jersey,Position,Birthdate,Parent/Guardian 1,P1 Email,P1 Phone,Parent/Guardian 2,P2 Phone,Notes
Amani,Odhiambo,7,MF,2013-04-09,Wanjiru Odhiambo,wanjiru.odhiambo@gmail.com,(773) 555-0117,Otieno Odhiambo,(773) 555-0182,
Sofía,Cárdenas Ruiz,11,FW,2013-08-30,Paula Ruiz,paula.ruiz.c@yahoo.com,(773) 555-0145,,,Asthma inhaler in bag
Hannah,Lindahl,1,GK,2014-01-12,Erik Lindahl,erik@lindahl.us,(312) 555-0196,Maren Lindahl,(312) 555-0129,Playing up (birth year 2014)`,
    // Jersey numbers, positions, the season and the bare birth year are not ours.
    expected: [
      ['PERSON', 'Mateus Carvalho'],
      ['PERSON', 'Amani'],
      ['PERSON', 'Odhiambo'],
      ['DATE_OF_BIRTH', '2013-04-09'],
      ['PERSON', 'Wanjiru Odhiambo'],
      ['EMAIL', 'wanjiru.odhiambo@gmail.com'],
      ['PHONE', '(773) 555-0117'],
      ['PERSON', 'Otieno Odhiambo'],
      ['PHONE', '(773) 555-0182'],
      ['PERSON', 'Sofía'],
      ['PERSON', 'Cárdenas Ruiz'],
      ['DATE_OF_BIRTH', '2013-08-30'],
      ['PERSON', 'Paula Ruiz'],
      ['EMAIL', 'paula.ruiz.c@yahoo.com'],
      ['PHONE', '(773) 555-0145'],
      ['PERSON', 'Hannah'],
      ['PERSON', 'Lindahl'],
      ['DATE_OF_BIRTH', '2014-01-12'],
      ['PERSON', 'Erik Lindahl'],
      ['EMAIL', 'erik@lindahl.us'],
      ['PHONE', '(312) 555-0196'],
      ['PERSON', 'Maren Lindahl'],
      ['PHONE', '(312) 555-0129'],
    ],
  },
  // ---------------------------------------------------------------- telecom and utilities
  {
    name: 'mobile call detail records from a mediation export: MSISDNs without +, IMSIs, a Luhn-valid IMEI with a card-like prefix, an emergency short code, cell ids',
    text: `-- CDR batch MSC-LAG-03 20240312_08 (first 5 of 1,204 rows), for the roaming-fraud question
record_type,served_msisdn,served_imsi,served_imei,other_party,start_time,duration_s,cell_id,lac,charge_ngn,cause
MOC,2348031234471,621301234567890,352918044712096,2348057789012,20240312081455,124,41172,0A21,32.40,normal
MTC,2348031234471,621301234567890,352918044712096,2349012204471,20240312083102,17,41172,0A21,0.00,normal
SMS-MO,2348031234471,621301234567890,352918044712096,2348188207731,20240312084019,0,41173,0A21,4.00,
MOC,2348062209338,621301209338447,861224047120935,112,20240312085511,61,41190,0A22,0.00,emergency
MOC,2348062209338,621301209338447,861224047120935,+447700900413,20240312090244,302,41190,0A22,618.20,normal`,
    // IMSIs, IMEIs (the first passes Luhn but is a handset id), the 112 short code, timestamps, durations,
    // cell ids, LACs and charges are not ours.
    expected: [
      ['PHONE', '2348031234471'],
      ['PHONE', '2348057789012'],
      ['PHONE', '2348031234471'],
      ['PHONE', '2349012204471'],
      ['PHONE', '2348031234471'],
      ['PHONE', '2348188207731'],
      ['PHONE', '2348062209338'],
      ['PHONE', '2348062209338'],
      ['PHONE', '+447700900413'],
    ],
  },
  {
    name: 'Philippine SIM registration record: "SURNAME, GIVEN MIDDLE" full name, date of birth, a 16-digit PhilSys number, a device IP and the form’s sample name as a placeholder',
    text: `SIM REGISTRATION — SUBSCRIBER RECORD (RA 11934)                 Ref No: SIMREG-2304-8847120
Mobile Number:   0917 882 4471
Full Name:       BAUTISTA, MARIA CRISTINA SANTOS
Date of Birth:   1994-08-21
Sex:             F
Nationality:     Filipino
Address:         45 Rizal St., Brgy. San Antonio, Makati City 1203
ID Presented:    PhilSys Card Number (PCN) 4471-2093-8831-6620
Selfie match:    0.97 (PASS)
Registered:      2023-04-11 14:22:09    Channel: GlobeOne app    Device IP: 112.198.77.41
Agent note: subscriber first typed JUAN DELA CRUZ (the sample name printed on the form); corrected after ID check.`,
    // The PCN is a national id (and fails Luhn); Juan dela Cruz is the Philippine placeholder name; Rizal
    // St and Brgy. San Antonio are named after people; the reference number and registration time are not ours.
    expected: [
      ['PHONE', '0917 882 4471'],
      ['PERSON', 'BAUTISTA, MARIA CRISTINA SANTOS'],
      ['DATE_OF_BIRTH', '1994-08-21'],
      ['IP_ADDRESS', '112.198.77.41'],
    ],
  },
  {
    name: 'utility CIS account notes: an account name field, identity verified by DOB, a relative paying by phone, agent user ids, a meter number and a boulevard named after an activist',
    text: `CIS — Account Notes    Acct 4471209338-2    Name on acct: DLAMINI-REYES, NOMVULA
Svc addr: 808 Cesar Chavez Blvd, San Antonio TX 78204    Premise 700448    Meter 55A014471
Date/Time       User      Note
03/12/24 09:14  JMORALES  INBOUND CALL. Spoke w/ acct holder Nomvula Dlamini-Reyes. Verified by DOB 07/30/1986 + last 4 SSN. Cust disputes est. read Feb (bill $418.77).
03/12/24 09:22  JMORALES  Set pmt arrangement 3 x $139.59. Cust's mother Thandiwe Dlamini will pay 1st install by phone from (210) 555-0183.
03/13/24 16:40  IVR       Payment rec'd $139.59 card ****1138 conf 88471209.
03/14/24 11:05  RPATEL    Field order FO-447120 completed: actual read 48832 kWh. Rebill issued, new bal $262.40.
03/15/24 08:30  SYSTEM    Email sent to nomvula.dr@gmail.com (template ARR_CONFIRM).`,
    // JMORALES and RPATEL are user ids; account, premise, meter, field-order and confirmation numbers,
    // amounts, reads and note dates are not ours; the boulevard is named after Cesar Chavez.
    expected: [
      ['PERSON', 'DLAMINI-REYES, NOMVULA'],
      ['PERSON', 'Nomvula Dlamini-Reyes'],
      ['DATE_OF_BIRTH', '07/30/1986'],
      ['PERSON', 'Thandiwe Dlamini'],
      ['PHONE', '(210) 555-0183'],
      ['EMAIL', 'nomvula.dr@gmail.com'],
    ],
  },
  // ---------------------------------------------------------------- parking, tolls, courts
  {
    name: 'London penalty charge notice with the keeper’s online representation: plate, PCN and officer numbers, a Blue Badge number, a hospital and a road named after people',
    text: `PENALTY CHARGE NOTICE (Regulation 10) — London Borough of Camden
PCN number: CU48812047          Date of issue: 14/03/2024
Vehicle registration: LK19 XWD    Make: Vauxhall    Colour: Grey
Location: Gower Street, WC1 (outside no. 62)    Civil Enforcement Officer: CE2271
Contravention: 01 — Parked in a restricted street during prescribed hours    Observed 11:41–11:47
Amount: £160.00 (£80.00 if paid within 14 days)

--- Representation submitted online 18/03/2024 ---
Name: Emeka Chukwuemeka-Lloyd
Address: 41 Shakespeare Road, London N3 1XE
Email: emeka.cl@btinternet.com    Phone: 07834 471209
Grounds: I was dropping off my father, Obinna Chukwuemeka, for his appointment at the Eastman Dental Hospital. He uses a wheelchair and holds Blue Badge no. 4471 2093 8831 (expires 09/2025); getting him out of the car took longer than expected. Photos and his appointment letter (hospital no. MRN 7720419) are attached.`,
    // The PCN, plate, officer, Blue Badge and hospital numbers, amounts and dates are not ours; Shakespeare
    // Road and the Eastman Dental Hospital are named after people.
    expected: [
      ['PERSON', 'Emeka Chukwuemeka-Lloyd'],
      ['EMAIL', 'emeka.cl@btinternet.com'],
      ['PHONE', '07834 471209'],
      ['PERSON', 'Obinna Chukwuemeka'],
    ],
  },
  {
    name: 'Tolls by Mail notice: the registered owner in capitals, a plate, bridges and a tunnel named after people, a boulevard named after a person, a toll-free number and a tag number',
    text: `TOLLS BY MAIL — NOTICE OF TOLLS DUE                         MTA Bridges and Tunnels
Notice number: T042774120931        Notice date: 03/08/2024        Pay by: 04/07/2024
Registered owner: KAVYA SUBRAMANIAN
                  88-14 Sutphin Blvd Apt 6D, Jamaica NY 11435
Plate: NY KJT4471    Vehicle class: 2 axle

Date        Time   Facility                      Lane   Toll      Fee
02/17/2024  08:14  Verrazzano-Narrows Bridge      12    $13.94    $2.50
02/17/2024  19:02  Robert F. Kennedy Bridge       07    $11.19    $2.50
02/24/2024  10:33  Hugh L. Carey Tunnel           03    $11.19    $2.50
                                                        Total due: $43.82
Pay at tollsbymail.com or call 1-844-555-0140. E-ZPass customers: link tag 0044712093 to avoid fees.`,
    // The bridges, the tunnel and Sutphin Blvd are named after people; the notice number, plate, lanes,
    // amounts, dates and the E-ZPass tag are not ours.
    expected: [
      ['PERSON', 'KAVYA SUBRAMANIAN'],
      ['PHONE', '1-844-555-0140'],
    ],
  },
  {
    name: 'justice-court daily calendar: the judge, "LAST, FIRST MIDDLE" defendants with DOB including a leap day, a John Doe defendant, counsel, a creditor company and a court named after a person',
    text: `MARICOPA COUNTY JUSTICE COURTS — WEST MCDOWELL JUSTICE COURT
CALENDAR FOR 03/20/2024    COURTROOM 2    JUDGE: HON. GABRIELA SEPÚLVEDA-ROSS
TIME   CASE NUMBER     DEFENDANT                       DOB          CHARGE                              ATTORNEY
08:30  JC2024-118442   NAKAGAWA, DAVID KENJI           06/03/1990   28-701A SPEED GREATER THAN R&P      PRO PER
08:30  TR2024-004471   DOE, JOHN                       UNKNOWN      13-2412 FAIL TO PROVIDE TRUE NAME   PD: FARAH ABDI
08:45  CR2024-020933   TSOSIE, MARCUS LEE              11/17/1996   13-1203 ASSAULT (DV)                BRIAN OKONJO
09:00  CV2024-007712   MIDLAND CREDIT MGMT v. ALVARADO, ROSA ELENA    DEBT COLLECTION — ANSWER DUE
09:15  JC2024-118501   HASSAN, ABDIRAHMAN              02/29/1984   28-3473 DRIVING ON SUSPENDED LIC    PRO PER
NOTE: DEFENDANTS MUST CHECK IN 15 MINUTES EARLY. SOMALI INTERPRETER REQUESTED FOR HASSAN.`,
    // DOE, JOHN is the placeholder for an unidentified defendant; Midland Credit Mgmt is a company and
    // McDowell a road named after a person; case numbers, statute numbers and the calendar date are not ours.
    expected: [
      ['PERSON', 'GABRIELA SEPÚLVEDA-ROSS'],
      ['PERSON', 'NAKAGAWA, DAVID KENJI'],
      ['DATE_OF_BIRTH', '06/03/1990'],
      ['PERSON', 'FARAH ABDI'],
      ['PERSON', 'TSOSIE, MARCUS LEE'],
      ['DATE_OF_BIRTH', '11/17/1996'],
      ['PERSON', 'BRIAN OKONJO'],
      ['PERSON', 'ALVARADO, ROSA ELENA'],
      ['PERSON', 'HASSAN, ABDIRAHMAN'],
      ['DATE_OF_BIRTH', '02/29/1984'],
      ['PERSON', 'HASSAN'],
    ],
  },
  // ---------------------------------------------------------------- fleet
  {
    name: 'Samsara fleet API call with a bearer token and its JSON, then a safety event and a dispatcher note: driver, coach, VIN, plate, GPS fix and a gateway LAN address',
    text: `$ curl -s -H "Authorization: Bearer ${samsaraToken}" "https://api.samsara.com/fleet/vehicles/stats?types=gps&vehicleIds=281474979471120"
{"data":[{"id":"281474979471120","name":"Truck 47 - Freightliner Cascadia","externalIds":{"samsara.vin":"3AKJHHDR7NSNA4471"},"licensePlate":"TX 8KD4471","staticAssignedDriver":{"id":"52144712","name":"Ramón Villarreal Treviño"},"gps":{"time":"2024-03-14T15:02:11Z","latitude":29.42412,"longitude":-98.49363,"headingDegrees":271,"speedMilesPerHour":67.4,"reverseGeo":{"formattedLocation":"I-10 W & Callaghan Rd, San Antonio, TX"}}}],"pagination":{"endCursor":"","hasNextPage":false}}

Safety event 2024-03-14 15:01:58Z — harsh brake (-0.52 g) — driver Ramón Villarreal Treviño (cell 210-555-0175) — coach: Dana Whitcomb
Dispatcher note: Ramón says a car cut him off merging from Callaghan. Dashcam clip uploaded via gateway VG54-4A7T2X (LAN 192.168.8.47).`,
    // Vehicle and driver ids, the VIN, plate, coordinates, speeds and times are not ours; Callaghan Rd is
    // named after a person; the gateway serial is not an address.
    expected: [
      ['SECRET', samsaraToken],
      ['PERSON', 'Ramón Villarreal Treviño'],
      ['PERSON', 'Ramón Villarreal Treviño'],
      ['PHONE', '210-555-0175'],
      ['PERSON', 'Dana Whitcomb'],
      ['PERSON', 'Ramón'],
      ['IP_ADDRESS', '192.168.8.47'],
    ],
  },
];

describeHoldout('privacy hold-out 22: bookings, orders and operations records', cases);
