import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-fourth hand-written hold-out: personal data in file formats and platform exports as
 * people paste them into the AI assistant of a data product ("dedupe these contacts", "who
 * attended", "parse this export into a table", "why does this import fail"). Shapes: vCard 2.1,
 * 3.0 and 4.0 (Android's all-octet QUOTED-PRINTABLE with soft line breaks, folded lines, iCloud
 * item groups, phonetic names, tel: URIs, month-day birthdays), iCalendar invites, birthday
 * calendars and booking confirmations (ORGANIZER and ATTENDEE with CN= and mailto:, folded
 * lines), LDIF and `ldapsearch` output (base64 attribute values, Active Directory objects, a bind
 * password on the command line), GEDCOM 5.5.1 and 7.0 (NAME Given /Surname/, GIVN and SURN,
 * BIRT DATE, married names), mbox and .eml headers (From:, To:, Cc:, Reply-To:, Received:,
 * X-Originating-IP, RFC 2047 encoded names) with DKIM, ARC and Message-ID lines, a DMARC
 * aggregate report, Google and Outlook contacts CSV, LinkedIn Connections.csv, Android contacts,
 * SMS and call-log databases as sqlite3 output, an SMS Backup & Restore XML, WhatsApp (Android and
 * iOS), Telegram, Signal, Discord, KakaoTalk, LINE and WeChat chat exports, Slack and Teams export
 * JSON, Google Takeout, Facebook, Instagram, X, TikTok and Tinder "download your data" files,
 * Apple Health, Strava and Fitbit profiles, Source, Minecraft and FiveM server logs and ban lists,
 * Discourse user exports, parish, sports-club, mosque and temple registers, donor CRM exports,
 * OCR text of identity documents without an MRZ (a Spanish DNI, a German Führerschein, a Turkish
 * kimlik, an Aadhaar card, a Chinese 居民身份证, a Korean 주민등록증), password-manager and
 * mail-account exports and an rclone config. Languages and locales: English, Spanish, Portuguese,
 * German, French, Italian, Dutch, Polish, Turkish, Japanese, Korean, Chinese, Arabic, Hindi and
 * Russian. Hard negatives of the same shapes: vCard and iCalendar UIDs and PRODIDs, Message-IDs,
 * DKIM and ARC signatures and body hashes, content hashes and photo blobs, Discord snowflakes and
 * Steam ids (STEAM_1:…, [U:1:…], 7656…), Minecraft UUIDs, GEDCOM xrefs (@I1@), LDAP DNs and
 * objectGUIDs, password hashes ({SSHA}), reserved example domains (example.com, .org, .net,
 * .test, .invalid), placeholder contacts (John Doe, Max Mustermann, 山田太郎 in a template),
 * public figures mentioned as such, companies, churches, clubs and products named after people,
 * rooms and distribution lists as attendees, @handles, usernames and gamer tags, national-id,
 * passport, licence, PESEL, T.C. Kimlik, Aadhaar, PAN and 주민등록번호 numbers, member, donor and
 * order numbers, and dates that are not birth dates (events, baptisms, joins, gifts, deaths,
 * issue and expiry dates, "Connected On").
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 40, 42 and 43: titles and honorifics (Mr, Dr., Frau, M.,
 * Sra., さん, 様, 님, 先生) are no part of a name's span; first and last name in separate fields
 * (CSV columns, JSON keys, LDIF sn and givenName, GEDCOM GIVN and SURN, form boxes) are separate
 * spans; a lone given or family name counts only when the same person is named in full in the text
 * or it sits under a name field; birth dates count only where they are labelled as a birth date
 * (BDAY, BIRT, Birthday, DOB, geboren, né le, fecha de nacimiento, 生年月日, 생년월일, 出生, जन्म
 * तिथि, a birthday calendar's event), in any written form a label gives them (a vCard month-day
 * --0412 included; a birth timestamp's midnight is no part of it), other dates never; private-use and public IPs count wherever a log or header
 * shows a host or client, loopback never, and a network in CIDR notation is a range; team
 * mailboxes, list, bounce and no-reply addresses on real domains and business phones count; a password, app password or token alone is
 * the secret, not its label, and a password hash is none. Conventions from hold-outs 4, 7, 13 and
 * 16 for these formats: a vCard N value is one name field (family;given;additional, without its
 * prefix and suffix components and trailing semicolons); a GEDCOM NAME "Given /Surname/" is one
 * span, slashes included; a value folded over lines (RFC 5545, RFC 6350) keeps the fold in its span;
 * a QUOTED-PRINTABLE, RFC 2047 or base64 (LDIF ::) encoded name or address counts, its span the
 * encoded text (soft line breaks included); a mailto: or tel: scheme is no part of the span.
 * Conventions of this hold-out: a chat export's sender or display name counts when it is a real
 * name (in full, a given name with an initial, or a given name of someone named in full), never when it is a handle or a gamer
 * tag (a nickname that is a given name counts: relabelled on 2026-11-29 to hold-out 33's convention); a device named after its owner's given name is no naming in full; a
 * contact saved under a relation (Mamá, 엄마, Dad) is no name; phonetic readings of a name under a
 * name field (X-PHONETIC-FIRST-NAME, フリガナ) are names; a phone number counts with or without
 * its plus sign, also as a chat sender or an SMS address; a room's or resource's calendar mailbox
 * counts as an e-mail like a team mailbox, though the room is no person; a meeting id or
 * passcode in a join block is no secret; Facebook's mojibake escapes of a name
 * still spell the name and count. Values are fake: Luhn-valid made-up cards, IBANs with valid
 * mod-97 check digits, made-up names, numbers and keys.
 */

const k = joinParts;
const rconPassword = k('Cl4ymore', '-Rcon', '!884');
const ldapBindPassword = k('Svc-L', 'dap#', '2024xQ');
const googleAccess = k(
  'ya29.',
  'a0AfB_byC7Qm2Xt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op',
  '4Kq9Tz3Lx8Mn2Rb5Wc8Yd1Fj4Hk7Ls0',
);
const googleRefresh = k('1//0g', 'Hq4Wm8Rt2Zx6Nv9Lc3Bp7Ks1', 'CgYIARAAGBASNwF-L9IrQm7xWr9Tz4Kc8nBd3Fg6hJ1s');
const gmailAppPassword = k('qzvt', ' mrkw', ' hbxe', ' plda');
const icloudAppPassword = k('kfwm', '-zqty', '-bnra', '-xhop');
const discordWebhookToken = k(
  'Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op4Kq',
  '9Tz3Lx8Mn2Rb5Wc8Yd1Fj4Hk7Ls0Pq3Tv6Zx9Ab2C',
);
const telegramBotToken = k('6841207733', ':AAH', 'q7Lm2Xt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2U');
const chromePassword1 = k('Marbella', '.2019', '!!');
const chromePassword2 = k('tQ8#vL2', 'mX9$rW4');
const imapPassword = k('Rhein', 'gold', '-7731');
const fivemRconPassword = k('s0l4r', 'Flare', '#21');
const gslt = k('4B7E1C07A9D2', '4471209318A5C6D7E8F9');
const cfxLicenseKey = k('cfxk_', '7c2e9a41b0d358f61a4c', '_9e27b1');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- vCard
  {
    name: 'vCard 2.1 from an Android export (Polish): every octet QUOTED-PRINTABLE with a soft line break, TEL;CELL;PREF, a BDAY, and a second contact in plain ASCII',
    text: `Importing this contacts.vcf into our CRM gives garbage names for the first one, how do I decode it?

BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=57=69=C5=9B=6E=69=65=77=73=6B=69;=C5=81=75=6B=61=73=7A;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81=75=6B=61=73=7A=20=57=69=C5=9B=
=6E=69=65=77=73=6B=69
TEL;CELL;PREF:+48 601 447 129
TEL;WORK:22 584 71 20
EMAIL;HOME:lukasz.wisniewski@wp.pl
BDAY:1986-09-14
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Zielinska;Agnieszka;;;
FN:Agnieszka Zielinska
TEL;CELL:+48 512 093 118
END:VCARD`,
    // The encoded values spell Wiśniewski;Łukasz and Łukasz Wiśniewski.
    expected: [
      ['PERSON', '=57=69=C5=9B=6E=69=65=77=73=6B=69;=C5=81=75=6B=61=73=7A'],
      ['PERSON', '=C5=81=75=6B=61=73=7A=20=57=69=C5=9B=\n=6E=69=65=77=73=6B=69'],
      ['PHONE', '+48 601 447 129'],
      ['PHONE', '22 584 71 20'],
      ['EMAIL', 'lukasz.wisniewski@wp.pl'],
      ['DATE_OF_BIRTH', '1986-09-14'],
      ['PERSON', 'Zielinska;Agnieszka'],
      ['PERSON', 'Agnieszka Zielinska'],
      ['PHONE', '+48 512 093 118'],
    ],
  },
  {
    name: 'vCard 3.0 from iCloud (Spanish): item1.EMAIL with X-ABLabel, a folded NOTE with a second phone, a base64 PHOTO, PRODID and a contact saved as Mamá',
    text: `BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
N:Beltrán Ortega;Ana Sofía;;;
FN:Ana Sofía Beltrán Ortega
ORG:Clínica Dental Sonrisa;
item1.EMAIL;type=INTERNET;type=pref:anasofia.beltran@gmail.com
item1.X-ABLabel:_$!<Other>!$_
TEL;type=CELL;type=VOICE;type=pref:+34 622 41 87 30
BDAY;value=date:1991-04-23
NOTE:Recepción de la clínica: 954 22 18 47. Pregunta siempre por Ana Sofía
  los martes.
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAASABIAAD/4QBMRXhpZgAATU0AKgAAAAgAAYdpAAQAAAABAAAAGgAAAAAAA6ABAAMAAAABAAEAAKACAAQAAAABAAAAQKADAAQAAAABAAAAQAAAAAD/7QA4UGhvdG9zaG9wIDMuMAA4QklNBAQAAAAAAAA4QklNBCUAAAAAABDUHYzZjwCyBOmACZjsQvh+
UID:8F3A2C41-7B9D-4E05-A1C6-2D48F0B7E913
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;Mamá;;;
FN:Mamá
TEL;type=CELL:+34 655 10 44 29
END:VCARD`,
    // Mamá is a relation, not a name; the photo blob and the UID are not ours; the clinic is a business whose phone counts.
    expected: [
      ['PERSON', 'Beltrán Ortega;Ana Sofía'],
      ['PERSON', 'Ana Sofía Beltrán Ortega'],
      ['EMAIL', 'anasofia.beltran@gmail.com'],
      ['PHONE', '+34 622 41 87 30'],
      ['DATE_OF_BIRTH', '1991-04-23'],
      ['PHONE', '954 22 18 47'],
      ['PERSON', 'Ana Sofía'],
      ['PHONE', '+34 655 10 44 29'],
    ],
  },
  {
    name: 'vCard 4.0 (German) with TEL;VALUE=uri:tel:, a month-day BDAY, an ANNIVERSARY, a urn:uuid UID and a KIND:group card of team members',
    text: `BEGIN:VCARD
VERSION:4.0
KIND:individual
FN:Dr. Henrike Vogelsang
N:Vogelsang;Henrike;;Dr.;
TEL;VALUE=uri;TYPE="voice,cell":tel:+49-171-4471209
TEL;VALUE=uri;TYPE=work:tel:+49-30-2094-7731
EMAIL;TYPE=work:h.vogelsang@charite-forschung.de
BDAY:--0412
ANNIVERSARY:20090627
LANG;PREF=1:de
UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1
REV:20240312T101502Z
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:group
FN:Arbeitsgruppe Proteomik
MEMBER:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1
MEMBER:mailto:jonas.ebersbach@charite-forschung.de
UID:urn:uuid:9a1c77e2-3b40-4d8e-9f21-6c0b5d7e2a13
END:VCARD`,
    // A month-day BDAY is a labelled birth date; the anniversary, revision and UIDs are not ours; the group is no person.
    expected: [
      ['PERSON', 'Henrike Vogelsang'],
      ['PERSON', 'Vogelsang;Henrike'],
      ['PHONE', '+49-171-4471209'],
      ['PHONE', '+49-30-2094-7731'],
      ['EMAIL', 'h.vogelsang@charite-forschung.de'],
      ['DATE_OF_BIRTH', '--0412'],
      ['EMAIL', 'jonas.ebersbach@charite-forschung.de'],
    ],
  },
  {
    name: 'vCard template from an SDK README next to a company card (French): John Doe at example.com with a 555-01xx number, and KIND:org with a real switchboard and info mailbox',
    text: `Le README de la lib donne ce modèle, et je dois générer la même chose pour nos fournisseurs :

BEGIN:VCARD
VERSION:3.0
N:Doe;John;;Mr.;
FN:John Doe
EMAIL;TYPE=INTERNET:john.doe@example.com
TEL;TYPE=WORK:+1-202-555-0143
ADR;TYPE=WORK:;;123 Main Street;Anytown;CA;91921;USA
END:VCARD

Notre fournisseur :
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Boulangeries Paul SAS
ORG:Boulangeries Paul SAS
TEL;TYPE=work:+33 3 20 44 71 20
EMAIL;TYPE=work:fournisseurs@boulangeries-paul.fr
URL:https://www.paul.fr
END:VCARD`,
    // John Doe at example.com with a 555-01xx number is a template; the bakery chain is a company named after a family.
    expected: [
      ['PHONE', '+33 3 20 44 71 20'],
      ['EMAIL', 'fournisseurs@boulangeries-paul.fr'],
    ],
  },
  {
    name: 'vCard 3.0 from an iPhone (Japanese): N in kanji, X-PHONETIC-FIRST-NAME and X-PHONETIC-LAST-NAME in katakana, a 090 mobile, BDAY, and a company card for a clinic',
    text: `BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
N:佐々木;美咲;;;
FN:佐々木 美咲
X-PHONETIC-FIRST-NAME:ミサキ
X-PHONETIC-LAST-NAME:ササキ
TEL;type=CELL;type=VOICE;type=pref:090-4471-2093
EMAIL;type=INTERNET;type=HOME:misaki.sasaki88@docomo.ne.jp
BDAY;value=date:1988-11-02
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:さくら歯科クリニック
ORG:さくら歯科クリニック;
TEL;type=WORK:03-5412-8830
X-ABShowAs:COMPANY
END:VCARD`,
    // The phonetic readings sit under name fields; the clinic is a business.
    expected: [
      ['PERSON', '佐々木;美咲'],
      ['PERSON', '佐々木 美咲'],
      ['PERSON', 'ミサキ'],
      ['PERSON', 'ササキ'],
      ['PHONE', '090-4471-2093'],
      ['EMAIL', 'misaki.sasaki88@docomo.ne.jp'],
      ['DATE_OF_BIRTH', '1988-11-02'],
      ['PHONE', '03-5412-8830'],
    ],
  },
  {
    name: 'vCard 2.1 from a Samsung phone (Korean) with a QUOTED-PRINTABLE name, X-ANDROID-CUSTOM nickname, a birthday in an X-ANDROID-CUSTOM event row, and a contact saved as 엄마',
    text: `BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80;=EB=AF=BC=EC=A4=80;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80=EB=AF=BC=EC=A4=80
X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;민쭌;1;;;;;;;;;;;;;
TEL;CELL:010-4471-2093
EMAIL;HOME:minjun.kim@naver.com
BDAY:1994-02-17
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;=EC=97=84=EB=A7=88;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EC=97=84=EB=A7=88
TEL;CELL:010-2290-5518
END:VCARD`,
    // The encoded values spell 김;민준 and 김민준, then 엄마 (mum), a relation; 민쭌 is a nickname.
    expected: [
      ['PERSON', '=EA=B9=80;=EB=AF=BC=EC=A4=80'],
      ['PERSON', '=EA=B9=80=EB=AF=BC=EC=A4=80'],
      ['PHONE', '010-4471-2093'],
      ['EMAIL', 'minjun.kim@naver.com'],
      ['DATE_OF_BIRTH', '1994-02-17'],
      ['PHONE', '010-2290-5518'],
    ],
  },
  {
    name: 'vCard 3.0 from a QQ Mail address-book export (Chinese) with folded NOTE, a CATEGORIES line and a landline with extension',
    text: `BEGIN:VCARD
VERSION:3.0
N:王;晓燕;;;
FN:王晓燕
ORG:杭州云栖数据科技有限公司;市场部
TITLE:市场经理
TEL;TYPE=CELL:+86 138 0571 4471
TEL;TYPE=WORK:0571-8702 2093 转 816
EMAIL;TYPE=INTERNET:wangxiaoyan@yunqi-data.cn
BDAY:1990-07-08
CATEGORIES:客户,2024展会
NOTE:2024年3月杭州展会上认识，她的助理陈浩（13967120934）负责对接样品，生日
 当天别忘了发祝福。
END:VCARD`,
    // 陈浩 is named in full; the fair date is not a birth date.
    expected: [
      ['PERSON', '王;晓燕'],
      ['PERSON', '王晓燕'],
      ['PHONE', '+86 138 0571 4471'],
      ['PHONE', '0571-8702 2093 转 816'],
      ['EMAIL', 'wangxiaoyan@yunqi-data.cn'],
      ['DATE_OF_BIRTH', '1990-07-08'],
      ['PERSON', '陈浩'],
      ['PHONE', '13967120934'],
    ],
  },
  {
    name: 'Google Contacts vCard export (Italian) with a folded ADR, TEL;TYPE=HOME, X-SOCIALPROFILE handles, and a Google PRODID',
    text: `BEGIN:VCARD
VERSION:3.0
PRODID:-//Google Inc.//Google Contacts//EN
FN:Giulia Ferraresi
N:Ferraresi;Giulia;;;
EMAIL;TYPE=INTERNET;TYPE=HOME:giulia.ferraresi@libero.it
EMAIL;TYPE=INTERNET;TYPE=WORK:g.ferraresi@studiolegale-ferraresi.it
TEL;TYPE=CELL:+39 347 120 9318
TEL;TYPE=HOME:051 644 7120
ADR;TYPE=HOME:;;Via dell'Indipendenza 47;Bologna;BO;40121;Italia
X-SOCIALPROFILE;TYPE=instagram:https://instagram.com/giuliaferra_bo
X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/gferraresi
CATEGORIES:myContacts,Avvocati
BDAY:1979-12-03
END:VCARD`,
    // Social-profile handles are not names; the law firm carries her own surname but its domain is her work address.
    expected: [
      ['PERSON', 'Giulia Ferraresi'],
      ['PERSON', 'Ferraresi;Giulia'],
      ['EMAIL', 'giulia.ferraresi@libero.it'],
      ['EMAIL', 'g.ferraresi@studiolegale-ferraresi.it'],
      ['PHONE', '+39 347 120 9318'],
      ['PHONE', '051 644 7120'],
      ['DATE_OF_BIRTH', '1979-12-03'],
    ],
  },
  // ---------------------------------------------------------------- iCalendar
  {
    name: 'Google Calendar invite (Italian) with ORGANIZER and folded ATTENDEE lines, a resource room, a Meet dial-in and PIN in a folded DESCRIPTION, UID and PRODID',
    text: `BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240415T080000Z
DTEND:20240415T090000Z
DTSTAMP:20240408T141502Z
ORGANIZER;CN=Federica Lombardi:mailto:federica.lombardi@gruppo-ortofrutta.it
UID:7kq2m9v3lp1x8d7qk2m9v3lp1x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alessa
 ndro Castelnuovo;X-NUM-GUESTS=0:mailto:a.castelnuovo@gruppo-ortofrutta.it
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Milano-3
 -Sala Verdi (8) [Video];X-NUM-GUESTS=0:mailto:c_1884471209183@resource.cale
 ndar.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marco.pellegrini83@gmail.com;X-NUM-GUESTS=0:mailto:marco.pellegrini8
 3@gmail.com
SUMMARY:Revisione listini Q2
DESCRIPTION:Partecipa con Google Meet: https://meet.google.com/qfr-bdkm-xtw\\n
 Oppure componi: (IT) +39 02 3046 2291 PIN: 771 402 883#
END:VEVENT
END:VCALENDAR`,
    // The room is named after Verdi, no person, but its calendar address is a room mailbox and counts like the room mailboxes in the Exchange case (fold kept); the Meet dial-in is a business phone, the meeting PIN no secret.
    expected: [
      ['PERSON', 'Federica Lombardi'],
      ['EMAIL', 'federica.lombardi@gruppo-ortofrutta.it'],
      ['PERSON', 'Alessa\n ndro Castelnuovo'],
      ['EMAIL', 'a.castelnuovo@gruppo-ortofrutta.it'],
      ['EMAIL', 'c_1884471209183@resource.cale\n ndar.google.com'],
      ['EMAIL', 'marco.pellegrini83@gmail.com'],
      ['EMAIL', 'marco.pellegrini8\n 3@gmail.com'],
      ['PHONE', '+39 02 3046 2291'],
    ],
  },
  {
    name: 'Outlook .ics (French) with quoted CN="Dupont, Marie", a distribution list attendee, X-MS-OLK lines and a Teams conference id',
    text: `BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN="Dupont, Marie";RSVP=TRUE:mailto:marie.dupont@assurances-lyonnaises.fr
ATTENDEE;CN="Comité de direction";RSVP=TRUE:mailto:codir@assurances-lyonnaises.fr
ATTENDEE;CN="N'Diaye, Abdoulaye";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:abdoulaye.ndiaye@assurances-lyonnaises.fr
ORGANIZER;CN="Lefèvre, Joël":mailto:joel.lefevre@assurances-lyonnaises.fr
CLASS:PUBLIC
DESCRIPTION:Réunion Microsoft Teams\\nID de la réunion : 381 447 120 93\\nCode secret : 7dQ4mX\\nNuméro : +33 1 70 37 22 46,,447120931#
DTSTART;TZID=Romance Standard Time:20240319T140000
DTEND;TZID=Romance Standard Time:20240319T150000
UID:040000008200E00074C5B7101A82E00800000000F0B1C2D3E4F5A60100000000000000001000000091B8D7E7F1C9A04B8A1C9E7F
SUMMARY;LANGUAGE=fr-FR:Point sinistres graves
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR`,
    // A "Last, First" CN is one span; the comité is a team mailbox on a real domain; the meeting id and passcode of a Teams join block are not ours.
    expected: [
      ['PERSON', 'Dupont, Marie'],
      ['EMAIL', 'marie.dupont@assurances-lyonnaises.fr'],
      ['EMAIL', 'codir@assurances-lyonnaises.fr'],
      ['PERSON', "N'Diaye, Abdoulaye"],
      ['EMAIL', 'abdoulaye.ndiaye@assurances-lyonnaises.fr'],
      ['PERSON', 'Lefèvre, Joël'],
      ['EMAIL', 'joel.lefevre@assurances-lyonnaises.fr'],
      ['PHONE', '+33 1 70 37 22 46'],
    ],
  },
  {
    name: 'birthday calendar .ics exported from a contacts app (Spanish): yearly all-day events "Cumpleaños de …" starting on the birth date, and one with the year unknown (1604)',
    text: `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
X-WR-CALNAME:Cumpleaños
BEGIN:VEVENT
UID:7F3A9C2E-41D8-4B60-A447-1209E3F1AC0D
DTSTART;VALUE=DATE:19870309
RRULE:FREQ=YEARLY
SUMMARY:Cumpleaños de Lucía Ferrer Navarro
END:VEVENT
BEGIN:VEVENT
UID:2C48B613-4E5F-4A21-9C1E-47A03B2D4F86
DTSTART;VALUE=DATE:19951122
RRULE:FREQ=YEARLY
SUMMARY:Cumpleaños de Íñigo Etxeberria
END:VEVENT
BEGIN:VEVENT
UID:A915D07E-2C48-4B61-8E5F-7A21C9E1F0B3
DTSTART;VALUE=DATE:16040718
RRULE:FREQ=YEARLY
SUMMARY:Cumpleaños de Carmen Ruiz
END:VEVENT
END:VCALENDAR`,
    // A birthday event starts on the birth date; 1604 is Apple's marker for an unknown year, yet the date is still the labelled birthday.
    expected: [
      ['DATE_OF_BIRTH', '19870309'],
      ['PERSON', 'Lucía Ferrer Navarro'],
      ['DATE_OF_BIRTH', '19951122'],
      ['PERSON', 'Íñigo Etxeberria'],
      ['DATE_OF_BIRTH', '16040718'],
      ['PERSON', 'Carmen Ruiz'],
    ],
  },
  {
    name: 'Calendly booking confirmation .ics (Dutch) with invitee answers in a folded DESCRIPTION: name, phone, e-mail and the host',
    text: `BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BHK7QM2XT9RZ4KW8@calendly.com
DTSTAMP:20240312T093015Z
DTSTART:20240318T130000Z
DTEND:20240318T133000Z
SUMMARY:Kennismakingsgesprek tussen Sanne de Wit en Pieter van der Horst
ORGANIZER;CN=Pieter van der Horst:mailto:pieter@vanderhorst-hypotheken.nl
ATTENDEE;CN=Sanne de Wit;PARTSTAT=ACCEPTED:mailto:sanne.dewit@ziggo.nl
DESCRIPTION:Evenementnaam: Kennismakingsgesprek\\n\\nNaam: Sanne de Wit\\nTel
 efoonnummer: +31 6 44712093\\nWaar wil je het over hebben?: Oversluiten hypo
 theek, samen met mijn partner Joost Mulder\\n\\nPowered by Calendly.com
LOCATION:Telefonisch: +31 6 44712093
END:VEVENT
END:VCALENDAR`,
    // Tussenvoegsels (de, van der) belong to the name; the adviser's firm is named after him.
    expected: [
      ['PERSON', 'Sanne de Wit'],
      ['PERSON', 'Pieter van der Horst'],
      ['PERSON', 'Pieter van der Horst'],
      ['EMAIL', 'pieter@vanderhorst-hypotheken.nl'],
      ['PERSON', 'Sanne de Wit'],
      ['EMAIL', 'sanne.dewit@ziggo.nl'],
      ['PERSON', 'Sanne de Wit'],
      ['PHONE', '+31 6 44712093'],
      ['PERSON', 'Joost Mulder'],
      ['PHONE', '+31 6 44712093'],
    ],
  },
  {
    name: 'Exchange meeting export (Polish) where most attendees are rooms and lists: Sala Kopernik, Zespół Sprzedaży, and one person with Polish diacritics',
    text: `BEGIN:VEVENT
SUMMARY:Przegląd budżetu marketingowego
DTSTART;TZID=Central European Standard Time:20240410T100000
DTEND;TZID=Central European Standard Time:20240410T113000
LOCATION:Sala Kopernik (WAW-2-07)
ORGANIZER;CN=Małgorzata Wiśniewska:mailto:malgorzata.wisniewska@polskie-media.pl
ATTENDEE;CUTYPE=ROOM;CN=Sala Kopernik (WAW-2-07);ROLE=NON-PARTICIPANT:mailto:sala.kopernik@polskie-media.pl
ATTENDEE;CUTYPE=GROUP;CN=Zespół Sprzedaży;ROLE=REQ-PARTICIPANT:mailto:sprzedaz@polskie-media.pl
ATTENDEE;CUTYPE=INDIVIDUAL;CN=Grzegorz Brzęczyszczykiewicz;ROLE=REQ-PARTICIPANT:mailto:g.brzeczyszczykiewicz@polskie-media.pl
UID:040000008200E00074C5B7101A82E0080000000030B4C2D3E4F5A601000000000000000010000000AE1C77E23B404D8E
END:VEVENT`,
    // The room is named after Copernicus; room and team mailboxes on a real domain count as e-mails.
    expected: [
      ['PERSON', 'Małgorzata Wiśniewska'],
      ['EMAIL', 'malgorzata.wisniewska@polskie-media.pl'],
      ['EMAIL', 'sala.kopernik@polskie-media.pl'],
      ['EMAIL', 'sprzedaz@polskie-media.pl'],
      ['PERSON', 'Grzegorz Brzęczyszczykiewicz'],
      ['EMAIL', 'g.brzeczyszczykiewicz@polskie-media.pl'],
    ],
  },
  // ---------------------------------------------------------------- LDAP
  {
    name: 'LDIF export from OpenLDAP (Spanish university): cn, sn, givenName, mail, telephoneNumber, mobile, an {SSHA} userPassword and a base64 (::) cn',
    text: `# Exportado con slapcat, lo necesito en CSV para el nuevo IdP
dn: uid=mgarciaf,ou=personal,dc=us,dc=es
objectClass: inetOrgPerson
objectClass: eduPerson
uid: mgarciaf
cn: Manuel García Fuentes
sn: García Fuentes
givenName: Manuel
mail: mgarciaf@us.es
telephoneNumber: +34 954 55 71 20
mobile: +34 611 447 209
eduPersonAffiliation: staff
userPassword: {SSHA}Qm9ndXNTYWx0ZWRIYXNoVmFsdWUxMjM0NTY3OA==
createTimestamp: 20190902081502Z

dn: uid=asbeltran,ou=alumnos,dc=us,dc=es
objectClass: inetOrgPerson
uid: asbeltran
cn:: QW5hIFNvZsOtYSBCZWx0csOhbg==
sn: Beltran
givenName: Ana
mail: asbeltran@alum.us.es
eduPersonAffiliation: student`,
    // The base64 cn spells Ana Sofía Beltrán; uids are logins; the {SSHA} value is a hash; the timestamp is not ours.
    expected: [
      ['PERSON', 'Manuel García Fuentes'],
      ['PERSON', 'García Fuentes'],
      ['PERSON', 'Manuel'],
      ['EMAIL', 'mgarciaf@us.es'],
      ['PHONE', '+34 954 55 71 20'],
      ['PHONE', '+34 611 447 209'],
      ['PERSON', 'QW5hIFNvZsOtYSBCZWx0csOhbg=='],
      ['PERSON', 'Beltran'],
      ['PERSON', 'Ana'],
      ['EMAIL', 'asbeltran@alum.us.es'],
    ],
  },
  {
    name: 'ldapsearch against Active Directory (German): displayName, userPrincipalName, an objectGUID:: blob, manager DN, whenCreated, and a disabled service account',
    text: `$ ldapsearch -LLL -H ldap://dc01.corp.stadtwerke-ulm.de -Y GSSAPI -b "OU=Benutzer,DC=corp,DC=stadtwerke-ulm,DC=de" "(sAMAccountName=*)" displayName userPrincipalName mail telephoneNumber manager whenCreated objectGUID
SASL/GSSAPI authentication started
SASL SSF: 256
dn: CN=Bauer\\, Katharina,OU=Benutzer,DC=corp,DC=stadtwerke-ulm,DC=de
displayName: Bauer, Katharina
userPrincipalName: k.bauer@stadtwerke-ulm.de
mail: katharina.bauer@stadtwerke-ulm.de
telephoneNumber: +49 731 166 2093
manager: CN=Özdemir\\, Serkan,OU=Benutzer,DC=corp,DC=stadtwerke-ulm,DC=de
whenCreated: 20170403081502.0Z
objectGUID:: 7Q4kq2m9v0KYb3xlE6wNXw==

dn: CN=svc-sap-sync,OU=Dienstkonten,DC=corp,DC=stadtwerke-ulm,DC=de
displayName: SAP Sync Service
whenCreated: 20210915120000.0Z
objectGUID:: Hq4Wm8Rt2Zx6Nv9LcbPzSw==`,
    // A person's UPN is an address at the real domain and counts; DNs keep the escaped comma in the name; the service account is not a person; GUIDs and timestamps are not ours.
    expected: [
      ['PERSON', 'Bauer\\, Katharina'],
      ['PERSON', 'Bauer, Katharina'],
      ['EMAIL', 'k.bauer@stadtwerke-ulm.de'],
      ['EMAIL', 'katharina.bauer@stadtwerke-ulm.de'],
      ['PHONE', '+49 731 166 2093'],
      ['PERSON', 'Özdemir\\, Serkan'],
    ],
  },
  {
    name: 'ldapsearch with the bind password on the command line (Brazilian Portuguese): -w secret, a read-only bind DN, and entries with telephoneNumber and a base64 (::) sn',
    text: `Rodei isso no servidor de homologação e o filtro não retorna a Conceição, por quê?

ldapsearch -x -H ldaps://ldap.hml.prefeitura-campinas.sp.gov.br:636 -D "cn=svc-consulta,ou=servicos,dc=campinas,dc=sp,dc=gov,dc=br" -w '${ldapBindPassword}' -b "ou=servidores,dc=campinas,dc=sp,dc=gov,dc=br" "(sn=Concei*)"

# extended LDIF
# search result
search: 2
result: 0 Success
# numResponses: 1

-- já o filtro por cn traz ela:
dn: uid=mconceicao,ou=servidores,dc=campinas,dc=sp,dc=gov,dc=br
cn: Maria da Conceição Albuquerque
sn:: Q29uY2Vpw6fDo28gQWxidXF1ZXJxdWU=
givenName: Maria
telephoneNumber: (19) 2116-0447
mail: maria.albuquerque@campinas.sp.gov.br`,
    // The base64 sn spells Conceição Albuquerque; Conceição in the question is the given-name part of someone named in full.
    expected: [
      ['PERSON', 'Conceição'],
      ['SECRET', ldapBindPassword],
      ['PERSON', 'Maria da Conceição Albuquerque'],
      ['PERSON', 'Q29uY2Vpw6fDo28gQWxidXF1ZXJxdWU='],
      ['PERSON', 'Maria'],
      ['PHONE', '(19) 2116-0447'],
      ['EMAIL', 'maria.albuquerque@campinas.sp.gov.br'],
    ],
  },
  {
    name: 'LDIF change file (Turkish) with base64 cn:: and givenName::, a changetype: modify adding a mobile, and the DN in plain ASCII',
    text: `dn: uid=cozturk,ou=people,dc=anadolu-lojistik,dc=com,dc=tr
changetype: add
objectClass: inetOrgPerson
uid: cozturk
cn:: w4dhxJ9sYSDDlnp0w7xyaw==
givenName:: w4dhxJ9sYQ==
sn:: w5Z6dMO8cms=
mail: cagla.ozturk@anadolu-lojistik.com.tr
telephoneNumber: +90 212 447 12 09

dn: uid=cozturk,ou=people,dc=anadolu-lojistik,dc=com,dc=tr
changetype: modify
add: mobile
mobile: 0532 418 20 93
-`,
    // The base64 values spell Çağla Öztürk, Çağla and Öztürk.
    expected: [
      ['PERSON', 'w4dhxJ9sYSDDlnp0w7xyaw=='],
      ['PERSON', 'w4dhxJ9sYQ=='],
      ['PERSON', 'w5Z6dMO8cms='],
      ['EMAIL', 'cagla.ozturk@anadolu-lojistik.com.tr'],
      ['PHONE', '+90 212 447 12 09'],
      ['PHONE', '0532 418 20 93'],
    ],
  },
  // ---------------------------------------------------------------- GEDCOM
  {
    name: 'GEDCOM 5.5.1 (Italian) with a living person, a married name (_MARNM), a NOTE with CONC/CONT, and xrefs',
    text: `0 HEAD
1 SOUR FAMILY_HISTORIAN
1 GEDC
2 VERS 5.5.1
1 CHAR UTF-8
0 @I12@ INDI
1 NAME Giuseppina /Russo/
2 GIVN Giuseppina
2 SURN Russo
2 _MARNM Esposito
1 SEX F
1 BIRT
2 DATE 4 MAR 1931
2 PLAC Caserta, Campania, Italia
1 DEAT
2 DATE 19 NOV 2009
1 NOTE Emigrata a Torino nel 1956 con il marito Salvatore Esposito. La nipote Chiara Espo
2 CONC sito (nata il 12/08/1984) ha le lettere originali.
2 CONT Contatto: chiara.esposito84@gmail.com
1 FAMS @F5@
0 @I13@ INDI
1 NAME Salvatore /Esposito/
1 BIRT
2 DATE ABT 1928
1 FAMS @F5@
0 @F5@ FAM
1 HUSB @I13@
1 WIFE @I12@
1 MARR
2 DATE 22 SEP 1954
0 TRLR`,
    // A CONC line continues a word: Chiara Esposito is split at a CONC; ABT 1928 is a year only; death and marriage dates are not birth dates.
    expected: [
      ['PERSON', 'Giuseppina /Russo/'],
      ['PERSON', 'Giuseppina'],
      ['PERSON', 'Russo'],
      ['PERSON', 'Esposito'],
      ['DATE_OF_BIRTH', '4 MAR 1931'],
      ['PERSON', 'Salvatore Esposito'],
      ['PERSON', 'Chiara Espo\n2 CONC sito'],
      ['DATE_OF_BIRTH', '12/08/1984'],
      ['EMAIL', 'chiara.esposito84@gmail.com'],
      ['PERSON', 'Salvatore /Esposito/'],
    ],
  },
  {
    name: 'GEDCOM 7.0 (French) with UID and EXID lines, an SNOTE record, a SUBM with e-mail and phone, and a BIRT with a PHRASE',
    text: `0 HEAD
1 GEDC
2 VERS 7.0
1 SUBM @SUBM1@
0 @SUBM1@ SUBM
1 NAME Hélène Marchetti
1 EMAIL helene.marchetti@orange.fr
1 PHON +33 6 71 44 20 93
0 @I1@ INDI
1 NAME Auguste /Marchetti/
2 GIVN Auguste
2 SURN Marchetti
1 UID 8c1e47a0-3b2d-4f86-a915-d07e2c48b613
1 EXID 4471209
2 TYPE https://www.geneanet.org
1 BIRT
2 DATE 17 JAN 1902
3 PHRASE le dix-sept janvier mil neuf cent deux
2 PLAC Nice, Alpes-Maritimes, France
1 SNOTE @N1@
0 @N1@ SNOTE Acte de naissance n° 112, mairie de Nice. Père : Baptistin Marchetti, cordonnier.
0 TRLR`,
    // The phrase spells the same birth date in words.
    expected: [
      ['PERSON', 'Hélène Marchetti'],
      ['EMAIL', 'helene.marchetti@orange.fr'],
      ['PHONE', '+33 6 71 44 20 93'],
      ['PERSON', 'Auguste /Marchetti/'],
      ['PERSON', 'Auguste'],
      ['PERSON', 'Marchetti'],
      ['DATE_OF_BIRTH', '17 JAN 1902'],
      ['DATE_OF_BIRTH', 'dix-sept janvier mil neuf cent deux'],
      ['PERSON', 'Baptistin Marchetti'],
    ],
  },
  {
    name: 'GEDCOM from an Ancestry tree (Mexican Spanish) with two surnames in /.../, _APID and OBJE FILE URLs, and a CHR (baptism) date',
    text: `0 @I7@ INDI
1 NAME José Guadalupe /Hernández Ríos/
2 GIVN José Guadalupe
2 SURN Hernández Ríos
1 SEX M
1 BIRT
2 DATE 11 DEC 1948
2 PLAC Guadalajara, Jalisco, México
1 CHR
2 DATE 2 JAN 1949
2 PLAC Parroquia de San José de Analco
1 _APID 1,60525::447120931
1 OBJE
2 FILE https://mediasvc.ancestry.com/v2/image/namespaces/1093/media/4f7a1c9e-2b5d-8036-e1a4-c7f0b3d69258
1 FAMC @F3@
0 @I8@ INDI
1 NAME María Elena /Ríos Vázquez/
1 BIRT
2 DATE 1925
1 FAMS @F3@`,
    // The baptism date is not a birth date; a year alone is not a date; San José is a church's saint.
    expected: [
      ['PERSON', 'José Guadalupe /Hernández Ríos/'],
      ['PERSON', 'José Guadalupe'],
      ['PERSON', 'Hernández Ríos'],
      ['DATE_OF_BIRTH', '11 DEC 1948'],
      ['PERSON', 'María Elena /Ríos Vázquez/'],
    ],
  },
  // ---------------------------------------------------------------- mail
  {
    name: 'mbox message (English) with the From_ line, a Received chain, DKIM-Signature and ARC-Seal with b= and bh=, Message-ID, Reply-To and Cc',
    text: `From rachel.whitmore@fastmail.com  Tue Mar 12 10:15:02 2024
Return-Path: <rachel.whitmore@fastmail.com>
Received: from out3-smtp.messagingengine.com (out3-smtp.messagingengine.com [66.111.4.27])
	by mx.harborview-tenants.org (Postfix) with ESMTPS id 4F2A1C0D3E
	for <board@harborview-tenants.org>; Tue, 12 Mar 2024 10:15:02 +0000 (UTC)
Received: from [192.168.4.31] (cpc1-bris4-2-0-cust447.2-3.cable.virginm.net [81.104.77.120])
	by mailfrontend.nyi.internal (Postfix) with ESMTPA id 8C1E47A03B;
	Tue, 12 Mar 2024 06:14:58 -0400 (EDT)
ARC-Seal: i=1; a=rsa-sha256; t=1710238502; cv=none; d=messagingengine.com; s=fm3;
	b=Qm7xWr9Tz4Kc8nBd3Fg6hJ1sA5eU0iO2pN7mRt4Lq8Vz2Xk6Hc9Wb3Ny7Fd1Gs5Aj0Pu4Me8Ri2Ot6
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fastmail.com; h=cc:content-type:date:from:message-id:reply-to:subject:to; s=fm3; t=1710238502; x=1710324902;
	bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
	b=Hq4Wm8Rt2Zx6Nv9Lc3Bp7Ks1CgYIARAAGBASNwFL9IrQm7xWr9Tz4Kc8nBd3Fg6hJ1sA5eU0iO2pN7mRt4
Message-ID: <4f7a1c9e-2b5d-4036-91a4-c7f0b3d69258@app.fastmail.com>
Date: Tue, 12 Mar 2024 06:14:55 -0400
From: "Rachel Whitmore" <rachel.whitmore@fastmail.com>
Reply-To: Rachel Whitmore <r.whitmore@harborview-tenants.org>
To: board@harborview-tenants.org
Cc: "Desmond Achterberg" <dachterberg@gmail.com>, treasurer@harborview-tenants.org
Subject: Minutes + rent strike vote count

Attached are the minutes. Desmond, can you post them Thursday?`,
    // Desmond is the given name of someone named in full; the signature values, body hash and Message-ID are not ours.
    expected: [
      ['EMAIL', 'rachel.whitmore@fastmail.com'],
      ['EMAIL', 'rachel.whitmore@fastmail.com'],
      ['IP_ADDRESS', '66.111.4.27'],
      ['EMAIL', 'board@harborview-tenants.org'],
      ['IP_ADDRESS', '192.168.4.31'],
      ['IP_ADDRESS', '81.104.77.120'],
      ['PERSON', 'Rachel Whitmore'],
      ['EMAIL', 'rachel.whitmore@fastmail.com'],
      ['PERSON', 'Rachel Whitmore'],
      ['EMAIL', 'r.whitmore@harborview-tenants.org'],
      ['EMAIL', 'board@harborview-tenants.org'],
      ['PERSON', 'Desmond Achterberg'],
      ['EMAIL', 'dachterberg@gmail.com'],
      ['EMAIL', 'treasurer@harborview-tenants.org'],
      ['PERSON', 'Desmond'],
    ],
  },
  {
    name: '.eml headers (Spanish) with RFC 2047 Q- and B-encoded display names in From, To and Cc, and an encoded Subject',
    text: `Date: Mon, 11 Mar 2024 18:42:07 +0100
From: =?UTF-8?Q?Jos=C3=A9_Mar=C3=ADa_Quintana?= <jmquintana@telefonica.net>
To: =?UTF-8?B?QW5hIFNvZsOtYSBCZWx0csOhbg==?= <anasofia.beltran@gmail.com>
Cc: =?iso-8859-1?Q?=CD=F1igo_Etxeberria?= <inigo.etxeberria@euskaltel.net>
Subject: =?UTF-8?Q?Re=3A_Reuni=C3=B3n_de_la_comunidad_de_vecinos?=
Message-ID: <CAJ7x9Qm2Lr4TzKw8Nb3cYdF6gH1jS5aE0u@mail.gmail.com>
In-Reply-To: <20240311164402.8C1E47A03B@smtp.telefonica.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola a todos, =C2=BFpodemos mover la reuni=C3=B3n al jueves?`,
    // The encoded names are José María Quintana, Ana Sofía Beltrán and Íñigo Etxeberria; Message-IDs are not addresses.
    expected: [
      ['PERSON', 'Jos=C3=A9_Mar=C3=ADa_Quintana'],
      ['EMAIL', 'jmquintana@telefonica.net'],
      ['PERSON', 'QW5hIFNvZsOtYSBCZWx0csOhbg=='],
      ['EMAIL', 'anasofia.beltran@gmail.com'],
      ['PERSON', '=CD=F1igo_Etxeberria'],
      ['EMAIL', 'inigo.etxeberria@euskaltel.net'],
    ],
  },
  {
    name: 'Outlook "Internet headers" copy (French) with X-Originating-IP, X-MS-Exchange lines, Thread-Index, an internal Received hop and a phishing Reply-To',
    text: `Received: from PAXPR04MB8447.eurprd04.prod.outlook.com (2603:10a6:102:1c4::9) by AM0PR04MB7120.eurprd04.prod.outlook.com with HTTPS; Wed, 13 Mar 2024 08:02:41 +0000
Received: from [10.44.7.120] (unknown [176.31.82.144]) by smtp.ovh.net; Wed, 13 Mar 2024 09:02:38 +0100
X-Originating-IP: [176.31.82.144]
Thread-Topic: Mise à jour coordonnées bancaires
Thread-Index: AdpJ7x9Qm2Lr4TzKw8Nb3cYdF6gH1g==
From: "Comptabilité - Sophie Garnier" <compta@transports-garnier-fils.fr>
Reply-To: sophie.garnier.compta@outlook.fr
To: Yannick Le Goff <y.legoff@menuiserie-armor.bzh>
Subject: Mise à jour coordonnées bancaires
X-MS-Exchange-Organization-SCL: 5
X-MS-Exchange-CrossTenant-id: 3f8a1c2e-7b4d-4e90-a6c1-52d8f0b7e913
Authentication-Results: spf=softfail (sender IP is 176.31.82.144) smtp.mailfrom=transports-garnier-fils.fr; dkim=none

Bonjour M. Le Goff, merci de noter notre nouvel IBAN : FR7430002005500000447129R72 pour les prochains règlements.`,
    // Transports Garnier & Fils is a company named after a family; the tenant id, thread index and Exchange hop addresses of Microsoft's servers still count as host addresses.
    expected: [
      ['IP_ADDRESS', '2603:10a6:102:1c4::9'],
      ['IP_ADDRESS', '10.44.7.120'],
      ['IP_ADDRESS', '176.31.82.144'],
      ['IP_ADDRESS', '176.31.82.144'],
      ['PERSON', 'Sophie Garnier'],
      ['EMAIL', 'compta@transports-garnier-fils.fr'],
      ['EMAIL', 'sophie.garnier.compta@outlook.fr'],
      ['PERSON', 'Yannick Le Goff'],
      ['EMAIL', 'y.legoff@menuiserie-armor.bzh'],
      ['IP_ADDRESS', '176.31.82.144'],
      ['PERSON', 'Le Goff'],
      ['IBAN', 'FR7430002005500000447129R72'],
    ],
  },
  {
    name: 'Gmail "Show original" (Dutch) with ARC-Authentication-Results, a DMARC pass, and a forwarded body with a signature block',
    text: `Delivered-To: l.vandam@gmail.com
ARC-Authentication-Results: i=1; mx.google.com;
       dkim=pass header.i=@rabobank.nl header.s=selector1 header.b=Kc8nBd3F;
       spf=pass (google.com: domain of noreply-alerts@mailing.rabobank.nl designates 185.45.76.12 as permitted sender) smtp.mailfrom=noreply-alerts@mailing.rabobank.nl;
       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=rabobank.nl
Message-ID: <0102018e3a1f7c44-7b9d4e05-a1c6-2d48-f0b7-e913a1c6d2f0-000000@eu-west-1.amazonses.com>
From: Lotte van Dam <l.vandam@gmail.com>
To: Bram Verhoeven <bram@verhoeven-administratie.nl>
Subject: Fwd: Uw jaaroverzicht 2023

Hoi Bram, zie hieronder voor de aangifte.

Met vriendelijke groet,
Lotte van Dam
Tel. 06-44712093
IBAN NL30RABO0318447120 (t.n.v. L. van Dam)`,
    // The bank's alert sender is a system address announced by the bank's own SPF record, shown in an authentication line; still a role address on a real domain, it counts like any team mailbox. L. van Dam is Lotte van Dam, named in full.
    expected: [
      ['EMAIL', 'l.vandam@gmail.com'],
      ['EMAIL', 'noreply-alerts@mailing.rabobank.nl'],
      ['IP_ADDRESS', '185.45.76.12'],
      ['EMAIL', 'noreply-alerts@mailing.rabobank.nl'],
      ['PERSON', 'Lotte van Dam'],
      ['EMAIL', 'l.vandam@gmail.com'],
      ['PERSON', 'Bram Verhoeven'],
      ['EMAIL', 'bram@verhoeven-administratie.nl'],
      ['PERSON', 'Bram'],
      ['PERSON', 'Lotte van Dam'],
      ['PHONE', '06-44712093'],
      ['IBAN', 'NL30RABO0318447120'],
      ['PERSON', 'L. van Dam'],
    ],
  },
  {
    name: 'Thunderbird mbox of a mailing-list digest (Russian) with List-Id, List-Unsubscribe mailto, a Sender: of the list and two posters',
    text: `From - Tue Mar 12 10:15:02 2024
X-Mozilla-Status: 0001
List-Id: <fotoklub-spb.googlegroups.com>
List-Unsubscribe: <mailto:fotoklub-spb+unsubscribe@googlegroups.com>
Sender: fotoklub-spb@googlegroups.com
From: Сергей Воронцов <s.vorontsov@yandex.ru>
To: fotoklub-spb@googlegroups.com
Subject: [fotoklub-spb] Выставка в субботу
Message-ID: <CAKq7x9Qm2Lr4TzKw8Nb3cYd@mail.gmail.com>

Коллеги, выставка в субботу в 12:00. Ключи от зала у Натальи Крыловой, её телефон +7 (921) 447-12-09.

> 11 марта 2024 г., в 22:14, Наталья Крылова <nkrylova@mail.ru> написал(а):
> Сергей, я смогу открыть зал только к 11:30.`,
    // The list's addresses are group mailboxes on a real domain; Натальи Крыловой is the same person in the genitive.
    expected: [
      ['EMAIL', 'fotoklub-spb+unsubscribe@googlegroups.com'],
      ['EMAIL', 'fotoklub-spb@googlegroups.com'],
      ['PERSON', 'Сергей Воронцов'],
      ['EMAIL', 's.vorontsov@yandex.ru'],
      ['EMAIL', 'fotoklub-spb@googlegroups.com'],
      ['PERSON', 'Натальи Крыловой'],
      ['PHONE', '+7 (921) 447-12-09'],
      ['PERSON', 'Наталья Крылова'],
      ['EMAIL', 'nkrylova@mail.ru'],
      ['PERSON', 'Сергей'],
    ],
  },
  {
    name: 'DMARC aggregate report XML (German sender) with source_ip rows, header_from, envelope_from and a report_metadata contact',
    text: `Wir bekommen DMARC-Fehler für unsere Newsletter, was bedeuten diese Zeilen?

<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <report_id>4471209318447120931</report_id>
    <date_range><begin>1710201600</begin><end>1710287999</end></date_range>
  </report_metadata>
  <policy_published><domain>weingut-hoffmann.de</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p></policy_published>
  <record>
    <row><source_ip>85.13.147.220</source_ip><count>412</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>weingut-hoffmann.de</header_from></identifiers>
  </record>
  <record>
    <row><source_ip>209.85.220.41</source_ip><count>3</count>
      <policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>weingut-hoffmann.de</header_from><envelope_from>gmail.com</envelope_from></identifiers>
  </record>
</feedback>`,
    // Weingut Hoffmann is a winery named after a family; the report id and epoch times are not ours; Google's report mailbox is a role address on a real domain.
    expected: [
      ['EMAIL', 'noreply-dmarc-support@google.com'],
      ['IP_ADDRESS', '85.13.147.220'],
      ['IP_ADDRESS', '209.85.220.41'],
    ],
  },
  // ---------------------------------------------------------------- contacts CSV and phone databases
  {
    name: 'Google Contacts CSV export (English, new format) with " ::: " multi-value cells, Birthday, Labels and an empty middle name',
    text: `First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value
Tobias,,Okonkwo-Reid,,,,,,Toby,,Fenwick Surveyors,Partner,1983-06-19,,* myContacts ::: Work,* Work,tobias@fenwick-surveyors.co.uk ::: t.okonkwo.reid@gmail.com,Mobile,+44 7911 447120 ::: +44 113 496 2093
Priyanka,,Venkataraman,,,,Dr,,,,Leeds Teaching Hospitals,Consultant,--08-30,met at BMA conf,* myContacts,* Home,priyanka.v@outlook.com,Mobile,07700 118 447
,,,,,,,,,,Yorkshire Water,,,,* myContacts,* Work,customer.services@yorkshirewater.co.uk,Work,0345 124 2424`,
    // Toby, the nickname in a person's record, counts (convention: see README); a month-day birthday is a labelled birth date; Fenwick Surveyors and Yorkshire Water are businesses whose mailbox and phone count.
    expected: [
      ['PERSON', 'Tobias'],
      ['PERSON', 'Okonkwo-Reid'],
      ['DATE_OF_BIRTH', '1983-06-19'],
      ['EMAIL', 'tobias@fenwick-surveyors.co.uk'],
      ['EMAIL', 't.okonkwo.reid@gmail.com'],
      ['PHONE', '+44 7911 447120'],
      ['PHONE', '+44 113 496 2093'],
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Venkataraman'],
      ['DATE_OF_BIRTH', '--08-30'],
      ['EMAIL', 'priyanka.v@outlook.com'],
      ['PHONE', '07700 118 447'],
      ['EMAIL', 'customer.services@yorkshirewater.co.uk'],
      ['PHONE', '0345 124 2424'],
      ['PERSON', 'Toby'],
    ],
  },
  {
    name: 'Outlook contacts CSV export (Portuguese, Portugal) with quoted cells, Title, Suffix, Business and Mobile Phone, Birthday as d/m/yyyy and Anniversary',
    text: `"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Phone","Mobile Phone","E-mail Address","E-mail Display Name","Birthday","Anniversary","Notes"
"Eng.","João","Pedro","Carvalho Matos","","Metro do Porto","Manutenção","Técnico","+351 225 081 000","+351 912 447 120","joao.matos@metrodoporto.pt","João Pedro Carvalho Matos (joao.matos@metrodoporto.pt)","17/02/1984","12/07/2012",""
"Dra.","Inês","","Sá Fernandes","","","","","","936 120 447","inesfernandes@sapo.pt","Inês Sá Fernandes (inesfernandes@sapo.pt)","0/0/00","0/0/00","Prima do João"`,
    // 0/0/00 is Outlook's empty date; the anniversary is not a birth date; the prefix is a title.
    expected: [
      ['PERSON', 'João'],
      ['PERSON', 'Pedro'],
      ['PERSON', 'Carvalho Matos'],
      ['PHONE', '+351 225 081 000'],
      ['PHONE', '+351 912 447 120'],
      ['EMAIL', 'joao.matos@metrodoporto.pt'],
      ['PERSON', 'João Pedro Carvalho Matos'],
      ['EMAIL', 'joao.matos@metrodoporto.pt'],
      ['DATE_OF_BIRTH', '17/02/1984'],
      ['PERSON', 'Inês'],
      ['PERSON', 'Sá Fernandes'],
      ['PHONE', '936 120 447'],
      ['EMAIL', 'inesfernandes@sapo.pt'],
      ['PERSON', 'Inês Sá Fernandes'],
      ['EMAIL', 'inesfernandes@sapo.pt'],
      ['PERSON', 'João'],
    ],
  },
  {
    name: 'LinkedIn Connections.csv (English and Hindi names) with its Notes preamble, blank e-mails, profile URLs with slugs, and Connected On dates',
    text: `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Arjun,Malhotra,https://www.linkedin.com/in/arjun-malhotra-4a1b2c7,,Infosys,Senior Data Engineer,14 Mar 2024
Sneha,Kulkarni,https://www.linkedin.com/in/snehakulkarni,sneha.kulkarni@gmail.com,Tata Consultancy Services,Analyst,02 Feb 2023
Rohit,Deshpande,https://www.linkedin.com/in/rohit-d-91207733,,Mahindra & Mahindra,HR Business Partner,19 Nov 2021`,
    // Profile slugs are handles; Connected On dates are not birth dates; Mahindra & Mahindra is a company.
    expected: [
      ['PERSON', 'Arjun'],
      ['PERSON', 'Malhotra'],
      ['PERSON', 'Sneha'],
      ['PERSON', 'Kulkarni'],
      ['EMAIL', 'sneha.kulkarni@gmail.com'],
      ['PERSON', 'Rohit'],
      ['PERSON', 'Deshpande'],
    ],
  },
  {
    name: 'Android contacts2.db in sqlite3 (Turkish): the data table joined with mimetypes, display_name, phone rows with normalized numbers, and an e-mail row',
    text: `sqlite> .headers on
sqlite> SELECT d.raw_contact_id, m.mimetype, d.data1, d.data4 FROM data d JOIN mimetypes m ON m._id = d.mimetype_id WHERE d.raw_contact_id IN (212, 213);
raw_contact_id|mimetype|data1|data4
212|vnd.android.cursor.item/name|Emre Kaya|
212|vnd.android.cursor.item/phone_v2|0532 447 12 09|+905324471209
212|vnd.android.cursor.item/email_v2|emrekaya1990@hotmail.com|
212|vnd.android.cursor.item/contact_event|1990-05-21|
213|vnd.android.cursor.item/name|Babam|
213|vnd.android.cursor.item/phone_v2|0 (216) 338 20 93|+902163382093
sqlite> SELECT data2 FROM data WHERE raw_contact_id = 212 AND mimetype_id = 5;
data2
3`,
    // A contact_event of type 3 is a birthday; Babam (my dad) is a relation.
    expected: [
      ['PERSON', 'Emre Kaya'],
      ['PHONE', '0532 447 12 09'],
      ['PHONE', '+905324471209'],
      ['EMAIL', 'emrekaya1990@hotmail.com'],
      ['DATE_OF_BIRTH', '1990-05-21'],
      ['PHONE', '0 (216) 338 20 93'],
      ['PHONE', '+902163382093'],
    ],
  },
  {
    name: 'Android mmssms.db in sqlite3 (Hindi–English): address, epoch date, body with an OTP and a bank alert, and a person texting her name and birth date',
    text: `sqlite> SELECT _id, address, date, type, body FROM sms ORDER BY date DESC LIMIT 4;
_id|address|date|type|body
8841|AX-HDFCBK|1710238502118|1|Rs 2,450.00 debited from a/c **4471 on 12-03-24 to VPA swiggy@icici. Not you? Call 18002586161
8840|VM-SWIGGY|1710238410552|1|432817 is your OTP for Swiggy. Do not share it with anyone.
8839|+919820447120|1710151202004|1|Hi, main Kavya Iyer, PG wali. Form ke liye meri DOB 09/11/1997 hai aur Aadhaar baad mein bhejti hoon
8838|+919820447120|1710151140877|2|Kavya ji, apna naam aur janam tithi bhej dijiye`,
    // Sender ids (AX-HDFCBK) are not phones; a used OTP is no secret; the bank's toll-free line is a business phone; Kavya is named in full.
    expected: [
      ['PHONE', '18002586161'],
      ['PHONE', '+919820447120'],
      ['PERSON', 'Kavya Iyer'],
      ['DATE_OF_BIRTH', '09/11/1997'],
      ['PHONE', '+919820447120'],
      ['PERSON', 'Kavya'],
    ],
  },
  {
    name: 'Android calllog.db in sqlite3 (Turkish): number, cached name, duration and geocoded location, with a private (-2) number and a voicemail',
    text: `sqlite> SELECT number, name, date, duration, type, geocoded_location FROM calls ORDER BY date DESC LIMIT 5;
number|name|date|duration|type|geocoded_location
05324471209|Emre Kaya|1710238502118|312|1|Türkiye
+902122930447|Garanti BBVA Müşteri Hizmetleri|1710230011204|95|2|İstanbul
-2||1710229800000|0|3|
+905551204478|Selin Arslan|1710150014477|44|2|Türkiye
*101||1710140000000|12|2|`,
    // -2 is Android's marker for a withheld number and *101 a voicemail short code; the bank line is a business phone.
    expected: [
      ['PHONE', '05324471209'],
      ['PERSON', 'Emre Kaya'],
      ['PHONE', '+902122930447'],
      ['PHONE', '+905551204478'],
      ['PERSON', 'Selin Arslan'],
    ],
  },
  {
    name: 'SMS Backup & Restore XML (Portuguese, Portugal) with address, contact_name, readable_date, and a service_center number',
    text: `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="3" backup_set="7b9d4e05-a1c6-2d48-f0b7-e913a1c6d2f0" backup_date="1710238502118" type="full">
  <sms protocol="0" address="+351912447120" date="1710151202004" type="1" body="Olá Rita, o jantar de sábado é às 20h em casa da Madalena Cruz. Beijinhos, Teresa" service_center="+351911616161" read="1" status="-1" readable_date="11/03/2024 10:00:02" contact_name="Teresa Vasconcelos" />
  <sms protocol="0" address="+351936120447" date="1710151302004" type="2" body="Obrigada! Levo a sobremesa." read="1" status="-1" readable_date="11/03/2024 10:01:42" contact_name="Rita Pimentel" />
  <sms protocol="0" address="MEO" date="1710100000000" type="1" body="MEO: a sua fatura de 29,99 EUR está disponível." read="1" status="-1" readable_date="10/03/2024 19:46:40" contact_name="(Unknown)" />
</smses>`,
    // Rita is the owner of the other phone, named in full as a contact; Teresa signs a message from a contact named in full; the SMSC number is the operator's network number and counts as a phone.
    expected: [
      ['PHONE', '+351912447120'],
      ['PERSON', 'Rita'],
      ['PERSON', 'Madalena Cruz'],
      ['PERSON', 'Teresa'],
      ['PHONE', '+351911616161'],
      ['PERSON', 'Teresa Vasconcelos'],
      ['PHONE', '+351936120447'],
      ['PERSON', 'Rita Pimentel'],
    ],
  },
  // ---------------------------------------------------------------- chat exports
  {
    name: 'WhatsApp Android export (German) with saved contacts, an unsaved number as sender, <Medien ausgeschlossen>, a system line and a birthday in a message',
    text: `12.03.24, 08:14 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören.
12.03.24, 08:14 - Jürgen Albrecht hat die Gruppe „Elternbeirat 4b" erstellt
12.03.24, 08:15 - Jürgen Albrecht hat +49 176 44712093 hinzugefügt
12.03.24, 08:16 - Jürgen Albrecht: Hallo zusammen! Für die Klassenliste brauche ich von jedem Kind das Geburtsdatum. Mein Sohn Leon Albrecht: 03.05.2015
12.03.24, 08:21 - +49 176 44712093: Hallo, hier ist Yasemin Çelik, Mama von Deniz Çelik, geb. 19.11.2014
12.03.24, 08:22 - +49 176 44712093: <Medien ausgeschlossen>
12.03.24, 08:30 - Bettina Roth: Danke Jürgen! Emma Roth, geboren am 27.01.2015. Bei Fragen gern 0621 4471 209 anrufen
12.03.24, 08:31 - Bettina Roth: Diese Nachricht wurde gelöscht`,
    // The group name and timestamps are not ours; Jürgen is named in full.
    expected: [
      ['PERSON', 'Jürgen Albrecht'],
      ['PERSON', 'Jürgen Albrecht'],
      ['PHONE', '+49 176 44712093'],
      ['PERSON', 'Jürgen Albrecht'],
      ['PERSON', 'Leon Albrecht'],
      ['DATE_OF_BIRTH', '03.05.2015'],
      ['PHONE', '+49 176 44712093'],
      ['PERSON', 'Yasemin Çelik'],
      ['PERSON', 'Deniz Çelik'],
      ['DATE_OF_BIRTH', '19.11.2014'],
      ['PHONE', '+49 176 44712093'],
      ['PERSON', 'Bettina Roth'],
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Emma Roth'],
      ['DATE_OF_BIRTH', '27.01.2015'],
      ['PHONE', '0621 4471 209'],
      ['PERSON', 'Bettina Roth'],
    ],
  },
  {
    name: 'WhatsApp iOS export (French) of an association group with left-to-right marks, "a ajouté", a contact card attachment and an e-mail',
    text: `[09/03/2024 19:02:11] Association Les Amis du Vieux Lyon: ‎Les messages et les appels sont chiffrés de bout en bout.
[09/03/2024 19:02:11] Association Les Amis du Vieux Lyon: ‎Chantal Morel a ajouté Rémi Gauthier
[09/03/2024 19:04:37] Chantal Morel: Bienvenue Rémi ! Pour l'adhésion il me faut ta date de naissance et ton mail
[09/03/2024 19:10:02] Rémi Gauthier: Merci ! Né le 2 août 1968, remi.gauthier@free.fr
[09/03/2024 19:11:15] Chantal Morel: ‎Carte de contact omise
[09/03/2024 19:11:40] Chantal Morel: C'est la fiche de notre trésorier, Bernard Lacombe, 06 12 44 71 20`,
    // The association is a group; Rémi is named in full.
    expected: [
      ['PERSON', 'Chantal Morel'],
      ['PERSON', 'Rémi Gauthier'],
      ['PERSON', 'Chantal Morel'],
      ['PERSON', 'Rémi'],
      ['PERSON', 'Rémi Gauthier'],
      ['DATE_OF_BIRTH', '2 août 1968'],
      ['EMAIL', 'remi.gauthier@free.fr'],
      ['PERSON', 'Chantal Morel'],
      ['PERSON', 'Chantal Morel'],
      ['PERSON', 'Bernard Lacombe'],
      ['PHONE', '06 12 44 71 20'],
    ],
  },
  {
    name: 'Telegram Desktop result.json (Spanish) with text_entities of type phone, email and mention, from_id, and a bot token pasted by a member',
    text: `{
 "name": "Huerto Comunitario Lavapiés",
 "type": "private_group",
 "id": 4471209318,
 "messages": [
  {
   "id": 1204,
   "type": "message",
   "date": "2024-03-12T11:02:40",
   "from": "Valentina Ríos",
   "from_id": "user5520193847",
   "text": [
    "Para el riego del finde llamad a Ramón Castaño al ",
    {"type": "phone", "text": "+34 644 712 093"},
    " o escribid a ",
    {"type": "email", "text": "huerto.lavapies@gmail.com"},
    ". ",
    {"type": "mention", "text": "@ramon_cast"},
    " confírmalo porfa"
   ],
   "text_entities": [
    {"type": "plain", "text": "Para el riego del finde llamad a Ramón Castaño al "},
    {"type": "phone", "text": "+34 644 712 093"},
    {"type": "plain", "text": " o escribid a "},
    {"type": "email", "text": "huerto.lavapies@gmail.com"}
   ]
  },
  {
   "id": 1205,
   "type": "message",
   "date": "2024-03-12T11:09:13",
   "from": "ramon_cast",
   "from_id": "user6620184471",
   "text": "ok! por cierto el bot del riego no arranca, el token es ${telegramBotToken}"
  }
 ]
}`,
    // @ramon_cast and the sender ramon_cast are handles; the group name and ids are not ours.
    expected: [
      ['PERSON', 'Valentina Ríos'],
      ['PERSON', 'Ramón Castaño'],
      ['PHONE', '+34 644 712 093'],
      ['EMAIL', 'huerto.lavapies@gmail.com'],
      ['PERSON', 'Ramón Castaño'],
      ['PHONE', '+34 644 712 093'],
      ['EMAIL', 'huerto.lavapies@gmail.com'],
      ['SECRET', telegramBotToken],
    ],
  },
  {
    name: 'signal-cli receive --output=json (Dutch) with sourceNumber, sourceName, sourceUuid, a dataMessage and a group id',
    text: `$ signal-cli -a +31612044712 -o json receive
{"envelope":{"source":"+31644712093","sourceNumber":"+31644712093","sourceUuid":"3f8a1c2e-7b4d-4e90-a6c1-52d8f0b7e913","sourceName":"Femke Bakker","sourceDevice":1,"timestamp":1710238502118,"dataMessage":{"timestamp":1710238502118,"message":"Hoi Daan, de sleutel ligt bij Willemijn Smit op nummer 14, haar nummer is 06 2093 4471","expiresInSeconds":0,"viewOnce":false,"groupInfo":{"groupId":"Qm7xWr9Tz4Kc8nBd3Fg6hJ1sA5eU0iO2pN7mRt4Lq8=","type":"DELIVER"}}},"account":"+31612044712"}
{"envelope":{"source":"+31644712093","sourceNumber":"+31644712093","sourceUuid":"3f8a1c2e-7b4d-4e90-a6c1-52d8f0b7e913","sourceName":"Femke Bakker","sourceDevice":1,"timestamp":1710238510442,"receiptMessage":{"when":1710238510442,"isDelivery":true,"timestamps":[1710238502118]}},"account":"+31612044712"}`,
    // Daan is a given name alone; the UUID and group id are not ours.
    expected: [
      ['PHONE', '+31612044712'],
      ['PHONE', '+31644712093'],
      ['PHONE', '+31644712093'],
      ['PERSON', 'Femke Bakker'],
      ['PERSON', 'Willemijn Smit'],
      ['PHONE', '06 2093 4471'],
      ['PHONE', '+31612044712'],
      ['PHONE', '+31644712093'],
      ['PHONE', '+31644712093'],
      ['PERSON', 'Femke Bakker'],
      ['PHONE', '+31612044712'],
    ],
  },
  {
    name: 'DiscordChatExporter JSON (English) with author snowflakes, name, nickname, discriminator "0", avatar URLs, a webhook URL with its token, and a real name in content',
    text: `{
  "guild": { "id": "1093447120931844712", "name": "Hollow Pines Modding", "iconUrl": "https://cdn.discordapp.com/icons/1093447120931844712/a_7c2e9a41b0d358f6.png" },
  "channel": { "id": "1184471209318447120", "type": "GuildTextChat", "category": "support", "name": "mod-help" },
  "messages": [
    {
      "id": "1217028442137788416",
      "type": "Default",
      "timestamp": "2024-03-12T10:15:02.118+00:00",
      "content": "the webhook stopped posting, here it is: https://discord.com/api/webhooks/1217028001234567890/${discordWebhookToken}",
      "author": { "id": "288447120931844712", "name": "quietfrost", "discriminator": "0", "nickname": "Frosty", "isBot": false, "avatarUrl": "https://cdn.discordapp.com/avatars/288447120931844712/9c1e47a03b2d4f86.png" }
    },
    {
      "id": "1217028998874431488",
      "type": "Reply",
      "timestamp": "2024-03-12T10:17:40.552+00:00",
      "content": "regenerate it now. also <@288447120931844712> for the paypal refund I need your real name, the account says Caleb Ashworth-Vance?",
      "author": { "id": "199204471203918447", "name": "mod.birchwood", "discriminator": "0", "nickname": "Birch", "isBot": false, "avatarUrl": "https://cdn.discordapp.com/embed/avatars/2.png" }
    }
  ]
}`,
    // Usernames, nicknames, snowflakes, avatar hashes and the webhook id are not ours; the webhook token is.
    expected: [
      ['SECRET', discordWebhookToken],
      ['PERSON', 'Caleb Ashworth-Vance'],
    ],
  },
  {
    name: 'Slack export users.json and a channel file (English and Spanish): real_name, display_name as a handle, profile.phone, email, tz, and a message naming a customer',
    text: `users.json
[
  {"id":"U04KQ7M2X9B","team_id":"T01KQ7M2X9B","name":"mfigueroa","real_name":"Martina Figueroa","tz":"America/Argentina/Buenos_Aires","profile":{"title":"Customer Success","phone":"+54 9 11 4471-2093","real_name":"Martina Figueroa","display_name":"martu","email":"martina.figueroa@nubetech.com.ar","image_72":"https://avatars.slack-edge.com/2023-01-04/4471209318_7c2e9a41b0d358f6_72.jpg"}},
  {"id":"USLACKBOT","name":"slackbot","real_name":"Slackbot","profile":{"display_name":"Slackbot","email":null}}
]

soporte-clientes/2024-03-12.json
[
  {"type":"message","user":"U04KQ7M2X9B","text":"El cliente Gustavo Peralta (gperalta@distribuidora-sur.com.ar) pide la baja, su cel es 11 5120-4471","ts":"1710238502.118449","user_profile":{"real_name":"Martina Figueroa","display_name":"martu"}}
]`,
    // martu is a handle, Slackbot a bot; ids and image hashes are not ours.
    expected: [
      ['PERSON', 'Martina Figueroa'],
      ['PHONE', '+54 9 11 4471-2093'],
      ['PERSON', 'Martina Figueroa'],
      ['EMAIL', 'martina.figueroa@nubetech.com.ar'],
      ['PERSON', 'Gustavo Peralta'],
      ['EMAIL', 'gperalta@distribuidora-sur.com.ar'],
      ['PHONE', '11 5120-4471'],
      ['PERSON', 'Martina Figueroa'],
    ],
  },
  {
    name: 'Microsoft Teams chat export JSON from eDiscovery (Polish): from.user.displayName, mentions, an HTML body, and a guest with #EXT# in the UPN',
    text: `{"value":[
{"id":"1710238502118","messageType":"message","createdDateTime":"2024-03-12T10:15:02.118Z","from":{"user":{"id":"3f8a1c2e-7b4d-4e90-a6c1-52d8f0b7e913","displayName":"Katarzyna Nowak-Lewandowska","userIdentityType":"aadUser"}},"body":{"contentType":"html","content":"<p><at id=\\"0\\">Piotr Zieliński</at> proszę o PESEL i datę urodzenia nowego pracownika, Tomasza Wójcika</p>"},"mentions":[{"id":0,"mentionText":"Piotr Zieliński","mentioned":{"user":{"displayName":"Piotr Zieliński","id":"9a1c77e2-3b40-4d8e-9f21-6c0b5d7e2a13"}}}]},
{"id":"1710238601442","messageType":"message","createdDateTime":"2024-03-12T10:16:41.442Z","from":{"user":{"id":"9a1c77e2-3b40-4d8e-9f21-6c0b5d7e2a13","displayName":"Piotr Zieliński","userPrincipalName":"piotr.zielinski_kadry-partner.pl#EXT#@budimex447.onmicrosoft.com"}},"body":{"contentType":"text","content":"Tomasz Wójcik, PESEL 92071304471, ur. 13.07.1992, tel. 512 447 120"}}
]}`,
    // Tomasza Wójcika is Tomasz Wójcik in the genitive; the PESEL is a national id; a guest UPN is the person's address rewritten into the tenant and counts as an e-mail.
    expected: [
      ['PERSON', 'Katarzyna Nowak-Lewandowska'],
      ['PERSON', 'Piotr Zieliński'],
      ['PERSON', 'Tomasza Wójcika'],
      ['PERSON', 'Piotr Zieliński'],
      ['PERSON', 'Piotr Zieliński'],
      ['PERSON', 'Piotr Zieliński'],
      ['EMAIL', 'piotr.zielinski_kadry-partner.pl#EXT#@budimex447.onmicrosoft.com'],
      ['PERSON', 'Tomasz Wójcik'],
      ['DATE_OF_BIRTH', '13.07.1992'],
      ['PHONE', '512 447 120'],
    ],
  },
  {
    name: "Facebook Messenger message_1.json (Italian) with participants, sender_name and Facebook's mojibake \\u00c3 escapes for accented names",
    text: `{
  "participants": [
    { "name": "Nicol\\u00c3\\u00b2 Ricci" },
    { "name": "Giulia Ferraresi" }
  ],
  "messages": [
    {
      "sender_name": "Nicol\\u00c3\\u00b2 Ricci",
      "timestamp_ms": 1710238502118,
      "content": "Giulia il mio nuovo numero \\u00c3\\u00a8 348 447 1209, salvalo",
      "is_geoblocked_for_viewer": false
    },
    {
      "sender_name": "Giulia Ferraresi",
      "timestamp_ms": 1710238410552,
      "content": "Auguri!! \\u00f0\\u009f\\u008e\\u0089",
      "reactions": [{ "reaction": "\\u00e2\\u009d\\u00a4", "actor": "Nicol\\u00c3\\u00b2 Ricci" }],
      "is_geoblocked_for_viewer": false
    }
  ],
  "title": "Nicol\\u00c3\\u00b2 Ricci",
  "is_still_participant": true,
  "thread_path": "inbox/nicolricci_4471209318447120"
}`,
    // The escapes spell Nicolò Ricci; the thread path is a slug; Giulia is named in full.
    expected: [
      ['PERSON', 'Nicol\\u00c3\\u00b2 Ricci'],
      ['PERSON', 'Giulia Ferraresi'],
      ['PERSON', 'Nicol\\u00c3\\u00b2 Ricci'],
      ['PERSON', 'Giulia'],
      ['PHONE', '348 447 1209'],
      ['PERSON', 'Giulia Ferraresi'],
      ['PERSON', 'Nicol\\u00c3\\u00b2 Ricci'],
      ['PERSON', 'Nicol\\u00c3\\u00b2 Ricci'],
    ],
  },
  {
    name: 'KakaoTalk chat export .txt (Korean) with the header, date separators, 오후 timestamps, a 님 honorific and a friend saved under a nickname',
    text: `김서연 님과 카카오톡 대화
저장한 날짜 : 2024-03-12 21:14:02

--------------- 2024년 3월 12일 화요일 ---------------
[김서연] [오후 2:14] 지훈아 이번 주 동창회 명단 정리했어?
[이지훈] [오후 2:16] 응 거의. 박소영 연락처가 010-2093-4471 맞지?
[김서연] [오후 2:17] 맞아. 그리고 소영이 생일이 1993년 8월 4일이라 그날 케이크 준비하자
[이지훈] [오후 2:20] 오케이 ㅋㅋ 회비는 내 계좌로 받을게, 카카오뱅크 3333-04-4712093
[김서연] [오후 2:21] 사진 
[꿀벌🐝] [오후 2:25] 나도 갈게!!`,
    // 지훈 and 소영 are given names of people named in full (김서연 is named 님 in the header); 꿀벌🐝 is a nickname; the domestic account number is not an IBAN.
    expected: [
      ['PERSON', '김서연'],
      ['PERSON', '김서연'],
      ['PERSON', '지훈'],
      ['PERSON', '이지훈'],
      ['PERSON', '박소영'],
      ['PHONE', '010-2093-4471'],
      ['PERSON', '김서연'],
      ['PERSON', '소영'],
      ['DATE_OF_BIRTH', '1993년 8월 4일'],
      ['PERSON', '이지훈'],
      ['PERSON', '김서연'],
    ],
  },
  {
    name: 'LINE talk history export (Japanese) with tab-separated lines, さん and 様 honorifics, a sticker line and a clinic phone',
    text: `[LINE] 高橋 健太とのトーク履歴
保存日時：2024/03/12 21:14

2024/03/12(火)
14:02	高橋 健太	お疲れさまです。来週の面談、中村 由美子さんも参加されます
14:05	渡辺 真理	了解です！中村様の連絡先は 080-4471-2093 でよいですか？
14:06	高橋 健太	はい。あと生年月日は1979年6月21日と伺っています
14:07	高橋 健太	[スタンプ]
14:30	渡辺 真理	みなと内科クリニックの番号も送ります 03-3452-8830`,
    // 中村 is the family name of 中村 由美子, named in full; the clinic is a business.
    expected: [
      ['PERSON', '高橋 健太'],
      ['PERSON', '高橋 健太'],
      ['PERSON', '中村 由美子'],
      ['PERSON', '渡辺 真理'],
      ['PERSON', '中村'],
      ['PHONE', '080-4471-2093'],
      ['PERSON', '高橋 健太'],
      ['DATE_OF_BIRTH', '1979年6月21日'],
      ['PERSON', '高橋 健太'],
      ['PERSON', '渡辺 真理'],
      ['PHONE', '03-3452-8830'],
    ],
  },
  {
    name: 'WeChat chat exported with a third-party tool as CSV (Chinese): wxid senders, remark names, a 手机号 and a 生日 in messages, and a transfer message',
    text: `localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
18841,wxid_7c2e9a41b0d3,1,0,0,1710238502,2,"刘佳，帮我登记一下：张伟明，手机号 139 1044 7120，生日 1985年10月3日",2024-03-12 18:15:02,张伟明,大明,wxid_7c2e9a41b0d3
18842,wxid_4f7a1c9e2b5d,1,0,1,1710238580,2,"好的张先生，已登记",2024-03-12 18:16:20,,刘佳,wxid_4f7a1c9e2b5d
18843,wxid_7c2e9a41b0d3,49,2000,0,1710238640,2,"[转账] ¥200.00 会员费",2024-03-12 18:17:20,张伟明,大明,wxid_7c2e9a41b0d3`,
    // wxids are account ids and 大明, a person's nickname that is a given name, counts (convention: see README); 张先生 is a family name with a title for a person named in full, so 张 alone is the span.
    expected: [
      ['PERSON', '刘佳'],
      ['PERSON', '张伟明'],
      ['PHONE', '139 1044 7120'],
      ['DATE_OF_BIRTH', '1985年10月3日'],
      ['PERSON', '张伟明'],
      ['PERSON', '张'],
      ['PERSON', '刘佳'],
      ['PERSON', '张伟明'],
      ['PERSON', '大明'],
      ['PERSON', '大明'],
    ],
  },
  // ---------------------------------------------------------------- platform "download your data" exports
  {
    name: 'Instagram "download your data" personal_information.json (Arabic profile) with string_map_data: Email, Phone Number, Username, Name, Date of birth',
    text: `{
  "profile_user": [
    {
      "media_map_data": { "Profile Photo": { "uri": "media/profile/202403/4471209318447120_n.jpg", "creation_timestamp": 1710238502 } },
      "string_map_data": {
        "Email": { "href": "", "value": "noura.alshammari@hotmail.com", "timestamp": 0 },
        "Phone Confirmed": { "href": "", "value": "True", "timestamp": 0 },
        "Phone Number": { "href": "", "value": "+966 55 447 1209", "timestamp": 0 },
        "Username": { "href": "", "value": "noura.bakes", "timestamp": 0 },
        "Name": { "href": "", "value": "نورة الشمري", "timestamp": 0 },
        "Bio": { "href": "", "value": "🍰 حلويات منزلية | الطلبات واتساب 0554471209", "timestamp": 0 },
        "Gender": { "href": "", "value": "female", "timestamp": 0 },
        "Date of birth": { "href": "", "value": "1996-01-27", "timestamp": 0 },
        "Private Account": { "href": "", "value": "False", "timestamp": 0 }
      }
    }
  ]
}`,
    // The username is a handle; the photo path and timestamps are not ours.
    expected: [
      ['EMAIL', 'noura.alshammari@hotmail.com'],
      ['PHONE', '+966 55 447 1209'],
      ['PERSON', 'نورة الشمري'],
      ['PHONE', '0554471209'],
      ['DATE_OF_BIRTH', '1996-01-27'],
    ],
  },
  {
    name: 'Facebook "download your information" profile_information.json (Spanish) with name fields, emails, phone numbers and family_members with relations',
    text: `{
  "profile_v2": {
    "name": { "full_name": "Carolina Méndez Ibarra", "first_name": "Carolina", "middle_name": "", "last_name": "Méndez Ibarra" },
    "emails": { "emails": ["caro.mendez@yahoo.es"], "previous_emails": ["carolinamendez_91@hotmail.com"], "pending_emails": [], "ad_account_emails": [] },
    "current_city": { "name": "Zaragoza, Spain", "timestamp": 1579012345 },
    "hometown": { "name": "Huesca", "timestamp": 1420070400 },
    "relationship": { "status": "Married", "partner": "Andrés Salvatierra", "anniversary": { "year": 2017, "month": 9, "day": 16 }, "timestamp": 1505520000 },
    "family_members": [
      { "name": "Rosa Ibarra Lasheras", "relation": "Mother", "timestamp": 1420070400 },
      { "name": "Lucas Salvatierra", "relation": "Son", "timestamp": 1600000000 }
    ],
    "phone_numbers": [ { "phone_type": "Mobile", "phone_number": "+34 622 044 712", "verified": true } ],
    "username": "carolina.mendez.9847",
    "registration_timestamp": 1230768000
  }
}`,
    // The username is a handle; the anniversary and epoch timestamps are not ours; first and last name fields are separate spans.
    expected: [
      ['PERSON', 'Carolina Méndez Ibarra'],
      ['PERSON', 'Carolina'],
      ['PERSON', 'Méndez Ibarra'],
      ['EMAIL', 'caro.mendez@yahoo.es'],
      ['EMAIL', 'carolinamendez_91@hotmail.com'],
      ['PERSON', 'Andrés Salvatierra'],
      ['PERSON', 'Rosa Ibarra Lasheras'],
      ['PERSON', 'Lucas Salvatierra'],
      ['PHONE', '+34 622 044 712'],
    ],
  },
  {
    name: 'X (Twitter) archive account.js, ageinfo.js and phone-number.js (Arabic user in Egypt) with window.YTD prefixes, accountId and createdVia',
    text: `window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ahmed.elsayed.eg@gmail.com",
      "createdVia" : "android",
      "username" : "ahmed_codes",
      "accountId" : "1184471209318447120",
      "createdAt" : "2019-11-16T09:12:44.000Z",
      "accountDisplayName" : "أحمد السيد | Ahmed El-Sayed"
    }
  }
]
window.YTD.ageinfo.part0 = [
  { "ageMeta" : { "ageInfo" : { "age" : [ "32" ], "birthDate" : "1992-04-09" } } }
]
window.YTD.phone_number.part0 = [
  { "device" : { "phoneNumber" : "+201004471209" } }
]`,
    // The display name gives the same name in Arabic and in Latin script; the username and account id are not ours; an age is not a date.
    expected: [
      ['EMAIL', 'ahmed.elsayed.eg@gmail.com'],
      ['PERSON', 'أحمد السيد'],
      ['PERSON', 'Ahmed El-Sayed'],
      ['DATE_OF_BIRTH', '1992-04-09'],
      ['PHONE', '+201004471209'],
    ],
  },
  {
    name: 'TikTok user_data.json (Hindi–English user in India) with Profile Information: userName handle, birthDate as "Mar 04, 1999", email, telephoneNumber and bioDescription',
    text: `{
  "Profile": {
    "Profile Information": {
      "ProfileMap": {
        "PlatformInfo": [],
        "bioDescription": "Dance | Pune | collab ke liye mail karo 👉 ritika.collabs@gmail.com",
        "birthDate": "Mar 04, 1999",
        "emailAddress": "ritika.sawant99@gmail.com",
        "followerCount": 18442,
        "likesReceived": "1204471",
        "profilePhoto": "https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/7c2e9a41b0d358f61a4c9e27b1d083f4~c5_720x720.jpeg",
        "telephoneNumber": "+91 98204 47120",
        "userName": "ritikaa.moves",
        "displayName": "Ritika Sawant"
      }
    }
  }
}`,
    // The username is a handle; counts and the avatar hash are not ours.
    expected: [
      ['EMAIL', 'ritika.collabs@gmail.com'],
      ['DATE_OF_BIRTH', 'Mar 04, 1999'],
      ['EMAIL', 'ritika.sawant99@gmail.com'],
      ['PHONE', '+91 98204 47120'],
      ['PERSON', 'Ritika Sawant'],
    ],
  },
  {
    name: 'Tinder data export data.json (Brazilian Portuguese) with User.birth_date as ISO, full_name, email, phone_id, bio naming an ex, and ids',
    text: `{
  "User": {
    "active_time": "2024-03-12T22:14:02.118Z",
    "age_filter_max": 38,
    "age_filter_min": 27,
    "bio": "Carioca, fotógrafa, viciada em açaí. Se você for amigo do Thiago Mello, passa direto 😂",
    "birth_date": "1993-10-15T00:00:00.000Z",
    "create_date": "2021-02-01T18:30:11.442Z",
    "email": "bia.nogueira.rj@gmail.com",
    "full_name": "Beatriz Nogueira Lopes",
    "gender": "F",
    "instagram": { "username": "bianogueira.foto" },
    "phone_id": "+5521984471209",
    "_id": "65f0a1c2e7b4d4e90a6c152d"
  },
  "Usage": { "app_opens": { "2024-03-12": 14 } }
}`,
    // The Instagram username and the Tinder id are not ours; creation and activity times are not birth dates; the midnight of the birth timestamp is no part of the date (as in hold-out 3).
    expected: [
      ['PERSON', 'Thiago Mello'],
      ['DATE_OF_BIRTH', '1993-10-15'],
      ['EMAIL', 'bia.nogueira.rj@gmail.com'],
      ['PERSON', 'Beatriz Nogueira Lopes'],
      ['PHONE', '+5521984471209'],
    ],
  },
  {
    name: 'rclone.conf for a Google Drive remote from a Takeout migration (English): the token JSON with an OAuth access and refresh token, client_id and root_folder_id',
    text: `Takeout export is 300 GB so I'm syncing it with rclone, but it fails with "invalid_grant". My config:

[gdrive-takeout]
type = drive
client_id = 447120931844-7c2e9a41b0d358f61a4c9e27b1d083f4.apps.googleusercontent.com
scope = drive.readonly
root_folder_id = 1Qm7xWr9Tz4Kc8nBd3Fg6hJ1sA5eU0iO2
token = {"access_token":"${googleAccess}","token_type":"Bearer","refresh_token":"${googleRefresh}","expiry":"2024-03-12T11:15:02.118449+00:00"}
team_drive =

The account is harriet.quinlan@gmail.com if that matters.`,
    // The client id and folder id are identifiers, not secrets; the access and refresh tokens are.
    expected: [
      ['SECRET', googleAccess],
      ['SECRET', googleRefresh],
      ['EMAIL', 'harriet.quinlan@gmail.com'],
    ],
  },
  {
    name: 'Google Takeout "Chrome/Addresses and more.json" autofill profiles (Japanese) with names in kanji and kana, phone, e-mail, and a company profile',
    text: `{
  "Autofill Profile": [
    {
      "name_full": ["山口 陽子"],
      "name_first": ["陽子"],
      "name_last": ["山口"],
      "name_full_phonetic": ["ヤマグチ ヨウコ"],
      "email_address": ["yoko.yamaguchi@icloud.com"],
      "phone_home_whole_number": ["+81 90-4471-2093"],
      "address_home_zip": ["150-0041"],
      "address_home_state": ["東京都"],
      "address_home_city": ["渋谷区"],
      "use_count": 42,
      "use_date": "2024-03-12T10:15:02Z"
    },
    {
      "company_name": ["株式会社ユニクロ"],
      "phone_home_whole_number": ["0120-170-296"],
      "use_count": 1
    }
  ]
}`,
    // The phonetic reading sits under a name field; the company's free-dial line is a business phone; the postcode and use counts are not ours.
    expected: [
      ['PERSON', '山口 陽子'],
      ['PERSON', '陽子'],
      ['PERSON', '山口'],
      ['PERSON', 'ヤマグチ ヨウコ'],
      ['EMAIL', 'yoko.yamaguchi@icloud.com'],
      ['PHONE', '+81 90-4471-2093'],
      ['PHONE', '0120-170-296'],
    ],
  },
  // ---------------------------------------------------------------- health and fitness exports
  {
    name: "Apple Health export.xml (Spanish) with the Me element's HKCharacteristicTypeIdentifierDateOfBirth, a device named after its owner, and step records",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<HealthData locale="es_ES">
 <ExportDate value="2024-03-12 21:14:02 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1984-02-29" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeAPositive" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Apple Watch de Lucía" sourceVersion="10.3" device="&lt;&lt;HKDevice: 0x283e4c1a0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.3&gt;" unit="count" creationDate="2024-03-12 08:02:41 +0100" startDate="2024-03-12 07:51:02 +0100" endDate="2024-03-12 08:01:14 +0100" value="1204"/>
 <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Salud" unit="kg" creationDate="2024-03-11 07:30:00 +0100" startDate="2024-03-11 07:30:00 +0100" endDate="2024-03-11 07:30:00 +0100" value="61.4"/>
</HealthData>`,
    // Lucía is a device named after its owner's given name; export and record dates are not birth dates; the device pointer is not ours.
    expected: [['DATE_OF_BIRTH', '1984-02-29']],
  },
  {
    name: 'Strava bulk export profile.csv and a segment leaderboard paste (English, UK) with Athlete ID, names, Email Address, Birthdate, and activity dates',
    text: `profile.csv
Athlete ID,Email Address,First Name,Last Name,Sex,Description,Weight,City,State,Country,Health Consent Status,Date of Health Consent Status,Birthdate
48812047,ollie.brennan@btinternet.com,Oliver,Brennan,M,Sunday club runs with Ilkley Harriers. Ask for Ollie!,72.5,Ilkley,England,United Kingdom,Consented,"Mar 12, 2021, 8:02:41 AM",1977-08-23

Segment "Cow and Calf climb" leaderboard:
1  Oliver Brennan     04:12  Mar 9, 2024
2  Hannah Sutcliffe   04:31  Feb 18, 2024
3  KOM_hunter_88      04:40  Jan 2, 2024`,
    // Ollie is the nickname of someone named in full, but a nickname; Ilkley Harriers is a club; consent and activity dates are not birth dates; KOM_hunter_88 is a handle.
    expected: [
      ['EMAIL', 'ollie.brennan@btinternet.com'],
      ['PERSON', 'Oliver'],
      ['PERSON', 'Brennan'],
      ['DATE_OF_BIRTH', '1977-08-23'],
      ['PERSON', 'Oliver Brennan'],
      ['PERSON', 'Hannah Sutcliffe'],
    ],
  },
  {
    name: 'Fitbit Takeout Profile.csv (Hindi–English, India) with first_name, last_name, date_of_birth, email, and a friends list with display names',
    text: `Global Export Data/Profile.csv
id,full_name,first_name,last_name,display_name_setting,display_name,username,email_address,date_of_birth,child,country,state,city,about_me,member_since,height,weight,gender
7QMX2T,Anjali Raghunathan,Anjali,Raghunathan,name,Anjali R.,,anjali.raghu@rediffmail.com,1990-12-11,false,IN,KA,Bengaluru,"Roz 10k steps 💪 | Cubbon Park walkers",2019-06-02,162.0,58.2,FEMALE

Social/friends.json
[{"id":"8RTZ4K","displayName":"Vikram S.","avatar":"https://static0.fitbit.com/images/profile/defaultProfile_100.png"},{"id":"4BNW9P","displayName":"Meenakshi Pillai"}]`,
    // Anjali R. is an initials form of someone named in full; Vikram S. sits under a displayName field, a name field, and counts; the user id and join date are not ours.
    expected: [
      ['PERSON', 'Anjali Raghunathan'],
      ['PERSON', 'Anjali'],
      ['PERSON', 'Raghunathan'],
      ['PERSON', 'Anjali R.'],
      ['EMAIL', 'anjali.raghu@rediffmail.com'],
      ['DATE_OF_BIRTH', '1990-12-11'],
      ['PERSON', 'Vikram S.'],
      ['PERSON', 'Meenakshi Pillai'],
    ],
  },
  // ---------------------------------------------------------------- game servers and communities
  {
    name: 'CS2 dedicated-server console log and server.cfg (English): players connecting with STEAM_1 and [U:1:] ids and client IP:port, an rcon_password, and a Steam community URL',
    text: `server.cfg:
hostname "Foxhole Gaming | 128tick | EU"
rcon_password "${rconPassword}"
sv_password ""
sv_setsteamaccount ${gslt}

console.log:
L 03/12/2024 - 21:14:02: "xX_Reaper_Xx<12><[U:1:88412047]><>" connected, address "86.174.22.109:27005"
L 03/12/2024 - 21:14:05: "xX_Reaper_Xx<12><[U:1:88412047]><>" STEAM USERID validated
L 03/12/2024 - 21:16:40: "noodle<13><[U:1:30120934]><>" connected, address "10.0.0.44:27005"
L 03/12/2024 - 21:20:11: "noodle<13><[U:1:30120934]><CT>" say "gg, btw admin this is Callum Pryce irl, unban my brother pls https://steamcommunity.com/profiles/76561198044712093"
L 03/12/2024 - 21:21:02: rcon from "203.0.113.77:51822": command "status"
# userid name uniqueid connected ping loss state rate adr
#  12 "xX_Reaper_Xx" STEAM_1:1:44206023 07:12 38 0 active 786432 86.174.22.109:27005`,
    // Player names are gamer tags; Steam ids and the profile URL are not ours; the game-server login token is a secret (as in hold-out 16); an rcon client in the log counts as a host even in a documentation range.
    expected: [
      ['SECRET', rconPassword],
      ['SECRET', gslt],
      ['IP_ADDRESS', '86.174.22.109'],
      ['IP_ADDRESS', '10.0.0.44'],
      ['PERSON', 'Callum Pryce'],
      ['IP_ADDRESS', '203.0.113.77'],
      ['IP_ADDRESS', '86.174.22.109'],
    ],
  },
  {
    name: 'Minecraft server latest.log (German) with UUIDs of players, logged in with entity id at [/IP:port], a whitelist add and a chat line with a real name and phone',
    text: `[21:14:02] [User Authenticator #3/INFO]: UUID of player Kekskruemel is 4fbe8971-0bc3-424c-9c26-36c3e1eff6b1
[21:14:02] [Server thread/INFO]: Kekskruemel[/91.64.118.207:50412] logged in with entity id 2093 at (-122.5, 64.0, 447.3)
[21:14:03] [Server thread/INFO]: Kekskruemel joined the game
[21:15:40] [Server thread/INFO]: <Kekskruemel> hi, ich bin Lukas Brandstetter aus der 7c, mein Papa fragt ob er euch anrufen kann: 0151 2044 7120
[21:16:12] [Server thread/INFO]: [Rcon: Added Blockmeister2011 to the whitelist]
[21:16:30] [Server thread/INFO]: UUID of player Blockmeister2011 is 9a1c77e2-3b40-4d8e-9f21-6c0b5d7e2a13
[21:16:30] [Server thread/INFO]: Blockmeister2011[/192.168.178.31:61022] logged in with entity id 2107 at (12.0, 70.0, -88.4)`,
    // Player names are gamer tags; UUIDs, entity ids and coordinates are not ours.
    expected: [
      ['IP_ADDRESS', '91.64.118.207'],
      ['PERSON', 'Lukas Brandstetter'],
      ['PHONE', '0151 2044 7120'],
      ['IP_ADDRESS', '192.168.178.31'],
    ],
  },
  {
    name: 'Discord moderation bot log and a ban-appeal form export (English): user tags, snowflakes, and the appeal with legal name, DOB for age verification and e-mail',
    text: `#mod-log
[2024-03-12 21:14:02] 🔨 BAN | User: shadowpup (id 412044712093184471) | Moderator: Kaia (id 204471209318447120) | Reason: underage (self-reported 12)
[2024-03-12 21:15:40] 🔇 TIMEOUT 1h | User: lemon.drizzle (id 318447120931844712) | Moderator: Kaia | Reason: spam

Appeal form (Google Forms export):
Timestamp,Discord username,Discord user ID,Legal name (for age verification only),Date of birth,Email,Why should we unban you?
3/12/2024 21:40:11,shadowpup,412044712093184471,Mason Delacroix-Whitt,2009-06-30,masondw09@outlook.com,i was joking about being 12 im 14 now`,
    // Usernames and moderator names are handles; ids are snowflakes; the form timestamp is not a birth date.
    expected: [
      ['PERSON', 'Mason Delacroix-Whitt'],
      ['DATE_OF_BIRTH', '2009-06-30'],
      ['EMAIL', 'masondw09@outlook.com'],
    ],
  },
  {
    name: 'FiveM server ban list banlist.json and server.cfg (Portuguese, Brazil): steam hex, license hashes, discord ids, fivem ids, IP identifiers and an rcon password',
    text: `server.cfg
sv_hostname "Cidade Alta RP | Whitelist"
rcon_password "${fivemRconPassword}"
sv_licenseKey "${cfxLicenseKey}"

banlist.json
[
  {
    "name": "Zé do Grau",
    "identifiers": [
      "steam:1100001044712093",
      "license:9c1e47a03b2d4f86a915d07e2c48b6134e5f7a21",
      "discord:288447120931844712",
      "fivem:4471209",
      "ip:177.92.14.208"
    ],
    "reason": "VDM e ameaça a staff. Jogador real: Rafael Nunes Teixeira, tel (31) 98447-1209",
    "bannedby": "Admin_Lobo",
    "expire": 10444444111
  }
]`,
    // Zé do Grau is a roleplay character name and Admin_Lobo a handle; Steam, license, Discord and FiveM identifiers are not ours; the server licence key is a key.
    expected: [
      ['SECRET', fivemRconPassword],
      ['SECRET', cfxLicenseKey],
      ['IP_ADDRESS', '177.92.14.208'],
      ['PERSON', 'Rafael Nunes Teixeira'],
      ['PHONE', '(31) 98447-1209'],
    ],
  },
  {
    name: 'Discourse admin user export CSV (Dutch community forum) with id, name, username, email, registration and last IP, trust level and a staged user',
    text: `id,name,username,email,title,created_at,last_seen_at,last_posted_at,last_emailed_at,trust_level,approved,suspended_at,suspended_till,silenced_till,active,admin,moderator,ip_address,staged,registration_ip_address
1,,system,no_email,,2020-04-01 08:00:00 UTC,,,,4,true,,,,true,true,true,,false,
2,Maarten Hoekstra,maartenh,maarten@fietsforum.nl,Oprichter,2020-04-01 08:02:11 UTC,2024-03-12 21:14:02 UTC,2024-03-12 20:55:40 UTC,,4,true,,,,true,true,true,84.26.117.40,false,84.26.117.40
3,Ingrid de Boer,fietsfee,ingrid.deboer@kpnmail.nl,,2021-06-15 19:20:44 UTC,2024-03-10 09:12:00 UTC,2024-03-09 18:00:02 UTC,,2,true,,,,true,false,false,2a02:a46f:ff52:0:c5e1:7b4d:4e90:a6c1,false,217.63.44.120
4,,koersbal_kees,kees.vd.berg@ziggo.nl,,2024-03-12 07:30:00 UTC,,,,0,false,,,,false,false,false,,true,`,
    // system is Discourse's own account; usernames are handles; creation and seen timestamps are not ours.
    expected: [
      ['PERSON', 'Maarten Hoekstra'],
      ['EMAIL', 'maarten@fietsforum.nl'],
      ['IP_ADDRESS', '84.26.117.40'],
      ['IP_ADDRESS', '84.26.117.40'],
      ['PERSON', 'Ingrid de Boer'],
      ['EMAIL', 'ingrid.deboer@kpnmail.nl'],
      ['IP_ADDRESS', '2a02:a46f:ff52:0:c5e1:7b4d:4e90:a6c1'],
      ['IP_ADDRESS', '217.63.44.120'],
      ['EMAIL', 'kees.vd.berg@ziggo.nl'],
    ],
  },
  // ---------------------------------------------------------------- registers and CRM exports
  {
    name: 'parish register export (Italian) with cognome and nome columns, data di nascita, data di battesimo, padrino, and the parish named after a saint',
    text: `Parrocchia di San Giovanni Bosco – Registro dei battesimi 2023 (esportato da ParrocchiaWeb)
N.;Cognome;Nome;Data di nascita;Data battesimo;Padre;Madre;Padrino/Madrina;Celebrante
41;Bonetti;Edoardo;14/02/2023;21/05/2023;Marco Bonetti;Silvia Caputo;Davide Caputo;don Alberto Riva
42;Mancuso;Sofia Maria;03/04/2023;11/06/2023;Giuseppe Mancuso;Elena Greco;Francesca Greco;don Alberto Riva
Note: per la cresima 2031 contattare la segreteria 02 8447 1209 o segreteria@sangiovannibosco-mi.it`,
    // Baptism dates are not birth dates; the celebrant is a person (don is a title); the parish and the saint are not ours.
    expected: [
      ['PERSON', 'Bonetti'],
      ['PERSON', 'Edoardo'],
      ['DATE_OF_BIRTH', '14/02/2023'],
      ['PERSON', 'Marco Bonetti'],
      ['PERSON', 'Silvia Caputo'],
      ['PERSON', 'Davide Caputo'],
      ['PERSON', 'Alberto Riva'],
      ['PERSON', 'Mancuso'],
      ['PERSON', 'Sofia Maria'],
      ['DATE_OF_BIRTH', '03/04/2023'],
      ['PERSON', 'Giuseppe Mancuso'],
      ['PERSON', 'Elena Greco'],
      ['PERSON', 'Francesca Greco'],
      ['PERSON', 'Alberto Riva'],
      ['PHONE', '02 8447 1209'],
      ['EMAIL', 'segreteria@sangiovannibosco-mi.it'],
    ],
  },
  {
    name: 'sports-club member list (German Verein) exported from a club software as CSV with Geburtsdatum, Eintritt, SEPA IBAN and Mandatsreferenz, and the club named after a founder',
    text: `Mitgliedsnr;Anrede;Vorname;Nachname;Geburtsdatum;Eintritt;Abteilung;Telefon;E-Mail;IBAN;Mandatsreferenz
1047;Frau;Sabine;Kowalczyk-Hahn;22.09.1975;01.03.2012;Tennis;0711 4471209;sabine.kh@t-online.de;DE37700202700018447129;TSV-1047
1048;Herr;Mehmet;Aydın;05.12.2010;15.08.2021;Fußball Jugend;0176 20934471;fam.aydin@gmx.de;DE76430609671184471203;TSV-1048
-- Verein: TSV Carl Diem 1911 e.V., Gläubiger-ID DE98ZZZ09999999999`,
    // Join dates are not birth dates; the creditor id and mandate references are not ours; the club is named after Carl Diem.
    expected: [
      ['PERSON', 'Sabine'],
      ['PERSON', 'Kowalczyk-Hahn'],
      ['DATE_OF_BIRTH', '22.09.1975'],
      ['PHONE', '0711 4471209'],
      ['EMAIL', 'sabine.kh@t-online.de'],
      ['IBAN', 'DE37700202700018447129'],
      ['PERSON', 'Mehmet'],
      ['PERSON', 'Aydın'],
      ['DATE_OF_BIRTH', '05.12.2010'],
      ['PHONE', '0176 20934471'],
      ['EMAIL', 'fam.aydin@gmx.de'],
      ['IBAN', 'DE76430609671184471203'],
    ],
  },
  {
    name: 'donor CRM export (US, Bloomerang-style) with household names, gift dates and amounts, a stored card in a notes column by mistake, and an SSN for a planned-giving record',
    text: `Account Number,Name,First Name,Last Name,Primary Email,Primary Phone,Last Transaction Date,Last Transaction Amount,Lifetime Giving,Notes
10447,The Whitaker Family,Gregory,Whitaker,greg.whitaker@comcast.net,(614) 447-2093,02/14/2024,$250.00,"$4,120.00","Called in gift, card 4147 2093 1844 7128 exp 09/27 — please move to vault!"
10448,Loretta Pham-Sullivan,Loretta,Pham-Sullivan,lpham.sullivan@yahoo.com,614.555.0182,12/31/2023,"$1,000.00","$12,500.00","Bequest intention on file; SSN 412-09-3318 for the trust paperwork"
10449,Columbus Rotary Foundation,,,grants@columbusrotary.org,(614) 221-4471,11/02/2023,"$5,000.00","$5,000.00",Matching gift`,
    // A household name (The Whitaker Family) is no person; gift dates are not birth dates; 614.555.0182, in the reserved 555-01xx range, counts on a real-looking record (as in hold-outs 20–22: see README); the foundation's mailbox and phone are a business's.
    expected: [
      ['PERSON', 'Gregory'],
      ['PERSON', 'Whitaker'],
      ['EMAIL', 'greg.whitaker@comcast.net'],
      ['PHONE', '(614) 447-2093'],
      ['CREDIT_CARD', '4147 2093 1844 7128'],
      ['PERSON', 'Loretta Pham-Sullivan'],
      ['PERSON', 'Loretta'],
      ['PERSON', 'Pham-Sullivan'],
      ['EMAIL', 'lpham.sullivan@yahoo.com'],
      ['US_SSN', '412-09-3318'],
      ['EMAIL', 'grants@columbusrotary.org'],
      ['PHONE', '(614) 221-4471'],
      ['PHONE', '614.555.0182'],
    ],
  },
  {
    name: 'Polish club membership declaration (deklaracja członkowska) as OCR text with PESEL, data urodzenia, telefon and a parent signing for a minor',
    text: `DEKLARACJA CZŁONKOWSKA
Klub Sportowy „Orzeł" Kraków
Imię i nazwisko: Zofia Kamińska
PESEL: 11261204471
Data urodzenia: 12.06.2011
Adres: ul. Władysława Reymonta 14/3, 30-059 Kraków
Telefon rodzica / opiekuna: +48 601 204 471
E-mail: a.kaminski@interia.pl
Imię i nazwisko rodzica / opiekuna prawnego: Andrzej Kamiński
Data przyjęcia: 01.09.2023
Podpis: A. Kamiński`,
    // The PESEL is a national id; the street is named after Reymont; the admission date is not a birth date; the signature in initials is the parent named in full.
    expected: [
      ['PERSON', 'Zofia Kamińska'],
      ['DATE_OF_BIRTH', '12.06.2011'],
      ['PHONE', '+48 601 204 471'],
      ['EMAIL', 'a.kaminski@interia.pl'],
      ['PERSON', 'Andrzej Kamiński'],
      ['PERSON', 'A. Kamiński'],
    ],
  },
  {
    name: 'mosque community register (Arabic, UAE) exported from Excel with الاسم الكامل, تاريخ الميلاد, الجوال and a committee member named after a title',
    text: `سجل أعضاء لجنة مسجد الشيخ زايد الفرعي – الشارقة
الرقم | الاسم الكامل | تاريخ الميلاد | الجوال | البريد الإلكتروني | تاريخ الانتساب
1 | عبدالله محمد الكعبي | 1972/03/15 | 050 447 1209 | a.alkaabi@eim.ae | 2015/09/01
2 | يوسف إبراهيم النعيمي | 1988/11/02 | +971 55 120 9344 | yousef.nuaimi@gmail.com | 2019/01/20
ملاحظة: المشرف على السجل الشيخ حمد الشامسي، هاتف المكتب 06 544 7120`,
    // The mosque is named after Sheikh Zayed, a public figure; join dates are not birth dates; الشيخ is a title.
    expected: [
      ['PERSON', 'عبدالله محمد الكعبي'],
      ['DATE_OF_BIRTH', '1972/03/15'],
      ['PHONE', '050 447 1209'],
      ['EMAIL', 'a.alkaabi@eim.ae'],
      ['PERSON', 'يوسف إبراهيم النعيمي'],
      ['DATE_OF_BIRTH', '1988/11/02'],
      ['PHONE', '+971 55 120 9344'],
      ['EMAIL', 'yousef.nuaimi@gmail.com'],
      ['PERSON', 'حمد الشامسي'],
      ['PHONE', '06 544 7120'],
    ],
  },
  {
    name: 'temple trust donor register (Hindi) as a pasted table with नाम, मोबाइल, जन्म तिथि, PAN for 80G receipts, and the trust named after a deity',
    text: `श्री राधा कृष्ण मंदिर ट्रस्ट, जयपुर – दान रजिस्टर मार्च 2024
क्रम | नाम | मोबाइल | जन्म तिथि | PAN | राशि (₹) | रसीद सं.
1 | सुरेश चंद्र शर्मा | 98290 44712 | 14/08/1961 | ABCPS4471K | 11,000 | 80G/2024/0412
2 | मीनाक्षी अग्रवाल | +91 94140 20934 | 02/01/1979 | AKLPA2093M | 5,100 | 80G/2024/0413
टिप्पणी: रसीदें ईमेल करें – trust.radhakrishna.jaipur@gmail.com`,
    // PANs and receipt numbers are not ours; the deities are not persons.
    expected: [
      ['PERSON', 'सुरेश चंद्र शर्मा'],
      ['PHONE', '98290 44712'],
      ['DATE_OF_BIRTH', '14/08/1961'],
      ['PERSON', 'मीनाक्षी अग्रवाल'],
      ['PHONE', '+91 94140 20934'],
      ['DATE_OF_BIRTH', '02/01/1979'],
      ['EMAIL', 'trust.radhakrishna.jaipur@gmail.com'],
    ],
  },
  // ---------------------------------------------------------------- OCR of identity documents without an MRZ
  {
    name: 'OCR text of the front of a Spanish DNI 4.0 (no MRZ on the front): APELLIDOS, NOMBRE, FECHA DE NACIMIENTO, the DNI number, VÁLIDO HASTA and OCR noise',
    text: `Extrae los campos de este OCR del anverso del DNI para rellenar el alta:

ESPANA DOCUMENTO NACIONAL DE IDENTIDAD
APELLIDOS / SURNAMES
SANTAMARÍA
DE LA FUENTE
NOMBRE / NAME
CRISTINA ISABEL
SEXO / SEX   NACIONALIDAD / NATIONALITY
F            ESP
FECHA DE NACIMIENTO / DATE OF BIRTH
19 07 1986
IDESP  BHX447120
VALIDEZ / EXPIRY     DNI / IDN
02 03 2031           44712093K
|| firma ||`,
    // Two surname lines under one label are one surname field over a line break; the DNI and support numbers are national ids; the expiry is not a birth date.
    expected: [
      ['PERSON', 'SANTAMARÍA\nDE LA FUENTE'],
      ['PERSON', 'CRISTINA ISABEL'],
      ['DATE_OF_BIRTH', '19 07 1986'],
    ],
  },
  {
    name: 'OCR text of a German Führerschein (EU licence): numbered fields 1. Nachname, 2. Vorname, 3. Geburtsdatum und -ort, 4a/4b dates, 5. licence number, 9. classes',
    text: `FÜHRERSCHEIN   DEUTSCHLAND
1. HOFFMEISTER
2. KLAUS-DIETER
3. 08.11.1962 HANNOVER
4a. 17.03.2015   4c. Landkreis Hildesheim
4b. 16.03.2030
5. B072RRE2I55
9. AM/A1/B/BE/L`,
    // Field 3 is the birth date (the place follows it); issue and expiry dates and the licence number are not ours.
    expected: [
      ['PERSON', 'HOFFMEISTER'],
      ['PERSON', 'KLAUS-DIETER'],
      ['DATE_OF_BIRTH', '08.11.1962'],
    ],
  },
  {
    name: 'OCR text of a Turkish T.C. kimlik kartı front with bilingual labels: Soyadı/Surname, Adı/Given Name(s), Doğum Tarihi/Date of Birth, T.C. Kimlik No and Seri No',
    text: `TÜRKİYE CUMHURİYETİ KİMLİK KARTI
REPUBLIC OF TURKEY IDENTITY CARD
T.C. Kimlik No / TR Identity No
44712093186
Soyadı / Surname
YILDIZ
Adı / Given Name(s)
ZEYNEP BETÜL
Doğum Tarihi / Date of Birth   Cinsiyeti / Gender
21.04.1995                     K/F
Seri No / Document No          Son Geçerlilik / Valid Until
A44F12093                      21.04.2031`,
    // The T.C. Kimlik and document numbers are national ids; the validity date is not a birth date.
    expected: [
      ['PERSON', 'YILDIZ'],
      ['PERSON', 'ZEYNEP BETÜL'],
      ['DATE_OF_BIRTH', '21.04.1995'],
    ],
  },
  {
    name: 'OCR text of an Aadhaar card (Hindi and English) with the name in both scripts, जन्म तिथि/DOB, gender and the 12-digit number, plus the VID',
    text: `भारत सरकार
Government of India
अमित कुमार यादव
Amit Kumar Yadav
जन्म तिथि/DOB: 17/05/1991
पुरुष/ MALE
4471 2093 1844
VID : 9120 4471 2093 1844
मेरा आधार, मेरी पहचान`,
    // The Aadhaar number and VID are national ids.
    expected: [
      ['PERSON', 'अमित कुमार यादव'],
      ['PERSON', 'Amit Kumar Yadav'],
      ['DATE_OF_BIRTH', '17/05/1991'],
    ],
  },
  {
    name: 'OCR text of a Chinese 居民身份证 front and back: 姓名, 性别, 民族, 出生 with 年月日 split by spaces, 住址, 公民身份号码, 签发机关 and 有效期限',
    text: `姓名 李 静 怡
性别 女   民族 汉
出生 1992 年 5 月 12 日
住址 浙江省杭州市西湖区文三路
     447号2幢1209室
公民身份号码 330106199205124471

中华人民共和国
居民身份证
签发机关 杭州市公安局西湖分局
有效期限 2015.08.03-2035.08.03`,
    // OCR spaces the characters of the name; the id number is a national id; the validity period is not a birth date.
    expected: [
      ['PERSON', '李 静 怡'],
      ['DATE_OF_BIRTH', '1992 年 5 月 12 日'],
    ],
  },
  {
    name: 'OCR text of a Korean 주민등록증 with the name in hangul and hanja, the 주민등록번호, an issue date and the issuing district head',
    text: `주민등록증
최 유 진 (崔侑眞)
950412-2447120
서울특별시 마포구 월드컵북로 447, 1209호
2019. 8. 21.
서울특별시 마포구청장`,
    // The resident registration number is a national id (it encodes the birth date, but is no labelled date); the issue date is not a birth date; the district head is an office.
    expected: [
      ['PERSON', '최 유 진'],
      ['PERSON', '崔侑眞'],
    ],
  },
  // ---------------------------------------------------------------- account and password exports
  {
    name: 'Chrome "Export passwords" CSV (Spanish user): name,url,username,password,note with e-mail and phone usernames, two real passwords and an empty one',
    text: `Quiero pasar mis contraseñas a Bitwarden, ¿este formato sirve tal cual?

name,url,username,password,note
accounts.google.com,https://accounts.google.com/signin/v2/challenge/pwd,laura.quesada.m@gmail.com,${chromePassword1},
www.idealista.com,https://www.idealista.com/login,+34 699 204 471,${chromePassword2},piso Chamberí
192.168.1.1,http://192.168.1.1/,admin,,router de casa`,
    // admin is a login; the router's address is a private host.
    expected: [
      ['EMAIL', 'laura.quesada.m@gmail.com'],
      ['SECRET', chromePassword1],
      ['PHONE', '+34 699 204 471'],
      ['SECRET', chromePassword2],
      ['IP_ADDRESS', '192.168.1.1'],
      ['IP_ADDRESS', '192.168.1.1'],
    ],
  },
  {
    name: 'Thunderbird prefs.js excerpt and a Gmail app password (German): mail.identity fullName and useremail, mail.server hostnames and a signature with phone',
    text: `Nach dem Umzug auf den neuen Laptop fragt Thunderbird ständig nach dem Passwort. Hier mein prefs.js:

user_pref("mail.identity.id1.fullName", "Dorothea Brückner");
user_pref("mail.identity.id1.useremail", "dorothea.brueckner@gmail.com");
user_pref("mail.identity.id1.htmlSigText", "Dorothea Brückner\\nSteuerberatung Brückner & Partner\\nTel. 089 4471 2093");
user_pref("mail.server.server1.hostname", "imap.gmail.com");
user_pref("mail.server.server1.userName", "dorothea.brueckner@gmail.com");
user_pref("mail.server.server2.hostname", "imap.web.de");
user_pref("mail.server.server2.userName", "d.brueckner@web.de");
user_pref("mail.smtpserver.smtp1.username", "dorothea.brueckner@gmail.com");

Das App-Passwort von Google ist ${gmailAppPassword}, beim web.de-Konto nehme ich ${imapPassword}.`,
    // The tax firm is named after its partner; host names are not ours.
    expected: [
      ['PERSON', 'Dorothea Brückner'],
      ['EMAIL', 'dorothea.brueckner@gmail.com'],
      ['PERSON', 'Dorothea Brückner'],
      ['PHONE', '089 4471 2093'],
      ['EMAIL', 'dorothea.brueckner@gmail.com'],
      ['EMAIL', 'd.brueckner@web.de'],
      ['EMAIL', 'dorothea.brueckner@gmail.com'],
      ['SECRET', gmailAppPassword],
      ['SECRET', imapPassword],
    ],
  },
  {
    name: 'Apple configuration profile (.mobileconfig, French) for an iCloud mail account with EmailAccountName, EmailAddress, an app-specific IncomingPassword and a PayloadUUID',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
 <key>PayloadContent</key><array><dict>
  <key>EmailAccountDescription</key><string>iCloud perso</string>
  <key>EmailAccountName</key><string>Amélie Rousseau-Fabre</string>
  <key>EmailAccountType</key><string>EmailTypeIMAP</string>
  <key>EmailAddress</key><string>amelie.rf@icloud.com</string>
  <key>IncomingMailServerHostName</key><string>imap.mail.me.com</string>
  <key>IncomingMailServerUsername</key><string>amelie.rf</string>
  <key>IncomingPassword</key><string>${icloudAppPassword}</string>
  <key>PayloadType</key><string>com.apple.mail.managed</string>
  <key>PayloadUUID</key><string>7B9D4E05-A1C6-2D48-F0B7-E913A1C6D2F0</string>
 </dict></array>
 <key>PayloadDisplayName</key><string>Messagerie Amélie</string>
</dict></plist>`,
    // The IMAP username is a login; the UUID is not ours; Amélie in the display name is the given name of someone named in full.
    expected: [
      ['PERSON', 'Amélie Rousseau-Fabre'],
      ['EMAIL', 'amelie.rf@icloud.com'],
      ['SECRET', icloudAppPassword],
      ['PERSON', 'Amélie'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives of the same shapes
  {
    name: 'RFC examples pasted as fixtures (English): the RFC 6350 vCard of Simon Perreault at example.com, an RFC 5545 event with jsmith@example.com, and a GEDCOM xref table',
    text: `Our parser tests use these fixtures straight from the specs; the import fails on the second one:

BEGIN:VCARD
VERSION:4.0
FN:John Doe
N:Doe;John;;;
EMAIL;TYPE=work:john.doe@example.com
TEL;VALUE=uri;TYPE=work:tel:+1-555-555-0100
UID:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6
END:VCARD

BEGIN:VEVENT
UID:19970610T172345Z-AF23B2@example.com
DTSTAMP:19970610T172345Z
ORGANIZER;CN=Jane Doe:mailto:jane.doe@example.org
ATTENDEE;CN=Test User:mailto:test.user@example.net
DTSTART:19970714T170000Z
SUMMARY:Bastille Day Party
END:VEVENT

0 @I1@ INDI
1 NAME Test /Person/
1 FAMS @F1@
0 @F1@ FAM
1 HUSB @I1@`,
    // Placeholder people at reserved domains, a 555-01xx number, UIDs, a historic date and xrefs are not ours.
    expected: [],
  },
  {
    name: 'Reddit "download your data" comments.csv (English and Spanish) discussing public figures, with usernames, permalinks and base36 ids',
    text: `id,permalink,date,ip,subreddit,gildings,link,parent,body,media
kx7q2m9,https://www.reddit.com/r/soccer/comments/1bcq4x7/_/kx7q2m9/,2024-03-12 21:14:02 UTC,,soccer,0,https://www.reddit.com/r/soccer/comments/1bcq4x7/,t1_kx7p0aa,"Lamine Yamal at 16 is doing what Messi did at 18, and Xavi still benches him",
kx7r4t1,https://www.reddit.com/r/spain/comments/1bcr2z1/_/kx7r4t1/,2024-03-12 21:30:40 UTC,,spain,0,https://www.reddit.com/r/spain/comments/1bcr2z1/,t3_1bcr2z1,"Lo que dijo Pedro Sánchez ayer en el Congreso no tiene nada que ver con lo que firmó Feijóo, u/el_gato_pardo lo explica mejor",`,
    // Footballers and politicians are discussed as public figures; u/ handles, ids and comment timestamps are not ours.
    expected: [],
  },
  {
    name: 'Discord bot developer question (English) with guild, channel, role, emoji and message snowflakes, a user mention, a content hash and a placeholder token',
    text: `My bot crashes when reacting. Logs:

[2024-03-12T21:14:02.118Z] INFO  Ready as Kestrel#4471 (id 1093447120931844712) in 3 guilds
[2024-03-12T21:14:05.440Z] DEBUG MESSAGE_REACTION_ADD guild_id=1184471209318447120 channel_id=1204471209318447120 message_id=1217028442137788416 user_id=288447120931844712 emoji=<:pepehands:794471209318447120>
[2024-03-12T21:14:05.441Z] ERROR DiscordAPIError[50013]: Missing Permissions (role 1110447120931844712 above bot role)
[2024-03-12T21:14:05.442Z] DEBUG attachment sha256=9c1e47a03b2d4f86a915d07e2c48b6134e5f7a219c1e47a03b2d4f86a915d07e

.env.example:
DISCORD_TOKEN=your-bot-token-here
CLIENT_ID=1093447120931844712`,
    // Snowflakes, the bot's tag, the hash and the placeholder token are not ours.
    expected: [],
  },
  // ---------------------------------------------------------------- more exports
  {
    name: 'Feishu (Lark) contacts export (Chinese) with 姓名, 英文名, 手机号, 邮箱, 部门, 入职日期 and 生日 columns, and a bot account',
    text: `姓名,英文名,手机号,邮箱,部门,职位,入职日期,生日
陈思远,Siyuan Chen,+86 186 2044 7120,chensiyuan@xingyun-tech.cn,数据平台部,高级工程师,2021-07-05,1993-09-18
欧阳娜娜,Nana Ouyang,+86 139 1120 9344,ouyangnana@xingyun-tech.cn,产品部,产品经理,2022-03-14,1996-12-01
审批机器人,,,approval-bot@xingyun-tech.cn,系统,,2020-01-01,`,
    // Hire dates are not birth dates; the approval bot is no person but its mailbox is a role address on a real domain.
    expected: [
      ['PERSON', '陈思远'],
      ['PERSON', 'Siyuan Chen'],
      ['PHONE', '+86 186 2044 7120'],
      ['EMAIL', 'chensiyuan@xingyun-tech.cn'],
      ['DATE_OF_BIRTH', '1993-09-18'],
      ['PERSON', '欧阳娜娜'],
      ['PERSON', 'Nana Ouyang'],
      ['PHONE', '+86 139 1120 9344'],
      ['EMAIL', 'ouyangnana@xingyun-tech.cn'],
      ['DATE_OF_BIRTH', '1996-12-01'],
      ['EMAIL', 'approval-bot@xingyun-tech.cn'],
    ],
  },
  {
    name: 'Google Forms responses CSV for a surf-club sign-up (Portuguese, Portugal): Carimbo de data/hora, Nome completo, Data de nascimento, Telemóvel, NIF and an emergency contact',
    text: `"Carimbo de data/hora","Endereço de email","Nome completo","Data de nascimento","Telemóvel","NIF","Contacto de emergência (nome e número)","Autorizo a utilização de imagem"
"12/03/2024 21:14:02","tiago.valente@gmail.com","Tiago Miguel Valente","1999-07-30","912 204 471","254471209","Mãe – Cristina Valente 936 447 120","Sim"
"12/03/2024 21:40:11","beatriz.s.lopes@sapo.pt","Beatriz Sousa Lopes","2006-02-11","+351 965 120 934","271204471","Paulo Lopes (pai) 917 044 712","Não"`,
    // Form timestamps are not birth dates; NIFs are tax ids; Mãe and pai are relations beside full names.
    expected: [
      ['EMAIL', 'tiago.valente@gmail.com'],
      ['PERSON', 'Tiago Miguel Valente'],
      ['DATE_OF_BIRTH', '1999-07-30'],
      ['PHONE', '912 204 471'],
      ['PERSON', 'Cristina Valente'],
      ['PHONE', '936 447 120'],
      ['EMAIL', 'beatriz.s.lopes@sapo.pt'],
      ['PERSON', 'Beatriz Sousa Lopes'],
      ['DATE_OF_BIRTH', '2006-02-11'],
      ['PHONE', '+351 965 120 934'],
      ['PERSON', 'Paulo Lopes'],
      ['PHONE', '917 044 712'],
    ],
  },
  {
    name: 'VK (ВКонтакте) "archive of your data" profile page as text (Russian): Имя, Фамилия, Дата рождения, Телефон, e-mail, a short-name handle and a relative',
    text: `Архив данных ВКонтакте — Профиль
Страница: https://vk.com/id447120931
Короткое имя: @arkasha_spb
Имя: Аркадий
Фамилия: Белозёров
Дата рождения: 3 июля 1988 г.
Родной город: Санкт-Петербург
Номер телефона: +7 911 204-47-12
Электронная почта: a.belozerov@rambler.ru
Брат: Глеб Белозёров (https://vk.com/id209344712)
Дата регистрации: 14.05.2009`,
    // The page id and the short name are handles; the year word г. is no part of the date; the registration date is not a birth date.
    expected: [
      ['PERSON', 'Аркадий'],
      ['PERSON', 'Белозёров'],
      ['DATE_OF_BIRTH', '3 июля 1988'],
      ['PHONE', '+7 911 204-47-12'],
      ['EMAIL', 'a.belozerov@rambler.ru'],
      ['PERSON', 'Глеб Белозёров'],
    ],
  },
];

describeHoldout('privacy hold-out 44: file formats and platform exports', cases);
