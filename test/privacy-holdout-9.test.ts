import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A ninth hand-written hold-out: what an AI gateway receives from the AI features of data tools and
 * from agents. Agent and framework traces (LangChain verbose output and a SQL agent's
 * thought/action/observation loop, a LangSmith run tree, LlamaIndex debug output, CrewAI and AutoGen
 * transcripts, OpenAI Assistants run steps, Gemini function calls, an MCP tools/call exchange); RAG
 * context (retrieved chunks with source, page and author metadata, Pinecone, Chroma and pgvector
 * results, a Cohere rerank response); code-assistant context (a settings.py diff, git blame and
 * shortlog, application.yml, .pypirc, docker-compose, a pytest fixture copied from production, a
 * rich traceback with locals, Sentry breadcrumbs and frame vars, a fill-in-the-middle prompt, a Go
 * testify diff); observability (an OTLP span export, the collector's debug exporter, pino, winston
 * and structlog lines, Prometheus labels, a Loki query); notebook-assistant payloads (cells and
 * outputs in a chat body, a dataframe head() as markdown in a system prompt, a "fix this error"
 * prompt with the failing row, column sample values in a text-to-SQL schema). Hard negatives of the
 * same shapes: trace and run ids, model names and versions, token counts and costs, parametrised
 * statements, hashed user ids, loopback, example.com fixtures, placeholder keys, lock-file
 * integrity hashes. Each case lists every value it expects found, with its type; anything else
 * flagged is a false positive. Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97
 * check digits, SSNs in valid areas, made-up names and keys.
 */
const k = joinParts;
const openaiKey = k('sk-', 'proj-', 'Vb4Nc8Qx2Rt7LmW9pZ3yKd6JfH1sGe0uAi5oTnXr');
const djangoKey = k('django-insecure-', 'q7#v2m!x9l$k4p8z', '@w1r^t6y3n&b5c0d-h2j8f');
const jwtSecret = k('c2VjcmV0LWtlc3RyZWwt', 'Ymlsb2luZy1Ydzl6UTJt', 'THg3UnQ0Vm04TmMx');
const pypiToken = k(
  'pypi-',
  'AgEIcHlwaS5vcmcCJGI3',
  'ZTFhMmM0LTlkOGYtNGE2Yi1iNWMzLTJmOGUxZDdhOWMwNAACKlszLCJ',
);
const hubspotToken = k('pat', '-na1-', '5c8e2f71-3a9d-4b6e-8f02-c41d7a9e3b58');
const atKey = k('atsk_', '9f2c7e1a4b8d3f6e', '0a5c9b2d4e8f1a37c6d2');
const langfuseSecret = k('sk-lf-', '7e3a9c1f-2b84-4d6e', '-a05c-9b2d4e8f1a37');
const nextauthSecret = k('Qm9Xv2Lr7Tz4Kc8n', 'Yd3bFgH6sJ1wAe5u');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- agent and framework traces
  {
    name: 'LangChain AgentExecutor verbose output with a CRM lookup and a billing tool',
    text: `> Entering new AgentExecutor chain...
Thought: I need to find the customer's open invoices before answering.
Action: crm_lookup
Action Input: {"email": "thandiwe.mokoena@webmail.co.za"}
Observation: {"customer_id": 55120, "name": "Thandiwe Mokoena", "phone": "+27 82 614 3390", "plan": "Team", "open_invoices": ["INV-2024-0412", "INV-2024-0388"]}
Thought: Two invoices are open. I should check whether a card is on file.
Action: billing_get_payment_method
Action Input: 55120
Observation: {"type": "card", "brand": "visa", "last4": "4471", "exp": "09/27"}
Thought: I now know the final answer.
Final Answer: Thandiwe has two open invoices (INV-2024-0412, INV-2024-0388); the Visa ending 4471 will be retried on 2024-03-15.

> Finished chain.`,
    expected: [
      ['EMAIL', 'thandiwe.mokoena@webmail.co.za'],
      ['PERSON', 'Thandiwe Mokoena'],
      ['PHONE', '+27 82 614 3390'],
      ['PERSON', 'Thandiwe'], // the given name of the customer named in full in the observation
    ],
  },
  {
    name: 'LangChain SQL agent loop: schema sample rows, a query with a cut-off date and its result',
    text: `> Entering new SQL Agent Executor chain...
Action: sql_db_list_tables
Action Input: 
Observation: appointments, patients, practitioners
Action: sql_db_schema
Action Input: patients
Observation: 
CREATE TABLE patients (
\tpatient_id INTEGER NOT NULL, 
\tfull_name TEXT, 
\tdate_of_birth DATE, 
\tssn TEXT, 
\tphone TEXT, 
\tPRIMARY KEY (patient_id)
)

/*
3 rows from patients table:
patient_id\tfull_name\tdate_of_birth\tssn\tphone
1\tHaruki Nakamura\t1986-05-14\t523-41-8876\t(206) 481-0143
2\tValentina Ospina\t1992-12-01\t287-60-3314\t(206) 318-7720
3\tKofi Boateng\t1958-03-09\t612-08-4457\t(425) 901-2268
*/
Thought: I should count appointments of patients born before 1960.
Action: sql_db_query
Action Input: SELECT p.full_name, COUNT(*) FROM patients p JOIN appointments a USING (patient_id) WHERE p.date_of_birth < '1960-01-01' GROUP BY 1;
Observation: [('Kofi Boateng', 7)]
Thought: I now know the final answer
Final Answer: One patient born before 1960 has appointments: Kofi Boateng, with 7.

> Finished chain.`,
    // '1960-01-01' is a cut-off in a WHERE clause, not anyone's birth date.
    expected: [
      ['PERSON', 'Haruki Nakamura'],
      ['DATE_OF_BIRTH', '1986-05-14'],
      ['US_SSN', '523-41-8876'],
      ['PHONE', '(206) 481-0143'],
      ['PERSON', 'Valentina Ospina'],
      ['DATE_OF_BIRTH', '1992-12-01'],
      ['US_SSN', '287-60-3314'],
      ['PHONE', '(206) 318-7720'],
      ['PERSON', 'Kofi Boateng'],
      ['DATE_OF_BIRTH', '1958-03-09'],
      ['US_SSN', '612-08-4457'],
      ['PHONE', '(425) 901-2268'],
      ['PERSON', 'Kofi Boateng'],
      ['PERSON', 'Kofi Boateng'],
    ],
  },
  {
    name: 'LangSmith run export with a child tool run, metadata and token counts',
    text: `{"id":"1e6f2b0a-7c39-4d51-9a8e-3b2f6c1d0e47","name":"ClinicBookingAgent","run_type":"chain","start_time":"2024-03-12T10:15:02.118Z","end_time":"2024-03-12T10:15:06.902Z","inputs":{"question":"Can you move my appointment? This is Dimitrios Papadakis, DOB 04/11/1979, call me on +30 694 518 2207"},"outputs":{"answer":"Done, Dimitrios: you are now booked for 19 March at 10:30."},"extra":{"metadata":{"ls_provider":"openai","ls_model_name":"gpt-4o-2024-08-06","user_email":"d.papadakis@otenet.gr","thread_id":"thr_8Qm2xW7pLr"}},"child_runs":[{"id":"7a2c9e41-0b3d-4f6a-8c5e-2d1b9f7e3a60","name":"lookup_patient","run_type":"tool","inputs":{"input":"{\\"last_name\\": \\"Papadakis\\", \\"dob\\": \\"1979-11-04\\"}"},"outputs":{"output":"{\\"patient_id\\": \\"P-20418\\", \\"clinic\\": \\"Marousi\\", \\"next_slot\\": \\"2024-03-19T10:30\\"}"}}],"prompt_tokens":1702,"completion_tokens":141,"total_tokens":1843,"total_cost":0.00567}`,
    expected: [
      ['PERSON', 'Dimitrios Papadakis'],
      ['DATE_OF_BIRTH', '04/11/1979'],
      ['PHONE', '+30 694 518 2207'],
      ['PERSON', 'Dimitrios'],
      ['EMAIL', 'd.papadakis@otenet.gr'],
      ['PERSON', 'Papadakis'],
      ['DATE_OF_BIRTH', '1979-11-04'],
    ],
  },
  {
    name: 'LlamaIndex debug log of the top nodes and the callback trace',
    text: `DEBUG:llama_index.core.indices.utils:> Top 3 nodes:
> [Node 7c1e9f4a-2b8d-4e6f-a05c-9b2d4e8f1a37] [Similarity score:             0.861205] Tenancy agreement between Kestrel Lettings Ltd and Aoife Ní Bhriain, 14 Clontarf Road, Dublin 3. Rent of EUR 2,150 per month payable to IE29AIBK93115212345678. Tenant mobile: +353 86 771 4420.
> [Node 0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f] [Similarity score:             0.802118] Deposit of EUR 4,300 received from Aoife on 01/02/2024 by bank transfer.
> [Node 5e7a9c1b-3d5f-4e7a-9c1b-3d5f7a9c1b3d] [Similarity score:             0.644913] Section 7: the landlord may enter the property with 24 hours' notice.
**********
Trace: query
    |_CBEventType.QUERY ->  3.212 seconds
      |_CBEventType.RETRIEVE ->  0.418 seconds
        |_CBEventType.EMBEDDING ->  0.201 seconds
      |_CBEventType.SYNTHESIZE ->  2.79 seconds
        |_CBEventType.LLM ->  2.77 seconds
**********`,
    // The landlord's account is an IBAN all the same; the deposit date is a payment date.
    expected: [
      ['PERSON', 'Aoife Ní Bhriain'],
      ['IBAN', 'IE29AIBK93115212345678'],
      ['PHONE', '+353 86 771 4420'],
      ['PERSON', 'Aoife'],
    ],
  },
  {
    name: 'CrewAI verbose transcript with a tool output dict and a final answer using given names',
    text: `# Agent: Account Research Specialist
## Task: Summarise the relationship with Brightwater Foods before the renewal call.

# Agent: Account Research Specialist
## Thought: I should pull the CRM record first.
## Using tool: CRM Search
## Tool Input: 
"{\\"company\\": \\"Brightwater Foods\\"}"
## Tool Output: 
{'account_owner': 'Rosa Quispe Mamani', 'champion': {'name': 'Gareth Llewellyn', 'title': 'Head of Procurement', 'email': 'gareth.llewellyn@brightwaterfoods.co.uk', 'direct_line': '+44 29 2048 1175'}, 'arr_gbp': 84000, 'renewal_date': '2024-06-30'}

# Agent: Account Research Specialist
## Final Answer: 
Brightwater Foods (ARR 84k GBP, renews 30 June). The champion is Gareth Llewellyn, Head of Procurement; Rosa owns the account. Gareth flagged late deliveries in Q4.`,
    expected: [
      ['PERSON', 'Rosa Quispe Mamani'],
      ['PERSON', 'Gareth Llewellyn'],
      ['EMAIL', 'gareth.llewellyn@brightwaterfoods.co.uk'],
      ['PHONE', '+44 29 2048 1175'],
      ['PERSON', 'Gareth Llewellyn'],
      ['PERSON', 'Rosa'],
      ['PERSON', 'Gareth'],
    ],
  },
  {
    name: 'AutoGen group chat with executed code printing duplicate charges',
    text: `user_proxy (to chat_manager):

Find customers whose card was charged twice on 2024-03-11 and draft an apology to each.

--------------------------------------------------------------------------------
data_analyst (to chat_manager):

\`\`\`python
dupes = charges[charges.duplicated(["customer_id", "amount", "charged_on"], keep=False)]
print(dupes[["customer_id", "name", "email", "card_number"]].drop_duplicates())
\`\`\`

--------------------------------------------------------------------------------

>>>>>>>> EXECUTING CODE BLOCK 0 (inferred language is python)...
user_proxy (to chat_manager):

exitcode: 0 (execution succeeded)
Code output: 
      customer_id                  name                      email       card_number
1841        20931  Bongani Dlamini-Ross      bongani.dr@icloud.com  4532760188344715
2207        31177         Eszter Halász  halasz.eszter@freemail.hu  5527341900283160

--------------------------------------------------------------------------------
writer (to chat_manager):

Dear Bongani, we are sorry that your card was charged twice on 11 March. The duplicate charge has been refunded.

--------------------------------------------------------------------------------`,
    expected: [
      ['PERSON', 'Bongani Dlamini-Ross'],
      ['EMAIL', 'bongani.dr@icloud.com'],
      ['CREDIT_CARD', '4532760188344715'],
      ['PERSON', 'Eszter Halász'],
      ['EMAIL', 'halasz.eszter@freemail.hu'],
      ['CREDIT_CARD', '5527341900283160'],
      ['PERSON', 'Bongani'],
    ],
  },
  {
    name: 'OpenAI Assistants run steps: a function call with its output and a code_interpreter log',
    text: `{"object":"list","data":[{"id":"step_4fQm8xW2pLr9Tz","object":"thread.run.step","created_at":1710238502,"run_id":"run_Vx7Kc3nBy8Hd","assistant_id":"asst_Rt5vLm2Xq9Wc","thread_id":"thread_K4bN8pZ1yHd3","type":"tool_calls","status":"completed","step_details":{"type":"tool_calls","tool_calls":[{"id":"call_b7Nc2Qx9LmR4","type":"function","function":{"name":"issue_refund","arguments":"{\\"order_id\\":\\"KST-88213\\",\\"amount\\":129.99,\\"customer_email\\":\\"sebastian.lindgren@telia.se\\",\\"refund_to_iban\\":\\"SE27 8000 0810 5293 7461 8294\\"}","output":"{\\"status\\":\\"queued\\",\\"refund_id\\":\\"re_3OxQm2Lr9Tz4vKc8\\"}"}}]},"usage":{"prompt_tokens":912,"completion_tokens":48,"total_tokens":960}},{"id":"step_9Lm2Xq7RtT2v","object":"thread.run.step","type":"tool_calls","status":"completed","step_details":{"type":"tool_calls","tool_calls":[{"id":"call_Hd3JfG6sAe0u","type":"code_interpreter","code_interpreter":{"input":"import pandas as pd\\ndf = pd.read_csv('/mnt/data/file-7Qm2xW')\\ndf[df.email == 'sebastian.lindgren@telia.se'][['name', 'phone']]","outputs":[{"type":"logs","logs":"                   name             phone\\n412  Sebastian Lindgren  +46 70 412 88 31"}]}}]}}],"first_id":"step_4fQm8xW2pLr9Tz","has_more":false}`,
    expected: [
      ['EMAIL', 'sebastian.lindgren@telia.se'],
      ['IBAN', 'SE27 8000 0810 5293 7461 8294'],
      ['EMAIL', 'sebastian.lindgren@telia.se'],
      ['PERSON', 'Sebastian Lindgren'],
      ['PHONE', '+46 70 412 88 31'],
    ],
  },
  {
    name: 'Gemini generateContent body with a functionCall and a functionResponse',
    text: `{"contents":[{"role":"user","parts":[{"text":"Book a table for 4 tomorrow at 8pm under my name, Ikaika Kealoha, and text me the confirmation at +1 808 734 2291"}]},{"role":"model","parts":[{"functionCall":{"name":"create_reservation","args":{"guest_name":"Ikaika Kealoha","party_size":4,"time":"2024-03-13T20:00:00-10:00","sms":"+18087342291"}}}]},{"role":"user","parts":[{"functionResponse":{"name":"create_reservation","response":{"confirmation":"RSV-7Q2M9","status":"confirmed","table":"12"}}}]}],"tools":[{"functionDeclarations":[{"name":"create_reservation","parameters":{"type":"OBJECT","properties":{"guest_name":{"type":"STRING"},"party_size":{"type":"INTEGER"},"time":{"type":"STRING"},"sms":{"type":"STRING"}}}}]}],"generationConfig":{"temperature":0.1,"maxOutputTokens":256},"usageMetadata":{"promptTokenCount":211,"candidatesTokenCount":38}}`,
    expected: [
      ['PERSON', 'Ikaika Kealoha'],
      ['PHONE', '+1 808 734 2291'],
      ['PERSON', 'Ikaika Kealoha'],
      ['PHONE', '+18087342291'],
    ],
  },
  {
    name: 'MCP tools/call request to a ticketing server and its text result',
    text: `{"jsonrpc":"2.0","id":17,"method":"tools/call","params":{"name":"zendesk_create_ticket","arguments":{"requester_name":"Sione Tuilagi","requester_email":"sione.tuilagi@xtra.co.nz","subject":"Card charged after cancellation","body":"Hi, I cancelled on 2 March but my card 4917 6100 2953 3189 was charged again. Please call me on +64 21 448 1902."}}}
{"jsonrpc":"2.0","id":17,"result":{"content":[{"type":"text","text":"Created ticket #88412 for Sione Tuilagi (sione.tuilagi@xtra.co.nz), priority high, assignee Mereana Walker."}],"isError":false}}`,
    expected: [
      ['PERSON', 'Sione Tuilagi'],
      ['EMAIL', 'sione.tuilagi@xtra.co.nz'],
      ['CREDIT_CARD', '4917 6100 2953 3189'],
      ['PHONE', '+64 21 448 1902'],
      ['PERSON', 'Sione Tuilagi'],
      ['EMAIL', 'sione.tuilagi@xtra.co.nz'],
      ['PERSON', 'Mereana Walker'],
    ],
  },
  // ---------------------------------------------------------------- RAG context
  {
    name: 'RAG prompt with numbered chunks carrying source, page and author metadata',
    text: `System: Answer using only the context below. Cite sources as [n].

Context:
[1] source=sharepoint://HR/Policies/Parental-Leave-2024.pdf page=3 author="Hilde Brekke" modified=2024-01-18
Employees who have completed six months of service are entitled to 26 weeks of paid leave.
[2] source=sharepoint://HR/Cases/2024/case-0417.docx page=1 author="Hilde Brekke" modified=2024-02-27
Case 0417: employee Nnamdi Eze-Okoro (employee no. 30418, born 22.09.1990) requested leave from 1 April 2024. Contact: nnamdi.ezeokoro@gmail.com, +47 412 88 903.
[3] source=confluence://PEOPLE/Leave+FAQ page=n/a author="people-ops-bot" modified=2023-11-30
Leave requests are approved by the line manager in Workday.

User: How many weeks is Nnamdi entitled to, and from when?`,
    expected: [
      ['PERSON', 'Hilde Brekke'],
      ['PERSON', 'Hilde Brekke'],
      ['PERSON', 'Nnamdi Eze-Okoro'],
      ['DATE_OF_BIRTH', '22.09.1990'],
      ['EMAIL', 'nnamdi.ezeokoro@gmail.com'],
      ['PHONE', '+47 412 88 903'],
      ['PERSON', 'Nnamdi'],
    ],
  },
  {
    name: 'Pinecone query response with ticket metadata and a knowledge-base match',
    text: `{"results":[],"matches":[{"id":"ticket-88412#chunk-0","score":0.8731,"values":[],"metadata":{"source":"zendesk","ticket_id":88412,"requester":"Farida Nurmagambetova","requester_email":"farida.n@mail.kz","created_at":"2024-03-02T08:14:55Z","text":"My payment failed three times. My IBAN is DE38 5001 0517 0648 2193 74, please retry the debit."}},{"id":"kb-204#chunk-3","score":0.7912,"values":[],"metadata":{"source":"helpcenter","article_id":204,"title":"Why did my direct debit fail?","text":"Direct debits fail when the mandate is missing or the account has insufficient funds."}}],"namespace":"support-prod","usage":{"readUnits":6}}`,
    expected: [
      ['PERSON', 'Farida Nurmagambetova'],
      ['EMAIL', 'farida.n@mail.kz'],
      ['IBAN', 'DE38 5001 0517 0648 2193 74'],
    ],
  },
  {
    name: 'Chroma collection.query() result printed in a notebook',
    text: `>>> collection.query(query_texts=["who approved the vendor bank change?"], n_results=2, include=["documents", "metadatas", "distances"])
{'ids': [['mail-2291-0', 'mail-2290-3']], 'embeddings': None, 'documents': [['From: Vikram Raghunathan <vikram.r@kestrel-analytics.io>\\nApproved, please update the remittance account for Tallinn Print OÜ to EE28 2200 2210 9876 5432.', 'Thanks Vikram, updated. The old account FI24 4237 1800 0182 64 is closed.']], 'uris': None, 'data': None, 'metadatas': [[{'thread': 'Vendor bank change', 'from': 'vikram.r@kestrel-analytics.io', 'date': '2024-03-04'}, {'thread': 'Vendor bank change', 'from': 'ap@kestrel-analytics.io', 'date': '2024-03-05'}]], 'distances': [[0.2113, 0.2874]], 'included': ['documents', 'metadatas', 'distances']}`,
    // A company's accounts are IBANs all the same; a team mailbox of a real domain is an address.
    expected: [
      ['PERSON', 'Vikram Raghunathan'],
      ['EMAIL', 'vikram.r@kestrel-analytics.io'],
      ['IBAN', 'EE28 2200 2210 9876 5432'],
      ['PERSON', 'Vikram'],
      ['IBAN', 'FI24 4237 1800 0182 64'],
      ['EMAIL', 'vikram.r@kestrel-analytics.io'],
      ['EMAIL', 'ap@kestrel-analytics.io'],
    ],
  },
  {
    name: 'pgvector similarity search in psql with an author column and truncated snippets',
    text: `rag=> SELECT id, metadata->>'author' AS author, left(content, 70) AS snippet, embedding <=> '[0.0132,-0.0418,0.0071]'::vector AS distance FROM chunks ORDER BY distance LIMIT 3;
 id  |     author     |                                snippet                                 |   distance
-----+----------------+------------------------------------------------------------------------+--------------
 812 | Tomás Ó Floinn | Interview notes: candidate Wanjiru Kamau, mobile +254 722 418 903, exp | 0.1842291803
 377 | Tomás Ó Floinn | Offer approved for Wanjiru at KES 410,000/month, start 1 May.          | 0.2010443181
 902 | onboarding-bot | Laptop shipped, asset tag KST-LT-0912, courier ref 4471928365.         | 0.3391822016
(3 rows)`,
    expected: [
      ['PERSON', 'Tomás Ó Floinn'],
      ['PERSON', 'Wanjiru Kamau'],
      ['PHONE', '+254 722 418 903'],
      ['PERSON', 'Tomás Ó Floinn'],
      ['PERSON', 'Wanjiru'],
    ],
  },
  {
    name: 'Cohere rerank response over claim documents',
    text: `{"id":"07734bd2-2473-4f07-94e1-0d9f0e6843cf","results":[{"index":3,"relevance_score":0.9871,"document":{"text":"Claim CLM-2024-0317: policyholder Ana Lucía Villanueva Paredes, DOB 1985-08-30, reported water damage on 28 Feb. Adjuster: Grzegorz Wiśniewski."}},{"index":0,"relevance_score":0.4412,"document":{"text":"Water damage claims require photos and a plumber's report within 14 days."}}],"meta":{"api_version":{"version":"2"},"billed_units":{"search_units":1}}}`,
    expected: [
      ['PERSON', 'Ana Lucía Villanueva Paredes'],
      ['DATE_OF_BIRTH', '1985-08-30'],
      ['PERSON', 'Grzegorz Wiśniewski'],
    ],
  },
  // ---------------------------------------------------------------- code-assistant context
  {
    name: 'diff of a Django settings.py moving a secret key, a DB password and a host to the environment',
    text: `diff --git a/kestrel/settings.py b/kestrel/settings.py
index 4e1d9b7..9b2f4c7 100644
--- a/kestrel/settings.py
+++ b/kestrel/settings.py
@@ -21,17 +21,17 @@ BASE_DIR = Path(__file__).resolve().parent.parent
-SECRET_KEY = "${djangoKey}"
+SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
 DEBUG = False
-ALLOWED_HOSTS = ["app.kestrel.io", "10.20.4.17"]
+ALLOWED_HOSTS = ["app.kestrel.io"]
 
 DATABASES = {
     "default": {
         "ENGINE": "django.db.backends.postgresql",
         "NAME": "kestrel",
         "USER": "kestrel_app",
-        "PASSWORD": "Wq8#Lm2vRt7!",
-        "HOST": "10.20.4.17",
+        "PASSWORD": os.environ["DB_PASSWORD"],
+        "HOST": os.environ["DB_HOST"],
     }
 }
 ADMINS = [("Ruairí Mac Giolla Phádraig", "ruairi@kestrel-analytics.io")]`,
    // Removed lines are still in the text the gateway receives; private addresses are findings.
    expected: [
      ['SECRET', djangoKey],
      ['IP_ADDRESS', '10.20.4.17'],
      ['SECRET', 'Wq8#Lm2vRt7!'],
      ['IP_ADDRESS', '10.20.4.17'],
      ['PERSON', 'Ruairí Mac Giolla Phádraig'],
      ['EMAIL', 'ruairi@kestrel-analytics.io'],
    ],
  },
  {
    name: 'git blame and git shortlog pasted as context',
    text: `$ git blame -L 40,44 etl/loaders/customers.py
9b2f4c7e (Oluwaseun Adeyemi   2024-02-19 16:02:51 +0100 40)     df["email"] = df["email"].str.lower().str.strip()
9b2f4c7e (Oluwaseun Adeyemi   2024-02-19 16:02:51 +0100 41)     df = df.drop_duplicates("email", keep="last")
^3c5a8d0 (Marta Kowalczyk     2023-07-03 09:12:44 +0200 42)     # drop QA rows such as qa+0312@example.com
4e1d9b7a (Nguyễn Văn Khoa     2024-03-12 10:15:02 +0700 43)     df = df[~df["email"].str.endswith("@example.com")]
00000000 (Not Committed Yet   2024-03-12 11:02:13 +0100 44)     return df
$ git shortlog -sne --since=2024-01-01
    41\tOluwaseun Adeyemi <seun.adeyemi@kestrel-analytics.io>
    17\tNguyễn Văn Khoa <khoa.nguyen@kestrel-analytics.io>
     3\tMarta Kowalczyk <marta.k@posteo.pl>`,
    expected: [
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['PERSON', 'Marta Kowalczyk'],
      ['PERSON', 'Nguyễn Văn Khoa'],
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['EMAIL', 'seun.adeyemi@kestrel-analytics.io'],
      ['PERSON', 'Nguyễn Văn Khoa'],
      ['EMAIL', 'khoa.nguyen@kestrel-analytics.io'],
      ['PERSON', 'Marta Kowalczyk'],
      ['EMAIL', 'marta.k@posteo.pl'],
    ],
  },
  {
    name: 'Spring application.yml with datasource, mail and JWT secrets and an escalation contact',
    text: `spring:
  datasource:
    url: jdbc:postgresql://db.kestrel.internal:5432/billing
    username: billing_svc
    password: Xr4!vTq9Lm2#
  mail:
    host: smtp.office365.com
    port: 587
    username: invoices@kestrel-analytics.io
    password: Mh7$kQ2xPz9w
  jpa:
    open-in-view: false
app:
  jwt:
    secret: ${jwtSecret}
    expiration-ms: 86400000
  stripe:
    api-key: \${STRIPE_API_KEY}
  support:
    escalation-contact: "Beatriz Nogueira <beatriz.nogueira@kestrel-analytics.io>"
management:
  endpoints.web.exposure.include: health,info,prometheus`,
    expected: [
      ['SECRET', 'Xr4!vTq9Lm2#'],
      ['EMAIL', 'invoices@kestrel-analytics.io'],
      ['SECRET', 'Mh7$kQ2xPz9w'],
      ['SECRET', jwtSecret],
      ['PERSON', 'Beatriz Nogueira'],
      ['EMAIL', 'beatriz.nogueira@kestrel-analytics.io'],
    ],
  },
  {
    name: '.pypirc with an upload token and a private index password, repeated on a poetry command',
    text: `$ cat ~/.pypirc
[distutils]
index-servers =
    pypi
    kestrel

[pypi]
username = __token__
password = ${pypiToken}

[kestrel]
repository = https://pypi.kestrel.internal/simple/
username = deploy
password = Kd9-vLq2!Rx7
$ poetry config http-basic.kestrel deploy Kd9-vLq2!Rx7`,
    expected: [
      ['SECRET', pypiToken],
      ['SECRET', 'Kd9-vLq2!Rx7'],
      ['SECRET', 'Kd9-vLq2!Rx7'],
    ],
  },
  {
    name: 'docker-compose for a self-hosted Langfuse with an admin e-mail and secrets',
    text: `services:
  langfuse:
    image: langfuse/langfuse:2
    ports: ["3000:3000"]
    environment:
      DATABASE_URL: postgresql://langfuse:Lf7-pQ2mXv9@db:5432/langfuse
      NEXTAUTH_URL: http://localhost:3000
      NEXTAUTH_SECRET: ${nextauthSecret}
      SALT: "kestrel-salt-Rx4vT9"
      LANGFUSE_INIT_USER_EMAIL: farhan.chowdhury@kestrel-analytics.io
      LANGFUSE_INIT_USER_NAME: Farhan Chowdhury
      LANGFUSE_INIT_PROJECT_SECRET_KEY: ${langfuseSecret}
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: langfuse
      POSTGRES_PASSWORD: Lf7-pQ2mXv9`,
    expected: [
      ['SECRET', 'Lf7-pQ2mXv9'],
      ['SECRET', nextauthSecret],
      ['SECRET', 'kestrel-salt-Rx4vT9'],
      ['EMAIL', 'farhan.chowdhury@kestrel-analytics.io'],
      ['PERSON', 'Farhan Chowdhury'],
      ['SECRET', langfuseSecret],
      ['SECRET', 'Lf7-pQ2mXv9'],
    ],
  },
  {
    name: 'pytest conftest with a customer copied from production beside an anonymised one',
    text: `# tests/conftest.py
import pytest
from datetime import date


@pytest.fixture
def customer():
    # copied from prod ticket ZD-88412 to reproduce the bug, TODO anonymise
    return Customer(
        id=88412,
        full_name="Björn Þór Guðmundsson",
        email="bjorn.gudmundsson@simnet.is",
        phone="+354 862 4471",
        date_of_birth=date(1981, 6, 17),
        card=Card(number="6011009182736459", exp="11/27"),
    )


@pytest.fixture
def anon_customer():
    return Customer(id=1, full_name="Test Customer", email="customer@example.com", phone=None, date_of_birth=None, card=None)`,
    // As in the fourth hold-out, the birth date is the constructor's arguments.
    expected: [
      ['PERSON', 'Björn Þór Guðmundsson'],
      ['EMAIL', 'bjorn.gudmundsson@simnet.is'],
      ['PHONE', '+354 862 4471'],
      ['DATE_OF_BIRTH', '1981, 6, 17'],
      ['CREDIT_CARD', '6011009182736459'],
    ],
  },
  {
    name: 'rich traceback with show_locals: a payout payload and a vendor repr',
    text: `╭──────────────────────────── Traceback (most recent call last) ─────────────────────────────╮
│ /app/etl/payouts.py:88 in send_payout                                                      │
│                                                                                            │
│   85 │   payload = build_payload(vendor)                                                   │
│   86 │   resp = client.post("/payouts", json=payload, timeout=10)                          │
│   87 │   resp.raise_for_status()                                                           │
│ ❱ 88 │   return resp.json()["payout_id"]                                                   │
│                                                                                            │
│ ╭──────────────────────────────────────── locals ────────────────────────────────────────╮ │
│ │  client = <httpx.Client object at 0x7f3c2a1b4d90>                                      │ │
│ │ payload = {                                                                            │ │
│ │           │   'beneficiary': 'Aylin Demirci',                                          │ │
│ │           │   'iban': 'AT671420020718273645',                                          │ │
│ │           │   'amount_eur': 1250.0,                                                    │ │
│ │           │   'reference': 'PO-2024-0311'                                              │ │
│ │           }                                                                            │ │
│ │    resp = <Response [422 Unprocessable Entity]>                                        │ │
│ │  vendor = Vendor(id=4471, name='Aylin Demirci', email='aylin.demirci@gmx.at')          │ │
│ ╰────────────────────────────────────────────────────────────────────────────────────────╯ │
╰────────────────────────────────────────────────────────────────────────────────────────────╯
HTTPStatusError: Client error '422 Unprocessable Entity' for url 'https://api.payouts.kestrel.io/payouts'`,
    expected: [
      ['PERSON', 'Aylin Demirci'],
      ['IBAN', 'AT671420020718273645'],
      ['PERSON', 'Aylin Demirci'],
      ['EMAIL', 'aylin.demirci@gmx.at'],
    ],
  },
  {
    name: 'Sentry event with query breadcrumbs and frame vars holding an e-mail and a phone',
    text: `{"event_id":"9c2e1f4a7b8d4e6f8a0b1c2d3e4f5a6b","platform":"python","breadcrumbs":{"values":[{"timestamp":1710238501.92,"type":"default","category":"query","message":"SELECT id, full_name FROM accounts_user WHERE email = 'lucas.moreau@free.fr'","level":"info"},{"timestamp":1710238502.01,"type":"http","category":"httplib","data":{"method":"POST","url":"https://sms.kestrel.io/v1/send","status_code":400},"level":"error"},{"timestamp":1710238502.05,"category":"ui.click","message":"button#resend-code"}]},"exception":{"values":[{"type":"SmsRejected","value":"The 'To' number +33 6 12 84 47 90 is not a valid mobile number.","stacktrace":{"frames":[{"filename":"accounts/otp.py","function":"send_code","lineno":41,"vars":{"user":"<User: lucas.moreau@free.fr>","to":"'+33 6 12 84 47 90'","self":"<accounts.otp.SmsSender object at 0x7f9a1c2b3d40>"}}]}}]},"user":{"id":"90871","ip_address":"{{auto}}"}}`,
    expected: [
      ['EMAIL', 'lucas.moreau@free.fr'],
      ['PHONE', '+33 6 12 84 47 90'],
      ['EMAIL', 'lucas.moreau@free.fr'],
      ['PHONE', '+33 6 12 84 47 90'],
    ],
  },
  {
    name: 'fill-in-the-middle completion prompt with a hard-coded token and an owner map',
    text: `<|fim_prefix|># src/integrations/hubspot_sync.py
import os
import requests

URL = "https://api.hubapi.com/crm/v3/objects/contacts"
HUBSPOT_TOKEN = "${hubspotToken}"
OWNER_MAP = {
    "412903877": "Kateryna Bondarenko",
    "412903912": "Diego Alarcón",
}


def push_contact(row):
    body = {"properties": {"email": row.email, "firstname": row.first_name, "lastname": row.last_name, "hubspot_owner_id": <|fim_suffix|>}}
    r = requests.post(URL, json=body, headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"})
    r.raise_for_status()
<|fim_middle|>`,
    expected: [
      ['SECRET', hubspotToken],
      ['PERSON', 'Kateryna Bondarenko'],
      ['PERSON', 'Diego Alarcón'],
    ],
  },
  {
    name: 'go test failure with a testify diff of a contact struct',
    text: `--- FAIL: TestImportContacts (0.02s)
    import_test.go:58: 
        \tError Trace:\t/src/contacts/import_test.go:58
        \tError:      \tNot equal: 
        \t            \texpected: contacts.Contact{Name:"Ewa Zielińska", Email:"ewa.zielinska@wp.pl", Phone:"+48 601 224 918", IBAN:"PL52114020040000350281739465"}
        \t            \tactual  : contacts.Contact{Name:"Ewa Zielinska", Email:"ewa.zielinska@wp.pl", Phone:"+48601224918", IBAN:"PL52114020040000350281739465"}
        \t            \t
        \t            \tDiff:
        \t            \t--- Expected
        \t            \t+++ Actual
        \t            \t@@ -1,3 +1,3 @@
        \t            \t (contacts.Contact) {
        \t            \t- Name: (string) (len=14) "Ewa Zielińska",
        \t            \t+ Name: (string) (len=13) "Ewa Zielinska",
        \t            \t  Email: (string) (len=19) "ewa.zielinska@wp.pl",
        \t            \t- Phone: (string) (len=15) "+48 601 224 918",
        \t            \t+ Phone: (string) (len=12) "+48601224918",
        \tTest:       \tTestImportContacts
FAIL
FAIL\tgithub.com/kestrel/etl/contacts\t0.031s`,
    expected: [
      ['PERSON', 'Ewa Zielińska'],
      ['EMAIL', 'ewa.zielinska@wp.pl'],
      ['PHONE', '+48 601 224 918'],
      ['IBAN', 'PL52114020040000350281739465'],
      ['PERSON', 'Ewa Zielinska'],
      ['EMAIL', 'ewa.zielinska@wp.pl'],
      ['PHONE', '+48601224918'],
      ['IBAN', 'PL52114020040000350281739465'],
      ['PERSON', 'Ewa Zielińska'],
      ['PERSON', 'Ewa Zielinska'],
      ['EMAIL', 'ewa.zielinska@wp.pl'],
      ['PHONE', '+48 601 224 918'],
      ['PHONE', '+48601224918'],
    ],
  },
  // ---------------------------------------------------------------- observability
  {
    name: 'OTLP JSON trace export with client ip, enduser.id and a db.statement with literals',
    text: `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout-api"}},{"key":"k8s.pod.ip","value":{"stringValue":"10.42.7.19"}}]},"scopeSpans":[{"scope":{"name":"@opentelemetry/instrumentation-http","version":"0.49.1"},"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","name":"POST /api/checkout","kind":2,"startTimeUnixNano":"1710238502118000000","endTimeUnixNano":"1710238502390000000","attributes":[{"key":"http.client_ip","value":{"stringValue":"84.112.57.203"}},{"key":"enduser.id","value":{"stringValue":"zsofia.kertesz@citromail.hu"}},{"key":"http.request.header.x_forwarded_for","value":{"arrayValue":{"values":[{"stringValue":"84.112.57.203, 10.42.0.1"}]}}},{"key":"http.status_code","value":{"intValue":"402"}}],"status":{"code":2,"message":"card_declined"}},{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"0f1e2d3c4b5a6978","parentSpanId":"eee19b7ec3c1b174","name":"INSERT billing.payment_attempts","kind":3,"attributes":[{"key":"db.system","value":{"stringValue":"postgresql"}},{"key":"db.statement","value":{"stringValue":"INSERT INTO payment_attempts (customer_email, card_number, amount) VALUES ('zsofia.kertesz@citromail.hu', '4275491038622073', 89.90)"}},{"key":"net.peer.name","value":{"stringValue":"db.kestrel.internal"}}]}]}]}]}`,
    expected: [
      ['IP_ADDRESS', '10.42.7.19'],
      ['IP_ADDRESS', '84.112.57.203'],
      ['EMAIL', 'zsofia.kertesz@citromail.hu'],
      ['IP_ADDRESS', '84.112.57.203'],
      ['IP_ADDRESS', '10.42.0.1'],
      ['EMAIL', 'zsofia.kertesz@citromail.hu'],
      ['CREDIT_CARD', '4275491038622073'],
    ],
  },
  {
    name: 'OpenTelemetry collector debug exporter printing an OpenInference LLM span',
    text: `2024-03-12T10:15:03.412Z\tinfo\tTracesExporter\t{"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": 1, "spans": 1}
ResourceSpans #0
Resource SchemaURL: https://opentelemetry.io/schemas/1.24.0
Resource attributes:
     -> service.name: Str(support-bot)
     -> deployment.environment: Str(prod)
ScopeSpans #0
InstrumentationScope openinference.instrumentation.langchain 0.1.14
Span #0
    Trace ID       : 0af7651916cd43dd8448eb211c80319c
    Parent ID      : 
    ID             : b7ad6b7169203331
    Name           : ChatOpenAI
    Kind           : Internal
    Start time     : 2024-03-12 10:15:02.118 +0000 UTC
    End time       : 2024-03-12 10:15:03.402 +0000 UTC
    Status code    : Ok
    Status message : 
Attributes:
     -> llm.model_name: Str(gpt-4o-mini-2024-07-18)
     -> llm.input_messages.1.message.content: Str(Hi, I'm Precious Chikwanha, my account is under precious.c@yahoo.co.uk and I was born 03/07/1994. Why was I charged twice?)
     -> llm.token_count.prompt: Int(412)
     -> llm.token_count.completion: Int(96)
     -> session.id: Str(sess_7Qm2xW9pLr)
     -> user.id: Str(precious.c@yahoo.co.uk)`,
    expected: [
      ['PERSON', 'Precious Chikwanha'],
      ['EMAIL', 'precious.c@yahoo.co.uk'],
      ['DATE_OF_BIRTH', '03/07/1994'],
      ['EMAIL', 'precious.c@yahoo.co.uk'],
    ],
  },
  {
    name: 'pino request logs with an authorization header, a user header and a redacted object',
    text: `{"level":30,"time":1710238502118,"pid":7,"hostname":"gateway-6d9f8b7c4-x2k4p","req":{"id":418,"method":"POST","url":"/v1/chat/completions","headers":{"host":"gateway.kestrel.io","authorization":"Bearer ${openaiKey}","x-user-email":"mateus.albuquerque@uol.com.br","user-agent":"OpenAI/Python 1.14.0"},"remoteAddress":"::ffff:177.92.14.206","remotePort":51422},"msg":"incoming request"}
{"level":30,"time":1710238503402,"pid":7,"hostname":"gateway-6d9f8b7c4-x2k4p","req":{"id":418},"res":{"statusCode":200,"headers":{"x-request-id":"req_8f2c1e9a4b7d","openai-processing-ms":"1187"}},"responseTime":1284,"msg":"request completed"}
{"level":40,"time":1710238503410,"pid":7,"hostname":"gateway-6d9f8b7c4-x2k4p","user":{"email":"[Redacted]","phone":"[Redacted]"},"msg":"profile update rejected"}`,
    expected: [
      ['SECRET', openaiKey],
      ['EMAIL', 'mateus.albuquerque@uol.com.br'],
      ['IP_ADDRESS', '::ffff:177.92.14.206'],
    ],
  },
  {
    name: 'winston lines with JSON metadata holding a customer, an Amex and a named recipient',
    text: `2024-03-12T10:15:02.118Z error: Payment capture failed {"service":"billing-worker","orderId":"KST-88213","customer":{"name":"Chiara Bellandi","email":"chiara.bellandi@libero.it"},"card":{"number":"378205619347023","exp":"08/26"},"stack":"Error: card_declined\\n    at capture (/app/dist/billing/capture.js:88:15)"}
2024-03-12T10:15:02.120Z warn: Retrying in 30000ms {"service":"billing-worker","orderId":"KST-88213","attempt":2}
2024-03-12T10:15:32.441Z info: Notified account manager {"service":"billing-worker","to":"Jakob Lindqvist <jakob.lindqvist@kestrel-analytics.io>","template":"capture_failed"}`,
    expected: [
      ['PERSON', 'Chiara Bellandi'],
      ['EMAIL', 'chiara.bellandi@libero.it'],
      ['CREDIT_CARD', '378205619347023'],
      ['PERSON', 'Jakob Lindqvist'],
      ['EMAIL', 'jakob.lindqvist@kestrel-analytics.io'],
    ],
  },
  {
    name: 'structlog console renderer lines with key=value pairs and an SMS provider key',
    text: `2024-03-12 10:15:02 [info     ] login_succeeded                user_id=48213 email=amani.njoroge@gmail.com ip=41.90.64.117 mfa=totp
2024-03-12 10:15:09 [warning  ] password_reset_requested       email=amani.njoroge@gmail.com phone=+254712408331 channel=sms
2024-03-12 10:15:11 [error    ] sms_delivery_failed            provider=africastalking status=403 api_key=${atKey} to=+254712408331`,
    expected: [
      ['EMAIL', 'amani.njoroge@gmail.com'],
      ['IP_ADDRESS', '41.90.64.117'],
      ['EMAIL', 'amani.njoroge@gmail.com'],
      ['PHONE', '+254712408331'],
      ['SECRET', atKey],
      ['PHONE', '+254712408331'],
    ],
  },
  {
    name: 'Prometheus exposition with user and client_ip labels (a cardinality leak)',
    text: `# HELP llm_gateway_requests_total Requests by user and model
# TYPE llm_gateway_requests_total counter
llm_gateway_requests_total{model="gpt-4o",status="200",user="hiroko.tanabe@kestrel-analytics.io"} 412
llm_gateway_requests_total{model="claude-3-5-sonnet-20240620",status="200",user="o.adeyemi@kestrel-analytics.io"} 77
llm_gateway_requests_total{model="gpt-4o",status="429",user="hiroko.tanabe@kestrel-analytics.io"} 3
# HELP http_client_requests_seconds Latency by client
# TYPE http_client_requests_seconds histogram
http_client_requests_seconds_bucket{client_ip="193.40.12.88",le="0.5"} 118
http_client_requests_seconds_bucket{client_ip="193.40.12.88",le="+Inf"} 121
up{instance="10.42.3.17:9100",job="node"} 1`,
    expected: [
      ['EMAIL', 'hiroko.tanabe@kestrel-analytics.io'],
      ['EMAIL', 'o.adeyemi@kestrel-analytics.io'],
      ['EMAIL', 'hiroko.tanabe@kestrel-analytics.io'],
      ['IP_ADDRESS', '193.40.12.88'],
      ['IP_ADDRESS', '193.40.12.88'],
      ['IP_ADDRESS', '10.42.3.17'],
    ],
  },
  {
    name: 'logcli query of Loki with logfmt lines quoting customers, a phone and a card',
    text: `$ logcli query '{app="support-bot", env="prod"} |= "escalat"' --since=1h --limit=3
2024/03/12 10:15:04 http://loki.monitoring:3100/loki/api/v1/query_range?direction=BACKWARD&limit=3&query=...
Common labels: {app="support-bot", env="prod", namespace="ai"}
2024-03-12T10:14:58Z {pod="support-bot-7f9c8d-x2k4p"} level=info msg="escalating to human" ticket=88412 customer="Liam O'Sullivan" reason="requested callback on 087 329 4410"
2024-03-12T10:09:41Z {pod="support-bot-7f9c8d-q7m2z"} level=info msg="escalating to human" ticket=88407 customer="Ngaio Te Whare" reason="disputes charge on card 5527 3419 0028 3160"
2024-03-12T10:02:13Z {pod="support-bot-7f9c8d-x2k4p"} level=info msg="escalation skipped" ticket=88399 reason="bot resolved" latency_ms=812`,
    expected: [
      ['PERSON', "Liam O'Sullivan"],
      ['PHONE', '087 329 4410'],
      ['PERSON', 'Ngaio Te Whare'],
      ['CREDIT_CARD', '5527 3419 0028 3160'],
    ],
  },
  // ---------------------------------------------------------------- notebook assistant payloads
  {
    name: 'chat request body carrying notebook cells and a text/plain output of leads',
    text: `{"model":"claude-3-5-sonnet-20240620","max_tokens":1024,"system":"You are a notebook assistant. The user's notebook is attached.","messages":[{"role":"user","content":"<notebook>\\n<cell id=\\"c3\\" type=\\"code\\">leads = pd.read_sql(\\"SELECT * FROM leads WHERE score > 80\\", engine)\\nleads[[\\"name\\", \\"company\\", \\"phone\\", \\"email\\"]].head(3)</cell>\\n<output cell=\\"c3\\" mime=\\"text/plain\\">               name           company              phone                       email\\n0  Chukwudi Anyanwu    Lagos Agritech  +234 803 771 2094   chukwudi@lagosagritech.ng\\n1   Signe Mortensen      Nordvind ApS    +45 20 71 44 83         signe.m@nordvind.dk\\n2   Rafael Quintero  Quintero & Hijos   +52 33 1842 6677  rquintero@quinterohijos.mx</output>\\n<cell id=\\"c4\\" type=\\"markdown\\">Ask: which of these should sales call first?</cell>\\n</notebook>\\nrank these leads for me"}]}`,
    // Quintero & Hijos is a company named after a family.
    expected: [
      ['PERSON', 'Chukwudi Anyanwu'],
      ['PHONE', '+234 803 771 2094'],
      ['EMAIL', 'chukwudi@lagosagritech.ng'],
      ['PERSON', 'Signe Mortensen'],
      ['PHONE', '+45 20 71 44 83'],
      ['EMAIL', 'signe.m@nordvind.dk'],
      ['PERSON', 'Rafael Quintero'],
      ['PHONE', '+52 33 1842 6677'],
      ['EMAIL', 'rquintero@quinterohijos.mx'],
    ],
  },
  {
    name: 'system prompt embedding df.head().to_markdown() of a members frame',
    text: `You are a pandas expert. The user is working with a DataFrame \`members\` (48,213 rows). Here are the first rows (df.head(3).to_markdown()):

|    |   member_id | first_name   | last_name   | dob        | phone             | iban                        |
|---:|------------:|:-------------|:------------|:-----------|:------------------|:----------------------------|
|  0 |      100417 | Saanvi       | Iyer        | 2001-04-17 | +44 7911 402883   | GB89BARC20318573920461      |
|  1 |      100418 | Cillian      | Ó Briain    | 1973-10-02 | +353 85 118 2764  | IE29AIBK93115212345678      |
|  2 |      100419 | Zainab       | Abubakar    | 1996-07-28 | +33 6 41 27 90 58 | FR4930004028370001937245186 |

Column dtypes: member_id int64, first_name object, last_name object, dob object, phone object, iban object.
Write code only; do not repeat the data.`,
    expected: [
      ['PERSON', 'Saanvi'],
      ['PERSON', 'Iyer'],
      ['DATE_OF_BIRTH', '2001-04-17'],
      ['PHONE', '+44 7911 402883'],
      ['IBAN', 'GB89BARC20318573920461'],
      ['PERSON', 'Cillian'],
      ['PERSON', 'Ó Briain'],
      ['DATE_OF_BIRTH', '1973-10-02'],
      ['PHONE', '+353 85 118 2764'],
      ['IBAN', 'IE29AIBK93115212345678'],
      ['PERSON', 'Zainab'],
      ['PERSON', 'Abubakar'],
      ['DATE_OF_BIRTH', '1996-07-28'],
      ['PHONE', '+33 6 41 27 90 58'],
      ['IBAN', 'FR4930004028370001937245186'],
    ],
  },
  {
    name: '"fix this error" prompt with a strptime traceback and the failing row',
    text: `fix this error, it dies on one row:

---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[27], line 4
      1 from datetime import datetime
      3 for rec in records:
----> 4     rec["dob"] = datetime.strptime(rec["dob"], "%Y-%m-%d").date()

File /opt/conda/lib/python3.11/_strptime.py:568, in _strptime_datetime(cls, data_string, format)
--> 568 tt, fraction, gmtoff_fraction = _strptime(data_string, format)

ValueError: time data '17/06/1989' does not match format '%Y-%m-%d'

the failing row is:
{'id': 30418, 'name': 'Mihaela Dumitrescu', 'dob': '17/06/1989', 'ssn': '219-47-6083', 'email': 'mihaela.dumitrescu@yahoo.ro'}`,
    expected: [
      ['DATE_OF_BIRTH', '17/06/1989'],
      ['PERSON', 'Mihaela Dumitrescu'],
      ['DATE_OF_BIRTH', '17/06/1989'],
      ['US_SSN', '219-47-6083'],
      ['EMAIL', 'mihaela.dumitrescu@yahoo.ro'],
    ],
  },
  {
    name: 'text-to-SQL request whose schema hints carry sampled column values',
    text: `{"model":"snowflake-arctic","temperature":0,"messages":[{"role":"system","content":"Generate Snowflake SQL. Schema:\\nTABLE ANALYTICS.CRM.CONTACTS (CONTACT_ID NUMBER, FULL_NAME VARCHAR -- e.g. 'Aarav Khanna', 'Léa Fontaine'; EMAIL VARCHAR -- e.g. 'aarav.khanna@rediffmail.com'; BIRTH_DATE DATE -- e.g. 1987-02-19; COUNTRY VARCHAR -- e.g. 'IN', 'FR')\\nTABLE ANALYTICS.CRM.DEALS (DEAL_ID NUMBER, CONTACT_ID NUMBER, AMOUNT NUMBER(12,2), STAGE VARCHAR -- e.g. 'closed_won')"},{"role":"user","content":"revenue by country for contacts over 40"}]}`,
    // The sample values are drawn from the live columns, so they are real data.
    expected: [
      ['PERSON', 'Aarav Khanna'],
      ['PERSON', 'Léa Fontaine'],
      ['EMAIL', 'aarav.khanna@rediffmail.com'],
      ['DATE_OF_BIRTH', '1987-02-19'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'LangSmith LLM run of a KPI digest: ids, model names, seed, token counts and cost',
    text: `{"id":"run_01HQZ3K8W7X9M2P4R6T8V0B2D4","trace_id":"0af7651916cd43dd8448eb211c80319c","dotted_order":"20240312T101502118000Z0af7651916cd43dd8448eb211c80319c","name":"summarise_quarterly_kpis","run_type":"llm","start_time":"2024-03-12T10:15:02.118Z","end_time":"2024-03-12T10:15:04.930Z","inputs":{"messages":[{"role":"user","content":"Summarise: revenue 4.82M EUR (+12.4% QoQ), churn 2.1%, NRR 118%, 48,213 active accounts."}]},"outputs":{"generations":[{"text":"Revenue grew 12.4% quarter on quarter to EUR 4.82M while churn held at 2.1%."}]},"extra":{"invocation_params":{"model":"gpt-4o-2024-08-06","temperature":0.2,"max_tokens":512,"seed":4471928365},"metadata":{"ls_run_depth":0,"revision_id":"v2.14.3-9fceb02"}},"usage":{"prompt_tokens":1834,"completion_tokens":212,"total_tokens":2046},"total_cost":"0.006705","latency_ms":2812,"tags":["kpi-digest","prod"]}`,
    expected: [],
  },
  {
    name: 'collector debug output of a database span with a parametrised statement and a hashed user',
    text: `Span #1
    Trace ID       : 4bf92f3577b34da6a3ce929d0e0e4736
    Parent ID      : 00f067aa0ba902b7
    ID             : 53995c3f42cd8ad8
    Name           : SELECT crm.contacts
    Kind           : Client
    Start time     : 2024-03-12 10:15:02.118 +0000 UTC
    End time       : 2024-03-12 10:15:02.131 +0000 UTC
Attributes:
     -> db.system: Str(postgresql)
     -> db.statement: Str(SELECT id, email, phone FROM contacts WHERE email = $1 AND birth_date < $2)
     -> db.user: Str(crm_ro)
     -> server.address: Str(127.0.0.1)
     -> server.port: Int(5432)
     -> enduser.id: Str(a3f1c2d45b6e4f708a9b0c1d2e3f4a5b)
     -> http.client_ip: Str(127.0.0.1)
     -> thread.id: Int(4471)
     -> code.function: Str(find_by_email)`,
    expected: [],
  },
  {
    name: 'RAG eval fixture over public docs with example.com, placeholder keys and ragas scores',
    text: `# evals/rag_fixture.jsonl
{"question":"What is the refund window?","ground_truth":"30 days","contexts":["Refunds are accepted within 30 days of purchase. Contact support@example.com."],"metadata":{"source":"docs/policies/refunds.md","page":2,"chunk":0}}
{"question":"How do I authenticate?","ground_truth":"Bearer key","contexts":["Pass your key in the header: Authorization: Bearer <YOUR_API_KEY>. Keys look like sk-live-xxxxxxxxxxxxxxxx."],"metadata":{"source":"docs/api/auth.md","page":1,"chunk":3}}
{"question":"Which fields does POST /v1/users take?","ground_truth":"email, name","contexts":["POST /v1/users {\\"email\\": \\"jane@example.com\\", \\"name\\": \\"string\\"} returns 201 with {\\"id\\": \\"usr_01HQZ3K8W7\\"}."],"metadata":{"source":"docs/api/users.md","page":5,"chunk":1}}
ragas: faithfulness=0.912 answer_relevancy=0.874 context_precision=0.833 n=48 model=gpt-4o-mini embeddings=text-embedding-3-small dims=1536`,
    expected: [],
  },
  {
    name: 'dependency bump diff with lock-file integrity hashes and an .env.example of placeholders',
    text: `diff --git a/package.json b/package.json
@@ -12,7 +12,7 @@
-    "langchain": "0.1.25",
+    "langchain": "0.1.28",
-    "@pinecone-database/pinecone": "2.0.1",
+    "@pinecone-database/pinecone": "2.2.0",
diff --git a/package-lock.json b/package-lock.json
@@ -4410,9 +4410,9 @@
     "node_modules/langchain": {
-      "version": "0.1.25",
-      "resolved": "https://registry.npmjs.org/langchain/-/langchain-0.1.25.tgz",
-      "integrity": "sha512-Rk2vLm9Xq7WcT4bN8pZ1yHd3JfG6sAe0uVi5oBnTq2Lm8Qx7RtT2vLm9WcK4bN8pZ1yHd3JfG6sAe0uVi5oBnTq2Lm==",
+      "version": "0.1.28",
+      "resolved": "https://registry.npmjs.org/langchain/-/langchain-0.1.28.tgz",
+      "integrity": "sha512-Hd3JfG6sAe0uVi5oBnTq2Lm8Qx7RtT2vLm9WcK4bN8pZ1yRk2vLm9Xq7WcT4bN8pZ1yHd3JfG6sAe0uVi5oBnTq==",
diff --git a/.env.example b/.env.example
+PINECONE_API_KEY=your-pinecone-api-key
+OPENAI_API_KEY=sk-...
+LANGCHAIN_API_KEY=<your LangSmith key>
+LANGCHAIN_ENDPOINT=https://api.smith.langchain.com`,
    expected: [],
  },
  {
    name: 'Prometheus metrics of an LLM gateway: model, route and version labels only',
    text: `llm_tokens_total{model="gpt-4o-2024-08-06",direction="prompt",team="growth"} 1.834e+06
llm_cost_usd_total{model="claude-3-5-sonnet-20240620",team="growth"} 412.77
http_request_duration_seconds_bucket{route="/v1/chat/completions",method="POST",le="0.25"} 4471
http_request_duration_seconds_sum{route="/v1/chat/completions",method="POST"} 1284.5123
process_start_time_seconds 1.710238502e+09
go_info{version="go1.22.1"} 1
node_uname_info{machine="x86_64",nodename="gpu-worker-3",release="6.1.0-18-amd64"} 1`,
    expected: [],
  },
  {
    name: 'Sentry event scrubbed by the SDK: filtered values, a hashed user id and an auto IP',
    text: `{"event_id":"fc6d8c0c43fc4630ad850ee518f1b9d0","release":"notebook-ai@3.4.1","environment":"production","user":{"id":"sha256:7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730","ip_address":"{{auto}}"},"request":{"url":"https://app.kestrel.io/api/assist","headers":{"Authorization":"[Filtered]","Cookie":"[Filtered]"},"data":{"prompt":"[Filtered]","model":"gpt-4o-mini","max_tokens":512}},"breadcrumbs":{"values":[{"category":"query","message":"SELECT id FROM notebooks WHERE owner_id = %s AND updated_at > %s"}]},"contexts":{"trace":{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"}}}`,
    expected: [],
  },
];

describeHoldout('privacy detectors on a ninth hand-written hold-out', cases);
