import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-seventh hand-written hold-out: no-code and spreadsheet tools as their data reaches the AI
 * assistant of a data product ("why is this #N/A", "fix this formula", "why did this Zap fail",
 * "dedupe these rows"). Shapes: Excel ranges pasted as TSV with VLOOKUP/SVERWEIS errors (#N/A,
 * #REF!, #VALUE!), formulas shown with absolute, mixed, structured and R1C1 references, a VBA macro,
 * a pivot table and GETPIVOTDATA; Google Sheets API values.get and batchUpdate payloads, a curl
 * with an API key and an OAuth token, an Apps Script mail merge with its execution log and script
 * properties; Power Query M (with an inline ODBC password) and DAX with row-level security; Airtable
 * list-records, webhook and metadata responses, formulas, automations, scripting-extension output,
 * a CSV export and an AI-field prompt; Notion databases/query responses (title rich-text arrays,
 * people, email, phone_number and date properties), page-create requests, block children, a
 * Markdown export and formula 2.0; Zapier task history, Catch Hook data, Code and Formatter steps,
 * an error e-mail and an Email Parser mailbox; Make blueprints, execution bundles and history; n8n
 * workflow and decrypted-credential exports, execution data and HTTP Request nodes; Retool queries,
 * resources and transformers; Bubble Data API and server logs; a Glide Tables API call; Smartsheet
 * copies, API rows and formulas; Monday.com GraphQL answers and a board export; Typeform and
 * Jotform submissions synced to sheets and their APIs; AppSheet expressions; Word, Outlook, YAMM,
 * Mailchimp and Liquid mail-merge sources and templates. Languages: English, German, French,
 * Spanish, Portuguese (Brazil and Portugal), Italian, Dutch, Polish, Swedish, Turkish, Greek,
 * Russian, Arabic, Hebrew, Hindi, Thai, Vietnamese, Japanese, Korean and Chinese. Secrets: an
 * Airtable personal access token, Notion secret_ and ntn_ tokens, a Monday.com JWT, Smartsheet,
 * Typeform, Jotform, Bubble and Glide tokens, Google API key and OAuth token, OpenAI, Stripe,
 * SendGrid, Mailchimp, Pipedrive, HubSpot and Twilio credentials, Slack, Discord and Telegram
 * webhook or bot tokens, database, ODBC and SMTP passwords. 20 of its 70 cases are clean hard
 * negatives: formulas, cell references and ranges (A1:B20, $E$2, R2C5:R200C5, Rates[Region],
 * [Due Date]@row), record, base, table, field and view ids (rec…, app…, tbl…, fld…, viw…), Notion
 * UUIDs, Bubble ids (1710…x…), Zap, Make and n8n run and node ids, spreadsheet ids, timestamps,
 * currency amounts, column names such as "Date of birth", merge-field placeholders and a test run
 * with placeholder people at example.com.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 12, 17 and 44: first and last name in separate columns,
 * fields or merge fields are separate spans, a title column is no part of a name; a lone given name
 * counts under a name field or when the same person is named in full; a value whose meaning is given
 * by a header row, a field mapping (a Zapier step's "Nome:") or a column list counts like a labelled
 * one; birth dates count only where labelled so (Geburtsdatum, Date de naissance, 生年月日,
 * Дата рождения, a Birthday property, a board's जन्म तिथि column), other dates never; a contact
 * cell's e-mail and name both count; a webhook URL with its token counts whole for Slack and as
 * the token for Discord and Telegram; account SIDs, client ids, response tokens and run ids are no
 * secrets; a national id (PESEL, codice fiscale) is none of our types; masked cards are not findings.
 * Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits, made-up names,
 * numbers and keys. When written, 57 of the 70 cases passed; the 13 others carry a gap.
 */

const k = joinParts;
const airtablePat = k(
  'patK7mQ2xLr4TzW8n.',
  'a25fc7a001e451534f90f9a1ea85abf3',
  '699aae794562da2b5ac5183aa90d63c6',
);
const notionSecret = k('secret_', 'GKEQHdgHgC2eYmKpsCHItBCg', 'AUkbfhjN5GKu0ix4HYZ');
const notionNtn = k('ntn_', '4471209318', 'eJWehPfyd5GEDrFMYFDX87UuDcSOPZghYltfUH');
const mondayToken = k(
  'eyJhbGciOiJIUzI1NiJ9.',
  'eyJ0aWQiOjM0MTg4MjkwNywiYWFpIjoxMSwidWlkIjo1NTEyMDk4MywiaWFkIjoiMjAyNC0wMy0xNFQwOToxMjowMy4wMDBaIiwicGVyIjoibWU6d3JpdGUiLCJhY3RpZCI6MjE0NzcwOTgsInJnbiI6ImV1YzEifQ',
  '.oUNChCAd3JFCrGBD2qBGb9k9HyFRcyiQ7gR7PRP9DVHk',
);
const smartsheetToken = k('cEbBjOfHnj36DNQ8Eds', 'oHF0s5rtx2LfBQHZcs');
const openaiKey = k('sk-proj-', '3WtZKiAAkFdEm8WBqV8Ha627M5cLapZD9qG6', 'OgVPeBYaWcv9LebMk0WgENAoHKS4mJLw');
const googleApiKey = k('AIza', 'FHBUSl6PfHLd5FcpsxUc78uI5bRk5VCLLZB');
const googleAccess = k(
  'ya29.',
  'a0AfB_byDq4Wm8Rt2Zx6Nv9Lc3Bp7Ks1CgYIARAAGBAS',
  'NwF-L9IrQm7xWr9Tz4Kc8nBd3Fg6hJ1s0171',
);
const slackWebhook = k(
  'https://hooks.slack.com/services/',
  'T05QK2M8R4L/',
  'B06N7X3P9TZ/',
  'KAEIOcgaTe95WqhstAEACrBd',
);
const pipedriveToken = k('b86fad624436bd810b11', '33efcf6934705e631220');
const stripeKey = k(
  'sk_live_',
  '51OqT8vL2mX9rW4Kc7Bp3Df6Gh1',
  'Sa0Ey2Ui7Op4Kq9Tz3Lx8Mn2Rb5Wc8Yd1Fj4Hk7Ls0PqA',
);
const mailchimpKey = k('390263cf7b94917f', '1de4fad87af76ad0', '-us21');
const jotformKey = k('d583e4aa8c2af83f', '2e6473287c43a004');
const bubbleToken = k('0cd31dce41d9847d', '5695843ef439966c');
const glideToken = k('016dcd70-2443-', '4215-b751-c106e40afe0b');
const retoolDbPassword = k('Tulp3n!', 'Haarlem-88');
const odbcPassword = k('Q3rt!Bi', '-2024x');
const sendgridKey = k('SG.', 'fM2DbmrHPteEDgh0I9fLqQ', '.', 'Rod08U36Kl2jA55otOA5MzKhhrFpwMugh03MprA6lsj');
const twilioAuth = k('b569eed3e30262bc', '1bda4d795dc9c088');
const hubspotPat = k('pat-eu1-', '6dea631f-9f3e-4d52-a5a1-041f33e3deb1');
const typeformToken = k('tfp_', 'fa26Odz86bWHAwvmheN5FLAnBj9ktI', '_3mXq7Lm2Vt9Rz');
const telegramBot = k('7204418823', ':AAF', 'hAl4mYauyaeKCEAkqWGkwaQm6EUIQAQx');
const discordToken = k('oUNChCAd3JFCrGBD2qBGb9k9HyFRcyiQ7gR7', 'PRP9DVHkRod08U36Kl2jA55otOA5MzKhhrFpwMugh0');
const n8nHeaderToken = k('n8n-', 'Wwa0OyEuee6cckEaqIEsKY', '-5b34d7330ab7');
const smtpPassword = k('Kirsch', 'baum#', '7719');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- Excel and Google Sheets
  {
    name: 'Excel range pasted as TSV (German): Vorname and Nachname columns, a Geburtsdatum column, a VLOOKUP column with #N/A, Telefon, E-Mail and IBAN',
    text: `Warum bekomme ich in Spalte F #N/A? Formel in F2: =SVERWEIS(A2;Tarife!$A$2:$C$50;3;FALSCH)

Kd-Nr\tVorname\tNachname\tGeburtsdatum\tTelefon\tTarif\tE-Mail\tIBAN
K-10422\tMarlene\tHöfferer\t03.11.1984\t0171 4429183\t#N/A\tmarlene.hoefferer@gmx.de\tDE29500105175418830274
K-10423\tJannik\tOstermeyer\t19.06.1992\t0152 28847104\tBasis 12\tj.ostermeyer@web.de\t
K-10424\t\t\t\t\t#N/A\t\t`,
    expected: [
      ['PERSON', 'Marlene'],
      ['PERSON', 'Höfferer'],
      ['DATE_OF_BIRTH', '03.11.1984'],
      ['PHONE', '0171 4429183'],
      ['EMAIL', 'marlene.hoefferer@gmx.de'],
      ['IBAN', 'DE29500105175418830274'],
      ['PERSON', 'Jannik'],
      ['PERSON', 'Ostermeyer'],
      ['DATE_OF_BIRTH', '19.06.1992'],
      ['PHONE', '0152 28847104'],
      ['EMAIL', 'j.ostermeyer@web.de'],
    ],
  },
  {
    name: 'Excel formulas shown (Ctrl+`) of a commission sheet: absolute and mixed references, XLOOKUP, IFERROR with "#N/A", named ranges and a structured reference',
    text: `Can you simplify column G? Here it is with formulas shown:

\tA\tB\tC\tD\tE\tF\tG
1\tRep ID\tRegion\tQ1\tQ2\tQ3\tRate\tCommission
2\tR-0114\tEMEA\t41250\t38900\t44120\t=XLOOKUP(B2,Rates[Region],Rates[Rate],"#N/A")\t=IFERROR(SUM(C2:E2)*F2,0)
3\tR-0115\tAPAC\t=C2*1.05\t=D2*0.97\t29880\t=XLOOKUP(B3,Rates[Region],Rates[Rate],"#N/A")\t=IFERROR(SUM(C3:E3)*F3,0)
4\t\t\t=SUM(C2:C3)\t=SUM(D$2:D3)\t=SUM($E$2:$E$3)\t=AVERAGE(Rate_Table)\t=SUMPRODUCT((B2:B3="EMEA")*G2:G3)`,
    expected: [],
  },
  {
    name: 'Google Sheets API values.get response (French): range, majorDimension and rows with Prénom, Nom, Date de naissance, Téléphone and Courriel',
    text: `GET https://sheets.googleapis.com/v4/spreadsheets/1qT8vL2mX9rW4Kc7Bp3Df6Gh1Sa0Ey2Ui7Op4Kq9Tz3Lx/values/Inscriptions!A1:F4

{
  "range": "Inscriptions!A1:F4",
  "majorDimension": "ROWS",
  "values": [
    ["Prénom", "Nom", "Date de naissance", "Téléphone", "Courriel", "Atelier"],
    ["Gaëlle", "Brossard-Niang", "07/02/1996", "06 48 21 77 30", "gaelle.brossard@laposte.net", "Poterie"],
    ["Thibault", "Lemaire", "22/09/1988", "+33 7 61 04 92 18", "thibault.lemaire@orange.fr", "Reliure"],
    ["Inès", "Haddad", "", "06 12 90 44 71", "", "Poterie"]
  ]
}
Pourquoi la ligne d'Inès n'a pas de date ?`,
    expected: [
      ['PERSON', 'Gaëlle'],
      ['PERSON', 'Brossard-Niang'],
      ['DATE_OF_BIRTH', '07/02/1996'],
      ['PHONE', '06 48 21 77 30'],
      ['EMAIL', 'gaelle.brossard@laposte.net'],
      ['PERSON', 'Thibault'],
      ['PERSON', 'Lemaire'],
      ['DATE_OF_BIRTH', '22/09/1988'],
      ['PHONE', '+33 7 61 04 92 18'],
      ['EMAIL', 'thibault.lemaire@orange.fr'],
      ['PERSON', 'Inès'],
      ['PERSON', 'Haddad'],
      ['PHONE', '06 12 90 44 71'],
      ['PERSON', 'Inès'],
    ],
  },
  {
    name: 'Google Sheets batchUpdate request body: spreadsheet id, USER_ENTERED formulas with QUERY and IMPORTRANGE, A1 ranges and a response with updatedCells',
    text: `POST https://sheets.googleapis.com/v4/spreadsheets/1Hx7Kd9Lm2Qp4Rs6Tu8Vw0Xy3Za5Bc7De9Fg1Hj3Kl5/values:batchUpdate
{
  "valueInputOption": "USER_ENTERED",
  "data": [
    { "range": "Summary!B2", "values": [["=QUERY(Orders!A:H,\\"select B, sum(H) where C = 'Paid' group by B\\",1)"]] },
    { "range": "Summary!E2:E3", "values": [["=IMPORTRANGE(\\"1Zq3Wn8Yv5Ut2Sr0Qp7On4Ml1Kj9Ih6Gf3Ed0Cb7A9x\\",\\"Targets!A1:D40\\")"], ["=ARRAYFORMULA(IF(A2:A=\\"\\",,B2:B*1.19))"]] }
  ]
}

Response:
{ "spreadsheetId": "1Hx7Kd9Lm2Qp4Rs6Tu8Vw0Xy3Za5Bc7De9Fg1Hj3Kl5", "totalUpdatedRows": 3, "totalUpdatedColumns": 2, "totalUpdatedCells": 3, "totalUpdatedSheets": 1 }`,
    expected: [],
  },
  {
    name: 'curl to the Sheets API with an API key in the query string and an OAuth bearer token (Spanish): nombre, apellidos, móvil and alta rows',
    text: `Esto me devuelve 403 con la key pero con el token sí funciona:

curl "https://sheets.googleapis.com/v4/spreadsheets/1mR4Tz8Nc2Kw6Xq9Lv3Bp7Df1Gh5Sa0Ey4Ui8Op2Kq6T/values/Socios!A1:E3?key=${googleApiKey}"
curl -H "Authorization: Bearer ${googleAccess}" "https://sheets.googleapis.com/v4/spreadsheets/1mR4Tz8Nc2Kw6Xq9Lv3Bp7Df1Gh5Sa0Ey4Ui8Op2Kq6T/values/Socios!A1:E3"

{"range":"Socios!A1:E3","majorDimension":"ROWS","values":[["nombre","apellidos","móvil","alta","cuota"],["Rocío","Valverde Iturralde","612 44 80 19","2023-09-01","45,00 €"],["Aitor","Zubizarreta Gil","+34 688 102 457","2024-01-15","45,00 €"]]}`,
    expected: [
      ['SECRET', googleApiKey],
      ['SECRET', googleAccess],
      ['PERSON', 'Rocío'],
      ['PERSON', 'Valverde Iturralde'],
      ['PHONE', '612 44 80 19'],
      ['PERSON', 'Aitor'],
      ['PERSON', 'Zubizarreta Gil'],
      ['PHONE', '+34 688 102 457'],
    ],
  },
  {
    name: 'Apps Script mail merge (Brazilian Portuguese) with a hard-coded reply-to address, getRange("A2:D"), and the execution log naming each recipient',
    text: `function enviarLembretes() {
  const aba = SpreadsheetApp.getActive().getSheetByName('Alunos');
  const linhas = aba.getRange('A2:D' + aba.getLastRow()).getValues();
  linhas.forEach(([nome, email, curso, vencimento]) => {
    MailApp.sendEmail({ to: email, replyTo: 'secretaria.escolaviva@gmail.com', subject: 'Mensalidade ' + curso, body: 'Olá ' + nome + ', sua mensalidade vence em ' + vencimento });
    Logger.log('Enviado para ' + nome + ' <' + email + '>');
  });
}

Registro de execução
14:02:11  Informação  Enviado para Luana Carvalho Prates <luana.prates@hotmail.com>
14:02:12  Informação  Enviado para Diogo Sampaio <diogo.sampaio88@yahoo.com.br>
14:02:12  Erro  Exception: Endereço inválido: "" (linha 6, arquivo "Código")`,
    expected: [
      ['EMAIL', 'secretaria.escolaviva@gmail.com'],
      ['PERSON', 'Luana Carvalho Prates'],
      ['EMAIL', 'luana.prates@hotmail.com'],
      ['PERSON', 'Diogo Sampaio'],
      ['EMAIL', 'diogo.sampaio88@yahoo.com.br'],
    ],
  },
  {
    name: 'Excel paste of a Japanese staff list with #REF! in a lookup column: 氏名, フリガナ, 生年月日 in 和暦 and ISO, 携帯 and 部署',
    text: `D列が #REF! になるのはなぜ？（部署マスタのシートを削除しました）

社員番号\t氏名\tフリガナ\t生年月日\t部署\t携帯
E0412\t村瀬 千尋\tムラセ チヒロ\t1990/05/17\t#REF!\t090-4418-2273
E0413\t大河内 隼人\tオオコウチ ハヤト\t昭和62年8月3日\t#REF!\t080-7720-1946`,
    expected: [
      ['PERSON', '村瀬 千尋'],
      ['PERSON', 'ムラセ チヒロ'],
      ['DATE_OF_BIRTH', '1990/05/17'],
      ['PHONE', '090-4418-2273'],
      ['PERSON', '大河内 隼人'],
      ['PERSON', 'オオコウチ ハヤト'],
      ['DATE_OF_BIRTH', '昭和62年8月3日'],
      ['PHONE', '080-7720-1946'],
    ],
  },
  {
    name: 'Power Query M step list (Spanish column names): Excel.CurrentWorkbook, type changes on Nombre and FechaNacimiento, a date filter and a merge on Id',
    text: `let
    Origen = Excel.CurrentWorkbook(){[Name="TablaClientes"]}[Content],
    #"Tipo cambiado" = Table.TransformColumnTypes(Origen,{{"Id", Int64.Type}, {"Nombre", type text}, {"FechaNacimiento", type date}, {"Saldo", Currency.Type}}),
    #"Filas filtradas" = Table.SelectRows(#"Tipo cambiado", each [FechaNacimiento] >= #date(1990, 1, 1) and [Saldo] > 1500),
    #"Consultas combinadas" = Table.NestedJoin(#"Filas filtradas", {"Id"}, Pedidos, {"ClienteId"}, "Pedidos", JoinKind.LeftOuter),
    #"Expandido" = Table.ExpandTableColumn(#"Consultas combinadas", "Pedidos", {"Importe", "Fecha"})
in
    #"Expandido"

¿Por qué el paso #"Filas filtradas" devuelve 0 filas?`,
    expected: [],
  },
  {
    name: 'DAX measures with a DATE literal, USERPRINCIPALNAME row-level security against a team mailbox and column names like Customer[Full Name]',
    text: `Total Sales YTD = CALCULATE ( SUM ( Sales[Amount] ), DATESYTD ( 'Date'[Date] ) )
Active Customers = CALCULATE ( DISTINCTCOUNT ( Customer[Full Name] ), FILTER ( Sales, Sales[OrderDate] >= DATE ( 2024, 1, 1 ) ) )
Age Band = SWITCH ( TRUE (), Customer[Age] < 25, "18-24", Customer[Age] < 40, "25-39", "40+" )
-- RLS role "Nordics": [Region] = "Nordics" || USERPRINCIPALNAME () = "bi-admins@fjordline-analytics.no"`,
    expected: [['EMAIL', 'bi-admins@fjordline-analytics.no']],
  },
  {
    name: 'Power Query ODBC source with the password inline and a SelectRows excluding a named customer by e-mail (Dutch question)',
    text: `Ik krijg "DataSource.Error: ODBC: ERROR [28000] password authentication failed", klopt mijn connectiestring?

let
    Bron = Odbc.Query("Driver={PostgreSQL Unicode};Server=pg-prod.verhuur.nl;Port=5432;Database=crm;Uid=svc_powerbi;Pwd=${odbcPassword};", "select * from klanten"),
    Gefilterd = Table.SelectRows(Bron, each [email] <> "wouter.ballegooijen@ziggo.nl")
in
    Gefilterd`,
    expected: [
      ['SECRET', odbcPassword],
      ['EMAIL', 'wouter.ballegooijen@ziggo.nl'],
    ],
  },
  {
    name: 'Excel R1C1 formulas from a VBA macro recorder and a #VALUE! trace: SUMIFS over R2C5:R200C5, OFFSET and INDIRECT, no data',
    text: `Sub Totals()
    Range("F2:F200").FormulaR1C1 = "=SUMIFS(R2C5:R200C5,R2C3:R200C3,RC3)"
    Range("G2").FormulaR1C1 = "=IFERROR(INDEX(Lookup!C1,MATCH(RC[-5],Lookup!C2,0)),""#N/A"")"
    Range("H2").Formula = "=SUM(OFFSET($E$2,0,0,COUNTA($E:$E)-1,1))"
    Range("I2").Formula = "=INDIRECT(""'Q"" & $B$1 & ""'!D"" & ROW())"
End Sub

Error in H2: #VALUE! (Evaluate Formula: =SUM(OFFSET($E$2,0,0,#VALUE!,1)))`,
    expected: [],
  },
  {
    name: 'Google Sheets paste (Russian): ФИО in one column, Дата рождения, Телефон and Почта, and a COUNTIF duplicate check column',
    text: `Помогите найти дубли, столбец E — формула =СЧЁТЕСЛИ(D:D;D2)>1

ФИО\tДата рождения\tТелефон\tПочта\tДубль
Ковалёва Дарья Сергеевна\t14.04.1993\t+7 916 402-18-77\tdkovaleva@yandex.ru\tЛОЖЬ
Шубин Арсений Игоревич\t02.12.1987\t8 (903) 771-40-25\tarseniy.shubin@mail.ru\tИСТИНА
Шубин Арсений Игоревич\t02.12.1987\t8 (903) 771-40-25\tarseniy.shubin@mail.ru\tИСТИНА`,
    expected: [
      ['PERSON', 'Ковалёва Дарья Сергеевна'],
      ['DATE_OF_BIRTH', '14.04.1993'],
      ['PHONE', '+7 916 402-18-77'],
      ['EMAIL', 'dkovaleva@yandex.ru'],
      ['PERSON', 'Шубин Арсений Игоревич'],
      ['DATE_OF_BIRTH', '02.12.1987'],
      ['PHONE', '8 (903) 771-40-25'],
      ['EMAIL', 'arseniy.shubin@mail.ru'],
      ['PERSON', 'Шубин Арсений Игоревич'],
      ['DATE_OF_BIRTH', '02.12.1987'],
      ['PHONE', '8 (903) 771-40-25'],
      ['EMAIL', 'arseniy.shubin@mail.ru'],
    ],
  },
  {
    name: 'US payroll sheet pasted from Excel: Employee, SSN, DOB and a masked SSN column from the ADP import, with a #N/A in Dept',
    text: `Which rows will fail the ADP import? The "SSN (ADP)" column comes back masked.

Employee\tSSN\tSSN (ADP)\tDOB\tDept\tHourly
Keisha Dunmore\t521-47-3380\t***-**-3380\t08/19/1991\t#N/A\t$24.50
Travis Oyelaran\t438-22-9017\t***-**-9017\t1/3/1986\tWarehouse\t$21.75
Maribel Quiñones\t\t\t11/27/1999\tFront desk\t$18.00`,
    expected: [
      ['PERSON', 'Keisha Dunmore'],
      ['US_SSN', '521-47-3380'],
      ['DATE_OF_BIRTH', '08/19/1991'],
      ['PERSON', 'Travis Oyelaran'],
      ['US_SSN', '438-22-9017'],
      ['DATE_OF_BIRTH', '1/3/1986'],
      ['PERSON', 'Maribel Quiñones'],
      ['DATE_OF_BIRTH', '11/27/1999'],
    ],
  },
  {
    name: 'Chinese 腾讯文档 sheet copied with 姓名, 手机号, 出生日期 and 邮箱, and a VLOOKUP error #N/A in 所属门店',
    text: `帮我看看为什么 E 列都是 #N/A，公式是 =VLOOKUP(B2,门店!A:C,2,0)

工号\t姓名\t手机号\t出生日期\t所属门店\t邮箱
A1021\t欧阳思琪\t138 1047 2291\t1995-03-08\t#N/A\tsiqi.ouyang@163.com
A1022\t汤嘉树\t15920417738\t1989-11-21\t#N/A\ttangjiashu@qq.com`,
    expected: [
      ['PERSON', '欧阳思琪'],
      ['PHONE', '138 1047 2291'],
      ['DATE_OF_BIRTH', '1995-03-08'],
      ['EMAIL', 'siqi.ouyang@163.com'],
      ['PERSON', '汤嘉树'],
      ['PHONE', '15920417738'],
      ['DATE_OF_BIRTH', '1989-11-21'],
      ['EMAIL', 'tangjiashu@qq.com'],
    ],
  },
  {
    name: 'Google Sheets pivot table of donations in euros with percentages, column letters and a GETPIVOTDATA formula: no people',
    text: `Pivot "Dons par campagne" (source Dons!A1:H812):

Campagne\tSUM of Montant\tCOUNTA of Donateur\t% du total
Hiver 2023\t12 480,00 €\t214\t38,2 %
Printemps 2024\t9 915,50 €\t167\t30,4 %
Rentrée 2024\t10 240,75 €\t181\t31,4 %
Total général\t32 636,25 €\t562\t100,0 %

=GETPIVOTDATA("SUM of Montant",'Pivot Table 1'!A1,"Campagne","Hiver 2023") donne #REF! quand je trie par colonne B.`,
    expected: [],
  },
  // ---------------------------------------------------------------- Airtable
  {
    name: 'Airtable list-records response (Nigeria and Ghana): rec ids, createdTime, a collaborator field with id, email and name, linked record ids and a phone',
    text: `{
  "records": [
    {
      "id": "recK2mX9rW4Lc7Bp3",
      "createdTime": "2024-02-19T08:41:07.000Z",
      "fields": {
        "Name": "Oluwaseun Adeyemi-Bakare",
        "Email": "seun.adeyemi@lagosfresh.ng",
        "Phone": "+234 803 447 1290",
        "Account manager": { "id": "usrT8vQ2mL9xW4rK7", "email": "efua.mensah@lagosfresh.ng", "name": "Efua Mensah" },
        "Orders": ["recA1b2C3d4E5f6G7", "recH8i9J0k1L2m3N4"],
        "Status": "Active"
      }
    }
  ],
  "offset": "itrQ7Lm2Xt9Rz4Kw8/recK2mX9rW4Lc7Bp3"
}`,
    expected: [
      ['PERSON', 'Oluwaseun Adeyemi-Bakare'],
      ['EMAIL', 'seun.adeyemi@lagosfresh.ng'],
      ['PHONE', '+234 803 447 1290'],
      ['EMAIL', 'efua.mensah@lagosfresh.ng'],
      ['PERSON', 'Efua Mensah'],
    ],
  },
  {
    name: 'curl to the Airtable API with a personal access token (Turkish table): Ad Soyad, Doğum Tarihi, Telefon and an app/tbl/viw path',
    text: `Bu istek 422 INVALID_FILTER_BY_FORMULA dönüyor, formülü düzeltir misin?

curl "https://api.airtable.com/v0/appX7kQ2mL9rT4wB1/tblM3nP8sV2xZ6cF0?view=viwR5tY1uI9oP3aS7&filterByFormula=AND({Şehir}='İzmir',IS_AFTER({Kayıt},'2024-01-01'" \\
  -H "Authorization: Bearer ${airtablePat}"

Tablodaki örnek satır:
Ad Soyad: Elif Naz Karabulut | Doğum Tarihi: 12.07.1998 | Telefon: 0532 418 77 09 | Şehir: İzmir | Kayıt: 2024-02-03`,
    expected: [
      ['SECRET', airtablePat],
      ['PERSON', 'Elif Naz Karabulut'],
      ['DATE_OF_BIRTH', '12.07.1998'],
      ['PHONE', '0532 418 77 09'],
    ],
  },
  {
    name: 'Airtable formula and automation config: DATETIME_DIFF, IF with BLANK(), RECORD_ID(), base, table, view and field ids, no values',
    text: `Formula field "Days open":
IF({Status} = "Done", BLANK(), DATETIME_DIFF(NOW(), CREATED_TIME(), 'days'))

Formula field "Key":
CONCATENATE(RECORD_ID(), "-", DATETIME_FORMAT({Created}, 'YYYYMMDD'))

Automation "Escalate": trigger = When record matches conditions (tblM3nP8sV2xZ6cF0, view viwR5tY1uI9oP3aS7, fldQ9wE2rT5yU8iO1 > 7)
Action = Update record {{recordId}} in appX7kQ2mL9rT4wB1, set fldA4sD7fG0hJ3kL6 to "Escalated"
Last run: 2024-03-14 09:12 UTC, status Succeeded, run id aut_run_5g7h9j1k3l5`,
    expected: [],
  },
  {
    name: 'Airtable scripting extension console output (Swedish): updated record ids with member names, a birth year column and a failed update',
    text: `Skriptet körde men två rader misslyckades, varför?

Konsol:
✔ recQ4wE7rT0yU3iO6 Linnea Sjöberg → Betald (födelsedatum 1997-05-30)
✔ recZ1xC4vB7nM0aS3 Oskar Hedlund-Ahmadi → Betald (födelsedatum 2001-10-11)
✖ recP9oI6uY3tR0eW7 fältet "Medlemsavgift" kunde inte uppdateras: Field "fldA4sD7fG0hJ3kL6" cannot accept the provided value
✖ recL5kJ2hG9fD6sA3 fältet "E-post" kunde inte uppdateras: Field "fldP9oI6uY3tR0eW7" is computed and cannot be edited`,
    expected: [
      ['PERSON', 'Linnea Sjöberg'],
      ['DATE_OF_BIRTH', '1997-05-30'],
      ['PERSON', 'Oskar Hedlund-Ahmadi'],
      ['DATE_OF_BIRTH', '2001-10-11'],
    ],
  },
  {
    name: 'Airtable webhook payload (Polish base): changedRecordsById with cellValuesByFieldId holding a name, an e-mail and a phone, and previous values',
    text: `{
  "timestamp": "2024-03-14T10:02:44.118Z",
  "baseTransactionNumber": 4471,
  "actionMetadata": { "source": "client", "sourceMetadata": { "user": { "id": "usrB7nM0aS3dF6gH9", "email": "tomasz.wrobel@kwiaciarniakrokus.pl", "permissionLevel": "create", "name": "Tomasz Wróbel" } } },
  "changedTablesById": {
    "tblK2jH5gF8dS1aQ4": {
      "changedRecordsById": {
        "recW3eR6tY9uI2oP5": {
          "current": { "cellValuesByFieldId": { "fldN1mB4vC7xZ0lK3": "Marta Kowalczyk", "fldJ6hG9fD2sA5qW8": "marta.kowalczyk@onet.pl", "fldE1rT4yU7iO0pL3": "+48 604 219 873" } },
          "previous": { "cellValuesByFieldId": { "fldE1rT4yU7iO0pL3": "604 219 837" } }
        }
      }
    }
  }
}`,
    expected: [
      ['EMAIL', 'tomasz.wrobel@kwiaciarniakrokus.pl'],
      ['PERSON', 'Tomasz Wróbel'],
      ['PERSON', 'Marta Kowalczyk'],
      ['EMAIL', 'marta.kowalczyk@onet.pl'],
      ['PHONE', '+48 604 219 873'],
      ['PHONE', '604 219 837'],
    ],
  },
  {
    name: 'Airtable base schema from the metadata API: fields named Full name, Date of birth, Phone and Email with their types and options, no records',
    text: `{
  "tables": [
    {
      "id": "tblM3nP8sV2xZ6cF0",
      "name": "Patients",
      "primaryFieldId": "fldQ9wE2rT5yU8iO1",
      "fields": [
        { "id": "fldQ9wE2rT5yU8iO1", "name": "Full name", "type": "singleLineText" },
        { "id": "fldA4sD7fG0hJ3kL6", "name": "Date of birth", "type": "date", "options": { "dateFormat": { "name": "european", "format": "D/M/YYYY" } } },
        { "id": "fldZ1xC4vB7nM0aS3", "name": "Phone", "type": "phoneNumber" },
        { "id": "fldP9oI6uY3tR0eW7", "name": "Email", "type": "email" },
        { "id": "fldL5kJ2hG9fD6sA3", "name": "Clinician", "type": "singleCollaborator" }
      ],
      "views": [{ "id": "viwR5tY1uI9oP3aS7", "name": "Grid view", "type": "grid" }]
    }
  ]
}`,
    expected: [],
  },
  {
    name: 'Airtable CSV export of a Vietnamese tutoring centre: Họ và tên, Ngày sinh, SĐT phụ huynh, Phụ huynh and a lookup field of class names',
    text: `Họ và tên,Ngày sinh,Phụ huynh,SĐT phụ huynh,Lớp (from Lịch học),Học phí
Trần Gia Hân,14/08/2012,Trần Minh Quốc,0903 418 276,"Toán 6A, Anh văn B1","1.200.000 ₫"
Lê Hoàng Phúc,02/01/2011,Nguyễn Thị Thu Hà,+84 912 774 305,Toán 7B,"900.000 ₫"`,
    expected: [
      ['PERSON', 'Trần Gia Hân'],
      ['DATE_OF_BIRTH', '14/08/2012'],
      ['PERSON', 'Trần Minh Quốc'],
      ['PHONE', '0903 418 276'],
      ['PERSON', 'Lê Hoàng Phúc'],
      ['DATE_OF_BIRTH', '02/01/2011'],
      ['PERSON', 'Nguyễn Thị Thu Hà'],
      ['PHONE', '+84 912 774 305'],
    ],
  },
  // ---------------------------------------------------------------- Notion
  {
    name: 'Notion databases/query response: a title rich-text array (text.content and plain_text), email and phone_number properties, a people property and a Birthday date',
    text: `{
  "object": "list",
  "results": [
    {
      "object": "page",
      "id": "8d2f1c47-9a3b-4e6d-b015-7c4e2a9f3d81",
      "created_time": "2024-03-11T07:42:00.000Z",
      "properties": {
        "Name": { "id": "title", "type": "title", "title": [ { "type": "text", "text": { "content": "Kenji Watanabe", "link": null }, "plain_text": "Kenji Watanabe", "href": null } ] },
        "Email": { "id": "%3EwQh", "type": "email", "email": "kenji.watanabe@shinrin-design.jp" },
        "Phone": { "id": "Xq%5Bv", "type": "phone_number", "phone_number": "+81 90-2741-8830" },
        "Birthday": { "id": "b%7DLm", "type": "date", "date": { "start": "1989-07-14", "end": null, "time_zone": null } },
        "Owner": { "id": "pQ%3Ad", "type": "people", "people": [ { "object": "user", "id": "4e1b7c2a-93d0-4f58-a6e2-1d9c8b3f7a05", "name": "Sofia Marchetti", "avatar_url": null, "type": "person", "person": { "email": "sofia.marchetti@shinrin-design.jp" } } ] }
      }
    }
  ],
  "next_cursor": null,
  "has_more": false
}`,
    expected: [
      ['PERSON', 'Kenji Watanabe'],
      ['PERSON', 'Kenji Watanabe'],
      ['EMAIL', 'kenji.watanabe@shinrin-design.jp'],
      ['PHONE', '+81 90-2741-8830'],
      ['DATE_OF_BIRTH', '1989-07-14'],
      ['PERSON', 'Sofia Marchetti'],
      ['EMAIL', 'sofia.marchetti@shinrin-design.jp'],
    ],
  },
  {
    name: 'curl to the Notion API with an internal integration secret (Russian workspace): a relation property, a rich_text with ФИО and Дата рождения',
    text: `Почему relation приходит пустым? Запрос:

curl -X POST https://api.notion.com/v1/databases/3b7e9c21f4a84d6e9b0c5a1d2e8f7c43/query \\
  -H "Authorization: Bearer ${notionSecret}" \\
  -H "Notion-Version: 2022-06-28" -H "Content-Type: application/json" \\
  --data '{"filter":{"property":"Статус","select":{"equals":"Новый"}}}'

Кусок ответа:
"ФИО": {"type":"rich_text","rich_text":[{"plain_text":"Белозёрова Ксения Андреевна"}]},
"Дата рождения": {"type":"date","date":{"start":"1994-02-26"}},
"Проект": {"type":"relation","relation":[],"has_more":false}`,
    expected: [
      ['SECRET', notionSecret],
      ['PERSON', 'Белозёрова Ксения Андреевна'],
      ['DATE_OF_BIRTH', '1994-02-26'],
    ],
  },
  {
    name: 'Notion API block children and page metadata: block, parent and user UUIDs, created_time and last_edited_time, rich text about a sprint: no personal data',
    text: `{
  "object": "list",
  "results": [
    { "object": "block", "id": "c02fc1d3-db8b-45c5-a222-27595b15aea7", "parent": { "type": "page_id", "page_id": "59833787-2cf9-4fdf-8782-e53db20768a5" }, "created_time": "2024-03-12T09:20:00.000Z", "last_edited_time": "2024-03-14T16:05:00.000Z", "created_by": { "object": "user", "id": "ee5f0f84-409a-440f-983a-a5315961c6e4" }, "has_children": false, "type": "paragraph", "paragraph": { "rich_text": [ { "type": "text", "text": { "content": "Sprint 14 goal: ship CSV import v2 and fix timezone bug #4471" }, "plain_text": "Sprint 14 goal: ship CSV import v2 and fix timezone bug #4471", "annotations": { "bold": false, "code": false, "color": "default" } } ] } }
  ],
  "next_cursor": "7d4c9e21-3a5b-4f80-b6c2-1e9d8a7f3b50",
  "has_more": true,
  "request_id": "a3f9c2e1-7b8d-4e6f-9c2a-71f5b0d83e46"
}`,
    expected: [],
  },
  {
    name: 'Notion database exported to Markdown (Spanish CRM): page titles with names, a Persona property, Fecha de nacimiento and Teléfono',
    text: `# Clientes VIP

| Nombre | Responsable | Fecha de nacimiento | Teléfono | Correo | Última visita |
| --- | --- | --- | --- | --- | --- |
| [Ximena Arriaga Solís](Clientes%20VIP/Ximena%20Arriaga%20Sol%C3%ADs%20b7e2c9d41f3a4e8b9c0d2a6f1e7b3c58.md) | Guadalupe Ortiz | 30 de marzo de 1979 | 55 4127 8830 | ximena.arriaga@prodigy.net.mx | 12 de febrero de 2024 |
| [Emiliano Bautista Rangel](Clientes%20VIP/Emiliano%20Bautista%20Rangel%20e41a7c2d9b3f4e60a8c1d5f2b9e7a304.md) | Guadalupe Ortiz | 9 de octubre de 1985 | +52 33 1904 2277 | ebautista@outlook.com | 3 de marzo de 2024 |`,
    expected: [
      ['PERSON', 'Ximena Arriaga Solís'],
      ['PERSON', 'Ximena%20Arriaga%20Sol%C3%ADs'],
      ['PERSON', 'Guadalupe Ortiz'],
      ['DATE_OF_BIRTH', '30 de marzo de 1979'],
      ['PHONE', '55 4127 8830'],
      ['EMAIL', 'ximena.arriaga@prodigy.net.mx'],
      ['PERSON', 'Emiliano Bautista Rangel'],
      ['PERSON', 'Emiliano%20Bautista%20Rangel'],
      ['PERSON', 'Guadalupe Ortiz'],
      ['DATE_OF_BIRTH', '9 de octubre de 1985'],
      ['PHONE', '+52 33 1904 2277'],
      ['EMAIL', 'ebautista@outlook.com'],
    ],
  },
  {
    name: 'Notion formula 2.0 and a rollup config: prop() calls, dateBetween, format, ifs and a relation to a Tasks database by id',
    text: `Formula "SLA":
ifs(
  prop("Status") == "Done", "✅",
  dateBetween(now(), prop("Created"), "days") > 5, "🔴 " + format(dateBetween(now(), prop("Created"), "days")) + "d",
  "🟢"
)

Rollup "Open tasks": relation "Tasks" (database 9c1e47a0-3b2d-4f86-a915-d07e2c48b613), property "Done", calculate "Percent unchecked".
Filter: Created on or after 2024-01-01, Owner is not empty.`,
    expected: [],
  },
  {
    name: 'Notion page create request (Korean HR onboarding) with a Notion ntn_ token: 이름 title, 생년월일 date, 연락처 phone and an 담당자 people id',
    text: `curl https://api.notion.com/v1/pages \\
  -H "Authorization: Bearer ${notionNtn}" \\
  -H "Notion-Version: 2022-06-28" \\
  -d '{
    "parent": { "database_id": "0f3a7c91-2e4b-4d68-8a1f-5c9e2b7d4a60" },
    "properties": {
      "이름": { "title": [{ "text": { "content": "윤서진" } }] },
      "생년월일": { "date": { "start": "1996-09-03" } },
      "연락처": { "phone_number": "010-4471-2093" },
      "담당자": { "people": [{ "id": "4e1b7c2a-93d0-4f58-a6e2-1d9c8b3f7a05" }] },
      "입사일": { "date": { "start": "2024-04-01" } }
    }
  }'
"validation_error: 생년월일 is expected to be date." 라고 나와요.`,
    expected: [
      ['SECRET', notionNtn],
      ['PERSON', '윤서진'],
      ['DATE_OF_BIRTH', '1996-09-03'],
      ['PHONE', '010-4471-2093'],
    ],
  },
  // ---------------------------------------------------------------- Zapier, Make and n8n
  {
    name: 'Zapier task history (Italian): Typeform trigger data in and a Google Sheets "Create Spreadsheet Row" step data out with Nome, Cognome, Data di nascita and Cellulare',
    text: `Zap: "Iscrizioni corso → Foglio"   Zap run 1f7c2e9a   Status: Success   14/03/2024 10:22

1. Typeform — New Entry
   DATA OUT
   form_response__answers__text: Chiara
   form_response__answers__text_2: Benedetti Loi
   form_response__answers__email: chiara.benedetti.loi@libero.it
   form_response__answers__phone_number: +393284471092
   form_response__answers__date: 1999-06-21
   form_response__landed_at: 2024-03-14T09:20:11Z
   form_response__token: 4kq9tz3lx8mn2rb5wc8yd1fj4hk7ls0p

2. Google Sheets — Create Spreadsheet Row
   DATA IN
   Nome: Chiara
   Cognome: Benedetti Loi
   Data di nascita: 21/06/1999
   Cellulare: +393284471092
   Email: chiara.benedetti.loi@libero.it
   DATA OUT
   id: 214
   row: 214
   updatedRange: Iscrizioni!A214:E214`,
    // The Typeform answer ids say nothing, but the values are a first name, a family name and a birth
    // date the second step maps to Nome, Cognome and Data di nascita.
    expected: [
      ['PERSON', 'Chiara'],
      ['PERSON', 'Benedetti Loi'],
      ['EMAIL', 'chiara.benedetti.loi@libero.it'],
      ['PHONE', '+393284471092'],
      ['DATE_OF_BIRTH', '1999-06-21'],
      ['PERSON', 'Chiara'],
      ['PERSON', 'Benedetti Loi'],
      ['DATE_OF_BIRTH', '21/06/1999'],
      ['PHONE', '+393284471092'],
      ['EMAIL', 'chiara.benedetti.loi@libero.it'],
    ],
  },
  {
    name: 'Zapier "Webhooks by Zapier" catch hook with a querystring body and a Slack step posting through an incoming-webhook URL',
    text: `Step 1 Catch Hook — DATA OUT
querystring__name: Priya Raghunathan
querystring__email: priya.r@finmintlabs.in
querystring__plan: growth
querystring__utm_source: linkedin

Step 2 Webhooks by Zapier — POST
URL: ${slackWebhook}
Payload Type: json
Data: text = New signup: {{1__querystring__name}} ({{1__querystring__email}}) on {{1__querystring__plan}}
Response: ok (200)`,
    expected: [
      ['PERSON', 'Priya Raghunathan'],
      ['EMAIL', 'priya.r@finmintlabs.in'],
      ['SECRET', slackWebhook],
    ],
  },
  {
    name: 'Zapier history list (clean): Zap ids, task run ids, "Filter would not have continued", halted and held statuses and timestamps',
    text: `Zap History — last 24h
Run ID\tZap\tStatus\tTasks\tStarted
01HRX7K2M9Q4T8W3N6B1C5D0EF\tInvoice paid → Xero (Zap 218847712)\tSuccess\t3\tMar 14, 2024 9:02 AM
01HRX7P4R8S2V6Y0A3E7G1J5KL\tInvoice paid → Xero (Zap 218847712)\tFiltered: Filter would not have continued (Amount 0.00 EUR is not greater than 0)\t0\tMar 14, 2024 9:14 AM
01HRX8A6C0F4H8K2N6Q0T4W8ZB\tNew lead → Pipedrive (Zap 219004518)\tHalted: Pipedrive returned 429 Too Many Requests\t1\tMar 14, 2024 10:41 AM
01HRX9D2G6J0M4P8S2V6Y0B4EH\tNew lead → Pipedrive (Zap 219004518)\tHeld: replay pending\t1\tMar 14, 2024 11:05 AM`,
    expected: [],
  },
  {
    name: 'Zapier Code by Zapier (JavaScript) step with a hard-coded Pipedrive api_token and a Stripe live key, and inputData names only',
    text: `Mi Code step falla con "Unauthorized" — ¿está mal el token?

const res = await fetch('https://api.pipedrive.com/v1/persons?api_token=${pipedriveToken}', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ name: inputData.fullName, email: [inputData.email], phone: [inputData.phone] })
});
const stripe = require('stripe')('${stripeKey}');
output = [{ status: res.status, personId: (await res.json()).data?.id }];`,
    expected: [
      ['SECRET', pipedriveToken],
      ['SECRET', stripeKey],
    ],
  },
  {
    name: 'Formatter by Zapier steps (clean): Date/Time format, Numbers currency, Text split and a lookup table from plan codes',
    text: `Step 3 Formatter — Date / Time > Format
Input: 2024-03-14T09:30:00+01:00   To Format: DD/MM/YYYY   To Timezone: Europe/Madrid   Output: 14/03/2024

Step 4 Formatter — Numbers > Format Currency
Input: 1249.5   Currency: EUR   Locale: es-ES   Output: 1.249,50 €

Step 5 Formatter — Text > Split
Input: SKU-4471-XL-BLU   Separator: -   Segment index: Second   Output: 4471

Step 6 Formatter — Utilities > Lookup Table
Lookup Key: pro_m   Table: basic_m → 9.99, pro_m → 24.99, team_y → 239.00   Output: 24.99`,
    expected: [],
  },
  {
    name: 'Make scenario blueprint excerpt: an HTTP module calling OpenAI with a bearer key, mappings like {{1.email}} and module ids',
    text: `{
  "name": "Lead enrichment",
  "flow": [
    { "id": 1, "module": "gateway:CustomWebHook", "parameters": { "hook": 884712, "maxResults": 1 } },
    { "id": 2, "module": "http:ActionSendData", "version": 3,
      "mapper": {
        "url": "https://api.openai.com/v1/chat/completions",
        "method": "post",
        "headers": [ { "name": "Authorization", "value": "Bearer ${openaiKey}" } ],
        "bodyType": "raw", "contentType": "application/json",
        "data": "{\\"model\\":\\"gpt-4o-mini\\",\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"Classify the company of {{1.email}}: {{1.company}}\\"}]}"
      }
    },
    { "id": 3, "module": "google-sheets:addRow", "mapper": { "spreadsheetId": "/1mR4Tz8Nc2Kw6Xq9Lv3Bp7Df1Gh5Sa0Ey4Ui8Op2Kq6T", "sheetId": "Leads", "values": { "0": "{{1.name}}", "1": "{{1.email}}", "2": "{{2.data.choices[].message.content}}" } } }
  ],
  "metadata": { "version": 1, "scenario": { "roundtrips": 1, "maxErrors": 3 } }
}`,
    expected: [['SECRET', openaiKey]],
  },
  {
    name: 'Make execution log (Brazilian Portuguese): a Webhooks bundle with nome_completo, data_nascimento, celular and e-mail, and a Telegram bot module with its token',
    text: `Cenário "Cadastro academia" — execução 9f2c41e7d0a84b3c — Aviso: o módulo 3 falhou

Módulo 1 Webhooks — Custom webhook — OUTPUT bundle 1
  nome_completo: Thaís Nogueira Albuquerque
  data_nascimento: 1993-12-05
  celular: (21) 99418-2730
  email: thais.albuquerque@uol.com.br
  plano: Trimestral

Módulo 3 HTTP — Make a request
  URL: https://api.telegram.org/bot${telegramBot}/sendMessage
  Erro: [400] Bad Request: chat not found`,
    expected: [
      ['PERSON', 'Thaís Nogueira Albuquerque'],
      ['DATE_OF_BIRTH', '1993-12-05'],
      ['PHONE', '(21) 99418-2730'],
      ['EMAIL', 'thais.albuquerque@uol.com.br'],
      ['SECRET', telegramBot],
    ],
  },
  {
    name: 'Make scenario history (clean): execution ids that look like hex keys, operations, data transfer in kB and durations',
    text: `History — Scenario 3147702 "Shopify → Sheets"
Execution ID\t\t\t\tStatus\tOperations\tData\tDuration
b7d04f1a93c2e6580a4f7c1d2e9b3a68\tSuccess\t12\t18.4 kB\t2.1 s
41ac9e7f0d2b53c8e6a1f4d7b0c9e382\tWarning\t9\t11.0 kB\t1.7 s
e6f3a20b8c4d17e95f0a2c6b9d3e1874\tError (DataError: Invalid number in parameter 'Quantity')\t4\t3.2 kB\t0.9 s
Next run: 2024-03-14 12:00 CET; schedule every 15 minutes; ops used this month 18 412 / 40 000`,
    expected: [],
  },
  {
    name: 'n8n workflow export (clean): node ids, webhookId, credential references by id and name, expressions like {{ $json.email }}',
    text: `{
  "name": "Form to CRM",
  "nodes": [
    { "parameters": { "httpMethod": "POST", "path": "form-intake", "options": {} }, "id": "5b0c1e9a-7d3f-4a26-8e41-c2f9d7a0b318", "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 2, "position": [240, 300], "webhookId": "a4e7c2d1-9b3f-4e08-b6a5-1f2d8c9e7b04" },
    { "parameters": { "operation": "upsert", "email": "={{ $json.body.email }}", "additionalFields": { "firstName": "={{ $json.body.first_name }}", "lastName": "={{ $json.body.last_name }}" } }, "id": "e2d9a7c4-1b6f-4f30-9a58-7c3e0d2b1f96", "name": "HubSpot", "type": "n8n-nodes-base.hubspot", "typeVersion": 2, "position": [460, 300], "credentials": { "hubspotAppToken": { "id": "Qm7Xt2Rz9Kw4Nc8B", "name": "HubSpot account" } } }
  ],
  "connections": { "Webhook": { "main": [[{ "node": "HubSpot", "type": "main", "index": 0 }]] } },
  "versionId": "c1f8e3a2-6d4b-4b97-a0e5-9d2c7f1b3a48"
}`,
    expected: [],
  },
  {
    name: 'n8n execution data (Korean): a Postgres node output with 이름, 생년월일, 전화번호 and 이메일 items and a failed Gmail node',
    text: `실행 #18842 실패 — "Send a message" 노드: Invalid To header

Postgres (Execute Query) → 2 items
[
  { "id": 771, "이름": "한지우", "생년월일": "1991-04-27", "전화번호": "010-2841-7730", "이메일": "jiwoo.han@naver.com", "등급": "VIP" },
  { "id": 772, "이름": "Park Minseo", "생년월일": "1998-11-02", "전화번호": "+82 10-9174-2205", "이메일": "", "등급": "일반" }
]`,
    expected: [
      ['PERSON', '한지우'],
      ['DATE_OF_BIRTH', '1991-04-27'],
      ['PHONE', '010-2841-7730'],
      ['EMAIL', 'jiwoo.han@naver.com'],
      ['PERSON', 'Park Minseo'],
      ['DATE_OF_BIRTH', '1998-11-02'],
      ['PHONE', '+82 10-9174-2205'],
    ],
  },
  {
    name: 'n8n HTTP Request node with a Mailchimp API key in basic auth and a header-auth token, and the member it subscribes (Dutch)',
    text: `Waarom krijg ik 401 van Mailchimp? Node-parameters:

Method: PUT
URL: https://us21.api.mailchimp.com/3.0/lists/8c2e41f7a9/members/{{ $json.email_hash }}
Authentication: Basic Auth — user "anystring", password "${mailchimpKey}"
Header: X-Intake-Token: ${n8nHeaderToken}
Body: { "email_address": "femke.vanderhoeven@kpnmail.nl", "status_if_new": "subscribed", "merge_fields": { "FNAME": "Femke", "LNAME": "van der Hoeven" } }`,
    expected: [
      ['SECRET', mailchimpKey],
      ['SECRET', n8nHeaderToken],
      ['EMAIL', 'femke.vanderhoeven@kpnmail.nl'],
      ['PERSON', 'Femke'],
      ['PERSON', 'van der Hoeven'],
    ],
  },
  {
    name: 'n8n Discord node posting a new-order alert through a webhook, with the customer name and a masked card in the message',
    text: `Discord-Webhook gibt 401 zurück:

POST https://discord.com/api/webhooks/1218847720934401123/${discordToken}
{"content":"🛒 Neue Bestellung #A-20417 von Henrike Quast (Visa •••• 4417), 89,90 €"}`,
    expected: [
      ['SECRET', discordToken],
      ['PERSON', 'Henrike Quast'],
    ],
  },
  {
    name: 'Zapier error e-mail (German): the HubSpot step rejected a contact, with the input data and a HubSpot private-app token in the step config',
    text: `Betreff: Ihr Zap "Messe-Leads → HubSpot" ist fehlgeschlagen

Schritt 2 "Create Contact in HubSpot" hat einen Fehler zurückgegeben:
Property values were not valid: [{"isValid":false,"message":"1984-13-02 is not a valid date","error":"INVALID_DATE","name":"date_of_birth"}]

Eingabedaten:
Vorname: Friedemann
Nachname: Ackermann-Sahin
Geburtsdatum: 1984-13-02
Telefon: +49 89 41729 330
E-Mail: f.ackermann-sahin@brauhaus-ackermann.de

Verbindung: HubSpot (Private App) — Token ${hubspotPat}`,
    // An impossible date is still the birth date the form holds, labelled as such twice.
    expected: [
      ['DATE_OF_BIRTH', '1984-13-02'],
      ['PERSON', 'Friedemann'],
      ['PERSON', 'Ackermann-Sahin'],
      ['DATE_OF_BIRTH', '1984-13-02'],
      ['PHONE', '+49 89 41729 330'],
      ['EMAIL', 'f.ackermann-sahin@brauhaus-ackermann.de'],
      ['SECRET', hubspotPat],
    ],
  },
  // ---------------------------------------------------------------- Retool, Bubble and Glide
  {
    name: 'Retool SQL query with {{ }} bindings and its preview result as JSON (Dutch rental customers): naam, e-mail, IBAN and geboortedatum',
    text: `Query "getKlant":
SELECT id, naam, email, iban, geboortedatum FROM klanten WHERE postcode = {{ textInput1.value }} AND actief = true LIMIT 50;

Preview (2 rows):
[
  { "id": 5521, "naam": "Sanne Kuipers-de Wit", "email": "sanne.kuipers@xs4all.nl", "iban": "NL07INGB0006841207", "geboortedatum": "1986-08-12" },
  { "id": 5530, "naam": "Youssef El Amrani", "email": "y.elamrani@hotmail.nl", "iban": null, "geboortedatum": "2000-02-29" }
]
Hoe toon ik de IBAN gemaskeerd in table1?`,
    expected: [
      ['PERSON', 'Sanne Kuipers-de Wit'],
      ['EMAIL', 'sanne.kuipers@xs4all.nl'],
      ['IBAN', 'NL07INGB0006841207'],
      ['DATE_OF_BIRTH', '1986-08-12'],
      ['PERSON', 'Youssef El Amrani'],
      ['EMAIL', 'y.elamrani@hotmail.nl'],
      ['DATE_OF_BIRTH', '2000-02-29'],
    ],
  },
  {
    name: 'Retool PostgreSQL resource settings copied from the form: a private host address, database user and password, SSL options',
    text: `Retool says "connect ETIMEDOUT" when I test this resource:

Name: rentals-prod (read only)
Host: 10.40.12.7
Port: 5432
Database name: rentals
Database username: retool_ro
Database password: ${retoolDbPassword}
Connect using SSL: ✓   Verification mode: verify-ca
Connect via SSH tunnel: ✗`,
    expected: [
      ['IP_ADDRESS', '10.40.12.7'],
      ['SECRET', retoolDbPassword],
    ],
  },
  {
    name: 'Retool app JS transformer (clean): formatting currency and dates from query data, table column mappings and {{ current_user.email }} bindings',
    text: `// transformer "ordersFormatted"
const rows = {{ getOrders.data }};
return rows.map((r) => ({
  ...r,
  total: new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(r.total_cents / 100),
  placed: moment(r.placed_at).format('DD.MM.YYYY HH:mm'),
  owner: r.owner_email === {{ current_user.email }} ? 'me' : 'team',
}));
// table1 columns: id (hidden), customer_name (Text), total (Currency), placed (Date), status (Tag)`,
    expected: [],
  },
  {
    name: 'Bubble Data API response (Arabic users): _id values like 1710…x…, Created Date, authentication.email, a full name field and a mobile',
    text: `GET https://souqly.bubbleapps.io/version-test/api/1.1/obj/user?limit=2
Authorization: Bearer ${bubbleToken}

{
  "response": {
    "cursor": 0,
    "results": [
      { "_id": "1710412345678x523401982736451872", "Created Date": "2024-03-14T10:12:25.678Z", "Modified Date": "2024-03-14T10:15:02.118Z", "authentication": { "email": { "email": "reem.alshammari@gmail.com", "email_confirmed": true } }, "الاسم_الكامل": "ريم عبدالله الشمري", "الجوال": "+966 55 418 2730", "user_signed_up": true },
      { "_id": "1710412399012x918273645501928374", "Created Date": "2024-03-14T10:13:19.012Z", "authentication": { "email": { "email": "khaled.haddad@outlook.sa", "email_confirmed": false } }, "الاسم_الكامل": "خالد يوسف حداد", "الجوال": "0501749983", "user_signed_up": true }
    ],
    "remaining": 0,
    "count": 2
  }
}`,
    expected: [
      ['SECRET', bubbleToken],
      ['EMAIL', 'reem.alshammari@gmail.com'],
      ['PERSON', 'ريم عبدالله الشمري'],
      ['PHONE', '+966 55 418 2730'],
      ['EMAIL', 'khaled.haddad@outlook.sa'],
      ['PERSON', 'خالد يوسف حداد'],
      ['PHONE', '0501749983'],
    ],
  },
  {
    name: 'Bubble workflow API and backend workflow log (clean): unique ids, workflow names, "Make changes to a thing", timestamps and WU consumption',
    text: `Server logs — 14/03/2024
10:12:25.678  Workflow api_signup started (id 1710412345678x523401982736451872)
10:12:25.701  Step 1 Create a new Thing (Order) → 1710412345701x118273645501928374
10:12:25.744  Step 2 Make changes to a thing (User 1710412345678x523401982736451872): plan = "pro"
10:12:25.802  Step 3 Schedule API workflow send_receipt at Current date/time +5 minutes
10:12:25.809  Workflow finished, 0.42 WU`,
    expected: [],
  },
  {
    name: 'Glide Tables API mutateTables call with a bearer token (UUID form) adding a volunteer row in Thai: ชื่อ-นามสกุล, วันเกิด and เบอร์โทร',
    text: `curl -X POST https://api.glideapp.io/api/function/mutateTables \\
  -H "Authorization: Bearer ${glideToken}" \\
  -H "Content-Type: application/json" \\
  -d '{"appID":"Qm7Xt2Rz9Kw4Nc8Bp3Df","mutations":[{"kind":"add-row-to-table","tableName":"native-table-9c1e47a03b2d4f86","columnValues":{"Name":"ศิริพร วงศ์สวัสดิ์","BirthDate":"1990-01-18","Phone":"081 447 2093","Shift":"เสาร์เช้า"}}]}'

ตาราง: ชื่อ-นามสกุล = Name, วันเกิด = BirthDate, เบอร์โทร = Phone`,
    expected: [
      ['SECRET', glideToken],
      ['PERSON', 'ศิริพร วงศ์สวัสดิ์'],
      ['DATE_OF_BIRTH', '1990-01-18'],
      ['PHONE', '081 447 2093'],
    ],
  },
  // ---------------------------------------------------------------- Smartsheet and Monday.com
  {
    name: 'Smartsheet sheet copied to Excel (Greek): Assigned To contact cells with name and e-mail, Due Date, Status and a row id column',
    text: `Row ID\tΕργασία\tΥπεύθυνος\tΠροθεσμία\tΚατάσταση
1\tΠαράδοση υλικού εκδήλωσης\tΔήμητρα Καραγιάννη <d.karagianni@ekdoseis-aigaio.gr>\t21/03/24\tΣε εξέλιξη
2\tΚράτηση αίθουσας\tΣταύρος Μπενέτος <stavros.benetos@gmail.com>\t18/03/24\tΟλοκληρώθηκε
3\tΕκτύπωση προγράμματος\tΔήμητρα Καραγιάννη <d.karagianni@ekdoseis-aigaio.gr>\t25/03/24\tΔεν ξεκίνησε`,
    expected: [
      ['PERSON', 'Δήμητρα Καραγιάννη'],
      ['EMAIL', 'd.karagianni@ekdoseis-aigaio.gr'],
      ['PERSON', 'Σταύρος Μπενέτος'],
      ['EMAIL', 'stavros.benetos@gmail.com'],
      ['PERSON', 'Δήμητρα Καραγιάννη'],
      ['EMAIL', 'd.karagianni@ekdoseis-aigaio.gr'],
    ],
  },
  {
    name: 'Smartsheet API GET /sheets/{id} with an access token: columns, and rows whose contact cells hold the e-mail as value and the name as displayValue',
    text: `curl https://api.smartsheet.eu/2.0/sheets/4471209318425472 -H "Authorization: Bearer ${smartsheetToken}"

{"id":4471209318425472,"name":"Onboarding EU","columns":[{"id":7960873114331012,"title":"Hire","type":"CONTACT_LIST","primary":true},{"id":642523719853956,"title":"Start","type":"DATE"}],
 "rows":[{"id":2361756178769796,"rowNumber":1,"cells":[{"columnId":7960873114331012,"value":"ewa.nowak-lis@fabrykaokien.pl","displayValue":"Ewa Nowak-Lis"},{"columnId":642523719853956,"value":"2024-04-02"}]}]}`,
    expected: [
      ['SECRET', smartsheetToken],
      ['EMAIL', 'ewa.nowak-lis@fabrykaokien.pl'],
      ['PERSON', 'Ewa Nowak-Lis'],
    ],
  },
  {
    name: 'Smartsheet formulas (clean): COUNTIFS over [Assigned To]:[Assigned To], cross-sheet {Range} references, row and column ids',
    text: `=COUNTIFS([Assigned To]:[Assigned To], "Unassigned", Status:Status, <> "Complete")
=IF(TODAY() > [Due Date]@row, "🔴", IF(TODAY() + 3 > [Due Date]@row, "🟡", "🟢"))
=SUMIFS({Budget Q2 Range 1}, {Budget Q2 Region}, "DACH")
=INDEX({Rates Range}, MATCH([Role]@row, {Rates Role}, 0))
Cross-sheet reference "Budget Q2 Range 1" → sheet 6213874409211780, columns 3-5, rows 2-140`,
    expected: [],
  },
  {
    name: 'Monday.com GraphQL items query with an API token (Hindi board): column_values text for नाम, फ़ोन, ईमेल and जन्म तिथि',
    text: `curl -X POST https://api.monday.com/v2 -H "Authorization: ${mondayToken}" -H "API-Version: 2024-01" \\
  -d '{"query":"{ boards(ids: 1847720934) { items_page(limit: 2) { items { id name column_values { id text } } } } }"}'

{"data":{"boards":[{"items_page":{"items":[
 {"id":"6120934471","name":"अनुराधा त्रिपाठी","column_values":[{"id":"phone","text":"+91 98204 17733"},{"id":"email","text":"anuradha.tripathi@rediffmail.com"},{"id":"date4","text":"1992-08-15"},{"id":"status","text":"नया"}]},
 {"id":"6120934472","name":"Vikram Sehgal","column_values":[{"id":"phone","text":"+91 99711 40286"},{"id":"email","text":""},{"id":"date4","text":""},{"id":"status","text":"संपर्क किया"}]}
]}}]},"account_id":21477098}
Board columns: नाम (name), फ़ोन (phone), ईमेल (email), जन्म तिथि (date4), स्थिति (status)`,
    // date4 is the जन्म तिथि (birth date) column, as the board's column list says.
    expected: [
      ['SECRET', mondayToken],
      ['PERSON', 'अनुराधा त्रिपाठी'],
      ['PHONE', '+91 98204 17733'],
      ['EMAIL', 'anuradha.tripathi@rediffmail.com'],
      ['DATE_OF_BIRTH', '1992-08-15'],
      ['PERSON', 'Vikram Sehgal'],
      ['PHONE', '+91 99711 40286'],
    ],
  },
  {
    name: 'Monday.com board export (clean): items, groups, Status, Timeline ranges, item ids, numbers and a People column with team names only',
    text: `Board: Website relaunch Q2 (exported 14/03/2024)
Name\tGroup\tPeople\tStatus\tTimeline\tBudget\tItem ID
Wireframes\tDesign\tUX Team\tDone\tMar 4 - Mar 8\t€2,400\t6120934401
Copy review\tContent\tContent Team\tWorking on it\tMar 11 - Mar 15\t€800\t6120934402
Staging deploy\tDev\tPlatform Squad\tStuck\tMar 18 - Mar 19\t€0\t6120934403
Subitems: 14 · Updates: 37 · Last updated 2 hours ago`,
    expected: [],
  },
  // ---------------------------------------------------------------- Typeform, Jotform and form-to-sheet syncs
  {
    name: 'Typeform responses synced to a Google Sheet (Spanish question headers): #, ¿Cómo te llamas?, correo, teléfono, fecha de nacimiento, Start and Submit dates, Network ID',
    text: `#\t¿Cómo te llamas?\tTu correo\tTeléfono\t¿Cuál es tu fecha de nacimiento?\tStart Date (UTC)\tSubmit Date (UTC)\tNetwork ID
kq9tz3lx8mn2rb5w\tMaría José Echeverría\tmajo.echeverria@gmail.com\t+56 9 8417 2093\t04/05/1997\t2024-03-13 18:02:11\t2024-03-13 18:04:40\t7c2e9a41b0
c8yd1fj4hk7ls0pq\tFacundo Irigoyen\tfacu.irigoyen@hotmail.com.ar\t+54 9 11 4471-2930\t17/11/1990\t2024-03-13 19:40:02\t2024-03-13 19:41:15\t3b2d4f86a9`,
    expected: [
      ['PERSON', 'María José Echeverría'],
      ['EMAIL', 'majo.echeverria@gmail.com'],
      ['PHONE', '+56 9 8417 2093'],
      ['DATE_OF_BIRTH', '04/05/1997'],
      ['PERSON', 'Facundo Irigoyen'],
      ['EMAIL', 'facu.irigoyen@hotmail.com.ar'],
      ['PHONE', '+54 9 11 4471-2930'],
      ['DATE_OF_BIRTH', '17/11/1990'],
    ],
  },
  {
    name: 'Typeform Responses API call with a personal token and a form definition excerpt: field refs, logic jumps and hidden fields, no answers',
    text: `curl "https://api.typeform.com/forms/Xq7Lm2Vt/responses?page_size=25&since=2024-03-01T00:00:00Z" -H "Authorization: Bearer ${typeformToken}"
→ {"total_items":0,"page_count":0,"items":[]}

Form definition:
fields: [{ ref: "first_name", type: "short_text" }, { ref: "dob", type: "date", properties: { structure: "DDMMYYYY", separator: "/" } }, { ref: "phone", type: "phone_number", properties: { default_country_code: "ES" } }]
hidden: ["utm_source", "utm_campaign"]   logic: jump from "dob" to "thanks" if age < 18`,
    expected: [['SECRET', typeformToken]],
  },
  {
    name: 'Jotform API submissions response (Hebrew): a fullName answer with first, last and prettyFormat, birth date, phone, e-mail and the submitter IP, API key in the URL',
    text: `GET https://eu-api.jotform.com/form/240734418829061/submissions?apiKey=${jotformKey}&limit=1

{"responseCode":200,"content":[{"id":"5841209318420934471","form_id":"240734418829061","ip":"85.130.214.77","created_at":"2024-03-14 09:41:22","status":"ACTIVE","answers":{
 "3":{"name":"fullName","text":"שם מלא","type":"control_fullname","answer":{"first":"נועה","last":"בן-דוד"},"prettyFormat":"נועה בן-דוד"},
 "4":{"name":"birthDate","text":"תאריך לידה","type":"control_birthdate","answer":{"month":"06","day":"11","year":"1995"},"prettyFormat":"11-06-1995"},
 "5":{"name":"phoneNumber","text":"טלפון","type":"control_phone","answer":{"full":"054-771-2093"},"prettyFormat":"054-771-2093"},
 "6":{"name":"email","text":"דוא\\"ל","type":"control_email","answer":"noa.bendavid@walla.co.il"}}}]}`,
    // The birth date's parts as separate month/day/year values are not a written date; its prettyFormat is.
    expected: [
      ['IP_ADDRESS', '85.130.214.77'],
      ['PERSON', 'נועה'],
      ['PERSON', 'בן-דוד'],
      ['PERSON', 'נועה בן-דוד'],
      ['DATE_OF_BIRTH', '11-06-1995'],
      ['PHONE', '054-771-2093'],
      ['PHONE', '054-771-2093'],
      ['EMAIL', 'noa.bendavid@walla.co.il'],
      ['SECRET', jotformKey],
    ],
  },
  {
    name: 'Jotform to Google Sheets integration tab (English, UK): Submission Date, Name, Date of Birth in words, Mobile, Emergency contact and a Submission IP',
    text: `Submission Date\tName\tDate of Birth\tMobile Number\tEmergency Contact\tEmergency Phone\tSubmission IP\tSubmission ID
Mar 13, 2024\tAmara Okonkwo-Reid\tJanuary 9, 2008\t07700 941 286\tChidi Okonkwo\t07412 558 019\t81.174.22.190\t5840013371225599018
Mar 14, 2024\tRory McAllister\tSeptember 30, 2009\t07838 220 417\tFiona McAllister\t01592 447 120\t2a02:c7c:4471:8800:1d2e:9b3f:aa41:7c06\t5841209318420934472`,
    expected: [
      ['PERSON', 'Amara Okonkwo-Reid'],
      ['DATE_OF_BIRTH', 'January 9, 2008'],
      ['PHONE', '07700 941 286'],
      ['PERSON', 'Chidi Okonkwo'],
      ['PHONE', '07412 558 019'],
      ['IP_ADDRESS', '81.174.22.190'],
      ['PERSON', 'Rory McAllister'],
      ['DATE_OF_BIRTH', 'September 30, 2009'],
      ['PHONE', '07838 220 417'],
      ['PERSON', 'Fiona McAllister'],
      ['PHONE', '01592 447 120'],
      ['IP_ADDRESS', '2a02:c7c:4471:8800:1d2e:9b3f:aa41:7c06'],
    ],
  },
  {
    name: 'Google Forms response sheet of a test run (clean): the organiser filled it with placeholder people at example.com, flagged as TEST',
    text: `Timestamp\tFull name\tEmail\tPhone\tDate of birth\tNotes
3/14/2024 9:01:12\tJane Doe\tjane.doe@example.com\t\t1/1/1990\tTEST - delete me
3/14/2024 9:02:40\tJohn Doe\tjohn.doe@example.com\t\t1/1/1990\tTEST - delete me
3/14/2024 9:03:05\tTest User\ttest@example.org\t\t\tTEST`,
    expected: [],
  },
  // ---------------------------------------------------------------- Mail merge and other automations
  {
    name: 'Word mail merge (French): the letter with «Prénom» «Nom» merge fields and its Excel data source with Civilité, date de naissance and adresse',
    text: `Le publipostage saute des lignes, voici la lettre et la source :

«Civilité» «Prénom» «Nom»
«Adresse»
«CP» «Ville»
Objet : votre adhésion née le «Date_naissance»

Civilité;Prénom;Nom;Adresse;CP;Ville;Date_naissance;Courriel
Mme;Solène;Delacroix-Ferrand;14 rue Victor Hugo;69003;Lyon;12/04/1971;solene.delacroix@free.fr
M.;Baptiste;Ndiaye;3 allée des Tilleuls;44000;Nantes;28/08/1966;b.ndiaye@sfr.fr`,
    // A street named after a writer is a street.
    expected: [
      ['PERSON', 'Solène'],
      ['PERSON', 'Delacroix-Ferrand'],
      ['DATE_OF_BIRTH', '12/04/1971'],
      ['EMAIL', 'solene.delacroix@free.fr'],
      ['PERSON', 'Baptiste'],
      ['PERSON', 'Ndiaye'],
      ['DATE_OF_BIRTH', '28/08/1966'],
      ['EMAIL', 'b.ndiaye@sfr.fr'],
    ],
  },
  {
    name: 'Mail-merge templates alone (clean): Word MERGEFIELD codes, Mailchimp *|FNAME|* tags, Liquid {{ first_name }} and a GMass {FirstName} fallback',
    text: `Word (Alt+F9): Dear { MERGEFIELD Title } { MERGEFIELD Last_Name },{ IF { MERGEFIELD Balance } > 0 "your balance is { MERGEFIELD Balance \\# "£#,##0.00" }" "" }
Mailchimp: Hi *|FNAME|*, your order *|ORDER_ID|* ships on *|DATE:d/m/Y|*.
Liquid: Hola {{ first_name | default: "amigo" }}, tu cita es el {{ appointment_at | date: "%d/%m/%Y" }}.
GMass: Hi {FirstName|there}, following up on {Company}.`,
    expected: [],
  },
  {
    name: 'YAMM mail-merge sheet (Portuguese, Portugal): Nome, Email Address and Merge status columns with sent, opened, bounced and unsubscribed rows',
    text: `Porque é que a Joana aparece como BOUNCED?

Nome\tEmail Address\tQuota\tMerge status
Joana Figueiredo Rebelo\tjoana.rebelo@sapo.pt\t25,00 €\tEMAIL_BOUNCED
Rui Pimenta\trui.pimenta@iol.pt\t25,00 €\tEMAIL_OPENED
Associação Recreativa do Bairro\tgeral@arbairro.pt\t120,00 €\tEMAIL_SENT
Marta Sequeira\tmarta.sequeira@gmail.com\t25,00 €\tUNSUBSCRIBED`,
    expected: [
      ['PERSON', 'Joana'],
      ['PERSON', 'Joana Figueiredo Rebelo'],
      ['EMAIL', 'joana.rebelo@sapo.pt'],
      ['PERSON', 'Rui Pimenta'],
      ['EMAIL', 'rui.pimenta@iol.pt'],
      ['EMAIL', 'geral@arbairro.pt'],
      ['PERSON', 'Marta Sequeira'],
      ['EMAIL', 'marta.sequeira@gmail.com'],
    ],
  },
  {
    name: 'Outlook Serienbrief data source from Excel (German): Anrede, Titel, Vorname, Nachname, Straße named after people, PLZ, Ort and Geburtstag',
    text: `Anrede\tTitel\tVorname\tNachname\tStraße\tPLZ\tOrt\tGeburtstag\tE-Mail
Frau\tDr.\tAnnegret\tWohlfahrt\tKonrad-Adenauer-Straße 12\t53113\tBonn\t05.05.1958\ta.wohlfahrt@t-online.de
Herr\t\tMalte\tBrinkschulte\tGoethestraße 7a\t80336\tMünchen\t17.01.1974\tmalte.brinkschulte@posteo.de`,
    expected: [
      ['PERSON', 'Annegret'],
      ['PERSON', 'Wohlfahrt'],
      ['DATE_OF_BIRTH', '05.05.1958'],
      ['EMAIL', 'a.wohlfahrt@t-online.de'],
      ['PERSON', 'Malte'],
      ['PERSON', 'Brinkschulte'],
      ['DATE_OF_BIRTH', '17.01.1974'],
      ['EMAIL', 'malte.brinkschulte@posteo.de'],
    ],
  },
  {
    name: 'Apps Script project settings (script properties) for a Sheets mail-merge add-on: a SendGrid key, the sender address and a sheet range',
    text: `Project Settings → Script Properties
SENDGRID_API_KEY = ${sendgridKey}
FROM_ADDRESS = newsletter@hofladen-kirschgarten.de
FROM_NAME = Hofladen Kirschgarten
DATA_RANGE = Empfänger!A2:F
LAST_RUN = 2024-03-14T07:00:02.118Z`,
    expected: [
      ['SECRET', sendgridKey],
      ['EMAIL', 'newsletter@hofladen-kirschgarten.de'],
    ],
  },
  {
    name: 'Airtable automation script sending an SMS through Twilio: account SID, auth token, the To number from the record and the logged recipient',
    text: `let sid = 'AC7c2e9a41b0d358f61a4c9e27b1d04f3a';
let token = '${twilioAuth}';
let rec = input.config();   // { name: "Ngozi Eze", phone: "+2348034471209", pickup: "Fri 15 Mar 10:00" }
let body = new URLSearchParams({ To: rec.phone, From: '+447480412093', Body: \`Hi \${rec.name}, your pickup is \${rec.pickup}\` });
let r = await fetch(\`https://api.twilio.com/2010-04-01/Accounts/\${sid}/Messages.json\`, { method: 'POST', body, headers: { Authorization: 'Basic ' + btoa(sid + ':' + token) } });
console.log(r.status, rec.name);   // → 401 Ngozi Eze`,
    expected: [
      ['SECRET', twilioAuth],
      ['PERSON', 'Ngozi Eze'],
      ['PHONE', '+2348034471209'],
      ['PHONE', '+447480412093'],
      ['PERSON', 'Ngozi Eze'],
    ],
  },
  {
    name: 'Excel donor sheet (Ireland) with card numbers typed into the Notes column, masked cards from the payment export and a SUMIF total',
    text: `Donor\tAmount\tMethod\tCard (export)\tNotes
Siobhán Ní Bhriain\t€50.00\tCard\t•••• 4417\tpaid by phone, card 4917 6122 0938 4417 exp 09/27
Declan Fitzmaurice\t€25.00\tSEPA\t\tIBAN on file
Caoimhe Gallagher\t€100.00\tCard\t•••• 7167\tcard 5453018827407167 — recurring from April
Total\t=SUMIF(C2:C4,"Card",B2:B4)\t\t\t`,
    expected: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['CREDIT_CARD', '4917 6122 0938 4417'],
      ['PERSON', 'Declan Fitzmaurice'],
      ['PERSON', 'Caoimhe Gallagher'],
      ['CREDIT_CARD', '5453018827407167'],
    ],
  },
  {
    name: 'Make SEPA payout bundle (Spanish and Portuguese freelancers): beneficiary names, IBANs, amounts and a Wise transfer id',
    text: `Iterator → Wise "Create transfer" — bundles 1-2
{"beneficiario":"Lucía Ferrer Campos","iban":"ES0800491500057718840251","importe":"1.240,00","moneda":"EUR","concepto":"Factura 2024-031"}
{"beneficiario":"Tiago Meireles","iban":"PT58003300004537182910505","importe":"860,00","moneda":"EUR","concepto":"Fatura 17/2024"}
Output: transferId 884712093, status incoming_payment_waiting`,
    expected: [
      ['PERSON', 'Lucía Ferrer Campos'],
      ['IBAN', 'ES0800491500057718840251'],
      ['PERSON', 'Tiago Meireles'],
      ['IBAN', 'PT58003300004537182910505'],
    ],
  },
  {
    name: 'Airtable record summary sent to an AI field (Polish): Imię i nazwisko, PESEL (not one of our types), data urodzenia, rachunek as an IBAN',
    text: `Prompt pola AI: "Streść rekord pracownika w 2 zdaniach".
Rekord recT4yU7iO0pL3kJ6:
Imię i nazwisko: Bartosz Zawadzki-Mróz
PESEL: 88041207735
Data urodzenia: 12.04.1988
Rachunek: PL09114020040000320271884410
Stanowisko: magazynier, umowa do 30.06.2024`,
    expected: [
      ['PERSON', 'Bartosz Zawadzki-Mróz'],
      ['DATE_OF_BIRTH', '12.04.1988'],
      ['IBAN', 'PL09114020040000320271884410'],
    ],
  },
  {
    name: 'AppSheet expressions and a security filter (clean): SELECT, LOOKUP, USEREMAIL(), slices and a virtual column with TEXT([Due], "DD/MM/YYYY")',
    text: `Security filter (Clients): IN(USEREMAIL(), [Allowed editors])
Valid_If (Assigned To): SELECT(Staff[Email], AND([Active] = TRUE, [Region] = [_THISROW].[Region]))
Virtual column "Label": CONCATENATE([Client ID], " · ", TEXT([Due], "DD/MM/YYYY"), " · ", LOOKUP([Client ID], "Clients", "Client ID", "Tier"))
Slice "Overdue": AND([Status] <> "Closed", [Due] < TODAY())`,
    expected: [],
  },
  {
    name: 'n8n credentials export (decrypted) for an SMTP account and a Google Sheets OAuth2 credential with a refresh-less access token expiry',
    text: `n8n export:credentials --all --decrypted

[
  { "id": "Qm7Xt2Rz9Kw4Nc8B", "name": "SMTP Praxis", "type": "smtp", "data": { "user": "termine@praxis-lindenhof.de", "password": "${smtpPassword}", "host": "smtp.ionos.de", "port": 465, "secure": true } },
  { "id": "Lx8Mn2Rb5Wc8Yd1F", "name": "Google Sheets account", "type": "googleSheetsOAuth2Api", "data": { "clientId": "518204471209-8fq2m7xl9rt4wb1c3df6gh5sa0ey2ui7.apps.googleusercontent.com", "oauthTokenData": { "expiry_date": 1710412345678, "scope": "https://www.googleapis.com/auth/spreadsheets" } } }
]`,
    expected: [
      ['EMAIL', 'termine@praxis-lindenhof.de'],
      ['SECRET', smtpPassword],
    ],
  },
  {
    name: 'Zapier Email Parser output (Turkish): a booking e-mail parsed into Misafir, Doğum tarihi, Telefon and Oda fields, with the mailbox address',
    text: `Mailbox: rezervasyon.k4x9@robot.zapiermail.com
Parsed output (email #4471):
Misafir: Zeynep Aydoğan Kılıç
Doğum tarihi: 9 Mart 1990
Telefon: +90 533 418 72 09
Oda: Deniz manzaralı çift kişilik
Giriş: 22.03.2024  Çıkış: 25.03.2024
Tutar: 14.250,00 TL`,
    expected: [
      ['EMAIL', 'rezervasyon.k4x9@robot.zapiermail.com'],
      ['PERSON', 'Zeynep Aydoğan Kılıç'],
      ['DATE_OF_BIRTH', '9 Mart 1990'],
      ['PHONE', '+90 533 418 72 09'],
    ],
  },
  {
    name: 'Excel paste of an Italian condominium register: Condòmino, Codice fiscale (not one of our types), Nato il, Cellulare, PEC and millesimi with a SUM row',
    text: `Interno\tCondòmino\tCodice fiscale\tNato il\tCellulare\tPEC\tMillesimi
A1\tGianluca Sperandio\tSPRGLC71M14H501K\t14/08/1971\t347 118 2093\tgianluca.sperandio@pec.it\t112,40
A2\tRosaria De Feo\tDFERSR63A41F839W\t01/01/1963\t+39 333 904 4712\t\t98,75
\t\t\t\t\tTotale\t=SOMMA(G2:G3)`,
    expected: [
      ['PERSON', 'Gianluca Sperandio'],
      ['DATE_OF_BIRTH', '14/08/1971'],
      ['PHONE', '347 118 2093'],
      ['EMAIL', 'gianluca.sperandio@pec.it'],
      ['PERSON', 'Rosaria De Feo'],
      ['DATE_OF_BIRTH', '01/01/1963'],
      ['PHONE', '+39 333 904 4712'],
    ],
  },
];

describeHoldout('privacy hold-out 47 (no-code and spreadsheet tools)', cases);
