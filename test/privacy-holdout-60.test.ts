import {
  asciiRequestBody,
  describeHoldout,
  escapeNonAscii,
  type HoldoutCase,
  joinParts,
  requestBody,
} from './support/holdout.js';

/**
 * A sixtieth hand-written hold-out, a second round of hold-out 57: whole requests to a data
 * notebook's AI assistant, one each, exactly as the gateway receives them, in domains and languages
 * hold-out 57 did not use. Chat Completions bodies: Swedish fleet drivers pasted by the user and
 * written back by a three-row INSERT in the tool arguments; a Finnish telecom psql table pasted as one
 * escaped string, then an UPDATE with literals and a private management address; an Italian pandas
 * print of travellers and a refund tool call; a Turkish veterinary clinic's three-row INSERT; a US
 * legal intake where a database URL and an API token travel on into nested tool arguments. Anthropic
 * bodies: a Danish lease tool_use whose input nests the tenant and co-tenant; a Norwegian telecom
 * case where the user pastes a streamed tool_use as SSE lines (input_json_delta chunks: JSON in a
 * string in a data line in the body); a Czech legal intake serialised with \u escapes; a Korean gym's
 * billing rows. Responses API inputs: Chinese travel bookings and Hindi-in-Latin-script telecom
 * support. 4 of its 15 cases are clean hard negatives: fleet fuel metrics with run UUIDs and trace
 * ids; a schema-only data dictionary; airports, a theme park and tours named after people and public
 * figures as search topics; a pytest fixture of placeholder people on reserved domains with a
 * passwordless loopback URL and a documented test card that fails Luhn.
 *
 * Conventions as in hold-outs 50 to 52 and 57: first and last name in separate fields, columns or SQL
 * literals are separate spans; a full name in prose or one cell is one span (a two-word family name
 * in one field, `Kjærgaard Holm`, is one span); CJK and Korean names written together are one span;
 * titles and honorifics (Ing., pan, Hanım, Bey, ji, 씨) are no part of a name, and a given or family
 * name alone counts when the same person is named in full in the request, also declined (Finnish
 * `Ainon`, `Juhon`); never an agent or trainer known only by given name or role (`Neha`, `박 코치`);
 * pets, a Wi-Fi SSID, airports and a theme park named after people are no people; birth
 * dates count where labelled (syntymaaika, data_nascita, født, datum narození, 出生日期, dob) or given
 * as the answer to a question about them; TC Kimlik, rodné číslo, 주민등록번호, Aadhaar, passports,
 * card last4s and tool-call ids are none of our types; private-range hosts count; a password in a
 * connection URL or a tool input and an API token pasted by the user are secrets. Values are fake: a
 * Luhn-valid made-up card, IBANs with mod-97 check digits at their countries' lengths (the Finnish
 * one with its Luhn national check digit, all computed by a script), an SSN in a valid area, made-up
 * names, numbers and keys (the keys assembled with `joinParts`). Occurrence counts were checked by a
 * script against the text before the first run.
 *
 * Written blind (labelled before the engine was run on it). When written, 7 of the 15 cases passed
 * (three of the four negatives among them); the 8 others carry a gap. No first-run failure was the
 * test's own: each was checked against the conventions above and is the engine's. Before the first
 * run one tool_use id that spelt a customer's given name was renamed, as ids are none of our types.
 * The gaps: lone given names (Finnish with its genitive, Italian, Turkish before Hanım, Chinese);
 * a lone \u-escaped Czech family name in a SQL literal; one occurrence of a pasted API token; and
 * false PERSON spans on airports named after people, a family name inside a Wi-Fi SSID and a
 * placeholder `John Roe` on example.org.
 */

const k = joinParts;
const cpePassword = k('Fj0rd!', 'kv9Tz2m');
const intakePassword = k('Qp4-nw', 'R7#xLs2e');
const clioToken = k('clio_pat_', '8Kx2mQ7vTz4Lw9Rn', '3Hc6Bd1Yp5Fs');

/** Tool-call arguments and tool results travel as JSON inside a JSON string. */
const args = (value: unknown): string => JSON.stringify(value);

const sqlTool = (description: string) => ({
  type: 'object',
  properties: {
    sql: { type: 'string', description },
    format: {
      type: 'string',
      enum: ['csv', 'markdown', 'json', 'psql'],
      description: 'How rows are returned.',
    },
  },
  required: ['sql'],
});
const readOnly = sqlTool('One read-only SELECT statement; LIMIT 200 is added when missing.');
const readWrite = sqlTool(
  'One SELECT, INSERT or UPDATE statement; writes need the user to have asked for them.',
);
const openaiTools = (parameters: object) => [
  {
    type: 'function',
    function: { name: 'run_sql', description: 'Run SQL against the workspace warehouse.', parameters },
  },
  {
    type: 'function',
    function: {
      name: 'make_chart',
      description: 'Render a chart from the last result set.',
      parameters: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['bar', 'line'] },
          x: { type: 'string' },
          y: { type: 'string' },
        },
        required: ['kind', 'x', 'y'],
      },
    },
  },
];
const anthropicSql = {
  name: 'run_sql',
  description: 'Run SQL against the workspace warehouse.',
  input_schema: readOnly,
};
const responsesSql = {
  type: 'function',
  name: 'run_sql',
  description: 'Run SQL against the workspace warehouse.',
  parameters: readOnly,
};

const fleetSchemaSv = `Du är Ratt, assistenten i Fjällfrakts dataanteckningsbok (PostgreSQL 16, schema fleet).
Tabeller:
- fleet.forare(forare_id bigint PK, fornamn text, efternamn text, mobil text -- E.164, epost text, lone_iban text -- lönekonto, korkortsklass text -- 'C', 'CE', depa text, anstalld_fran date)
- fleet.fordon(reg_nr text PK -- t.ex. 'KLM 48T', modell text, vaxellada text -- 'automat' | 'manuell', depa text, mil_matare int)
- fleet.turer(tur_id bigint PK, forare_id bigint FK, reg_nr text FK, start_ts timestamptz, slut_ts timestamptz, km numeric(8,1), bransle_l numeric(7,2))
Exempelvärden: depa 'Borlänge', 'Sundsvall', 'Jönköping'; modell 'Volvo FH 500', 'Scania R 450'.
Regler: skriv bara när användaren ber om det; bekräfta antal rader; svara på svenska.`;

const lettingsSchemaDa = `Du er Nøgle, dataassistent for udlejningsfirmaet Brostræde Boliger ApS (CVR 41829376).
Skema (PostgreSQL):
  leje.enheder(enhed_id text PK, adresse text, postnr text, m2 int, husleje_dkk numeric, status text -- ledig|udlejet|opsagt)
  leje.lejere(lejer_id bigint PK, fornavn text, efternavn text, email text, telefon text, foedselsdato date, depositum_iban text)
  leje.kontrakter(kontrakt_id text PK, enhed_id text FK, lejer_id bigint FK, start date, depositum_dkk numeric, underskrevet bool)
Værktøjet create_lease opretter en kontrakt ud fra et JSON-objekt; spørg før du opretter.`;

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- OpenAI Chat Completions bodies
  {
    name: 'Chat Completions, Swedish fleet: three drivers pasted by the user, an INSERT with three rows in the tool arguments (first and last name as separate literals), "Och Linnea?" later',
    text: requestBody({
      model: 'gpt-4.1',
      messages: [
        { role: 'system', content: fleetSchemaSv },
        {
          role: 'user',
          content:
            'Lägg in de tre nya förarna på Borlänge-depån, klass CE alla tre:\n- Linnea Holmqvist, linnea.holmqvist@fjallfrakt.se, 070-318 46 92, lönekonto SE25 5000 0000 0583 1284 7192\n- Oskar Lindgren, oskar.lindgren@fjallfrakt.se, 073-905 21 68\n- Aylin Demir, aylin.demir@fjallfrakt.se, 076-142 87 30\nDe börjar måndag 3 mars.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_fl7Qk2Vx9Rm4',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "INSERT INTO fleet.forare (fornamn, efternamn, mobil, epost, lone_iban, korkortsklass, depa, anstalld_fran) VALUES\n  ('Linnea', 'Holmqvist', '+46 70 318 46 92', 'linnea.holmqvist@fjallfrakt.se', 'SE2550000000058312847192', 'CE', 'Borlänge', '2025-03-03'),\n  ('Oskar', 'Lindgren', '+46 73 905 21 68', 'oskar.lindgren@fjallfrakt.se', NULL, 'CE', 'Borlänge', '2025-03-03'),\n  ('Aylin', 'Demir', '+46 76 142 87 30', 'aylin.demir@fjallfrakt.se', NULL, 'CE', 'Borlänge', '2025-03-03')\nRETURNING forare_id",
                  format: 'psql',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_fl7Qk2Vx9Rm4',
          content: ' forare_id \n-----------\n      4107\n      4108\n      4109\n(3 rows)\n\nINSERT 0 3',
        },
        {
          role: 'assistant',
          content:
            'Klart: tre förare inlagda på Borlänge (id 4107–4109), alla med start 2025-03-03. Linnea Holmqvist har lönekontot registrerat; Oskar och Aylin saknar lönekonto än, så lönen för mars stoppas tills det finns.',
        },
        {
          role: 'user',
          content:
            'Och Linnea – vilken bil får hon? Hon vill helst ha automat. Kolla lediga fordon på depån med färre än 40 000 mil.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_fl8Wn3Lp0Tz5',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT reg_nr, modell, mil_matare FROM fleet.fordon WHERE depa = 'Borlänge' AND vaxellada = 'automat' AND mil_matare < 40000 ORDER BY mil_matare",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_fl8Wn3Lp0Tz5',
          content:
            'reg_nr,modell,mil_matare\nKLM 48T,Volvo FH 500,21844\nRWX 07C,Scania R 450,36910\n(2 rows)',
        },
      ],
      tools: openaiTools(readWrite),
      tool_choice: 'auto',
    }),
    expected: [
      ['PERSON', 'Linnea Holmqvist'],
      ['EMAIL', 'linnea.holmqvist@fjallfrakt.se'],
      ['PHONE', '070-318 46 92'],
      ['IBAN', 'SE25 5000 0000 0583 1284 7192'],
      ['PERSON', 'Oskar Lindgren'],
      ['EMAIL', 'oskar.lindgren@fjallfrakt.se'],
      ['PHONE', '073-905 21 68'],
      ['PERSON', 'Aylin Demir'],
      ['EMAIL', 'aylin.demir@fjallfrakt.se'],
      ['PHONE', '076-142 87 30'],
      ['PERSON', 'Linnea'],
      ['PERSON', 'Holmqvist'],
      ['PHONE', '+46 70 318 46 92'],
      ['EMAIL', 'linnea.holmqvist@fjallfrakt.se'],
      ['IBAN', 'SE2550000000058312847192'],
      ['PERSON', 'Oskar'],
      ['PERSON', 'Lindgren'],
      ['PHONE', '+46 73 905 21 68'],
      ['EMAIL', 'oskar.lindgren@fjallfrakt.se'],
      ['PERSON', 'Aylin'],
      ['PERSON', 'Demir'],
      ['PHONE', '+46 76 142 87 30'],
      ['EMAIL', 'aylin.demir@fjallfrakt.se'],
      ['PERSON', 'Linnea Holmqvist'],
      ['PERSON', 'Oskar'],
      ['PERSON', 'Aylin'],
      ['PERSON', 'Linnea'],
    ],
  },
  {
    name: 'Chat Completions, Finnish telecom support: the user pastes a whole psql table as one escaped string (etunimi and sukunimi columns, a syntymäaika column, an IBAN), an UPDATE with literals, "entä Juho?"',
    text: requestBody({
      model: 'gpt-4o-mini',
      messages: [
        {
          role: 'system',
          content:
            'Olet Verkko-Avustaja, Kaamos Telecomin asiakastukitiimin muistikirja-avustaja (PostgreSQL, skeema tuki).\nTaulut:\n- tuki.asiakkaat(asiakas_id int PK, etunimi text, sukunimi text, puhelin text, sahkoposti text, syntymaaika date, laskutus_iban text, liittyma text -- mobiili|kuitu|5G-kotinetti)\n- tuki.tiketit(tiketti_id int PK, asiakas_id int FK, avattu timestamptz, tila text -- avoin|odottaa|suljettu, aihe text, jono text)\n- tuki.laitteet(laite_id text PK, asiakas_id int FK, malli text, hallinta_ip inet, firmware text)\nVastaa suomeksi. Älä näytä henkilötunnuksia. Päivitykset vain pyynnöstä.',
        },
        {
          role: 'user',
          content:
            'Tässä eilinen psql-tulos jonosta "5G-kotinetti", kaksi asiakasta joilla sama katkos:\n\n asiakas_id | etunimi | sukunimi |     puhelin      |        sahkoposti         | syntymaaika |    laskutus_iban    | tiketti_id\n------------+---------+----------+------------------+---------------------------+-------------+---------------------+------------\n      88201 | Aino    | Lehtinen | +358 40 718 2364 | aino.lehtinen@kolumbus.fi | 1987-11-04  | FI3742391000063879  |     551903\n      88317 | Juho    | Virtanen | +358 50 462 9173 | juho.virtanen@elisanet.fi | 1979-05-22  |                     |     551911\n(2 rows)\n\nVaihda Ainon tiketti tilaan odottaa ja lisää huomio, että laite vaihdetaan.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_kt2Hs8Pq4Nx1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "UPDATE tuki.tiketit SET tila = 'odottaa', aihe = aihe || ' / laitevaihto sovittu: Aino Lehtinen, +358 40 718 2364' WHERE tiketti_id = 551903 RETURNING tiketti_id, tila",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_kt2Hs8Pq4Nx1',
          content: 'tiketti_id,tila\n551903,odottaa\n(1 row)',
        },
        {
          role: 'assistant',
          content:
            'Tiketti 551903 (Aino Lehtinen) on nyt tilassa odottaa, ja huomio laitevaihdosta on lisätty. Laskutus menee edelleen tilille FI37 4239 1000 0638 79.',
        },
        {
          role: 'user',
          content: 'Entä Juho? Mikä hänen laitteensa hallinta-IP on, ja onko firmware ajan tasalla?',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_kt3Jw1Rv7Ty6',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: 'SELECT laite_id, malli, hallinta_ip, firmware FROM tuki.laitteet WHERE asiakas_id = 88317',
                  format: 'json',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_kt3Jw1Rv7Ty6',
          content: args([
            {
              laite_id: 'ZTE-MC888-0F3A21',
              malli: 'ZTE MC888',
              hallinta_ip: '10.88.41.217',
              firmware: 'B14',
            },
          ]),
        },
        {
          role: 'assistant',
          content:
            'Juhon laite on ZTE MC888 (hallinta-IP 10.88.41.217), firmware B14. Uusin julkaistu versio on B16, joten päivitys kannattaa ajaa ennen kuin katkosta tutkitaan pidemmälle.',
        },
      ],
      tools: openaiTools(readWrite),
    }),
    expected: [
      ['PERSON', 'Aino'],
      ['PERSON', 'Lehtinen'],
      ['PHONE', '+358 40 718 2364'],
      ['EMAIL', 'aino.lehtinen@kolumbus.fi'],
      ['DATE_OF_BIRTH', '1987-11-04'],
      ['IBAN', 'FI3742391000063879'],
      ['PERSON', 'Juho'],
      ['PERSON', 'Virtanen'],
      ['PHONE', '+358 50 462 9173'],
      ['EMAIL', 'juho.virtanen@elisanet.fi'],
      ['DATE_OF_BIRTH', '1979-05-22'],
      ['PERSON', 'Ainon'],
      ['PERSON', 'Aino Lehtinen'],
      ['PHONE', '+358 40 718 2364'],
      ['PERSON', 'Aino Lehtinen'],
      ['IBAN', 'FI37 4239 1000 0638 79'],
      ['PERSON', 'Juho'],
      ['IP_ADDRESS', '10.88.41.217'],
      ['PERSON', 'Juhon'],
      ['IP_ADDRESS', '10.88.41.217'],
    ],
  },
  {
    name: 'Chat Completions, Italian travel bookings: the user pastes a pandas print (nome and cognome columns, data_nascita), a refund tool call with an IBAN and the holder, airports named after people are no people, "e Matteo?" later',
    gap: 'airports named after people, quoted after their city in a long request, flagged as PERSON',
    text: requestBody({
      model: 'gpt-4o',
      messages: [
        {
          role: 'system',
          content:
            'Sei Rotta, l\'assistente dati di Viaggi Lagunari S.r.l. (P.IVA 04827310265). Tabelle BigQuery:\n  viaggi.prenotazioni(pnr STRING, tratta STRING -- es. \'FCO-CPH\', partenza TIMESTAMP, stato STRING, totale_eur NUMERIC)\n  viaggi.passeggeri(pnr STRING, nome STRING, cognome STRING, data_nascita DATE, email STRING, telefono STRING)\n  viaggi.rimborsi(rimborso_id STRING, pnr STRING, iban STRING, intestatario STRING, importo_eur NUMERIC, stato STRING)\nI voli partono da Roma Fiumicino "Leonardo da Vinci" e Bologna "Guglielmo Marconi". Rispondi in italiano.',
        },
        {
          role: 'user',
          content:
            "Ho questo output dal notebook, volo FCO-CPH cancellato:\n\n          pnr    nome    cognome data_nascita                       email          telefono\n0  PNR-7QX2LM  Giulia  Ferraresi   1990-06-12  giulia.ferraresi@libero.it  +39 347 218 9051\n1  PNR-7QX2LM  Matteo  Ferraresi   2016-09-30                         NaN               NaN\n2  PNR-K4D8ZP  Chiara     Bonomi   1974-01-08      chiara.bonomi@tiscali.it  +39 333 604 1287\n\n[3 rows x 6 columns]\n\nGiulia ha chiesto il rimborso sull'IBAN IT60 X054 2811 1010 0000 0123 456. Puoi aprirlo?",
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_rb5Mx2Kq8Lw3',
              type: 'function',
              function: {
                name: 'open_refund',
                arguments: args({
                  pnr: 'PNR-7QX2LM',
                  iban: 'IT60X0542811101000000123456',
                  intestatario: 'Giulia Ferraresi',
                  importo_eur: 412.8,
                  motivo: 'Volo FCO-CPH cancellato dal vettore',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_rb5Mx2Kq8Lw3',
          content: args({
            rimborso_id: 'RB-2025-00871',
            stato: 'in_lavorazione',
            iban: 'IT60X0542811101000000123456',
            intestatario: 'Giulia Ferraresi',
            eta_giorni: 7,
          }),
        },
        {
          role: 'assistant',
          content:
            'Fatto: rimborso RB-2025-00871 aperto per Giulia Ferraresi, 412,80 € sul conto IT60X0542811101000000123456, tempi stimati 7 giorni. La signora Bonomi ha un altro PNR e non è inclusa.',
        },
        {
          role: 'user',
          content:
            'E Matteo? È un minore: serve un rimborso separato o rientra in quello della madre? Controlla anche se Chiara ha un volo alternativo da Bologna.',
        },
      ],
      tools: [
        ...openaiTools(readOnly),
        {
          type: 'function',
          function: {
            name: 'open_refund',
            description: 'Open a refund for a booking.',
            parameters: {
              type: 'object',
              properties: {
                pnr: { type: 'string' },
                iban: { type: 'string' },
                intestatario: { type: 'string' },
                importo_eur: { type: 'number' },
                motivo: { type: 'string' },
              },
              required: ['pnr', 'iban', 'intestatario', 'importo_eur'],
            },
          },
        },
      ],
    }),
    expected: [
      ['PERSON', 'Giulia'],
      ['PERSON', 'Ferraresi'],
      ['DATE_OF_BIRTH', '1990-06-12'],
      ['EMAIL', 'giulia.ferraresi@libero.it'],
      ['PHONE', '+39 347 218 9051'],
      ['PERSON', 'Matteo'],
      ['PERSON', 'Ferraresi'],
      ['DATE_OF_BIRTH', '2016-09-30'],
      ['PERSON', 'Chiara'],
      ['PERSON', 'Bonomi'],
      ['DATE_OF_BIRTH', '1974-01-08'],
      ['EMAIL', 'chiara.bonomi@tiscali.it'],
      ['PHONE', '+39 333 604 1287'],
      ['PERSON', 'Giulia'],
      ['IBAN', 'IT60 X054 2811 1010 0000 0123 456'],
      ['IBAN', 'IT60X0542811101000000123456'],
      ['PERSON', 'Giulia Ferraresi'],
      ['IBAN', 'IT60X0542811101000000123456'],
      ['PERSON', 'Giulia Ferraresi'],
      ['PERSON', 'Giulia Ferraresi'],
      ['IBAN', 'IT60X0542811101000000123456'],
      ['PERSON', 'Bonomi'],
      ['PERSON', 'Matteo'],
      ['PERSON', 'Chiara'],
    ],
  },
  {
    name: 'Chat Completions, Turkish veterinary clinic: an INSERT of three appointments with the owner full name in one literal, TC Kimlik numbers that are none of ours, pets named like people are no people, a refund IBAN',
    text: requestBody({
      model: 'gpt-4.1-mini',
      messages: [
        {
          role: 'system',
          content:
            "Sen Pati Veteriner Kliniği'nin veri asistanı Mırnav'sın (PostgreSQL, şema klinik).\nTablolar:\n- klinik.sahipler(sahip_id int PK, ad_soyad text, tc_kimlik text, telefon text, eposta text, iade_iban text)\n- klinik.hayvanlar(hayvan_id int PK, sahip_id int FK, ad text, tur text -- kedi|köpek|kuş, dogum_yili int)\n- klinik.randevular(randevu_id int PK, hayvan_id int FK, sahip_adi text, telefon text, zaman timestamptz, hekim text, islem text)\nHekimler: Vet. Hek. Murat Özkan (cerrahi), Vet. Hek. Selin Aydoğan (iç hastalıklar). Türkçe yanıt ver.",
        },
        {
          role: 'user',
          content:
            "Cumartesi için üç aşı randevusu gir, hepsi Selin Hanım'a:\n1) Elif Yıldırım, kedisi Pamuk, 0532 417 86 29, saat 10:00\n2) Kerem Aksoy, köpeği Karamel, 0544 903 12 75, saat 10:30\n3) Elif Yıldırım'ın ikinci kedisi Zeytin, saat 11:00\nElif Hanım'ın TC kimlik no'su 38214756092, kayıtta eksikse ekle.",
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_vt4Pz9Qm2Kr7',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "INSERT INTO klinik.randevular (hayvan_id, sahip_adi, telefon, zaman, hekim, islem) VALUES (7731, 'Elif Yıldırım', '+90 532 417 86 29', '2025-03-08 10:00+03', 'Selin Aydoğan', 'karma aşı'), (7802, 'Kerem Aksoy', '+90 544 903 12 75', '2025-03-08 10:30+03', 'Selin Aydoğan', 'kuduz aşısı'), (7732, 'Elif Yıldırım', '+90 532 417 86 29', '2025-03-08 11:00+03', 'Selin Aydoğan', 'karma aşı') RETURNING randevu_id",
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_vt4Pz9Qm2Kr7',
          content: 'randevu_id\n30418\n30419\n30420\n(3 rows)',
        },
        {
          role: 'assistant',
          content:
            "Üç randevu girildi (30418–30420), hepsi Vet. Hek. Selin Aydoğan'a. Elif Yıldırım'ın kaydında TC kimlik zaten var (38214756092), değiştirmedim.",
        },
        {
          role: 'user',
          content: "Kerem Bey geçen ayki iptal için iade istemişti. İBAN'ı kayıtta var mı?",
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_vt5Lx3Nw8Hs1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT ad_soyad, eposta, iade_iban FROM klinik.sahipler WHERE ad_soyad = 'Kerem Aksoy'",
                  format: 'markdown',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_vt5Lx3Nw8Hs1',
          content:
            '| ad_soyad | eposta | iade_iban |\n|---|---|---|\n| Kerem Aksoy | kerem.aksoy@yandex.com.tr | TR330006100519786457841326 |',
        },
        {
          role: 'assistant',
          content:
            "Evet, Kerem Aksoy için iade IBAN'ı kayıtlı: TR33 0006 1005 1978 6457 8413 26. İade onayını kerem.aksoy@yandex.com.tr adresine gönderebilirim.",
        },
      ],
      tools: openaiTools(readWrite),
    }),
    expected: [
      ['PERSON', 'Murat Özkan'],
      ['PERSON', 'Selin Aydoğan'],
      ['PERSON', 'Selin'],
      ['PERSON', 'Elif Yıldırım'],
      ['PHONE', '0532 417 86 29'],
      ['PERSON', 'Kerem Aksoy'],
      ['PHONE', '0544 903 12 75'],
      ['PERSON', 'Elif Yıldırım'],
      ['PERSON', 'Elif'],
      ['PERSON', 'Elif Yıldırım'],
      ['PHONE', '+90 532 417 86 29'],
      ['PERSON', 'Selin Aydoğan'],
      ['PERSON', 'Kerem Aksoy'],
      ['PHONE', '+90 544 903 12 75'],
      ['PERSON', 'Selin Aydoğan'],
      ['PERSON', 'Elif Yıldırım'],
      ['PHONE', '+90 532 417 86 29'],
      ['PERSON', 'Selin Aydoğan'],
      ['PERSON', 'Selin Aydoğan'],
      ['PERSON', 'Elif Yıldırım'],
      ['PERSON', 'Kerem'],
      ['PERSON', 'Kerem Aksoy'],
      ['PERSON', 'Kerem Aksoy'],
      ['EMAIL', 'kerem.aksoy@yandex.com.tr'],
      ['IBAN', 'TR330006100519786457841326'],
      ['PERSON', 'Kerem Aksoy'],
      ['IBAN', 'TR33 0006 1005 1978 6457 8413 26'],
      ['EMAIL', 'kerem.aksoy@yandex.com.tr'],
    ],
  },
  // ---------------------------------------------------------------- Anthropic Messages bodies
  {
    name: 'Anthropic, Danish lettings: a create_lease tool_use whose input nests the tenant (first and last name as fields, a foedselsdato, a phone) and a co-tenant, the tool_result echoes the holder, "Og Rasmus?" later',
    text: requestBody({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 2048,
      system: lettingsSchemaDa,
      tools: [
        anthropicSql,
        {
          name: 'create_lease',
          description: 'Opret en lejekontrakt.',
          input_schema: {
            type: 'object',
            properties: { unit: { type: 'object' }, tenant: { type: 'object' }, deposit: { type: 'object' } },
          },
        },
      ],
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Opret kontrakt for Jægersborggade 14, 3. tv. fra 1. april. Lejer: Mette Kjærgaard Holm, født 17.03.1991, mette.kholm@postbox.dk, tlf. +45 28 71 94 06. Hendes mand Rasmus Holm (rasmus.holm@postbox.dk) står som medlejer. Depositum 42.000 kr. tilbagebetales til DK23 3000 4719 8263 50.',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Jeg opretter kontrakten med de oplysninger.' },
            {
              type: 'tool_use',
              id: 'toolu_01LeaseJbg14',
              name: 'create_lease',
              input: {
                unit: {
                  enhed_id: 'JBG14-3TV',
                  adresse: 'Jægersborggade 14, 3. tv., 2200 København N',
                  start: '2025-04-01',
                },
                tenant: {
                  name: { fornavn: 'Mette', efternavn: 'Kjærgaard Holm' },
                  contact: { email: 'mette.kholm@postbox.dk', telefon: '+4528719406' },
                  foedselsdato: '1991-03-17',
                },
                co_tenants: [
                  {
                    name: { fornavn: 'Rasmus', efternavn: 'Holm' },
                    contact: { email: 'rasmus.holm@postbox.dk' },
                  },
                ],
                deposit: {
                  amount_dkk: 42000,
                  refund_account: { iban: 'DK2330004719826350', holder: 'Mette Kjærgaard Holm' },
                },
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_01LeaseJbg14',
              content: args({
                kontrakt_id: 'K-2025-0412',
                status: 'afventer_underskrift',
                signers: [
                  { navn: 'Mette Kjærgaard Holm', email: 'mette.kholm@postbox.dk', signed: false },
                  { navn: 'Rasmus Holm', email: 'rasmus.holm@postbox.dk', signed: false },
                ],
                deposit_account: 'DK2330004719826350',
              }),
            },
            {
              type: 'text',
              text: 'Tak. Og Rasmus – skal han også stå på indflytningsrapporten, eller kun Mette?',
            },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', 'Mette Kjærgaard Holm'],
      ['DATE_OF_BIRTH', '17.03.1991'],
      ['EMAIL', 'mette.kholm@postbox.dk'],
      ['PHONE', '+45 28 71 94 06'],
      ['PERSON', 'Rasmus Holm'],
      ['EMAIL', 'rasmus.holm@postbox.dk'],
      ['IBAN', 'DK23 3000 4719 8263 50'],
      ['PERSON', 'Mette'],
      ['PERSON', 'Kjærgaard Holm'],
      ['EMAIL', 'mette.kholm@postbox.dk'],
      ['PHONE', '+4528719406'],
      ['DATE_OF_BIRTH', '1991-03-17'],
      ['PERSON', 'Rasmus'],
      ['PERSON', 'Holm'],
      ['EMAIL', 'rasmus.holm@postbox.dk'],
      ['IBAN', 'DK2330004719826350'],
      ['PERSON', 'Mette Kjærgaard Holm'],
      ['PERSON', 'Mette Kjærgaard Holm'],
      ['EMAIL', 'mette.kholm@postbox.dk'],
      ['PERSON', 'Rasmus Holm'],
      ['EMAIL', 'rasmus.holm@postbox.dk'],
      ['IBAN', 'DK2330004719826350'],
      ['PERSON', 'Rasmus'],
      ['PERSON', 'Mette'],
    ],
  },
  {
    name: 'Anthropic, Norwegian telecom support: the user pastes a streamed tool_use as SSE lines (input_json_delta chunks, JSON in a string in a data line in the body), holding a router admin password and a private management address; the customer named in full, "Sigrid" later',
    text: requestBody({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 1024,
      system:
        'Du er Linje, notatbok-assistenten til kundeservice i Nordlys Mobil AS. Tabeller: kunder(kunde_id, navn, mobil, epost, adresse), ruterere(serienr, kunde_id, modell, mgmt_ip, fw), saker(sak_id, kunde_id, opprettet, status, notat). Svar på norsk, kort.',
      tools: [
        anthropicSql,
        {
          name: 'configure_router',
          description: 'Push settings to a customer router over TR-069.',
          input_schema: {
            type: 'object',
            properties: { serial: { type: 'string' }, settings: { type: 'object' } },
          },
        },
      ],
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: `Strømmen fra i går stoppet midt i et kall. Dette er loggen vi fikk, kan du se om oppsettet ble sendt?\n\nevent: content_block_start\ndata: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01RtrPush","name":"configure_router","input":{}}}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"serial\\": \\"ZX5G-N0R-448213\\", "}}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\\"settings\\": {\\"customer\\": {\\"name\\": \\"Sigrid Aasen\\", \\"mobile\\": \\"+47 412 63 958\\"}, "}}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\\"admin\\": {\\"user\\": \\"admin\\", \\"password\\": \\"${cpePassword}\\"}, \\"mgmt_ip\\": \\"10.64.203.18\\", "}}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\\"wifi\\": {\\"ssid\\": \\"Aasen-5G\\", \\"band\\": \\"5GHz\\"}}}"}}\n\nevent: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`,
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'Kallet ble bygget ferdig, men strømmen brøt før content_block_stop, så verktøyet ble aldri kjørt. Jeg sjekker ruteren.',
            },
            {
              type: 'tool_use',
              id: 'toolu_01RtrLookup',
              name: 'run_sql',
              input: {
                sql: "SELECT serienr, modell, mgmt_ip, fw FROM ruterere WHERE serienr = 'ZX5G-N0R-448213'",
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_01RtrLookup',
              content: [
                {
                  type: 'text',
                  text: 'serienr,modell,mgmt_ip,fw\nZX5G-N0R-448213,ZTE MC889,10.64.203.18,2.1.7\n(1 row)',
                },
              ],
            },
            {
              type: 'text',
              text: 'Ok. Ring Sigrid og si at vi sender oppsettet på nytt i kveld, og bytt passordet først.',
            },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', 'Sigrid Aasen'],
      ['PHONE', '+47 412 63 958'],
      ['SECRET', cpePassword],
      ['IP_ADDRESS', '10.64.203.18'],
      ['IP_ADDRESS', '10.64.203.18'],
      ['PERSON', 'Sigrid'],
    ],
  },
  {
    name: 'Anthropic, Czech legal intake sent by a Python client: names and a birth date label as \\u escapes, a rodné číslo that is none of ours, an opposing party with the title Ing., "A co pan Šťastný?" later',
    text: asciiRequestBody({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 2048,
      system:
        'Jsi Spis, asistent advokátní kanceláře pro příjem nových věcí. Tabulky: klienti(klient_id, jmeno, prijmeni, datum_narozeni, rodne_cislo, telefon, email, ucet_iban), veci(vec_id, klient_id, protistrana, typ, stav, hodnota_czk), lhuty(vec_id, datum, popis). Odpovídej česky a uváděj lhůty.',
      tools: [anthropicSql],
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Nová klientka: Tereza Dvořáková, datum narození 14. 2. 1983, rodné číslo 835214/0417, tel. +420 603 184 927, tereza.dvorakova@seznam.cz. Spor o nedoplatek nájmu s pronajímatelem Ing. Pavel Šťastný. Záloha na účet CZ63 0800 0000 1928 4716 3500. Najdi, jestli už u nás nemá jinou věc.',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_01SpisLookup',
              name: 'run_sql',
              input: {
                sql: "SELECT k.jmeno, k.prijmeni, k.datum_narozeni, v.vec_id, v.protistrana, v.stav FROM klienti k LEFT JOIN veci v USING (klient_id) WHERE k.prijmeni = 'Dvořáková' AND k.jmeno = 'Tereza'",
                format: 'json',
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_01SpisLookup',
              content: args([
                {
                  jmeno: 'Tereza',
                  prijmeni: 'Dvořáková',
                  datum_narozeni: '1983-02-14',
                  vec_id: 'V-2022-118',
                  protistrana: 'Pavel Šťastný',
                  stav: 'uzavřeno',
                },
              ]),
            },
            { type: 'text', text: 'A co pan Šťastný – vedli jsme proti němu ještě jinou věc?' },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', escapeNonAscii('Tereza Dvořáková')],
      ['DATE_OF_BIRTH', '14. 2. 1983'],
      ['PHONE', '+420 603 184 927'],
      ['EMAIL', 'tereza.dvorakova@seznam.cz'],
      ['PERSON', escapeNonAscii('Pavel Šťastný')],
      ['IBAN', 'CZ63 0800 0000 1928 4716 3500'],
      ['PERSON', escapeNonAscii('Dvořáková')],
      ['PERSON', 'Tereza'],
      ['PERSON', 'Tereza'],
      ['PERSON', escapeNonAscii('Dvořáková')],
      ['DATE_OF_BIRTH', '1983-02-14'],
      ['PERSON', escapeNonAscii('Pavel Šťastný')],
      ['PERSON', escapeNonAscii('Šťastný')],
    ],
  },
  {
    name: 'Anthropic, Korean gym memberships: a member name written together, a 010 mobile, a full card number in a billing row beside a last4 that is none of ours, a 주민등록번호 that is none of ours, "서연 씨는요?" later; the trainer known by family name and role is no person',
    text: requestBody({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 1500,
      system:
        '당신은 핏플러스 강남점 데이터 노트북의 도우미입니다. 테이블: members(member_id, 이름, 휴대폰, 이메일, 주민등록번호, 가입일, 등급), billing(member_id, 카드번호, 카드_last4, 다음결제일, 금액_krw), pt_sessions(member_id, 트레이너, 일시, 상태). 한국어로 답하세요. 카드번호는 마스킹해서 보여주세요.',
      tools: [anthropicSql],
      messages: [
        { role: 'user', content: '이번 달 자동결제 실패한 회원 보여줘.' },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_01GymBill',
              name: 'run_sql',
              input: {
                sql: "SELECT m.이름, m.휴대폰, m.이메일, b.카드번호, b.카드_last4, b.다음결제일 FROM members m JOIN billing b USING (member_id) WHERE b.상태 = '실패' AND b.다음결제일 >= '2025-03-01'",
                format: 'csv',
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_01GymBill',
              content:
                '이름,휴대폰,이메일,카드번호,카드_last4,다음결제일\n김서연,010-4827-3916,seoyeon.kim88@naver.com,4532018962741352,1352,2025-03-05\n오민재,010-2291-7604,minjae.oh@daum.net,,7781,2025-03-07\n(2 rows)',
            },
            {
              type: 'text',
              text: '오민재 회원은 카드 교체했다고 했어. 주민등록번호 950814-1234567로 본인 확인 끝났고. 박 코치가 PT 일정도 물어봤어.',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: '자동결제 실패 회원은 두 명입니다.\n- 김서연 (010-4827-3916): 카드 ****1352, 3월 5일 재시도 예정\n- 오민재 (010-2291-7604): 카드 ****7781, 교체 카드 등록 필요\n오민재 님 본인 확인은 완료로 기록하겠습니다. 박 코치님 PT 일정은 별도로 조회해 드릴게요.',
            },
          ],
        },
        {
          role: 'user',
          content: [{ type: 'text', text: '서연 씨는요? 카드 한도 문제인지 이메일로 물어봐 줘.' }],
        },
      ],
    }),
    expected: [
      ['PERSON', '김서연'],
      ['PHONE', '010-4827-3916'],
      ['EMAIL', 'seoyeon.kim88@naver.com'],
      ['CREDIT_CARD', '4532018962741352'],
      ['PERSON', '오민재'],
      ['PHONE', '010-2291-7604'],
      ['EMAIL', 'minjae.oh@daum.net'],
      ['PERSON', '오민재'],
      ['PERSON', '김서연'],
      ['PHONE', '010-4827-3916'],
      ['PERSON', '오민재'],
      ['PHONE', '010-2291-7604'],
      ['PERSON', '오민재'],
      ['PERSON', '서연'],
    ],
  },
  // ---------------------------------------------------------------- OpenAI Responses API input arrays
  {
    name: 'Responses, Chinese travel bookings: passengers as JSON rows with 出生日期, a passport number that is none of ours, the assistant quotes one, the user asks for the other birth date by name and gets it as the answer',
    gap: 'a Chinese given name alone (思远) not found',
    text: requestBody({
      model: 'gpt-4.1',
      instructions:
        '你是"云程旅行"数据笔记本的助手。表: bookings(订单号, 线路, 出发日期, 状态, 总价_cny), travellers(订单号, 姓名, 护照号, 出生日期, 手机, 邮箱)。用中文回答;护照号只显示后四位。',
      tools: [responsesSql],
      input: [
        { role: 'user', content: '订单 YC-250318-0461 的旅客信息,北欧极光团。' },
        {
          type: 'function_call',
          call_id: 'call_yc9Tq2Lm5Vx8',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT 姓名, 护照号, 出生日期, 手机, 邮箱 FROM travellers WHERE 订单号 = 'YC-250318-0461'",
            format: 'json',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_yc9Tq2Lm5Vx8',
          output: args([
            {
              姓名: '陈思远',
              护照号: 'EJ4820317',
              出生日期: '1988-09-23',
              手机: '+86 139 1627 4805',
              邮箱: 'chensiyuan88@163.com',
            },
            {
              姓名: '林婉婷',
              护照号: 'EK1094562',
              出生日期: '1992-04-07',
              手机: '+86 186 0274 3319',
              邮箱: 'wanting.lin@qq.com',
            },
          ]),
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: '订单 YC-250318-0461 有两位旅客:陈思远(护照尾号 0317,手机 +86 139 1627 4805)和林婉婷(护照尾号 4562)。两人都已付清,出发日期 3 月 18 日。',
            },
          ],
        },
        { role: 'user', content: '林婉婷的出生日期是多少?芬兰那家酒店登记要用。' },
        {
          role: 'assistant',
          content: [{ type: 'output_text', text: '林婉婷的出生日期是 1992年4月7日(1992-04-07)。' }],
        },
        { role: 'user', content: '好,再给思远发一封确认邮件的草稿。' },
      ],
    }),
    expected: [
      ['PERSON', '陈思远'],
      ['DATE_OF_BIRTH', '1988-09-23'],
      ['PHONE', '+86 139 1627 4805'],
      ['EMAIL', 'chensiyuan88@163.com'],
      ['PERSON', '林婉婷'],
      ['DATE_OF_BIRTH', '1992-04-07'],
      ['PHONE', '+86 186 0274 3319'],
      ['EMAIL', 'wanting.lin@qq.com'],
      ['PERSON', '陈思远'],
      ['PHONE', '+86 139 1627 4805'],
      ['PERSON', '林婉婷'],
      ['PERSON', '林婉婷'],
      ['PERSON', '林婉婷'],
      ['DATE_OF_BIRTH', '1992年4月7日'],
      ['DATE_OF_BIRTH', '1992-04-07'],
      ['PERSON', '思远'],
    ],
  },
  {
    name: 'Responses, telecom support in Hindi written in Latin script: a customer named in full in prose, an Indian mobile, a public router address, an Aadhaar number that is none of ours, "Rohit ji" later; the agent known by given name only is no person',
    text: requestBody({
      model: 'gpt-4o-mini',
      instructions:
        'You are the notebook assistant for Sampark Telecom customer care (Pune circle). Tables: subscribers(msisdn, full_name, email, aadhaar_no, plan, city), sessions(msisdn, started_at, public_ip, apn, bytes_down), tickets(ticket_id, msisdn, opened_at, agent, status, note). Reply in the language of the user.',
      tools: [responsesSql],
      input: [
        {
          role: 'user',
          content:
            'Neha yahan. Customer Rohit Malhotra ka number +91 98201 47365 hai, unka internet kal raat se bahut slow hai. Aadhaar 4821 7730 9164 se verify ho gaya. Pichle 24 ghante ke sessions dikhao.',
        },
        {
          type: 'function_call',
          call_id: 'call_sp4Kx8Rw2Qm6',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT started_at, public_ip, apn, bytes_down FROM sessions WHERE msisdn = '+919820147365' AND started_at > now() - interval '24 hours' ORDER BY started_at",
            format: 'markdown',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_sp4Kx8Rw2Qm6',
          output:
            '| started_at | public_ip | apn | bytes_down |\n|---|---|---|---|\n| 2025-03-04 21:12:09+05:30 | 103.27.148.62 | jionet | 18442210 |\n| 2025-03-05 06:40:51+05:30 | 103.27.148.62 | jionet | 902114 |',
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Rohit Malhotra ke do sessions mile, dono public IP 103.27.148.62 se. Subah wale session mein sirf 0.9 MB aaya, to tower side pe problem lag rahi hai. Main ek ticket khol sakta hoon.',
            },
          ],
        },
        {
          role: 'user',
          content:
            'Haan ticket kholo, aur Rohit ji ko email bhi chahiye: rohit.malhotra82@gmail.com. Note mein likho ki callback 6 baje ke baad.',
        },
      ],
    }),
    expected: [
      ['PERSON', 'Rohit Malhotra'],
      ['PHONE', '+91 98201 47365'],
      ['PHONE', '+919820147365'],
      ['IP_ADDRESS', '103.27.148.62'],
      ['IP_ADDRESS', '103.27.148.62'],
      ['PERSON', 'Rohit Malhotra'],
      ['IP_ADDRESS', '103.27.148.62'],
      ['PERSON', 'Rohit'],
      ['EMAIL', 'rohit.malhotra82@gmail.com'],
    ],
  },
  {
    name: 'Chat Completions, US legal intake: the user pastes a database URL with a password on a private host and an API token; both travel on in nested tool arguments; a client row with dob and SSN; the family name alone later',
    text: requestBody({
      model: 'gpt-4o',
      messages: [
        {
          role: 'system',
          content:
            'You are Docket, the intake assistant of Harlow & Vance LLP. Tables: intake.prospects(prospect_id, first_name, last_name, dob, ssn, phone, email, matter_type, conflict_checked bool), intake.matters(matter_id, prospect_id, opened_at, practice_area, status). Never store SSNs in notes. The firm name is not a person.',
        },
        {
          role: 'user',
          content: `Connect to the intake replica first: postgresql://intake_ro:${intakePassword}@10.31.8.44:5432/intake. The Clio token for the matter sync is ${clioToken}.`,
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_dk1Vn7Qx3Lp9',
              type: 'function',
              function: {
                name: 'set_connection',
                arguments: args({
                  warehouse: {
                    url: `postgresql://intake_ro:${intakePassword}@10.31.8.44:5432/intake`,
                    sslmode: 'require',
                  },
                  integrations: { clio: { headers: { Authorization: `Bearer ${clioToken}` }, region: 'us' } },
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_dk1Vn7Qx3Lp9',
          content: args({ ok: true, server_version: '15.6' }),
        },
        { role: 'user', content: 'Pull the prospect who called about the wrongful termination yesterday.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_dk2Rm4Tz8Wq1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT first_name, last_name, dob, ssn, phone, email FROM intake.prospects WHERE matter_type = 'wrongful_termination' AND created_at::date = '2025-03-04'",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_dk2Rm4Tz8Wq1',
          content:
            'first_name,last_name,dob,ssn,phone,email\nMarisol,Okonkwo-Reyes,1986-07-19,512-47-8836,(312) 748-2091,marisol.or@outlook.com\n(1 row)',
        },
        {
          role: 'assistant',
          content:
            'The prospect is Marisol Okonkwo-Reyes, reachable at (312) 748-2091. The conflict check has not run yet; I left the SSN out of the notes as the firm requires.',
        },
        { role: 'user', content: 'Run the conflict check for Okonkwo-Reyes against Harlow & Vance clients.' },
      ],
      tools: [
        ...openaiTools(readOnly),
        {
          type: 'function',
          function: {
            name: 'set_connection',
            description: 'Set the warehouse connection and integration credentials for this notebook.',
            parameters: {
              type: 'object',
              properties: { warehouse: { type: 'object' }, integrations: { type: 'object' } },
            },
          },
        },
      ],
    }),
    expected: [
      ['SECRET', intakePassword],
      ['IP_ADDRESS', '10.31.8.44'],
      ['SECRET', clioToken],
      ['SECRET', intakePassword],
      ['IP_ADDRESS', '10.31.8.44'],
      ['SECRET', clioToken],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Okonkwo-Reyes'],
      ['DATE_OF_BIRTH', '1986-07-19'],
      ['US_SSN', '512-47-8836'],
      ['PHONE', '(312) 748-2091'],
      ['EMAIL', 'marisol.or@outlook.com'],
      ['PERSON', 'Marisol Okonkwo-Reyes'],
      ['PHONE', '(312) 748-2091'],
      ['PERSON', 'Okonkwo-Reyes'],
    ],
  },
  // ---------------------------------------------------------------- clean hard negatives
  {
    name: 'negative: Responses, fleet fuel metrics per depot only, with vehicle ids, run UUIDs, trace ids and timestamps',
    text: requestBody({
      model: 'gpt-4.1-mini',
      instructions: fleetSchemaSv,
      tools: [responsesSql],
      input: [
        {
          role: 'user',
          content: 'Snittförbrukning per depå i februari, liter per 100 km, och vilka fordon drog mest?',
        },
        {
          type: 'function_call',
          call_id: 'call_ag3Lq8Tn1Vw4',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT f.depa, round(sum(t.bransle_l) / nullif(sum(t.km), 0) * 100, 2) AS l_per_100km, count(DISTINCT t.reg_nr) AS fordon, count(*) AS turer FROM fleet.turer t JOIN fleet.fordon f USING (reg_nr) WHERE t.start_ts >= '2025-02-01' AND t.start_ts < '2025-03-01' GROUP BY f.depa ORDER BY l_per_100km DESC",
            format: 'csv',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_ag3Lq8Tn1Vw4',
          output:
            'depa,l_per_100km,fordon,turer\nSundsvall,34.81,19,1204\nBorlänge,33.07,23,1519\nJönköping,31.92,17,1088\n(3 rows; query_id 7f3c91e2-4b0a-4d6e-9a15-c2e8b7d40f61; trace 4bf92f3577b34da6a3ce929d0e0e4736; 182 ms)',
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Sundsvall ligger högst med 34,81 l/100 km över 1 204 turer, Borlänge 33,07 och Jönköping 31,92. Skillnaden mot januari är under 0,5 l för alla tre. Körning 7f3c91e2-4b0a-4d6e-9a15-c2e8b7d40f61 (trace 4bf92f3577b34da6a3ce929d0e0e4736).',
            },
          ],
        },
        { role: 'user', content: 'Topp fem fordon i Sundsvall då, med mätarställning.' },
        {
          type: 'function_call',
          call_id: 'call_ag4Zr6Km2Hx9',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT t.reg_nr, f.modell, f.mil_matare, round(sum(t.bransle_l) / sum(t.km) * 100, 2) AS l_per_100km FROM fleet.turer t JOIN fleet.fordon f USING (reg_nr) WHERE f.depa = 'Sundsvall' AND t.start_ts >= '2025-02-01' AND t.start_ts < '2025-03-01' GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 5",
            format: 'json',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_ag4Zr6Km2Hx9',
          output: args([
            { reg_nr: 'SND 221', modell: 'Scania R 450', mil_matare: 61204, l_per_100km: 38.4 },
            { reg_nr: 'SND 118', modell: 'Volvo FH 500', mil_matare: 58830, l_per_100km: 37.9 },
            { reg_nr: 'SND 305', modell: 'Scania R 450', mil_matare: 44012, l_per_100km: 36.2 },
            { reg_nr: 'SND 096', modell: 'Volvo FH 460', mil_matare: 70315, l_per_100km: 35.8 },
            { reg_nr: 'SND 412', modell: 'MAN TGX 18.470', mil_matare: 12990, l_per_100km: 35.1 },
          ]),
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'SND 221 (Scania R 450, 61 204 mil) drar mest med 38,4 l/100 km, följt av SND 118 och SND 305. SND 412 är nästan ny (12 990 mil) men ligger ändå högt; värt att kolla däcktrycket. Data uppdaterad 2025-03-05T04:00:12Z.',
            },
          ],
        },
      ],
    }),
    expected: [],
  },
  {
    name: 'negative: Anthropic, a schema-only data-dictionary request for a lettings and a veterinary workspace: column names, types, null rates and descriptions, no values',
    text: requestBody({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 3000,
      system: lettingsSchemaDa,
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Write a data dictionary for the two workspaces below, one table per section, and flag which columns hold personal data so the DPO can review them. Do not query any rows.',
            },
            {
              type: 'text',
              text: 'workspace,table,column,type,null_rate,description\nleje,lejere,lejer_id,bigint,0.00,surrogate key\nleje,lejere,fornavn,text,0.00,given name\nleje,lejere,efternavn,text,0.00,family name\nleje,lejere,email,text,0.04,contact e-mail\nleje,lejere,telefon,text,0.11,phone as entered\nleje,lejere,foedselsdato,date,0.37,birth date for credit check\nleje,lejere,depositum_iban,text,0.52,refund account for the deposit\nleje,kontrakter,kontrakt_id,text,0.00,K-YYYY-NNNN\nleje,kontrakter,depositum_dkk,numeric,0.00,three months of rent\nklinik,sahipler,ad_soyad,text,0.00,owner full name\nklinik,sahipler,tc_kimlik,text,0.21,Turkish national id\nklinik,sahipler,telefon,text,0.02,owner mobile\nklinik,sahipler,iade_iban,text,0.88,refund account\nklinik,hayvanlar,ad,text,0.00,pet name\nklinik,hayvanlar,dogum_yili,int,0.19,pet year of birth\nklinik,randevular,hekim,text,0.00,vet on duty\n',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: "## leje.lejere\n| column | type | null rate | personal data |\n|---|---|---|---|\n| fornavn, efternavn | text | 0% | yes: name |\n| email | text | 4% | yes: contact |\n| telefon | text | 11% | yes: contact |\n| foedselsdato | date | 37% | yes: birth date (special care: credit check) |\n| depositum_iban | text | 52% | yes: bank account |\n\n## klinik.sahipler\n| column | type | null rate | personal data |\n|---|---|---|---|\n| ad_soyad | text | 0% | yes: name |\n| tc_kimlik | text | 21% | yes: national id, restrict access |\n| iade_iban | text | 88% | yes: bank account |\n\nklinik.hayvanlar.ad holds pet names and dogum_yili a pet's year of birth; neither is personal data.",
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Add a retention column: 5 years after the lease ends for leje, 3 years after the last visit for klinik.',
            },
          ],
        },
      ],
    }),
    expected: [],
  },
  {
    name: 'negative: Chat Completions, travel demand by destination: airports, a theme park and tours named after people, and public figures as search topics, all aggregated',
    text: requestBody({
      model: 'gpt-4o',
      messages: [
        {
          role: 'system',
          content:
            'You are Rotta, the analytics assistant of Viaggi Lagunari. Tables: viaggi.ricerche(giorno DATE, query STRING, destinazione STRING, n INT64), viaggi.prenotazioni_agg(mese STRING, aeroporto STRING, pax INT64, ricavo_eur NUMERIC). Aggregates only.',
        },
        {
          role: 'user',
          content: 'Top airports by passengers in February and the search terms that grew most.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_tv6Hp1Xq9Ld2',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT aeroporto, sum(pax) AS pax, sum(ricavo_eur) AS ricavo FROM viaggi.prenotazioni_agg WHERE mese = '2025-02' GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
                  format: 'markdown',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_tv6Hp1Xq9Ld2',
          content:
            '| aeroporto | pax | ricavo |\n|---|---|---|\n| Roma Fiumicino Leonardo da Vinci | 18204 | 6120455.10 |\n| Bologna Guglielmo Marconi | 9311 | 2790118.40 |\n| Praha Václav Havel | 4102 | 1308220.00 |\n| Billund / H.C. Andersen Odense | 2270 | 801944.50 |\n| Istanbul Sabiha Gökçen | 1985 | 655302.75 |',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_tv7Nw3Kr5Jm8',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT query, sum(n) AS n FROM viaggi.ricerche WHERE giorno BETWEEN '2025-02-01' AND '2025-02-28' GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_tv7Nw3Kr5Jm8',
          content:
            "query,n\nastrid lindgren's world pacchetto famiglia,4410\ntaylor swift eras tour stoccolma,3982\ncasa di mozart salisburgo,2117\ntour van gogh amsterdam,1860\nmuseo munch oslo biglietti,1544\n(5 rows)",
        },
        {
          role: 'assistant',
          content:
            "Fiumicino leads with 18,204 passengers, then Bologna Guglielmo Marconi (9,311) and Prague Václav Havel (4,102). Searches are led by family packages to Astrid Lindgren's World in Vimmerby (4,410) and Taylor Swift concert trips to Stockholm (3,982); Mozart's birthplace in Salzburg and the Van Gogh Museum follow. The Munch museum queries are up 40% since the Edvard Munch exhibition opened.",
        },
        { role: 'user', content: 'Chart the airports as bars, please.' },
      ],
      tools: openaiTools(readOnly),
    }),
    expected: [],
  },
  {
    name: 'negative: Chat Completions, a pytest fixture for the gym members table: placeholder people on reserved domains, a passwordless loopback database URL, UUIDs and a test card number documented as a test number that fails Luhn',
    text: requestBody({
      model: 'gpt-4.1-mini',
      messages: [
        {
          role: 'system',
          content:
            'You are the coding assistant of the FitPlus data notebook. Help with tests for the members and billing pipeline. Never use real member data in fixtures.',
        },
        {
          role: 'user',
          content:
            'This fixture fails with IntegrityError on the second run. Why?\n\n```python\nimport uuid\nimport pytest\n\nDB_URL = "postgresql://postgres@127.0.0.1:5432/fitplus_test"\n\n@pytest.fixture\ndef members(db):\n    rows = [\n        {"member_id": uuid.UUID("3b9f2c1e-8a4d-4f60-b7e2-5c1d9a0e8f34"), "name": "Jane Doe", "email": "jane.doe@example.com", "plan": "gold"},\n        {"member_id": uuid.UUID("c7e41a09-2d5b-4e8f-a361-9f0b2c7d4e15"), "name": "John Roe", "email": "john.roe@example.org", "plan": "basic"},\n        {"member_id": uuid.UUID("0f8a6d23-b1c4-47e9-8d5a-2e9c4b7f1a60"), "name": "Test User", "email": "test.user@example.net", "plan": "student"},\n    ]\n    db.execute(members_table.insert(), rows)\n    yield rows\n\n@pytest.fixture\ndef billing(db, members):\n    db.execute(billing_table.insert(), [{"member_id": m["member_id"], "card_token": "tok_test_visa", "card_last4": "0000", "amount_krw": 89000} for m in members])\n```\n\nError: duplicate key value violates unique constraint "members_pkey" DETAIL: Key (member_id)=(3b9f2c1e-8a4d-4f60-b7e2-5c1d9a0e8f34) already exists. Run id 9d2e7a41, trace 00-5e1c0b9a7d3f4e21a8c6b2d4f0e9a713-2b7c9d1e4f6a8b30-01.',
        },
        {
          role: 'assistant',
          content:
            'The member_ids are fixed UUIDs and the db fixture does not roll back, so the second run inserts 3b9f2c1e-8a4d-4f60-b7e2-5c1d9a0e8f34 again. Either wrap each test in a transaction that rolls back, or generate ids with uuid.uuid4() in the fixture. Jane Doe and John Roe can stay as they are: they are placeholders on reserved domains.',
        },
        {
          role: 'user',
          content:
            'Rolled back now, thanks. Last thing: the docs say to use 4000 0000 0000 0001 as a declined test card. Our validator rejects it. Is that expected?',
        },
        {
          role: 'assistant',
          content:
            'Yes: 4000 0000 0000 0001 fails the Luhn check, so a validator that checks Luhn rejects it before it reaches the gateway. Use the provider token tok_test_chargeDeclined instead of a raw number in fixtures.',
        },
      ],
      tools: openaiTools(readOnly),
    }),
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 60: notebook-assistant requests in new domains and languages, pasted notebook output, streamed tool_use and multi-row INSERTs',
  cases,
);
