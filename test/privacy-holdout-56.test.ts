import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifty-sixth hand-written hold-out: the core material of a data notebook's AI assistant, in the
 * shapes earlier hold-outs met least, from German, French, Spanish, Portuguese, Italian, Dutch,
 * Polish, Japanese, Korean and English-speaking teams (column names and comments in their language).
 * pandas beyond head(): a row printed as a Series, MultiIndex frames grouped by region then customer,
 * a transposed frame, to_dict('records' | 'index' | 'list'), to_json lines, info() beside sample(),
 * value_counts() of a name column, query() with its result, crosstab, .style HTML, duplicated(),
 * groupby().agg(list), json_normalize, to_string. Errors and checks that quote values: KeyError and
 * ValueError tracebacks, a SettingWithCopyWarning with its row, a pytest dict diff, pandera failure
 * cases, a pydantic ValidationError, an IntegrityError with DETAIL, Snowflake, BigQuery and Spark
 * errors, a Korean pytest failure line. SQL around the data: EXPLAIN ANALYZE with a ::text filter,
 * a raw statement log with literals, an ON CONFLICT upsert, window-function output, a CTE debugging
 * session, dbt compile with its seed, BigQuery INFORMATION_SCHEMA.JOBS. Notebook files: .ipynb JSON
 * with text/html and text/plain outputs and with a key in a source cell, Databricks source exports,
 * Deepnote and Hex YAML, a marimo and an Observable cell, and an assistant's answer about a birth
 * date. 16 of its 62 cases are clean hard negatives: dtypes and info() only, aggregates, hashed and
 * masked ids, Spark ids, UUIDs and a trace id, timings, pd.show_versions(), a plan with only numeric
 * and date literals, a psql schema, pg_stat_statements with $1, placeholder people (Jan Kowalski,
 * Max and Erika Mustermann, Jane Doe) on reserved domains, rejected values (e-mails without a domain,
 * an IBAN failing mod 97, a card failing Luhn), shop branches on streets named after people, PESEL,
 * NIP and REGON columns, public figures and eponymous methods as topics, describe() statistics, a
 * marimo chart cell that drops a 주민등록번호 column.
 *
 * Each case lists every value it expects found, with its type, as many times as it occurs; anything
 * else flagged is a false positive. Conventions as in hold-outs 50 to 52: first and last name in
 * separate fields, keys or columns are separate spans (a surname with its tussenvoegsel, `van Dijk`,
 * is one), a full name in one cell, index level or list item is one span, a family-first name with a
 * comma (`Tanaka, Yuki`) is one span, CJK names written together (佐藤健太, 김민준) are one span and a
 * Japanese one written family-first with a space (伊藤 さくら) too; a pytest id built from a customer's
 * name counts as that name; companies, streets and public figures as topics are no people, nor
 * placeholder people on reserved domains; birth dates count where a column or key labels them so
 * (geburtsdatum, date_naissance, data_di_nascita, data_urodzenia, geboortedatum, 生年月日, dob), also
 * as a value rejected by a check on that column or echoed by a validator, or as the answer to a
 * question about them, without a midnight time; sign-up dates and thresholds are none; national ids
 * (PESEL, NIF, CPF, DNI, codice fiscale, 주민등록번호), NIP and REGON, routing numbers, query, job and
 * trace ids, UUIDs and hashes are none of our types; a service account's address is an e-mail
 * address; a phone's span is as written, domestic forms included; private-range hosts count and a
 * port is outside the address; a password in a connection URL or config is the secret, not its key.
 * Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits at their
 * countries' lengths (computed by a script, with the national check digits of the Spanish, French,
 * Italian, Portuguese, Polish and Dutch ones too), an SSN in a valid area, made-up names, numbers and
 * keys (the keys assembled with `joinParts`).
 *
 * Written blind (labelled before the engine was run on it; the count of each value's occurrences
 * was checked by a script that does not run the engine). When written, 58 of the 62 cases passed;
 * the 4 others carry a gap. No first-run failure was a mistake in the test: each was checked
 * against the conventions and the computed values, and all four are the engine's: a Korean column
 * name and a Korean word in a test name flagged as people, a domestic Korean mobile inside a pytest
 * id missed, a birth date missed in pandera's long-format failure frame (its column named in the same
 * row), and two public figures as topics flagged (one with the German noun after the name).
 */

const k = joinParts;
const crmPassword = k('Tq4-vN', '8zLw_2Rm');
const openaiKey = k('sk-proj-', 'Rb7Yq2LmX9tKz4Wp8Vc3Nd6Hs1Fj5GaE0uQiT7oMb2Lx');
const databricksToken = k('dapi', '7c2e9f41b8d3a605', 'e1f4c92b7a3d8e60');
const snowflakePassword = k('Wz3pK', '-r9!Lm7Qx');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- A. pandas beyond head()
  {
    name: 'German customer row as a Series (df.loc[42]) printed vertically: vorname, nachname, email, telefon, geburtsdatum',
    text: `In [14]: kunden.loc[42]
Out[14]:
kunden_id                      K-0042
vorname                        Annika
nachname                     Brückner
email         annika.brueckner@gmx.de
telefon              +49 152 28471936
geburtsdatum               1991-03-17
plz                             80331
stadt                         München
Name: 42, dtype: object`,
    expected: [
      ['PERSON', 'Annika'],
      ['PERSON', 'Brückner'],
      ['EMAIL', 'annika.brueckner@gmx.de'],
      ['PHONE', '+49 152 28471936'],
      ['DATE_OF_BIRTH', '1991-03-17'],
    ],
  },
  {
    name: 'French client row as a Series (iloc[3]) with a midnight datetime birth date and an IBAN',
    text: `>>> clients.iloc[3]
id_client                           FR-3317
prenom                               Maëlle
nom                                 Garnier
courriel           maelle.garnier@orange.fr
date_naissance          1988-11-05 00:00:00
iban            FR7630004019250001482736168
solde                                1240.5
Name: 3, dtype: object`,
    expected: [
      ['PERSON', 'Maëlle'],
      ['PERSON', 'Garnier'],
      ['EMAIL', 'maelle.garnier@orange.fr'],
      ['DATE_OF_BIRTH', '1988-11-05'],
      ['IBAN', 'FR7630004019250001482736168'],
    ],
  },
  {
    name: 'Spanish MultiIndex frame grouped by region then customer: full names in the second index level',
    text: `ventas.groupby(['region', 'cliente'])[['pedidos', 'importe_eur']].sum()

                                    pedidos  importe_eur
region     cliente                                      
Andalucía  Carmen Ortega Ruiz             7      1843.20
           Rafael Domínguez               3       412.75
Cataluña   Montserrat Vila i Puig        12      5120.00
           Jordi Casals                   5       980.40
Madrid     Beatriz Lozano Prieto          9      2264.10`,
    expected: [
      ['PERSON', 'Carmen Ortega Ruiz'],
      ['PERSON', 'Rafael Domínguez'],
      ['PERSON', 'Montserrat Vila i Puig'],
      ['PERSON', 'Jordi Casals'],
      ['PERSON', 'Beatriz Lozano Prieto'],
    ],
  },
  {
    name: 'Dutch records transposed (head(3).T): one field per line, three customers across, surnames with tussenvoegsel',
    text: `>>> klanten.head(3).T
                                    0                    1                          2
klantnummer                    100231               100232                     100233
voornaam                        Sanne                Thijs                      Femke
achternaam            de Vries-Bakker               Mulder                   van Dijk
e-mail         sanne.devries@ziggo.nl  t.mulder@kpnmail.nl  femke.vandijk@outlook.com
geboortedatum              1985-06-21           1979-12-02                 1994-08-30
iban               NL67RABO3182749560   NL98INGB0673819426                        NaN`,
    expected: [
      ['PERSON', 'Sanne'],
      ['PERSON', 'Thijs'],
      ['PERSON', 'Femke'],
      ['PERSON', 'de Vries-Bakker'],
      ['PERSON', 'Mulder'],
      ['PERSON', 'van Dijk'],
      ['EMAIL', 'sanne.devries@ziggo.nl'],
      ['EMAIL', 't.mulder@kpnmail.nl'],
      ['EMAIL', 'femke.vandijk@outlook.com'],
      ['DATE_OF_BIRTH', '1985-06-21'],
      ['DATE_OF_BIRTH', '1979-12-02'],
      ['DATE_OF_BIRTH', '1994-08-30'],
      ['IBAN', 'NL67RABO3182749560'],
      ['IBAN', 'NL98INGB0673819426'],
    ],
  },
  {
    name: "Italian to_dict('records'): nome and cognome in separate keys, a codice fiscale, cellulare and data_di_nascita",
    text: `>>> anagrafica.head(2).to_dict('records')
[{'codice_fiscale': 'FRRGLI90A61H501Q', 'nome': 'Giulia', 'cognome': 'Ferrante', 'email': 'giulia.ferrante@libero.it', 'cellulare': '+39 347 218 5530', 'data_di_nascita': '1990-01-21'}, {'codice_fiscale': 'BSSLNZ83L09F205K', 'nome': 'Lorenzo', 'cognome': 'Bassi', 'email': 'l.bassi@tiscali.it', 'cellulare': '+39 333 901 4472', 'data_di_nascita': '1983-07-09'}]`,
    expected: [
      ['PERSON', 'Giulia'],
      ['PERSON', 'Ferrante'],
      ['EMAIL', 'giulia.ferrante@libero.it'],
      ['PHONE', '+39 347 218 5530'],
      ['DATE_OF_BIRTH', '1990-01-21'],
      ['PERSON', 'Lorenzo'],
      ['PERSON', 'Bassi'],
      ['EMAIL', 'l.bassi@tiscali.it'],
      ['PHONE', '+39 333 901 4472'],
      ['DATE_OF_BIRTH', '1983-07-09'],
    ],
  },
  {
    name: "Portuguese to_dict('index') keyed by id: nome_completo, NIF, telemóvel, email and an IBAN",
    text: `>>> pacientes.set_index('id').to_dict('index')
{101: {'nome_completo': 'Ana Beatriz Souza', 'nif': '245781936', 'telemovel': '+351 912 483 705', 'email': 'anabeatriz.souza@sapo.pt', 'iban': 'PT50003506830002847193633'}, 102: {'nome_completo': 'Rui Filipe Carvalho', 'nif': '219034785', 'telemovel': '+351 963 120 874', 'email': 'rfcarvalho@gmail.com', 'iban': None}}`,
    expected: [
      ['PERSON', 'Ana Beatriz Souza'],
      ['PHONE', '+351 912 483 705'],
      ['EMAIL', 'anabeatriz.souza@sapo.pt'],
      ['IBAN', 'PT50003506830002847193633'],
      ['PERSON', 'Rui Filipe Carvalho'],
      ['PHONE', '+351 963 120 874'],
      ['EMAIL', 'rfcarvalho@gmail.com'],
    ],
  },
  {
    name: "Polish to_json(orient='records', lines=True): imie, nazwisko, PESEL, email, telefon, data_urodzenia",
    text: `>>> print(klienci.to_json(orient='records', lines=True, force_ascii=False))
{"imie":"Katarzyna","nazwisko":"Wiśniewska","pesel":"85071203486","email":"k.wisniewska@wp.pl","telefon":"+48 601 284 937","data_urodzenia":"1985-07-12"}
{"imie":"Tomasz","nazwisko":"Zieliński","pesel":"92110507153","email":"tomek.zielinski@onet.pl","telefon":"+48 512 730 416","data_urodzenia":"1992-11-05"}`,
    expected: [
      ['PERSON', 'Katarzyna'],
      ['PERSON', 'Wiśniewska'],
      ['EMAIL', 'k.wisniewska@wp.pl'],
      ['PHONE', '+48 601 284 937'],
      ['DATE_OF_BIRTH', '1985-07-12'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Zieliński'],
      ['EMAIL', 'tomek.zielinski@onet.pl'],
      ['PHONE', '+48 512 730 416'],
      ['DATE_OF_BIRTH', '1992-11-05'],
    ],
  },
  {
    name: 'Japanese df.info() next to df.sample(3): 氏名 written together, domestic mobiles, 生年月日 column',
    text: `df.info()
<class 'pandas.core.frame.DataFrame'>
RangeIndex: 1204 entries, 0 to 1203
Data columns (total 5 columns):
 #   Column  Non-Null Count  Dtype         
---  ------  --------------  -----         
 0   会員ID    1204 non-null   int64         
 1   氏名      1204 non-null   object        
 2   メール     1198 non-null   object        
 3   電話番号    1150 non-null   object        
 4   生年月日    1204 non-null   datetime64[ns]
dtypes: datetime64[ns](1), int64(1), object(3)
memory usage: 47.2+ KB

df.sample(3, random_state=0)
       会員ID    氏名                        メール           電話番号        生年月日
517   20518  佐藤健太    kenta.sato@docomo.ne.jp  090-3817-4526  1987-05-14
88    20089  鈴木美咲  misaki.suzuki@yahoo.co.jp  080-2264-9103  1995-10-02
1042  21043   高橋翔    sho.takahashi@gmail.com            NaN  1979-01-28`,
    expected: [
      ['PERSON', '佐藤健太'],
      ['EMAIL', 'kenta.sato@docomo.ne.jp'],
      ['PHONE', '090-3817-4526'],
      ['DATE_OF_BIRTH', '1987-05-14'],
      ['PERSON', '鈴木美咲'],
      ['EMAIL', 'misaki.suzuki@yahoo.co.jp'],
      ['PHONE', '080-2264-9103'],
      ['DATE_OF_BIRTH', '1995-10-02'],
      ['PERSON', '高橋翔'],
      ['EMAIL', 'sho.takahashi@gmail.com'],
      ['DATE_OF_BIRTH', '1979-01-28'],
    ],
  },
  {
    name: 'value_counts() of an assigned_to column: full names with counts, an "unassigned" bucket',
    text: `>>> tickets['assigned_to'].value_counts().head(5)
assigned_to
Priya Raghunathan    142
Marcus Oyelaran      118
Helen Achterberg      97
unassigned            64
Dmitri Volkonsky      51
Name: count, dtype: int64`,
    expected: [
      ['PERSON', 'Priya Raghunathan'],
      ['PERSON', 'Marcus Oyelaran'],
      ['PERSON', 'Helen Achterberg'],
      ['PERSON', 'Dmitri Volkonsky'],
    ],
  },
  {
    name: 'Korean df.query("이메일 == …") in a cell and its one-row result: 이름 written together, +82 mobile, 가입일 no birth date',
    text: `In [7]: 회원.query("이메일 == 'minjun.kim@naver.com'")
Out[7]:
       회원번호   이름                   이메일             전화번호         가입일
318  KR-0319  김민준  minjun.kim@naver.com  +82 10-4827-3915  2022-03-08`,
    expected: [
      ['EMAIL', 'minjun.kim@naver.com'],
      ['EMAIL', 'minjun.kim@naver.com'],
      ['PERSON', '김민준'],
      ['PHONE', '+82 10-4827-3915'],
    ],
  },
  {
    name: 'Korean MultiIndex frame grouped by 지역 then 고객명 with the first 연락처 per customer',
    text: `주문.groupby(['지역', '고객명']).agg(주문수=('주문번호', 'count'), 연락처=('연락처', 'first'))

                   주문수             연락처
지역   고객명                              
부산   박서연          4  +82 10-2291-4837
       이도현          2  +82 10-7730-1568
서울   최지우          11  +82 10-5148-2093`,
    expected: [
      ['PERSON', '박서연'],
      ['PHONE', '+82 10-2291-4837'],
      ['PERSON', '이도현'],
      ['PHONE', '+82 10-7730-1568'],
      ['PERSON', '최지우'],
      ['PHONE', '+82 10-5148-2093'],
    ],
  },
  {
    name: 'pd.crosstab of deal owner by stage with margins: owners named in full as the row index',
    text: `pd.crosstab(deals['owner'], deals['stage'], margins=True)

stage              Closed Lost  Closed Won  Negotiation  All
owner                                                       
Chiara Benedetti             4          11            2   17
Joost Verhoeven              7           9            5   21
Sofía Marín                  2          14            1   17
All                         13          34            8   55`,
    expected: [
      ['PERSON', 'Chiara Benedetti'],
      ['PERSON', 'Joost Verhoeven'],
      ['PERSON', 'Sofía Marín'],
    ],
  },
  {
    name: 'Spanish DataFrame .style rendered to HTML: names and e-mails in td cells, negative balances highlighted',
    text: `<style type="text/css">
#T_3f9a2_row0_col2, #T_3f9a2_row1_col2 {
  background-color: #fde0dd;
}
</style>
<table id="T_3f9a2">
  <thead>
    <tr>
      <th class="blank level0" >&nbsp;</th>
      <th id="T_3f9a2_level0_col0" class="col_heading level0 col0" >nombre</th>
      <th id="T_3f9a2_level0_col1" class="col_heading level0 col1" >correo</th>
      <th id="T_3f9a2_level0_col2" class="col_heading level0 col2" >saldo_pendiente</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th id="T_3f9a2_level0_row0" class="row_heading level0 row0" >0</th>
      <td id="T_3f9a2_row0_col0" class="data row0 col0" >Nerea Castillo Gil</td>
      <td id="T_3f9a2_row0_col1" class="data row0 col1" >nerea.castillo@telefonica.net</td>
      <td id="T_3f9a2_row0_col2" class="data row0 col2" >-312.40</td>
    </tr>
    <tr>
      <th id="T_3f9a2_level0_row1" class="row_heading level0 row1" >1</th>
      <td id="T_3f9a2_row1_col0" class="data row1 col0" >Iñaki Etxeberria</td>
      <td id="T_3f9a2_row1_col1" class="data row1 col1" >inaki.etxeberria@euskaltel.net</td>
      <td id="T_3f9a2_row1_col2" class="data row1 col2" >-88.00</td>
    </tr>
  </tbody>
</table>`,
    expected: [
      ['PERSON', 'Nerea Castillo Gil'],
      ['EMAIL', 'nerea.castillo@telefonica.net'],
      ['PERSON', 'Iñaki Etxeberria'],
      ['EMAIL', 'inaki.etxeberria@euskaltel.net'],
    ],
  },
  {
    name: 'df.duplicated(keep=False) on e-mail: near-duplicate leads with first and last name columns',
    text: `>>> leads[leads.duplicated(subset=['email'], keep=False)].sort_values('email')
     lead_id first_name    last_name                     email      source
2217  L-2217     Ingrid      Solberg  ingrid.solberg@proton.me     webinar
5480  L-5480     Ingrid  Solberg-Aas  ingrid.solberg@proton.me  trade_show
914   L-0914      Pavel        Novák     pavel.novak@seznam.cz       ebook
3305  L-3305      Pavel        Novak     pavel.novak@seznam.cz       ebook`,
    expected: [
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Solberg'],
      ['EMAIL', 'ingrid.solberg@proton.me'],
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Solberg-Aas'],
      ['EMAIL', 'ingrid.solberg@proton.me'],
      ['PERSON', 'Pavel'],
      ['PERSON', 'Novák'],
      ['EMAIL', 'pavel.novak@seznam.cz'],
      ['PERSON', 'Pavel'],
      ['PERSON', 'Novak'],
      ['EMAIL', 'pavel.novak@seznam.cz'],
    ],
  },
  {
    name: 'groupby(account_manager).agg(list): lists of contact names per manager, unquoted as pandas prints them',
    text: `>>> accounts.groupby('account_manager')['contact'].agg(list)
account_manager
Bruno Lefèvre                       [Camille Roux, Théo Marchand]
Ursula Kettler    [Lena Hoffmann, Jonas Richter, Mia Schäfer]
Name: contact, dtype: object`,
    expected: [
      ['PERSON', 'Bruno Lefèvre'],
      ['PERSON', 'Camille Roux'],
      ['PERSON', 'Théo Marchand'],
      ['PERSON', 'Ursula Kettler'],
      ['PERSON', 'Lena Hoffmann'],
      ['PERSON', 'Jonas Richter'],
      ['PERSON', 'Mia Schäfer'],
    ],
  },
  {
    name: "Italian to_dict('list') of a payments frame: titolare names and full card numbers, expiry dates",
    text: `>>> pagamenti[['titolare', 'pan', 'scadenza']].to_dict('list')
{'titolare': ['Giorgio Fabbri', 'Elisa Conti'], 'pan': ['4539820173645188', '5218740936254174'], 'scadenza': ['09/27', '03/26']}`,
    expected: [
      ['PERSON', 'Giorgio Fabbri'],
      ['PERSON', 'Elisa Conti'],
      ['CREDIT_CARD', '4539820173645188'],
      ['CREDIT_CARD', '5218740936254174'],
    ],
  },
  {
    name: 'US payroll boolean filter on an ssn column and its result: the SSN in the query and the row, a dob, a routing number',
    text: `>>> payroll.loc[payroll['ssn'] == '412-58-7390', ['employee', 'ssn', 'dob', 'bank_routing']]
             employee          ssn         dob  bank_routing
217  Latoya Whitfield  412-58-7390  1984-02-19     071000013`,
    expected: [
      ['US_SSN', '412-58-7390'],
      ['US_SSN', '412-58-7390'],
      ['PERSON', 'Latoya Whitfield'],
      ['DATE_OF_BIRTH', '1984-02-19'],
    ],
  },
  // ---------------------------------------------------------------- B. errors and checks that quote values
  {
    name: 'Portuguese KeyError traceback: an e-mail used as an index label, quoted in the source line and twice as the error',
    text: `---------------------------------------------------------------------------
KeyError                                  Traceback (most recent call last)
File ~/.venv/lib/python3.11/site-packages/pandas/core/indexes/base.py:3805, in Index.get_loc(self, key)
   3804 try:
-> 3805     return self._engine.get_loc(casted_key)
   3806 except KeyError as err:

KeyError: 'ana.souza@uol.com.br'

The above exception was the direct cause of the following exception:

KeyError                                  Traceback (most recent call last)
Cell In[22], line 1
----> 1 saldo = carteira.set_index('email').loc['ana.souza@uol.com.br', 'saldo']

KeyError: 'ana.souza@uol.com.br'`,
    expected: [
      ['EMAIL', 'ana.souza@uol.com.br'],
      ['EMAIL', 'ana.souza@uol.com.br'],
      ['EMAIL', 'ana.souza@uol.com.br'],
    ],
  },
  {
    name: 'German ValueError: could not convert string to float, quoting a Berlin landline from the telefon column',
    text: `Cell In[9], line 3
      1 # Telefonnummern als Zahl speichern, spart Platz (?)
----> 3 df['telefon'] = df['telefon'].astype(float)

File ~/.venv/lib/python3.11/site-packages/pandas/core/dtypes/astype.py:133, in _astype_nansafe(arr, dtype, copy, skipna)
    129     raise ValueError(msg)
--> 133     return arr.astype(dtype, copy=True)

ValueError: could not convert string to float: '+49 30 84729163'`,
    expected: [['PHONE', '+49 30 84729163']],
  },
  {
    name: 'Italian SettingWithCopyWarning followed by the row it was raised for: nome, cognome, email',
    text: `/tmp/ipykernel_4812/2279310458.py:4: SettingWithCopyWarning: 
A value is trying to be set on a copy of a slice from a DataFrame.
Try using .loc[row_indexer,col_indexer] = value instead

See the caveats in the documentation: https://pandas.pydata.org/pandas-docs/stable/user_guide/indexing.html#returning-a-view-versus-a-copy
  vip['segmento'] = 'oro'
   cliente_id       nome  cognome                            email segmento
7        1008  Francesca  Colombo  francesca.colombo@fastwebnet.it      oro`,
    expected: [
      ['PERSON', 'Francesca'],
      ['PERSON', 'Colombo'],
      ['EMAIL', 'francesca.colombo@fastwebnet.it'],
    ],
  },
  {
    name: 'French pytest assertion diff of two contact dicts: the same name, e-mail and phone on the assert line and in - and + lines',
    text: `    def test_normalise_contact():
>       assert normalise(brut) == attendu
E       AssertionError: assert {'courriel': 'helene.moreau@laposte.net', 'nom': 'MOREAU', 'prenom': 'Hélène', 'tel': '+33 6 12 48 93 70'} == {'courriel': 'helene.moreau@laposte.net', 'nom': 'Moreau', 'prenom': 'Hélène', 'tel': '+33612489370'}
E         
E         Full diff:
E           {
E               'courriel': 'helene.moreau@laposte.net',
E         -     'nom': 'Moreau',
E         +     'nom': 'MOREAU',
E               'prenom': 'Hélène',
E         -     'tel': '+33612489370',
E         +     'tel': '+33 6 12 48 93 70',
E           }

tests/test_contacts.py:41: AssertionError`,
    expected: [
      ['EMAIL', 'helene.moreau@laposte.net'],
      ['EMAIL', 'helene.moreau@laposte.net'],
      ['EMAIL', 'helene.moreau@laposte.net'],
      ['PERSON', 'MOREAU'],
      ['PERSON', 'MOREAU'],
      ['PERSON', 'Moreau'],
      ['PERSON', 'Moreau'],
      ['PERSON', 'Hélène'],
      ['PERSON', 'Hélène'],
      ['PERSON', 'Hélène'],
      ['PHONE', '+33 6 12 48 93 70'],
      ['PHONE', '+33 6 12 48 93 70'],
      ['PHONE', '+33612489370'],
      ['PHONE', '+33612489370'],
    ],
  },
  {
    name: 'pandera lazy validation failure_cases frame: a duplicated e-mail twice, a birth date failing a range check, a domestic mobile failing a pattern',
    text: String.raw`>>> try:
...     mitarbeiter_schema.validate(df, lazy=True)
... except pa.errors.SchemaErrors as err:
...     print(err.failure_cases)
  schema_context        column                  check check_number                 failure_case  index
0         Column         email                 unique         None  oskar.lindgren@bredband.net     11
1         Column         email                 unique         None  oskar.lindgren@bredband.net     57
2         Column  geburtsdatum  less_than(2008-01-01)            0                   2012-04-30     23
3         Column       telefon     str_matches('^\+')            0                0176 48213907     40`,
    expected: [
      ['EMAIL', 'oskar.lindgren@bredband.net'],
      ['EMAIL', 'oskar.lindgren@bredband.net'],
      ['DATE_OF_BIRTH', '2012-04-30'],
      ['PHONE', '0176 48213907'],
    ],
  },
  {
    name: 'Dutch pydantic v2 ValidationError after a constructor call: input_value echoes a domestic mobile and a birth date',
    text: String.raw`----> 1 Klant(voornaam='Daan', achternaam='Smits', telefoon='06-28471935', geboortedatum='12-3-1984')

ValidationError: 2 validation errors for Klant
telefoon
  String should match pattern '^\+31\d{9}$' [type=string_pattern_mismatch, input_value='06-28471935', input_type=str]
    For further information visit https://errors.pydantic.dev/2.7/v/string_pattern_mismatch
geboortedatum
  Input should be a valid date or datetime, input is too short [type=date_from_datetime_parsing, input_value='12-3-1984', input_type=str]
    For further information visit https://errors.pydantic.dev/2.7/v/date_from_datetime_parsing`,
    expected: [
      ['PERSON', 'Daan'],
      ['PERSON', 'Smits'],
      ['PHONE', '06-28471935'],
      ['PHONE', '06-28471935'],
      ['DATE_OF_BIRTH', '12-3-1984'],
      ['DATE_OF_BIRTH', '12-3-1984'],
    ],
  },
  {
    name: 'SQLAlchemy IntegrityError (UniqueViolation) with DETAIL quoting the key and the bound parameters of the insert',
    text: `sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "kunden_email_key"
DETAIL:  Key (email)=(m.brandt@web.de) already exists.

[SQL: INSERT INTO kunden (vorname, nachname, email, telefon) VALUES (%(vorname)s, %(nachname)s, %(email)s, %(telefon)s) RETURNING kunden.id]
[parameters: {'vorname': 'Maximilian', 'nachname': 'Brandt', 'email': 'm.brandt@web.de', 'telefon': '+49 171 9043826'}]
(Background on this error at: https://sqlalche.me/e/20/gkpj)`,
    expected: [
      ['EMAIL', 'm.brandt@web.de'],
      ['EMAIL', 'm.brandt@web.de'],
      ['PERSON', 'Maximilian'],
      ['PERSON', 'Brandt'],
      ['PHONE', '+49 171 9043826'],
    ],
  },
  {
    name: 'Snowflake COPY INTO error: a shifted CSV puts a customer name where a number was expected; query id and stage path',
    text: `COPY INTO raw.clientes FROM @raw.s3_stage/clientes_2024.csv FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1);

100038 (22018): 01b2e4c7-0001-9a3f-0000-4d1d0002b1e2: Numeric value 'Lucía Paredes' is not recognized
  File 'clientes_2024.csv', line 3812, character 14
  Row 3811, column "CLIENTES"["EDAD":4]
  If you would like to continue loading when an error is encountered, use other values such as 'SKIP_FILE' or 'CONTINUE' for the ON_ERROR option.`,
    expected: [['PERSON', 'Lucía Paredes']],
  },
  {
    name: 'BigQuery load error quoting an Italian landline that would not parse as INT64 in the telefono field',
    text: `google.api_core.exceptions.BadRequest: 400 Error while reading data, error message: Could not parse '+39 02 8742 1593' as INT64 for field telefono (position 4) starting at location 1843291  with message 'Unable to parse'; reason: invalid, location: gs://crm-landing/clienti/2024-11-19/part-0007.csv

Location: EU
Job ID: 6e1f0b2a-93c4-4d7e-a1b8-2c5f7e90d341`,
    expected: [['PHONE', '+39 02 8742 1593']],
  },
  {
    name: 'Spark AnalysisException: an e-mail passed to col() by mistake, echoed in the error and the unresolved plan',
    text: `AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name \`joao.pereira@sapo.pt\` cannot be resolved. Did you mean one of the following? [\`email\`, \`nome\`, \`telemovel\`, \`data_nascimento\`].;
'Filter ('joao.pereira@sapo.pt = email#412)
+- Relation spark_catalog.crm.clientes[id#410L,nome#411,email#412,telemovel#413,data_nascimento#414] parquet`,
    expected: [
      ['EMAIL', 'joao.pereira@sapo.pt'],
      ['EMAIL', 'joao.pereira@sapo.pt'],
    ],
  },
  // ---------------------------------------------------------------- C. SQL around the data
  {
    name: 'EXPLAIN ANALYZE with a Filter on lower(email) quoting the address as ::text, and the statement above it',
    text: `crm=# EXPLAIN ANALYZE SELECT * FROM customers WHERE lower(email) = 'rohan.mehta@rediffmail.com';
                                                  QUERY PLAN
--------------------------------------------------------------------------------------------------------------
 Seq Scan on customers  (cost=0.00..2210.42 rows=241 width=214) (actual time=11.802..19.337 rows=1 loops=1)
   Filter: (lower(email) = 'rohan.mehta@rediffmail.com'::text)
   Rows Removed by Filter: 48211
 Planning Time: 0.118 ms
 Execution Time: 19.364 ms
(5 rows)`,
    expected: [
      ['EMAIL', 'rohan.mehta@rediffmail.com'],
      ['EMAIL', 'rohan.mehta@rediffmail.com'],
    ],
  },
  {
    name: 'Dutch raw PostgreSQL statement log with literals: a mobile in a WHERE, an e-mail in an UPDATE, a private client host',
    text: `2024-11-18 09:14:02.331 CET [28417] analist@crm LOG:  duration: 14.208 ms  statement: SELECT * FROM klanten WHERE telefoon = '+31 6 2841 9375';
2024-11-18 09:14:09.902 CET [28417] analist@crm LOG:  duration: 2.114 ms  statement: UPDATE klanten SET email = 'bram.hendriks@kpnplanet.nl' WHERE klantnummer = 100877;
2024-11-18 09:14:11.015 CET [28422] [unknown]@[unknown] LOG:  connection received: host=10.8.3.41 port=51522`,
    expected: [
      ['PHONE', '+31 6 2841 9375'],
      ['EMAIL', 'bram.hendriks@kpnplanet.nl'],
      ['IP_ADDRESS', '10.8.3.41'],
    ],
  },
  {
    name: 'Italian INSERT … ON CONFLICT upsert of two clients: names, e-mails, mobiles, data_nascita, an IBAN',
    text: `INSERT INTO clienti (codice_cliente, nome, cognome, email, telefono, data_nascita, iban)
VALUES
  ('C-20931', 'Alessandro', 'Greco', 'alessandro.greco@virgilio.it', '+39 340 582 1947', '1976-09-23', 'IT78C0306909606100000482917'),
  ('C-20932', 'Martina', 'De Luca', 'martina.deluca@alice.it', '+39 328 441 0682', '1993-02-14', NULL)
ON CONFLICT (codice_cliente) DO UPDATE
  SET email = EXCLUDED.email, telefono = EXCLUDED.telefono, iban = EXCLUDED.iban;
INSERT 0 2`,
    expected: [
      ['PERSON', 'Alessandro'],
      ['PERSON', 'Greco'],
      ['EMAIL', 'alessandro.greco@virgilio.it'],
      ['PHONE', '+39 340 582 1947'],
      ['DATE_OF_BIRTH', '1976-09-23'],
      ['IBAN', 'IT78C0306909606100000482917'],
      ['PERSON', 'Martina'],
      ['PERSON', 'De Luca'],
      ['EMAIL', 'martina.deluca@alice.it'],
      ['PHONE', '+39 328 441 0682'],
      ['DATE_OF_BIRTH', '1993-02-14'],
    ],
  },
  {
    name: 'Window-function output in psql: ROW_NUMBER and lifetime SUM partitioned by customer_name, a family-first name with a comma',
    text: `SELECT customer_name, order_id, amount,
       ROW_NUMBER() OVER (PARTITION BY customer_name ORDER BY ordered_at DESC) AS rn,
       SUM(amount) OVER (PARTITION BY customer_name) AS lifetime
FROM orders WHERE ordered_at >= '2024-10-01' ORDER BY customer_name, rn;

  customer_name   | order_id | amount | rn | lifetime
------------------+----------+--------+----+----------
 Abigail Thornton |    88412 | 129.00 |  1 |   412.50
 Abigail Thornton |    87120 | 283.50 |  2 |   412.50
 Kwame Mensah     |    88390 |  54.99 |  1 |    54.99
 Tanaka, Yuki     |    88455 |  76.20 |  1 |   190.70
 Tanaka, Yuki     |    86031 | 114.50 |  2 |   190.70
(5 rows)`,
    expected: [
      ['PERSON', 'Abigail Thornton'],
      ['PERSON', 'Abigail Thornton'],
      ['PERSON', 'Kwame Mensah'],
      ['PERSON', 'Tanaka, Yuki'],
      ['PERSON', 'Tanaka, Yuki'],
    ],
  },
  {
    name: 'Polish CTE debugging session: the query with an e-mail literal, an intermediate result of plans, the final row with imie and nazwisko',
    text: `-- debug: dlaczego klient ma dwa aktywne abonamenty?
WITH aktywne AS (
  SELECT klient_id, plan, od FROM abonamenty WHERE do_kiedy IS NULL
), dane AS (
  SELECT k.id, k.imie, k.nazwisko, k.email FROM klienci k WHERE k.id IN (SELECT klient_id FROM aktywne)
)
SELECT * FROM dane WHERE email = 'agnieszka.dabrowska@interia.pl';

-- wynik pośredni: SELECT * FROM aktywne WHERE klient_id = 55120;
 klient_id |  plan   |     od
-----------+---------+------------
     55120 | premium | 2023-04-01
     55120 | basic   | 2024-01-15

-- wynik końcowy:
  id   |   imie    | nazwisko  |             email
-------+-----------+-----------+--------------------------------
 55120 | Agnieszka | Dąbrowska | agnieszka.dabrowska@interia.pl`,
    expected: [
      ['EMAIL', 'agnieszka.dabrowska@interia.pl'],
      ['EMAIL', 'agnieszka.dabrowska@interia.pl'],
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Dąbrowska'],
    ],
  },
  {
    name: 'dbt compile output with the seed CSV it reads: vorname and nachname columns, a test address on example.com excluded',
    text: `$ dbt compile --select stg_vip_kunden
14:02:11  Running with dbt=1.8.7
14:02:12  Found 42 models, 3 seeds, 118 data tests, 9 sources

$ cat seeds/vip_kunden.csv
kunden_nr,anrede,vorname,nachname,email
K-7781,Frau,Johanna,Lindemann,johanna.lindemann@t-online.de
K-7802,Herr,Cem,Aydın,cem.aydin@posteo.de

14:02:13  Compiled node 'stg_vip_kunden' is:
select
    kunden_nr,
    vorname || ' ' || nachname as voller_name,
    lower(email) as email
from "analytics"."seeds"."vip_kunden"
where email not in ('test@example.com')`,
    expected: [
      ['PERSON', 'Johanna'],
      ['PERSON', 'Lindemann'],
      ['EMAIL', 'johanna.lindemann@t-online.de'],
      ['PERSON', 'Cem'],
      ['PERSON', 'Aydın'],
      ['EMAIL', 'cem.aydin@posteo.de'],
    ],
  },
  {
    name: 'Spanish BigQuery INFORMATION_SCHEMA.JOBS history: a user e-mail, a service account, a raw query with a DNI and a phone literal',
    text: `SELECT creation_time, user_email, total_bytes_processed, query
FROM \`region-eu\`.INFORMATION_SCHEMA.JOBS
WHERE creation_time > TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 1 DAY) ORDER BY creation_time;

creation_time           | user_email                                          | total_bytes_processed | query
2024-11-20 10:42:17 UTC | marta.iglesias@aseguradora-iberica.es               |              18234112 | SELECT * FROM clientes.polizas WHERE dni = '48291736K' OR telefono = '+34 612 847 390'
2024-11-20 10:45:03 UTC | etl-runner@aseguradora-prod.iam.gserviceaccount.com |            4812663040 | MERGE clientes.polizas T USING staging.polizas S ON T.poliza_id = S.poliza_id WHEN MATCHED THEN UPDATE SET estado = S.estado`,
    expected: [
      ['EMAIL', 'marta.iglesias@aseguradora-iberica.es'],
      ['EMAIL', 'etl-runner@aseguradora-prod.iam.gserviceaccount.com'],
      ['PHONE', '+34 612 847 390'],
    ],
  },
  // ---------------------------------------------------------------- D. notebook files
  {
    name: 'Irish .ipynb JSON: one execute_result with the same row in text/html and text/plain, a dob column',
    text: String.raw`{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 5,
   "id": "7c1e9a2b",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/html": [
       "<div>\n",
       "<table border=\"1\" class=\"dataframe\">\n",
       "  <thead><tr style=\"text-align: right;\"><th></th><th>name</th><th>email</th><th>dob</th></tr></thead>\n",
       "  <tbody>\n",
       "    <tr><th>0</th><td>Siobhan Gallagher</td><td>siobhan.gallagher@eircom.net</td><td>1982-09-11</td></tr>\n",
       "  </tbody>\n",
       "</table>\n",
       "</div>"
      ],
      "text/plain": [
       "                name                         email         dob\n",
       "0  Siobhan Gallagher  siobhan.gallagher@eircom.net  1982-09-11"
      ]
     },
     "execution_count": 5,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "members.query(\"churned\").head(1)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}`,
    expected: [
      ['PERSON', 'Siobhan Gallagher'],
      ['PERSON', 'Siobhan Gallagher'],
      ['EMAIL', 'siobhan.gallagher@eircom.net'],
      ['EMAIL', 'siobhan.gallagher@eircom.net'],
      ['DATE_OF_BIRTH', '1982-09-11'],
      ['DATE_OF_BIRTH', '1982-09-11'],
    ],
  },
  {
    name: '.ipynb cell with an API key in its source and a stream output naming the reviewer the summary was sent to',
    text: String.raw`  {
   "cell_type": "code",
   "execution_count": 12,
   "id": "b41f07de",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Zusammenfassung gesendet an Konstantin Weißhaupt <k.weisshaupt@stadtwerke-ulm.de>\n",
      "Tokens: 1834 prompt / 412 completion\n"
     ]
    }
   ],
   "source": [
    "client = OpenAI(api_key=\"${openaiKey}\")\n",
    "summary = summarise(df_beschwerden, reviewer=\"k.weisshaupt@stadtwerke-ulm.de\")"
   ]
  }`,
    expected: [
      ['PERSON', 'Konstantin Weißhaupt'],
      ['EMAIL', 'k.weisshaupt@stadtwerke-ulm.de'],
      ['EMAIL', 'k.weisshaupt@stadtwerke-ulm.de'],
      ['SECRET', openaiKey],
    ],
  },
  {
    name: 'Databricks notebook source export: a German %md cell, a %sql cell filtering on an IBAN and a pasted result row',
    text: `# Databricks notebook source
# MAGIC %md
# MAGIC ## Rückläufer SEPA-Lastschriften – Prüfung

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT mandat_id, kontoinhaber, iban, betrag, rueckgabegrund
# MAGIC FROM finance.sepa_ruecklaeufer
# MAGIC WHERE iban = 'DE82370400440618274935'

# COMMAND ----------

# MAGIC %sql
# MAGIC -- Ergebnis (1 Zeile), aus der Zellausgabe kopiert:
# MAGIC -- MNDT-2024-118274 | Dieter Pohlmann | DE82370400440618274935 | 89.90 | AC04 Konto erloschen`,
    expected: [
      ['IBAN', 'DE82370400440618274935'],
      ['IBAN', 'DE82370400440618274935'],
      ['PERSON', 'Dieter Pohlmann'],
    ],
  },
  {
    name: 'Databricks %python cell export with a hard-coded personal access token and a workspace host',
    text: `# COMMAND ----------

# MAGIC %python
# MAGIC # TODO: in dbutils.secrets verschieben
# MAGIC from databricks.sdk import WorkspaceClient
# MAGIC w = WorkspaceClient(host="https://adb-4829173650128374.11.azuredatabricks.net", token="${databricksToken}")
# MAGIC runs = w.jobs.list_runs(job_id=918273645)`,
    expected: [['SECRET', databricksToken]],
  },
  {
    name: 'Deepnote YAML cell export: a connection URL with a password to a private host, and a Spanish result with a person',
    text: `- blockGroup: 9f2c1e7a4b
  type: code
  content: |
    import sqlalchemy as sa
    engine = sa.create_engine("postgresql+psycopg2://analytics:${crmPassword}@10.20.4.17:5432/crm")
    pd.read_sql("select nombre, email, telefono from clientes where id = 88123", engine)
  executionCount: 3
  outputs:
    - output_type: execute_result
      data:
        text/plain: |
                        nombre                      email         telefono
          0  Rocío Benítez Cano  rocio.benitez@movistar.es  +34 655 120 847`,
    expected: [
      ['SECRET', crmPassword],
      ['IP_ADDRESS', '10.20.4.17'],
      ['PERSON', 'Rocío Benítez Cano'],
      ['EMAIL', 'rocio.benitez@movistar.es'],
      ['PHONE', '+34 655 120 847'],
    ],
  },
  {
    name: 'Hex project YAML: a Snowflake connection with a password, a SQL cell and its pinned Brazilian result preview with a CPF',
    text: `connections:
  - name: snowflake_prod
    type: snowflake
    account: xy12345.eu-central-1
    user: HEX_SERVICE
    password: ${snowflakePassword}
cells:
  - cellId: 5d0e2f8a-71c3-4b9e-a6f2-0c8d9e1b3a47
    cellType: SQL
    config:
      source: |-
        select nome, cpf, celular, email from crm.clientes_br where ultimo_pedido < '2024-01-01' limit 2
      resultPreview: |-
        NOME                  | CPF            | CELULAR            | EMAIL
        Thiago Nascimento     | 482.917.365-04 | +55 11 98472-3619  | thiago.nasc@uol.com.br
        Larissa Albuquerque   | 319.204.857-12 | +55 21 99730-1584  | larissa.alb@bol.com.br`,
    expected: [
      ['SECRET', snowflakePassword],
      ['PERSON', 'Thiago Nascimento'],
      ['PHONE', '+55 11 98472-3619'],
      ['EMAIL', 'thiago.nasc@uol.com.br'],
      ['PERSON', 'Larissa Albuquerque'],
      ['PHONE', '+55 21 99730-1584'],
      ['EMAIL', 'larissa.alb@bol.com.br'],
    ],
  },
  {
    name: 'Portuguese marimo cell: a patient filtered by name and shown in mo.md with Data de nascimento and Telemóvel',
    text: `@app.cell
def _(mo, pacientes):
    selecionado = pacientes[pacientes["nome"] == "Inês Figueiredo"]
    mo.md(
        """
        **Paciente:** Inês Figueiredo  
        **Data de nascimento:** 14/06/1968  
        **Telemóvel:** +351 936 284 107
        """
    )
    return (selecionado,)`,
    expected: [
      ['PERSON', 'Inês Figueiredo'],
      ['PERSON', 'Inês Figueiredo'],
      ['DATE_OF_BIRTH', '14/06/1968'],
      ['PHONE', '+351 936 284 107'],
    ],
  },
  {
    name: 'French Observable cells: a select input over unpaid clients and the inspector preview of the array, nom and prénom apart',
    text: `viewof client = Inputs.select(clients, {label: "Client", format: (d) => d.nom + " " + d.prenom})

clients = FileAttachment("clients_impayes.csv").csv({typed: true})
// clients = Array(2) [
//   0: Object {nom: "Lemaire", prenom: "Bastien", courriel: "bastien.lemaire@free.fr", iban: "FR7620041010050548271936044", montant: 412.3}
//   1: Object {nom: "Nguyen", prenom: "Thu Trang", courriel: "thutrang.nguyen@sfr.fr", iban: null, montant: 86}
// ]`,
    expected: [
      ['PERSON', 'Lemaire'],
      ['PERSON', 'Bastien'],
      ['EMAIL', 'bastien.lemaire@free.fr'],
      ['IBAN', 'FR7620041010050548271936044'],
      ['PERSON', 'Nguyen'],
      ['PERSON', 'Thu Trang'],
      ['EMAIL', 'thutrang.nguyen@sfr.fr'],
    ],
  },
  {
    name: 'Spanish Jupyter cell with a SEPA refund frame printed by print(df.to_string()): titular and IBAN columns',
    text: `print(devoluciones[['titular', 'iban', 'importe', 'motivo']].to_string(index=False))
            titular                      iban  importe           motivo
 Marcos Villalobos Peña  ES2600491500012810473962    49.90  MD06 reembolso
          Ainhoa Larrañaga  ES7021000418454829137605   120.00  AC04 cuenta cerrada`,
    expected: [
      ['PERSON', 'Marcos Villalobos Peña'],
      ['IBAN', 'ES2600491500012810473962'],
      ['PERSON', 'Ainhoa Larrañaga'],
      ['IBAN', 'ES7021000418454829137605'],
    ],
  },
  {
    name: 'Polish Jupyter cell: nested JSON column flattened with json_normalize, kontakt.email and kontakt.telefon',
    text: `>>> pd.json_normalize(zamowienia_raw, sep='.')[['zamowienie_id', 'klient.imie_nazwisko', 'klient.kontakt.email', 'klient.kontakt.telefon']]
   zamowienie_id klient.imie_nazwisko   klient.kontakt.email klient.kontakt.telefon
0       ZM-48213   Bartosz Kaczmarek   b.kaczmarek@o2.pl        +48 698 204 713
1       ZM-48214   Zofia Wróblewska    zofia.wroblewska@gazeta.pl   +48 605 917 382`,
    expected: [
      ['PERSON', 'Bartosz Kaczmarek'],
      ['EMAIL', 'b.kaczmarek@o2.pl'],
      ['PHONE', '+48 698 204 713'],
      ['PERSON', 'Zofia Wróblewska'],
      ['EMAIL', 'zofia.wroblewska@gazeta.pl'],
      ['PHONE', '+48 605 917 382'],
    ],
  },
  {
    name: 'Japanese assistant answer about a member row: 生年月日 asked and answered, a name family-first with a space',
    text: `ユーザー: 会員ID 20733 の生年月日は？
アシスタント: df.loc[df["会員ID"] == 20733] の結果によると、伊藤 さくら さんの生年月日は 1992年4月8日 です。メールは sakura.ito@softbank.ne.jp で登録されています。`,
    expected: [
      ['PERSON', '伊藤 さくら'],
      ['DATE_OF_BIRTH', '1992年4月8日'],
      ['EMAIL', 'sakura.ito@softbank.ne.jp'],
    ],
  },
  {
    name: 'Korean pytest parametrize ids and a failing assertion on a normalised phone, with the customer named in the fixture',
    text: `FAILED tests/test_정규화.py::test_전화번호_정규화[윤하은-010 3827 4619] - AssertionError: assert '01038274619' == '+82 10-3827-4619'
  - +82 10-3827-4619
  + 01038274619`,
    expected: [
      ['PERSON', '윤하은'],
      ['PHONE', '010 3827 4619'],
      ['PHONE', '01038274619'],
      ['PHONE', '01038274619'],
      ['PHONE', '+82 10-3827-4619'],
      ['PHONE', '+82 10-3827-4619'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives (clean)
  {
    name: 'clean: German df.dtypes and df.info() only, personal column names but no values',
    text: `>>> kunden.dtypes
kunden_id                int64
vorname                 object
nachname                object
email                   object
telefon                 object
geburtsdatum    datetime64[ns]
iban                    object
dtype: object

>>> kunden.info(memory_usage='deep')
<class 'pandas.core.frame.DataFrame'>
RangeIndex: 48212 entries, 0 to 48211
Data columns (total 7 columns):
 #   Column        Non-Null Count  Dtype         
---  ------        --------------  -----         
 0   kunden_id     48212 non-null  int64         
 1   vorname       48212 non-null  object        
 2   nachname      48212 non-null  object        
 3   email         47930 non-null  object        
 4   telefon       41877 non-null  object        
 5   geburtsdatum  48102 non-null  datetime64[ns]
 6   iban          39114 non-null  object        
dtypes: datetime64[ns](1), int64(1), object(5)
memory usage: 21.4 MB`,
    expected: [],
  },
  {
    name: 'clean: French aggregated metrics by département: counts, sums, median age, churn rate',
    text: `>>> clients.groupby('departement').agg(nb_clients=('id_client', 'nunique'), ca_total=('montant', 'sum'), age_median=('age', 'median'), taux_churn=('churn', 'mean')).round(2)
             nb_clients    ca_total  age_median  taux_churn
departement                                                
13                 4821   1284310.5        41.0        0.12
33                 3017    802114.2        38.5        0.09
69                 5290   1499023.8        40.0        0.11
75                12804   4120377.1        36.0        0.14`,
    expected: [],
  },
  {
    name: 'clean: hashed and masked identifiers in a Dutch export: sha256 of e-mails, masked addresses and phones',
    text: `>>> klanten_export[['klant_hash', 'email_masked', 'telefoon_masked']].head(3)
                                                         klant_hash          email_masked telefoon_masked
0  9f2c1e7a4b8d3605e1f4c92b7a3d8e60f7a1c2d3b4e5f60718293a4b5c6d7e8f  s****@z****.nl   +31 6 ****9375
1  4ab0e19c7d2f5836a1e0b9c4d7f2a5e8b1c4d7e0a3f6b9c2d5e8f1a4b7c0d3e6  t****@k****.nl   +31 6 ****1182
2  c7d2f58364ab0e19a1e0b9c4d7f2a5e8b1c4d7e0a3f6b9c2d5e8f1a4b7c0d3e6  f****@o****.com  +31 6 ****5520`,
    expected: [],
  },
  {
    name: 'clean: Spark driver log with application, job and stage ids, UUIDs and a W3C trace id',
    text: `24/11/20 10:42:17 INFO SparkContext: Submitted application: kundensegmente_nightly
24/11/20 10:42:18 INFO YarnClientSchedulerBackend: Application application_1732089311204_0417 has started running.
24/11/20 10:42:31 INFO DAGScheduler: Got job 12 (save at NativeMethodAccessorImpl.java:0) with 200 output partitions
24/11/20 10:42:31 INFO FileFormatWriter: Write Job 3f8c2a91-7d4e-4b61-9e0a-5c2d7f1b8e34 committed. Elapsed time: 8412 ms.
24/11/20 10:42:32 INFO Tracing: traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 run_id=d1e8a4c7-2b90-4f3e-8a61-7c0e5b9d2f14`,
    expected: [],
  },
  {
    name: 'clean: timing output of %%time and %timeit and a tqdm progress bar with durations and rates',
    text: `CPU times: user 4.21 s, sys: 612 ms, total: 4.82 s
Wall time: 5.07 s

18.4 ms ± 412 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)

Scoring: 100%|██████████| 48212/48212 [02:41<00:00, 298.51it/s]
Letzter Lauf: 2024-11-20 03:15:07+01:00, Dauer 00:12:48.331`,
    expected: [],
  },
  {
    name: 'clean: pd.show_versions() output with version strings, a commit hash, a kernel release and a locale',
    text: `INSTALLED VERSIONS
------------------
commit                : d9cdd2ee5a58015ef6f4d15c7226110c9aab8140
python                : 3.11.9.final.0
python-bits           : 64
OS                    : Linux
OS-release            : 6.5.0-1022-azure
machine               : x86_64
byteorder             : little
LC_ALL                : None
LANG                  : ja_JP.UTF-8
LOCALE                : ja_JP.UTF-8

pandas                : 2.2.2
numpy                 : 1.26.4
pytz                  : 2024.1
dateutil              : 2.9.0.post0
pyarrow               : 15.0.2
sqlalchemy            : 2.0.30
psycopg2              : 2.9.9
IPython               : 8.24.0`,
    expected: [],
  },
  {
    name: 'clean: EXPLAIN (ANALYZE, BUFFERS) of an aggregate whose filter holds only numeric and date literals',
    text: `EXPLAIN (ANALYZE, BUFFERS) SELECT region, count(*) FROM orders WHERE amount > 250 AND created_at >= '2024-01-01' GROUP BY region;
                                                       QUERY PLAN
-------------------------------------------------------------------------------------------------------------------------
 HashAggregate  (cost=2841.10..2841.17 rows=7 width=40) (actual time=38.201..38.205 rows=7 loops=1)
   Group Key: region
   Batches: 1  Memory Usage: 24kB
   Buffers: shared hit=1204
   ->  Seq Scan on orders  (cost=0.00..2712.00 rows=25820 width=32) (actual time=0.012..29.884 rows=25611 loops=1)
         Filter: ((amount > '250'::numeric) AND (created_at >= '2024-01-01 00:00:00+00'::timestamp with time zone))
         Rows Removed by Filter: 74389
 Planning Time: 0.201 ms
 Execution Time: 38.290 ms`,
    expected: [],
  },
  {
    name: 'clean: psql \\d of a German customer table: columns, indexes and a check constraint with a regex',
    text: String.raw`crm=# \d kunden
                                      Table "public.kunden"
    Column    |           Type           | Collation | Nullable |              Default
--------------+--------------------------+-----------+----------+-----------------------------------
 id           | bigint                   |           | not null | nextval('kunden_id_seq'::regclass)
 vorname      | text                     |           | not null |
 nachname     | text                     |           | not null |
 email        | citext                   |           |          |
 telefon      | text                     |           |          |
 geburtsdatum | date                     |           |          |
 angelegt_am  | timestamp with time zone |           | not null | now()
Indexes:
    "kunden_pkey" PRIMARY KEY, btree (id)
    "kunden_email_key" UNIQUE CONSTRAINT, btree (email)
Check constraints:
    "kunden_email_check" CHECK (email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'::citext)`,
    expected: [],
  },
  {
    name: 'clean: pg_stat_statements with normalised $1 parameters instead of literals',
    text: `crm=# SELECT calls, round(mean_exec_time::numeric, 2) AS mean_ms, query FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 3;
 calls  | mean_ms |                                   query
--------+---------+---------------------------------------------------------------------------
 182733 |    0.41 | SELECT * FROM kunden WHERE email = $1
  48120 |    3.87 | UPDATE kunden SET telefon = $1, geaendert_am = now() WHERE id = $2
   9921 |   12.60 | SELECT vorname, nachname FROM kunden WHERE geburtsdatum BETWEEN $1 AND $2
(3 rows)`,
    expected: [],
  },
  {
    name: 'clean: a Polish and German pytest fixture of placeholder people on reserved domains',
    text: `@pytest.fixture
def klienci_testowi() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "imie_nazwisko": ["Jan Kowalski", "Max Mustermann", "Erika Mustermann", "Jane Doe"],
            "email": ["jan.kowalski@example.com", "max@example.org", "erika.mustermann@example.net", "jane.doe@example.com"],
            "segment": ["A", "B", "B", "C"],
        }
    )`,
    expected: [],
  },
  {
    name: 'clean: Great Expectations result listing rejected values: e-mails without a domain, an IBAN failing mod 97, a card failing Luhn',
    text: `{
  "expectation_config": {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "email"}},
  "success": false,
  "result": {"element_count": 48212, "unexpected_count": 3, "partial_unexpected_list": ["brak", "kein-email@", "n/a"]}
}
{
  "expectation_config": {"expectation_type": "expect_column_values_to_be_valid_iban", "kwargs": {"column": "iban"}},
  "success": false,
  "result": {"unexpected_count": 1, "partial_unexpected_list": ["DE12500105175407324921"]}
}
{
  "expectation_config": {"expectation_type": "expect_column_values_to_pass_luhn", "kwargs": {"column": "karte"}},
  "success": false,
  "result": {"unexpected_count": 1, "partial_unexpected_list": ["4539820173645181"]}
}`,
    expected: [],
  },
  {
    name: 'clean: Italian value_counts of shop branches on streets and squares named after people',
    text: `>>> vendite['filiale'].value_counts()
filiale
Via Giuseppe Garibaldi 14        8123
Corso Vittorio Emanuele II 72    6740
Piazza Dante 3                   5219
Viale Alessandro Manzoni 88      3377
Name: count, dtype: int64`,
    expected: [],
  },
  {
    name: 'clean: Polish frame of PESEL, NIP and REGON columns only: national and company ids are none of our types',
    text: `>>> kontrahenci[['pesel', 'nip', 'regon']].head(3)
         pesel         nip      regon
0  85071203486  5213741289  146920384
1  92110507153  7792318406  301748215
2  78030914527  9521847360  383019274`,
    expected: [],
  },
  {
    name: 'clean: a notebook markdown cell citing public figures as topics and statistical methods named after people',
    text: `## Warum Visualisierung?

Florence Nightingale zeigte mit ihrem Polardiagramm, dass die meisten Soldaten an vermeidbaren Krankheiten starben; John Snow kartierte 1854 die Cholera-Fälle in Soho. Für unsere Daten nehmen wir Tukeys Boxplot, die Pearson-Korrelation und den Kaplan-Meier-Schätzer, wie in Hans Roslings Vorträgen erklärt.`,
    expected: [],
  },
  {
    name: 'clean: Japanese df.describe() of numeric member columns: age, purchases and spend statistics',
    text: `>>> 会員[['年齢', '購入回数', '累計金額']].describe().round(1)
           年齢     購入回数       累計金額
count  1204.0   1204.0     1204.0
mean     41.3     12.7    84120.5
std      12.9      9.4    61233.8
min      18.0      1.0      980.0
25%      31.0      5.0    38410.0
50%      40.0     11.0    71200.0
75%      51.0     18.0   114900.0
max      79.0     64.0   498300.0`,
    expected: [],
  },
  {
    name: 'clean: Korean marimo cell with a slider and an aggregate chart of monthly signups; 주민등록번호 only as a dropped column name',
    text: `@app.cell
def _(mo, 회원):
    기간 = mo.ui.slider(1, 24, value=12, label="개월")
    월별 = 회원.drop(columns=["주민등록번호", "전화번호"]).groupby(회원["가입일"].dt.to_period("M")).size()
    mo.vstack([기간, mo.ui.altair_chart(alt.Chart(월별.reset_index()).mark_bar().encode(x="가입일:T", y="0:Q"))])
    return (기간, 월별)`,
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 56: notebook assistant material — pandas shapes, errors quoting values, SQL around the data, notebook files',
  cases,
);
