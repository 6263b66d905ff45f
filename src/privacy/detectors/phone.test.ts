import { describe, expect, it } from 'vitest';
import { classifyPhone, isNanp, phoneDetector } from './phone.js';

const spans = (text: string) => phoneDetector.detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('phoneDetector', () => {
  it.each<[string, string, string[]]>([
    ['US parentheses', 'Call me at (415) 555-0123 tomorrow.', ['(415) 555-0123']],
    [
      'a +1 number in dotted groups, an unbroken one after a wish to be texted, a vanity toll-free number',
      'mobile +1 206.381.7742; prefers text to 12063817742\nFor claims, call 1-800-FIX-ROOF (1-800-349-7663) or (888) GO-FEDEX.',
      ['+1 206.381.7742', '12063817742', '1-800-FIX-ROOF', '1-800-349-7663', '(888) GO-FEDEX'],
    ],
    [
      'no decimal with a sign, no text converted, no account number after a phone word, no DUNS, no part code nor company',
      'delta +1.2345678\nconvert text to 12063817742 bytes\nContact log — account 7720-4481\nlegacy DUNS 08-146-2291\npart 800-ABC1234, order at 1-800-Flowers.com or 1-800-FLOWERS.COM, masked 1-800-XXX-XXXX',
      [],
    ],
    [
      'a hyphenated mobile before the house number of a Thai address, a blank between',
      'ณัฐวุฒิ ศรีสวัสดิ์ 089-417-2256 99/12 ซ.สุขุมวิท 31 กรุงเทพฯ 10110',
      ['089-417-2256'],
    ],
    ['no phone cut from a hyphenated head that is none', 'Invoice 1234-567-890 12/03 paid', []],
    [
      "Icelandic s. (sími) before seven digits, a landline named before a comma, a Philippine form's Cel. No.",
      'Ólafur Þór Gunnlaugsson (s. 695 2083), viðurkenndi sök\nsa 0917 804 2261 o kaya sa landline namin, 8721 4408. Salamat po.\nCel. No.: 0918 224 7790',
      ['695 2083', '0917 804 2261', '8721 4408', '0918 224 7790'],
    ],
    [
      'no s. page in a text without Icelandic letters, no comma after other words, no Romanian cel',
      'Se s. 695 2083 i boken.\nOrder numbers, 8721 4408\nEste cel mai bun cont 87214408',
      [],
    ],
    [
      'a pandas assignment to a phone column, not to another column',
      'df.loc[df.customer_id == 95999, "phone"] = "0626584088"\ndf.loc[df.customer_id == 95999, "siren"] = "0612093911"',
      ['0626584088'],
    ],
    [
      'not a filler of zeros nor a tax number after its name',
      'SSN 000000000; numéro fiscal 30 12 447 120 938; tel 06 12 34 56 78',
      ['06 12 34 56 78'],
    ],
    [
      'an opening parenthesis that the number does not close',
      '담당 (02-6205-4471, hr@x.kr)',
      ['02-6205-4471'],
    ],
    [
      "not a conference id keyed with #, nor a company registry's number",
      'Dial +48 22 306 47 20,,883104471# or use ID 883 104 471#. Immatriculée au RCS de Lyon sous le numéro 842 117 309.',
      ['+48 22 306 47 20'],
    ],
    [
      'a country code in brackets of its own, groups tied by LaTeX tildes, a dial number split from its country code',
      'Phone number: (+30) 6944712093 (Mobile)\n\\phone[mobile]{+47~912~44~718} Tel.~+47~91244718\n<CountryDialing>385</CountryDialing><oa:DialNumber>914471209</oa:DialNumber>',
      ['(+30) 6944712093', '+47~912~44~718', '+47~91244718', '914471209'],
    ],
    [
      'Russian numbers with the trunk 8; a contact number under a key naming no time',
      'Её номер 8 903 120-44-71, офис 8 (495) 447-12-09\n{"contact_phone": 4155550123}',
      ['8 903 120-44-71', '8 (495) 447-12-09', '4155550123'],
    ],
    [
      'not Unix times under time keys that name a contact, nor groups 1-3-3-2-2 after another digit than 8',
      '{"first_contact_reply_at": 1710150911, "contactUpdatedTs": 1710150852000}\nref 5 903 120-44-71',
      [],
    ],
    [
      'not tilde-tied numbers of no phone shape, nor a bare number under an element naming no phone',
      'Fig.~3 shows 1~024~000~000 tokens and 2~048~000 steps\n<oa:ID>914471209</oa:ID>',
      [],
    ],
    [
      'a number under its key in Rails binds, a JSON body and a Java toString, past a masked id',
      '[["telefoonnummer", "0641882093"], ["iban", "x"]]\nbody={"telemovel": "912408173"}\n' +
        "Kunde{fodselsnummer='***********', telefon='+47 915 82 403'}",
      ['0641882093', '912408173', '+47 915 82 403'],
    ],
    [
      "MSISDNs without their + in a CDR's A- and B-number columns, a postcode after Tel Aviv that a phone word labels",
      'record_type,a_number,b_number,cell_id\nMOC,447911482337,447823441906,23415-4471-18820\nTel Aviv office, tel. 6108401',
      ['447911482337', '447823441906', '6108401'],
    ],
    [
      'column headers in Chinese, Vietnamese without diacritics, Indonesian (no_hp) and Arabic (رقم_المحمول)',
      '手机号,so_dien_thoai,no_hp\n13869420715,0903182746,081338765102\nرقم_المحمول: 0101245987',
      ['13869420715', '0903182746', '081338765102', '0101245987'],
    ],
    [
      'not a tax file number, an account number under its key, a dotted result code, a seed dummy',
      'mobile,tfn\n0433 105 662,862 204 519\n{"account_number": "0731948802"}\nHyperPay result 800.100.151\n' +
        "('테스트', '010-1111-1111')",
      ['0433 105 662'],
    ],
    [
      'Korean and Egyptian mobiles written compact; not an id opening with a date',
      'to 01045172283, رقم 01012459873; ref 01031994123',
      ['01045172283', '01012459873'],
    ],
    [
      'a bare number the same text gives as a phone elsewhere, and not one it does not',
      '"sdt":"+84938214607" … OTP sent to 0938214607 for order 0938214611',
      ['+84938214607', '0938214607'],
    ],
    [
      'not an example in a description after "for example" in Dutch, Polish or Japanese',
      'E.164, bijv. +31 6 12345678; np. 601 234 567; 例：090-1234-5678; tel 030 12345678',
      ['030 12345678'],
    ],
    ['an Indian toll-free number', 'Bridge: 1800 266 4471, participant code 447120#', ['1800 266 4471']],
    [
      'not a Russian insurance number (СНИЛС)',
      'СНИЛС: 047-129-038 70, тел. +7 916 447-12-09',
      ['+7 916 447-12-09'],
    ],
    [
      'not a tax number under a tax-id column in another language, a mobile under its own',
      'cep_tel,vergi_no,nhs_no\n0505 812 04 47,0710447120,720 931 8844',
      ['0505 812 04 47'],
    ],
    [
      'not a drug code under an NDC column, a phone under its own',
      'rx,ndc,patient_phone\nRX77,00591-5335-01,702.593.1184',
      ['702.593.1184'],
    ],
    ['US dashes and dots', 'office 212-555-0199, fax 212.555.0198', ['212-555-0199', '212.555.0198']],
    ['US with +1', 'Support: +1 (800) 555-0100 or +1-646-555-0142', ['+1 (800) 555-0100', '+1-646-555-0142']],
    ['US trunk 1', 'dial 1 415 555 0123 now', ['1 415 555 0123']],
    ['E.164 compact', '{"msisdn": "+14155550123"}', ['+14155550123']],
    ['UK international with (0)', 'Tel: +44 (0)20 7946 0958', ['+44 (0)20 7946 0958']],
    ['UK national', 'London office 020 7946 0958, mobile 07700 900123', ['020 7946 0958', '07700 900123']],
    [
      'DE',
      'Telefon: +49 30 12345678, Handy 0151 23456789, Büro (030) 1234567, 089/1234567',
      ['+49 30 12345678', '0151 23456789', '(030) 1234567', '089/1234567'],
    ],
    [
      'FR',
      'Téléphone : 01 42 27 75 10 ou +33 6 12 34 56 78 ou 06.12.34.56.78',
      ['01 42 27 75 10', '+33 6 12 34 56 78', '06.12.34.56.78'],
    ],
    ['IN', 'Mobile +91 98765 43210 / 98765 43210', ['+91 98765 43210', '98765 43210']],
    ['BR', 'Celular: (11) 91234-5678, fixo +55 21 3456-7890', ['(11) 91234-5678', '+55 21 3456-7890']],
    [
      "BR, a mobile's leading 9 set apart",
      "['(31)9 8812-4037', 'x']; celular: (21) 9 7741-2093",
      ['(31)9 8812-4037', '(21) 9 7741-2093'],
    ],
    [
      "a form answer's bare number under its question's label or ref, not one under another question",
      '{ "label": "Telefoonnummer", "type": "INPUT_PHONE_NUMBER", "value": "0612093847" }\n{ "type": "text", "text": "4155550123", "field": { "id": "Xa4", "ref": "mobile" } }\n{ "label": "Kundennummer", "value": "0612093911" }',
      ['0612093847', '4155550123'],
    ],
    [
      'a 555 number with its area code, numbers starting with counting digits',
      'tel (206) 555-0147; Tel. 030 12345678; Mobil +49 1522 3456789; phone 555-0200',
      ['(206) 555-0147', '030 12345678', '+49 1522 3456789', '555-0200'],
    ],
    [
      'JP',
      '電話 03-1234-5678 携帯 090-1234-5678 +81 90-1234-5678',
      ['03-1234-5678', '090-1234-5678', '+81 90-1234-5678'],
    ],
    ['other country code with separators', 'Teléfono: +34 612 34 56 78', ['+34 612 34 56 78']],
    ['00 international prefix', 'Rufnummer 0049 30 12345678', ['0049 30 12345678']],
    ['tel: URI', '<a href="tel:+14155550123">call</a>', ['+14155550123']],
    [
      'CSV with phone header (bare digits)',
      'id,name,phone\n1,Ann,4155550123\n2,Bob,2125550199\n',
      ['4155550123', '2125550199'],
    ],
    ['after a postcode, not a tracking number', 'SW1A 1AA 020 7946 0958', ['020 7946 0958']],
    ['markdown table', '| Name | Mobile |\n|------|--------|\n| Ann  | 6465550142 |', ['6465550142']],
    ['psql', ' id | phone_number\n----+--------------\n  7 | 4155550123\n(1 row)', ['4155550123']],
    [
      'pandas',
      '   id  name       phone\n0   1   Ann  4155550123\n1   2   Bob  2125550199',
      ['4155550123', '2125550199'],
    ],
    ['JSON key', '{"id": 4155550123, "phone": 2125550199}', ['2125550199']],
    ['log', 'WARN sms gateway failed to=4155550123 retry=3', ['4155550123']],
    ['local number with context', 'Tel. 555-1234', ['555-1234']],
    ['SQL literal', "UPDATE users SET phone = '+1 415 555 0123' WHERE id = 42;", ['+1 415 555 0123']],
    ['compact E.164 (ES, NL)', 'direct line +34660038800, or +31637832743', ['+34660038800', '+31637832743']],
    [
      'Dutch trunk-0 with mixed separators',
      'Bereikbaar op 020-123 4567 of 070-561 1651',
      ['020-123 4567', '070-561 1651'],
    ],
    [
      'Spanish national',
      'teléfono 612 531 191, fijo 91 123 45 67 o 612 53 11 91',
      ['612 531 191', '91 123 45 67', '612 53 11 91'],
    ],
    ['Italian mobile', 'Recapito: 348 193 5365 / 361/4370349', ['348 193 5365', '361/4370349']],
    ['Italian +39 keeps its 0', 'Tel. +39 02 9601007', ['+39 02 9601007']],
    ['Japanese compact mobile', '電話番号: 08038906866', ['08038906866']],
    ['German slash', 'Büro 030/1234567', ['030/1234567']],
    ['CSV header holding digits', 'id,phone,icd10\n1,0633774702,E11.9\n', ['0633774702']],
    [
      'SQL INSERT column',
      "INSERT INTO leads (id, mobile) VALUES (1, '0633774702'), (2, '0662921183');",
      ['0633774702', '0662921183'],
    ],
    ['French call-back word', 'Merci de la rappeler au 0733271726.', ['0733271726']],
    ['after a UK postcode', 'Flat 2, London SW19 5AE 020 7946 0958', ['020 7946 0958']],
    [
      'Chinese mobiles, grouped and compact under a 手机 header',
      '| 姓名 | 手机 |\n| --- | --- |\n| 李娜 | 139 1234 5678 |\n| 王伟 | 18601234567 |',
      ['139 1234 5678', '18601234567'],
    ],
    [
      'Turkish mobile after a parenthesised date',
      'Elif (doğum tarihi: 14.02.1990) 0532 418 27 63 numaralı telefondan aradı',
      ['0532 418 27 63'],
    ],
    ['Mexican mobile with the old 1 prefix', 'MX,Ximena,+52 1 55 1234 5678', ['+52 1 55 1234 5678']],
    [
      'a pandas phone cell without the next column',
      '    MBR_NO       PHONE_NO   ZIP\n0041882301 (915) 544-2087 79901\n0041882302 (915) 581-3362 79912',
      ['(915) 544-2087', '(915) 581-3362'],
    ],
    [
      'German numbers with a spaced slash after the area code',
      'Tel. 0171 / 4471209, privat +49 (0) 171 / 447 12 093',
      ['0171 / 4471209', '+49 (0) 171 / 447 12 093'],
    ],
    [
      'numbers in a right-justified pandas row, the next column one blank on (Vietnamese header)',
      '    Số điện thoại         CCCD\n     0912 447 129 001194004471\n  +84 90 812 0447 036088012044',
      ['0912 447 129', '+84 90 812 0447'],
    ],
    [
      'bare digits under a legacy PH column',
      'MBR_ID,MBR_NM,PH,PLAN_CD\n0041882301,"GARCIA, MARIA L",5125440087,PPO2',
      ['5125440087'],
    ],
    [
      'a receipt phone, not the terminal id under it (the phone line reads as a table header)',
      '        Tel. 06221 123456\n--------------------------------\nKartenzahlung            VISA\nTerminal-ID 61234567  TA-Nr 004211',
      ['06221 123456'],
    ],
    [
      'an id label with a phone word, and a caller id',
      'Tel.-Nr. 06221 123456, Mobile No. 0171 2345678, Caller ID: 415-555-0123',
      ['06221 123456', '0171 2345678', '415-555-0123'],
    ],
    [
      'a number label after an abbreviated phone word (Lithuanian, Danish), not after another word’s',
      'Tel. nr.: +370 612 48 397\nTlf. nr. 21 43 65 87\nKvit. nr. 0621 1234567\nOrd. nr.: 0621 7654321',
      ['+370 612 48 397', '21 43 65 87'],
    ],
    [
      'numbers without a shape of their own under phone labels of other scripts',
      'Телефон: 4155550123\nΚινητό: 694 512 3378\nטלפון: 0527483316\nטל: 0527483317\nرقم الجوال: 0554823617\nتلفن همراه: 09124837261\nโทร 0894723165',
      ['4155550123', '694 512 3378', '0527483316', '0527483317', '0554823617', '09124837261', '0894723165'],
    ],
    [
      'national groupings of Greece, India, Norway, Denmark and Mexico',
      'Orders: 2310 264 471, kinito 6944 712 093, papa ka number 9810 447 120, Trener (930 44 712), ring NAV på 55 44 71 20, Ing. Ramiro Cantú, 81 8340 2271',
      ['2310 264 471', '6944 712 093', '9810 447 120', '930 44 712', '55 44 71 20', '81 8340 2271'],
    ],
    [
      'Budapest after the trunk prefix, and a number taking a Hungarian case ending',
      'hívd a diszpécsert: 06 1 318 2044. Ha sürgős, hívj a 06 70 244 7120-as számon.',
      ['06 1 318 2044', '06 70 244 7120'],
    ],
    [
      'compact mobiles of the Philippines, Kenya and Nigeria, and a Kenyan MSISDN',
      'from MA*IA R. 09171447209 on 03-12-2024; sent to JANE KAMAU 0712447120 on 12/3/24; 08031234567; from PETER ODHIAMBO 254722318447 on 13/3/24',
      ['09171447209', '0712447120', '08031234567', '254722318447'],
    ],
    [
      'a number before a time stamp in parentheses',
      'the billing contact, currently Inês Barros, +351 912 447 120 (00:21:30)',
      ['+351 912 447 120'],
    ],
    [
      'a dialled international number under a reference column',
      'question,reference\n"Which number?","+45 28 44 71 20"',
      ['+45 28 44 71 20'],
    ],
    [
      "Argentina's local mobile with 15 after the area code, with or without the trunk 0",
      'que hable conmigo al 11 15-4471-2093 o al (0351) 15 447-1209',
      ['11 15-4471-2093', '(0351) 15 447-1209'],
    ],
    [
      'Polish, Dutch and Korean phone words',
      'proszę dzwonić: 12 447 12 09\n\nNaam;Mobiel\nDewi;0612498831\n\n고객센터 1588-4471',
      ['12 447 12 09', '0612498831', '1588-4471'],
    ],
    [
      'a Korean mobile said in Sino-Korean digit words, not a date said so',
      '고객: 공일공 육이팔삼 칠칠일사요.\n고객: 팔칠공삼일오요.',
      ['공일공 육이팔삼 칠칠일사'],
    ],
    ['a Medicare phone line, not a member id', 'Call Medicare at 1 800 633 4227 today', ['1 800 633 4227']],
    ['nine digits in threes after a phone word and a code', 'Tel. ES 612 345 678', ['612 345 678']],
    [
      "Faker's en_US numbers with an x extension, the 001 prefix and Mimesis' bracketed area code",
      "'phone': '+1-315-604-2279x8830', 001-402-813-2207x553, (402)813-2207x1234, +1-(517)-604-3382",
      ['+1-315-604-2279x8830', '001-402-813-2207x553', '(402)813-2207x1234', '+1-(517)-604-3382'],
    ],
    [
      'a trunk 0 kept in brackets with the area code after the country code',
      'contato +55 (084) 2718-3309, +44 (020) 7123 4567',
      ['+55 (084) 2718-3309', '+44 (020) 7123 4567'],
    ],
    [
      'Icelandic and transliterated Greek phone columns',
      'NAFN\tSIMI\nEinar\t6917735\n\nonoma,kinito\nEleni,6943182270',
      ['6917735', '6943182270'],
    ],
    [
      'numbers of the ranges reserved for drama on real-looking records',
      "(2, 'Guy', 'glong@gmail.com', '07700 900461')\nCall +44 20 7946 0958 or 0491 570 156, (503) 555-0178",
      ['07700 900461', '+44 20 7946 0958', '0491 570 156', '(503) 555-0178'],
    ],
    [
      'a drama-range number on a vCard whose e-mail is real, after a template card at a reserved domain',
      'BEGIN:VCARD\nEMAIL:john.doe@example.com\nEND:VCARD\nBEGIN:VCARD\nFN:Kofi Mensah\nEMAIL:k.mensah@tehn.ca\nTEL:+1-416-555-0199\nEND:VCARD',
      ['+1-416-555-0199'],
    ],
    [
      'a drama-range number in a multi-line record whose e-mail is real, and a seed-named column',
      "{'email': 'k.mensah@tehn.ca',\n  'firstname': 'Kofi',\n  'phone': '416-555-0199'}\nseed_contact_phone: 06 12 44 71 93",
      ['416-555-0199', '06 12 44 71 93'],
    ],
    [
      "PostgreSQL's logged bind value for a phone column, not for another",
      "LOG:  execute <unnamed>: INSERT INTO patients (id, phone, mrn) VALUES ($1, $2, $3)\nDETAIL:  parameters: $1 = '4155550124', $2 = '6173940528', $3 = '2125550199'",
      ['6173940528'],
    ],
    [
      "an SMS API call's sender and recipient",
      'svc.send({"to": "01045172283", "from": "15887120", "text": "주문하신 상품이 발송되었습니다"})',
      ['01045172283', '15887120'],
    ],
    [
      'digits counting up off a fixture line, a Belgian mobile and a counting number of unequal groups',
      'Tel. 030 12345678 (Frau Vogel)\nGSM +32 470 44 71 29, 0032 2 647 12 09\ntel 01 02 03 04 50',
      ['030 12345678', '+32 470 44 71 29', '0032 2 647 12 09', '01 02 03 04 50'],
    ],
    [
      'bare numbers under a phone field of a fixed-width layout given in a comment, not under its id field',
      '# layout: rec(3) member_id(10) name(12) home_phone(10) eff_date(8)\nDTL 3125550123 MCALLISTER B 3129884471 20240601',
      ['3129884471'],
    ],
    [
      'a CSV under a heading that names a notebook cell, read under its own header; a cell column kept',
      '## Previous cell output (head of the staged file)\n```\npayout_ref,nuban,bank\n' +
        'PO-884120,2087741365,Access Bank\nPO-884121,3091127746,First Bank\n```\n\n' +
        'name,cell\nAnn,4155550123\nBob,6175550188',
      ['4155550123', '6175550188'],
    ],
    [
      'a header a `\\n` escape above in a JSON string, not before; a label on its own escaped line',
      '{"text/plain": "  cns  nome  telefone\\n118  898 0012 3456 7891  Ana  (88) 99610-3352",' +
        ' "log": "ok\\ntelefone 4155550123"}',
      ['(88) 99610-3352', '4155550123'],
    ],
    [
      'not a health card or a NUBAN after its label beside a phone word, nor a student number; a phone word after the label',
      'Cartão SUS 898 0012 3456 7891 (telefone na ficha)\nphone / NUBAN 0441902278\n' +
        'account number for mobile top-up: 0803 447 1209\n\nstudent_no,name\n0241 447 1209,x',
      ['0803 447 1209'],
    ],
    [
      'a table cell under its own header, not under a title above the table that names contacts',
      'Customer contacts\nref      nuban        mobile\nPO-1     2087741365   08034471209\n' +
        'PO-2     3091127746   08051234471',
      ['08034471209', '08051234471'],
    ],
    [
      "a sample row's numbers counting up beside an id counting up, not one beside another phone",
      '홍길동, 900101-1234567, 010-1234-5678\n王小明 A123456789 手機 0912-345-678\n' +
        'Tel. 030 12345678, Fax 030 12345679\nmobile 91234567 (order 123456)',
      ['030 12345678', '030 12345679', '91234567'],
    ],
    [
      'a German number of the ZIP+4 shape, and one after a phone word next to a state code',
      'Telefon: 05121-1234\nBüro 05121-1234',
      ['05121-1234', '05121-1234'],
    ],
    [
      'ten digits of a valid NHS check digit where no NHS is named, or labelled by a phone word where it is',
      'Patient 943 476 5919 called\n',
      ['943 476 5919'],
    ],
    [
      'ten digits that fail the NHS check digit, and one a phone word labels, in a text naming the NHS',
      'NHS Trust referral. Call back on 943 476 5919. Other: 943 476 5918',
      ['943 476 5919', '943 476 5918'],
    ],
    [
      'ten digits of a valid NHS check digit in a text naming the NHS only in a domain',
      'ann.lee@nhs.net, office 943 476 5919',
      ['943 476 5919'],
    ],
    [
      "WhatsApp click-to-chat links and a form's wa parameters, numbers in E.164 without their +",
      'https://wa.me/447700912345?text=Hi wa.me/+6281234098761\n/terima-kasih?nama=&wa=6281234098761&utm_source=ig\n?no_wa=6281234098761',
      ['447700912345', '+6281234098761', '6281234098761', '6281234098761'],
    ],
    [
      'a +48 number cut short by an export, after the full number, and one a phone word labels',
      'tel. +48 691 228 407; w eksporcie CSV: "+4869122840"\nTelefon: +4869122840',
      ['+48 691 228 407', '+4869122840', '+4869122840'],
    ],
    [
      'numbers under the phone field of a SQL*Loader control file, whatever their shape',
      "LOAD DATA\nINFILE *\nINTO TABLE customers\nFIELDS TERMINATED BY ','\n(id, name, phone, city)\nBEGINDATA\n1,Ann Lee,4155550123,Austin\n2,Bo Li,20255501,Boston",
      ['4155550123', '20255501'],
    ],
    [
      'a number after the @example section ends (the next tag, the end of the comment)',
      "/**\n * @example\n * f() // 'x'\n * @since 4.0\n * Support: 020 7946 0958\n */\nconst tel = '+44 20 7946 0959'; // @example ends with its comment\n" +
        'max.mustermann@example.com, tel 0176 21948830',
      ['020 7946 0958', '+44 20 7946 0959', '0176 21948830'],
    ],
    [
      'an octal-looking French number of five groups, and a +number whose national part is not one digit repeated',
      'tél 01.42.68.53.00; +14155552671 +447777777778',
      ['01.42.68.53.00', '+14155552671', '+447777777778'],
    ],
    [
      "a vCard TEL's value past its parameters: a Polish landline in 2-3-2-2, a tel: URI's number",
      'TEL;WORK:22 584 71 20\nitem1.TEL;type=CELL;type=VOICE:+48 601 447 129\nTEL;VALUE=uri;TYPE="voice,cell":tel:+49-171-4471209',
      ['22 584 71 20', '+48 601 447 129', '+49-171-4471209'],
    ],
    [
      'a Turkish mobile written whole at the start of a sqlite3 row, and after a phone word',
      'number|name|date\n05324471209|Emre Kaya|1710238502118\nTel: 05451204478',
      ['05324471209', '05451204478'],
    ],
    [
      'a Chinese mobile written whole in full-width brackets after a name, and one in 【】',
      '她的助理陈浩（13967120934）负责对接；客服【15888204471】',
      ['13967120934', '15888204471'],
    ],
    [
      'a Chinese extension after the landline (转, 分机), part of its span',
      '电话：0571-8702 2093 转 816；总机 010-6552 8830分机2093',
      ['0571-8702 2093 转 816', '010-6552 8830分机2093'],
    ],
    [
      'a bare Chinese mobile in a list whose other entries give theirs grouped, or under a phone word',
      '#接龙\n1. 王晓雯 138 2749 1836\n2. 李建国 +1\n3. 赵敏 13910284473\n\n报名请留手机号：\n1、张伟 15820934471',
      ['138 2749 1836', '13910284473', '15820934471'],
    ],
    [
      'not bare eleven digits beside a listed mobile after an id word (an order number) or outside a numbered entry',
      '订单号 13910284475\n1. 陈志强 186-0127-4439\n2. 订单号 13910284476\n赵敏 13910284473',
      ['186-0127-4439'],
    ],
    [
      'a number glued to a Hebrew one-letter prefix with a hyphen or a maqaf',
      'אפשר בביט ל-052-771-2093 או ב־054-318-4471',
      ['052-771-2093', '054-318-4471'],
    ],
    [
      'a Polish mobile after a request ending in "na", or after "na numer"',
      'Proszę na 512 839 047, dzięki. BLIK na numer 601-447-120',
      ['512 839 047', '601-447-120'],
    ],
    [
      'a +-number its plan does not take (a kept trunk 0, an unassigned area code, too long) after a phone word',
      'his number is +81046265052\nWhatsApp: +4902764269400\nphone +13946233306, contact +72 5881 20404626',
      ['+81046265052', '+4902764269400', '+13946233306', '+72 5881 20404626'],
    ],
    [
      'a known country code and the trunk 0 kept, the rest of the right length, with no phone word',
      'Anna +49 0151 4471 2093, Kenji +81 090-4471-2093, office +44 (0)20 7946 0958, +43046265052',
      ['+49 0151 4471 2093', '+81 090-4471-2093', '+44 (0)20 7946 0958', '+43046265052'],
    ],
    [
      'a number after reaching someone, being reached, a text asked for or one’s own number',
      'Please reach the customer at 0172588120 before Friday. She can be reached on 0172 5881204.\n' +
        'Text me at 01725881209 or reach Anna Berg at 4471209338. Sie erreichen uns werktags unter 0172588121.',
      ['0172588120', '0172 5881204', '01725881209', '4471209338', '0172588121'],
    ],
    [
      'an x extension after a blank, as Faker writes it, not the words other languages write',
      'Call 308-714-0276 x42694 or (385) 286-6073 x813 or 1-542-308-6140 x276; bureau 450 555-0147, poste 3',
      ['308-714-0276 x42694', '(385) 286-6073 x813', '1-542-308-6140 x276', '450 555-0147'],
    ],
    [
      'numbers in pairs before a word that opens with hex letters',
      'call 02 40 27 64 26 before Friday; phone: 21 11 15 19 decided',
      ['02 40 27 64 26', '21 11 15 19'],
    ],
    [
      "a number after a hyphen parting a pytest id's parameters, not after one in any other bracket",
      'FAILED tests/test_phone.py::test_normalise[윤하은-010 3827 4619] - AssertionError\norder[ref-010 3827 4619]',
      ['010 3827 4619'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected.map((value) => ['PHONE', value]));
  });

  it.each<[string, string]>([
    [
      'bytes printed in hex',
      '// Prints: <Buffer 88 13 70 17>\n<Buffer a0 8b 28 3f 01 00 00 00 50 32>\n00000010: 48 65 6c 6c 6f 20 77 6f 72 6c 64 0a  Hello world.',
    ],
    ['ISO timestamps', 'at 2024-01-15T10:30:00Z and 2024-01-15 10:30:00.123 and 20240115103000'],
    ['dates', 'born 15.01.1990, due 01/02/2024, 2024/01/15, 01-02-2024'],
    ['epoch', 'created_at=1705312200 ts=1705312200123'],
    ['version strings', 'v2.10.4 and 10.0.19041.1 and 1.2.3-rc.1'],
    ['IPs', 'hosts 192.168.100.200 and 10.0.0.1 and 172.16.254.1'],
    ['decimals and money', 'pi=3.14159265358 total 1234567.89 EUR, 1.234.567,89 €, $4155550123'],
    ['year ranges', 'from 2019-2023 and 1999-2004'],
    ['numeric ids', 'user_id=4155550123 order 1000234567 #4155550123'],
    ['order numbers', 'ORD-2024-001234 INV-4155550123 ticket 2024-001234-99'],
    ['UUID', 'id 550e8400-e29b-41d4-a716-446655440000'],
    ['git SHA', 'commit 4155550123ab9f0e1c2d3e4f5a6b7c8d9e0f1a2b'],
    ['credit card shaped', '4111 1111 1111 1111'],
    ['SSN shaped', '123-45-6789, also invalid ones 074-00-5275 and 085-19-0000, contact 536-22-1234'],
    ['invalid IBAN pieces', 'NL76 HUYA 0291 5692 93 and BE44 0457 6393 3991 and NO40 0127 3852 198'],
    ['UPS tracking numbers in groups', 'Tracking: 1Z 999 AA1 01 2345 6784, 1Z 4E9 0W6 03 9012 8347 (UPS)'],
    ['amounts with spaced thousands', 'ventas de 612 531 191 € y 712 345 678 EUR, cuota 91 123 45 67%'],
    ['UUID head', '"payment_id": "20298970-ba04-401e-8aad-8a5f2379e68a", contact'],
    ['compact unknown or invalid country code', 'delta +25000000 and +34060038800'],
    ['invalid NANP area and exchange', '(123) 555-0123, 911-555-0123, 415-055-0123, 415-911-0123'],
    ['column name only', 'SELECT phone, mobile FROM contacts'],
    ['percent', 'growth 12345678%'],
    ['plus-prefixed delta', 'revenue +25000000'],
    ['path segments', 'GET /api/users/4155550123/orders'],
    ['3-4-4 groups outside the Chinese mobile range', 'batch 120 1234 5678 and 105 2024 0001'],
    ['a stray parenthesis before a weak number', '(since 2019) 1234 5678 units'],
    ['Mexican number too long without the mobile 1', '+52 2 55 1234 5678'],
    [
      'a pandas number and ZIP without a phone column',
      '   MBR_NO    ORDER_NO   ZIP\n0041882301 4155550123 79901',
    ],
    ['pH before a sample number in prose', 'pH 7.4 sample 20240315 and pH 6.9 sample 20240316'],
    [
      'numbers after id labels',
      'Terminal-ID 61234567  TA-Nr 004211, Beleg-Nr. 0621 1234567, Kunden-ID: 030 12345678, Auth-Code 415-555-0123',
    ],
    [
      'an invoice number after a company named Mobile, and a cursor in a URL query',
      'PRLV SEPA FREE MOBILE /MOTIF FACTURE 0471928 /ICS FR37ZZZ471928\nGET /crm/v3/objects/contacts/search?after=51234989',
    ],
    ['the seconds of a time and the year after them', '[Tue Mar 12 10:15:09.118923 2024] [core:error]'],
    [
      'numbers given as examples of a format',
      'Enter a valid phone number (e.g. 0121 234 5678). Format: +44 20 7946 0958, Beispiel: 030 12345678',
    ],
    [
      'numbers under other labels of those scripts',
      'Заказ: 4155550123\nΑΦΜ: 694 512 3378\nرقم الهوية: 1045872369',
    ],
    [
      'a year and numbers in 4-3-3 and 2-4-4 that no plan writes so',
      'in 2024 123 456 units; ref 5810 447 120; lot 12 3456 7890',
    ],
    ['eight digits in pairs or 3-2-3 starting with 0 or 1', 'codes 01 20 93 18 and 130 44 712'],
    [
      'an id in threes after a 0, and national ids named before a number',
      "TAJ szám 044 712 099\nNuméro d'assurance sociale: 046 454 286 10\nSocial insurance number: 046 454 286",
    ],
    ['a remark in parentheses after a number', 'Periode 03 (01-03-2024 t/m 31-03-2024)'],
    ['a hyphenated reference after a strong number', 'order 06 70 244 7120-ab12 and 06 70 244 7120-abcdefgh'],
    [
      'an IMEI after a phone word, and a record number filed under its year',
      'le hurtaron su celular Samsung (IMEI 356447120931852)\nRegistro de Ocorrência n.º 012-04471/2024',
    ],
    [
      "a driver's licence after its state, a frequent-flyer number after its airline, a Medicaid id",
      "Driver's license: NY 884 120 447\nFinnair Plus AY 617 447 120 (Gold)\n\nID / Phone\nMedicaid 4471209338",
    ],
    [
      "a form's placeholder numbers: counting digits, a prefix and zeros, the US fictional 555-01XX",
      'Telefonnummer (Hilfetext: „z. B. 0123 456789“)\ntelefon rodzica – 600 000 000 lub +48 600 000 000\n연락처 010-0000-0000\nPhone,Company\n555-0100,ACME\nPhone: (123) 456-7890',
    ],
    [
      'a Swedish personnummer and a Danish CPR number under their column',
      'Elev\tPersonnummer\tNärvaro\nEklund, Saga\t091127-2093\t81 %\nNavn;CPR;Tlf\nJens;010203-4471;x',
    ],
    [
      'compact numbers of other prefixes',
      'Auftrag 0612231187, Konto 0101039947, 注文番号 639145204612, ref 2547123456',
    ],
    [
      "drama-range numbers on a fixture's record, and where else the text quotes them",
      "(6, 'Seed', 'Admin', 'admin@example.com', '07700 900461')\nM0055012 Test Member 0491 570 156 test.member@example.org\nfailure cases: 0491 570 156, +44 7700 900461\nqa: +1 (202) 555-0143, qa@example.net",
    ],
    [
      "groups counting up, and a prefix with digits counting up on a fixture's record",
      'Tél. 01 02 03 04 05\n| Jan | Jansen | 06-12345678 | test@example.com |\nRossi  Mario  333 1234567  mario.rossi@example.com',
    ],
    [
      'a Belgian national register number, and nine digits after +32 that are no mobile',
      'rijksregisternummer 01.10.30-391.90, GSM 01.10.30-391.90\nticket de compra (TK 0032-118-440917)',
    ],
    ['an x after a number that is no extension', 'frame 1234567x and 12345678xyz'],
    [
      'drama-range numbers in a multi-line record with a reserved e-mail (a pretty-printed test contact, an OpenAPI example)',
      "[{'email': 'test.contact@example.com',\n  'firstname': 'Test',\n  'phone': '416-555-0199'}]\n      example:\n        email: jane.doe@example.com\n        phone: \"+1-202-555-0143\"",
    ],
    [
      'drama-range numbers on vCard templates whose e-mail is at a reserved domain',
      'BEGIN:VCARD\nFN:John Doe\nEMAIL;TYPE=INTERNET:john.doe@example.com\nTEL;TYPE=WORK:+1-202-555-0143\nEND:VCARD\nBEGIN:VCARD\nEMAIL;TYPE=work:mailto:jane@example.org\nTEL;VALUE=uri;TYPE=work:tel:+1-555-555-0100\nEND:VCARD',
    ],
    [
      "a random generator's seed in a script that fakes contacts",
      '// seed-contacts.ts\nfaker.seed(20240318);\nnp.random.seed(20240318)\ntrain_test_split(X, random_state=20240318)\nfaker --seed 20240318',
    ],
    [
      'a range without a message, and a message without both parties',
      '{"from": 15887120, "to": 15887199, "step": 1}\n{"to": "15887120", "text": "ok"}',
    ],
    [
      'US ZIP+4 codes after a state code or under a ZIP or postal label (New England codes open with 0)',
      'Boston, MA 02111-1307 USA\nHartford, CT 06103-2819\nzip: 06103-2819\n{"zipCode": "02111-1307"}\nname,city,postal_code\nAna,Boston,02111-1307',
    ],
    [
      'an NHS number named before it on its line or elsewhere in the text, bare or grouped',
      'NHS No. 943 476 5919\nThe number recorded for this patient on the referral is 943 476 5919 (NHS)\nnhs_no,name\n9434765919,Ann',
    ],
    [
      "numbers in links that are no WhatsApp number's: an id parameter, a key merely containing wa, an invalid code, too short",
      'https://x.co/a?id=6281234098761&swap=6281234098761&wa=0281234098761&wa=62812 wa.me/99912345678',
    ],
    [
      'short +numbers without a full number they start nor a phone word, and one three digits short',
      'order +4869122840\nref +48691228',
    ],
    [
      'numbers in the @example section of a JSDoc comment, and examples a documentation word gives in code spans',
      "/**\n * @example\n * faker.phone.number() // '961-770-7727'\n * fakerEN_GB.phone.number({ style: 'mobile' }) // '07123456789'\n */\n" +
        '/** A human-input phone number, e.g. `555-770-7727` or `555.770.7727 x1234` (e.g. `!##-!##-####` -> 272-285-0453). */',
    ],
    [
      "an IPv4 address written in octal, and a +1 number of one digit repeated (a validator's test)",
      'octal octets (`0300.0250.01.01`); e164: "+15555555555", "+447777777777"',
    ],
    [
      'numbers under an account field of a SQL*Loader control file',
      "LOAD DATA\nINFILE *\nINTO TABLE t\nFIELDS TERMINATED BY ','\n(id, account_no, city)\nBEGINDATA\n1,4155550123,Austin",
    ],
    [
      "a cell tower's id in a CDR and after its label, and an Israeli postcode after Tel Aviv",
      'cell_id,start_time\n23415-4471-18820,2024-05-20T08:14:22Z\nserving Cell ID: 23415-4471-18821\nTo: Rehov Herzl 41, Tel Aviv 6108401, Israel',
    ],
    [
      'a 16-digit card number and an 11-digit number not opening 13–19 in full-width brackets, a vCard NOTE',
      '卡号（6222021234567890）编号（23967120934）\nNOTE;X-TYPE=a:22 584 71 20',
    ],
    [
      'an eleven-digit Turkish-looking number opening with a date (05.03.1990), and a T.C. Kimlik number',
      'ref 05031990123 / 44712093186',
    ],
    [
      'bare eleven digits in a list with no phone found nor phone word, or after a word, not a name',
      '1. 王晓雯 订单 13827491836\n2. 李建国 13910284473',
    ],
    [
      'a hyphenated number after a Hebrew word ending in a prefix letter, and a reference after a Latin letter',
      'שורה-052-771-2093 ref L-052-771-2093',
    ],
    [
      'a Polish mobile shape after "numer" of an order, after "na" with no request, and no mobile prefix',
      'Zamówienie numer 512 839 047. Czekam na 512 839 047. Proszę na 312 839 047',
    ],
    [
      'placeholders of zeros off their plan under a phone column, in a seed file',
      'fornavn,mobil\nOla,+47 000 00 001\nKari,+234 000 000 0001',
    ],
    [
      'a +-number off its plan with no phone word: an order, an amount, a score, a timestamp, coordinates',
      'Order +31041675630 shipped. Balance +1234567 USD, call volume +12 345 678, final score +13.\n' +
        'offset +2024-03-12 10:15, at +48.856614 +2.352222, ISBN 978-3-16-148410-0, v+12.0.1234.5678',
    ],
    [
      'a +-number off its plan under an id label, a trunk 0 after a code with the rest too short',
      'Customer ID: +13946233306\nTicket-Nr. +4902764269400\nref +44 0207 946',
    ],
    [
      'digits after reaching a limit or a date, after an order number, and an x of dimensions or a power',
      'Sales reached a record high at 1 234 567 units. We reach the limit at 12345678. ' +
        'Your order number is 01725881201.\nScreen 1920x1080, ANC 0.8 x10^9/L, file 0301234567.ext 204',
    ],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each<[string, ReturnType<typeof classifyPhone>]>([
    ['(415) 555-0123', 'strong'],
    ['4155550123', 'weak'],
    ['2024-01-15', 'never'],
    ['192.168.100.200', 'never'],
    ['+0 123 456 789', 'never'],
    ['898 0012 3456 7891', 'never'],
    ['+49 3322 1234 56789', 'strong'],
    ['+49 0151 4471 2093', 'strong'],
    ['+13946233306', 'weak'],
    ['+9605725881', 'weak'],
    ['00385 02 883 245', 'weak'],
    ['+12 345 678', 'never'],
    ['+1234567', 'never'],
  ])('classifies %s as %s', (raw, kind) => {
    expect(classifyPhone(raw)).toBe(kind);
  });

  it('applies NANP area/exchange rules', () => {
    expect([isNanp('4155550123'), isNanp('1155550123'), isNanp('4115550123'), isNanp('4151550123')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('stays linear on 1 MB of near-misses and finds every real one', () => {
    const row = 'id,phone\n1,4155550123\n';
    const text = `${'1 '.repeat(200_000)}\n${'12-'.repeat(100_000)}\n${'AB12 '.repeat(50_000)}\n${row.repeat(10_000)}`;
    const found = phoneDetector.detect(text);
    expect(found).toHaveLength(10_000);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('4155550123');
  });

  it('stays linear on 1 MB of tilde-tied digits and tilde-tied phones', () => {
    const text = `${'1~'.repeat(200_000)}\n${'~12~'.repeat(50_000)}\n${'Tel.~+47~912~44~718\n'.repeat(20_000)}`;
    const started = performance.now();
    expect(phoneDetector.detect(text)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('stays linear on 20,000 numbers on one line', () => {
    const text = 'Tel. +47 912 44 718 '.repeat(20_000);
    const started = performance.now();
    expect(phoneDetector.detect(text)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
