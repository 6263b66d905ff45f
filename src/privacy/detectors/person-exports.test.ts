import { describe, expect, it } from 'vitest';
import { detectAll } from '../registry.js';
import { defaultDetectors } from './index.js';

/**
 * PERSON in platform exports and file formats: contacts saved under a relation, handles and
 * nicknames, places and devices under a `name`, nouns said of someone before a particle, directory
 * names written `Last, First`. Each case: the text and every PERSON value expected, in order.
 */
type Case = [string, string, string[]];

const cases: Case[] = [
  [
    'a vCard contact saved under a relation names no one, a full name beside it does',
    'BEGIN:VCARD\nVERSION:3.0\nN:;Mamá;;;\nFN:Mamá\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:Ruiz;Ana;;;\nFN:Ana Ruiz\nEND:VCARD',
    ['Ruiz;Ana', 'Ana Ruiz'],
  ],
  [
    'near miss: a given name that is a relation word elsewhere (Anne, Tia) is a name',
    'BEGIN:VCARD\nN:Moreau;Anne;;;\nFN:Anne Moreau\nEND:VCARD\nBEGIN:VCARD\nN:Lopez;Tia;;;\nEND:VCARD',
    ['Moreau;Anne', 'Anne Moreau', 'Lopez;Tia'],
  ],
  [
    'a birthday and a relation before a particle are no part of the name after it',
    'SUMMARY:Cumpleaños de Lucía Ferrer Navarro\nhier ist Yasemin Çelik, Mama von Deniz Çelik.',
    ['Lucía Ferrer Navarro', 'Yasemin Çelik', 'Deniz Çelik'],
  ],
  [
    'near miss: a given name before a particle opens the name (Ludwig van Aken, Jan van der Berg)',
    'Ludwig van Aken and Oscar de la Renta met Jan van der Berg.',
    ['Ludwig van Aken', 'Oscar de la Renta', 'Jan van der Berg'],
  ],
  [
    "a device named after its owner's given name is no name",
    '<Record sourceName="Apple Watch de Lucía" unit="count"/>\n<Record sourceName="Salud" unit="kg"/>',
    [],
  ],
  [
    'near miss: a person under a source-prefixed name part is still a name',
    '{"source_first_name": "Marta", "source_last_name": "Ibáñez", "email": "marta@correo.es"}',
    ['Marta', 'Ibáñez'],
  ],
  [
    'a made-up nickname and a lower-case handle are no names; a bot account is none',
    '{"name": "quietfrost", "nickname": "Frosty", "isBot": false}\n{"real_name": "Martina Figueroa", "display_name": "martu"}\n{"real_name": "Slackbot", "display_name": "Slackbot"}',
    ['Martina Figueroa'],
  ],
  [
    "near miss: a given name's pet form under a nickname, a given name in lower case under a display name",
    'full_name,nickname,email\nMargaret Osei,Peggy,peggy@mail.com\n{"real_name": "Aisha Bello", "display_name": "aisha"}',
    ['Margaret Osei', 'Peggy', 'Aisha Bello', 'aisha'],
  ],
  [
    "a name one level down in its key's object, among a profile's contacts (Instagram's string_map_data)",
    '{"string_map_data": {\n "Email": { "href": "", "value": "noura@mail.sa", "timestamp": 0 },\n "Name": { "href": "", "value": "نورة الشمري", "timestamp": 0 },\n "Gender": { "href": "", "value": "female", "timestamp": 0 } } }',
    ['نورة الشمري'],
  ],
  [
    "near miss: the same nested name alone, or among a product's keys, says no person",
    '{"Name": { "href": "", "value": "نورة الشمري", "timestamp": 0 }}\n{"SKU": { "value": "A-1" }, "Name": { "value": "نورة الشمري" }, "Price": { "value": "12" }}',
    [],
  ],
  [
    "places under a JSON object's name key: a city, a home town",
    '{"full_name": "Carolina Méndez", "current_city": { "name": "Zaragoza, Spain" }, "hometown": { "name": "Huesca" }, "phone": "+34 622 044 712"}',
    ['Carolina Méndez'],
  ],
  [
    "near miss: the name in an address object is its addressee's",
    '{"email": "itziar@correo.eus", "billing_address": { "name": "Itziar Goikoetxea", "city": "Bilbao" }}',
    ['Itziar Goikoetxea'],
  ],
  [
    "the name in a payment party's object (a payer, an ISO 20022 debtor, a customer)",
    '{"payer": {"name": "Siim Lepik", "iban": "EE25 1034 1992 2204 4701"}}\n{"debtor": {"name": "Kadri Saar"}, "customer": {"name": "Mario"}}',
    ['Siim Lepik', 'Kadri Saar', 'Mario'],
  ],
  [
    "near miss: a firm or a team as a party, and the name of a client's or an owner's object (software, a team)",
    '{"debtor": {"name": "Kestrel Analytics GmbH"}, "payee": {"name": "Support Team"}}\n{"client": {"name": "Google Chrome", "version": "120"}, "owner": {"name": "Data Platform"}}',
    [],
  ],
  [
    'a quoted iCalendar CN and an LDAP DN with an escaped comma, written Last, First',
    'ATTENDEE;CN="Dupont, Marie";RSVP=TRUE:mailto:marie.dupont@assurances.fr\nmanager: CN=Bauer\\, Katharina,OU=Benutzer,DC=corp,DC=de',
    ['Dupont, Marie', 'Bauer\\, Katharina'],
  ],
  [
    "an eID certificate's CN written SURNAME,GIVEN before the personal code (Smart-ID, a Latvian card, an escaped DN)",
    'cert subject: CN="SAAR,KADRI,PNOEE-48807124419", C=EE\nCN=BĒRZIŅA,ANNA,PNOLV-021192-20318\nSubject: CN=JÕEORG\\,JAAN\\,38001085718,OU=authentication',
    ['SAAR,KADRI', 'BĒRZIŅA,ANNA', 'JÕEORG\\,JAAN'],
  ],
  [
    "near miss: a card profile's CN with a year, a record's words before a code",
    'CN="ESTEID,SIGN,2015"\nCN=KESTREL,ORDERS,48807124419',
    [],
  ],
  [
    'near miss: a distribution list and a service account in a CN are no one',
    'ATTENDEE;CN="Comité de direction";RSVP=TRUE:mailto:codir@assurances.fr\ndn: CN=Sales\\, Team,OU=Groups,DC=corp,DC=de',
    [],
  ],
  [
    'a short accented family name that keys like a company mark (Sá), in a cell and in prose',
    '"First Name","Last Name","E-mail Address"\n"Inês","Sá Fernandes","ines@sapo.pt"\nFalei com a Inês Sá Fernandes ontem.',
    ['Inês', 'Sá Fernandes', 'Inês Sá Fernandes'],
  ],
  [
    'near miss: the company mark SA in capitals still makes a firm',
    'Contrato com Martins Sousa SA, assinado ontem.',
    [],
  ],
  [
    'a name cut by a GEDCOM CONC continuation line keeps the continuation in its span',
    '0 @I12@ INDI\n1 NAME Giuseppina /Russo/\n1 NOTE La nipote Chiara Espo\n2 CONC sito ha le lettere.',
    ['Giuseppina /Russo/', 'Chiara Espo\n2 CONC sito'],
  ],
  [
    'a Polish full name in the genitive and a family name declined after pani',
    'Katarzyna Lewandowska i Tomasz Wójcik: dane nowego pracownika, Tomasza Wójcika. W skrzynce pani Lewandowskiej był phishing.',
    ['Katarzyna Lewandowska', 'Tomasz Wójcik', 'Tomasza Wójcika', 'Lewandowskiej'],
  ],
  [
    'near miss: no declined forms looked for in a text without Polish letters',
    'Tomasz Wojcik met the Wojcika team.',
    ['Tomasz Wojcik'],
  ],
  [
    'the numbered name fields of an EU driving licence',
    'FÜHRERSCHEIN   DEUTSCHLAND\n1. HOFFMEISTER\n2. KLAUS-DIETER\n4c. Landkreis Hildesheim',
    ['HOFFMEISTER', 'KLAUS-DIETER'],
  ],
  [
    'near miss: a numbered list that is no licence names no one',
    'Steps:\n1. INSTALL\n2. CONFIGURE THE PROXY',
    [],
  ],
  [
    'an ID card label in two languages with a plural mark, and a family name printed on two lines',
    'Adı / Given Name(s)\nZEYNEP BETÜL\nAPELLIDOS / SURNAMES\nSANTAMARÍA\nDE LA FUENTE\nNOMBRE / NAME\nCRISTINA',
    ['ZEYNEP BETÜL', 'SANTAMARÍA\nDE LA FUENTE', 'CRISTINA'],
  ],
  [
    'near miss: a label in two languages that names no name, and a second line under a given name',
    'Cinsiyeti / Gender\nKADIN\nNOMBRE / NAME\nCRISTINA\nESPAÑOLA',
    ['CRISTINA'],
  ],
  [
    "a vCard template's placeholder N value beside a reserved domain, as its FN is",
    'BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;;Mr.;\nFN:John Doe\nEMAIL:john.doe@example.com\nEND:VCARD',
    [],
  ],
  [
    'near miss: a real N value beside a reserved domain is a name',
    'BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chidi;;;\nEMAIL:chidi@example.com\nEND:VCARD',
    ['Okafor;Chidi'],
  ],
  [
    'a head of government discussed as a public figure',
    'Lo que dijo Pedro Sánchez ayer en el Congreso no tiene nada que ver.',
    [],
  ],
  [
    '"Family, Given" alone in its cell: after an id number, in a report column, in a form\'s pipes',
    '19580312-4471 Lindqvist Bergström, Eva Marianne\nHollis, Marcus (1099)        2,400.00\nPatient: | Thibodeaux, Marcel J     |',
    ['Lindqvist Bergström, Eva Marianne', 'Hollis, Marcus', 'Thibodeaux, Marcel J'],
  ],
  [
    'near miss: a town and its state, a title after the given name left out',
    'Savannah, Georgia        31401\nHaddad, Karim Mr          Room 412',
    ['Haddad, Karim'],
  ],
  [
    'a family name in capitals of three parts before Mª and a given name',
    'Paciente: GARCÍA-VALDECASAS RUIZ, Mª PILAR      NHC: 4471209',
    ['GARCÍA-VALDECASAS RUIZ, Mª PILAR'],
  ],
  [
    'a display name family name first in escaped quotes before an address',
    '{"from":"\\"Ferreira Gomes, Mariana\\" <mariana.fgomes@sapo.pt>"}',
    ['Ferreira Gomes, Mariana'],
  ],
  [
    'the initial form of a person found in full: M. Family, Given R. from two fields',
    'Name: | Thibodeaux, Marcel J |\nSignature: M. Thibodeaux\nid,First Name,Last Name\n1,Sanna,Rautio\nLocal Legend: Sanna R.',
    ['Thibodeaux, Marcel J', 'M. Thibodeaux', 'Sanna', 'Rautio', 'Sanna R.'],
  ],
  [
    'near miss: a given name and an initial of someone never named in full',
    'Kudos from: Jukka Lehtonen, Ville K.',
    ['Jukka Lehtonen'],
  ],
  [
    'a courier by an Ethiopian given name under a labelled Courier field',
    'Customer: Ayşe K.\nCourier: Dawit\n1  Lahmacun (x2)  £13.00',
    ['Ayşe K.', 'Dawit'],
  ],
  [
    'near miss: a courier firm under the same label is no person',
    'Courier: DPD Express\nTracking: 1Z999',
    [],
  ],
  [
    "a specimen's given name alone, its placeholder family name in the lines around",
    'Personalausweis – Musterbild\nName / Surname: MUSTERMANN\nVornamen / Given names: ERIKA\nGeburtstag: 12.08.1964',
    [],
  ],
  [
    'near miss: a real given name alone beside another family name',
    'Name / Surname: BRANDT\nVornamen / Given names: ERIKA\nGeburtstag: 12.08.1964',
    ['BRANDT', 'ERIKA'],
  ],
  [
    "a Spark table's cell cut with ... keeps the name as far as it is shown",
    '+------+-----------+--------------------+\n|    id|    nombres|           apellidos|\n+------+-----------+--------------------+\n|880417|   Wilfredo|Ccori Huallpa de ...|\n+------+-----------+--------------------+',
    ['Wilfredo', 'Ccori Huallpa de'],
  ],
  [
    "an LDIF name attribute's short base64 value (Çağla, Öztürk)",
    'dn: uid=cozturk,ou=people,dc=example,dc=tr\ngivenName:: w4dhxJ9sYQ==\nsn:: w5Z6dMO8cms=\nmail: c@x.tr',
    ['w4dhxJ9sYQ==', 'w5Z6dMO8cms='],
  ],
  [
    'near miss: a base64 password or a non-name attribute is no name',
    'dn: uid=x,dc=example,dc=se\nuserPassword:: e1NTSEF9QnVTY05SZG5r\ndescription:: U2FsZXMgVGVhbQ==',
    [],
  ],
  [
    'an Italian married-name form is one name',
    'Paziente: sig.ra Concetta Esposito in Russo, nata a Napoli il 21/11/1942',
    ['Concetta Esposito in Russo'],
  ],
  [
    'near miss: a place after in, and an English text',
    'La figlia Maria Bianchi vive in Toscana, Chiara Neri in Italia.\nWe met Laura Brown in London last week.',
    ['Maria Bianchi', 'Chiara Neri', 'Laura Brown'],
  ],
];

describe('personDetector on platform exports and file formats', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const found = detectAll(defaultDetectors, text).filter((f) => f.type === 'PERSON');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });
});
