import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * An eighteenth hand-written hold-out: the daily work of data analysts and data engineers in
 * notebooks and SQL editors, as an AI assistant sees it in the cells and their outputs while they
 * clean and analyse customer, patient, employee and transaction data. pandas (`value_counts` of
 * names, `groupby().agg` with a MultiIndex, `info()` followed by `head()`, `describe(include='all')`
 * with a name and an e-mail as `top`, a `merge(indicator=True)` check, `duplicated(keep=False)`
 * rows, a `pivot_table` with margins, `sample`, Styler HTML, feature engineering of age from the
 * birth date), Polars (a box print and `describe()` with names as min and max), PySpark (`show()`
 * of a bronze table after an inline storage key, `explain()` with filter literals pushed down,
 * `printSchema()` and `collect()` Row reprs), R (a dplyr tibble, a data.table), SQL (a CTE of
 * corrections with `RETURNING`, window functions for dedup, `EXPLAIN ANALYZE` with index
 * conditions, a Snowflake `MERGE` and a `COPY` error with `VALIDATE`, a BigQuery parse error, a
 * Redshift `stl_load_errors` row, an anonymising `UPDATE`), dbt test failures and compiled SQL,
 * Great Expectations, pandera and pydantic errors quoting the failing values, Airflow, Prefect and
 * Dagster task logs that log a record, a pytest assertion diff of a record, f-string debugging,
 * regex cleaning with its matches, rapidfuzz scores between name pairs, address parsing,
 * PII-masking code with before/after samples, and Faker-generated rows. Locales: US, UK, German,
 * French, Spanish, Brazilian, Italian, Dutch, Polish, Indian, Japanese, Nigerian, Mexican,
 * Australian and New Zealand. Hard negatives of the same shapes: regex patterns, format strings and
 * bind placeholders (`{email}`, `%(name)s`, `:name`, `?`), Jinja, schema and column names, reserved
 * example domains (Faker's `fake.email()` among them), masked and hashed values, aggregated counts,
 * hire, visit, signup, order and transaction dates, reference and cut-off dates, ids (DNI, CPF,
 * CURP, PESEL, codice fiscale, NHS, BVN, NI and member numbers), version strings shaped like
 * addresses, timestamps, float scores, stock tickers, companies, merchants, practices and streets
 * named after people, and methods named after people (Levenshtein, Jaro–Winkler, Kaplan–Meier,
 * Cox, Nelson–Aalen, Durbin–Watson, Jarque–Bera). Each case lists every value it expects found,
 * with its type; anything else flagged is a false positive. Name fields kept apart by a format
 * (first/last columns, `vorname`/`nachname`, `nombre`/`apellidos`, Row fields, dict keys) are
 * separate spans; one full-name or "Last, First" field is one span; a value under a name column is
 * a person even in initial form (`J. van Leeuwen`); a name filtered on in SQL is a person when the
 * same person is named in full in the text. Titles are no part of a span. A birth date in a
 * `datetime.date(…)` repr is its arguments, and in a `Timestamp(…)` or `… 00:00:00` form the date
 * without the midnight time; a cut-off date in a check or a WHERE clause is no one's birth date.
 * Placeholder persons (`Test User`, `Test Customer`, `Test Member`, `John Doe`, `Mystery
 * Shopper`) are not persons, like example.com addresses; rows printed by Faker are labelled as the
 * records they look like (a reader cannot tell them from real ones), except its example.* e-mails.
 * Private-range host addresses count; a masked password in a URL is no secret. An e-mail address
 * quoted by a validator as invalid (missing its top-level domain) is still the person's address.
 * Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 (and French RIB) check
 * digits, SSNs in valid areas, made-up names and keys.
 */
const k = joinParts;
const azureStorageKey = k(
  'XD7lq3pl+vxd9Zfqh2SBPKZZeFZ5Zrtn/G6Zhw',
  'Ovz3DPsYuKmzqQ9Er9UmFp30PQ9TNnhK3wLftL9E36KH8vtA==',
);
const databricksToken = k('dapi', '6c042fcc5cd48cb4aa94d0d45d0e308d');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- pandas
  {
    name: 'pandas value_counts of requester names on support tickets with a company, "Unknown" and a placeholder account',
    text: `In [14]: tickets["requester_name"].value_counts().head(9)
Out[14]:
requester_name
Marisol Quintanilla    14
Derek Haverford        11
Priya Venkataraman      9
Unknown                 7
Tyrone Battle           6
ACME Facilities         5
Jennifer Okafor         5
Test User               4
Grant Whitlock-Osei     4
Name: count, dtype: int64

In [15]: tickets["requester_name"].nunique(), len(tickets)
Out[15]: (1843, 9120)`,
    // Counts are aggregates; ACME Facilities is a company and Test User a placeholder account.
    expected: [
      ['PERSON', 'Marisol Quintanilla'],
      ['PERSON', 'Derek Haverford'],
      ['PERSON', 'Priya Venkataraman'],
      ['PERSON', 'Tyrone Battle'],
      ['PERSON', 'Jennifer Okafor'],
      ['PERSON', 'Grant Whitlock-Osei'],
    ],
  },
  {
    name: 'pandas groupby().agg() by UK account manager and region, printed with a MultiIndex and last order dates',
    text: `>>> (orders.groupby(["account_manager", "region"])
...        .agg(orders=("order_id", "count"), revenue_gbp=("total", "sum"), last_order=("order_date", "max"))
...        .sort_values("revenue_gbp", ascending=False)
...        .head(6))
                                  orders  revenue_gbp  last_order
account_manager     region
Fiona McAllister    Scotland         412    184220.50  2024-03-11
Rhys Pritchard      Wales            388    171904.25  2024-03-12
Fiona McAllister    North East       205     90117.00  2024-03-08
Oluwaseun Adeyemi   London           197     88410.75  2024-03-12
Harriet Fairweather South West       163     70022.40  2024-02-29
house account       London            98     41230.00  2024-03-01`,
    // Order counts, revenue and last order dates are no one's personal data; "house account" is no one.
    expected: [
      ['PERSON', 'Fiona McAllister'],
      ['PERSON', 'Rhys Pritchard'],
      ['PERSON', 'Fiona McAllister'],
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['PERSON', 'Harriet Fairweather'],
    ],
  },
  {
    name: 'pandas info() of a German patient frame followed by head(3) with vorname, nachname, geburtsdatum and admission dates',
    text: `>>> patienten.info()
<class 'pandas.core.frame.DataFrame'>
RangeIndex: 48211 entries, 0 to 48210
Data columns (total 7 columns):
 #   Column        Non-Null Count  Dtype
---  ------        --------------  -----
 0   patient_id    48211 non-null  int64
 1   vorname       48211 non-null  object
 2   nachname      48211 non-null  object
 3   geburtsdatum  48190 non-null  datetime64[ns]
 4   telefon       40127 non-null  object
 5   krankenkasse  48211 non-null  object
 6   aufnahme      48211 non-null  datetime64[ns]
dtypes: datetime64[ns](2), int64(1), object(4)
memory usage: 2.6+ MB
>>> patienten.head(3)
   patient_id   vorname       nachname  geburtsdatum          telefon  krankenkasse    aufnahme
0     1004471  Annegret  Schimmelpfeng    1951-07-23   0221 4471 2093           AOK  2024-01-04
1     1004472    Jürgen         Wöhrle    1968-11-02  +49 172 5580913  Techniker KK  2024-01-04
2     1004473     Selin        Aydoğan    1990-03-30              NaN        Barmer  2024-01-05`,
    // vorname and nachname are separate columns; admission dates (aufnahme) are not birth dates.
    expected: [
      ['PERSON', 'Annegret'],
      ['PERSON', 'Schimmelpfeng'],
      ['DATE_OF_BIRTH', '1951-07-23'],
      ['PHONE', '0221 4471 2093'],
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Wöhrle'],
      ['DATE_OF_BIRTH', '1968-11-02'],
      ['PHONE', '+49 172 5580913'],
      ['PERSON', 'Selin'],
      ['PERSON', 'Aydoğan'],
      ['DATE_OF_BIRTH', '1990-03-30'],
    ],
  },
  {
    name: "pandas describe(include='all') whose top row shows a customer's name, e-mail and birth date",
    text: `>>> customers[["full_name", "email", "birth_date", "state", "ltv_usd"]].describe(include="all")
              full_name                    email  birth_date  state       ltv_usd
count             20000                    19874       19962  20000  20000.000000
unique            19711                    19870       14032     50           NaN
top     Michael Johnson  kwamebrowne88@gmail.com  1988-03-14     CA           NaN
freq                 11                        3           9   2411           NaN
mean                NaN                      NaN         NaN    NaN    812.447310
std                 NaN                      NaN         NaN    NaN   1130.902115
min                 NaN                      NaN         NaN    NaN      0.000000
25%                 NaN                      NaN         NaN    NaN     96.500000
50%                 NaN                      NaN         NaN    NaN    402.250000
75%                 NaN                      NaN         NaN    NaN   1040.000000
max                 NaN                      NaN         NaN    NaN  24410.990000

why does one email show up 3 times if unique is 19870? thought we deduped on email`,
    // The statistics are aggregates; the top values are single customers' values.
    expected: [
      ['PERSON', 'Michael Johnson'],
      ['EMAIL', 'kwamebrowne88@gmail.com'],
      ['DATE_OF_BIRTH', '1988-03-14'],
    ],
  },
  {
    name: 'pandas outer merge with indicator=True between a French CRM and billing, rows that did not match',
    text: `>>> chk = crm.merge(facturation, on="email", how="outer", indicator=True)
>>> chk.loc[chk["_merge"] != "both", ["email", "nom", "prenom", "iban", "_merge"]]
                                email       nom       prenom                               iban      _merge
118        clemence.vautrin@orange.fr   Vautrin     Clémence                                NaN   left_only
402             yanis.belkacem@sfr.fr  Belkacem        Yanis  FR76 3000 4008 2100 0144 7120 942  right_only
977   marie-odile.garnier@laposte.net   Garnier  Marie-Odile                                NaN   left_only
1203       compta@boulangerie-roux.fr       NaN          NaN  FR76 2004 1010 0502 0933 1884 161  right_only
>>> chk["_merge"].value_counts()
_merge
both          18204
left_only       311
right_only       57
Name: count, dtype: int64`,
    // nom and prenom are separate columns; the bakery is a company, but its mailbox and IBAN are still values.
    expected: [
      ['EMAIL', 'clemence.vautrin@orange.fr'],
      ['PERSON', 'Vautrin'],
      ['PERSON', 'Clémence'],
      ['EMAIL', 'yanis.belkacem@sfr.fr'],
      ['PERSON', 'Belkacem'],
      ['PERSON', 'Yanis'],
      ['IBAN', 'FR76 3000 4008 2100 0144 7120 942'],
      ['EMAIL', 'marie-odile.garnier@laposte.net'],
      ['PERSON', 'Garnier'],
      ['PERSON', 'Marie-Odile'],
      ['EMAIL', 'compta@boulangerie-roux.fr'],
      ['IBAN', 'FR76 2004 1010 0502 0933 1884 161'],
    ],
  },
  {
    name: 'pandas duplicated(keep=False) on Spanish customers by DNI and phone, with nombre and apellidos columns',
    text: `>>> dups = clientes[clientes.duplicated(subset=["dni", "telefono"], keep=False)].sort_values("dni")
>>> dups[["id_cliente", "nombre", "apellidos", "dni", "telefono", "email", "fecha_alta"]]
       id_cliente       nombre        apellidos        dni          telefono                           email  fecha_alta
3321        88104  Encarnación  Ruiz Villalobos  48291736K  +34 612 48 90 31         encarni.ruiz@hotmail.es  2019-05-14
9150        91877  Encarnacion  Ruiz Villalobos  48291736K  +34 612 48 90 31                eruizv@gmail.com  2023-10-02
412         80015        Iñigo  Etxeberria Goñi  72514093P      943 21 77 40  inigo.etxeberria@euskaltel.net  2017-02-20
15873       99241        Iñigo  Etxeberria Goñi  72514093P      943 21 77 40  inigo.etxeberria@euskaltel.net  2024-02-08
>>> len(dups), dups["dni"].nunique()
(4, 2)`,
    // DNI numbers are national ids, not ours; fecha_alta is the signup date.
    expected: [
      ['PERSON', 'Encarnación'],
      ['PERSON', 'Ruiz Villalobos'],
      ['PHONE', '+34 612 48 90 31'],
      ['EMAIL', 'encarni.ruiz@hotmail.es'],
      ['PERSON', 'Encarnacion'],
      ['PERSON', 'Ruiz Villalobos'],
      ['PHONE', '+34 612 48 90 31'],
      ['EMAIL', 'eruizv@gmail.com'],
      ['PERSON', 'Iñigo'],
      ['PERSON', 'Etxeberria Goñi'],
      ['PHONE', '943 21 77 40'],
      ['EMAIL', 'inigo.etxeberria@euskaltel.net'],
      ['PERSON', 'Iñigo'],
      ['PERSON', 'Etxeberria Goñi'],
      ['PHONE', '943 21 77 40'],
      ['EMAIL', 'inigo.etxeberria@euskaltel.net'],
    ],
  },
  {
    name: 'pandas pivot_table with margins of Italian sales by area and agent (MultiIndex rows, quarters as columns)',
    text: `>>> pd.pivot_table(vendite, index=["area", "agente"], columns="trimestre", values="importo",
...                aggfunc="sum", margins=True, margins_name="Totale")
trimestre                         Q1        Q2        Q3    Totale
area    agente
Centro  Lucrezia Santangelo  48210.0   51990.5   39874.0  140074.5
        Maurizio Pellegatta  22100.0   30455.0   28710.0   81265.0
Nord    Giancarlo Bonfanti   71433.0   68020.0   80112.5  219565.5
        Ilaria Zanotti       15020.0       NaN   19900.0   34920.0
Sud     Carmine Esposito     33870.0   29112.0   35560.0   98542.0
Totale                      190633.0  179577.5  204156.5  574367.0`,
    expected: [
      ['PERSON', 'Lucrezia Santangelo'],
      ['PERSON', 'Maurizio Pellegatta'],
      ['PERSON', 'Giancarlo Bonfanti'],
      ['PERSON', 'Ilaria Zanotti'],
      ['PERSON', 'Carmine Esposito'],
    ],
  },
  {
    name: 'pandas sample() of Brazilian customers with CPF, celular and data_nascimento',
    text: `>>> clientes.sample(4, random_state=42)[["id", "nome", "cpf", "celular", "data_nascimento", "cidade"]]
          id                         nome             cpf          celular  data_nascimento          cidade
1873   10873  Thiago Albuquerque Nogueira  318.447.120-93  (11) 98744-1209       1992-08-17       São Paulo
40215  50215    Francisca das Chagas Lima  052.209.331-80  (85) 99631-2270       1957-02-03       Fortaleza
9920   19920           Luana Kaiowá Ramos  471.882.093-15  (92) 98122-4471       2001-12-19          Manaus
27301  37301      Rodrigo Pimentel Bastos  209.318.447-02              NaN       1979-06-30  Belo Horizonte`,
    // CPFs are national ids, not ours.
    expected: [
      ['PERSON', 'Thiago Albuquerque Nogueira'],
      ['PHONE', '(11) 98744-1209'],
      ['DATE_OF_BIRTH', '1992-08-17'],
      ['PERSON', 'Francisca das Chagas Lima'],
      ['PHONE', '(85) 99631-2270'],
      ['DATE_OF_BIRTH', '1957-02-03'],
      ['PERSON', 'Luana Kaiowá Ramos'],
      ['PHONE', '(92) 98122-4471'],
      ['DATE_OF_BIRTH', '2001-12-19'],
      ['PERSON', 'Rodrigo Pimentel Bastos'],
      ['DATE_OF_BIRTH', '1979-06-30'],
    ],
  },
  {
    name: 'pandas Styler to_html() of Dutch overdue customers with generated ids and CSS',
    text: `styled = (achterstand[["klantnaam", "email", "iban", "openstaand_eur"]]
          .style.format({"openstaand_eur": "€ {:,.2f}"})
          .highlight_max(subset="openstaand_eur", color="#fdd49e"))
print(styled.to_html())

<style type="text/css">
#T_7a1f3_row1_col3 {
  background-color: #fdd49e;
}
</style>
<table id="T_7a1f3">
  <thead>
    <tr>
      <th class="blank level0" >&nbsp;</th>
      <th id="T_7a1f3_level0_col0" class="col_heading level0 col0" >klantnaam</th>
      <th id="T_7a1f3_level0_col1" class="col_heading level0 col1" >email</th>
      <th id="T_7a1f3_level0_col2" class="col_heading level0 col2" >iban</th>
      <th id="T_7a1f3_level0_col3" class="col_heading level0 col3" >openstaand_eur</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th id="T_7a1f3_level0_row0" class="row_heading level0 row0" >0</th>
      <td id="T_7a1f3_row0_col0" class="data row0 col0" >Sanne de Vries-Kuipers</td>
      <td id="T_7a1f3_row0_col1" class="data row0 col1" >sanne.devries@ziggo.nl</td>
      <td id="T_7a1f3_row0_col2" class="data row0 col2" >NL38RABO0318822075</td>
      <td id="T_7a1f3_row0_col3" class="data row0 col3" >€ 412.50</td>
    </tr>
    <tr>
      <th id="T_7a1f3_level0_row1" class="row_heading level0 row1" >1</th>
      <td id="T_7a1f3_row1_col0" class="data row1 col0" >Bram van der Heijden</td>
      <td id="T_7a1f3_row1_col1" class="data row1 col1" >b.vdheijden@kpnmail.nl</td>
      <td id="T_7a1f3_row1_col2" class="data row1 col2" >NL48 RABO 0147 1209 34</td>
      <td id="T_7a1f3_row1_col3" class="data row1 col3" >€ 1,904.00</td>
    </tr>
  </tbody>
</table>`,
    // Styler ids, CSS colours and amounts are not ours.
    expected: [
      ['PERSON', 'Sanne de Vries-Kuipers'],
      ['EMAIL', 'sanne.devries@ziggo.nl'],
      ['IBAN', 'NL38RABO0318822075'],
      ['PERSON', 'Bram van der Heijden'],
      ['EMAIL', 'b.vdheijden@kpnmail.nl'],
      ['IBAN', 'NL48 RABO 0147 1209 34'],
    ],
  },
  {
    name: 'pandas feature engineering of age and age band from the birth date of NZ and Australian health-fund members',
    text: `members["dob"] = pd.to_datetime(members["dob"], dayfirst=True)
AS_OF = pd.Timestamp("2024-03-12")
members["age"] = ((AS_OF - members["dob"]).dt.days // 365.25).astype(int)
members["age_band"] = pd.cut(members["age"], [0, 25, 35, 50, 65, 120], right=False,
                             labels=["<25", "25-34", "35-49", "50-64", "65+"])
members[["member_no", "given_name", "surname", "dob", "age", "age_band", "joined"]].head(4)

   member_no  given_name     surname         dob  age  age_band      joined
0    HCF0447      Tamati  Ngata-Rewi  1962-05-30   61     50-64  2011-07-01
1    HCF0519     Charlie      Nguyen  2003-11-08   20       <25  2022-01-15
2    HCF0602    Meredith   Blackwood  1948-01-21   76       65+  1999-03-01
3    HCF0733     Siosaia      Fifita  1986-09-04   37     35-49  2015-10-12

members.groupby("age_band", observed=True)["member_no"].count()
age_band
<25      1204
25-34    2093
35-49    3318
50-64    2871
65+      1922
Name: member_no, dtype: int64`,
    // The as-of date and join dates are not birth dates; ages and counts are not ours.
    expected: [
      ['PERSON', 'Tamati'],
      ['PERSON', 'Ngata-Rewi'],
      ['DATE_OF_BIRTH', '1962-05-30'],
      ['PERSON', 'Charlie'],
      ['PERSON', 'Nguyen'],
      ['DATE_OF_BIRTH', '2003-11-08'],
      ['PERSON', 'Meredith'],
      ['PERSON', 'Blackwood'],
      ['DATE_OF_BIRTH', '1948-01-21'],
      ['PERSON', 'Siosaia'],
      ['PERSON', 'Fifita'],
      ['DATE_OF_BIRTH', '1986-09-04'],
    ],
  },
  {
    name: 'f-string debugging of Italian customers with r.field= specifiers, a codice fiscale and a Timestamp birth date',
    text: `for _, r in clienti[clienti.cellulare.str.startswith("+39 347")].head(3).iterrows():
    print(f"[DEBUG] {r.id_cliente=} {r.nome=} {r.cognome=} {r.codice_fiscale=} {r.data_nascita=} {r.cellulare=}")

[DEBUG] r.id_cliente=30417 r.nome='Benedetta' r.cognome='Santoro' r.codice_fiscale='SNTBDT90D52F205X' r.data_nascita=Timestamp('1990-04-12 00:00:00') r.cellulare='+39 347 120 4471'
[DEBUG] r.id_cliente=30588 r.nome='Gianmarco' r.cognome='De Luca' r.codice_fiscale='DLCGMR83T09H501Q' r.data_nascita=Timestamp('1983-12-09 00:00:00') r.cellulare='+39 347 882 0931'
[DEBUG] r.id_cliente=31902 r.nome='Assunta' r.cognome='Mancuso' r.codice_fiscale='MNCSNT47A61C351K' r.data_nascita=NaT r.cellulare='+39 347 440 1209'`,
    // Codici fiscali encode the birth date but are national ids, not ours.
    expected: [
      ['PERSON', 'Benedetta'],
      ['PERSON', 'Santoro'],
      ['DATE_OF_BIRTH', '1990-04-12'],
      ['PHONE', '+39 347 120 4471'],
      ['PERSON', 'Gianmarco'],
      ['PERSON', 'De Luca'],
      ['DATE_OF_BIRTH', '1983-12-09'],
      ['PHONE', '+39 347 882 0931'],
      ['PERSON', 'Assunta'],
      ['PERSON', 'Mancuso'],
      ['PHONE', '+39 347 440 1209'],
    ],
  },
  // ---------------------------------------------------------------- Polars
  {
    name: 'Polars box print of Polish employees with imie, nazwisko, PESEL, birth and hire dates',
    text: `>>> pracownicy.filter(pl.col("dzial") == "Logistyka").select(pl.exclude("dzial")).head(3)
shape: (3, 7)
┌─────────┬──────────┬─────────────┬─────────────┬────────────────┬─────────────────┬───────────────────┐
│ nr_ewid ┆ imie     ┆ nazwisko    ┆ pesel       ┆ data_urodzenia ┆ telefon         ┆ data_zatrudnienia │
│ ---     ┆ ---      ┆ ---         ┆ ---         ┆ ---            ┆ ---             ┆ ---               │
│ i64     ┆ str      ┆ str         ┆ str         ┆ date           ┆ str             ┆ date              │
╞═════════╪══════════╪═════════════╪═════════════╪════════════════╪═════════════════╪═══════════════════╡
│ 4471    ┆ Grażyna  ┆ Wróblewska  ┆ 68030512846 ┆ 1968-03-05     ┆ +48 601 447 120 ┆ 2009-09-01        │
│ 4519    ┆ Mateusz  ┆ Szczepański ┆ 95111704318 ┆ 1995-11-17     ┆ 512 209 318     ┆ 2021-02-15        │
│ 4602    ┆ Zbigniew ┆ Kołodziej   ┆ 59072209153 ┆ 1959-07-22     ┆ null            ┆ 1988-06-01        │
└─────────┴──────────┴─────────────┴─────────────┴────────────────┴─────────────────┴───────────────────┘`,
    // PESELs are national ids; hire dates are not birth dates.
    expected: [
      ['PERSON', 'Grażyna'],
      ['PERSON', 'Wróblewska'],
      ['DATE_OF_BIRTH', '1968-03-05'],
      ['PHONE', '+48 601 447 120'],
      ['PERSON', 'Mateusz'],
      ['PERSON', 'Szczepański'],
      ['DATE_OF_BIRTH', '1995-11-17'],
      ['PHONE', '512 209 318'],
      ['PERSON', 'Zbigniew'],
      ['PERSON', 'Kołodziej'],
      ['DATE_OF_BIRTH', '1959-07-22'],
    ],
  },
  {
    name: 'Polars describe() of Australian customers: a string column shows its alphabetically first and last names',
    text: `>>> customers.select("customer_id", "full_name", "signup_date", "spend_aud").describe()
shape: (9, 5)
┌────────────┬─────────────┬───────────────────────┬─────────────────────┬─────────────┐
│ statistic  ┆ customer_id ┆ full_name             ┆ signup_date         ┆ spend_aud   │
│ ---        ┆ ---         ┆ ---                   ┆ ---                 ┆ ---         │
│ str        ┆ f64         ┆ str                   ┆ str                 ┆ f64         │
╞════════════╪═════════════╪═══════════════════════╪═════════════════════╪═════════════╡
│ count      ┆ 12408.0     ┆ 12408                 ┆ 12408               ┆ 12408.0     │
│ null_count ┆ 0.0         ┆ 0                     ┆ 0                   ┆ 0.0         │
│ mean       ┆ 56203.5     ┆ null                  ┆ 2021-05-19 07:44:12 ┆ 312.482     │
│ std        ┆ 3581.9      ┆ null                  ┆ null                ┆ 540.117     │
│ min        ┆ 50000.0     ┆ Aaron Whitfield-Jones ┆ 2018-01-02          ┆ 0.0         │
│ 25%        ┆ 53102.0     ┆ null                  ┆ 2019-09-14          ┆ 41.5        │
│ 50%        ┆ 56204.0     ┆ null                  ┆ 2021-06-03          ┆ 148.9       │
│ 75%        ┆ 59305.0     ┆ null                  ┆ 2022-11-27          ┆ 377.25      │
│ max        ┆ 62407.0     ┆ Zoe Papadopoulos      ┆ 2024-03-10          ┆ 9875.0      │
└────────────┴─────────────┴───────────────────────┴─────────────────────┴─────────────┘`,
    // Signup dates and statistics are not ours; min and max of full_name are two customers.
    expected: [
      ['PERSON', 'Aaron Whitfield-Jones'],
      ['PERSON', 'Zoe Papadopoulos'],
    ],
  },
  // ---------------------------------------------------------------- PySpark
  {
    name: 'PySpark show() of a bronze card-transaction table after setting an ADLS account key inline, with merchants named after people',
    text: `spark.conf.set("fs.azure.account.key.kstlake.dfs.core.windows.net", "${azureStorageKey}")
bronze_txn = spark.read.format("delta").load("abfss://bronze@kstlake.dfs.core.windows.net/card_txn")
bronze_txn.select("txn_id", "card_number", "cardholder", "merchant", "amount", "txn_ts").show(4, truncate=False)

+-----------+----------------+-----------------+----------------------+------+-------------------+
|txn_id     |card_number     |cardholder       |merchant              |amount|txn_ts             |
+-----------+----------------+-----------------+----------------------+------+-------------------+
|T000984471 |4217533772747433|KAREN L HOLLISTER|MCDONALD'S #4471      |12.87 |2024-03-11 12:04:51|
|T000984472 |5415823233598377|DESHAWN M PRICE  |TRADER JOE'S #552     |64.10 |2024-03-11 12:05:03|
|T000984473 |************7133|null             |WENDY'S 0912          |9.45  |2024-03-11 12:05:09|
|T000984474 |373440563685996 |ALISTAIR R GRAVES|MARRIOTT MARQUIS NYC  |412.00|2024-03-11 12:05:44|
+-----------+----------------+-----------------+----------------------+------+-------------------+
only showing top 4 rows

The PANs should have been tokenised before bronze — how do I find every table that still has them?`,
    // Merchants named after people are companies; the masked PAN and transaction times are not ours.
    expected: [
      ['SECRET', azureStorageKey],
      ['CREDIT_CARD', '4217533772747433'],
      ['PERSON', 'KAREN L HOLLISTER'],
      ['CREDIT_CARD', '5415823233598377'],
      ['PERSON', 'DESHAWN M PRICE'],
      ['CREDIT_CARD', '373440563685996'],
      ['PERSON', 'ALISTAIR R GRAVES'],
    ],
  },
  {
    name: 'PySpark explain() of an Indian CRM lookup with the e-mail and mobile literals pushed down to Parquet',
    text: `>>> (spark.table("crm.contacts")
...   .filter((F.col("email") == "anita.deshpande@rediffmail.com") | (F.col("mobile") == "+91 98204 47120"))
...   .explain())
== Physical Plan ==
*(1) Filter ((email#112 = anita.deshpande@rediffmail.com) OR (mobile#115 = +91 98204 47120))
+- *(1) ColumnarToRow
   +- FileScan parquet crm.contacts[contact_id#110L,full_name#111,email#112,pan#113,dob#114,mobile#115,city#116] Batched: true, DataFilters: [((email#112 = anita.deshpande@rediffmail.com) OR (mobile#115 = +91 98204 47120))], Format: Parquet, Location: InMemoryFileIndex(1 paths)[dbfs:/mnt/lake/crm/contacts], PartitionFilters: [], PushedFilters: [Or(EqualTo(email,anita.deshpande@rediffmail.com),EqualTo(mobile,+91 98204 47120))], ReadSchema: struct<contact_id:bigint,full_name:string,email:string,pan:string,dob:date,mobile:string,city:string>`,
    // Attribute ids (#112) and the schema are not ours.
    expected: [
      ['EMAIL', 'anita.deshpande@rediffmail.com'],
      ['PHONE', '+91 98204 47120'],
      ['EMAIL', 'anita.deshpande@rediffmail.com'],
      ['PHONE', '+91 98204 47120'],
      ['EMAIL', 'anita.deshpande@rediffmail.com'],
      ['PHONE', '+91 98204 47120'],
      ['EMAIL', 'anita.deshpande@rediffmail.com'],
      ['PHONE', '+91 98204 47120'],
    ],
  },
  {
    name: 'PySpark printSchema() and collect() Row reprs of Nigerian patients filtered by family name',
    text: `>>> patients.printSchema()
root
 |-- patient_id: string (nullable = false)
 |-- first_name: string (nullable = true)
 |-- last_name: string (nullable = true)
 |-- dob: date (nullable = true)
 |-- phone: string (nullable = true)
 |-- nhis_no: string (nullable = true)
 |-- last_visit: timestamp (nullable = true)

>>> patients.where("last_name = 'Okonkwo'").collect()
[Row(patient_id='LUTH-0447120', first_name='Chukwuemeka', last_name='Okonkwo', dob=datetime.date(1979, 6, 14), phone='+234 803 412 7781', nhis_no='NHIS/LA/2093318', last_visit=datetime.datetime(2024, 3, 8, 10, 42, 17)), Row(patient_id='LUTH-0518833', first_name='Adaeze', last_name='Okonkwo', dob=datetime.date(2011, 1, 29), phone=None, nhis_no=None, last_visit=datetime.datetime(2024, 2, 20, 9, 5))]`,
    // The family name in the filter is the patients' own, named in full in the rows; last visits are not birth dates.
    expected: [
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Chukwuemeka'],
      ['PERSON', 'Okonkwo'],
      ['DATE_OF_BIRTH', '1979, 6, 14'],
      ['PHONE', '+234 803 412 7781'],
      ['PERSON', 'Adaeze'],
      ['PERSON', 'Okonkwo'],
      ['DATE_OF_BIRTH', '2011, 1, 29'],
    ],
  },
  {
    name: 'Databricks notebook cell with a hard-coded personal access token and a SQL warehouse query of UK leavers',
    text: `from databricks import sql
conn = sql.connect(server_hostname="adb-4471209318844712.12.azuredatabricks.net",
                   http_path="/sql/1.0/warehouses/8f2c4e8a1b7d3f60",
                   access_token="${databricksToken}")
cur = conn.cursor()
cur.execute("SELECT employee_id, full_name, leaving_date, reason FROM hr.leavers WHERE leaving_date >= ? ORDER BY leaving_date", ["2024-01-01"])
for row in cur.fetchall():
    print(row)

Row(employee_id='E10447', full_name='Callum Fraser-Doyle', leaving_date=datetime.date(2024, 1, 31), reason='Resignation')
Row(employee_id='E20931', full_name='Niamh Brennan', leaving_date=datetime.date(2024, 2, 16), reason='End of fixed term')
Row(employee_id='E31884', full_name='Hamza Qureshi', leaving_date=datetime.date(2024, 3, 1), reason='Redundancy')`,
    // The warehouse id, workspace host and leaving dates are not ours; "?" is a bind placeholder.
    expected: [
      ['SECRET', databricksToken],
      ['PERSON', 'Callum Fraser-Doyle'],
      ['PERSON', 'Niamh Brennan'],
      ['PERSON', 'Hamza Qureshi'],
    ],
  },
  // ---------------------------------------------------------------- R
  {
    name: 'R dplyr pipeline printing a tibble of Mexican patients with CURP, fecha_nac and ultima_cita',
    text: `> pacientes %>%
+   filter(estado == "Jalisco") %>%
+   select(nombre_completo, curp, fecha_nac, telefono, ultima_cita) %>%
+   head(4)
# A tibble: 4 × 5
  nombre_completo                curp               fecha_nac  telefono         ultima_cita
  <chr>                          <chr>              <date>     <chr>            <date>
1 María Guadalupe Ochoa Rentería OORG850312MJCCNR04 1985-03-12 33 1447 2093     2024-02-19
2 José Refugio Camarena Ibarra   CAIR780921HJCMBF09 1978-09-21 33 3658 1120     2024-03-01
3 Ximena Arellano Sandoval       AESX010604MJCRNMA7 2001-06-04 NA               2024-03-04
4 Jesús Alberto Nuño Cortés      NUCJ920115HJCXRS02 1992-01-15 +52 33 2201 8874 2024-03-07`,
    // CURPs are national ids; the last appointment dates are not birth dates.
    expected: [
      ['PERSON', 'María Guadalupe Ochoa Rentería'],
      ['DATE_OF_BIRTH', '1985-03-12'],
      ['PHONE', '33 1447 2093'],
      ['PERSON', 'José Refugio Camarena Ibarra'],
      ['DATE_OF_BIRTH', '1978-09-21'],
      ['PHONE', '33 3658 1120'],
      ['PERSON', 'Ximena Arellano Sandoval'],
      ['DATE_OF_BIRTH', '2001-06-04'],
      ['PERSON', 'Jesús Alberto Nuño Cortés'],
      ['DATE_OF_BIRTH', '1992-01-15'],
      ['PHONE', '+52 33 2201 8874'],
    ],
  },
  {
    name: 'R data.table subset of Leeds patients with NHS numbers grouped like phones and a GP practice named after a doctor',
    text: `> dt[postcode %like% "^LS", .(nhs_no, surname, forename, dob, gp_practice)][1:3]
         nhs_no    surname  forename        dob           gp_practice
         <char>     <char>    <char>     <IDat>                <char>
1: 448 120 9318    Ackroyd  Winifred 1939-12-02   Dr Patel & Partners
2: 720 931 8844    Hussain     Tariq 1984-05-27    Chapel Allerton MP
3: 602 447 1205   Ogunleye  Temitope 2002-10-11   Burley Park Surgery
> dt[, .N, by = gp_practice][order(-N)][1:3]
            gp_practice     N
                 <char> <int>
1:  Dr Patel & Partners  4471
2:   Chapel Allerton MP  3318
3:  Burley Park Surgery  2093`,
    // NHS numbers are patient ids, not phones; the practices are not persons.
    expected: [
      ['PERSON', 'Ackroyd'],
      ['PERSON', 'Winifred'],
      ['DATE_OF_BIRTH', '1939-12-02'],
      ['PERSON', 'Hussain'],
      ['PERSON', 'Tariq'],
      ['DATE_OF_BIRTH', '1984-05-27'],
      ['PERSON', 'Ogunleye'],
      ['PERSON', 'Temitope'],
      ['DATE_OF_BIRTH', '2002-10-11'],
    ],
  },
  // ---------------------------------------------------------------- SQL
  {
    name: 'PostgreSQL CTE of call-centre corrections with VALUES literals, an UPDATE … RETURNING and its psql output',
    text: `-- apply the corrections the call centre sent back (ticket DATA-2093)
WITH corrections (customer_id, email, phone, dob) AS (
  VALUES
    (88104, 'lakshmi.narayanan@comcast.net', '+1 404 872 3319', DATE '1974-02-08'),
    (88517, 'bo.whitaker@att.net',           '+1 678 441 2093', DATE '1990-12-30'),
    (90211, NULL,                            '+1 770 318 4471', NULL)
)
UPDATE customers c
SET    email = COALESCE(k.email, c.email),
       phone = k.phone,
       date_of_birth = COALESCE(k.dob, c.date_of_birth),
       updated_at = now()
FROM   corrections k
WHERE  c.customer_id = k.customer_id
RETURNING c.customer_id, c.full_name, c.email;

 customer_id |     full_name     |             email
-------------+-------------------+-------------------------------
       88104 | Lakshmi Narayanan | lakshmi.narayanan@comcast.net
       88517 | Beau Whitaker     | bo.whitaker@att.net
       90211 | Consuela Marquez  | c.marquez@bellsouth.net
(3 rows)

UPDATE 3`,
    expected: [
      ['EMAIL', 'lakshmi.narayanan@comcast.net'],
      ['PHONE', '+1 404 872 3319'],
      ['DATE_OF_BIRTH', '1974-02-08'],
      ['EMAIL', 'bo.whitaker@att.net'],
      ['PHONE', '+1 678 441 2093'],
      ['DATE_OF_BIRTH', '1990-12-30'],
      ['PHONE', '+1 770 318 4471'],
      ['PERSON', 'Lakshmi Narayanan'],
      ['EMAIL', 'lakshmi.narayanan@comcast.net'],
      ['PERSON', 'Beau Whitaker'],
      ['EMAIL', 'bo.whitaker@att.net'],
      ['PERSON', 'Consuela Marquez'],
      ['EMAIL', 'c.marquez@bellsouth.net'],
    ],
  },
  {
    name: 'PostgreSQL window functions to find Dutch duplicate customers by e-mail, with initials in the name column',
    text: `SELECT klant_id, naam, email, aangemaakt_op, rn, n
FROM (
  SELECT klant_id, naam, email, aangemaakt_op,
         ROW_NUMBER() OVER (PARTITION BY lower(email) ORDER BY aangemaakt_op DESC) AS rn,
         COUNT(*)     OVER (PARTITION BY lower(email))                              AS n
  FROM klanten
) d
WHERE n > 1
ORDER BY lower(email), rn;

 klant_id |       naam        |           email            |    aangemaakt_op    | rn | n
----------+-------------------+----------------------------+---------------------+----+---
   209318 | Femke Bakker      | femke.bakker@kpnmail.nl    | 2024-01-09 08:02:33 |  1 | 3
   177204 | Femke Bakker      | femke.bakker@kpnmail.nl    | 2022-04-28 19:55:12 |  2 | 3
   101993 | F. Bakker-Smit    | femke.bakker@kpnmail.nl    | 2018-02-14 11:20:45 |  3 | 3
   204471 | Joost van Leeuwen | joost.vanleeuwen@ziggo.nl  | 2023-11-02 14:11:08 |  1 | 2
   118830 | J. van Leeuwen    | Joost.VanLeeuwen@ziggo.nl  | 2019-06-17 09:40:51 |  2 | 2
(5 rows)`,
    // Values under naam are persons even in initial form; creation times are not birth dates.
    expected: [
      ['PERSON', 'Femke Bakker'],
      ['EMAIL', 'femke.bakker@kpnmail.nl'],
      ['PERSON', 'Femke Bakker'],
      ['EMAIL', 'femke.bakker@kpnmail.nl'],
      ['PERSON', 'F. Bakker-Smit'],
      ['EMAIL', 'femke.bakker@kpnmail.nl'],
      ['PERSON', 'Joost van Leeuwen'],
      ['EMAIL', 'joost.vanleeuwen@ziggo.nl'],
      ['PERSON', 'J. van Leeuwen'],
      ['EMAIL', 'Joost.VanLeeuwen@ziggo.nl'],
    ],
  },
  {
    name: 'PostgreSQL EXPLAIN (ANALYZE, BUFFERS) of a patient lookup, the name and birth date echoed in the index condition',
    text: `EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM patients
WHERE last_name = 'Kowalczyk' AND first_name = 'Dorota' AND date_of_birth = '1983-07-19';

                                                                  QUERY PLAN
---------------------------------------------------------------------------------------------------------------------------------------------
 Index Scan using ix_patients_name_dob on patients  (cost=0.43..8.46 rows=1 width=318) (actual time=0.041..0.043 rows=1 loops=1)
   Index Cond: (((last_name)::text = 'Kowalczyk'::text) AND ((first_name)::text = 'Dorota'::text) AND (date_of_birth = '1983-07-19'::date))
   Buffers: shared hit=5
 Planning:
   Buffers: shared hit=12
 Planning Time: 0.188 ms
 Execution Time: 0.067 ms
(7 rows)`,
    // Costs, timings and buffer counts are not ours; first_name and last_name are separate fields.
    expected: [
      ['PERSON', 'Kowalczyk'],
      ['PERSON', 'Dorota'],
      ['DATE_OF_BIRTH', '1983-07-19'],
      ['PERSON', 'Kowalczyk'],
      ['PERSON', 'Dorota'],
      ['DATE_OF_BIRTH', '1983-07-19'],
    ],
  },
  {
    name: 'Snowflake MERGE of one corrected Brazilian customer from a literal source row, with its result grid',
    text: `MERGE INTO analytics.core.dim_customer t
USING (
  SELECT 'C-204471'                  AS customer_id,
         'Renata Cavalcanti Moura'   AS full_name,
         'renata.cmoura@uol.com.br'  AS email,
         '+55 21 99872-4471'         AS phone,
         '1986-10-03'::date          AS birth_date,
         CURRENT_TIMESTAMP()         AS updated_at
) s
ON t.customer_id = s.customer_id
WHEN MATCHED THEN UPDATE SET full_name = s.full_name, email = s.email, phone = s.phone,
                             birth_date = s.birth_date, updated_at = s.updated_at
WHEN NOT MATCHED THEN INSERT (customer_id, full_name, email, phone, birth_date, updated_at)
                      VALUES (s.customer_id, s.full_name, s.email, s.phone, s.birth_date, s.updated_at);

+-------------------------+------------------------+
| number of rows inserted | number of rows updated |
|-------------------------+------------------------|
|                       0 |                      1 |
+-------------------------+------------------------+
1 Row(s) produced. Time Elapsed: 0.912s`,
    expected: [
      ['PERSON', 'Renata Cavalcanti Moura'],
      ['EMAIL', 'renata.cmoura@uol.com.br'],
      ['PHONE', '+55 21 99872-4471'],
      ['DATE_OF_BIRTH', '1986-10-03'],
    ],
  },
  {
    name: 'Snowflake COPY INTO error quoting a name that landed in the AGE column, the connector password and the VALIDATE output',
    text: `conn = snowflake.connector.connect(user="SVC_LOADER", password="Rk7#pW2vLx9q", account="kst-eu1", warehouse="LOAD_WH", database="RAW")
conn.cursor().execute("COPY INTO raw.crm.customers FROM @stg_customers/2024/03/12/ FILE_FORMAT=(TYPE=CSV SKIP_HEADER=1) ON_ERROR=ABORT_STATEMENT")

snowflake.connector.errors.ProgrammingError: 100038 (22018): Numeric value 'Ngozi Adebayo-Eze' is not recognized
  File 'customers_20240312.csv.gz', line 4471, character 17
  Row 4470, column "CUSTOMERS"["AGE":4]
  If you would like to continue loading when an error is encountered, use other values such as 'SKIP_FILE' or 'CONTINUE' for the ON_ERROR option. For more information on loading options, please run 'info loading_data' in a SQL client.

-- the vendor added a full_name column; the file header is now customer_id,email,full_name,age,birth_date,mobile
SELECT error, line, rejected_record FROM TABLE(VALIDATE(raw.crm.customers, JOB_ID => '01b2c3d4-0602-4471-0000-0009a8b7c6d5'));
| ERROR                                                 | LINE | REJECTED_RECORD                                                                  |
|-------------------------------------------------------+------+----------------------------------------------------------------------------------|
| Numeric value 'Ngozi Adebayo-Eze' is not recognized   | 4471 | 204470,ngozi.eze@yahoo.co.uk,Ngozi Adebayo-Eze,36,1987-05-02,+44 7911 204471    |`,
    // Line, row and job ids are not ours; the age (36) is not a birth date.
    expected: [
      ['SECRET', 'Rk7#pW2vLx9q'],
      ['PERSON', 'Ngozi Adebayo-Eze'],
      ['PERSON', 'Ngozi Adebayo-Eze'],
      ['EMAIL', 'ngozi.eze@yahoo.co.uk'],
      ['PERSON', 'Ngozi Adebayo-Eze'],
      ['DATE_OF_BIRTH', '1987-05-02'],
      ['PHONE', '+44 7911 204471'],
    ],
  },
  {
    name: 'BigQuery PARSE_DATE failure on an Irish member birth date and the follow-up query of unparseable rows',
    text: `SELECT member_id, full_name, PARSE_DATE('%Y-%m-%d', dob_raw) AS dob
FROM \`kestrel-health.raw.members\`
WHERE signup_date >= '2024-01-01';

Query error: Failed to parse input string "14/03/1988" at [1:30]

-- which rows are not ISO?
SELECT member_id, full_name, dob_raw
FROM \`kestrel-health.raw.members\`
WHERE SAFE.PARSE_DATE('%Y-%m-%d', dob_raw) IS NULL
LIMIT 3;

Row	member_id	full_name	dob_raw
1	M-204471	Siobhán Ní Bhriain	14/03/1988
2	M-204519	Callum Strachan	1979.11.02
3	M-205002	Test Member	null`,
    // The signup cut-off and the format strings are not birth dates; Test Member is a placeholder.
    expected: [
      ['DATE_OF_BIRTH', '14/03/1988'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['DATE_OF_BIRTH', '14/03/1988'],
      ['PERSON', 'Callum Strachan'],
      ['DATE_OF_BIRTH', '1979.11.02'],
    ],
  },
  {
    name: 'Redshift stl_load_errors row for an Australian customer whose phone field held two numbers',
    text: `-- target table: crm.customers (id, first_name, last_name, email, phone varchar(20), birth_date)
select starttime, trim(filename) as file, line_number, trim(colname) as col, raw_field_value, err_code, trim(err_reason) as reason, raw_line
from stl_load_errors
order by starttime desc
limit 1;

-[ RECORD 1 ]---+-----------------------------------------------------------------------------------------------------
starttime       | 2024-03-12 03:14:27.118204
file            | s3://kst-au-landing/crm/customers/2024-03-12/part-0003.psv.gz
line_number     | 20931
col             | phone
raw_field_value | +61 412 447 120 / 02 9264 4471
err_code        | 1204
reason          | String length exceeds DDL length
raw_line        | 20931|Lachlan|O'Rourke-Nguyen|lachlan.orn@bigpond.com|+61 412 447 120 / 02 9264 4471|1991-08-25`,
    // Load timestamps, line numbers and error codes are not ours.
    expected: [
      ['PHONE', '+61 412 447 120'],
      ['PHONE', '02 9264 4471'],
      ['PERSON', 'Lachlan'],
      ['PERSON', "O'Rourke-Nguyen"],
      ['EMAIL', 'lachlan.orn@bigpond.com'],
      ['PHONE', '+61 412 447 120'],
      ['PHONE', '02 9264 4471'],
      ['DATE_OF_BIRTH', '1991-08-25'],
    ],
  },
  {
    name: 'PostgreSQL script that anonymises a customer table, with psql variables, hashes and its masked output',
    text: String.raw`\set salt '''rotate-me-per-env'''
BEGIN;
UPDATE customers SET
  full_name     = 'Customer ' || customer_id,
  email         = 'user' || customer_id || '@example.com',
  phone         = regexp_replace(phone, '\d(?=\d{3})', 'X', 'g'),
  birth_year    = date_part('year', date_of_birth)::int,
  date_of_birth = NULL,
  ssn           = encode(sha256(convert_to(ssn || :salt, 'UTF8')), 'hex')
WHERE region = 'us-east';
UPDATE 48211
SELECT customer_id, full_name, email, phone, birth_year, date_of_birth, left(ssn, 16) AS ssn_hash
FROM customers WHERE region = 'us-east' ORDER BY customer_id LIMIT 3;
 customer_id |   full_name    |         email         |    phone     | birth_year | date_of_birth |     ssn_hash
-------------+----------------+-----------------------+--------------+------------+---------------+------------------
       10001 | Customer 10001 | user10001@example.com | +1XXXXXXX209 |       1971 |               | 9f2c4e8a1b7d3f60
       10002 | Customer 10002 | user10002@example.com | +1XXXXXXX318 |       1988 |               | 4d1e7a0c3b9f2e85
       10003 | Customer 10003 | user10003@example.com |              |       1964 |               | c07b2f4e91a6d358
(3 rows)
COMMIT;`,
    // Everything left is masked, hashed, a placeholder or a birth year.
    expected: [],
  },
  // ---------------------------------------------------------------- dbt
  {
    name: 'dbt test run with a failing unique test on e-mail and the store_failures audit table queried in psql',
    text: `$ dbt test --select stg_crm__customers
08:14:02  Running with dbt=1.7.9
08:14:03  Registered adapter: postgres=1.7.9
08:14:03  Found 84 models, 212 tests, 14 sources, 0 exposures, 0 metrics, 561 macros, 0 groups, 0 semantic models
08:14:04  Concurrency: 4 threads (target='prod')
08:14:04  1 of 4 START test not_null_stg_crm__customers_customer_id ........................ [RUN]
08:14:04  2 of 4 START test unique_stg_crm__customers_email ................................ [RUN]
08:14:05  1 of 4 PASS not_null_stg_crm__customers_customer_id .............................. [PASS in 0.38s]
08:14:05  2 of 4 FAIL 2 unique_stg_crm__customers_email .................................... [FAIL 2 in 0.41s]
08:14:06  Finished running 4 tests in 0 hours 0 minutes and 2.12 seconds (2.12s).
08:14:06  Failure in test unique_stg_crm__customers_email (models/staging/crm/_crm__models.yml)
08:14:06    Got 2 results, configured to fail if != 0
08:14:06    compiled Code at target/compiled/kestrel_analytics/models/staging/crm/_crm__models.yml/unique_stg_crm__customers_email.sql
08:14:06    See test failures:
  -------------------------------------------------------------------------------------------
  select * from "analytics"."dbt_test__audit"."unique_stg_crm__customers_email"
  -------------------------------------------------------------------------------------------
08:14:06  Done. PASS=3 WARN=0 ERROR=0 FAIL=1 SKIP=0 TOTAL=4

analytics=> select * from "analytics"."dbt_test__audit"."unique_stg_crm__customers_email";
        unique_field         | n_records
-----------------------------+-----------
 hannah.oyelaran@outlook.com |         2
 noreply@kestrel.io          |        37
(2 rows)`,
    // Version strings, timings and counts are not ours; the no-reply mailbox is still an address.
    expected: [
      ['EMAIL', 'hannah.oyelaran@outlook.com'],
      ['EMAIL', 'noreply@kestrel.io'],
    ],
  },
  {
    name: 'dbt compiled SQL excluding test accounts (John Doe, Test Customer, example.com) and one DSAR customer named in a comment',
    text: `-- target/compiled/kestrel_analytics/models/marts/fct_orders.sql
with orders as (
    select * from "analytics"."staging"."stg_shop__orders"
),
customers as (
    select * from "analytics"."staging"."stg_crm__customers"
    where email not in ('qa.automation@kestrel.io', 'jdoe@example.com', 'test.customer@example.org')
      and full_name not in ('John Doe', 'Test Customer', 'Mystery Shopper')
      and customer_id not in (88104, 90211)  -- Hélène Marchal asked to be left out of reporting (DSAR-2024-017)
)
select
    o.order_id,
    o.customer_id,
    md5(lower(c.email)) as email_hash,
    o.ordered_at::date as order_date,
    o.total_eur
from orders o
join customers c using (customer_id)

-- source: models/marts/fct_orders.sql uses {{ var('excluded_emails') }} and {{ ref('stg_crm__customers') }}`,
    // John Doe, Test Customer and Mystery Shopper are placeholders; example domains are reserved.
    expected: [
      ['EMAIL', 'qa.automation@kestrel.io'],
      ['PERSON', 'Hélène Marchal'],
    ],
  },
  // ---------------------------------------------------------------- validation frameworks
  {
    name: 'Great Expectations result of a UK mobile-number regex with the unexpected values listed and counted',
    text: String.raw`{
  "success": true,
  "expectation_config": {
    "expectation_type": "expect_column_values_to_match_regex",
    "kwargs": {"column": "mobile", "regex": "^\\+44 ?7\\d{3} ?\\d{6}$", "mostly": 0.99, "batch_id": "crm_pg-customers_uk-20240312"},
    "meta": {}
  },
  "result": {
    "element_count": 48211,
    "missing_count": 1204,
    "missing_percent": 2.497355,
    "unexpected_count": 3,
    "unexpected_percent": 0.006382,
    "partial_unexpected_list": ["07911 204471", "+44 (0)7825 418 209", "n/a"],
    "partial_unexpected_index_list": [3317, 20931, 44712],
    "partial_unexpected_counts": [{"value": "07911 204471", "count": 1}, {"value": "+44 (0)7825 418 209", "count": 1}, {"value": "n/a", "count": 1}]
  },
  "exception_info": {"raised_exception": false, "exception_message": null, "exception_traceback": null}
}`,
    // The regex, batch id, indexes and percentages are not ours.
    expected: [
      ['PHONE', '07911 204471'],
      ['PHONE', '+44 (0)7825 418 209'],
      ['PHONE', '07911 204471'],
      ['PHONE', '+44 (0)7825 418 209'],
    ],
  },
  {
    name: 'pandera SchemaErrors on German customers: an under-age birth date, a short PLZ and a long phone, then the failing rows',
    text: String.raw`>>> KundenSchema.validate(kunden, lazy=True)
Traceback (most recent call last):
  ...
pandera.errors.SchemaErrors: {
    "DATA": {
        "DATAFRAME_CHECK": [
            {
                "schema": "KundenSchema",
                "column": "geburtsdatum",
                "check": "less_than_or_equal_to(2006-03-12 00:00:00)",
                "error": "Column 'geburtsdatum' failed element-wise validator number 0: less_than_or_equal_to(2006-03-12 00:00:00) failure cases: 2009-08-14 00:00:00"
            },
            {
                "schema": "KundenSchema",
                "column": "plz",
                "check": "str_matches('^\d{5}$')",
                "error": "Column 'plz' failed element-wise validator number 0: str_matches('^\d{5}$') failure cases: 8033"
            },
            {
                "schema": "KundenSchema",
                "column": "telefon",
                "check": "str_length(None, 20)",
                "error": "Column 'telefon' failed element-wise validator number 0: str_length(None, 20) failure cases: +49 (0) 171 / 447 12 093 privat"
            }
        ]
    }
}
>>> err.failure_cases[["column", "check", "failure_case", "index"]]
         column                                       check                     failure_case  index
0  geburtsdatum  less_than_or_equal_to(2006-03-12 00:00:00)              2009-08-14 00:00:00   3317
1           plz                      str_matches('^\d{5}$')                             8033   4410
2       telefon                        str_length(None, 20)  +49 (0) 171 / 447 12 093 privat   5012
>>> kunden.loc[[3317, 5012], ["vorname", "nachname"]]
       vorname      nachname
3317    Leonie  Brandstätter
5012  Wolfgang      Eichhorn`,
    // The cut-off of the check is no one's birth date; the birth date's span leaves out the midnight time.
    expected: [
      ['DATE_OF_BIRTH', '2009-08-14'],
      ['PHONE', '+49 (0) 171 / 447 12 093'],
      ['DATE_OF_BIRTH', '2009-08-14'],
      ['PHONE', '+49 (0) 171 / 447 12 093'],
      ['PERSON', 'Leonie'],
      ['PERSON', 'Brandstätter'],
      ['PERSON', 'Wolfgang'],
      ['PERSON', 'Eichhorn'],
    ],
  },
  {
    name: 'pydantic ValidationError on a Mexican patient payload quoting a short birth date and an e-mail without its TLD',
    text: `>>> payload
{'nombre': 'Rosario Téllez Barragán', 'curp': 'TEBR850712MDFLRS08', 'fecha_nacimiento': '12/7/85', 'telefono': '+52 55 1447 2093', 'email': 'rosario.tellez@hotmail'}
>>> Paciente.model_validate(payload)
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "/opt/conda/lib/python3.11/site-packages/pydantic/main.py", line 509, in model_validate
    return cls.__pydantic_validator__.validate_python(
pydantic_core._pydantic_core.ValidationError: 2 validation errors for Paciente
fecha_nacimiento
  Input should be a valid date or datetime, invalid character in year [type=date_from_datetime_parsing, input_value='12/7/85', input_type=str]
    For further information visit https://errors.pydantic.dev/2.6/v/date_from_datetime_parsing
email
  value is not a valid email address: The part after the @-sign is not valid. It should have a period. [type=value_error, input_value='rosario.tellez@hotmail', input_type=str]`,
    // The CURP is a national id; the pydantic version in the URL is not ours.
    expected: [
      ['PERSON', 'Rosario Téllez Barragán'],
      ['DATE_OF_BIRTH', '12/7/85'],
      ['PHONE', '+52 55 1447 2093'],
      ['EMAIL', 'rosario.tellez@hotmail'],
      ['DATE_OF_BIRTH', '12/7/85'],
      ['EMAIL', 'rosario.tellez@hotmail'],
    ],
  },
  // ---------------------------------------------------------------- orchestrator logs
  {
    name: 'Airflow task log that logs a skipped Nigerian customer row, with a masked connection URI and a day-month swapped birth date',
    text: `[2024-03-12, 02:14:07 UTC] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=requeueable deps ti=<TaskInstance: crm_daily.load_customers scheduled__2024-03-11T00:00:00+00:00 [queued]>
[2024-03-12, 02:14:07 UTC] {taskinstance.py:2193} INFO - Starting attempt 1 of 3
[2024-03-12, 02:14:07 UTC] {taskinstance.py:2214} INFO - Executing <Task(PythonOperator): load_customers> on 2024-03-11 00:00:00+00:00
[2024-03-12, 02:14:09 UTC] {base.py:83} INFO - Using connection ID 'crm_postgres' for task execution.
[2024-03-12, 02:14:09 UTC] {load_customers.py:31} INFO - source=postgresql://etl_reader:***@10.20.4.17:5432/crm_ng batch_size=5000
[2024-03-12, 02:14:31 UTC] {load_customers.py:58} WARNING - skipping bad row 4471: {'customer_id': 'NG-204471', 'full_name': 'Oluwadamilare Bankole', 'email': 'dami.bankole@gmail.com', 'phone': '0803 447 1209', 'bvn': '22204471093', 'dob': '1993-31-07', 'state': 'Lagos'}
[2024-03-12, 02:14:31 UTC] {load_customers.py:59} WARNING - ValueError: time data '1993-31-07' does not match format '%Y-%m-%d'
[2024-03-12, 02:14:58 UTC] {load_customers.py:71} INFO - loaded 48,206 rows, skipped 5
[2024-03-12, 02:15:02 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=crm_daily, task_id=load_customers, execution_date=20240311T000000, start_date=20240312T021407, end_date=20240312T021502`,
    // The masked password is no secret; the BVN is a national id; run and execution dates are not ours.
    expected: [
      ['IP_ADDRESS', '10.20.4.17'],
      ['PERSON', 'Oluwadamilare Bankole'],
      ['EMAIL', 'dami.bankole@gmail.com'],
      ['PHONE', '0803 447 1209'],
      ['DATE_OF_BIRTH', '1993-31-07'],
      ['DATE_OF_BIRTH', '1993-31-07'],
    ],
  },
  {
    name: 'Prefect flow run log pushing a Basque club member to HubSpot, with a Secret block and a 409 conflict',
    text: `11:02:14.512 | INFO    | prefect.engine - Created flow run 'crimson-axolotl' for flow 'sync-socios'
11:02:14.698 | INFO    | Flow run 'crimson-axolotl' - Loaded Secret block 'hubspot-private-app' (value: ********)
11:02:15.020 | INFO    | Task run 'fetch_socios-0' - Fetched 1,204 socios from https://api.clubdeportivo-bilbao.es/v2/socios?page=1&updated_since=2024-03-11
11:02:16.311 | INFO    | Task run 'push_to_hubspot-0' - POST /crm/v3/objects/contacts properties={'firstname': 'Itziar', 'lastname': 'Goikoetxea Arrieta', 'email': 'itziar.goikoetxea@euskalnet.net', 'phone': '+34 655 209 318', 'date_of_birth': '1988-06-21', 'socio_desde': '2015-09-01'}
11:02:16.881 | ERROR   | Task run 'push_to_hubspot-0' - HubSpot returned 409: {"status":"error","message":"Contact already exists. Existing ID: 51204471","correlationId":"8c3e1f20-4471-4a09-9d31-2093b8f4e771","category":"CONFLICT"}
11:02:16.884 | INFO    | Task run 'push_to_hubspot-0' - Finished in state Failed('Task run encountered an exception HTTPStatusError')
11:02:17.002 | ERROR   | Flow run 'crimson-axolotl' - Finished in state Failed('1/1204 states failed.')`,
    // The membership start date (socio_desde) and the updated_since cut-off are not birth dates.
    expected: [
      ['PERSON', 'Itziar'],
      ['PERSON', 'Goikoetxea Arrieta'],
      ['EMAIL', 'itziar.goikoetxea@euskalnet.net'],
      ['PHONE', '+34 655 209 318'],
      ['DATE_OF_BIRTH', '1988-06-21'],
    ],
  },
  {
    name: 'Dagster step log of a Japanese member upsert that logs the duplicate record with 氏名, フリガナ and 生年月日 keys',
    text: `2024-03-12 11:04:22 +0900 - dagster - INFO - kaiin_etl - 7f3c2a1b-9d04-4c1e-8b2f-0447120931aa - upsert_members - Loaded 12,408 rows from s3://kst-lake/raw/members/2024-03-11/
2024-03-12 11:04:23 +0900 - dagster - WARNING - kaiin_etl - 7f3c2a1b-9d04-4c1e-8b2f-0447120931aa - upsert_members - duplicate member_no=JP-0447120: {'氏名': '髙橋 美咲', 'フリガナ': 'タカハシ ミサキ', '生年月日': '1991-04-18', '電話番号': '090-4471-2093', 'メール': 'misaki.takahashi@docomo.ne.jp', '入会日': '2019-04-01'}
2024-03-12 11:04:23 +0900 - dagster - ERROR - kaiin_etl - 7f3c2a1b-9d04-4c1e-8b2f-0447120931aa - upsert_members - STEP_FAILURE - Execution of step "upsert_members" failed.
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "members_pkey"
DETAIL:  Key (member_no)=(JP-0447120) already exists.`,
    // The join date (入会日) is not a birth date; run ids and member numbers are not ours.
    expected: [
      ['PERSON', '髙橋 美咲'],
      ['PERSON', 'タカハシ ミサキ'],
      ['DATE_OF_BIRTH', '1991-04-18'],
      ['PHONE', '090-4471-2093'],
      ['EMAIL', 'misaki.takahashi@docomo.ne.jp'],
    ],
  },
  // ---------------------------------------------------------------- tests and cleaning code
  {
    name: 'pytest failure with an assertion diff of a normalised US customer record, raw input with an SSN in the test source',
    text: `$ pytest tests/test_normalise.py -q
F                                                                        [100%]
=================================== FAILURES ===================================
___________________________ test_normalise_customer ____________________________

    def test_normalise_customer():
        raw = {"Name": " KWAME  ASANTE ", "E-mail": "Kwame.Asante@Verizon.net", "Phone": "(212) 447-2093",
               "DOB": "04/09/1987", "SSN": "412-58-3307"}
>       assert normalise_customer(raw) == {
            "name": "Kwame Asante",
            "email": "kwame.asante@verizon.net",
            "phone": "+12124472093",
            "dob": "1987-04-09",
            "ssn_last4": "3307",
        }
E       AssertionError: assert {'dob': '1987-04-09', 'email': 'kwame.asante@verizon.net', 'name': 'Kwame Asante', 'phone': '+1 212 447 2093', 'ssn_last4': '3307'} == {'dob': '1987-04-09', 'email': 'kwame.asante@verizon.net', 'name': 'Kwame Asante', 'phone': '+12124472093', 'ssn_last4': '3307'}
E
E         Common items:
E         {'dob': '1987-04-09',
E          'email': 'kwame.asante@verizon.net',
E          'name': 'Kwame Asante',
E          'ssn_last4': '3307'}
E         Differing items:
E         {'phone': '+1 212 447 2093'} != {'phone': '+12124472093'}

tests/test_normalise.py:9: AssertionError
=========================== short test summary info ============================
FAILED tests/test_normalise.py::test_normalise_customer - AssertionError: assert {'dob': '1987-04-09', 'email': 'kwame...
1 failed in 0.21s`,
    // The last four digits of the SSN alone are not an SSN; the truncated address in the summary is no address.
    expected: [
      ['PERSON', 'KWAME  ASANTE'],
      ['EMAIL', 'Kwame.Asante@Verizon.net'],
      ['PHONE', '(212) 447-2093'],
      ['DATE_OF_BIRTH', '04/09/1987'],
      ['US_SSN', '412-58-3307'],
      ['PERSON', 'Kwame Asante'],
      ['EMAIL', 'kwame.asante@verizon.net'],
      ['PHONE', '+12124472093'],
      ['DATE_OF_BIRTH', '1987-04-09'],
      ['DATE_OF_BIRTH', '1987-04-09'],
      ['EMAIL', 'kwame.asante@verizon.net'],
      ['PERSON', 'Kwame Asante'],
      ['PHONE', '+1 212 447 2093'],
      ['DATE_OF_BIRTH', '1987-04-09'],
      ['EMAIL', 'kwame.asante@verizon.net'],
      ['PERSON', 'Kwame Asante'],
      ['PHONE', '+12124472093'],
      ['DATE_OF_BIRTH', '1987-04-09'],
      ['EMAIL', 'kwame.asante@verizon.net'],
      ['PERSON', 'Kwame Asante'],
      ['PHONE', '+1 212 447 2093'],
      ['PHONE', '+12124472093'],
      ['DATE_OF_BIRTH', '1987-04-09'],
    ],
  },
  {
    name: 'regex cleaning of Indian ticket notes: e-mail and mobile patterns, the notes and their findall matches',
    text: String.raw`import re
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE_RE = re.compile(r"(?:\+91[\s-]?)?[6-9]\d{4}[\s-]?\d{5}")

notes = tickets.loc[tickets.ticket_id.isin([88104, 88105]), "notes"].tolist()
>>> notes
['Customer Rohit Malhotra called from 98110 44712, wants invoice on rohit.malhotra@yahoo.co.in', 'Spoke to accounts (accounts@shreeganesh-traders.in); contact Mrs. Kavita Iyer +91-99672-20931']
>>> [EMAIL_RE.findall(n) for n in notes]
[['rohit.malhotra@yahoo.co.in'], ['accounts@shreeganesh-traders.in']]
>>> [PHONE_RE.findall(n) for n in notes]
[['98110 44712'], ['+91-99672-20931']]`,
    // The patterns themselves are not values; the title is no part of the name.
    expected: [
      ['PERSON', 'Rohit Malhotra'],
      ['PHONE', '98110 44712'],
      ['EMAIL', 'rohit.malhotra@yahoo.co.in'],
      ['EMAIL', 'accounts@shreeganesh-traders.in'],
      ['PERSON', 'Kavita Iyer'],
      ['PHONE', '+91-99672-20931'],
      ['EMAIL', 'rohit.malhotra@yahoo.co.in'],
      ['EMAIL', 'accounts@shreeganesh-traders.in'],
      ['PHONE', '98110 44712'],
      ['PHONE', '+91-99672-20931'],
    ],
  },
  {
    name: 'rapidfuzz dedup of Polish and Dutch customer names with ratio, token_sort, Jaro-Winkler and Levenshtein scores',
    text: `from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler, Levenshtein

for a, b in candidate_pairs[:5]:
    print(f"{a!r:28} {b!r:28} ratio={fuzz.ratio(a, b):5.1f} token_sort={fuzz.token_sort_ratio(a, b):5.1f} "
          f"jw={JaroWinkler.similarity(a, b):.3f} lev={Levenshtein.distance(a, b)}")

'Małgorzata Wiśniewska'      'Malgorzata Wisniewska'      ratio= 90.5 token_sort= 90.5 jw=0.962 lev=2
'Krzysztof Dąbrowski'        'Dąbrowski Krzysztof'        ratio= 52.6 token_sort=100.0 jw=0.702 lev=18
'Pieter de Groot'            'Groot, Pieter de'           ratio= 51.6 token_sort= 96.6 jw=0.641 lev=14
'Anouk Verhoeven'            'Anouk Verhoeven-Smits'      ratio= 83.3 token_sort= 83.3 jw=0.943 lev=6
'Tomasz Zieliński'           'Tomek Zielinski'            ratio= 80.6 token_sort= 80.6 jw=0.900 lev=4`,
    // Scores and distances are floats and counts; Jaro-Winkler and Levenshtein are methods.
    expected: [
      ['PERSON', 'Małgorzata Wiśniewska'],
      ['PERSON', 'Malgorzata Wisniewska'],
      ['PERSON', 'Krzysztof Dąbrowski'],
      ['PERSON', 'Dąbrowski Krzysztof'],
      ['PERSON', 'Pieter de Groot'],
      ['PERSON', 'Groot, Pieter de'],
      ['PERSON', 'Anouk Verhoeven'],
      ['PERSON', 'Anouk Verhoeven-Smits'],
      ['PERSON', 'Tomasz Zieliński'],
      ['PERSON', 'Tomek Zielinski'],
    ],
  },
  {
    name: 'US address standardisation with a parser: recipients before streets named after people, input and parsed output',
    text: `>>> for raw in addresses[:2]:
...     print(raw)
...     print(parse_address(raw))
Attn: Dolores Fitzgerald-Ruiz, 1420 N Martin Luther King Jr Blvd Apt 3B, Las Vegas NV 89106
{'recipient': 'Dolores Fitzgerald-Ruiz', 'house_number': '1420', 'road': 'north martin luther king jr boulevard', 'unit': 'apt 3b', 'city': 'las vegas', 'state': 'nv', 'postcode': '89106'}
c/o Hamza Qureshi, 77 Abraham Lincoln Way, Suite 210, Dover DE 19901
{'recipient': 'Hamza Qureshi', 'house_number': '77', 'road': 'abraham lincoln way', 'unit': 'suite 210', 'city': 'dover', 'state': 'de', 'postcode': '19901'}
>>> standardised.road.value_counts().head(3)
road
north martin luther king jr boulevard    41
john f kennedy drive                     29
cesar chavez avenue                      17
Name: count, dtype: int64`,
    // Streets named after people are places; house numbers and ZIP codes are not ours.
    expected: [
      ['PERSON', 'Dolores Fitzgerald-Ruiz'],
      ['PERSON', 'Dolores Fitzgerald-Ruiz'],
      ['PERSON', 'Hamza Qureshi'],
      ['PERSON', 'Hamza Qureshi'],
    ],
  },
  {
    name: 'PII-masking function for UK support notes with BEFORE/AFTER samples (names left unmasked)',
    text: String.raw`EMAIL = re.compile(r"([\w.+-])[\w.+-]*(@[\w-]+\.[\w.]+)")
CARD = re.compile(r"\b(?:\d[ -]?){12,15}(\d{4})\b")
PHONE = re.compile(r"(\+?\d[\d\s]{6,}\d)")

def mask(text: str) -> str:
    text = EMAIL.sub(r"\1***\2", text)
    text = CARD.sub(r"**** **** **** \1", text)
    return PHONE.sub(lambda m: m.group(1)[:3] + "*" * (len(m.group(1)) - 6) + m.group(1)[-3:], text)

>>> for s in samples:
...     print(f"BEFORE: {s}\nAFTER:  {mask(s)}\n")
BEFORE: Refund to card 4844 9481 4798 2724 for Gwendolyn Ashcroft, call back on 07723 418209
AFTER:  Refund to card **** **** **** 2724 for Gwendolyn Ashcroft, call back on 077******209

BEFORE: Email from Tomasz Wójcik (tomasz.wojcik@btinternet.com) re NI number PX 44 71 20 C, wants DOB corrected to 14/02/1979
AFTER:  Email from Tomasz Wójcik (t***@btinternet.com) re NI number PX 44 ** 20 C, wants DOB corrected to 14/02/1979`,
    // Masked values are not ours; the NI number is a national id. Names and the birth date survive the mask.
    expected: [
      ['CREDIT_CARD', '4844 9481 4798 2724'],
      ['PERSON', 'Gwendolyn Ashcroft'],
      ['PHONE', '07723 418209'],
      ['PERSON', 'Gwendolyn Ashcroft'],
      ['PERSON', 'Tomasz Wójcik'],
      ['EMAIL', 'tomasz.wojcik@btinternet.com'],
      ['DATE_OF_BIRTH', '14/02/1979'],
      ['PERSON', 'Tomasz Wójcik'],
      ['DATE_OF_BIRTH', '14/02/1979'],
    ],
  },
  {
    name: 'Faker-generated US customers pretty-printed: real-looking names, phones, SSNs, cards and birth dates, example.* e-mails',
    text: `from faker import Faker
from pprint import pprint
fake = Faker("en_US")
Faker.seed(4471)
rows = [{"name": fake.name(), "email": fake.email(), "alt_email": fake.free_email(),
         "phone": fake.phone_number(), "ssn": fake.ssn(),
         "dob": fake.date_of_birth(minimum_age=18, maximum_age=90),
         "card": fake.credit_card_number(card_type="visa16")} for _ in range(2)]
pprint(rows)

[{'alt_email': 'brittany58@yahoo.com',
  'card': '4185369880217664',
  'dob': datetime.date(1958, 3, 22),
  'email': 'hwilliams@example.org',
  'name': 'Brittany Holmes',
  'phone': '712.447.2093',
  'ssn': '529-71-4420'},
 {'alt_email': 'gonzalezdavid@hotmail.com',
  'card': '4217533772747433',
  'dob': datetime.date(1996, 11, 7),
  'email': 'mark41@example.net',
  'name': 'Jose Gonzalez',
  'phone': '+1-303-418-2276',
  'ssn': '231-09-8874'}]`,
    // Printed Faker rows are labelled as the records they look like; fake.email() uses reserved example domains.
    expected: [
      ['EMAIL', 'brittany58@yahoo.com'],
      ['CREDIT_CARD', '4185369880217664'],
      ['DATE_OF_BIRTH', '1958, 3, 22'],
      ['PERSON', 'Brittany Holmes'],
      ['PHONE', '712.447.2093'],
      ['US_SSN', '529-71-4420'],
      ['EMAIL', 'gonzalezdavid@hotmail.com'],
      ['CREDIT_CARD', '4217533772747433'],
      ['DATE_OF_BIRTH', '1996, 11, 7'],
      ['PERSON', 'Jose Gonzalez'],
      ['PHONE', '+1-303-418-2276'],
      ['US_SSN', '231-09-8874'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'lifelines and statsmodels output in a churn notebook: Kaplan-Meier, Nelson-Aalen, Cox, Durbin-Watson and Jarque-Bera',
    text: `>>> kmf = KaplanMeierFitter().fit(durations=df["tenure_months"], event_observed=df["churned"], label="Kaplan-Meier estimate")
>>> kmf.median_survival_time_
31.0
>>> naf = NelsonAalenFitter().fit(df["tenure_months"], df["churned"])
>>> cph = CoxPHFitter(penalizer=0.01).fit(df[["tenure_months", "churned", "age", "plan_premium", "support_calls"]], "tenure_months", "churned")
>>> cph.print_summary(decimals=3)
<lifelines.CoxPHFitter: fitted with 48211 total observations, 30877 right-censored observations>
             duration col = 'tenure_months'
                event col = 'churned'
      baseline estimation = breslow
   number of observations = 48211
number of events observed = 17334
   partial log-likelihood = -171904.253
         time fit was run = 2024-03-12 09:41:18 UTC
---
                coef  exp(coef)  se(coef)   z       p
covariate
age           -0.012      0.988     0.001 -12.04  <0.005
plan_premium  -0.418      0.658     0.021 -19.90  <0.005
support_calls  0.207      1.230     0.006  34.50  <0.005
---
Concordance = 0.702
>>> print(ols.summary().tables[2])
==============================================================================
Omnibus:                     1204.471   Durbin-Watson:                   1.982
Prob(Omnibus):                  0.000   Jarque-Bera (JB):             2093.318
Skew:                           0.447   Prob(JB):                         0.00
Kurtosis:                       3.912   Cond. No.                         88.4
==============================================================================`,
    // Methods named after people are methods; coefficients, counts and the fit time are not ours.
    expected: [],
  },
  {
    name: 'data-access layer with bind placeholders, f-string templates, column lists, hashed e-mails and version strings shaped like addresses',
    text: `# requirements: pandas==2.2.1 pyarrow==15.0.2 psycopg2-binary==2.9.9 snowflake-connector-python==3.7.1
# JDBC: ojdbc8-19.3.0.0.jar, Spark 3.5.0, Databricks Runtime 14.3.x-scala2.12
FIND_BY_EMAIL = "SELECT customer_id, full_name, email, phone, date_of_birth FROM customers WHERE email = %(email)s"
FIND_BY_NAME = text("SELECT * FROM patients WHERE last_name = :last_name AND date_of_birth = :dob")
UPSERT = "INSERT INTO contacts (first_name, last_name, email, phone) VALUES (?, ?, ?, ?) ON CONFLICT (email) DO NOTHING"
GREETING = "Hi {first_name}, your order {order_id} ships to {email} on {ship_date:%d %b %Y}."
PII_COLUMNS = ["full_name", "first_name", "last_name", "email", "phone", "ssn", "date_of_birth", "iban", "card_number"]
>>> df[["email_sha256", "phone_hash"]].head(2)
                                                       email_sha256        phone_hash
0  5d41402abc4b2a76b9719d911017c592ae0b3c9f1e2d8a7c6b5f4e3d2c1b0a99  a9f3c2e81b7d4f60
1  9b74c9897bac770ffc029102a200c5de0bcb6e2d1f0a9c8b7d6e5f4a3b2c1d0e  07d4e2b1f9c3a865
>>> pd.__version__, pa.__version__, sys.version_info[:3]
('2.2.1', '15.0.2', (3, 11, 8))`,
    // Placeholders, column names, hashes and version strings (19.3.0.0 among them) are not ours.
    expected: [],
  },
  {
    name: 'portfolio positions with tickers and companies named after people, order dates and aggregated counts by e-mail domain',
    text: `>>> positions[["ticker", "company", "qty", "avg_cost", "last_trade"]].head(5)
  ticker             company    qty  avg_cost  last_trade
0    JNJ   Johnson & Johnson    120    152.41  2024-03-08
1     GS       Goldman Sachs     35    389.20  2024-03-11
2     MS      Morgan Stanley     80     86.75  2024-02-29
3    WFC    Wells Fargo & Co    200     52.18  2024-03-12
4   SCHW    Charles Schwab       150     66.04  2024-03-01
>>> customers["email"].str.split("@").str[1].value_counts().head(4)
email
gmail.com        18204
yahoo.com         4471
outlook.com       2093
hotmail.co.uk     1204
Name: count, dtype: int64
>>> customers.groupby(customers["signup_date"].dt.year)["customer_id"].count().tail(3)
signup_date
2022    8841
2023    9120
2024    2093
Name: customer_id, dtype: int64`,
    // Companies and brokers named after people are companies; domains alone are not addresses.
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 18: data analysts and engineers in notebooks and SQL editors, cells and their outputs',
  cases,
);
