import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifty-fourth hand-written hold-out: data cleaning, profiling, matching and comparison work as
 * data teams paste it into the AI helper of a notebook or SQL editor, in English and in the
 * languages of European and Latin American teams (Spanish from Spain, Mexico, Colombia, Chile and
 * Argentina, Portuguese from Brazil and Portugal, French, German, Italian, Dutch, Polish, Czech,
 * Swedish, Danish, Norwegian). Profiling: ydata-profiling JSON and its report pasted as text,
 * `describe(include='all')` with a `top` name, `value_counts()` of family-first names, Great
 * Expectations `partial_unexpected_list` and `unexpected_index_list`, a Soda scan with its
 * configuration and failed rows, `dbt test --store-failures`, PyDeequ row-level results, DataHub,
 * OpenMetadata and Amundsen samples, a dbt schema.yml with `meta: {pii: true}` and examples.
 * Matching and comparison: Splink predictions (`_l`/`_r`) and a comparison explained, dedupe.io
 * clusters and a console labelling session, rapidfuzz and thefuzz scores, Zingg clusters,
 * `df.compare()` with self and other, an outer merge with `_x`/`_y` and `_merge`, datafold
 * data-diff, SCD type-2 rows, Debezium and Maxwell change events, a `git diff` of a seed CSV, SQL
 * EXCEPT and GROUP BY on a national id, identity stitching by IP. Cleaning: phones to E.164 (also
 * with the phonenumbers library), name casing, mojibake and ASCII folding, whitespace, e-mail
 * validation and domain-typo fixes, libpostal and DAWA address washing, birth dates parsed from
 * day-first text, French month names and yyyymmdd integers, a codice fiscale decoded, regex
 * extraction with `str.extract`, an OpenRefine cluster, a survivorship golden record, IBAN, card
 * and SSN normalisation, a connection URL and an API key in a validation loop. 13 of its 68 cases
 * are clean hard negatives: profiling statistics only, regex and validation-rule configs (Great
 * Expectations, Soda), masked samples, SHA-256 and Bloom-filter linkage keys, placeholder people
 * on reserved example domains, values rejected by validation (a card failing Luhn, IBANs failing
 * mod 97, SSNs in areas 000, 666 and 9xx), a PII catalog of column names, comparison vectors and
 * blocking rules, e-mail domain counts, match-quality figures with a run UUID, national and
 * company ids (CPF, CNPJ, RUT, CUIT, NIF, CIF), and streets and a hospital named after people.
 *
 * Conventions as in hold-outs 50 to 52 and the README: first and last name in separate fields or
 * columns (also `_l`/`_r`, `_x`/`_y`, self/other, a diff tuple of named columns) are separate
 * spans, a full name in one cell is one span, also upper-case, lower-case, mojibake, ASCII-folded
 * or with a doubled inner space (the span is the cell's text as written, without the repr's stray
 * outer spaces); family-first names with a comma are one span (a trailing initial included), and so
 * is a family-first name without one in a single cell; `Ma.` is part of the given name; an
 * initialled `J. Svoboda` counts where the person is named in full, and so does a given name alone
 * (`Nadia`, `Florencia`); streets, a boulevard, a hospital named after people are no people, nor
 * placeholder people on a fixture with reserved domains; birth dates count under a birth-date label
 * or column in any of these languages or in a question about one, both before and after a parsing
 * fix, as written (`5/7/72`, `12 mars 1979`, `14. 3. 1982`, `19870315`); a value rejected as
 * malformed (`marco.bianchi@`, a card failing Luhn, an IBAN failing mod 97, SSN areas 000, 666 and
 * 9xx) is no finding, but a well-formed address with a typo in its domain is an address; national
 * ids (PESEL, personnummer, CPF, NIF, DNI, RUT, CUIT, codice fiscale), company and VAT ids, domestic
 * account numbers, card BINs and last four, hashes and UUIDs are none of our types; role mailboxes
 * on real domains are e-mail addresses; private-range hosts count, loopback does not, and a port is
 * outside an address's span; a password in a connection URL or config is a secret, and so are
 * bearer tokens and an API key, without their key names. Values are fake: Luhn-valid made-up cards,
 * IBANs with valid mod-97 check digits at their countries' lengths (the Spanish, French, Italian
 * and Norwegian ones with their national check digits too), SSNs in valid areas, made-up names,
 * numbers and keys (the keys assembled with `joinParts`).
 *
 * Written blind (labelled before the engine was run on it). When written, 47 of the 68 cases
 * passed; the 21 others carry a gap. No first-run failure was a mistake in the test: each was
 * checked against the conventions and the computed values, and all 21 are the engine's. Misses:
 * names in columnar layouts whose headers sit apart from the values (`_l`/`_r` suffixes, self and
 * other sub-headers, an OpenMetadata rows array, a diff tuple, a CSV header in a git hunk line),
 * upper- and lower-case and ASCII-spelled name variants, a family-first name with an initial,
 * names after Danish and Norwegian words (`kunde`, `kontoinnehaver`), and birth dates under Danish,
 * French, Czech, Dutch and Italian labels or in the shapes `5/7/72` and `19870315`. Over-reach: an
 * e-mail span that runs back across a line break, placeholder people on reserved domains, column
 * names of a PII catalog taken for names, and a street named after a person.
 */

const k = joinParts;
const sodaPassword = k('Wq4tRz', '-8vNm2Lp');
const datahubToken = k(
  'eyJhbGciOiJIUzI1NiJ9',
  '.',
  'eyJhY3RvclR5cGUiOiJVU0VSIiwiYWN0b3JJZCI6ImFuYWx5dGlrLmR3aCIsInR5cGUiOiJQRVJTT05BTCIsInZlcnNpb24iOiIyIiwiZXhwIjoxNzY3MjI1NjAwfQ',
  '.',
  'Xk3vR9qLm2TzW7pC4nB8yH1sDf6GjKa0uE5oQiZrV2w',
);
const openMetadataToken = k(
  'eyJraWQiOiJHYjM4OW',
  '.',
  'eyJzdWIiOiJpbmdlc3Rpb24tYm90IiwiaXNCb3QiOnRydWV9',
  '.',
  'p7Lq2Vx9Rt4Mz8Wn3Kc6Hb1Ys5Fd0Ge',
);
const diffPassword = k('Tq8vLm', '_42zRx9');
const cleaningPassword = k('Hz3pWq', '7_rVn5Kt');
const zeroBounceKey = k('7c1e9a4f', '2b8d4e60', '93f1a7c2', '5e8b0d14');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- A. profiling and catalogs
  {
    name: 'ydata-profiling JSON (Mexican customers): value_counts_without_nan of an e-mail column, a role mailbox among them, and of a phone column',
    text: `{"variables":{"correo":{"type":"Text","n_distinct":48213,"p_distinct":0.9871,"is_unique":false,"n_missing":212,"p_missing":0.0043,"value_counts_without_nan":{"ventas@distribuidoraelsol.com.mx":14,"rocio.valdivia@gmail.com":3,"hector.zamudio@prodigy.net.mx":2}},"telefono":{"type":"Text","n_distinct":47110,"value_counts_without_nan":{"+52 55 4187 2093":4,"+52 33 1928 4470":2}}}}`,
    expected: [
      ['EMAIL', 'ventas@distribuidoraelsol.com.mx'],
      ['EMAIL', 'rocio.valdivia@gmail.com'],
      ['EMAIL', 'hector.zamudio@prodigy.net.mx'],
      ['PHONE', '+52 55 4187 2093'],
      ['PHONE', '+52 33 1928 4470'],
    ],
  },
  {
    name: 'ydata-profiling HTML report pasted as text (Brazil): Common values of nome_completo, one name asked about again in Portuguese',
    text: `nome_completo
Text
Distinct	91.204
Distinct (%)	97.3%
Missing	0
Missing (%)	0.0%
Common values
Value	Count	Frequency (%)
Ana Beatriz Gonçalves	7	< 0.1%
Thiago Nascimento Prado	5	< 0.1%
Other values (91202)	93.698	> 99.9%

Pergunta: por que "Ana Beatriz Gonçalves" aparece 7 vezes? São duplicatas ou homônimas?`,
    expected: [
      ['PERSON', 'Ana Beatriz Gonçalves'],
      ['PERSON', 'Thiago Nascimento Prado'],
      ['PERSON', 'Ana Beatriz Gonçalves'],
    ],
  },
  {
    name: "df.describe(include='all') of a French customer table: top values of nom_complet and email",
    text: `>>> clients.describe(include='all')
          nom_complet                email    ville           age
count           18402                18377    18402  18402.000000
unique          17911                18360     2841           NaN
top     Camille Fontaine  c.lefort@orange.fr     Lyon           NaN
freq                4                    3      901           NaN
mean              NaN                  NaN      NaN     41.273015
std               NaN                  NaN      NaN     14.118620

Pourquoi "top" n'est pas le nom le plus fréquent attendu ?`,
    expected: [
      ['PERSON', 'Camille Fontaine'],
      ['EMAIL', 'c.lefort@orange.fr'],
    ],
  },
  {
    name: 'pandas value_counts() of an Italian cognome_nome column: family-first names with a comma',
    text: `In [12]: df["cognome_nome"].value_counts().head(4)
Out[12]:
cognome_nome
Esposito, Giuseppe     6
Russo, Maria Grazia    4
Colombo, Davide        4
Ferrari, Chiara        3
Name: count, dtype: int64

Sono duplicati veri o omonimi? Come controllo con la data di nascita?`,
    expected: [
      ['PERSON', 'Esposito, Giuseppe'],
      ['PERSON', 'Russo, Maria Grazia'],
      ['PERSON', 'Colombo, Davide'],
      ['PERSON', 'Ferrari, Chiara'],
    ],
  },
  {
    name: 'Great Expectations validation result (France): partial_unexpected_list of phone numbers not in E.164',
    text: `{"expectation_config":{"expectation_type":"expect_column_values_to_match_regex","kwargs":{"column":"telephone","regex":"^[+]33[1-9][0-9]{8}$"}},"result":{"element_count":52310,"unexpected_count":3,"unexpected_percent":0.0057,"partial_unexpected_list":["06 48 27 19 53","+33 (0)7 81 40 62 19","0033 1 45 82 37 06"]},"success":false}
Comment corriger ces trois numéros pour qu'ils passent ?`,
    expected: [
      ['PHONE', '06 48 27 19 53'],
      ['PHONE', '+33 (0)7 81 40 62 19'],
      ['PHONE', '0033 1 45 82 37 06'],
    ],
  },
  {
    name: 'Great Expectations unexpected_index_list (Germany): duplicate e-mails keyed by kunden_id, a shop mailbox among them',
    text: `"expectation_type": "expect_column_values_to_be_unique",
"result": {
  "element_count": 120488,
  "unexpected_count": 3,
  "unexpected_index_column_names": ["kunden_id"],
  "unexpected_index_list": [
    {"kunden_id": 88412, "email": "j.brandstaetter@web.de"},
    {"kunden_id": 90127, "email": "j.brandstaetter@web.de"},
    {"kunden_id": 90355, "email": "info@baeckerei-holzner.de"}
  ]
}
Warum meldet GX drei Zeilen, wenn nur eine Adresse doppelt ist?`,
    expected: [
      ['EMAIL', 'j.brandstaetter@web.de'],
      ['EMAIL', 'j.brandstaetter@web.de'],
      ['EMAIL', 'info@baeckerei-holzner.de'],
    ],
  },
  {
    name: 'Soda Core scan (Netherlands): configuration.yml with a host and password, a failed duplicate_count check with its failed rows sample',
    text: `# configuration.yml
data_source dwh_prod:
  type: postgres
  host: 10.30.1.12
  port: "5432"
  username: soda_ro
  password: ${sodaPassword}
  database: dwh

$ soda scan -d dwh_prod -c configuration.yml checks/klanten.yml
Soda Core 3.3.5
Scan summary:
1/3 checks FAILED:
    klanten in dwh_prod
      duplicate_count(email) = 0 [FAILED]
        check_value: 2
      Failed rows sample:
        email                         | aantal
        s.vandenbroek@ziggo.nl        | 2
        thijs.oosterhuis@kpnmail.nl   | 2
Oops! 1 failure. 0 warnings. 0 errors. 2 pass.

Hoe vind ik welke klant_id's bij deze dubbele e-mails horen?`,
    expected: [
      ['IP_ADDRESS', '10.30.1.12'],
      ['SECRET', sodaPassword],
      ['EMAIL', 's.vandenbroek@ziggo.nl'],
      ['EMAIL', 'thijs.oosterhuis@kpnmail.nl'],
    ],
  },
  {
    name: 'dbt test --store-failures (Poland): the failing not_null row with imie, an empty nazwisko, a PESEL, e-mail and phone',
    text: `$ dbt test --select stg_klienci --store-failures
14:02:11  Failure in test not_null_stg_klienci_nazwisko (models/staging/schema.yml)
14:02:11    Got 1 result, configured to fail if != 0
14:02:11    compiled code at target/compiled/hurtownia/models/staging/schema.yml/not_null_stg_klienci_nazwisko.sql

=> select * from dbt_test__audit.not_null_stg_klienci_nazwisko;
 id_klienta | imie  | nazwisko | pesel       | email                  | telefon
------------+-------+----------+-------------+------------------------+-----------------
      30418 | Zofia |          | 87031204586 | zofia.m1987@interia.pl | +48 601 284 397

Skąd może brać się pusty nazwisko w stagingu?`,
    expected: [
      ['PERSON', 'Zofia'],
      ['EMAIL', 'zofia.m1987@interia.pl'],
      ['PHONE', '+48 601 284 397'],
    ],
  },
  {
    name: 'DataHub GraphQL (Czech e-shop): a bearer token, a field description with an example e-mail, profile sampleValues of names and phones',
    text: `curl -s https://datahub.intern.eshop.cz/api/graphql -H "Authorization: Bearer ${datahubToken}" -d @dotaz.json
{"data":{"dataset":{"urn":"urn:li:dataset:(urn:li:dataPlatform:postgres,eshop.public.zakaznici,PROD)","schemaMetadata":{"fields":[{"fieldPath":"jmeno_prijmeni","description":"Celé jméno zákazníka","nativeDataType":"varchar(120)"},{"fieldPath":"email","description":"E-mail zákazníka, např. tereza.dvorakova@seznam.cz","nativeDataType":"varchar(254)"}]},"datasetProfiles":[{"rowCount":40388,"fieldProfiles":[{"fieldPath":"jmeno_prijmeni","uniqueCount":40211,"sampleValues":["Ondřej Procházka","Tereza Dvořáková","Lukáš Kratochvíl"]},{"fieldPath":"telefon","uniqueCount":39870,"sampleValues":["+420 603 218 947","+420 777 401 286"]}]}]}}}`,
    expected: [
      ['SECRET', datahubToken],
      ['EMAIL', 'tereza.dvorakova@seznam.cz'],
      ['PERSON', 'Ondřej Procházka'],
      ['PERSON', 'Tereza Dvořáková'],
      ['PERSON', 'Lukáš Kratochvíl'],
      ['PHONE', '+420 603 218 947'],
      ['PHONE', '+420 777 401 286'],
    ],
  },
  {
    name: 'OpenMetadata sampleData API (Sweden): a bot token, a private host with port, rows with fornamn, efternamn, fodelsedatum and mobil',
    text: `curl -s -H "Authorization: Bearer ${openMetadataToken}" http://10.8.3.21:8585/api/v1/tables/7f3c21e0-4a9b-4d2e-9c81-5b0e6f2a7d43/sampleData
{"columns":["kund_id","fornamn","efternamn","fodelsedatum","mobil"],"rows":[[10482,"Astrid","Lindqvist-Berg","1979-11-03","+46 73 918 24 06"],[10483,"Johan","Sjöberg","1991-06-27","070-284 19 37"]]}`,
    expected: [
      ['SECRET', openMetadataToken],
      ['IP_ADDRESS', '10.8.3.21'],
      ['PERSON', 'Astrid'],
      ['PERSON', 'Lindqvist-Berg'],
      ['DATE_OF_BIRTH', '1979-11-03'],
      ['PHONE', '+46 73 918 24 06'],
      ['PERSON', 'Johan'],
      ['PERSON', 'Sjöberg'],
      ['DATE_OF_BIRTH', '1991-06-27'],
      ['PHONE', '070-284 19 37'],
    ],
  },
  {
    name: 'dbt schema.yml with meta pii (Denmark): a model description naming a customer, an example name in meta, a birth-date and a phone example',
    text: `models:
  - name: dim_kunde
    description: "Én række pr. kunde. Eksempel: kunde 41827 er Mette Kjærgaard, mette.kjaergaard@mail.dk."
    columns:
      - name: kunde_id
        tests: [unique, not_null]
      - name: fulde_navn
        meta: {pii: true, eksempel: "Rasmus Bech Holm"}
      - name: foedselsdato
        description: "Fødselsdato som DATE, fx 1984-02-17"
        meta: {pii: true}
      - name: telefon
        description: "E.164, fx +45 28 41 73 09"
        meta: {pii: true}`,
    expected: [
      ['PERSON', 'Mette Kjærgaard'],
      ['EMAIL', 'mette.kjaergaard@mail.dk'],
      ['PERSON', 'Rasmus Bech Holm'],
      ['DATE_OF_BIRTH', '1984-02-17'],
      ['PHONE', '+45 28 41 73 09'],
    ],
  },
  {
    name: 'pandas-profiling Sample section (Italy): first rows with nome, cognome, data_di_nascita and email',
    text: `Sample — First rows
   id  nome      cognome     data_di_nascita  comune   email
0   1  Lorenzo   Marchetti   1988-09-14       Bologna  lorenzo.marchetti@libero.it
1   2  Giulia    De Santis   1995-01-30       Bari     giulia.desantis@tiscali.it`,
    expected: [
      ['PERSON', 'Lorenzo'],
      ['PERSON', 'Marchetti'],
      ['DATE_OF_BIRTH', '1988-09-14'],
      ['EMAIL', 'lorenzo.marchetti@libero.it'],
      ['PERSON', 'Giulia'],
      ['PERSON', 'De Santis'],
      ['DATE_OF_BIRTH', '1995-01-30'],
      ['EMAIL', 'giulia.desantis@tiscali.it'],
    ],
  },
  {
    name: 'Amundsen table preview (Norway): navn, kontonummer as a grouped IBAN, fodselsdato with dots, mobil',
    text: `{"preview_data":{"columns":[{"column_name":"navn"},{"column_name":"konto"},{"column_name":"fodselsdato"},{"column_name":"mobil"}],"data":[{"navn":"Sigrid Aasland","konto":"NO80 1503 4182 733","fodselsdato":"12.05.1983","mobil":"+47 924 18 305"},{"navn":"Eirik Tveit","konto":null,"fodselsdato":"30.10.1977","mobil":"413 82 960"}]},"error_text":""}`,
    expected: [
      ['PERSON', 'Sigrid Aasland'],
      ['IBAN', 'NO80 1503 4182 733'],
      ['DATE_OF_BIRTH', '12.05.1983'],
      ['PHONE', '+47 924 18 305'],
      ['PERSON', 'Eirik Tveit'],
      ['DATE_OF_BIRTH', '30.10.1977'],
      ['PHONE', '413 82 960'],
    ],
  },
  {
    name: 'PyDeequ row-level results (Spain): rows failing a completeness check on dni with nombre, email and a Spanish IBAN',
    text: `+----------+---------------------------+----------------------------+------------------------+----+-------------------+
|cliente_id|nombre                     |email                       |iban                    |dni |Completeness(dni)  |
+----------+---------------------------+----------------------------+------------------------+----+-------------------+
|20418     |Nerea Olaizola Etxeberria  |nerea.olaizola@euskaltel.net|ES8120854127950618273945|null|false              |
|20431     |Iñaki Garmendia            |igarmendia@telefonica.net   |null                    |null|false              |
+----------+---------------------------+----------------------------+------------------------+----+-------------------+
¿Por qué solo fallan clientes dados de alta por la oficina de Donostia?`,
    expected: [
      ['PERSON', 'Nerea Olaizola Etxeberria'],
      ['EMAIL', 'nerea.olaizola@euskaltel.net'],
      ['IBAN', 'ES8120854127950618273945'],
      ['PERSON', 'Iñaki Garmendia'],
      ['EMAIL', 'igarmendia@telefonica.net'],
    ],
  },

  // ---------------------------------------------------------------- B. matching and comparison
  {
    name: 'Splink predict() output (UK): first_name, surname, dob and email with _l and _r suffixes, two candidate pairs',
    text: `>>> df_predict.as_pandas_dataframe(limit=2)
   match_weight  match_probability  unique_id_l  unique_id_r first_name_l first_name_r surname_l surname_r       dob_l       dob_r                       email_l               email_r
0     14.821930           0.999966         1043         8812      Siobhan      Siobhán  O'Reilly  O'Reilly  1986-03-12  1986-03-12     siobhan.oreilly@gmail.com  s.oreilly@outlook.ie
1      6.117204           0.985603         2290         7104       Callum        Calum    Fraser    Frazer  1979-10-04  1979-04-10  callum.fraser@btinternet.com                  None
Pair 1 has the day and month swapped in the dob. Should I add a comparison level for that?`,
    expected: [
      ['PERSON', 'Siobhan'],
      ['PERSON', 'Siobhán'],
      ['PERSON', "O'Reilly"],
      ['PERSON', "O'Reilly"],
      ['DATE_OF_BIRTH', '1986-03-12'],
      ['DATE_OF_BIRTH', '1986-03-12'],
      ['EMAIL', 'siobhan.oreilly@gmail.com'],
      ['EMAIL', 's.oreilly@outlook.ie'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Calum'],
      ['PERSON', 'Fraser'],
      ['PERSON', 'Frazer'],
      ['DATE_OF_BIRTH', '1979-10-04'],
      ['DATE_OF_BIRTH', '1979-04-10'],
      ['EMAIL', 'callum.fraser@btinternet.com'],
    ],
  },
  {
    name: 'dedupe.io clustered CSV (Mexico): Ma. as short for María, streets named after Benito Juárez and Miguel Hidalgo, phones in three shapes',
    text: `Cluster ID,confidence,nombre,domicilio,telefono
0,0.982,María Guadalupe Hernández Ríos,"Av. Benito Juárez 118, Puebla",222 418 3091
0,0.982,Ma. Guadalupe Hernandez Rios,"Avenida Benito Juarez 118, Puebla",(222) 418-3091
1,0.874,Jorge Alberto Treviño,"Calle Miguel Hidalgo 45, Monterrey",+52 81 2037 4418`,
    expected: [
      ['PERSON', 'María Guadalupe Hernández Ríos'],
      ['PHONE', '222 418 3091'],
      ['PERSON', 'Ma. Guadalupe Hernandez Rios'],
      ['PHONE', '(222) 418-3091'],
      ['PERSON', 'Jorge Alberto Treviño'],
      ['PHONE', '+52 81 2037 4418'],
    ],
  },
  {
    name: 'rapidfuzz process.extract (Portugal): a query name and three scored candidates; a NIF in the question',
    text: `>>> process.extract("Joaquim Mendes Carvalho", nomes, scorer=fuzz.token_sort_ratio, limit=3)
[('Joaquim Carvalho Mendes', 100.0, 4182), ('Joaquina Mendes Carvalho', 97.9, 611), ('Joaquim M. Carvalho', 85.7, 9120)]
O segundo é a mesma pessoa? Temos o NIF 218374659 dos dois registos.`,
    expected: [
      ['PERSON', 'Joaquim Mendes Carvalho'],
      ['PERSON', 'Joaquim Carvalho Mendes'],
      ['PERSON', 'Joaquina Mendes Carvalho'],
      ['PERSON', 'Joaquim M. Carvalho'],
    ],
  },
  {
    name: 'pandas df.compare() (Germany): self and other for nachname, email and telefon',
    text: `>>> alt.compare(neu)
      nachname                               email                                telefon
          self          other                 self                other           self            other
17    Schröder  Schröder-Kaya   l.schroeder@gmx.de  lena.kaya@posteo.de            NaN              NaN
42         NaN            NaN                  NaN                  NaN   0171 2948360  +49 171 2948360
Zeile 17: Heirat oder Datenfehler? Wie markiere ich das im SCD?`,
    expected: [
      ['PERSON', 'Schröder'],
      ['PERSON', 'Schröder-Kaya'],
      ['EMAIL', 'l.schroeder@gmx.de'],
      ['EMAIL', 'lena.kaya@posteo.de'],
      ['PHONE', '0171 2948360'],
      ['PHONE', '+49 171 2948360'],
    ],
  },
  {
    name: 'pandas outer merge with indicator (France): nom_x, email_x, nom_y, email_y, iban_y and _merge',
    text: `>>> m = crm.merge(facturation, on="client_id", how="outer", indicator=True)
>>> m[m["_merge"] != "both"].head()
   client_id           nom_x                 email_x           nom_y                email_y                       iban_y      _merge
0      70213  Aurélie Dumont  aurelie.dumont@free.fr             NaN                    NaN                          NaN   left_only
1      70988             NaN                     NaN  Benoît Garnier  b.garnier@laposte.net  FR7630004028370001827463980  right_only`,
    expected: [
      ['PERSON', 'Aurélie Dumont'],
      ['EMAIL', 'aurelie.dumont@free.fr'],
      ['PERSON', 'Benoît Garnier'],
      ['EMAIL', 'b.garnier@laposte.net'],
      ['IBAN', 'FR7630004028370001827463980'],
    ],
  },
  {
    name: 'datafold data-diff (Poland): a password in the source URL, a private host, - and + tuples of nazwisko, email and telefon',
    text: `$ data-diff postgresql://analityk:${diffPassword}@10.14.2.7:5432/crm public.klienci "snowflake://analityk@acme-eu/DWH/PUBLIC?warehouse=WH_XS" KLIENCI -k id_klienta -c nazwisko -c email -c telefon
- ('40182', 'Wiśniewska', 'k.wisniewska@onet.pl', '+48 512 840 377')
+ ('40182', 'Wiśniewska-Nowak', 'k.wisniewska@onet.pl', '+48 512 840 377')
- ('40577', 'Zieliński', 'pawel.zielinski@o2.pl', '601 937 284')
Czy brak wiersza 40577 w Snowflake to problem z CDC?`,
    expected: [
      ['SECRET', diffPassword],
      ['IP_ADDRESS', '10.14.2.7'],
      ['PERSON', 'Wiśniewska'],
      ['EMAIL', 'k.wisniewska@onet.pl'],
      ['PHONE', '+48 512 840 377'],
      ['PERSON', 'Wiśniewska-Nowak'],
      ['EMAIL', 'k.wisniewska@onet.pl'],
      ['PHONE', '+48 512 840 377'],
      ['PERSON', 'Zieliński'],
      ['EMAIL', 'pawel.zielinski@o2.pl'],
      ['PHONE', '601 937 284'],
    ],
  },
  {
    name: 'SCD type-2 history rows (Netherlands): one customer over two versions, streets named after Hobbema and Willem de Zwijger',
    text: `klant_sk | klant_id | naam            | straat                    | telefoon       | geldig_van | geldig_tot | is_actueel
---------+----------+-----------------+---------------------------+----------------+------------+------------+-----------
   88101 |    30417 | Femke Verhoeven | Hobbemastraat 14          | 06-41829375    | 2019-03-01 | 2023-08-14 | false
  120447 |    30417 | Femke Verhoeven | Willem de Zwijgerlaan 201 | +31 6 41829375 | 2023-08-15 | 9999-12-31 | true`,
    expected: [
      ['PERSON', 'Femke Verhoeven'],
      ['PHONE', '06-41829375'],
      ['PERSON', 'Femke Verhoeven'],
      ['PHONE', '+31 6 41829375'],
    ],
  },
  {
    name: 'Debezium change event (Italy): before and after images with nome, cognome, email and IBAN',
    text: `{"payload":{"before":{"id":2087,"nome":"Federica","cognome":"Galli","email":"federica.galli@alice.it","iban":"IT96K0306911205000041827365"},"after":{"id":2087,"nome":"Federica","cognome":"Galli","email":"f.galli@pec.it","iban":"IT96K0306911205000041827365"},"source":{"connector":"postgresql","db":"anagrafica","table":"clienti","lsn":48210394},"op":"u","ts_ms":1731488120441}}`,
    expected: [
      ['PERSON', 'Federica'],
      ['PERSON', 'Galli'],
      ['EMAIL', 'federica.galli@alice.it'],
      ['IBAN', 'IT96K0306911205000041827365'],
      ['PERSON', 'Federica'],
      ['PERSON', 'Galli'],
      ['EMAIL', 'f.galli@pec.it'],
      ['IBAN', 'IT96K0306911205000041827365'],
    ],
  },
  {
    name: 'git diff of a dbt seed CSV (Sweden): fornamn, efternamn, personnummer and epost, one row changed',
    text: `diff --git a/seeds/kunder.csv b/seeds/kunder.csv
index 3f1a9c2..8b04e71 100644
--- a/seeds/kunder.csv
+++ b/seeds/kunder.csv
@@ -12,3 +12,3 @@ kund_id,fornamn,efternamn,personnummer,epost
 1011,Maja,Holmberg,19880412-2384,maja.holmberg@telia.com
-1012,Oskar,Lundgren,19750930-1157,oskar.l@bredband.net
+1012,Oskar,Lundgren,19750930-1157,oskar.lundgren@outlook.se
 1013,Elin,Bergqvist,19930118-4420,elin.bergqvist@gmail.com`,
    expected: [
      ['PERSON', 'Maja'],
      ['PERSON', 'Holmberg'],
      ['EMAIL', 'maja.holmberg@telia.com'],
      ['PERSON', 'Oskar'],
      ['PERSON', 'Lundgren'],
      ['EMAIL', 'oskar.l@bredband.net'],
      ['PERSON', 'Oskar'],
      ['PERSON', 'Lundgren'],
      ['EMAIL', 'oskar.lundgren@outlook.se'],
      ['PERSON', 'Elin'],
      ['PERSON', 'Bergqvist'],
      ['EMAIL', 'elin.bergqvist@gmail.com'],
    ],
  },
  {
    name: 'SQL EXCEPT between CRM and warehouse (Denmark): navn, email and telefon rows missing downstream',
    text: `SELECT navn, email, telefon FROM crm.kunder
EXCEPT
SELECT navn, email, telefon FROM dwh.dim_kunde;

 navn                      | email                     | telefon
---------------------------+---------------------------+-----------------
 Frederikke Dahl Mortensen | frederikke.dm@hotmail.dk  | +45 31 82 40 67
 Anders Kjeldsen           | anders@kjeldsen-vvs.dk    | 40 19 28 37
(2 rækker)`,
    expected: [
      ['PERSON', 'Frederikke Dahl Mortensen'],
      ['EMAIL', 'frederikke.dm@hotmail.dk'],
      ['PHONE', '+45 31 82 40 67'],
      ['PERSON', 'Anders Kjeldsen'],
      ['EMAIL', 'anders@kjeldsen-vvs.dk'],
      ['PHONE', '40 19 28 37'],
    ],
  },
  {
    name: 'Splink comparison explained in Norwegian: fornavn, etternavn and fødselsdato values with Bayes factors',
    text: `Sammenligning for par (id_l=3318, id_r=9024):
  fornavn:     "Håkon" vs "Haakon"          Jaro-Winkler 0.93, bf 12.4
  etternavn:   "Bjørnstad" vs "Bjornstad"   Jaro-Winkler 0.97, bf 41.0
  fødselsdato: "1990-07-21" vs "1990-07-21" eksakt, bf 210.5
  postnummer:  "0562" vs "0562"             eksakt, bf 88.0
Sluttvekt 18.2, sannsynlighet 0.9999. Er terskelen 0.95 for lav?`,
    expected: [
      ['PERSON', 'Håkon'],
      ['PERSON', 'Haakon'],
      ['PERSON', 'Bjørnstad'],
      ['PERSON', 'Bjornstad'],
      ['DATE_OF_BIRTH', '1990-07-21'],
      ['DATE_OF_BIRTH', '1990-07-21'],
    ],
  },
  {
    name: 'dedupe console labelling session (Czech): two records with jmeno, email and telefon',
    text: `jmeno : Kateřina Novotná
email : katerina.novotna@centrum.cz
telefon : 731 482 096

jmeno : Katerina Novotna
email : k.novotna@email.cz
telefon : +420 731 482 096

0/10 positive, 0/10 negative
Do these records refer to the same thing?
(y)es / (n)o / (u)nsure / (f)inished`,
    expected: [
      ['PERSON', 'Kateřina Novotná'],
      ['EMAIL', 'katerina.novotna@centrum.cz'],
      ['PHONE', '731 482 096'],
      ['PERSON', 'Katerina Novotna'],
      ['EMAIL', 'k.novotna@email.cz'],
      ['PHONE', '+420 731 482 096'],
    ],
  },
  {
    name: 'thefuzz extractOne against a register (Argentina): full names against family-first forms with an initial; a mobile in the question',
    text: `>>> [(c, *process.extractOne(c, padron)[:2]) for c in clientes]
[('Florencia Belén Acosta', 'Acosta, Florencia B.', 86), ('Nicolás Ezequiel Paz', 'Paz, Nicolas E.', 90)]
Florencia dio el celular +54 9 11 4827-3190 en los dos sistemas, ¿lo uso como clave de desempate?`,
    expected: [
      ['PERSON', 'Florencia Belén Acosta'],
      ['PERSON', 'Acosta, Florencia B.'],
      ['PERSON', 'Nicolás Ezequiel Paz'],
      ['PERSON', 'Paz, Nicolas E.'],
      ['PERSON', 'Florencia'],
      ['PHONE', '+54 9 11 4827-3190'],
    ],
  },
  {
    name: 'duplicate CPFs aggregated in SQL (Brazil): names and mobiles joined with a slash; the CPF is no finding',
    text: `SELECT cpf, COUNT(*) AS qtd, STRING_AGG(nome, ' / ') AS nomes, STRING_AGG(celular, ' / ') AS celulares
FROM clientes GROUP BY cpf HAVING COUNT(*) > 1;

 cpf            | qtd | nomes                                             | celulares
----------------+-----+---------------------------------------------------+-------------------------------------
 412.837.190-55 |   2 | Luiz Fernando Almeida / Luís Fernando de Almeida  | (11) 98274-3106 / +55 11 98274-3106`,
    expected: [
      ['PERSON', 'Luiz Fernando Almeida'],
      ['PERSON', 'Luís Fernando de Almeida'],
      ['PHONE', '(11) 98274-3106'],
      ['PHONE', '+55 11 98274-3106'],
    ],
  },
  {
    name: 'Zingg match output (Chile): z_cluster with nombre, apellido, fecha_nac in two formats and email',
    text: `z_cluster | z_minScore | z_maxScore | nombre | apellido   | fecha_nac  | email
----------+------------+------------+--------+------------+------------+--------------------------
12        | 0.91       | 0.98       | Camila | Muñoz Soto | 1994-02-08 | camila.munoz.s@gmail.com
12        | 0.91       | 0.98       | Camila | Munoz      | 08/02/1994 | cmunoz@vtr.net`,
    expected: [
      ['PERSON', 'Camila'],
      ['PERSON', 'Muñoz Soto'],
      ['DATE_OF_BIRTH', '1994-02-08'],
      ['EMAIL', 'camila.munoz.s@gmail.com'],
      ['PERSON', 'Camila'],
      ['PERSON', 'Munoz'],
      ['DATE_OF_BIRTH', '08/02/1994'],
      ['EMAIL', 'cmunoz@vtr.net'],
    ],
  },
  {
    name: 'Maxwell binlog update (Portugal): data and old images with a name and two telemóvel numbers',
    text: `{"database":"loja","table":"clientes","type":"update","ts":1731502214,"xid":88120471,"data":{"id":5521,"nome":"Inês Rebelo","telemovel":"+351 913 482 077","distrito":"Braga"},"old":{"telemovel":"912 004 318"}}`,
    expected: [
      ['PERSON', 'Inês Rebelo'],
      ['PHONE', '+351 913 482 077'],
      ['PHONE', '912 004 318'],
    ],
  },
  {
    name: 'identity stitching report (Brazil): anonymous ids merged to a user by IP and user agent, a loopback address from a health check',
    text: `stitching 2024-11-12: anonymous_id a7f3c91e-2b04-4d7a-8e15-90c2f4b6d318 → user_id 88213 (mariana.teles@uol.com.br)
  motivo: mesmo IP 189.40.122.17 e mesmo user-agent em 3 sessões; segunda sessão de 177.92.8.204 (4G)
  ignorado: 127.0.0.1 (health check)
Isso é suficiente para fundir os perfis ou preciso de login?`,
    expected: [
      ['EMAIL', 'mariana.teles@uol.com.br'],
      ['IP_ADDRESS', '189.40.122.17'],
      ['IP_ADDRESS', '177.92.8.204'],
    ],
  },

  // ---------------------------------------------------------------- C. cleaning
  {
    name: 'phone normalisation to E.164 (Spain): before and after columns, one value rejected',
    text: `   telefono_original   telefono_e164  valido
0      654 81 27 39    +34654812739    True
1  (+34) 91 402 18 63  +34914021863    True
2    0034 699 130 482  +34699130482    True
3             12345            None   False`,
    expected: [
      ['PHONE', '654 81 27 39'],
      ['PHONE', '+34654812739'],
      ['PHONE', '(+34) 91 402 18 63'],
      ['PHONE', '+34914021863'],
      ['PHONE', '0034 699 130 482'],
      ['PHONE', '+34699130482'],
    ],
  },
  {
    name: 'phonenumbers parse and format loop (Brazil): three input shapes of one mobile, each printed in E.164',
    text: `>>> for n in ["(21) 99812-4073", "21998124073", "+55 21 9 9812-4073"]:
...     p = phonenumbers.parse(n, "BR")
...     print(phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164))
+5521998124073
+5521998124073
+5521998124073`,
    expected: [
      ['PHONE', '(21) 99812-4073'],
      ['PHONE', '21998124073'],
      ['PHONE', '+55 21 9 9812-4073'],
      ['PHONE', '+5521998124073'],
      ['PHONE', '+5521998124073'],
      ['PHONE', '+5521998124073'],
    ],
  },
  {
    name: 'name casing fix (Germany): family-first names with a comma before and after, particles and an apostrophe',
    text: `vorher                     | nachher
---------------------------+---------------------------
MÜLLER, hans-peter         | Müller, Hans-Peter
von der heide, ANNEGRET    | von der Heide, Annegret
o'brien, SEAN              | O'Brien, Sean
Die Partikel "von der" sollen klein bleiben. Ist die Regel so korrekt?`,
    expected: [
      ['PERSON', 'MÜLLER, hans-peter'],
      ['PERSON', 'Müller, Hans-Peter'],
      ['PERSON', 'von der heide, ANNEGRET'],
      ['PERSON', 'von der Heide, Annegret'],
      ['PERSON', "o'brien, SEAN"],
      ['PERSON', "O'Brien, Sean"],
    ],
  },
  {
    name: 'accent repair of mojibake names (France): Latin-1 read as UTF-8 before, fixed names after',
    text: `>>> df[["nom_brut", "nom_corrige"]].head(2)
              nom_brut       nom_corrige
0  FranÃ§ois LefÃ¨vre  François Lefèvre
1    HÃ©lÃ¨ne Brissac    Hélène Brissac
ftfy corrige tout, mais faut-il garder la colonne brute ?`,
    expected: [
      ['PERSON', 'FranÃ§ois LefÃ¨vre'],
      ['PERSON', 'François Lefèvre'],
      ['PERSON', 'HÃ©lÃ¨ne Brissac'],
      ['PERSON', 'Hélène Brissac'],
    ],
  },
  {
    name: 'e-mail validation results (Italy): a valid address and its normalised form, two rejected strings that are no addresses',
    text: `email                       esito       motivo
Sara.Conti@Gmail.com        valida      normalizzata: sara.conti@gmail.com
marco.bianchi@              non valida  There must be something after the @-sign.
giulia.rossi.libero.it      non valida  An email address must have an @-sign.
pietro.fabbri@tiscali.it    valida`,
    expected: [
      ['EMAIL', 'Sara.Conti@Gmail.com'],
      ['EMAIL', 'sara.conti@gmail.com'],
      ['EMAIL', 'pietro.fabbri@tiscali.it'],
    ],
  },
  {
    name: 'libpostal parse of a Dutch address (lower-cased output): an attention-line name, a street named after Johan de Witt',
    text: `>>> parse_address("t.a.v. Pieter-Jan de Wit, Johan de Wittlaan 7, 2517 JR Den Haag")
[('t.a.v. pieter-jan de wit', 'house'), ('johan de wittlaan', 'road'), ('7', 'house_number'), ('2517 jr', 'postcode'), ('den haag', 'city')]
Hoe krijg ik de naam uit 'house' in een eigen kolom?`,
    expected: [
      ['PERSON', 'Pieter-Jan de Wit'],
      ['PERSON', 'pieter-jan de wit'],
    ],
  },
  {
    name: 'date-of-birth parsing fix (Spain): fecha_nacimiento_txt with day first, parsed to ISO',
    text: `df["fecha_nacimiento"] = pd.to_datetime(df["fecha_nacimiento_txt"], dayfirst=True, errors="coerce")
  fecha_nacimiento_txt fecha_nacimiento
0           01/02/1990       1990-02-01
1           23-11-1985       1985-11-23
2               5/7/72       1972-07-05
3            sin fecha              NaT`,
    expected: [
      ['DATE_OF_BIRTH', '01/02/1990'],
      ['DATE_OF_BIRTH', '1990-02-01'],
      ['DATE_OF_BIRTH', '23-11-1985'],
      ['DATE_OF_BIRTH', '1985-11-23'],
      ['DATE_OF_BIRTH', '5/7/72'],
      ['DATE_OF_BIRTH', '1972-07-05'],
    ],
  },
  {
    name: 'date_naissance cleaning (France): full names, raw dates in two formats and the parsed ones',
    text: `  id  nom_complet      date_naissance_brute  date_naissance
 118  Nadia Belkacem   03/04/1987            1987-04-03
 119  Yannick Le Goff  12 mars 1979          1979-03-12
Le 03/04/1987 de Nadia est-il le 3 avril ou le 4 mars ? Le fichier source vient de Montréal.`,
    expected: [
      ['PERSON', 'Nadia Belkacem'],
      ['DATE_OF_BIRTH', '03/04/1987'],
      ['DATE_OF_BIRTH', '1987-04-03'],
      ['PERSON', 'Yannick Le Goff'],
      ['DATE_OF_BIRTH', '12 mars 1979'],
      ['DATE_OF_BIRTH', '1979-03-12'],
      ['DATE_OF_BIRTH', '03/04/1987'],
      ['PERSON', 'Nadia'],
    ],
  },
  {
    name: 'pandas str.extract with named groups (Poland): the regex, the free-text notes and the extracted e-mail and phone',
    text: `>>> notatki
0    Klient Marek Kaczmarek prosi o kontakt: m.kaczmarek@gazeta.pl
1    oddzwonić pod +48 698 214 730 po 16:00
>>> notatki.str.extract(r"(?P<email>[\\w.+-]+@[\\w-]+\\.[\\w.]+)|(?P<tel>\\+?48[\\s-]?\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{3})")
                   email              tel
0  m.kaczmarek@gazeta.pl              NaN
1                    NaN  +48 698 214 730`,
    expected: [
      ['PERSON', 'Marek Kaczmarek'],
      ['EMAIL', 'm.kaczmarek@gazeta.pl'],
      ['PHONE', '+48 698 214 730'],
      ['EMAIL', 'm.kaczmarek@gazeta.pl'],
      ['PHONE', '+48 698 214 730'],
    ],
  },
  {
    name: 'OpenRefine fingerprint cluster (Colombia): four variants of one name, upper-case and family-first among them, and the merged value',
    text: `Cluster & edit column "nombre_cliente" — Method: key collision, Keying function: fingerprint
Values in cluster                  Count   Merge?   New cell value
José Luis Ramírez Ospina           14      ✓        José Luis Ramírez Ospina
JOSE LUIS RAMIREZ OSPINA           3
Ramírez Ospina José Luis           1`,
    expected: [
      ['PERSON', 'José Luis Ramírez Ospina'],
      ['PERSON', 'José Luis Ramírez Ospina'],
      ['PERSON', 'JOSE LUIS RAMIREZ OSPINA'],
      ['PERSON', 'Ramírez Ospina José Luis'],
    ],
  },
  {
    name: 'survivorship golden record (Czech): merged sources with an initialled name, two e-mails, two phones and a datum narození',
    text: `survivorship: nejnovější e-mail, nejúplnější telefon
zlatý záznam #55120: Jan Svoboda | jan.svoboda@seznam.cz | +420 602 184 739 | datum narození 14. 3. 1982
  sloučeno z: #40188 (J. Svoboda, svoboda.jan@volny.cz), #51772 (Jan Svoboda, tel. 602 184 739)`,
    expected: [
      ['PERSON', 'Jan Svoboda'],
      ['EMAIL', 'jan.svoboda@seznam.cz'],
      ['PHONE', '+420 602 184 739'],
      ['DATE_OF_BIRTH', '14. 3. 1982'],
      ['PERSON', 'J. Svoboda'],
      ['EMAIL', 'svoboda.jan@volny.cz'],
      ['PERSON', 'Jan Svoboda'],
      ['PHONE', '602 184 739'],
    ],
  },
  {
    name: 'whitespace and casing clean-up (Norway): reprs with stray spaces before, stripped and title-cased after',
    text: `>>> df["navn"].map(repr).head(3).tolist()
["'  Ingrid Haugen '", "'Tor-Erik  Lunde'", "'SOLVEIG rønning'"]
>>> df["navn_renset"].head(3).tolist()
['Ingrid Haugen', 'Tor-Erik Lunde', 'Solveig Rønning']`,
    expected: [
      ['PERSON', 'Ingrid Haugen'],
      ['PERSON', 'Tor-Erik  Lunde'],
      ['PERSON', 'SOLVEIG rønning'],
      ['PERSON', 'Ingrid Haugen'],
      ['PERSON', 'Tor-Erik Lunde'],
      ['PERSON', 'Solveig Rønning'],
    ],
  },
  {
    name: 'IBAN normalisation (France): lower-case and dashed raw values, compact normalised ones, one rejected for its check digits',
    text: `iban_brut                            iban_normalise               valide
fr76 2004 1010 0505 1839 2746 102    FR7620041010050518392746102  True
FR76-3000-4028-3700-0182-7463-980    FR7630004028370001827463980  True
FR76 3000 4028 3700 0182 7463 981    —                            False (clé mod 97)`,
    expected: [
      ['IBAN', 'fr76 2004 1010 0505 1839 2746 102'],
      ['IBAN', 'FR7620041010050518392746102'],
      ['IBAN', 'FR76-3000-4028-3700-0182-7463-980'],
      ['IBAN', 'FR7630004028370001827463980'],
    ],
  },
  {
    name: 'card tokenisation check (Brazil): raw número do cartão before, token, BIN and last four after; a Mastercard and an Elo card',
    text: `antes:  numero_cartao = "5167 4209 3817 2655"  → depois: token = "tok_9f2a71c4e8", bin = "516742", final = "2655"
antes:  numero_cartao = "6363 6801 7382 9455"  → depois: token = "tok_3b80d6e15a", bin = "636368", final = "9455"
O BIN de 6 dígitos ainda é necessário para o antifraude?`,
    expected: [
      ['CREDIT_CARD', '5167 4209 3817 2655'],
      ['CREDIT_CARD', '6363 6801 7382 9455'],
    ],
  },
  {
    name: 'unidecode ASCII folding (Poland): names with Ł, ó, ą and Ż before and after',
    text: `unidecode: 'Łukasz Wróbel' -> 'Lukasz Wrobel'
unidecode: 'Małgorzata Dąbrowska-Żak' -> 'Malgorzata Dabrowska-Zak'
Czy do klucza dopasowania lepiej użyć wersji ASCII?`,
    expected: [
      ['PERSON', 'Łukasz Wróbel'],
      ['PERSON', 'Lukasz Wrobel'],
      ['PERSON', 'Małgorzata Dąbrowska-Żak'],
      ['PERSON', 'Malgorzata Dabrowska-Zak'],
    ],
  },
  {
    name: 'SSN normalisation for US employees (Mexican team, Spanish): raw and dashed SSNs, areas 000 and 666 rejected',
    text: `# normalizar SSN de empleados en EE. UU.
ssn_crudo     ssn_normalizado  estado
412738890     412-73-8890      ok
529 41 7763   529-41-7763      ok
000-12-3456   —                rechazado (área 000)
666-20-1187   —                rechazado (área 666)`,
    expected: [
      ['US_SSN', '412738890'],
      ['US_SSN', '412-73-8890'],
      ['US_SSN', '529 41 7763'],
      ['US_SSN', '529-41-7763'],
    ],
  },
  {
    name: 'e-mail verification loop (Chile): a SQLAlchemy URL with a password and a private host, a ZeroBounce API key, two addresses',
    text: `import requests, sqlalchemy as sa
eng = sa.create_engine("postgresql+psycopg2://limpieza:${cleaningPassword}@172.20.14.9:5432/clientes")
ZB_API_KEY = "${zeroBounceKey}"
for correo in ["valentina.rojas@uc.cl", "matias.fuentes@vtr.net"]:
    r = requests.get("https://api.zerobounce.net/v2/validate", params={"api_key": ZB_API_KEY, "email": correo})
    print(correo, r.json()["status"])`,
    expected: [
      ['SECRET', cleaningPassword],
      ['IP_ADDRESS', '172.20.14.9'],
      ['SECRET', zeroBounceKey],
      ['EMAIL', 'valentina.rojas@uc.cl'],
      ['EMAIL', 'matias.fuentes@vtr.net'],
    ],
  },
  {
    name: 'e-mail domain typo correction (Brazil): gmial and hotmial fixed, one address unchanged',
    text: `email_original            → email_corrigido
joao.pedro@gmial.com      → joao.pedro@gmail.com
bia_santos@hotmial.com    → bia_santos@hotmail.com
carla.m@uol.com.br        → (sem alteração)`,
    expected: [
      ['EMAIL', 'joao.pedro@gmial.com'],
      ['EMAIL', 'joao.pedro@gmail.com'],
      ['EMAIL', 'bia_santos@hotmial.com'],
      ['EMAIL', 'bia_santos@hotmail.com'],
      ['EMAIL', 'carla.m@uol.com.br'],
    ],
  },
  {
    name: 'geboortedatum stored as an integer (Netherlands): yyyymmdd before, a date after, with a name',
    text: `>>> df["geboortedatum"] = pd.to_datetime(df["geboortedatum_int"].astype(str), format="%Y%m%d")
>>> df[["naam", "geboortedatum_int", "geboortedatum"]]
             naam  geboortedatum_int geboortedatum
0  Noor El Amrani           19870315    1987-03-15
1     Daan Kuipers           20010704    2001-07-04`,
    expected: [
      ['PERSON', 'Noor El Amrani'],
      ['DATE_OF_BIRTH', '19870315'],
      ['DATE_OF_BIRTH', '1987-03-15'],
      ['PERSON', 'Daan Kuipers'],
      ['DATE_OF_BIRTH', '20010704'],
      ['DATE_OF_BIRTH', '2001-07-04'],
    ],
  },
  {
    name: 'PySpark show() of sessions grouped by IP (Portugal): a public and a private address with a user e-mail, loopback excluded',
    text: `+-------------+-----------------+---+
|ip           |utilizador       |n  |
+-------------+-----------------+---+
|85.243.118.70|rui.matos@sapo.pt|12 |
|192.168.1.254|null             |7  |
|127.0.0.1    |null             |3  |
+-------------+-----------------+---+
Devo excluir a rede interna antes de deduplicar?`,
    expected: [
      ['IP_ADDRESS', '85.243.118.70'],
      ['EMAIL', 'rui.matos@sapo.pt'],
      ['IP_ADDRESS', '192.168.1.254'],
    ],
  },
  {
    name: 'splitting a full name into fornamn and efternamn (Sweden): a hyphenated given name and a von particle',
    text: `>>> df[["fornamn", "efternamn"]] = df["namn"].str.split(" ", n=1, expand=True)
>>> df
                 namn   fornamn  efternamn
0       Karin Åkesson     Karin    Åkesson
1  Per-Olof von Essen  Per-Olof  von Essen`,
    expected: [
      ['PERSON', 'Karin Åkesson'],
      ['PERSON', 'Karin'],
      ['PERSON', 'Åkesson'],
      ['PERSON', 'Per-Olof von Essen'],
      ['PERSON', 'Per-Olof'],
      ['PERSON', 'von Essen'],
    ],
  },
  {
    name: 'DAWA address washing (Denmark): a customer name, a boulevard named after H.C. Andersen before and after',
    text: `Vasket adresse for kunde Lærke Thomsen: 'H C Andersens Blvd 27, 1553 Kbh V' → 'H.C. Andersens Boulevard 27, 1553 København V' (kategori A, præcis match)`,
    expected: [['PERSON', 'Lærke Thomsen']],
  },
  {
    name: 'Norwegian account number to IBAN (Norway): a domestic kontonummer, the compact IBAN and the holder',
    text: `kontonummer 1503.41.82733 (mod 11 ok) → IBAN NO8015034182733, kontoinnehaver Vebjørn Lie`,
    expected: [
      ['IBAN', 'NO8015034182733'],
      ['PERSON', 'Vebjørn Lie'],
    ],
  },
  {
    name: 'codice fiscale decoding (Italy): the birth date extracted into data_nascita; the fiscal code itself is no finding',
    text: `codice_fiscale BNCGLI92C47F205X → data_nascita 1992-03-07, sesso F, comune F205 (Milano)
Il giorno > 40 indica sesso femminile: va bene sottrarre 40 prima di costruire la data?`,
    expected: [['DATE_OF_BIRTH', '1992-03-07']],
  },

  // ---------------------------------------------------------------- hard negatives
  {
    name: 'NEGATIVE: ydata-profiling variable summary in German with statistics only (distinct, missing, lengths, years)',
    text: `Variable: email (Text) — Distinct 48.201 (99,2 %), Fehlend 312 (0,6 %), Länge min 9 / max 61 / Median 24, Speicher 3,1 MiB
Variable: geburtsdatum (DateTime) — Minimum 1931, Maximum 2006, Fehlend 1,8 %, Histogramm nach Jahrzehnt
Variable: telefon (Text) — Distinct 47.930, Fehlend 4,1 %, Präfix +49: 93,7 %`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Great Expectations suite (France): regex patterns for e-mail, phone and IBAN, and length bounds',
    text: `{"expectation_suite_name":"clients.qualite","expectations":[{"expectation_type":"expect_column_values_to_match_regex","kwargs":{"column":"email","regex":"^[^@ ]+@[^@ ]+[.][a-z]{2,}$"}},{"expectation_type":"expect_column_values_to_match_regex","kwargs":{"column":"telephone","regex":"^[+]33[1-9][0-9]{8}$"}},{"expectation_type":"expect_column_values_to_match_regex","kwargs":{"column":"iban","regex":"^FR[0-9]{2}[0-9]{10}[A-Z0-9]{11}[0-9]{2}$"}},{"expectation_type":"expect_column_value_lengths_to_be_between","kwargs":{"column":"iban","min_value":27,"max_value":27}}]}`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Soda checks YAML (Netherlands): validity rules and thresholds only',
    text: `checks for klanten:
  - invalid_percent(email) < 1 %:
      valid format: email
  - invalid_count(telefoon) = 0:
      valid regex: '^\\+31[1-9][0-9]{8}$'
  - invalid_count(iban) = 0:
      valid length: 18
  - missing_percent(geboortedatum) < 5 %
  - duplicate_count(email) = 0`,
    expected: [],
  },
  {
    name: 'NEGATIVE: masked profiling samples (Spain): starred e-mail, phone, IBAN and name',
    text: `Muestras enmascaradas para el informe: correo j***@gmail.com, m****z@hotmail.es; teléfono +34 6** *** *12; IBAN ES** **** **** **** **** 3945; titular M. G*** R***. Distintos: 48.213, nulos: 0,4 %.`,
    expected: [],
  },
  {
    name: 'NEGATIVE: privacy-preserving record linkage (Germany): SHA-256 of normalised e-mails, Bloom-filter encodings and a Dice score',
    text: `PPRL-Abgleich Quelle A ↔ Quelle B
email_sha256 A: 5d41c8e2f7a09b3e14c6d8f2a7b90e3c1f5a2d8b6e4c0f9a7d3b1e8c2f6a4d09
email_sha256 B: 5d41c8e2f7a09b3e14c6d8f2a7b90e3c1f5a2d8b6e4c0f9a7d3b1e8c2f6a4d09 → exakter Treffer
name_bf (1000 Bit, 20 Hashes, Bigramme): A=0x8f03a1…c2, B=0x8f03e1…c2, Dice 0.94 → Kandidat`,
    expected: [],
  },
  {
    name: 'NEGATIVE: pytest fixture (Brazil) of placeholder people on reserved example domains',
    text: `@pytest.fixture
def clientes_fake():
    return pd.DataFrame({
        "nome": ["Fulano de Tal", "Beltrano Silva", "Ciclano Souza"],
        "email": ["fulano@example.com", "beltrano@example.org", "ciclano@example.net"],
    })`,
    expected: [],
  },
  {
    name: 'NEGATIVE: validation rejects (mixed team, Spanish): a card failing Luhn, IBANs failing mod 97, SSNs in areas 000, 666 and 9xx',
    text: `Rechazados por validación:
  tarjeta 4539 1782 0461 3852 — Luhn incorrecto
  IBAN ES81 2085 4127 9506 1827 3946 — dígitos de control (mod 97) incorrectos
  IBAN NL88RABO0319827454 — mod 97 incorrecto
  SSN 000-48-2917 — área 000 no válida
  SSN 666-31-0482 — área 666 no válida
  SSN 912-47-3018 — área 9xx reservada (ITIN)`,
    expected: [],
  },
  {
    name: 'NEGATIVE: OpenMetadata PII catalog (Sweden): column names with PII tags and types, no values',
    text: `Tabell: crm.kunder — taggar per kolumn
  fornamn        varchar(80)   PII.Sensitive
  efternamn      varchar(80)   PII.Sensitive
  personnummer   char(13)      PII.Sensitive, Tier.Tier1
  epost          varchar(254)  PII.Sensitive
  mobil          varchar(20)   PII.Sensitive
  fodelsedatum   date          PII.Sensitive
  kundsegment    varchar(20)   PII.NonSensitive`,
    expected: [],
  },
  {
    name: 'NEGATIVE: recordlinkage comparison vectors (Czech) with a MultiIndex of record ids and Splink blocking rules',
    text: `>>> features.head(3)
                 jmeno  prijmeni  datum_narozeni  psc
rec_a  rec_b
1042   8812        1.0      0.93             1.0  1.0
1042   9024        0.0      0.71             0.0  1.0
2290   7104        1.0      1.00             0.0  0.0
blocking_rules = ["l.prijmeni = r.prijmeni", "l.datum_narozeni = r.datum_narozeni and l.psc = r.psc"]`,
    expected: [],
  },
  {
    name: 'NEGATIVE: value_counts() of e-mail domains (Brazil): domains and counts only',
    text: `>>> df["email"].str.split("@").str[1].value_counts().head(5)
gmail.com        48211
hotmail.com      19804
uol.com.br        6120
yahoo.com.br      4417
bol.com.br        2093
Name: count, dtype: int64`,
    expected: [],
  },
  {
    name: 'NEGATIVE: entity-resolution evaluation (Italy): precision, recall, cluster counts, a run UUID and a threshold',
    text: `run 3f8e2a71-90c4-4b5d-a1e6-7c2d9f04b318 — soglia 0.92
coppie candidate 1.284.907, match previsti 41.022, precisione 0,963, richiamo 0,918, F1 0,940
cluster: 38.417 (dimensione media 1,07; massimo 9), etichettati a mano 500 coppie il 2024-10-28`,
    expected: [],
  },
  {
    name: 'NEGATIVE: dedupe keys by national and company ids (LatAm and Spain): CPF, CNPJ, RUT, CUIT, NIF, a VAT number',
    text: `Claves de deduplicación por país:
  BR: CPF 529.982.247-25 / CNPJ 11.444.777/0001-61
  CL: RUT 12.345.678-5
  AR: CUIT 20-28473916-4
  ES: NIF 48291736K, CIF B85274196, IVA ES-B85274196`,
    expected: [],
  },
  {
    name: 'NEGATIVE: address standardisation of streets, hospitals and banks named after people (Brazil and Mexico)',
    text: `antes: "R. Oscar Freire 1200, SP" → depois: "Rua Oscar Freire, 1200, São Paulo - SP"
antes: "Hosp. Albert Einstein, Av. Albert Einstein 627" → depois: "Hospital Israelita Albert Einstein, Avenida Albert Einstein, 627"
antes: "Av. Francisco I. Madero 32, CDMX" → depois: "Avenida Francisco I. Madero 32, Centro, Ciudad de México"`,
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 54: data cleaning, profiling, matching and comparison in European and Latin American languages',
  cases,
);
