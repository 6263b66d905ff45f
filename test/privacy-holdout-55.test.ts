import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifty-fifth hand-written hold-out: names with little around them to say they are names, in
 * ordinary English-language data work from across the English-speaking world (the US, UK, Ireland,
 * Canada, Australia, Aotearoa New Zealand, South Africa, Nigeria, Ghana, Kenya, India, Pakistan,
 * Singapore, Malaysia, the Philippines, Jamaica, Trinidad), with people whose names are Yoruba, Igbo,
 * Akan, Kikuyu, Zulu, Xhosa, Māori, Samoan, Tongan, Fijian, Punjabi, Tamil, Malay, Filipino,
 * Chinese-Singaporean with English given names, Caribbean, Irish-language, Scottish Gaelic, Welsh,
 * Navajo, Arabic, Somali, Eritrean, Vietnamese-American, Hmong, Polish-American and Ukrainian-
 * Canadian. Shapes: pandas prints with rep, owner, name and split name columns, psql, BigQuery and
 * Snowflake results, an Excel leaderboard, Slack (copied and exported JSON), Teams, WhatsApp and a
 * Discord-like channel, Jira, Linear, Asana and Notion tasks, git shortlog and git log, dbt meta
 * owners, a CODEOWNERS-like file, Airflow default_args, notebook cells, a PR review, a Looker access
 * log, meeting notes, a standup, an on-call rota, an incident timeline, a retro, an interview
 * schedule, attendee and registration CSVs, iCalendar and an agenda print, a Zoom report, CRM notes,
 * payroll, refund and collections lists, a tool call and a survey answer; a few carry phones,
 * e-mails, IBANs (IE, GB, PK), cards, an SSN, birth dates, keys and passwords beside the names. 15
 * of its 68 cases are clean hard negatives in the same shapes: stores indexed by cities that are
 * also given names, brands and banners named after founders, eponymous methods, AI models and voice
 * assistants, football clubs, named storms, regions, airports and a bay named after people, public
 * figures as topics, placeholder people on reserved domains, holidays named after people, ships,
 * field names, and a log with loopback and unspecified binds, a UUID, a version and a masked card.
 *
 * Conventions as in hold-outs 50 to 52 and the README: first and last name in separate fields or
 * columns are separate spans, a full name in one cell or in prose is one span (with its particles:
 * Te, Ó, Ní, Mac, ap, binti, Dela); family-first names with a comma are one span; an @-mention by
 * display name is the name without the @; a given name alone counts when the same person is named
 * in full in the text (`thanks Adaeze`, `Chiamaka to follow up with Tanvir`), never an agent who is
 * never named in full (`Marco`); titles in their own field are no part of a name; lowercase
 * handles are no person; companies, clubs, teams, ships, storms, holidays, places, airports and
 * methods named after people are no people, nor public figures as topics or placeholder people on a
 * fixture with a reserved domain; birth dates count where labelled (a dob column, DOB, Date of
 * Birth, a date_of_birth key), not other dates; private-range hosts count, loopback and 0.0.0.0
 * binds do not, ports are outside an address; a password in a connection URL is the password only;
 * a phone's span is as written, with its country code where given. Values are fake: Luhn-valid
 * made-up cards, IBANs computed with valid mod-97 check digits at their countries' lengths, an SSN
 * in a valid area, made-up names, numbers and keys (the keys assembled with `joinParts`).
 *
 * Written blind (labelled before the engine was run on it). When written, 58 of the 68 cases
 * passed; the 10 others carry a gap. No first-run failure was a mistake in the test: each was
 * checked against the conventions and the computed values, and all 10 are the engine's. Misses: an
 * Eritrean name in git shortlog, `Cheyenne Nez` in git log, a Welsh name with `ap`, a Māori name in
 * a CSV cell, a name after `escalated to`, one family-first name with a comma, and two Samoan names
 * in a Sheets comment export (whose `+mention` e-mail the engine also spans back across a newline).
 * False alarms: a named hurricane, airports named after people, a head of state in a headline.
 */

const k = joinParts;
const openaiKey = k('sk-proj-', 'Lq7Vx2Tm9Rz4Wc8Nb3Hk6Ys1Pd5Fj0GaUe');
const warehousePassword = k('Wq4!zR', 'm8Tp2x');
const githubToken = k('ghp_', 'M4tQ8zLr2Wx7Kc9Vp3Nb6Hs1Yd5Fg0JaReU');
const anthropicKey = k(
  'sk-ant-api03-',
  'Zr8Qm2Lx7Tc4Wv9Np3Hb6Ks1Yd5Fg0Ja',
  '-',
  'Ue2Ri7Ow4Pt9Sl3Mk8Nj6Hb1Vc',
);
const airflowPassword = k('Ng0zi', '-Wh1te!77');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- pandas prints and query results
  {
    name: 'pandas print of a deal pipeline: a rep column of full names from Nigeria, Aotearoa and Punjab beside brand-named accounts',
    text: `>>> pipeline.head()
  deal_id              account              rep       stage    amount
0  D-1042    Harris Teeter Inc     Chidinma Eze    proposal   48200.0
1  D-1043        Ford Motor Co      Wiremu Tane  closed_won  112000.0
2  D-1044  Marks & Spencer plc  Priyanka Sandhu  negotiate    37500.0
3  D-1047       Ben & Jerry's   Obinna Nwankwo    proposal   21900.0`,
    expected: [
      ['PERSON', 'Chidinma Eze'],
      ['PERSON', 'Wiremu Tane'],
      ['PERSON', 'Priyanka Sandhu'],
      ['PERSON', 'Obinna Nwankwo'],
    ],
  },
  {
    name: 'psql result of account_manager by region: Zulu, Tamil and Yoruba names beside club- and brand-named accounts',
    text: ` account_id |        account_name        | account_manager  |  region
------------+----------------------------+------------------+-----------
      10482 | Kaizer Chiefs Merch Ltd    | Sipho Ndlovu     | Gauteng
      10497 | Dell Technologies          | Ananya Iyer      | Karnataka
      10503 | Wendy's Franchise Group 14 | Olamide Bakare   | Lagos
      10511 | Chelsea FC Foundation      | Senthil Kumaran  | London
(4 rows)`,
    expected: [
      ['PERSON', 'Sipho Ndlovu'],
      ['PERSON', 'Ananya Iyer'],
      ['PERSON', 'Olamide Bakare'],
      ['PERSON', 'Senthil Kumaran'],
    ],
  },
  {
    name: 'pandas print of an owner column with Samoan, Tongan and Fijian names; a last_login IP per row',
    text: `   dashboard_id                 title             owner       last_login_ip
0           311      Auckland Retail KPIs    Losa Tuilagi        203.97.41.118
1           318   Suva Tourism Arrivals    Tevita Fifita       10.20.14.77
2           325     Nuku'alofa Remittances  Mereoni Radovu      144.130.66.9`,
    expected: [
      ['PERSON', 'Losa Tuilagi'],
      ['IP_ADDRESS', '203.97.41.118'],
      ['PERSON', 'Tevita Fifita'],
      ['IP_ADDRESS', '10.20.14.77'],
      ['PERSON', 'Mereoni Radovu'],
      ['IP_ADDRESS', '144.130.66.9'],
    ],
  },
  {
    name: 'pandas print of an HR extract: name and dob columns, Yoruba and Irish-language names',
    text: `   emp_id                        name         dob     dept
0   E0417              Tolani Balogun  1991-03-14  Finance
1   E0422  Seán Mac Giolla Phádraig  1986-11-02     Risk
2   E0431            Abena Asantewaa  1995-07-29  Pricing`,
    expected: [
      ['PERSON', 'Tolani Balogun'],
      ['DATE_OF_BIRTH', '1991-03-14'],
      ['PERSON', 'Seán Mac Giolla Phádraig'],
      ['DATE_OF_BIRTH', '1986-11-02'],
      ['PERSON', 'Abena Asantewaa'],
      ['DATE_OF_BIRTH', '1995-07-29'],
    ],
  },
  {
    name: 'BigQuery CLI table of support escalations: handled_by full names, customer e-mails and Kenyan and Ghanaian phones',
    text: `+---------+-------------------+----------------------------+-------------------+
| case_id |    handled_by     |       customer_email       |  customer_phone   |
+---------+-------------------+----------------------------+-------------------+
| 88120   | Wanjiku Njoroge   | kipchoge.rotich@gmail.com  | +254 722 418 903  |
| 88127   | Yaw Darko         | efua.quartey@yahoo.com     | +233 24 381 7706  |
+---------+-------------------+----------------------------+-------------------+`,
    expected: [
      ['PERSON', 'Wanjiku Njoroge'],
      ['EMAIL', 'kipchoge.rotich@gmail.com'],
      ['PHONE', '+254 722 418 903'],
      ['PERSON', 'Yaw Darko'],
      ['EMAIL', 'efua.quartey@yahoo.com'],
      ['PHONE', '+233 24 381 7706'],
    ],
  },
  {
    name: 'Snowflake worksheet result as TSV: reviewer column of a Hmong, a Vietnamese-American and a Polish-American name',
    text: `TICKET_ID	REVIEWER	REVIEWED_AT	VERDICT
QA-5510	Pa Houa Vang	2024-11-21 09:14:00	approved
QA-5512	Hoa Nguyen	2024-11-21 10:02:31	rejected
QA-5519	Agnieszka Kowalczyk	2024-11-22 16:47:09	approved`,
    expected: [
      ['PERSON', 'Pa Houa Vang'],
      ['PERSON', 'Hoa Nguyen'],
      ['PERSON', 'Agnieszka Kowalczyk'],
    ],
  },
  {
    name: 'pandas print with first and last name in separate columns: Xhosa, Māori and Ukrainian-Canadian names',
    text: `  first_name   last_name   province  tenure_yrs
0    Siyabonga      Mqhayi  E. Cape            4
1        Aroha    Te Whata  Waikato            7
2       Oksana  Hrytsenko  Manitoba           2`,
    expected: [
      ['PERSON', 'Siyabonga'],
      ['PERSON', 'Mqhayi'],
      ['PERSON', 'Aroha'],
      ['PERSON', 'Te Whata'],
      ['PERSON', 'Oksana'],
      ['PERSON', 'Hrytsenko'],
    ],
  },
  {
    name: 'Excel copy-paste of a sales leaderboard: ranks, full names and amounts, one row a team named after a city',
    text: `Rank	Rep	Closed-won (USD)	Deals
1	Olusegun Adebayo-Cole	412,800	14
2	Naledi Khumalo	388,150	11
3	Ravinder Gill	301,900	9
4	Team Kingston (shared)	290,000	12
5	Keisha Baptiste	244,300	8`,
    expected: [
      ['PERSON', 'Olusegun Adebayo-Cole'],
      ['PERSON', 'Naledi Khumalo'],
      ['PERSON', 'Ravinder Gill'],
      ['PERSON', 'Keisha Baptiste'],
    ],
  },

  // ---------------------------------------------------------------- chat threads
  {
    name: 'Slack thread copied as text: senders and @-mentions by full display name, a thank-you by given name alone',
    text: `Adaeze Okonkwo  9:14 AM
@Tanvir Hossain can you rerun the churn model with the Nov cohort?
Tanvir Hossain  9:20 AM
on it. @Siosaia Taufa the feature table is stale again
Siosaia Taufa  9:41 AM
fixed, backfill done. thanks Adaeze`,
    expected: [
      ['PERSON', 'Adaeze Okonkwo'],
      ['PERSON', 'Tanvir Hossain'],
      ['PERSON', 'Tanvir Hossain'],
      ['PERSON', 'Siosaia Taufa'],
      ['PERSON', 'Siosaia Taufa'],
      ['PERSON', 'Adaeze'],
    ],
  },
  {
    name: 'Slack export JSON: real_name in user_profile, lowercase handles as display names, an e-mail in the text',
    text: `[{"type":"message","user":"U04KQ7ZL2","user_profile":{"real_name":"Amaka Okafor","display_name":"aokafor"},"text":"<@U05B2M1PX> can you share the Lincoln store numbers?","ts":"1731582112.004900"},{"type":"message","user":"U05B2M1PX","user_profile":{"real_name":"Hemi Walker","display_name":"hemi.w"},"text":"sure, sending to amaka.okafor@flutterwave-ops.com now","ts":"1731582190.005100"}]`,
    expected: [
      ['PERSON', 'Amaka Okafor'],
      ['PERSON', 'Hemi Walker'],
      ['EMAIL', 'amaka.okafor@flutterwave-ops.com'],
    ],
  },
  {
    name: 'Microsoft Teams chat export: sender lines with Malay and Chinese-Singaporean names, a Malaysian mobile in a message',
    text: `[21/11/2024 10:02] Nurul Aisyah binti Kamarudin: the Penang vendor file is in, 3,412 rows
[21/11/2024 10:04] Jasmine Tan Hui Min: nice. can you WhatsApp me on +60 12-384 7721 when the dedupe is done
[21/11/2024 10:05] Nurul Aisyah binti Kamarudin: ok will do`,
    expected: [
      ['PERSON', 'Nurul Aisyah binti Kamarudin'],
      ['PERSON', 'Jasmine Tan Hui Min'],
      ['PHONE', '+60 12-384 7721'],
      ['PERSON', 'Nurul Aisyah binti Kamarudin'],
    ],
  },
  {
    name: 'WhatsApp group export from a Lagos data team: senders by full name and a Nigerian number saved without a name',
    text: `12/11/24, 08:41 - Temitope Adeyemi: who has the Abuja fuel price sheet?
12/11/24, 08:43 - +234 803 417 2290: I do, uploading now
12/11/24, 08:44 - Chukwuemeka Obi: thanks Temitope, I need it for the 10am`,
    expected: [
      ['PERSON', 'Temitope Adeyemi'],
      ['PHONE', '+234 803 417 2290'],
      ['PERSON', 'Chukwuemeka Obi'],
      ['PERSON', 'Temitope'],
    ],
  },
  {
    name: 'Discord-style log line list from a Jamaican and Trinidadian analytics community: display names are full names, one phone',
    text: `#data-caribbean
Shanice Campbell — today at 14:02
anyone have the Kingston parish boundaries as geojson?
Rajesh Ramdass — today at 14:09
yes, ping me on +1 868 742 3301 and I'll send the Port of Spain file too`,
    expected: [
      ['PERSON', 'Shanice Campbell'],
      ['PERSON', 'Rajesh Ramdass'],
      ['PHONE', '+1 868 742 3301'],
    ],
  },

  // ---------------------------------------------------------------- tickets and engineering files
  {
    name: 'Jira issue list as plain text: assignees from South Africa and Aotearoa, summaries with an eponymous method and a city',
    text: `KEY       SUMMARY                                  ASSIGNEE           STATUS
DATA-812  Backfill orders_daily for November       Thandiwe Mthembu   In Progress
DATA-813  Fix Kaplan-Meier survival plot axis      Rangi Parata       To Do
DATA-815  Austin store dedupe                      Nomvula Dlamini    Done
DATA-818  Investigate late Durban feed             Unassigned         To Do`,
    expected: [
      ['PERSON', 'Thandiwe Mthembu'],
      ['PERSON', 'Rangi Parata'],
      ['PERSON', 'Nomvula Dlamini'],
    ],
  },
  {
    name: 'Linear issues as a markdown table: assignees with Ukrainian-Canadian, Arabic and Somali names; product names in titles',
    text: `| ID | Title | Assignee | Priority |
|---|---|---|---|
| ENG-2291 | Regina warehouse feed drops rows | Oksana Melnychuk | Urgent |
| ENG-2294 | Retrain Gemini-based classifier prompts | Layla Haddad | High |
| ENG-2302 | Alexa skill analytics export | Yusuf Warsame | Medium |`,
    expected: [
      ['PERSON', 'Oksana Melnychuk'],
      ['PERSON', 'Layla Haddad'],
      ['PERSON', 'Yusuf Warsame'],
    ],
  },
  {
    name: 'git shortlog -sne: commit counts, names and addresses, one a GitHub noreply address',
    text: `   214	Kwame Boateng <kwame.boateng@gmail.com>
   187	Marcus Lim Jun Hao <marcus.lim@u.nus.edu>
    96	Tomasz Kowalczyk <tkowalczyk@outlook.com>
    41	Selam Tesfamariam <90311274+selamt@users.noreply.github.com>`,
    expected: [
      ['PERSON', 'Kwame Boateng'],
      ['EMAIL', 'kwame.boateng@gmail.com'],
      ['PERSON', 'Marcus Lim Jun Hao'],
      ['EMAIL', 'marcus.lim@u.nus.edu'],
      ['PERSON', 'Tomasz Kowalczyk'],
      ['EMAIL', 'tkowalczyk@outlook.com'],
      ['PERSON', 'Selam Tesfamariam'],
      ['EMAIL', '90311274+selamt@users.noreply.github.com'],
    ],
  },
  {
    name: 'git log --format="%h %ad %an %s": short hashes, dates and author names with no label, eponyms in the subjects',
    text: `a1f3c9e 2024-11-18 Temitope Adeyemi fix: null-safe join on dim_customer
7d02b44 2024-11-17 Yusuf Warsame feat: add Kaplan-Meier retention chart
3c9e0f1 2024-11-15 Cheyenne Nez chore: bump Holt-Winters seasonality to 52
e04b7aa 2024-11-14 Liam Ó Briain docs: explain Mann-Whitney choice`,
    expected: [
      ['PERSON', 'Temitope Adeyemi'],
      ['PERSON', 'Yusuf Warsame'],
      ['PERSON', 'Cheyenne Nez'],
      ['PERSON', 'Liam Ó Briain'],
    ],
  },
  {
    name: 'dbt schema.yml: meta owner as a full name and an owner e-mail per model; descriptions naming cities',
    text: `models:
  - name: fct_remittances
    description: Daily remittance volumes by corridor (Lagos, Accra, Nairobi).
    meta:
      owner: "Ifeoma Nwachukwu"
      owner_email: ifeoma.nwachukwu@sendwave-data.io
      slack: "#data-remit"
  - name: dim_agents
    description: One row per cash-out agent.
    meta:
      owner: "Baraka Otieno"`,
    expected: [
      ['PERSON', 'Ifeoma Nwachukwu'],
      ['EMAIL', 'ifeoma.nwachukwu@sendwave-data.io'],
      ['PERSON', 'Baraka Otieno'],
    ],
  },
  {
    name: 'CODEOWNERS-like file: team handles per path, each lead named in a trailing comment, one Welsh name',
    text: `# Owners: ask in #data-platform before merging
/models/finance/      @acme/fin-analytics   # lead: Precious Mokoena
/models/marketing/    @acme/mktg-data       # lead: Deepika Raghunathan
/dags/                @acme/platform        # lead: Rhys ap Gwilym`,
    expected: [
      ['PERSON', 'Precious Mokoena'],
      ['PERSON', 'Deepika Raghunathan'],
      ['PERSON', 'Rhys ap Gwilym'],
    ],
  },
  {
    name: 'Airflow DAG default_args: owner as a full name, an alert e-mail, and a connection URI with a password',
    text: `default_args = {
    "owner": "Arjun Pillai",
    "email": ["arjun.pillai@zomato-analytics.in"],
    "retries": 2,
}
WAREHOUSE_URI = "postgresql://etl_user:${airflowPassword}@10.8.3.21:5432/analytics"`,
    expected: [
      ['PERSON', 'Arjun Pillai'],
      ['EMAIL', 'arjun.pillai@zomato-analytics.in'],
      ['SECRET', airflowPassword],
      ['IP_ADDRESS', '10.8.3.21'],
    ],
  },
  {
    name: 'notebook cell with a TODO naming two people and an API key pasted inline',
    text: `# TODO(Kiri Walker): swap in the Holt-Winters model once Tomasi Vunipola signs off on the backtest
import openai
client = openai.OpenAI(api_key="${openaiKey}")
df = pd.read_parquet("sales_nz.parquet")`,
    expected: [
      ['PERSON', 'Kiri Walker'],
      ['PERSON', 'Tomasi Vunipola'],
      ['SECRET', openaiKey],
    ],
  },
  {
    name: 'GitHub PR review thread as text: reviewers by full name, a token pasted by mistake and flagged',
    text: `Gurpreet Kaur Dhillon commented on src/load.py line 42
> token = "${githubToken}"
Please don't commit this, rotate it and read it from the env.

Karthik Subramanian approved these changes
LGTM once Gurpreet's comment is resolved.`,
    expected: [
      ['PERSON', 'Gurpreet Kaur Dhillon'],
      ['SECRET', githubToken],
      ['PERSON', 'Karthik Subramanian'],
      ['PERSON', 'Gurpreet'],
    ],
  },
  {
    name: 'Looker dashboard access log as CSV: viewer full names and source addresses, a dashboard named after a city',
    text: `viewed_at,viewer,dashboard,source_ip
2024-11-20T08:01:12Z,Lerato Sithole,Adelaide Daily Sales,196.25.114.87
2024-11-20T08:03:40Z,Bongani Zulu,Adelaide Daily Sales,172.16.40.12
2024-11-20T08:15:02Z,Hinewai Rewi,Wellington Ops,121.98.203.4`,
    expected: [
      ['PERSON', 'Lerato Sithole'],
      ['IP_ADDRESS', '196.25.114.87'],
      ['PERSON', 'Bongani Zulu'],
      ['IP_ADDRESS', '172.16.40.12'],
      ['PERSON', 'Hinewai Rewi'],
      ['IP_ADDRESS', '121.98.203.4'],
    ],
  },

  // ---------------------------------------------------------------- meeting notes, standups, rotas
  {
    name: 'meeting notes: attendees in full, then actions by given name alone ("Chiamaka to follow up with Tanvir"), places and an eponym',
    text: `Weekly data sync, 12 Nov
Attendees: Chiamaka Obi, Tanvir Ahmed, Aroha Ngata, Liam Ó Briain
- Churn dashboard: Aroha walked through the Holt-Winters forecast; Wellington looks off.
- Actions: Chiamaka to follow up with Tanvir on the Victoria store mapping; Liam to book time with Finance.`,
    expected: [
      ['PERSON', 'Chiamaka Obi'],
      ['PERSON', 'Tanvir Ahmed'],
      ['PERSON', 'Aroha Ngata'],
      ['PERSON', 'Liam Ó Briain'],
      ['PERSON', 'Aroha'],
      ['PERSON', 'Chiamaka'],
      ['PERSON', 'Tanvir'],
      ['PERSON', 'Liam'],
    ],
  },
  {
    name: 'standup summary: one line per person with an em dash, a given name alone later, a brand in a blocker',
    text: `Standup 2024-11-19
Kagiso Molefe — yesterday: dbt tests for fct_payments; today: Mann-Whitney check on the pricing test; blockers: none
Ngozi Eze — yesterday: PR review; today: pairing with Kagiso; blockers: waiting on a Dell laptop
Farhan Qureshi — OOO`,
    expected: [
      ['PERSON', 'Kagiso Molefe'],
      ['PERSON', 'Ngozi Eze'],
      ['PERSON', 'Kagiso'],
      ['PERSON', 'Farhan Qureshi'],
    ],
  },
  {
    name: 'on-call rota CSV: primary and secondary by full name, a phone per week from Aotearoa and Pakistan',
    text: `week_of,primary,secondary,primary_phone
2024-12-02,Tevita Fifita,Aisling Ní Bhriain,+64 21 384 7712
2024-12-09,Hamza Siddiqui,Tevita Fifita,+92 300 8142675`,
    expected: [
      ['PERSON', 'Tevita Fifita'],
      ['PERSON', 'Aisling Ní Bhriain'],
      ['PHONE', '+64 21 384 7712'],
      ['PERSON', 'Hamza Siddiqui'],
      ['PERSON', 'Tevita Fifita'],
      ['PHONE', '+92 300 8142675'],
    ],
  },
  {
    name: 'PagerDuty-style incident timeline: acknowledged and resolved by full names, escalation to a given name alone',
    text: `INC-4471 Warehouse load failed (sev2)
02:14 triggered, notified Jomo Kariuki
02:19 acknowledged by Jomo Kariuki
02:40 escalated to Chipo Moyo
03:05 resolved by Chipo, root cause: expired service account`,
    expected: [
      ['PERSON', 'Jomo Kariuki'],
      ['PERSON', 'Jomo Kariuki'],
      ['PERSON', 'Chipo Moyo'],
      ['PERSON', 'Chipo'],
    ],
  },
  {
    name: 'retro notes in bullets: kudos by full name with no verb around it, Welsh and Igbo names',
    text: `Sprint 47 retro
Went well
- Kudos: Eirlys Pritchard, Uchenna Okeke
- Gemini eval harness finally green
Didn't go well
- Friday deploys (again)`,
    expected: [
      ['PERSON', 'Eirlys Pritchard'],
      ['PERSON', 'Uchenna Okeke'],
    ],
  },
  {
    name: 'interview panel schedule: interviewers and a candidate with a phone and an e-mail, Filipino and Punjabi names',
    text: `Candidate: Rowena Macaraeg (rowena.macaraeg@gmail.com, +63 917 482 3310)
10:00 SQL screen: Harpreet Sidhu
11:00 Case study: Jun Reyes and Marisol Dela Cruz
12:00 Lunch with Rowena (optional)`,
    expected: [
      ['PERSON', 'Rowena Macaraeg'],
      ['EMAIL', 'rowena.macaraeg@gmail.com'],
      ['PHONE', '+63 917 482 3310'],
      ['PERSON', 'Harpreet Sidhu'],
      ['PERSON', 'Jun Reyes'],
      ['PERSON', 'Marisol Dela Cruz'],
      ['PERSON', 'Rowena'],
    ],
  },

  // ---------------------------------------------------------------- attendee lists and calendars
  {
    name: 'attendee CSV: first and last name in separate columns, e-mails, a Tongan and an Irish-language family name',
    text: `first_name,last_name,email,organisation,dietary
Aroha,Te Whata,aroha.tewhata@xtra.co.nz,Waikato DHB,vegetarian
Sione,Havili,sione.havili@gmail.com,Tonga Data Lab,
Mary-Kate,Ó Súilleabháin,mk.osullivan@tcd.ie,Trinity College Dublin,gluten-free`,
    expected: [
      ['PERSON', 'Aroha'],
      ['PERSON', 'Te Whata'],
      ['EMAIL', 'aroha.tewhata@xtra.co.nz'],
      ['PERSON', 'Sione'],
      ['PERSON', 'Havili'],
      ['EMAIL', 'sione.havili@gmail.com'],
      ['PERSON', 'Mary-Kate'],
      ['PERSON', 'Ó Súilleabháin'],
      ['EMAIL', 'mk.osullivan@tcd.ie'],
    ],
  },
  {
    name: 'iCalendar VEVENT: organizer and attendees as CN parameters with mailto addresses; a bank and a room named after places',
    text: `BEGIN:VEVENT
SUMMARY:QBR prep - Morgan Stanley account
DTSTART:20241204T150000Z
ORGANIZER;CN=Efua Mensah:mailto:efua.mensah@kpmg-gh.com
ATTENDEE;CN=Kofi Owusu-Ansah;ROLE=REQ-PARTICIPANT:mailto:kofi.owusuansah@gmail.com
ATTENDEE;CN=Zanele Mahlangu:mailto:zanele.m@standardbank.co.za
LOCATION:Kingston boardroom
END:VEVENT`,
    expected: [
      ['PERSON', 'Efua Mensah'],
      ['EMAIL', 'efua.mensah@kpmg-gh.com'],
      ['PERSON', 'Kofi Owusu-Ansah'],
      ['EMAIL', 'kofi.owusuansah@gmail.com'],
      ['PERSON', 'Zanele Mahlangu'],
      ['EMAIL', 'zanele.m@standardbank.co.za'],
    ],
  },
  {
    name: 'Google Calendar agenda print: event titles that are only two names ("Adwoa / Ishaan 1:1")',
    text: `Mon 25 Nov
09:30–10:00  Adwoa Frimpong / Ishaan Mehta 1:1
13:00–13:30  Holt-Winters review
15:00–16:00  Interview: Fatima Al-Mansouri`,
    expected: [
      ['PERSON', 'Adwoa Frimpong'],
      ['PERSON', 'Ishaan Mehta'],
      ['PERSON', 'Fatima Al-Mansouri'],
    ],
  },
  {
    name: 'Eventbrite-style registration export: a Native American and a Somali name, a US phone and a birth date column',
    text: `Order #,Attendee,Email,Phone,Date of Birth,Ticket
7719204,Winona Yazzie,wyazzie@navajotech.edu,+1 (505) 863-4172,1998-02-11,Student
7719211,Hodan Abdi,hodan.abdi@umn.edu,+1 (612) 742-0938,2001-09-30,Student`,
    expected: [
      ['PERSON', 'Winona Yazzie'],
      ['EMAIL', 'wyazzie@navajotech.edu'],
      ['PHONE', '+1 (505) 863-4172'],
      ['DATE_OF_BIRTH', '1998-02-11'],
      ['PERSON', 'Hodan Abdi'],
      ['EMAIL', 'hodan.abdi@umn.edu'],
      ['PHONE', '+1 (612) 742-0938'],
      ['DATE_OF_BIRTH', '2001-09-30'],
    ],
  },
  {
    name: 'Zoom participant report CSV: name (original name) column, join and leave times, a UK mobile as a dial-in name',
    text: `Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)
Ngaio Te Rangi,ngaio.terangi@auckland.ac.nz,11/26/2024 08:58:12 PM,11/26/2024 09:47:03 PM,49
Imran Chaudhry,imran.chaudhry@lse.ac.uk,11/26/2024 09:01:40 PM,11/26/2024 09:47:03 PM,46
+44 7700 182 463,,11/26/2024 09:05:15 PM,11/26/2024 09:31:09 PM,26`,
    expected: [
      ['PERSON', 'Ngaio Te Rangi'],
      ['EMAIL', 'ngaio.terangi@auckland.ac.nz'],
      ['PERSON', 'Imran Chaudhry'],
      ['EMAIL', 'imran.chaudhry@lse.ac.uk'],
      ['PHONE', '+44 7700 182 463'],
    ],
  },

  // ---------------------------------------------------------------- CRM, finance and support text with other types
  {
    name: 'CRM call note: a Kenyan customer with a phone, a colleague to send a file, a city and a mobile-money brand',
    text: `Call notes: spoke to Wanjiru Kamau (+254 722 901 336) about the M-Pesa reconciliation; Njoroge Mwangi will send the Nairobi CSV by Friday.`,
    expected: [
      ['PERSON', 'Wanjiru Kamau'],
      ['PHONE', '+254 722 901 336'],
      ['PERSON', 'Njoroge Mwangi'],
    ],
  },
  {
    name: 'payroll exception e-mail: an Irish-language name in the possessive, an Irish and a UK IBAN, a personal e-mail',
    text: `Payroll exception: Ciarán Ó Dálaigh's November salary bounced. IBAN on file IE92AIBK93118247056183 is closed; update to GB41BARC20325784913062 per his email from ciaran.odaly@eircom.net.`,
    expected: [
      ['PERSON', 'Ciarán Ó Dálaigh'],
      ['IBAN', 'IE92AIBK93118247056183'],
      ['IBAN', 'GB41BARC20325784913062'],
      ['EMAIL', 'ciaran.odaly@eircom.net'],
    ],
  },
  {
    name: 'Zendesk ticket excerpt: a Navajo customer verifying with a full SSN for a W-2 reissue; the agent signs with a given name only',
    text: `Requester: Darlene Begay
Hi, I need my 2023 W-2 reissued to my new address. SSN 518-42-7730.
--
Agent reply: Thanks Darlene, done. – Marco`,
    expected: [
      ['PERSON', 'Darlene Begay'],
      ['US_SSN', '518-42-7730'],
      ['PERSON', 'Darlene'],
    ],
  },
  {
    name: 'refund queue as a pandas print: customer names and full card numbers, Visa and Amex',
    text: `   refund_id        customer             card_number   amount
0     R-9012  Thabo Mahlaba     4539 1488 0343 6467   129.00
1     R-9013  Priya Venkatesh   3714 820391 57723      64.50`,
    expected: [
      ['PERSON', 'Thabo Mahlaba'],
      ['CREDIT_CARD', '4539 1488 0343 6467'],
      ['PERSON', 'Priya Venkatesh'],
      ['CREDIT_CARD', '3714 820391 57723'],
    ],
  },
  {
    name: 'Pakistani vendor payment instruction: payee name, a PK IBAN and a Karachi mobile',
    text: `Please pay invoice INV-2291 to Muhammad Bilal Chaudhry, IBAN PK37HABB0017830049265108, and confirm by SMS on +92 321 4478 019.`,
    expected: [
      ['PERSON', 'Muhammad Bilal Chaudhry'],
      ['IBAN', 'PK37HABB0017830049265108'],
      ['PHONE', '+92 321 4478 019'],
    ],
  },
  {
    name: 'Singapore CRM export as JSON lines: contact name, mobile and e-mail, an account owner by full name',
    text: `{"contact":"Cheryl Ong Li Ting","mobile":"+65 9734 2816","email":"cheryl.ong@singnet.com.sg","account_owner":"Darren Koh"}
{"contact":"Suresh Pillay","mobile":"+65 8126 4093","email":"suresh.p@starhub.net.sg","account_owner":"Darren Koh"}`,
    expected: [
      ['PERSON', 'Cheryl Ong Li Ting'],
      ['PHONE', '+65 9734 2816'],
      ['EMAIL', 'cheryl.ong@singnet.com.sg'],
      ['PERSON', 'Darren Koh'],
      ['PERSON', 'Suresh Pillay'],
      ['PHONE', '+65 8126 4093'],
      ['EMAIL', 'suresh.p@starhub.net.sg'],
      ['PERSON', 'Darren Koh'],
    ],
  },
  {
    name: 'Canadian loyalty data-quality note: a Ukrainian-Canadian customer in a city named Regina, a Canadian phone and a DOB in prose',
    text: `Dup check: Bohdan Kostiuk (Regina, SK) appears twice; one record has DOB 14/06/1979, the other 1979-06-14. Same phone (306) 581-4427, merge them.`,
    expected: [
      ['PERSON', 'Bohdan Kostiuk'],
      ['DATE_OF_BIRTH', '14/06/1979'],
      ['DATE_OF_BIRTH', '1979-06-14'],
      ['PHONE', '(306) 581-4427'],
    ],
  },
  {
    name: 'Australian collections worklist: family-first names with a comma, mobiles, one debtor in a suburb named after a person',
    text: `NGUYEN, Thi Lan    0412 883 095    Cabramatta
WILLIAMS, Jarrah   0438 217 604    Glenelg
ROBERTSON, Mitchell   0401 552 918    Kingston ACT`,
    expected: [
      ['PERSON', 'NGUYEN, Thi Lan'],
      ['PHONE', '0412 883 095'],
      ['PERSON', 'WILLIAMS, Jarrah'],
      ['PHONE', '0438 217 604'],
      ['PERSON', 'ROBERTSON, Mitchell'],
      ['PHONE', '0401 552 918'],
    ],
  },
  {
    name: 'South African loan applications as JSON: applicant name, date_of_birth key, mobile, a card number for the debit order',
    text: `{"applicant":"Lindiwe Mkhize","date_of_birth":"1988-05-23","mobile":"+27 82 614 3390","debit_card":"5524830177294614","branch":"Durban North"}`,
    expected: [
      ['PERSON', 'Lindiwe Mkhize'],
      ['DATE_OF_BIRTH', '1988-05-23'],
      ['PHONE', '+27 82 614 3390'],
      ['CREDIT_CARD', '5524830177294614'],
    ],
  },
  {
    name: 'Indian campus recruiting tracker in markdown: candidate names, Indian mobiles, one coordinator by given name later',
    text: `| Candidate | Mobile | College | Status |
|---|---|---|---|
| Aishwarya Krishnamurthy | +91 98450 31276 | PSG Tech, Coimbatore | Offer |
| Rohan Deshpande | +91 90041 88532 | VJTI, Mumbai | On hold |

Coordinator: Meenakshi Sundaram (Meenakshi will share offer letters by Monday)`,
    expected: [
      ['PERSON', 'Aishwarya Krishnamurthy'],
      ['PHONE', '+91 98450 31276'],
      ['PERSON', 'Rohan Deshpande'],
      ['PHONE', '+91 90041 88532'],
      ['PERSON', 'Meenakshi Sundaram'],
      ['PERSON', 'Meenakshi'],
    ],
  },
  {
    name: 'UK charity donor export row: title, first and last name in separate fields, a UK mobile, Gift Aid date that is no birth date',
    text: `Title,First Name,Surname,Mobile,Gift Aid Declared,Email
Ms,Oluwakemi,Adeyinka-Harris,07700 918 244,2023-04-06,kemi.ah@btinternet.com`,
    expected: [
      ['PERSON', 'Oluwakemi'],
      ['PERSON', 'Adeyinka-Harris'],
      ['PHONE', '07700 918 244'],
      ['EMAIL', 'kemi.ah@btinternet.com'],
    ],
  },
  {
    name: 'LLM tool call arguments from an assistant booking a meeting: attendee names and an e-mail inside JSON arguments; an Anthropic key in a header dump',
    text: `{"type":"tool_use","name":"create_meeting","input":{"title":"Pricing sync","attendees":["Nana Akua Addo","Jerome Thompson"],"notify":"nana.addo@mtn-gh.com"}}
request headers: {"x-api-key":"${anthropicKey}","anthropic-version":"2023-06-01"}`,
    expected: [
      ['PERSON', 'Nana Akua Addo'],
      ['PERSON', 'Jerome Thompson'],
      ['EMAIL', 'nana.addo@mtn-gh.com'],
      ['SECRET', anthropicKey],
    ],
  },
  {
    name: 'Metabase question result pasted into a prompt: salesperson and region only, Scottish Gaelic names',
    text: `salesperson	region	q3_margin
Màiri NicLeòid	Highlands	0.214
Ruairidh MacAoidh	Islands	0.187
Catrìona Stiùbhart	Glasgow	0.203`,
    expected: [
      ['PERSON', 'Màiri NicLeòid'],
      ['PERSON', 'Ruairidh MacAoidh'],
      ['PERSON', 'Catrìona Stiùbhart'],
    ],
  },
  {
    name: 'warehouse query with a connection string and a full-name filter in a WHERE clause',
    text: `psql "postgresql://analyst:${warehousePassword}@192.168.12.40:5432/crm" -c "SELECT * FROM contacts WHERE full_name = 'Kehinde Oyelaran';"`,
    expected: [
      ['SECRET', warehousePassword],
      ['IP_ADDRESS', '192.168.12.40'],
      ['PERSON', 'Kehinde Oyelaran'],
    ],
  },
  {
    name: 'Python list literal of names in a notebook cell, passed to a filter with no column label',
    text: `vip = ["Tariq Mahmood", "Nkechi Umeh", "Pita Sharples-Ngata", "Eilidh Ross"]
df[df.rep.isin(vip)].groupby("rep").amount.sum()`,
    expected: [
      ['PERSON', 'Tariq Mahmood'],
      ['PERSON', 'Nkechi Umeh'],
      ['PERSON', 'Pita Sharples-Ngata'],
      ['PERSON', 'Eilidh Ross'],
    ],
  },
  {
    name: 'Asana task export: assignee and collaborators fields, a due date, an Eritrean and a Trinidadian name',
    text: `Task: Reconcile Q4 freight invoices
Assignee: Yonas Ghebremedhin
Collaborators: Anil Maharaj, Yonas Ghebremedhin
Due: 2024-12-13
Notes: Anil has the Port of Spain sheets.`,
    expected: [
      ['PERSON', 'Yonas Ghebremedhin'],
      ['PERSON', 'Anil Maharaj'],
      ['PERSON', 'Yonas Ghebremedhin'],
      ['PERSON', 'Anil'],
    ],
  },
  {
    name: 'Notion database row as copied text: Owner and Reviewer properties, a Jamaican phone in a comment',
    text: `Churn model v3
Owner  Tamika Henry
Reviewer  Desmond Clarke
Status  In review
Comment: Desmond, call Tamika on +1 876 428 3391 if the Kingston numbers still look off.`,
    expected: [
      ['PERSON', 'Tamika Henry'],
      ['PERSON', 'Desmond Clarke'],
      ['PERSON', 'Desmond'],
      ['PERSON', 'Tamika'],
      ['PHONE', '+1 876 428 3391'],
    ],
  },
  {
    name: 'Google Sheets comment thread export: author names before each comment, an assign-to with an e-mail',
    text: `Comment on C14 ("Florence region total")
Moana Faleolo: this doesn't match the Jackson Heights rollup
Hyun-woo Park: fixed, formula was summing D not E
+tala.faleolo@gmail.com assigned to Tala Faleolo`,
    expected: [
      ['PERSON', 'Moana Faleolo'],
      ['PERSON', 'Hyun-woo Park'],
      ['EMAIL', 'tala.faleolo@gmail.com'],
      ['PERSON', 'Tala Faleolo'],
    ],
  },
  {
    name: 'survey free-text response in a CSV cell: a respondent names her manager and gives a mobile',
    text: `response_id,q7_comments
44102,"My manager Oluwaseyi Adekunle never replies, please call me on 0803 552 9184"`,
    expected: [
      ['PERSON', 'Oluwaseyi Adekunle'],
      ['PHONE', '0803 552 9184'],
    ],
  },

  // ---------------------------------------------------------------- hard negatives
  {
    name: 'NEGATIVE: pandas print of store performance indexed by cities and neighbourhoods that are also given names',
    text: `                 revenue   orders  aov
store
Austin           182340.5    4120  44.26
Victoria          98211.0    2305  42.61
Florence          74102.3    1877  39.48
Jackson Heights  130550.9    3402  38.38
Lincoln           56300.0    1410  39.93`,
    expected: [],
  },
  {
    name: 'NEGATIVE: SQL result of brand sales: brands named after people (Ford, Jordan, Dell, Wendy’s, Ben & Jerry’s)',
    text: ` brand          | units  | share
----------------+--------+-------
 Ford           |  1,204 | 0.18
 Jordan         |    982 | 0.15
 Dell           |    870 | 0.13
 Wendy's        |    611 | 0.09
 Ben & Jerry's  |    540 | 0.08
(5 rows)`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Jira list whose summaries are all eponymous methods and tests; assignees are teams',
    text: `KEY      SUMMARY                                   ASSIGNEE
DS-301   Replace Kaplan-Meier with Cox model        Forecasting
DS-302   Holt-Winters vs Prophet backtest           Forecasting
DS-305   Mann-Whitney U on basket size              Experimentation
DS-307   Bonferroni correction for the 12 arms      Experimentation`,
    expected: [],
  },
  {
    name: 'NEGATIVE: LLM eval leaderboard: Claude, Gemini and other models, voice assistants as a feature column',
    text: `model               mmlu   latency_ms  voice_compat
Claude 3.5 Sonnet   0.887  820         Alexa, Siri
Gemini 1.5 Pro      0.859  910         Cortana
Llama 3.1 70B       0.836  640         none`,
    expected: [],
  },
  {
    name: 'NEGATIVE: football results for a betting-odds model: clubs including Chelsea, Kaizer Chiefs and Orlando Pirates',
    text: `date,home,away,score
2024-11-23,Chelsea,Aston Villa,3-0
2024-11-23,Kaizer Chiefs,Orlando Pirates,0-1
2024-11-24,Hearts of Oak,Asante Kotoko,1-1`,
    expected: [],
  },
  {
    name: 'NEGATIVE: storm-impact notebook cell: named storms and cyclones by region',
    text: `storms = {"Hurricane Helene": "US-SE", "Hurricane Milton": "US-FL", "Cyclone Gabrielle": "NZ-HKB", "Storm Éowyn": "IE"}
claims_by_storm = claims.groupby(claims.event.map(storms)).paid.sum()`,
    expected: [],
  },
  {
    name: 'NEGATIVE: regional leaderboard: regions and cities named like people (Regina, Adelaide, Wellington, Victoria)',
    text: `Q3 regional leaderboard
1. Regina          +18.2%
2. Adelaide        +14.9%
3. Wellington      +11.0%
4. Victoria        +9.4%
5. Durban          +7.7%`,
    expected: [],
  },
  {
    name: 'NEGATIVE: airports, parks and a bay named after people in a travel-demand query',
    text: `SELECT origin, COUNT(*) FROM bookings
WHERE origin IN ('Jomo Kenyatta International', 'Murtala Muhammed International', 'Norman Manley International', 'Indira Gandhi International')
  AND dest_city = 'Nelson Mandela Bay'
GROUP BY origin;`,
    expected: [],
  },
  {
    name: 'NEGATIVE: retail banners named after founders in a market-share table (Marks & Spencer, Sainsbury’s, Tim Hortons, Harris Teeter)',
    text: `banner,country,share_pct
Marks & Spencer,UK,3.4
Sainsbury's,UK,15.2
Tim Hortons,CA,41.0
Harris Teeter,US,1.1
Morgan Stanley (benchmark),US,`,
    expected: [],
  },
  {
    name: 'NEGATIVE: public figures as topics in a media-monitoring prompt',
    text: `Classify sentiment of these headlines: "Chimamanda Ngozi Adichie wins another prize", "Jacinda Ardern joins Harvard fellowship", "Cyril Ramaphosa opens Durban port expansion".`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Jest fixture of placeholder people on reserved example domains',
    text: `const users = [
  { name: 'Jane Doe', email: 'jane.doe@example.com' },
  { name: 'John Smith', email: 'john.smith@example.org' },
];`,
    expected: [],
  },
  {
    name: 'NEGATIVE: holiday calendar for a staffing model: holidays named after people and festivals',
    text: `holiday,date,region
Martin Luther King Jr. Day,2025-01-20,US
St Patrick's Day,2025-03-17,IE
Mandela Day,2025-07-18,ZA
Waitangi Day,2025-02-06,NZ`,
    expected: [],
  },
  {
    name: 'NEGATIVE: shipping port-call log: vessels named after people, a Kingston berth and IMO numbers',
    text: `vessel,imo,port,berth,eta
Queen Mary 2,9241061,Southampton,Ocean Terminal,2024-12-02T06:00Z
MSC Isabella,9930038,Kingston,KFTL-3,2024-12-04T14:00Z
Ever Given,9811000,Durban,Pier 1,2024-12-07T09:30Z`,
    expected: [],
  },
  {
    name: 'NEGATIVE: dashboard and column names only: a Looker explore with fields named after places and methods',
    text: `explore: sales {
  dimension: jackson_heights_flag {}
  dimension: adelaide_region {}
  measure: kaplan_meier_survival {}
  measure: holt_winters_forecast {}
}`,
    expected: [],
  },
  {
    name: 'NEGATIVE: service log with loopback binds, a UUID, a version string and a masked card',
    text: `2024-11-25T10:12:03Z INFO listening on 127.0.0.1:8080 and 0.0.0.0:9090
2024-11-25T10:12:04Z INFO request_id=3f2a9c1e-7b4d-4e8a-9c61-0d5e2b7f8a14 version=4.2.1 card=**** **** **** 4467`,
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 55: names with little around them from the English-speaking world, and look-alike non-names',
  cases,
);
