import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-ninth hand-written hold-out: notebook-like context that a data product sends to an LLM,
 * from data teams in Asia, the Middle East, Africa and Oceania. A query and its result printed by
 * psql (Japan, South Africa, an EXPLAIN ANALYZE in Japanese), MySQL client boxes (China, the
 * Philippines), SQL Server grid copies and "Results to Text" (Saudi Arabia, Pakistan, Australia),
 * a Spark SQL console (China); markdown tables (India) and CSV exports (Indonesia, Israel, a Turkish
 * payroll); pandas print(df), df.head(), df.sample(), df.to_markdown(), df.iloc[0], df.info() and
 * groupby output where East-Asian wide characters misalign the columns (Korea, Vietnam, Turkey,
 * Thailand with Buddhist-era years, Taiwan with 民國 years, Hong Kong, Bangladesh with Bengali
 * digits, New Zealand, Malaysia); Polars (Australia) and PySpark show() frames (Singapore);
 * schemas: a MySQL CREATE TABLE with Japanese COMMENTs, a PostgreSQL table with Korean COMMENT ON
 * and seed rows, a dbt schema.yml in Traditional Chinese and a DataHub-style catalog JSON with pii
 * tags and sample values (UAE); Python cells: romanising Chinese names with pypinyin, normalising
 * Pakistani and Bangladeshi phones to E.164, a Paystack customer lookup (Nigeria) and a Solapi SMS
 * call (Korea) with their printed JSON, a %%writefile config with live secrets (Dubai); Jupyter
 * tracebacks that print a row (a Japanese era birth date that fails to parse, an Egyptian KeyError
 * after print(df.iloc[0])); application logs: M-Pesa callbacks as JSON lines (Kenya), Spring Boot
 * with Lombok toString and Hibernate binds (Korea), Node/Express with headers and a body (New
 * Zealand), Laravel with a user model (Saudi Arabia), a MoMo IPN (Vietnam); Airflow task logs
 * (Singapore, India) and dbt test/show output (Israel); markdown notes between cells in Japanese
 * and English. Column names are local, English or mixed (氏名, フリガナ, 生年月日, 姓名, 手机号,
 * 성명, 생년월일, 휴대폰, नाम, जन्म तिथि, الاسم, تاريخ الميلاد, ad_soyad, dogum_tarihi, ho_ten,
 * ngay_sinh, nama, tanggal_lahir, שם_פרטי, নাম …). Hard negatives of the same shapes: national ids
 * (My Number, 身份证号, 身分證字號, 주민등록번호 masked and zeroed, Aadhaar masked and not, PAN, NIK,
 * CCCD, Thai ID, TC kimlik, Emirates ID, Saudi ID and Iqama, Egyptian national id, CNIC, NID, NRIC
 * and FIN, HKID, SSS and TIN, SA ID, Israeli ת.ז., Kenyan id and KRA PIN, BVN, TFN, Medicare, IHI
 * (Luhn-valid), NHI, IRD), postcodes, amounts, order, sign-up, hire, join and run dates (some in era
 * or ROC form), timestamps, versions, UUIDs, hashes, HMAC signatures, transaction, checkout,
 * tracking and receipt numbers, a Luhn-invalid mistyped card and masked cards, a UPI VPA, a
 * HyperPay result code, usernames and corpuser URNs, colleagues by family name or given name alone
 * (佐々木さん, グエンさん, Rohit, Omar), compound surnames alone (司马, 欧阳), places, streets,
 * roads, airports, hospitals, universities and shops named after people (中山路, 中山区, 中正路,
 * Mahatma Gandhi Road, Nehru Nagar, Sardar Patel Towers, Jl. Jend. Sudirman, Jl. Gajah Mada, Lê Lợi,
 * Hai Bà Trưng, Trần Hưng Đạo, Nguyễn Thị Minh Khai, Atatürk Bulvarı, İnönü Caddesi, Sabiha Gökçen,
 * ถ.พระราม 4, ถ.นิมมานเหมินท์, Sheikh Zayed Road, شارع جمال عبد الناصر, Herzl and Jabotinsky, Nnamdi
 * Azikiwe Street, Obafemi Awolowo University, Anton Lembede Street, Nelson Mandela Drive, J.P. Rizal
 * St., Gen. Malvar St., Allama Iqbal Town, Jalan Tun Razak, Royal Prince Alfred Hospital, Sir
 * Charles Gairdner Hospital, Sri Krishna Sweets), and placeholder people (山田太郎, 张三, 李四, 王小明,
 * 陳大文/CHAN TAI MAN, 홍길동, Nguyễn Văn A, สมชาย ใจดี, ישראל ישראלי, JUAN DELA CRUZ, Test Employee)
 * with dummy phones and example.com addresses. Each case lists every value it expects found, with its
 * type; anything else flagged is a false positive. A title or honorific (Dr, Ibu, นาย, นางสาว, นาง,
 * さん, 님, মৃত "late") is no part of a name's span; one "LAST, First" field is one span; a lone given or
 * family name counts only when the same person is named in full in the same text, while a value under
 * a labelled name field (first_name, surname, FirstName, שם_פרטי, holder, account_name) counts even
 * alone; a maiden name given as 旧姓 counts. A name's reading (フリガナ) and its romanisation are
 * PERSON too. Birth dates count in every written form (era, Buddhist, ROC, Hijri beside Gregorian,
 * Bengali digits, compact YYYYMMDD), also inside an error message; other dates do not. Phones count
 * in local, E.164 and MSISDN form, also a business's number. Values are fake: Luhn-valid made-up
 * cards, IBANs with valid mod-97 check digits, made-up names, numbers and keys.
 */
const k = joinParts;
const paystackKey = k('sk_live_', '8c1f4e0a93b27d56', 'e1c04f9a7b2d38e6c5a10f47');
const memberDbPassword = k('Mbr#2024', '!kr7Qx');
const claimsJwt = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJzdWIiOiJtZW1fNTUxMjAiLCJzY29wZSI6ImNsYWltczp3cml0ZSIsImlzcyI6Imh0dHBzOi8vYXV0aC5rb3doYWloZWFsdGguY28ubnoiLCJleHAiOjE3MTAyMDk2NjJ9',
  '.',
  'q3Vt8Lx2Rm9WcK4bN7pZ1yHd5JfG0sAe6uTiOo2nEw',
);
const reconDbPassword = k('Qsr!Recon', '2024#Dxb');
const ngeniusApiKey = k(
  'ZjE4Y2E3NDItOWI1Mi00ZDNhLWE3YzEtMmQ4ZTYwZjRiOTE3Ok',
  'dWm2VxN9pLr4TzKc8BdF1gH5jS0aE3uQ7wRt',
);
const uaepassSecret = k('Hx7Lq2Vz9Kp4', 'Wm8Nc3Rt6Yb1');
const solapiKey = k('NCSA', 'YU7YDBXYORXC');
const solapiSecret = k('XQ4MZ8VLRT2KWN7P', 'C9HJ3BDF6GS1YA5E0UOI8ZRT');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- SQL clients
  {
    name: 'psql result of a Japanese CRM query: 氏名 with its フリガナ reading, 生年月日, 電話番号 and メール per row, a 山田 太郎 dummy row, postcodes and 登録日',
    text: `analytics=> SELECT 顧客id, 氏名, フリガナ, 生年月日, 電話番号, メール, 郵便番号, 登録日
analytics->   FROM crm.顧客マスタ
analytics->  WHERE 登録日 >= '2024-03-01'
analytics->  ORDER BY 顧客id LIMIT 5;
 顧客id |    氏名     |       フリガナ        |  生年月日  |   電話番号    |           メール           | 郵便番号 |   登録日
--------+-------------+-----------------------+------------+---------------+----------------------------+----------+------------
 100231 | 佐藤 美咲   | サトウ ミサキ         | 1988-11-02 | 090-3158-7724 | misaki.sato88@docomo.ne.jp | 150-0041 | 2024-03-01
 100232 | 山田 太郎   | ヤマダ タロウ         | 1900-01-01 | 000-0000-0000 | test@example.com           | 100-0001 | 2024-03-01
 100233 | 渡邉 健一郎 | ワタナベ ケンイチロウ | 1975-06-19 | 080-6627-1390 | k.watanabe@nifty.com       | 460-0008 | 2024-03-02
 100234 | 中村 あかり | ナカムラ アカリ       | 2001-04-27 | 070-2284-5516 | akari.n0427@gmail.com      | 530-0001 | 2024-03-04
 100235 | 金 珉俊     | キム ミンジュン       | 1993-09-14 | 03-5789-2160  | minjun.kim@naver.com       | 169-0073 | 2024-03-05
(5 rows)
`,
    // 山田 太郎 with 1900-01-01, 000-0000-0000 and test@example.com is the dummy row; postcodes and 登録日 are not ours.
    expected: [
      ['PERSON', '佐藤 美咲'],
      ['PERSON', 'サトウ ミサキ'],
      ['DATE_OF_BIRTH', '1988-11-02'],
      ['PHONE', '090-3158-7724'],
      ['EMAIL', 'misaki.sato88@docomo.ne.jp'],
      ['PERSON', '渡邉 健一郎'],
      ['PERSON', 'ワタナベ ケンイチロウ'],
      ['DATE_OF_BIRTH', '1975-06-19'],
      ['PHONE', '080-6627-1390'],
      ['EMAIL', 'k.watanabe@nifty.com'],
      ['PERSON', '中村 あかり'],
      ['PERSON', 'ナカムラ アカリ'],
      ['DATE_OF_BIRTH', '2001-04-27'],
      ['PHONE', '070-2284-5516'],
      ['EMAIL', 'akari.n0427@gmail.com'],
      ['PERSON', '金 珉俊'],
      ['PERSON', 'キム ミンジュン'],
      ['DATE_OF_BIRTH', '1993-09-14'],
      ['PHONE', '03-5789-2160'],
      ['EMAIL', 'minjun.kim@naver.com'],
    ],
  },
  {
    name: 'MySQL client box from a Chinese e-commerce user table: 姓名, 手机号, 身份证号, 出生日期 and 注册时间, a 张三 test row with 13800000000, an address on 中山路',
    text: `mysql> SELECT user_id, 姓名, 手机号, 身份证号, 出生日期, 注册时间, 收货地址 FROM t_user WHERE city = '青岛' LIMIT 4;
+---------+--------------+-------------+--------------------+------------+---------------------+------------------------------------------+
| user_id | 姓名         | 手机号      | 身份证号           | 出生日期   | 注册时间            | 收货地址                                 |
+---------+--------------+-------------+--------------------+------------+---------------------+------------------------------------------+
|  880413 | 刘海燕       | 13869420715 | 370202198607143528 | 1986-07-14 | 2023-11-02 09:14:33 | 青岛市市南区中山路116号3单元502          |
|  880414 | 张三         | 13800000000 | 110101199001011234 | 1990-01-01 | 2023-11-02 10:01:07 | 测试地址                                 |
|  880419 | 欧阳振华     | 15966218340 | 370203197912053017 | 1979-12-05 | 2023-11-03 18:47:52 | 青岛市市北区延安三路88号                 |
|  880422 | 孙立群       | 18561937702 | 37021220000319442X | 2000-03-19 | 2023-11-05 21:30:11 | 青岛市崂山区香港东路195号                |
+---------+--------------+-------------+--------------------+------------+---------------------+------------------------------------------+
4 rows in set (0.03 sec)`,
    // 张三 with 13800000000 is a test row; 身份证号 values are national ids; 中山路 is named after Sun Yat-sen; 注册时间 are not birth dates.
    expected: [
      ['PERSON', '刘海燕'],
      ['PHONE', '13869420715'],
      ['DATE_OF_BIRTH', '1986-07-14'],
      ['PERSON', '欧阳振华'],
      ['PHONE', '15966218340'],
      ['DATE_OF_BIRTH', '1979-12-05'],
      ['PERSON', '孙立群'],
      ['PHONE', '18561937702'],
      ['DATE_OF_BIRTH', '2000-03-19'],
    ],
  },
  {
    name: 'SSMS "Copy with Headers" grid from a Saudi HR view: English and Arabic names, Hijri birth dates beside Gregorian, Saudi ID and Iqama, payroll IBANs, a Test Employee row',
    text: `-- HRDB.dbo.vw_EmployeeMaster @ SQLPRD-RUH-02 (Results → Copy with Headers)
SELECT TOP 4 EmployeeNo, FullNameEn, FullNameAr, NationalID_Iqama, DOB_Hijri, DOB_Gregorian, Mobile, PayrollIBAN, HireDate, Dept
FROM dbo.vw_EmployeeMaster WHERE Dept = N'المالية' ORDER BY HireDate;

EmployeeNo	FullNameEn	FullNameAr	NationalID_Iqama	DOB_Hijri	DOB_Gregorian	Mobile	PayrollIBAN	HireDate	Dept
100482	Abdulrahman Saleh Al-Otaibi	عبدالرحمن صالح العتيبي	1087654321	1410/07/22	1990-02-18	0553182047	SA03 8000 0000 6080 1016 7519	2016-09-01	المالية
100533	Ahmed Mohamed Farouk	أحمد محمد فاروق	2398120475	NULL	1987-10-30	0567723019	NULL	2019-06-15	المالية
100517	Maryam Yousef Al-Harbi	مريم يوسف الحربي	1093318620	1415/11/03	1995-04-03	+966 50 194 7362	SA64 0500 0068 2029 1844 3000	2021-01-10	المالية
100540	Test Employee	موظف تجريبي	0000000000	NULL	1900-01-01	0500000000	NULL	2024-01-01	المالية

(4 rows affected)

Completion time: 2024-03-12T09:41:27.5531824+03:00`,
    // Saudi ids and the Iqama number, hire dates and the Test Employee dummy row are not ours.
    expected: [
      ['PERSON', 'Abdulrahman Saleh Al-Otaibi'],
      ['PERSON', 'عبدالرحمن صالح العتيبي'],
      ['DATE_OF_BIRTH', '1410/07/22'],
      ['DATE_OF_BIRTH', '1990-02-18'],
      ['PHONE', '0553182047'],
      ['IBAN', 'SA03 8000 0000 6080 1016 7519'],
      ['PERSON', 'Ahmed Mohamed Farouk'],
      ['PERSON', 'أحمد محمد فاروق'],
      ['DATE_OF_BIRTH', '1987-10-30'],
      ['PHONE', '0567723019'],
      ['PERSON', 'Maryam Yousef Al-Harbi'],
      ['PERSON', 'مريم يوسف الحربي'],
      ['DATE_OF_BIRTH', '1415/11/03'],
      ['DATE_OF_BIRTH', '1995-04-03'],
      ['PHONE', '+966 50 194 7362'],
      ['IBAN', 'SA64 0500 0068 2029 1844 3000'],
    ],
  },
  {
    name: 'psql join from a South African retailer: first_name and surname columns apart, 13-digit SA ID numbers that hold the birth date, cellphones, streets renamed after people',
    text: `warehouse=# SELECT c.customer_id, c.first_name, c.surname, c.id_number, c.date_of_birth, c.cellphone, c.email, a.street, a.city, a.postal_code
warehouse-#   FROM crm.customers c JOIN crm.addresses a USING (customer_id)
warehouse-#  WHERE a.city IN ('Durban', 'Mthatha') AND c.created_at >= '2024-02-01'
warehouse-#  ORDER BY c.customer_id;
 customer_id | first_name | surname |   id_number   | date_of_birth |    cellphone    |            email             |           street            |  city   | postal_code
-------------+------------+---------+---------------+---------------+-----------------+------------------------------+-----------------------------+---------+-------------
      730118 | Thandiwe   | Dlamini | 9103150412086 | 1991-03-15    | 082 614 3097    | thandi.dlamini@webmail.co.za | 221 Anton Lembede Street    | Durban  | 4001
      730124 | Pieter     | van Wyk | 8507225137081 | 1985-07-22    | +27 71 552 0843 | pvanwyk@mweb.co.za           | 14 Margaret Mncadi Avenue   | Durban  | 4001
      730131 | Siyabonga  | Mthembu | 9911065823087 | 1999-11-06    | 073 209 6618    |                              | 58 Nelson Mandela Drive     | Mthatha | 5099
(3 rows)
`,
    // The SA ID numbers encode the birth date but are ids; the streets are named after people; postal codes are not ours.
    expected: [
      ['PERSON', 'Thandiwe'],
      ['PERSON', 'Dlamini'],
      ['DATE_OF_BIRTH', '1991-03-15'],
      ['PHONE', '082 614 3097'],
      ['EMAIL', 'thandi.dlamini@webmail.co.za'],
      ['PERSON', 'Pieter'],
      ['PERSON', 'van Wyk'],
      ['DATE_OF_BIRTH', '1985-07-22'],
      ['PHONE', '+27 71 552 0843'],
      ['EMAIL', 'pvanwyk@mweb.co.za'],
      ['PERSON', 'Siyabonga'],
      ['PERSON', 'Mthembu'],
      ['DATE_OF_BIRTH', '1999-11-06'],
      ['PHONE', '073 209 6618'],
    ],
  },
  {
    name: 'MySQL client box from a Philippine lending app: "LAST, FIRST M." names, SSS and TIN numbers, a JUAN DELA CRUZ test borrower, streets named after Rizal and Malvar',
    text: `mysql> SELECT borrower_id, full_name, birthdate, mobile_no, sss_no, tin, address, loan_amount, released_at
    ->   FROM loans.v_borrowers WHERE branch = 'Calamba' ORDER BY released_at LIMIT 4;
+-------------+---------------------------+------------+------------------+--------------+-----------------+----------------------------------------------------------+-------------+---------------------+
| borrower_id | full_name                 | birthdate  | mobile_no        | sss_no       | tin             | address                                                  | loan_amount | released_at         |
+-------------+---------------------------+------------+------------------+--------------+-----------------+----------------------------------------------------------+-------------+---------------------+
| B-2024-0412 | SANTOS, MARIA CRISTINA R. | 1990-03-04 | 0917 842 3365    | 34-5820193-7 | 418-220-937-000 | Blk 7 Lot 12, J.P. Rizal St., Brgy. Uno, Calamba, Laguna | 50000.00    | 2024-03-01 09:12:44 |
| B-2024-0415 | DELA CRUZ, JUAN           | 1980-01-01 | 09000000000      | 00-0000000-0 | 000-000-000-000 | TEST ADDRESS                                             | 0.00        | 2024-03-01 10:00:00 |
| B-2024-0419 | MACARAEG, JOHN PAUL       | 1996-11-23 | +63 998 213 4470 | 34-7719302-1 | 512-804-311-000 | 221 Gen. Malvar St., Brgy. Parian, Calamba, Laguna       | 30000.00    | 2024-03-02 14:37:09 |
| B-2024-0422 | VILLANUEVA-TAN, ROSALINDA | 1972-07-08 | (049) 545 2287   | 33-1049826-5 | 230-117-648-000 | 18 Chipeco Ave., Brgy. Halang, Calamba, Laguna           | 75000.00    | 2024-03-04 11:05:51 |
+-------------+---------------------------+------------+------------------+--------------+-----------------+----------------------------------------------------------+-------------+---------------------+
4 rows in set (0.01 sec)`,
    // JUAN DELA CRUZ is the Philippine placeholder name on a test row; SSS and TIN numbers, amounts and release times are not ours; Rizal, Malvar and Chipeco are street names.
    expected: [
      ['PERSON', 'SANTOS, MARIA CRISTINA R.'],
      ['DATE_OF_BIRTH', '1990-03-04'],
      ['PHONE', '0917 842 3365'],
      ['PERSON', 'MACARAEG, JOHN PAUL'],
      ['DATE_OF_BIRTH', '1996-11-23'],
      ['PHONE', '+63 998 213 4470'],
      ['PERSON', 'VILLANUEVA-TAN, ROSALINDA'],
      ['DATE_OF_BIRTH', '1972-07-08'],
      ['PHONE', '(049) 545 2287'],
    ],
  },
  {
    name: 'SQL Server "Results to Text" from a Pakistani microfinance table: names in English and Urdu, CNICs, mobiles, areas named after Iqbal',
    text: `SELECT TOP 3 ApplicantID, NameEn, NameUr, CNIC, DOB, Mobile, Area, City, AppliedOn
FROM dbo.LoanApplicants WHERE City IN (N'Lahore', N'Karachi') ORDER BY AppliedOn;

ApplicantID NameEn                 NameUr               CNIC            DOB        Mobile           Area                City     AppliedOn
----------- ---------------------- -------------------- --------------- ---------- ---------------- ------------------- -------- -----------------------
      90412 Hira Naveed Butt       حرا نوید بٹ          35201-7719304-2 1996-08-21 0321-4490176     Allama Iqbal Town   Lahore   2024-03-04 10:22:18.407
      90418 Kamran Ali Zaidi       کامران علی زیدی      42101-3382017-5 1982-12-03 +92 300 2256184  Gulshan-e-Iqbal     Karachi  2024-03-04 13:40:51.120
      90421 Sana Tariq Malik       ثنا طارق ملک         35202-6640918-8 1990-05-17 0333 5172094     Model Town          Lahore   2024-03-05 09:03:27.663

(3 rows affected)`,
    // CNICs, application ids and times are not ours; Allama Iqbal Town and Gulshan-e-Iqbal are areas named after Iqbal.
    expected: [
      ['PERSON', 'Hira Naveed Butt'],
      ['PERSON', 'حرا نوید بٹ'],
      ['DATE_OF_BIRTH', '1996-08-21'],
      ['PHONE', '0321-4490176'],
      ['PERSON', 'Kamran Ali Zaidi'],
      ['PERSON', 'کامران علی زیدی'],
      ['DATE_OF_BIRTH', '1982-12-03'],
      ['PHONE', '+92 300 2256184'],
      ['PERSON', 'Sana Tariq Malik'],
      ['PERSON', 'ثنا طارق ملک'],
      ['DATE_OF_BIRTH', '1990-05-17'],
      ['PHONE', '0333 5172094'],
    ],
  },
  {
    name: 'SSMS grid copy from an Australian hospital admissions view: GivenName and FamilyName apart, Medicare numbers, Luhn-valid IHIs, the usual GP with Dr, hospitals named after people',
    text: `-- PAS_REPORTING.dbo.vw_Admissions_ED (NSW LHD) — copied from SSMS grid for the readmission notebook
PatientID	GivenName	FamilyName	DOB	MedicareNo	IHI	Mobile	UsualGP	Facility	AdmittedAt
P0048821	Charlotte	Nguyen-Baker	1962-04-09	2953 71642 1	8003608122904170	0427 118 306	Dr Priya Raman	Royal Prince Alfred Hospital	2024-03-10 22:41:07
P0048830	Tama	Wihongi	1955-10-30	4118 20937 2	8003608155183064	(02) 9557 4410	Dr Hamish McLeod	Royal Prince Alfred Hospital	2024-03-11 03:15:44
P0048836	Sofia	Papadopoulos	2019-06-02	3390 51162 3	NULL	0402 775 913	NULL	Sydney Children's Hospital	2024-03-11 08:02:19
-- transfers out: P0048830 → Sir Charles Gairdner Hospital (WA) on 2024-03-12`,
    // Medicare numbers and IHIs are ids (the IHIs pass Luhn but are not cards); admission times and hospitals named after people are not ours.
    expected: [
      ['PERSON', 'Charlotte'],
      ['PERSON', 'Nguyen-Baker'],
      ['DATE_OF_BIRTH', '1962-04-09'],
      ['PHONE', '0427 118 306'],
      ['PERSON', 'Priya Raman'],
      ['PERSON', 'Tama'],
      ['PERSON', 'Wihongi'],
      ['DATE_OF_BIRTH', '1955-10-30'],
      ['PHONE', '(02) 9557 4410'],
      ['PERSON', 'Hamish McLeod'],
      ['PERSON', 'Sofia'],
      ['PERSON', 'Papadopoulos'],
      ['DATE_OF_BIRTH', '2019-06-02'],
      ['PHONE', '0402 775 913'],
    ],
  },
  {
    name: 'EXPLAIN ANALYZE of a Japanese churn query in psql: column names, the 山田 太郎 dummy in the filter, fiscal-year dates and plan timings only',
    text: `-- 退会済み会員の抽出（氏名 = '山田 太郎' は検証用ダミー会員なので除外）
EXPLAIN ANALYZE
SELECT 会員id, 氏名, 生年月日, 電話番号
  FROM 会員
 WHERE 退会日 BETWEEN '2023-04-01' AND '2024-03-31'
   AND 氏名 <> '山田 太郎'
   AND 生年月日 IS NOT NULL;
                                                            QUERY PLAN
----------------------------------------------------------------------------------------------------------------------------------
 Index Scan using idx_会員_退会日 on 会員  (cost=0.43..18422.10 rows=31204 width=58) (actual time=0.031..41.882 rows=30877 loops=1)
   Index Cond: ((退会日 >= '2023-04-01'::date) AND (退会日 <= '2024-03-31'::date))
   Filter: ((生年月日 IS NOT NULL) AND ((氏名)::text <> '山田 太郎'::text))
   Rows Removed by Filter: 327
 Planning Time: 0.212 ms
 Execution Time: 44.105 ms
(6 rows)`,
    // 山田 太郎 is the dummy member; the fiscal-year bounds are not birth dates; column names alone are not values.
    expected: [],
  },
  {
    name: 'Spark SQL console in a Chinese data warehouse: SHA-256 phone and MD5 id-card hashes grouped by city and district (中山区), GMV sums, application id and timing',
    text: `spark-sql (default)> SELECT sha2(mobile, 256) AS mobile_sha256, md5(id_card) AS id_card_md5, city, district, count(*) AS orders, sum(gmv) AS gmv
                   > FROM ods.user_order_di WHERE dt = '20240311' GROUP BY 1, 2, 3, 4 ORDER BY orders DESC LIMIT 4;
24/03/12 09:31:07 INFO SparkContext: Running Spark version 3.3.2, app id application_1709870412883_40217
9f1c2e0b7a64d3f85c2e19b0a7d46c3e81f5a9027b4c6d8e1f3a5b7c9d0e2f41	5d41402abc4b2a76b9719d911017c592	大连	中山区	17	4821.50
3c7a9e1f0b2d4c6e8a1f3b5d7e9c0a2b4d6f8e1a3c5b7d9f0e2a4c6b8d1f3a5c	7d793037a0760186574b0282f2f435e7	北京	海淀区	15	12950.00
e8b1d4f7a0c3e6b9d2f5a8c1e4b7d0f3a6c9e2b5d8f1a4c7e0b3d6f9a2c5e8b1	2c26b46b68ffc68ff99b453c1d304134	广州	越秀区	12	3308.40
0a2c4e6f8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a	d3b07384d113edec49eaa6238ad5ff00	南京	玄武区	11	2977.80
Time taken: 12.408 seconds, Fetched 4 row(s)`,
    // Hashes, the Spark version and application id, district names (中山区 is named after Sun Yat-sen) and GMV figures are not ours.
    expected: [],
  },
  // ---------------------------------------------------------------- markdown tables and CSV
  {
    name: 'markdown KYC sample table from a Mumbai branch: नाम in Devanagari beside name_en, जन्म तिथि, mobiles and a landline, PANs, masked and one unmasked Aadhaar, addresses on roads named after Gandhi, Nehru and Patel',
    text: `### KYC sample (3 of 1,204 rows) — mumbai_branch_kyc_2024q1

| cust_id | नाम | name_en | जन्म तिथि | mobile | email | pan | aadhaar | address | kyc_date |
|---|---|---|---|---|---|---|---|---|---|
| MB-77120 | प्रिया रमेश देशमुख | Priya Ramesh Deshmukh | 23/06/1990 | +91 98200 63147 | priya.deshmukh@rediffmail.com | AQZPD4821K | XXXX XXXX 6619 | 14, Mahatma Gandhi Road, Fort, Mumbai 400001 | 04-01-2024 |
| MB-77121 | मोहम्मद इरफ़ान शेख | Mohammed Irfan Shaikh | 11/12/1984 | 98672 14530 | — | BKRPS7730M | XXXX XXXX 2284 | 7/B Nehru Nagar, Kurla (W), Mumbai 400070 | 05-01-2024 |
| MB-77125 | अनन्या कृष्णन | Ananya Krishnan | 02/09/1997 | 022-2654 8812 | ananya.k97@gmail.com | CFYPK1205Q | 5531 9027 4410 | Flat 902, Sardar Patel Towers, Andheri (E), Mumbai 400069 | 08-01-2024 |

Row MB-77125 has an unmasked Aadhaar — flag to compliance before this notebook is shared (Rohit to follow up).`,
    // PANs and Aadhaar numbers (masked or not) are ids; KYC dates and PIN codes are not ours; Rohit is a colleague by given name alone; the roads and towers are named after people.
    expected: [
      ['PERSON', 'प्रिया रमेश देशमुख'],
      ['PERSON', 'Priya Ramesh Deshmukh'],
      ['DATE_OF_BIRTH', '23/06/1990'],
      ['PHONE', '+91 98200 63147'],
      ['EMAIL', 'priya.deshmukh@rediffmail.com'],
      ['PERSON', 'मोहम्मद इरफ़ान शेख'],
      ['PERSON', 'Mohammed Irfan Shaikh'],
      ['DATE_OF_BIRTH', '11/12/1984'],
      ['PHONE', '98672 14530'],
      ['PERSON', 'अनन्या कृष्णन'],
      ['PERSON', 'Ananya Krishnan'],
      ['DATE_OF_BIRTH', '02/09/1997'],
      ['PHONE', '022-2654 8812'],
      ['EMAIL', 'ananya.k97@gmail.com'],
    ],
  },
  {
    name: 'Indonesian customer CSV: nama, tanggal_lahir (DD-MM-YYYY), no_hp in three formats, NIK, addresses on Jl. Jend. Sudirman and Jl. Gajah Mada, a dummy row',
    text: `id_pelanggan,nama,tanggal_lahir,jenis_kelamin,no_hp,email,nik,alamat,kode_pos,tgl_daftar,total_belanja
PLG-2024-00871,Dewi Anggraini Wulandari,17-08-1992,P,0812-9034-5521,dewi.wulandari92@gmail.com,3174055708920003,"Jl. Jend. Sudirman Kav. 52-53, Senayan, Jakarta Selatan",12190,2024-02-03,1875000
PLG-2024-00872,Agus Setiawan,03-01-1979,L,+62 857-2231-0948,agus.setiawan@yahoo.co.id,3273010301790011,"Jl. Ir. H. Juanda No. 88, Bandung",40132,2024-02-03,245500
PLG-2024-00873,I Gusti Ayu Made Sari,29-11-2000,P,081338765102,,5171046911000002,"Jl. Gajah Mada No. 14, Denpasar",80112,2024-02-04,98000
PLG-2024-00874,Pelanggan Dummy,01-01-1970,L,080000000000,dummy@example.com,0000000000000000,"Alamat Uji Coba",00000,2024-02-04,0`,
    // NIKs are national ids; postcodes, sign-up dates and totals are not ours; the dummy row is a placeholder; the streets are named after people.
    expected: [
      ['PERSON', 'Dewi Anggraini Wulandari'],
      ['DATE_OF_BIRTH', '17-08-1992'],
      ['PHONE', '0812-9034-5521'],
      ['EMAIL', 'dewi.wulandari92@gmail.com'],
      ['PERSON', 'Agus Setiawan'],
      ['DATE_OF_BIRTH', '03-01-1979'],
      ['PHONE', '+62 857-2231-0948'],
      ['EMAIL', 'agus.setiawan@yahoo.co.id'],
      ['PERSON', 'I Gusti Ayu Made Sari'],
      ['DATE_OF_BIRTH', '29-11-2000'],
      ['PHONE', '081338765102'],
    ],
  },
  {
    name: 'Hebrew CSV export of a Rehovot gym chain: שם_פרטי and שם_משפחה apart, ת.ז., IL IBANs for direct debit, a ישראל ישראלי test row, streets named after Herzl and Jabotinsky',
    text: `מספר_לקוח,שם_פרטי,שם_משפחה,ת.ז.,תאריך_לידה,טלפון_נייד,דוא"ל,IBAN,כתובת,תאריך_הצטרפות
10231,יונתן,אברהמי,204518733,12/03/1989,050-6637241,yoni.avrahami@gmail.com,IL83 0106 2600 0005 4318 820,"שדרות הרצל 41, רחובות",01/02/2024
10232,מיכל,בן דוד,318820459,27/10/1994,+972-54-7719265,michal.bd@walla.co.il,IL18 0201 7400 0000 0931 627,"רחוב ז'בוטינסקי 7, רמת גן",03/02/2024
10233,ישראל,ישראלי,000000018,01/01/1980,050-0000000,test@example.com,,"רחוב הדוגמה 1, תל אביב",05/02/2024`,
    // ת.ז. numbers are ids; join dates are not ours; ישראל ישראלי is the Israeli placeholder name on a test row.
    expected: [
      ['PERSON', 'יונתן'],
      ['PERSON', 'אברהמי'],
      ['DATE_OF_BIRTH', '12/03/1989'],
      ['PHONE', '050-6637241'],
      ['EMAIL', 'yoni.avrahami@gmail.com'],
      ['IBAN', 'IL83 0106 2600 0005 4318 820'],
      ['PERSON', 'מיכל'],
      ['PERSON', 'בן דוד'],
      ['DATE_OF_BIRTH', '27/10/1994'],
      ['PHONE', '+972-54-7719265'],
      ['EMAIL', 'michal.bd@walla.co.il'],
      ['IBAN', 'IL18 0201 7400 0000 0931 627'],
    ],
  },
  {
    name: 'Turkish payroll (bordro) CSV with semicolons and Turkish decimals: Ad Soyad, TCKN, Doğum Tarihi and Doğum Yeri, TR IBANs, branches at airports named after Atatürk and Sabiha Gökçen',
    text: `Sicil No;Ad Soyad;TCKN;Doğum Tarihi;Doğum Yeri;IBAN;Brüt Maaş;Net Maaş;İşe Giriş;Şube
10482;Burak Yıldız;31840276514;07.03.1990;Trabzon;TR98 0001 0002 1874 0035 9120 06;62.500,00;48.112,37;01.09.2019;Atatürk Havalimanı
10517;Selin Aydın Korkmaz;24719038862;21.12.1994;İzmir;TR41 0006 4000 0016 3820 7745 12;54.000,00;42.018,90;15.03.2021;Kemalpaşa
10533;Onur Çelik;50283316408;02.05.1985;Eskişehir;TR96 0001 2009 8120 0010 2634 18;71.250,00;53.904,11;03.01.2017;Sabiha Gökçen`,
    // TCKNs, wages and hire dates are not ours; the places of birth are not a type; the branches are named after people.
    expected: [
      ['PERSON', 'Burak Yıldız'],
      ['DATE_OF_BIRTH', '07.03.1990'],
      ['IBAN', 'TR98 0001 0002 1874 0035 9120 06'],
      ['PERSON', 'Selin Aydın Korkmaz'],
      ['DATE_OF_BIRTH', '21.12.1994'],
      ['IBAN', 'TR41 0006 4000 0016 3820 7745 12'],
      ['PERSON', 'Onur Çelik'],
      ['DATE_OF_BIRTH', '02.05.1985'],
      ['IBAN', 'TR96 0001 2009 8120 0010 2634 18'],
    ],
  },
  // ---------------------------------------------------------------- pandas, Polars, PySpark
  {
    name: 'pandas print(df) of Korean members with misaligned hangul columns: 성명, 생년월일, 휴대폰, masked 주민등록번호, a 홍길동 dummy and a Seoul landline',
    text: `>>> print(members.shape)
(18204, 6)
>>> print(members[["회원번호", "성명", "생년월일", "휴대폰", "주민등록번호", "가입일"]].head())
         회원번호     성명        생년월일            휴대폰          주민등록번호         가입일
0  M202400117    박서윤  1991-05-23  010-7731-2048  910523-2******  2024-01-08
1  M202400118    홍길동  1900-01-01  010-0000-0000  000000-0000000  2024-01-08
2  M202400121    이하은  1998-12-09  010-2290-6614  981209-2******  2024-01-09
3  M202400125    최민혁  1984-02-17  010-5182-3307  840217-1******  2024-01-11
4  M202400130  남궁윤서  1979-10-30   02-3481-7720  791030-2******  2024-01-12`,
    // 홍길동 is the Korean placeholder on a dummy row; masked resident numbers and 가입일 are not ours.
    expected: [
      ['PERSON', '박서윤'],
      ['DATE_OF_BIRTH', '1991-05-23'],
      ['PHONE', '010-7731-2048'],
      ['PERSON', '이하은'],
      ['DATE_OF_BIRTH', '1998-12-09'],
      ['PHONE', '010-2290-6614'],
      ['PERSON', '최민혁'],
      ['DATE_OF_BIRTH', '1984-02-17'],
      ['PHONE', '010-5182-3307'],
      ['PERSON', '남궁윤서'],
      ['DATE_OF_BIRTH', '1979-10-30'],
      ['PHONE', '02-3481-7720'],
    ],
  },
  {
    name: 'Jupyter df.head() of a Vietnamese customer sheet: ho_ten, ngay_sinh, so_dien_thoai, CCCD, addresses on streets named after Lê Lợi, Hai Bà Trưng and Trần Hưng Đạo, a Nguyễn Văn A dummy',
    text: `In [12]: kh = pd.read_excel("khach_hang_Q1_2024.xlsx", dtype={"cccd": str, "so_dien_thoai": str})
         kh.head()
Out[12]:
    ma_kh              ho_ten   ngay_sinh    so_dien_thoai          cccd                                        dia_chi ngay_dang_ky
0  KH0412    Nguyễn Văn Thắng  12/03/1989       0903182746  079089004127          215 Lê Lợi, P. Bến Thành, Q.1, TP.HCM   05/01/2024
1  KH0413  Phạm Thị Thu Hương  28/07/1995     0387 514 209  001195012345  44 Hai Bà Trưng, P. Tràng Tiền, Hoàn Kiếm, HN   05/01/2024
2  KH0415      Trần Minh Khoa  03/11/2001  +84 912 660 481  048201003318  9 Trần Hưng Đạo, P. Thạch Thang, Hải Châu, ĐN   07/01/2024
3  KH0416        Lê Hoàng Yến  19/05/1992     0777 412 093  092192007731             88 Lê Duẩn, P. Tân An, Ninh Kiều, CT   07/01/2024
4  KH0420        Nguyễn Văn A  01/01/1990       0900000000  000000000000                            123 Đường ABC, Q.1   08/01/2024`,
    // Nguyễn Văn A is the Vietnamese placeholder name; CCCD numbers and sign-up dates are not ours; the streets are named after people.
    expected: [
      ['PERSON', 'Nguyễn Văn Thắng'],
      ['DATE_OF_BIRTH', '12/03/1989'],
      ['PHONE', '0903182746'],
      ['PERSON', 'Phạm Thị Thu Hương'],
      ['DATE_OF_BIRTH', '28/07/1995'],
      ['PHONE', '0387 514 209'],
      ['PERSON', 'Trần Minh Khoa'],
      ['DATE_OF_BIRTH', '03/11/2001'],
      ['PHONE', '+84 912 660 481'],
      ['PERSON', 'Lê Hoàng Yến'],
      ['DATE_OF_BIRTH', '19/05/1992'],
      ['PHONE', '0777 412 093'],
    ],
  },
  {
    name: 'pandas df.sample() of Turkish customers: ad_soyad, dogum_tarihi (DD.MM.YYYY), phones in four Turkish styles, TC kimlik numbers, streets named after Atatürk, İnönü, Mithat Paşa and Fevzi Çakmak',
    text: `>>> musteri.sample(4, random_state=7)
       musteri_no            ad_soyad dogum_tarihi            telefon  tc_kimlik_no                                         adres kayit_tarihi
1187       118842       Zeynep Arslan   14.09.1993     0532 418 27 65   28461930572          Atatürk Blv. No:112/4 Çankaya/Ankara   2023-11-02
40211      150390  Mustafa Emre Kılıç   02.02.1987  +90 505 771 30 48   40127765014              İnönü Cad. No:8 Kadıköy/İstanbul   2024-01-17
8830       124577      Elif Nur Şahin   30.06.2001   (0232) 441 18 06   17529048836            Mithatpaşa Cad. No:301 Konak/İzmir   2023-12-05
27614      139028    Hatice Gül Doğan   11.11.1968    0 542 903 14 77   51093328770  Fevzi Çakmak Mah. 1042. Sk. No:5 Kepez/Antalya   2024-01-02`,
    // TC kimlik numbers, customer numbers and registration dates are not ours; the streets and the quarter are named after people.
    expected: [
      ['PERSON', 'Zeynep Arslan'],
      ['DATE_OF_BIRTH', '14.09.1993'],
      ['PHONE', '0532 418 27 65'],
      ['PERSON', 'Mustafa Emre Kılıç'],
      ['DATE_OF_BIRTH', '02.02.1987'],
      ['PHONE', '+90 505 771 30 48'],
      ['PERSON', 'Elif Nur Şahin'],
      ['DATE_OF_BIRTH', '30.06.2001'],
      ['PHONE', '(0232) 441 18 06'],
      ['PERSON', 'Hatice Gül Doğan'],
      ['DATE_OF_BIRTH', '11.11.1968'],
      ['PHONE', '0 542 903 14 77'],
    ],
  },
  {
    name: 'df.to_markdown() of Thai loyalty members: titles นาย/นางสาว/นาง glued to the name, Buddhist-era birth dates, Thai ID numbers, the placeholder สมชาย ใจดี, roads named after Rama IV and Nimmanhaemin',
    text: `print(df.head(4).to_markdown(index=False))
| รหัสลูกค้า   | ชื่อ-นามสกุล              | วันเกิด (พ.ศ.)   | เบอร์โทร      | เลขบัตรประชาชน      |   ยอดซื้อสะสม (บาท) | ที่อยู่                              |
|:-----------|:-----------------------|:---------------|:-------------|:-------------------|--------------------:|:-----------------------------------|
| C-10482    | นายธนากร ศรีสุข           | 14/02/2531     | 081-455-2290 | 1-1037-00482-33-1  |            12450.00 | 88 ถ.พระราม 4 คลองเตย กทม.           |
| C-10483    | นางสาวพิมพ์ชนก วงศ์สวัสดิ์   | 03/09/2539     | 089 612 7734 | 1-1002-01773-61-4  |             3890.50 | 12/7 ถ.สุขุมวิท 55 วัฒนา กทม.         |
| C-10484    | สมชาย ใจดี               | 01/01/2500     | 02-000-0000  | 0-0000-00000-00-0  |                0.00 | ทดสอบ                               |
| C-10487    | นางมาลัย ทองคำ            | 27/11/2512     | 053-224-918  | 3-5099-00318-27-5  |              780.00 | 5 ถ.นิมมานเหมินท์ เชียงใหม่             |`,
    // สมชาย ใจดี is the Thai placeholder on a test row; Thai IDs and totals are not ours; the titles are no part of the names.
    expected: [
      ['PERSON', 'ธนากร ศรีสุข'],
      ['DATE_OF_BIRTH', '14/02/2531'],
      ['PHONE', '081-455-2290'],
      ['PERSON', 'พิมพ์ชนก วงศ์สวัสดิ์'],
      ['DATE_OF_BIRTH', '03/09/2539'],
      ['PHONE', '089 612 7734'],
      ['PERSON', 'มาลัย ทองคำ'],
      ['DATE_OF_BIRTH', '27/11/2512'],
      ['PHONE', '053-224-918'],
    ],
  },
  {
    name: 'Polars frame of new Australian super fund members: full_name, dob as a date dtype, mobiles, TFNs, nulls and four-digit postcodes',
    text: `>>> (members.filter(pl.col("fund_join_date") >= date(2024, 2, 1))
...     .select(["member_id", "full_name", "dob", "mobile", "tfn", "email", "postcode"]).head(4))
shape: (4, 7)
┌───────────┬────────────────────┬────────────┬──────────────┬─────────────┬──────────────────────────┬──────────┐
│ member_id ┆ full_name          ┆ dob        ┆ mobile       ┆ tfn         ┆ email                    ┆ postcode │
│ ---       ┆ ---                ┆ ---        ┆ ---          ┆ ---         ┆ ---                      ┆ ---      │
│ i64       ┆ str                ┆ date       ┆ str          ┆ str         ┆ str                      ┆ str      │
╞═══════════╪════════════════════╪════════════╪══════════════╪═════════════╪══════════════════════════╪══════════╡
│ 5501827   ┆ Jarrah Whitfield   ┆ 1994-08-03 ┆ 0412 883 907 ┆ 459 112 736 ┆ jarrah.wf@outlook.com.au ┆ 2770     │
│ 5501833   ┆ Mei Ling Tan       ┆ 1988-01-26 ┆ 0433 105 662 ┆ 862 204 519 ┆ meiling.tan@bigpond.com  ┆ 3168     │
│ 5501840   ┆ Siosaia Fifita     ┆ 1979-05-11 ┆ null         ┆ null        ┆ s.fifita@gmail.com       ┆ 4300     │
│ 5501846   ┆ Declan O'Sullivan  ┆ 2002-12-19 ┆ 0498 271 350 ┆ 305 918 442 ┆ null                     ┆ 6027     │
└───────────┴────────────────────┴────────────┴──────────────┴─────────────┴──────────────────────────┴──────────┘`,
    // TFNs, member ids, postcodes and the fund join date are not ours.
    expected: [
      ['PERSON', 'Jarrah Whitfield'],
      ['DATE_OF_BIRTH', '1994-08-03'],
      ['PHONE', '0412 883 907'],
      ['EMAIL', 'jarrah.wf@outlook.com.au'],
      ['PERSON', 'Mei Ling Tan'],
      ['DATE_OF_BIRTH', '1988-01-26'],
      ['PHONE', '0433 105 662'],
      ['EMAIL', 'meiling.tan@bigpond.com'],
      ['PERSON', 'Siosaia Fifita'],
      ['DATE_OF_BIRTH', '1979-05-11'],
      ['EMAIL', 's.fifita@gmail.com'],
      ['PERSON', "Declan O'Sullivan"],
      ['DATE_OF_BIRTH', '2002-12-19'],
      ['PHONE', '0498 271 350'],
    ],
  },
  {
    name: 'PySpark show() of Singapore KYC applicants: Chinese, Malay (binte) and Indian (s/o) names, NRIC and FIN numbers, Singapore and Malaysian mobiles',
    text: `>>> spark.table("bronze.kyc_applicants").select("applicant_id", "name", "nric_fin", "date_of_birth", "mobile", "email", "created_at").show(4, truncate=False)
+------------+-----------------------------+---------+-------------+---------------+--------------------------+-------------------+
|applicant_id|name                         |nric_fin |date_of_birth|mobile         |email                     |created_at         |
+------------+-----------------------------+---------+-------------+---------------+--------------------------+-------------------+
|APP-0091327 |Tan Wei Ming                 |S8834127D|1988-03-21   |+65 9182 4407  |weiming.tan@singnet.com.sg|2024-03-02 10:14:08|
|APP-0091328 |Nur Aisyah binte Mohamed Rafi|T0241583J|2002-07-30   |+65 8730 1952  |aisyah.rafi@gmail.com     |2024-03-02 10:16:41|
|APP-0091331 |Rajesh s/o Subramaniam       |S7512906A|1975-11-08   |9641 2238      |null                      |2024-03-02 11:02:57|
|APP-0091335 |Lim Jia Hui                  |G5520174N|1995-01-15   |+60 12-338 4917|jiahui.lim@yahoo.com.my   |2024-03-02 11:40:13|
+------------+-----------------------------+---------+-------------+---------------+--------------------------+-------------------+
only showing top 4 rows`,
    // NRIC and FIN numbers, applicant ids and creation times are not ours.
    expected: [
      ['PERSON', 'Tan Wei Ming'],
      ['DATE_OF_BIRTH', '1988-03-21'],
      ['PHONE', '+65 9182 4407'],
      ['EMAIL', 'weiming.tan@singnet.com.sg'],
      ['PERSON', 'Nur Aisyah binte Mohamed Rafi'],
      ['DATE_OF_BIRTH', '2002-07-30'],
      ['PHONE', '+65 8730 1952'],
      ['EMAIL', 'aisyah.rafi@gmail.com'],
      ['PERSON', 'Rajesh s/o Subramaniam'],
      ['DATE_OF_BIRTH', '1975-11-08'],
      ['PHONE', '9641 2238'],
      ['PERSON', 'Lim Jia Hui'],
      ['DATE_OF_BIRTH', '1995-01-15'],
      ['PHONE', '+60 12-338 4917'],
      ['EMAIL', 'jiahui.lim@yahoo.com.my'],
    ],
  },
  {
    name: 'Hong Kong cleaning cell: upper-casing name_en and keeping 8-digit mobiles, then head() with 中文姓名, HKIDs and 出生日期, the 陳大文 / CHAN TAI MAN sample row',
    text: `In [7]: raw = pd.read_csv("hk_members_export.csv", encoding="big5hkscs", dtype=str)
   ...: raw["name_en"] = raw["name_en"].str.upper().str.replace(r"\\s+", " ", regex=True).str.strip()
   ...: raw["mobile"] = raw["mobile"].str.replace(r"\\D", "", regex=True).str[-8:]
   ...: raw[["member_no", "中文姓名", "name_en", "hkid", "出生日期", "mobile"]].head(4)
Out[7]:
  member_no 中文姓名            name_en        hkid    出生日期    mobile
0   HK00913   陳大文       CHAN TAI MAN  A123456(3)  1970-01-01  91234567
1   HK00914   李凱欣        LEE HOI YAN  Y528731(4)  1989-06-22  61827354
2   HK00917   黃子健       WONG TSZ KIN  K719204(A)  1992-11-08  98143620
3   HK00920  歐陽美玲  AU YEUNG MEI LING  R604318(7)  1978-03-30  53391876`,
    // 陳大文 / CHAN TAI MAN with A123456(3) is Hong Kong's sample person; HKIDs and member numbers are not ours.
    expected: [
      ['PERSON', '李凱欣'],
      ['PERSON', 'LEE HOI YAN'],
      ['DATE_OF_BIRTH', '1989-06-22'],
      ['PHONE', '61827354'],
      ['PERSON', '黃子健'],
      ['PERSON', 'WONG TSZ KIN'],
      ['DATE_OF_BIRTH', '1992-11-08'],
      ['PHONE', '98143620'],
      ['PERSON', '歐陽美玲'],
      ['PERSON', 'AU YEUNG MEI LING'],
      ['DATE_OF_BIRTH', '1978-03-30'],
      ['PHONE', '53391876'],
    ],
  },
  {
    name: 'Taiwanese members in pandas: 民國 birth dates converted to 西元, 身分證字號, ROC-format join dates, the placeholder 王小明 with A123456789',
    text: `>>> df = pd.read_csv("會員名冊_113Q1.csv", dtype=str)
>>> df[["會員編號", "姓名", "出生日期", "手機", "身分證字號", "入會日期"]].head(4)
     會員編號    姓名           出生日期            手機    身分證字號    入會日期
0  TW-30218  林志明  民國79年04月16日  0912-483-771  F128840362  113/01/05
1  TW-30219  陳怡君  民國84年11月02日  0933-207-514  F228314705  113/01/05
2  TW-30225  王小明  民國70年01月01日  0900-000-000  A123456789  113/01/08
3  TW-30231  張家豪  民國88年07月29日  0958-116-402  H125509837  113/01/11
>>> def roc_to_ad(s):
...     y, m, d = re.fullmatch(r"民國(\\d+)年(\\d+)月(\\d+)日", s).groups()
...     return date(int(y) + 1911, int(m), int(d))
>>> df["出生日期_西元"] = df["出生日期"].map(roc_to_ad)
>>> df.loc[[0, 3], ["姓名", "出生日期_西元"]]
     姓名 出生日期_西元
0  林志明    1990-04-16
3  張家豪    1999-07-29`,
    // 王小明 with A123456789 is the Taiwanese placeholder; 身分證字號 values are ids; 入會日期 in ROC form are join dates.
    expected: [
      ['PERSON', '林志明'],
      ['DATE_OF_BIRTH', '民國79年04月16日'],
      ['PHONE', '0912-483-771'],
      ['PERSON', '陳怡君'],
      ['DATE_OF_BIRTH', '民國84年11月02日'],
      ['PHONE', '0933-207-514'],
      ['PERSON', '張家豪'],
      ['DATE_OF_BIRTH', '民國88年07月29日'],
      ['PHONE', '0958-116-402'],
      ['PERSON', '林志明'],
      ['DATE_OF_BIRTH', '1990-04-16'],
      ['PERSON', '張家豪'],
      ['DATE_OF_BIRTH', '1999-07-29'],
    ],
  },
  {
    name: 'Bangladeshi allowance list printed with to_string(): নাম and পিতা/স্বামীর নাম columns, a মৃত (late) father, Bengali-digit birth dates and a mobile in Bengali digits, NIDs',
    text: `bt = pd.read_excel("ভাতা_তালিকা_মার্চ_২০২৪.xlsx", dtype=str)
print(bt[["ক্রমিক", "নাম", "পিতা/স্বামীর নাম", "জন্ম তারিখ", "মোবাইল", "এনআইডি", "উপজেলা"]].head(3).to_string(index=False))

ক্রমিক            নাম   পিতা/স্বামীর নাম  জন্ম তারিখ            মোবাইল               এনআইডি    উপজেলা
     ১    রহিমা খাতুন      আব্দুল জলিল  ১২/০৪/১৯৫৮      ০১৭১৮-৬৪২৩০৫           ৮২৫৪৪৭১০৯৩      সাভার
     ২     আব্দুল করিম      মৃত হাসান আলী  ০৩/১১/১৯৫১      01911-208437    19512694710238817      ধামরাই
     ৩   শাহানা পারভীন     রফিকুল ইসলাম  ২৫/০৭/১৯৬২  +880 1552-317904           4613290578  কেরানীগঞ্জ`,
    // NIDs (in Bengali or Latin digits) are ids; মৃত ("late") is no part of the father's name; upazila names are places.
    expected: [
      ['PERSON', 'রহিমা খাতুন'],
      ['PERSON', 'আব্দুল জলিল'],
      ['DATE_OF_BIRTH', '১২/০৪/১৯৫৮'],
      ['PHONE', '০১৭১৮-৬৪২৩০৫'],
      ['PERSON', 'আব্দুল করিম'],
      ['PERSON', 'হাসান আলী'],
      ['DATE_OF_BIRTH', '০৩/১১/১৯৫১'],
      ['PHONE', '01911-208437'],
      ['PERSON', 'শাহানা পারভীন'],
      ['PERSON', 'রফিকুল ইসলাম'],
      ['DATE_OF_BIRTH', '২৫/০৭/১৯৬২'],
      ['PHONE', '+880 1552-317904'],
    ],
  },
  {
    name: 'New Zealand patient frame described with df.info() and value_counts(): column names, counts and dtypes, GP practices named after people, birth years only',
    text: `>>> nz.info()
<class 'pandas.core.frame.DataFrame'>
RangeIndex: 52310 entries, 0 to 52309
Data columns (total 9 columns):
 #   Column         Non-Null Count  Dtype
---  ------         --------------  -----
 0   patient_nhi    52310 non-null  object
 1   full_name      52310 non-null  object
 2   date_of_birth  52298 non-null  datetime64[ns]
 3   phone          48120 non-null  object
 4   ird_number     12044 non-null  object
 5   dhb            52310 non-null  category
 6   gp_practice    51877 non-null  object
 7   enrolled_on    52310 non-null  datetime64[ns]
 8   last_visit     50933 non-null  datetime64[ns]
dtypes: category(1), datetime64[ns](3), object(5)
memory usage: 3.3+ MB
>>> nz["gp_practice"].value_counts().head(4)
gp_practice
Te Puna Hauora o Ngāti Whātua    1844
Kate Sheppard Medical Centre     1520
Rutherford Health Hamilton       1391
Hillary Family Practice          1207
Name: count, dtype: int64
>>> nz["date_of_birth"].dt.year.describe()[["min", "50%", "max"]]
min    1921.0
50%    1974.0
max    2024.0
Name: date_of_birth, dtype: float64`,
    // Column names alone, counts, practices named after Kate Sheppard, Rutherford and Hillary, and birth-year statistics are not personal data.
    expected: [],
  },
  {
    name: 'Malaysian order totals from a groupby: negeri and jalan names after Tun Razak, Tuanku Abdul Rahman, Sultan Ismail and P. Ramlee, counts and ringgit sums',
    text: `>>> (orders.groupby(["negeri", "jalan"])["jumlah_rm"]
...        .agg(["count", "sum"]).sort_values("sum", ascending=False).head(6))
                                                   count        sum
negeri          jalan
Kuala Lumpur    Jalan Tun Razak                      412   88214.50
                Jalan Tuanku Abdul Rahman            388   71930.20
                Jalan Sultan Ismail                  301   66402.75
                Jalan P. Ramlee                      187   40118.00
Selangor        Persiaran Sultan Salahuddin Abdul Aziz Shah  144   29884.10
Pulau Pinang    Lebuh Chulia                         120   18450.60
>>> orders["poskod"].nunique(), orders["tarikh_pesanan"].min(), orders["tarikh_pesanan"].max()
(311, Timestamp('2024-01-01 00:04:12'), Timestamp('2024-03-11 23:58:40'))`,
    // Roads named after people, counts, sums, order timestamps and the postcode count are not ours.
    expected: [],
  },
  // ---------------------------------------------------------------- schemas and catalogs
  {
    name: 'MySQL CREATE TABLE with Japanese column names and COMMENTs: 氏名 with the 山田 太郎 example, 生年月日 default, encrypted マイナンバー, postcode format; no values',
    text: `CREATE TABLE \`会員\` (
  \`会員ID\`         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT '会員ID（採番）',
  \`氏名\`           VARCHAR(64)  NOT NULL COMMENT '氏名（姓と名の間は全角スペース）例：山田　太郎',
  \`フリガナ\`       VARCHAR(128) NOT NULL COMMENT '全角カタカナ',
  \`生年月日\`       DATE         NULL     COMMENT '和暦入力は西暦に変換して保存。不明時は 1900-01-01',
  \`電話番号\`       VARCHAR(15)  NULL     COMMENT 'ハイフンなし国内表記。E.164 変換は連携時に実施',
  \`メールアドレス\` VARCHAR(254) NULL     COMMENT 'PII: 分析環境ではマスキング必須',
  \`郵便番号\`       CHAR(7)      NULL     COMMENT 'ハイフンなし7桁（例：1000001）',
  \`マイナンバー\`   VARBINARY(64) NULL    COMMENT '個人番号。AES-256-GCM で暗号化して保存',
  \`登録日時\`       DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '登録日時',
  \`更新日時\`       DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (\`会員ID\`),
  KEY \`idx_電話番号\` (\`電話番号\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_ja_0900_as_cs COMMENT='会員マスタ（個人情報を含む／担当：データ基盤チーム）';`,
    // 山田 太郎 is the documented example name; the default 1900-01-01 and the postcode example are not ours.
    expected: [],
  },
  {
    name: 'PostgreSQL table with Korean COMMENT ON COLUMN and development seed rows: 홍길동 and 테스트 with 010-0000-0000, 010-1111-1111 and example.com',
    text: `CREATE TABLE member.tb_member (
    mbr_no     bigint       PRIMARY KEY,
    mbr_nm     varchar(50)  NOT NULL,
    brdt       char(8),
    mbl_telno  varchar(13),
    rrno_enc   bytea,
    eml_addr   varchar(100),
    zip        char(5),
    join_dt    timestamp    DEFAULT now()
);
COMMENT ON TABLE  member.tb_member            IS '회원 기본정보';
COMMENT ON COLUMN member.tb_member.mbr_nm     IS '성명';
COMMENT ON COLUMN member.tb_member.brdt       IS '생년월일 (YYYYMMDD)';
COMMENT ON COLUMN member.tb_member.mbl_telno  IS '휴대폰번호 (010-XXXX-XXXX)';
COMMENT ON COLUMN member.tb_member.rrno_enc   IS '주민등록번호 (ARIA-256 암호화)';
COMMENT ON COLUMN member.tb_member.eml_addr   IS '이메일';
COMMENT ON COLUMN member.tb_member.zip        IS '우편번호 (도로명 5자리)';

-- 개발계 테스트 데이터 (운영 반영 금지)
INSERT INTO member.tb_member (mbr_no, mbr_nm, brdt, mbl_telno, eml_addr, zip) VALUES
  (1, '홍길동', '19700101', '010-0000-0000', 'hong@example.com', '04524'),
  (2, '테스트', '19800101', '010-1111-1111', 'test@example.com', '06236');`,
    // 홍길동 and 테스트 are placeholder members with dummy phones and example.com addresses; the zip codes are not ours.
    expected: [],
  },
  {
    name: 'dbt schema.yml in Traditional Chinese for a Taiwanese member dimension: pii meta tags, masked-name and ROC-year descriptions, A123456789 as a format example, accepted city values',
    text: `version: 2

models:
  - name: dim_member_tw
    description: "會員維度表（台灣）。個資欄位一律於 staging 層雜湊或遮罩，請勿在 mart 層還原。"
    meta:
      owner: "@tw-data-platform"
      contains_pii: true
      retention: "會員退會後 5 年"
    columns:
      - name: member_sk
        description: "代理鍵，dbt_utils.generate_surrogate_key(['member_id'])"
        tests: [unique, not_null]
      - name: 姓名_masked
        description: "姓名，僅保留首尾字，例：王○明"
        meta: {pii: true, masking: "first_last_char"}
      - name: national_id_hash
        description: "身分證字號 SHA-256（加鹽），原值格式如 A123456789"
        meta: {pii: true}
        tests: [not_null]
      - name: birth_year_month
        description: "出生年月（西元），由民國年換算，例：民國79年 → 1990"
        tests:
          - dbt_expectations.expect_column_values_to_match_regex:
              regex: "^(19|20)\\\\d{2}-(0[1-9]|1[0-2])$"
      - name: mobile_last3
        description: "手機末三碼，例：0912-***-***"
      - name: address_road
        description: "地址路名，中正路／中山路等一律轉為全形數字後比對"
      - name: city
        tests:
          - accepted_values:
              values: ['臺北市', '新北市', '桃園市', '臺中市', '臺南市', '高雄市']
      - name: signup_date
        description: "入會日（西元），例：2024-01-05"`,
    // A masked name, a format example id, masked phone digits, road names after people and example dates are not personal data.
    expected: [],
  },
  {
    name: 'DataHub-style catalog JSON for a UAE CRM table: pii tags with unmasked sampleValues (Arabic and English names, DOBs, mobiles, e-mails), Emirates IDs, Sheikh Zayed Road, a corpuser URN',
    text: `{
  "urn": "urn:li:dataset:(urn:li:dataPlatform:snowflake,CRM_PROD.CORE.CUSTOMERS,PROD)",
  "ownership": { "owners": [{ "owner": "urn:li:corpuser:fatima.alnuaimi", "type": "DATAOWNER" }] },
  "schemaMetadata": {
    "fields": [
      { "fieldPath": "customer_id", "nativeDataType": "NUMBER(38,0)", "tags": [] },
      { "fieldPath": "full_name_ar", "description": "الاسم الكامل", "tags": ["pii:name"], "sampleValues": ["خالد إبراهيم المنصوري", "عائشة سالم الكعبي"] },
      { "fieldPath": "full_name_en", "tags": ["pii:name"], "sampleValues": ["Khalid Ibrahim Al Mansoori", "Aisha Salem Al Kaabi"] },
      { "fieldPath": "emirates_id", "tags": ["pii:national_id"], "sampleValues": ["784-1987-4410392-6", "784-1993-0571846-2"] },
      { "fieldPath": "date_of_birth", "description": "تاريخ الميلاد", "tags": ["pii:dob"], "sampleValues": ["1987-05-14", "1993-10-02"] },
      { "fieldPath": "mobile", "tags": ["pii:phone"], "sampleValues": ["+971 50 318 4472", "+971 55 920 1836"] },
      { "fieldPath": "email", "tags": ["pii:email"], "sampleValues": ["k.almansoori@eim.ae", "aisha.kaabi@outlook.com"] },
      { "fieldPath": "address_line1", "tags": [], "sampleValues": ["Villa 12, Street 4, Sheikh Zayed Road", "Al Wasl Road, Jumeirah 2"] },
      { "fieldPath": "signup_date", "tags": [], "sampleValues": ["2022-11-30", "2023-06-18"] }
    ]
  },
  "datasetProfile": { "rowCount": 1840227, "columnCount": 9, "timestampMillis": 1710108004000 }
}`,
    // Emirates IDs, sign-up dates, the corpuser URN (a username) and Sheikh Zayed Road are not ours.
    expected: [
      ['PERSON', 'خالد إبراهيم المنصوري'],
      ['PERSON', 'عائشة سالم الكعبي'],
      ['PERSON', 'Khalid Ibrahim Al Mansoori'],
      ['PERSON', 'Aisha Salem Al Kaabi'],
      ['DATE_OF_BIRTH', '1987-05-14'],
      ['DATE_OF_BIRTH', '1993-10-02'],
      ['PHONE', '+971 50 318 4472'],
      ['PHONE', '+971 55 920 1836'],
      ['EMAIL', 'k.almansoori@eim.ae'],
      ['EMAIL', 'aisha.kaabi@outlook.com'],
    ],
  },
  // ---------------------------------------------------------------- Python cells and tracebacks
  {
    name: 'pypinyin romanisation cell for Chinese names with compound surnames, printed output with a 多音字 note, the placeholder 张三',
    gap: 'Misses the pinyin forms Sima Xiaodong, Lv Jiayi and Dan Xuemei.',
    text: `from pypinyin import lazy_pinyin, Style

COMPOUND_SURNAMES = {"司马", "欧阳", "诸葛", "上官", "东方"}

def to_pinyin(name: str) -> str:
    n = 2 if name[:2] in COMPOUND_SURNAMES else 1
    sur = "".join(lazy_pinyin(name[:n], style=Style.NORMAL)).capitalize()
    given = "".join(lazy_pinyin(name[n:], style=Style.NORMAL)).capitalize()
    return f"{sur} {given}"

for n in ["司马晓东", "吕佳怡", "单雪梅", "张三"]:
    print(n, "->", to_pinyin(n))

司马晓东 -> Sima Xiaodong
吕佳怡 -> Lv Jiayi
单雪梅 -> Dan Xuemei
张三 -> Zhang San

# 注意：“单”作姓氏读 Shan，“吕”应写作 Lü/Lyu（护照拼写规则），需要姓氏读音表覆盖 lazy_pinyin 的默认读音。`,
    // 张三 / Zhang San is the placeholder; the compound surnames alone and the surname readings in the note are not people.
    expected: [
      ['PERSON', '司马晓东'],
      ['PERSON', '吕佳怡'],
      ['PERSON', '单雪梅'],
      ['PERSON', '司马晓东'],
      ['PERSON', 'Sima Xiaodong'],
      ['PERSON', '吕佳怡'],
      ['PERSON', 'Lv Jiayi'],
      ['PERSON', '单雪梅'],
      ['PERSON', 'Dan Xuemei'],
    ],
  },
  {
    name: 'phonenumbers cell normalising Pakistani and Bangladeshi numbers to E.164: a dict keyed by people, an office landline, a CNIC put in the phone column by mistake',
    text: `import phonenumbers
from phonenumbers import PhoneNumberFormat as F

samples = {
    "Ayesha Siddiqa":          ("0300-8214476", "PK"),
    "Muhammad Bilal Qureshi":  ("+92 (321) 5539027", "PK"),
    "Tanvir Hasan Chowdhury":  ("01711-542309", "BD"),
    "Farzana Akter Mim":       ("+880 1915-207734", "BD"),
    "Lahore office":           ("042-35761190", "PK"),
    "cnic (wrong column)":     ("35202-4410932-7", "PK"),
}
for who, (raw, region) in samples.items():
    n = phonenumbers.parse(raw, region)
    print(f"{who:<24} {raw:<18} -> {phonenumbers.format_number(n, F.E164):<16} valid={phonenumbers.is_valid_number(n)}")

Ayesha Siddiqa           0300-8214476       -> +923008214476    valid=True
Muhammad Bilal Qureshi   +92 (321) 5539027  -> +923215539027    valid=True
Tanvir Hasan Chowdhury   01711-542309       -> +8801711542309   valid=True
Farzana Akter Mim        +880 1915-207734   -> +8801915207734   valid=True
Lahore office            042-35761190       -> +924235761190    valid=True
cnic (wrong column)      35202-4410932-7    -> +923520244109327 valid=False`,
    // The CNIC and its bogus E.164 form are not phones; "Lahore office" is no person.
    expected: [
      ['PERSON', 'Ayesha Siddiqa'],
      ['PHONE', '0300-8214476'],
      ['PERSON', 'Muhammad Bilal Qureshi'],
      ['PHONE', '+92 (321) 5539027'],
      ['PERSON', 'Tanvir Hasan Chowdhury'],
      ['PHONE', '01711-542309'],
      ['PERSON', 'Farzana Akter Mim'],
      ['PHONE', '+880 1915-207734'],
      ['PHONE', '042-35761190'],
      ['PERSON', 'Ayesha Siddiqa'],
      ['PHONE', '0300-8214476'],
      ['PHONE', '+923008214476'],
      ['PERSON', 'Muhammad Bilal Qureshi'],
      ['PHONE', '+92 (321) 5539027'],
      ['PHONE', '+923215539027'],
      ['PERSON', 'Tanvir Hasan Chowdhury'],
      ['PHONE', '01711-542309'],
      ['PHONE', '+8801711542309'],
      ['PERSON', 'Farzana Akter Mim'],
      ['PHONE', '+880 1915-207734'],
      ['PHONE', '+8801915207734'],
      ['PHONE', '042-35761190'],
      ['PHONE', '+924235761190'],
    ],
  },
  {
    name: 'Paystack customer lookup from a Lagos notebook: the live secret key in the cell, printed JSON with first_name and last_name, account_name in capitals, a BVN and a NUBAN, a masked card, the transaction IP',
    text: `import json, requests
PAYSTACK_SK = "${paystackKey}"  # TODO: move to env before sharing
resp = requests.get("https://api.paystack.co/customer/CUS_xr58ofwnqam1bkq",
                    headers={"Authorization": f"Bearer {PAYSTACK_SK}"}, timeout=10)
print(resp.status_code)
print(json.dumps(resp.json()["data"], indent=2))

200
{
  "integration": 100982,
  "first_name": "Chiamaka",
  "last_name": "Okonkwo-Eze",
  "email": "chiamaka.okonkwo@yahoo.com",
  "phone": "+2348031946627",
  "metadata": {"referral": "whatsapp"},
  "customer_code": "CUS_xr58ofwnqam1bkq",
  "risk_action": "default",
  "id": 148820391,
  "identified": true,
  "identifications": [{"country": "NG", "type": "bank_account", "bvn": "22190384716", "account_number": "0731948802", "bank_code": "058"}],
  "authorizations": [{"authorization_code": "AUTH_8dfhjjdt4x", "bin": "539983", "last4": "9361", "exp_month": "09", "exp_year": "2027", "card_type": "mastercard", "bank": "Guaranty Trust Bank", "reusable": true, "signature": "SIG_uSYN4fv1adlAuoij8QXh", "account_name": "CHIAMAKA OKONKWO-EZE"}],
  "transactions": [{"id": 3518820193, "reference": "ord_88120_1710234", "amount": 1850000, "currency": "NGN", "ip_address": "102.89.34.117", "paid_at": "2024-03-11T18:02:40.000Z"}],
  "createdAt": "2023-07-14T09:22:51.000Z"
}`,
    // The BVN and the NUBAN are not phones; the card is masked (bin and last4); the authorization code and the card signature are not secrets; the bank is a company.
    expected: [
      ['SECRET', paystackKey],
      ['PERSON', 'Chiamaka'],
      ['PERSON', 'Okonkwo-Eze'],
      ['EMAIL', 'chiamaka.okonkwo@yahoo.com'],
      ['PHONE', '+2348031946627'],
      ['PERSON', 'CHIAMAKA OKONKWO-EZE'],
      ['IP_ADDRESS', '102.89.34.117'],
    ],
  },
  {
    name: '%%writefile of a Dubai payments config copied from Vault: database host and password, an N-Genius API key, a UAE PASS client secret, a settlement IBAN, an alert mailbox; an Emirates ID format sample and an outlet UUID',
    text: `%%writefile config/prod.yaml
# Dubai payments reconciliation — local debugging only, copied from Vault (Omar)
app:
  name: qasr-recon
  region: me-central-1
db:
  host: 10.80.14.22
  port: 5432
  user: recon_svc
  password: "${reconDbPassword}"
network_international:
  base_url: https://api-gateway.ngenius-payments.com
  api_key: "${ngeniusApiKey}"
  outlet_ref: 5edab6d7-5946-43f4-b8c7-06b29c272bdd
uaepass:
  client_id: qasr_recon_prod
  client_secret: "${uaepassSecret}"
settlement:
  iban: AE05 0260 0010 1582 2047 391
  currency: AED
validation:
  emirates_id_pattern: "^784-\\\\d{4}-\\\\d{7}-\\\\d$"   # e.g. 784-1990-1234567-1
alerts:
  recipients: [recon-alerts@qasrpay.ae]

Writing config/prod.yaml`,
    // Omar is a colleague by given name alone; the outlet UUID, client id, pattern and format sample are not ours.
    expected: [
      ['IP_ADDRESS', '10.80.14.22'],
      ['SECRET', reconDbPassword],
      ['SECRET', ngeniusApiKey],
      ['SECRET', uaepassSecret],
      ['IBAN', 'AE05 0260 0010 1582 2047 391'],
      ['EMAIL', 'recon-alerts@qasrpay.ae'],
    ],
  },
  {
    name: 'Korean SMS cell via Solapi: API key and secret in the code, a shipping notice to a customer with 님, the shop sender number, the printed JSON response and a CJ tracking number',
    text: `import json, requests
from solapi import SolapiMessageService

svc = SolapiMessageService(api_key="${solapiKey}", api_secret="${solapiSecret}")
res = svc.send({
    "to": "01045172283",
    "from": "15887120",
    "text": "[리브몰] 김나연님, 주문하신 상품(주문번호 20240312-0048821)이 발송되었습니다. CJ대한통운 운송장 6089 4471 2201",
})
print(json.dumps(res, ensure_ascii=False, indent=2))

{
  "groupId": "G4V20240312104418ABCDEF0123456789",
  "to": "01045172283",
  "from": "15887120",
  "type": "LMS",
  "statusMessage": "정상 접수(이통사로 접수 예정) ",
  "country": "82",
  "messageId": "M4V20240312104418HIJKLMN987654321",
  "statusCode": "2000",
  "accountId": "24031200419912"
}`,
    // The order, tracking, group, message and account ids are not ours; 님 is no part of the name.
    expected: [
      ['SECRET', solapiKey],
      ['SECRET', solapiSecret],
      ['PHONE', '01045172283'],
      ['PHONE', '15887120'],
      ['PERSON', '김나연'],
      ['PHONE', '01045172283'],
      ['PHONE', '15887120'],
    ],
  },
  {
    name: 'Jupyter traceback after a row dict is printed: a Japanese member with フリガナ, an abbreviated era birth date (H3.12.05) that the regex rejects, a JCB card number, an R5 join date',
    text: `{'会員番号': 'K-0048812', '氏名': '長谷川 七海', 'フリガナ': 'ハセガワ ナナミ', '生年月日': 'H3.12.05', '電話番号': '090-2718-4053', 'カード番号': '3528419066273011', '入会日': 'R5.4.1', 'ポイント': 1240}
---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[23], line 4
      2 for i, row in df.iterrows():
      3     try:
----> 4         df.at[i, "生年月日_西暦"] = wareki_to_date(row["生年月日"])
      5     except ValueError:
      6         print(row.to_dict())
      7         raise

Cell In[19], line 11, in wareki_to_date(s)
      8 ERA_RE = re.compile(r"(明治|大正|昭和|平成|令和)(\\d+|元)年(\\d+)月(\\d+)日")
      9 m = ERA_RE.fullmatch(s.strip())
     10 if m is None:
---> 11     raise ValueError(f"unparseable era date: {s!r}")
     12 era, y, mo, d = m.groups()

ValueError: unparseable era date: 'H3.12.05'`,
    // The join date R5.4.1, the member number and the points are not ours; the birth date counts in the row and again in the error message.
    expected: [
      ['PERSON', '長谷川 七海'],
      ['PERSON', 'ハセガワ ナナミ'],
      ['DATE_OF_BIRTH', 'H3.12.05'],
      ['PHONE', '090-2718-4053'],
      ['CREDIT_CARD', '3528419066273011'],
      ['DATE_OF_BIRTH', 'H3.12.05'],
    ],
  },
  {
    name: 'Egyptian row printed with df.iloc[0] then a KeyError on an Arabic column name: الاسم, تاريخ الميلاد, a mobile, the 14-digit national id, an EG IBAN, a street named after Gamal Abdel Nasser',
    text: `In [31]: print(df.iloc[0])
كود_العميل                                      EG-55120
الاسم                              محمود عبد الفتاح السيد
تاريخ الميلاد                                 1985/03/12
رقم_المحمول                                  01012459873
الرقم_القومي                              28503120104578
الآيبان          EG73 0003 0070 2139 0000 5612 8493 0
العنوان         14 شارع جمال عبد الناصر، العجوزة، الجيزة
تاريخ_التسجيل                                 2023/09/01
Name: 0, dtype: object

In [32]: df["العمر"] = (pd.Timestamp("2024-03-12") - pd.to_datetime(df["تاريخ_الميلاد"])).dt.days // 365
---------------------------------------------------------------------------
KeyError                                  Traceback (most recent call last)
File /opt/conda/lib/python3.11/site-packages/pandas/core/indexes/base.py:3805, in Index.get_loc(self, key)
   3804 try:
-> 3805     return self._engine.get_loc(casted_key)
   3806 except KeyError as err:

KeyError: 'تاريخ_الميلاد'

The above exception was the direct cause of the following exception:

KeyError                                  Traceback (most recent call last)
Cell In[32], line 1
----> 1 df["العمر"] = (pd.Timestamp("2024-03-12") - pd.to_datetime(df["تاريخ_الميلاد"])).dt.days // 365

KeyError: 'تاريخ_الميلاد'`,
    // The national id encodes the birth date but is an id; the registration date and the reference date are not ours.
    expected: [
      ['PERSON', 'محمود عبد الفتاح السيد'],
      ['DATE_OF_BIRTH', '1985/03/12'],
      ['PHONE', '01012459873'],
      ['IBAN', 'EG73 0003 0070 2139 0000 5612 8493 0'],
    ],
  },
  // ---------------------------------------------------------------- application logs
  {
    name: 'M-Pesa callback JSON lines from a Nairobi lender: MSISDNs without plus, FirstName/MiddleName/LastName in capitals, Safaricom callback IPs, a checkout id that embeds the phone, a Kenyan id and KRA PIN',
    text: `{"ts":"2024-03-11T07:42:18.331Z","level":"info","svc":"mpesa-callback","msg":"stk callback","CheckoutRequestID":"ws_CO_11032024104218331712845093","ResultCode":0,"MpesaReceiptNumber":"SCB7KXQ2M4","Amount":1450,"PhoneNumber":254712845093,"remote_ip":"196.201.214.200"}
{"ts":"2024-03-11T07:44:02.907Z","level":"info","svc":"mpesa-callback","msg":"c2b confirmation","TransID":"SCB1LMN8QZ","TransAmount":"2300.00","BillRefNumber":"ACC-009187","MSISDN":"254722190477","FirstName":"WANJIKU","MiddleName":"NJERI","LastName":"KAMAU","remote_ip":"196.201.214.206"}
{"ts":"2024-03-11T07:44:03.118Z","level":"warn","svc":"mpesa-callback","msg":"duplicate callback ignored","TransID":"SCB1LMN8QZ","request_id":"c1f0a6e2-5b7d-4e21-9a0f-3d8c2b6e1f47","remote_ip":"196.201.214.206"}
{"ts":"2024-03-11T07:51:40.552Z","level":"error","svc":"loan-scoring","msg":"KRA PIN mismatch","customer":{"id":88123,"national_id":"29817734","kra_pin":"A008812340Z","name":"Otieno Brian Ochieng","phone":"+254 733 504 218"},"host":"10.20.3.14","version":"2.14.0"}`,
    // Receipt, transaction, checkout and request ids, the national id, the KRA PIN, amounts and the service version are not ours.
    expected: [
      ['PHONE', '254712845093'],
      ['IP_ADDRESS', '196.201.214.200'],
      ['PHONE', '254722190477'],
      ['PERSON', 'WANJIKU'],
      ['PERSON', 'NJERI'],
      ['PERSON', 'KAMAU'],
      ['IP_ADDRESS', '196.201.214.206'],
      ['IP_ADDRESS', '196.201.214.206'],
      ['PERSON', 'Otieno Brian Ochieng'],
      ['PHONE', '+254 733 504 218'],
      ['IP_ADDRESS', '10.20.3.14'],
    ],
  },
  {
    name: 'Spring Boot log from a Korean member service: a datasource line with the password, a Lombok request toString, Hibernate parameter binding, a Member entity with a different birth date',
    text: `2024-03-12 14:01:58.004  INFO 18244 --- [           main] c.s.m.config.DataSourceConfig            : DataSource url=jdbc:postgresql://10.12.4.31:5432/member, username=member_app, password=${memberDbPassword}
2024-03-12 14:01:59.771  INFO 18244 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''
2024-03-12 14:02:11.482  INFO 18244 --- [nio-8080-exec-7] c.s.m.api.MemberController               : POST /api/v1/members/verify from 211.234.188.67
2024-03-12 14:02:11.519 DEBUG 18244 --- [nio-8080-exec-7] c.s.m.service.MemberService              : verify request: MemberVerifyRequest(name=정다인, birthDate=19960811, mobile=010-3342-7719, carrier=SKT, ci=null)
2024-03-12 14:02:11.604 DEBUG 18244 --- [nio-8080-exec-7] org.hibernate.SQL                        : select m1_0.mbr_no,m1_0.mbr_nm,m1_0.brdt,m1_0.eml_addr from member.tb_member m1_0 where m1_0.mbl_telno=?
2024-03-12 14:02:11.611 TRACE 18244 --- [nio-8080-exec-7] org.hibernate.orm.jdbc.bind              : binding parameter [1] as [VARCHAR] - [010-3342-7719]
2024-03-12 14:02:11.640  WARN 18244 --- [nio-8080-exec-7] c.s.m.service.MemberService              : birth date mismatch for Member(mbrNo=20881734, mbrNm=정다인, brdt=19960818, emlAddr=dain.jung@kakao.com, grade=GOLD, joinDt=2021-05-02T10:11:32)
2024-03-12 14:02:11.702  INFO 18244 --- [nio-8080-exec-7] c.s.m.api.MemberController               : verify result=MISMATCH elapsed=220ms traceId=6f1e0c9a4b2d7e3f`,
    // Both birth dates are hers (one as typed, one as stored); the member number, join date, trace id and port are not ours.
    expected: [
      ['IP_ADDRESS', '10.12.4.31'],
      ['SECRET', memberDbPassword],
      ['IP_ADDRESS', '211.234.188.67'],
      ['PERSON', '정다인'],
      ['DATE_OF_BIRTH', '19960811'],
      ['PHONE', '010-3342-7719'],
      ['PHONE', '010-3342-7719'],
      ['PERSON', '정다인'],
      ['DATE_OF_BIRTH', '19960818'],
      ['EMAIL', 'dain.jung@kakao.com'],
    ],
  },
  {
    name: 'Node/Express claim API log from a New Zealand insurer: headers with a Bearer JWT and X-Forwarded-For, a body with firstName/lastName, dob, NHI, the provider with Dr and a plaintext Amex',
    text: `[2024-03-12T01:14:22.735Z] debug: headers {"host":"api.kowhaihealth.co.nz","authorization":"Bearer ${claimsJwt}","user-agent":"KowhaiApp/3.14.2 (iPhone; iOS 17.3.1)","x-forwarded-for":"203.45.118.92, 10.0.12.7"}
[2024-03-12T01:14:22.741Z] debug: body {"policyNo":"KH-88214703","claimant":{"firstName":"Aroha","lastName":"Te Rangi-Walker","dob":"14/07/1986","mobile":"021 448 3907","email":"aroha.terangi@xtra.co.nz","nhi":"ZAC5361"},"provider":{"name":"Dr Liam Nguyen","practice":"Ponsonby Road Physio","phone":"09-376 2218"},"amount":"142.50","payment":{"card":"376258190047316","expiry":"09/27"}}
[2024-03-12T01:14:22.902Z] warn: card number in plaintext body — PCI filter bypassed for route /api/v2/claims (see SEC-2291)
[2024-03-12T01:14:22.918Z] info: POST /api/v2/claims 201 184ms ip=203.45.118.92 reqId=7f3b2c1e-88a0-4d1e-9c5b-2e0f41a7d913`,
    // The policy number, NHI, expiry, app version, ticket and request id are not ours.
    expected: [
      ['SECRET', claimsJwt],
      ['IP_ADDRESS', '203.45.118.92'],
      ['IP_ADDRESS', '10.0.12.7'],
      ['PERSON', 'Aroha'],
      ['PERSON', 'Te Rangi-Walker'],
      ['DATE_OF_BIRTH', '14/07/1986'],
      ['PHONE', '021 448 3907'],
      ['EMAIL', 'aroha.terangi@xtra.co.nz'],
      ['PERSON', 'Liam Nguyen'],
      ['PHONE', '09-376 2218'],
      ['CREDIT_CARD', '376258190047316'],
      ['IP_ADDRESS', '203.45.118.92'],
    ],
  },
  {
    name: 'Laravel log from a Riyadh shop: a HyperPay decline with result code 800.100.151, a User model with Arabic and English names, Hijri and Gregorian birth dates, a mistyped mada card and the corrected one, the holder in capitals',
    text: `[2024-03-12 11:20:45] production.ERROR: HyperPay rejected transaction {"userId":55821,"exception":"[object] (App\\\\Exceptions\\\\GatewayException(code: 402): HyperPay result 800.100.151: transaction declined (invalid card) at /var/www/html/app/Services/HyperPayService.php:118)
[stacktrace]
#0 /var/www/html/app/Http/Controllers/CheckoutController.php(64): App\\\\Services\\\\HyperPayService->charge()
#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\CheckoutController->pay()
"}
[2024-03-12 11:20:45] production.DEBUG: checkout payload {"user":{"App\\\\Models\\\\User":{"id":55821,"name":"نوف عبدالعزيز الشهري","name_en":"Nouf Abdulaziz Alshehri","email":"nouf.alshehri@hotmail.com","phone":"+966547713092","birth_date_hijri":"1418-09-27","birth_date":"1998-01-25","national_id":"1102938475","created_at":"2023-08-14T19:02:11.000000Z"}},"card_number":"4464 0419 8827 1038","holder":"NOUF ALSHEHRI","ip":"37.106.241.19"}
[2024-03-12 11:21:09] production.INFO: Retry succeeded {"userId":55821,"card_number":"4464 0419 8827 1032","checkout_id":"8ac7a4a18e1b5d2c018e2f03a7d94c11","amount":"349.00","currency":"SAR"}`,
    // The first card fails Luhn (a typo); the result code, national id, checkout id and timestamps are not ours.
    expected: [
      ['PERSON', 'نوف عبدالعزيز الشهري'],
      ['PERSON', 'Nouf Abdulaziz Alshehri'],
      ['EMAIL', 'nouf.alshehri@hotmail.com'],
      ['PHONE', '+966547713092'],
      ['DATE_OF_BIRTH', '1418-09-27'],
      ['DATE_OF_BIRTH', '1998-01-25'],
      ['PERSON', 'NOUF ALSHEHRI'],
      ['IP_ADDRESS', '37.106.241.19'],
      ['CREDIT_CARD', '4464 0419 8827 1032'],
    ],
  },
  {
    name: 'Vietnamese MoMo IPN and order logs: the payer named in orderInfo with her phone, a customer object with hoTen and sdt, an address on Nguyễn Thị Minh Khai, an HMAC signature and an OTP send',
    text: `2024-03-12T08:15:33.204Z info [momo-ipn] IPN received {"partnerCode":"MOMOBKUN20180529","orderId":"DH-20240312-004187","requestId":"e0c6b1a2-7f34-4d9e-8b21-5a0c3e9d7f16","amount":1250000,"orderInfo":"Thanh toan don hang cho Phạm Thị Ngọc Hân - 0938 214 607","transId":4012338871,"resultCode":0,"payType":"qr","signature":"6a9f3c1e8b2d47f0a5c9e1b3d7f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8"}
2024-03-12T08:15:33.210Z info [order] paid order=DH-20240312-004187 customer={"id":"c_77120","hoTen":"Phạm Thị Ngọc Hân","sdt":"+84938214607","email":"ngochan.pham@gmail.com","diaChi":"12 Nguyễn Thị Minh Khai, P. Đa Kao, Q.1, TP.HCM"} ip=14.161.22.93
2024-03-12T08:15:34.002Z info [sms] OTP sent to 0938214607 via ESMS smsId=8c0f2a61 brand=SHOPVN`,
    // Nguyễn Thị Minh Khai is a street; the partner code, order, request and transaction ids, the amount and the HMAC signature are not ours.
    expected: [
      ['PERSON', 'Phạm Thị Ngọc Hân'],
      ['PHONE', '0938 214 607'],
      ['PERSON', 'Phạm Thị Ngọc Hân'],
      ['PHONE', '+84938214607'],
      ['EMAIL', 'ngochan.pham@gmail.com'],
      ['IP_ADDRESS', '14.161.22.93'],
      ['PHONE', '0938214607'],
    ],
  },
  // ---------------------------------------------------------------- Airflow and dbt
  {
    name: 'Airflow task log from a Singapore KYC DAG: run ids, a GCS path with an MD5, a hashed NRIC column with a sample hash, a BigQuery job id, versions and durations; nothing personal',
    text: `[2024-03-12, 02:00:07 +08] {taskinstance.py:1157} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: sg_kyc_daily.load_to_bq scheduled__2024-03-11T18:00:00+00:00 [queued]>
[2024-03-12, 02:00:07 +08] {taskinstance.py:1359} INFO - Starting attempt 1 of 3
[2024-03-12, 02:00:07 +08] {taskinstance.py:1380} INFO - Executing <Task(GCSToBigQueryOperator): load_to_bq> on 2024-03-11 18:00:00+00:00
[2024-03-12, 02:00:08 +08] {base.py:83} INFO - Using connection ID 'gcp_kyc_prod' for task execution.
[2024-03-12, 02:00:09 +08] {gcs_to_bigquery.py:379} INFO - Using existing BigQuery table for storing data...
[2024-03-12, 02:00:09 +08] {bigquery.py:1595} INFO - Inserting job airflow_sg_kyc_daily_load_to_bq_2024_03_11T18_00_00_00_00_4f1c0a9e2b7d3e58
[2024-03-12, 02:04:11 +08] {logging_mixin.py:188} INFO - Loaded gs://kyc-landing-sg/2024/03/11/applicants_000.parquet (md5 9e107d9d372bb6826bd81d3542a419d6): 18,204 rows, 0 rejected
[2024-03-12, 02:04:11 +08] {logging_mixin.py:188} INFO - nric_fin hashed with SHA-256 + pepper v3; sample 3b8f1e6a0c9d2f47b5e8a1c3d6f9b2e4a7c0d3f6b9e2a5c8d1f4a7b0c3e6d9f2
[2024-03-12, 02:04:12 +08] {taskinstance.py:1398} INFO - Marking task as SUCCESS. dag_id=sg_kyc_daily, task_id=load_to_bq, execution_date=20240311T180000, start_date=20240311T180007, end_date=20240311T180412
[2024-03-12, 02:04:12 +08] {local_task_job_runner.py:234} INFO - Task exited with return code 0
[2024-03-12, 02:04:12 +08] {taskinstance.py:3281} INFO - 1 downstream tasks scheduled from follow-on schedule check`,
    // Run and job ids, the connection id, the MD5 and SHA-256 values, row counts and timestamps are not ours.
    expected: [],
  },
  {
    name: 'Airflow log of a failed Indian UPI reconciliation task: a ValueError that prints the row with payer name, UPI VPA, mobile and a RuPay card, a GSTIN, a shop named after Krishna',
    text: `[2024-03-12, 06:31:40 IST] {logging_mixin.py:188} INFO - Validating batch upi_settlements_20240311 (rows=91,402)
[2024-03-12, 06:31:44 IST] {taskinstance.py:2731} ERROR - Task failed with exception
Traceback (most recent call last):
  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/python.py", line 214, in execute
    return_value = self.execute_callable()
  File "/opt/airflow/dags/fin/validate.py", line 57, in check_row
    raise ValueError(f"VPA/mobile mismatch in row {row}")
ValueError: VPA/mobile mismatch in row {'txn_id': 'UPI/407112839021/CR', 'payer_name': 'Karthik Subramanian', 'payer_vpa': 'karthik.s92@okhdfcbank', 'payer_mobile': '+91 94441 27830', 'amount': 2450.0, 'merchant': 'Sri Krishna Sweets', 'gstin': '33AAFCS1234K1Z5', 'card': '6083261190472535'}
[2024-03-12, 06:31:44 IST] {taskinstance.py:1149} INFO - Marking task as UP_FOR_RETRY. dag_id=upi_recon, task_id=validate_batch, execution_date=20240311T003000, start_date=20240312T010140, end_date=20240312T010144
[2024-03-12, 06:31:44 IST] {standard_task_runner.py:107} ERROR - Failed to execute job 882147 for task validate_batch (VPA/mobile mismatch in row ...; 41271)`,
    // The UPI VPA is a payment handle, not an e-mail; the UTR, GSTIN, amount, job and process ids are not ours; Sri Krishna Sweets is a shop.
    expected: [
      ['PERSON', 'Karthik Subramanian'],
      ['PHONE', '+91 94441 27830'],
      ['CREDIT_CARD', '6083261190472535'],
    ],
  },
  {
    name: 'dbt test failure and dbt show from an Israeli loyalty model: a duplicated ת.ז., rows with Hebrew and English names, תאריך_לידה, a phone in two formats and two e-mails',
    text: `$ dbt test --select stg_members
12:04:11  Running with dbt=1.7.9
12:04:12  Found 38 models, 112 tests, 6 sources, 0 exposures, 0 metrics, 521 macros
12:04:19  1 of 4 FAIL 2 unique_stg_members_teudat_zehut ............................ [FAIL 2 in 0.41s]
12:04:19  Failure in test unique_stg_members_teudat_zehut (models/staging/schema.yml)
12:04:19    Got 2 results, configured to fail if != 0
12:04:19    compiled Code at target/compiled/loyalty/models/staging/schema.yml/unique_stg_members_teudat_zehut.sql
12:04:19  Done. PASS=3 WARN=0 ERROR=0 SKIP=0 FAIL=1 TOTAL=4
$ dbt show --inline "select member_id, שם_מלא, full_name, teudat_zehut, תאריך_לידה, phone, email from {{ ref('stg_members') }} where teudat_zehut = '038291746'"
12:05:02  Previewing inline node:
| member_id | שם_מלא       | full_name      | teudat_zehut | תאריך_לידה | phone            | email                   |
| --------- | ------------ | -------------- | ------------ | ---------- | ---------------- | ----------------------- |
|     40021 | נועה לוי-כהן | Noa Levi-Cohen |    038291746 | 1991-06-04 | 052-718-3349     | noa.levicohen@gmail.com |
|     51877 | נועה לוי     | Noa Levi       |    038291746 | 1991-06-04 | +972 52 718 3349 | noa.levi@walla.co.il    |`,
    // The ת.ז. is an id; dbt versions, counts and timings are not ours.
    expected: [
      ['PERSON', 'נועה לוי-כהן'],
      ['PERSON', 'Noa Levi-Cohen'],
      ['DATE_OF_BIRTH', '1991-06-04'],
      ['PHONE', '052-718-3349'],
      ['EMAIL', 'noa.levicohen@gmail.com'],
      ['PERSON', 'נועה לוי'],
      ['PERSON', 'Noa Levi'],
      ['DATE_OF_BIRTH', '1991-06-04'],
      ['PHONE', '+972 52 718 3349'],
      ['EMAIL', 'noa.levi@walla.co.il'],
    ],
  },
  // ---------------------------------------------------------------- markdown notes between cells
  {
    name: 'Japanese markdown note on 名寄せ between cells: colleagues as 佐々木さん and グエンさん, two merged customers quoted with birth dates and phones, a 旧姓 maiden name',
    text: `## 3. 名寄せ（重複顧客の統合）について

前回の定例（3/8、佐々木さん・グエンさん参加）で合意した方針：
- 氏名＋生年月日＋電話番号の完全一致で同一人物とみなす
- 旧姓での登録が残っているため、フリガナ（名）の一致＋生年月日の一致も許容する

確認した例（本番データからの抜粋。共有はこのノートブック内に限る）：
> 顧客ID 100233「渡邉 健一郎」と 100871「渡辺 健一郎」は、生年月日 1975/06/19・電話 080-6627-1390 が一致 → 統合
> 顧客ID 100412「高木 里奈」（旧姓：松本）は 平成4年9月12日生、携帯 090-5521-0386 → 100977「松本 里奈」と統合

※ 異体字（邉/辺、髙/高）は NFKC では揃わないので、別途辞書で寄せる（担当：佐々木）。次回は 3/22。`,
    // 佐々木 and グエン are colleagues named only by family name; the meeting dates and customer ids are not ours; 松本 after 旧姓 is the maiden name of 高木 里奈.
    expected: [
      ['PERSON', '渡邉 健一郎'],
      ['PERSON', '渡辺 健一郎'],
      ['DATE_OF_BIRTH', '1975/06/19'],
      ['PHONE', '080-6627-1390'],
      ['PERSON', '高木 里奈'],
      ['PERSON', '松本'],
      ['DATE_OF_BIRTH', '平成4年9月12日'],
      ['PHONE', '090-5521-0386'],
      ['PERSON', '松本 里奈'],
    ],
  },
  {
    name: 'English markdown note from a Lagos team on address cleanup: a table of street variants named after Macaulay, Awolowo, Azikiwe and Ahmadu Bello, a university and an airport named after people, dropped column names and row counts',
    text: `### Notes on the Lagos/Abuja delivery-address cleanup (cell 14 → 15)

\`address_line1\` is free text, so before geocoding we standardise street names. Biggest clusters after lower-casing:

| raw variant | canonical | rows |
|---|---|---|
| \`herbert macaulay wy\` / \`h. macaulay way\` | Herbert Macaulay Way | 4,812 |
| \`awolowo rd\` / \`obafemi awolowo road\` | Awolowo Road | 3,907 |
| \`nnamdi azikiwe st\` | Nnamdi Azikiwe Street | 2,155 |
| \`ahmadu bello way\` | Ahmadu Bello Way | 1,634 |
| \`adeola odeku\` | Adeola Odeku Street | 1,202 |

Don't geocode rows where \`landmark\` says "opposite Obafemi Awolowo University" or "near Murtala Muhammed Airport" — those are campus or airport drop points and resolve to the wrong LGA.

\`customer_name\`, \`phone_e164\` and \`bvn_hash\` are dropped before this step; only \`address_line1\`, \`lga\`, \`state\` and \`order_id\` remain. Row counts: 48,211 before, 47,930 after (281 rows with \`address_line1 = 'N/A'\`).`,
    // Every name here is a street, a university or an airport named after a person; column names alone and counts are not personal data.
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 29: notebook material from Asian, Middle-Eastern, African and Oceanian teams',
  cases,
);
