import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifteenth hand-written hold-out: what AI applications themselves send through an AI gateway, in
 * shapes the first fourteen do not cover. Retrieval (RAG prompts with retrieved chunks from support
 * tickets, CRM notes, contracts and a wiki, with chunk, doc, score and author metadata; a Weaviate
 * GraphQL response with a vector; LangChain PGVector `Document` reprs with scores; LlamaIndex
 * `source_nodes`); traces (LangChain `set_debug` output, a Langfuse trace export, a LangSmith
 * dataset export); provider bodies (an OpenAI Chat Completions request with parallel tool calls and
 * a response with escaped-JSON arguments, a Responses API request and response with
 * `function_call_output`, an Assistants thread message list, an Anthropic Messages body with
 * `tool_use` and `tool_result` blocks, an Anthropic SSE stream with `input_json_delta`); agents (a
 * text-to-SQL ReAct scratchpad with sample rows and query results, a browser agent's page state of a
 * CRM contact, MCP server logs of Claude Desktop); training and evaluation (chat fine-tuning JSONL,
 * legacy prompt/completion JSONL, a promptfoo config, a ragas results CSV); a Jinja prompt with its
 * context and rendered output, guardrail logs, a moderation request; summarisation of an e-mail
 * thread and a call transcript, a meeting assistant's action items; a coding assistant's review of
 * a diff adding a `.env` and a seed file; structured extraction (an invoice with a JSON schema, a
 * résumé with `json_schema`, a licence photo, a rental contract in Portuguese); an embeddings batch;
 * and German, French, Spanish, Brazilian Portuguese, Japanese and Hindi-in-Latin-script variants.
 * Hard negatives of the same shapes: chunk, doc, node, run, trace, request, response, message and
 * tool call ids (`call_…`, `toolu_…`, `fc_…`, `resp_…`), embedding vectors and similarity scores,
 * model names with dates and versions, token counts and costs, timestamps and dates of tickets,
 * visits and orders, meeting ids, booking, order, claim and policy numbers, CPF, DNI, NIE and VAT
 * numbers, a UPI id shaped like an e-mail, base64 image data, template placeholders
 * (`{{customer_name}}`), example.com, system prompts that mention "email" and "phone" as words, and
 * companies and brands named after people. Each case lists every value it expects found, with its
 * type; anything else flagged is a false positive. Name fields kept apart by a format (JSON
 * first/last keys, separate metadata fields) are separate spans; one "Last, First" field is one
 * span; titles are no part of a span. A lone given or family name, or an initial form, counts only
 * when the same person is named in full elsewhere in the text (separate given and family fields of
 * one record name the person in full). Public figures and fictional characters mentioned as such —
 * a famous novelist or biographer in a book-recommendation chat, a character of a novel — are not
 * labelled; the authors of a cited paper and private people (the user's friend) are. A private
 * host address (10.x) is an address like any other. Values are fake: Luhn-valid made-up cards,
 * IBANs with valid mod-97 (and national) check digits, an SSN in a valid area, made-up names and
 * keys.
 */
const k = joinParts;
const stripeKey = k('sk_live_', '51PqR8xKd2LmW9vT4zN7cY3bHf6', 'JsAe1uQo5XiRt8Vn2Lp4MwZ0');
const openaiKey = k('sk-proj-', 'Hq3Lx8Vn2Rt7Wm4Pz9Kc6Yd1Jf5Gs0Ue', 'Ai7oTbXr3Nq');
const nextauthSecret = k('Jm4Rt8Xq2Vn7Lp3', 'Kz9Wc6Yd1Hf5Gs0');
const awsKeyId = k('AKIA', 'ZQ7R2M4T9LWB3N5K');
const awsSecret = k('wJr8Xq2Vn7Lp3Kz9Wc6Y', 'd1Hf5Gs0UeAi7oTbXr3N');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- retrieval and vector stores
  {
    name: 'RAG prompt with support-ticket chunks in document tags, JSON metadata with chunk ids and scores, and a question using a given name',
    text: `<documents>
<document index="1">
<source>zendesk://tickets/204817/comments/3</source>
<metadata>{"chunk_id": "zd-204817-c3", "doc_id": "d_8f2c41e0", "score": 0.8412, "requester": "Aurelio Bettini", "group": "billing-t2", "created_at": "2024-05-14T09:12:44Z", "tags": ["refund", "double_charge"]}</metadata>
<document_content>
Customer: I was charged twice for order KS-558120 (card ending 4471). Please call me back on +39 333 918 2047, the landline is not working.
Agent (Freya Lindholm): Refund of EUR 89.90 issued on 14/05, reference RF-99123. Told the customer 5–7 business days.
</document_content>
</document>
<document index="2">
<source>zendesk://tickets/198022/comments/1</source>
<metadata>{"chunk_id": "zd-198022-c1", "doc_id": "d_71b0aa93", "score": 0.7966, "requester": "Keanu Akana", "group": "accounts", "created_at": "2024-04-30T17:02:10Z", "tags": ["email_change"]}</metadata>
<document_content>
Hi, please change my login to keanu.akana@hawaiiantel.net, the old k.akana@gmail.com bounces since I left school. Mahalo, Keanu
</document_content>
</document>
</documents>

Answer the agent's question using only the documents above and cite the document index.
Question: Has Aurelio been refunded for the double charge, and when?`,
    expected: [
      ['PERSON', 'Aurelio Bettini'],
      ['PHONE', '+39 333 918 2047'],
      ['PERSON', 'Freya Lindholm'],
      ['PERSON', 'Keanu Akana'],
      ['EMAIL', 'keanu.akana@hawaiiantel.net'],
      ['EMAIL', 'k.akana@gmail.com'],
      ['PERSON', 'Keanu'],
      ['PERSON', 'Aurelio'],
    ],
  },
  {
    name: 'CRM-note RAG for a sales copilot: note ids, account names, owners, an assistant contact and UK numbers',
    text: `You are Pipeline Copilot. Use the CRM notes below to draft a follow-up e-mail. Do not invent facts or phone numbers.

### Retrieved notes (top 3 of 12, hybrid search, alpha=0.5)
(1) Note 00T5g000014XkQ2 | Account: Harrowgate Mills Ltd | Owner: Priyanka Deshmukh | 2024-04-02 | score 0.912
Call with Declan Mulvaney (Ops Director). Pain: manual reconciliation of 4,000 invoices a month. He asked us to send the DPA to his assistant, Orla Finnegan (orla.finnegan@harrowgatemills.co.uk), direct line +44 113 328 0718.
(2) Note 00T5g000014XmR7 | Account: Harrowgate Mills Ltd | Owner: Priyanka Deshmukh | 2024-04-19 | score 0.887
Declan confirmed budget for Q3; procurement contact is Samir Haddad, mobile 07700 918 452. Security review needs our SOC 2 report.
(3) Note 00T5g000014XpB1 | Account: Lister & Boyd Engineering | Owner: Tom Ashby | 2024-03-28 | score 0.611
No decision yet; revisit after their fiscal year end (31 March).

### Task
Draft a short e-mail from Priyanka to Declan proposing a security review call next week.`,
    // Lister & Boyd Engineering and Harrowgate Mills are companies; note ids are not phones.
    expected: [
      ['PERSON', 'Priyanka Deshmukh'],
      ['PERSON', 'Declan Mulvaney'],
      ['PERSON', 'Orla Finnegan'],
      ['EMAIL', 'orla.finnegan@harrowgatemills.co.uk'],
      ['PHONE', '+44 113 328 0718'],
      ['PERSON', 'Priyanka Deshmukh'],
      ['PERSON', 'Declan'],
      ['PERSON', 'Samir Haddad'],
      ['PHONE', '07700 918 452'],
      ['PERSON', 'Tom Ashby'],
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Declan'],
    ],
  },
  {
    name: 'contract RAG: chunks of a consulting agreement with an IBAN clause, the parties with a birth date and NIE, and signatures',
    text: `Context (contracts index, k=3, reranked with bge-reranker-v2-m3):
--- chunk ctr-2023-0417#p12-s14 | doc "Consulting Agreement – R. Vásquez Ortiz.pdf" | page 12 | score 0.903 ---
14.2 Fees. The Client shall pay the Consultant a monthly retainer of EUR 6,500 (excl. VAT) within 30 days of invoice, by transfer to the Consultant's account IBAN ES97 2100 3817 1102 0041 8865 (BIC CAIXESBBXXX), held in the name of Rubén Vásquez Ortiz.
--- chunk ctr-2023-0417#p1-s1 | doc "Consulting Agreement – R. Vásquez Ortiz.pdf" | page 1 | score 0.771 ---
This Agreement is made on 3 July 2023 between Nordvik Systems AB, reg. no. 556812-4471, Kungsgatan 44, Stockholm ("Client") and Rubén Vásquez Ortiz, born 11 February 1981, NIE Y4471208-K, residing at Calle de Alcalá 212, 28028 Madrid ("Consultant").
--- chunk ctr-2023-0417#p14-sig | doc "Consulting Agreement – R. Vásquez Ortiz.pdf" | page 14 | score 0.702 ---
For the Client: Helena Brandt, General Counsel — signed 2023-07-03
For the Consultant: Rubén Vásquez Ortiz — signed 2023-07-04
Witness: Ingeborg Sæther

User question: What are the payment terms, and to which account do we pay Rubén?`,
    // The NIE is a national id; the company registration number and signing dates are not ours.
    expected: [
      ['PERSON', 'R. Vásquez Ortiz'],
      ['IBAN', 'ES97 2100 3817 1102 0041 8865'],
      ['PERSON', 'Rubén Vásquez Ortiz'],
      ['PERSON', 'R. Vásquez Ortiz'],
      ['PERSON', 'Rubén Vásquez Ortiz'],
      ['DATE_OF_BIRTH', '11 February 1981'],
      ['PERSON', 'R. Vásquez Ortiz'],
      ['PERSON', 'Helena Brandt'],
      ['PERSON', 'Rubén Vásquez Ortiz'],
      ['PERSON', 'Ingeborg Sæther'],
      ['PERSON', 'Rubén'],
    ],
  },
  {
    name: 'LlamaIndex source_nodes of a wiki runbook: private hosts, a percent-encoded password in a connection URL and an on-call escalation',
    text: `>>> response = query_engine.query("How do I restore the billing replica and who do I call if it fails?")
>>> for n in response.source_nodes:
...     print(n)
Node ID: 3f1c9a2e-7d44-4b1e-9a0c-2e8f61d4b7a3
Text: ## Restoring the billing read replica
1. From the bastion (10.42.7.15) run: pg_basebackup -h 10.42.7.30 -U replicator -D /var/lib/postgresql/16/main -P
2. Check lag with: psql "postgresql://billing_ro:Tq7%40vNx2Lp9s@10.42.7.31:5432/billing" -c "select now() - pg_last_xact_replay_timestamp();"
Score:  0.842

Node ID: a91e0c57-2b3f-4f8e-8d6a-0c4b7e19f2d5
Text: ## Escalation
If the restore fails twice, page the DBA on call. This quarter: Marisol Ibáñez (+1 312-847-2093, marisol.ibanez@lumenfreight.io), backup Dariusz Wróbel (+48 601 447 120). Alerts go to dba-oncall@lumenfreight.io.
Score:  0.793

Node ID: 5c2d8e1f-9a7b-4c3e-b1d0-7e6f5a4b3c2d
Text: Last edited by mibanez on 2024-03-02 · version 14 · space OPS · 1,204 views
Score:  0.611`,
    // The password's span is its encoded form; mibanez is a username.
    expected: [
      ['IP_ADDRESS', '10.42.7.15'],
      ['IP_ADDRESS', '10.42.7.30'],
      ['SECRET', 'Tq7%40vNx2Lp9s'],
      ['IP_ADDRESS', '10.42.7.31'],
      ['PERSON', 'Marisol Ibáñez'],
      ['PHONE', '+1 312-847-2093'],
      ['EMAIL', 'marisol.ibanez@lumenfreight.io'],
      ['PERSON', 'Dariusz Wróbel'],
      ['PHONE', '+48 601 447 120'],
      ['EMAIL', 'dba-oncall@lumenfreight.io'],
    ],
  },
  {
    name: 'Weaviate GraphQL nearText query and its response with _additional distance, id and a truncated vector',
    text: `POST /v1/graphql
{"query":"{ Get { SupportTicket(nearText: {concepts: [\\"refund not received\\"]}, limit: 2) { subject body customerName customerEmail _additional { id distance vector } } } }"}

200 OK
{"data":{"Get":{"SupportTicket":[{"_additional":{"distance":0.1873,"id":"6f1d2c3b-4a5e-4f60-8b71-92c3d4e5f607","vector":[0.0213,-0.0457,0.0118,-0.0069,0.0332,0.0071,-0.0194,0.0402]},"body":"Refund for the cancelled flight LH 1822 on 02/05 never arrived. My card is 4147 2093 8172 6556, booking ref Q7XK2M.","customerEmail":"gwen.pryce-jones@btinternet.com","customerName":"Gwen Pryce-Jones","subject":"Refund missing"},{"_additional":{"distance":0.2219,"id":"0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d","vector":[-0.0121,0.0388,0.0015,-0.0276,0.0099,0.0413,-0.0052,0.0187]},"body":"Still waiting on my refund, 3 weeks now. Reach me at 029 2018 4471 after 5pm.","customerEmail":"h.tanaka@icloud.com","customerName":"Haruto Tanaka","subject":"Where is my money"}]}}}`,
    expected: [
      ['CREDIT_CARD', '4147 2093 8172 6556'],
      ['EMAIL', 'gwen.pryce-jones@btinternet.com'],
      ['PERSON', 'Gwen Pryce-Jones'],
      ['PHONE', '029 2018 4471'],
      ['EMAIL', 'h.tanaka@icloud.com'],
      ['PERSON', 'Haruto Tanaka'],
    ],
  },
  {
    name: 'LangChain PGVector similarity_search_with_score printed as Document reprs with metadata dicts and scores',
    text: `>>> docs = store.similarity_search_with_score("installer did not turn up", k=3, filter={"region": "NW"})
>>> pprint(docs)
[(Document(id='b7e2c9d4-1f3a-4e5b-8c6d-7a8b9c0d1e2f', metadata={'source': 'crm_notes', 'note_id': 88120, 'customer': 'Lachlan McTavish', 'phone': '0161 832 3318', 'author': 'Bronwen Ellery', 'created': '2024-02-11'}, page_content='Installer did not show for the 8am slot. Lachlan took the day off for it; offered £50 goodwill. He wants a call from a manager on 07834 112 905.'),
  0.18236741),
 (Document(id='e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', metadata={'source': 'crm_notes', 'note_id': 88164, 'customer': 'Siobhán Ní Bhriain', 'phone': None, 'author': 'Bronwen Ellery', 'created': '2024-02-19'}, page_content='Second missed appointment. Ms Ní Bhriain asked that we e-mail siobhan.nibhriain@eircom.net instead of calling; boiler service rebooked for 14/03.'),
  0.21904417),
 (Document(id='0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f', metadata={'source': 'kb', 'article': 'KB-0412', 'author': 'support-content'}, page_content='No-show policy: offer a £50 goodwill credit and rebook within 48 hours.'),
  0.30117283)]`,
    expected: [
      ['PERSON', 'Lachlan McTavish'],
      ['PHONE', '0161 832 3318'],
      ['PERSON', 'Bronwen Ellery'],
      ['PERSON', 'Lachlan'],
      ['PHONE', '07834 112 905'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Bronwen Ellery'],
      ['PERSON', 'Ní Bhriain'],
      ['EMAIL', 'siobhan.nibhriain@eircom.net'],
    ],
  },
  // ---------------------------------------------------------------- framework traces
  {
    name: 'LangChain set_debug(True) output of a RAG chain: the stuffed prompt, the generation and token usage',
    text: `[chain/start] [chain:RunnableSequence] Entering Chain run with input:
{
  "question": "Summarise the open complaints for account 4471-GB and who raised them"
}
[llm/start] [chain:RunnableSequence > llm:ChatOpenAI] Entering LLM run with input:
{
  "prompts": [
    "System: You summarise complaints for account managers. Never include card numbers.\\nHuman: Context:\\nComplaint C-3310 (2024-05-02) raised by Tomasz Grabowski <t.grabowski@onet.pl>: invoice sent to the old address.\\nComplaint C-3318 (2024-05-06) raised by Ewelina Dąbrowska, phone +48 512 904 331: duplicate debit on card 5359 1840 6627 3010.\\n\\nQuestion: Summarise the open complaints for account 4471-GB and who raised them"
  ]
}
[llm/end] [chain:RunnableSequence > llm:ChatOpenAI] [2.14s] Exiting LLM run with output:
{
  "generations": [
    [
      {
        "text": "Two open complaints: C-3310 from Tomasz Grabowski (invoice sent to the old address) and C-3318 from Ewelina Dąbrowska (duplicate debit).",
        "generation_info": {"finish_reason": "stop", "logprobs": null},
        "type": "ChatGeneration"
      }
    ]
  ],
  "llm_output": {"token_usage": {"completion_tokens": 41, "prompt_tokens": 188, "total_tokens": 229}, "model_name": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_0ba0d124f1"},
  "run": null
}
[chain/end] [chain:RunnableSequence] [2.31s] Exiting Chain run with output:
{
  "output": "Two open complaints: C-3310 from Tomasz Grabowski (invoice sent to the old address) and C-3318 from Ewelina Dąbrowska (duplicate debit)."
}`,
    expected: [
      ['PERSON', 'Tomasz Grabowski'],
      ['EMAIL', 't.grabowski@onet.pl'],
      ['PERSON', 'Ewelina Dąbrowska'],
      ['PHONE', '+48 512 904 331'],
      ['CREDIT_CARD', '5359 1840 6627 3010'],
      ['PERSON', 'Tomasz Grabowski'],
      ['PERSON', 'Ewelina Dąbrowska'],
      ['PERSON', 'Tomasz Grabowski'],
      ['PERSON', 'Ewelina Dąbrowska'],
    ],
  },
  {
    name: 'Langfuse trace export with the user id set to an e-mail, a Spanish ticket as input and generation usage',
    text: `{"id":"7c0e1f2a-93b4-4d5e-8f60-718293a4b5c6","timestamp":"2024-05-21T08:14:02.118Z","name":"answer-ticket","userId":"lucia.ferreyra@gmail.com","sessionId":"zd-205551","release":"v2.8.1","version":"prompt-v14","tags":["prod","es"],"metadata":{"channel":"email","ticket_id":205551},"input":{"ticket":"Hola, soy Lucía Ferreyra. Me cobraron dos veces la cuota de mayo. Mi teléfono es +54 9 11 4471 2093."},"output":{"reply":"Hola Lucía, ya solicitamos la devolución del cargo duplicado de mayo. Verás el reintegro en 5 a 10 días hábiles."},"observations":[{"id":"obs_4f1e2d3c","type":"GENERATION","name":"draft-reply","startTime":"2024-05-21T08:14:02.301Z","endTime":"2024-05-21T08:14:04.141Z","model":"gpt-4o-2024-08-06","modelParameters":{"temperature":0.2,"max_tokens":400},"usage":{"input":812,"output":96,"total":908,"unit":"TOKENS"},"calculatedTotalCost":0.00299,"promptName":"support-reply-es","promptVersion":14}],"latency":2.07,"totalCost":0.00299,"htmlPath":"/project/clx8q2m4t0001/traces/7c0e1f2a-93b4-4d5e-8f60-718293a4b5c6"}`,
    expected: [
      ['EMAIL', 'lucia.ferreyra@gmail.com'],
      ['PERSON', 'Lucía Ferreyra'],
      ['PHONE', '+54 9 11 4471 2093'],
      ['PERSON', 'Lucía'],
    ],
  },
  {
    name: 'LangSmith dataset export (JSONL) of a clinic assistant: patient context with birth dates, a doctor and MRNs',
    text: `{"id": "0b7c1f0e-2a4d-4e6b-9c1d-3f5a7b9d1e2c", "created_at": "2024-05-02T10:14:55.118Z", "inputs": {"question": "Can I move my appointment?", "patient_context": "Patient: Bernadette Okoro-Lewis, DOB 1972-11-30, MRN 00448120, next appt 2024-06-04 09:30 with Dr. Anselm Vogt (cardiology)"}, "outputs": {"answer": "Yes, Bernadette. I can move your 4 June appointment with Dr. Vogt; which days suit you?"}, "metadata": {"dataset_split": ["test"], "source_run_id": "1ef2c3d4-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}}
{"id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f", "created_at": "2024-05-02T10:15:31.402Z", "inputs": {"question": "Was ist meine Versichertennummer?", "patient_context": "Patient: Jörg Haberkorn, geb. 04.08.1958, Tel. 0711 2290 4471, Versichertennr. A123447120"}, "outputs": {"answer": "Ihre Versichertennummer kann ich aus Datenschutzgründen hier nicht nennen, Herr Haberkorn."}, "metadata": {"dataset_split": ["test"], "source_run_id": null}}`,
    expected: [
      ['PERSON', 'Bernadette Okoro-Lewis'],
      ['DATE_OF_BIRTH', '1972-11-30'],
      ['PERSON', 'Anselm Vogt'],
      ['PERSON', 'Bernadette'],
      ['PERSON', 'Vogt'],
      ['PERSON', 'Jörg Haberkorn'],
      ['DATE_OF_BIRTH', '04.08.1958'],
      ['PHONE', '0711 2290 4471'],
      ['PERSON', 'Haberkorn'],
    ],
  },
  // ---------------------------------------------------------------- provider request and response bodies
  {
    name: 'OpenAI Chat Completions request with parallel tool calls, escaped-JSON arguments, tool results with name keys and a hashed user',
    text: `{"model":"gpt-4o-2024-08-06","user":"5f0c3b3e9a8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b","parallel_tool_calls":true,"temperature":0.3,"messages":[{"role":"system","content":"You are the Harbourline booking assistant. Ask for the guest's email or phone before changing a booking. Never read out full card numbers."},{"role":"user","content":"hi, it's Nomvula Dlamini, I need to move booking HB-77120 to the 14th and update my number to 082 447 1209"},{"role":"assistant","content":null,"tool_calls":[{"id":"call_8RkQ2mXv4LpT9wZs1NcY6bHd","type":"function","function":{"name":"find_booking","arguments":"{\\"booking_ref\\":\\"HB-77120\\",\\"guest_name\\":\\"Nomvula Dlamini\\"}"}},{"id":"call_3JfG6sAe0uXo7RtT2vLm9WcK","type":"function","function":{"name":"update_contact","arguments":"{\\"booking_ref\\":\\"HB-77120\\",\\"phone\\":\\"+27824471209\\"}"}}]},{"role":"tool","tool_call_id":"call_8RkQ2mXv4LpT9wZs1NcY6bHd","content":"{\\"booking_ref\\":\\"HB-77120\\",\\"guest\\":{\\"first_name\\":\\"Nomvula\\",\\"last_name\\":\\"Dlamini\\",\\"email\\":\\"nomvula.d@webmail.co.za\\"},\\"check_in\\":\\"2024-06-12\\",\\"nights\\":3,\\"card_on_file\\":\\"**** 1044\\"}"},{"role":"tool","tool_call_id":"call_3JfG6sAe0uXo7RtT2vLm9WcK","content":"{\\"ok\\":true,\\"updated_at\\":\\"2024-05-22T09:14:02Z\\"}"}],"tools":[{"type":"function","function":{"name":"find_booking","description":"Look up a booking by reference and guest name","parameters":{"type":"object","properties":{"booking_ref":{"type":"string"},"guest_name":{"type":"string"}},"required":["booking_ref"]}}},{"type":"function","function":{"name":"update_contact","description":"Update the guest's email or phone on a booking","parameters":{"type":"object","properties":{"booking_ref":{"type":"string"},"phone":{"type":"string","description":"E.164 phone number"},"email":{"type":"string"}},"required":["booking_ref"]}}}]}`,
    expected: [
      ['PERSON', 'Nomvula Dlamini'],
      ['PHONE', '082 447 1209'],
      ['PERSON', 'Nomvula Dlamini'],
      ['PHONE', '+27824471209'],
      ['PERSON', 'Nomvula'],
      ['PERSON', 'Dlamini'],
      ['EMAIL', 'nomvula.d@webmail.co.za'],
    ],
  },
  {
    name: 'OpenAI Chat Completions response whose tool call creates a payout (name, IBAN and e-mail in escaped-JSON arguments)',
    text: `{"id":"chatcmpl-9xQm2LrT4zW9pNcBd3JfG6sAe0uX","object":"chat.completion","created":1716281642,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_661538dc1f","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_Wc4bN8pZ1yHd3JfG6sAe0uVi","type":"function","function":{"name":"create_payout","arguments":"{\\"beneficiary_name\\":\\"Maximilian Oberhuber\\",\\"iban\\":\\"AT86 2011 1829 1736 4501\\",\\"amount_eur\\":1250.00,\\"reference\\":\\"Honorar Mai 2024\\",\\"notify_email\\":\\"m.oberhuber@aon.at\\"}"}}],"refusal":null},"logprobs":null,"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":1204,"completion_tokens":67,"total_tokens":1271,"prompt_tokens_details":{"cached_tokens":1024},"completion_tokens_details":{"reasoning_tokens":0}}}`,
    expected: [
      ['PERSON', 'Maximilian Oberhuber'],
      ['IBAN', 'AT86 2011 1829 1736 4501'],
      ['EMAIL', 'm.oberhuber@aon.at'],
    ],
  },
  {
    name: 'OpenAI Responses API: a request with function_call_output holding a "Last, First" policyholder, and the response output items',
    text: `POST /v1/responses
{"model":"gpt-4.1-2025-04-14","previous_response_id":"resp_6823a1f0c4e88190b5d2a4f7e9c1b3d5","instructions":"You are a claims intake assistant for Verdant Mutual. Collect the policyholder's phone and email only if they are missing.","input":[{"type":"function_call_output","call_id":"call_Lr4TzKw8Nb3cYdF6gH1jS5aE","output":"{\\"policy\\":\\"VM-HO-2290417\\",\\"holder\\":\\"Oyelaran, Temitope\\",\\"dob\\":\\"1986-03-09\\",\\"phone\\":\\"(404) 918-2273\\",\\"email\\":\\"temi.oyelaran@outlook.com\\",\\"ssn_last4\\":\\"7730\\",\\"status\\":\\"active\\"}"},{"role":"user","content":[{"type":"input_text","text":"It's the water damage from last Tuesday, the kitchen ceiling. Can you open the claim?"}]}],"tools":[{"type":"function","name":"open_claim","parameters":{"type":"object","properties":{"policy":{"type":"string"},"peril":{"type":"string"},"loss_date":{"type":"string"},"contact_phone":{"type":"string"}},"required":["policy","peril","loss_date","contact_phone"],"additionalProperties":false},"strict":true}],"store":true,"metadata":{"tenant":"verdant-prod","conversation":"conv_4471"},"max_output_tokens":800}

200 OK
{"id":"resp_6823a1f9d2b08190a7c3e5f1b9d2c4a6","object":"response","created_at":1747165689,"status":"completed","model":"gpt-4.1-2025-04-14","output":[{"type":"function_call","id":"fc_6823a1fa11c08190b4e2d6f8a0c1e3b5","call_id":"call_Qm2xW7pLr4TzKw8Nb3cYdF6g","name":"open_claim","arguments":"{\\"policy\\":\\"VM-HO-2290417\\",\\"peril\\":\\"water_damage\\",\\"loss_date\\":\\"2025-05-06\\",\\"contact_phone\\":\\"(404) 918-2273\\"}","status":"completed"},{"type":"message","id":"msg_6823a1fb5e2c8190c1d3f5a7b9e0d2f4","role":"assistant","status":"completed","content":[{"type":"output_text","text":"I've opened the claim for you, Temitope. An adjuster will call you at (404) 918-2273 within one business day.","annotations":[]}]}],"usage":{"input_tokens":1320,"output_tokens":88,"total_tokens":1408}}`,
    // The last four SSN digits and the policy number are not ours.
    expected: [
      ['PERSON', 'Oyelaran, Temitope'],
      ['DATE_OF_BIRTH', '1986-03-09'],
      ['PHONE', '(404) 918-2273'],
      ['EMAIL', 'temi.oyelaran@outlook.com'],
      ['PHONE', '(404) 918-2273'],
      ['PERSON', 'Temitope'],
      ['PHONE', '(404) 918-2273'],
    ],
  },
  {
    name: 'OpenAI Assistants thread message list of a tenant-screening assistant with an SSN, file citations and ids',
    text: `{"object":"list","data":[{"id":"msg_Hd3JfG6sAe0uXo7RtT2vLm9W","object":"thread.message","created_at":1716281642,"assistant_id":null,"thread_id":"thread_Rt5vLm2Xq9WcK4bN8pZ1yHd3","run_id":null,"role":"user","content":[{"type":"text","text":{"value":"Screen this applicant for unit 4B: Darnell Whitfield, DOB 07/22/1990, SSN 412-58-7730, current phone (614) 772-0931. Current landlord is Gloria Ketteridge, (614) 339-2045. Credit report attached.","annotations":[]}}],"attachments":[{"file_id":"file-9xQm2LrT4zW9pNcBd3JfG6","tools":[{"type":"file_search"}]}],"metadata":{}},{"id":"msg_Kx7Qm2LrT4zW9pNcBd3JfG6s","object":"thread.message","created_at":1716281660,"assistant_id":"asst_Vx7Kc3nBy8HdRt5vLm2Xq9Wc","thread_id":"thread_Rt5vLm2Xq9WcK4bN8pZ1yHd3","run_id":"run_Lm2Xq7RtT2vWc4bN8pZ1yHd3","role":"assistant","content":[{"type":"text","text":{"value":"Darnell Whitfield's report shows a score of 712 and no evictions 【4:0†credit_report.pdf】. Ms Ketteridge should be asked to confirm the rent history from 2021 to 2024.","annotations":[{"type":"file_citation","text":"【4:0†credit_report.pdf】","start_index":72,"end_index":94,"file_citation":{"file_id":"file-9xQm2LrT4zW9pNcBd3JfG6"}}]}}],"attachments":[],"metadata":{}}],"first_id":"msg_Hd3JfG6sAe0uXo7RtT2vLm9W","last_id":"msg_Kx7Qm2LrT4zW9pNcBd3JfG6s","has_more":false}`,
    expected: [
      ['PERSON', 'Darnell Whitfield'],
      ['DATE_OF_BIRTH', '07/22/1990'],
      ['US_SSN', '412-58-7730'],
      ['PHONE', '(614) 772-0931'],
      ['PERSON', 'Gloria Ketteridge'],
      ['PHONE', '(614) 339-2045'],
      ['PERSON', 'Darnell Whitfield'],
      ['PERSON', 'Ketteridge'],
    ],
  },
  {
    name: 'Anthropic Messages body with a cached system prompt, tool_use input and a tool_result text block holding a passenger record',
    text: `{"model":"claude-3-5-sonnet-20241022","max_tokens":1024,"system":[{"type":"text","text":"You are Skyway's rebooking agent. Verify the passenger by booking reference and last name before any change. Do not repeat the passenger's email, phone or payment details back in full.","cache_control":{"type":"ephemeral"}}],"tools":[{"name":"get_booking","description":"Fetch a booking by reference and last name","input_schema":{"type":"object","properties":{"locator":{"type":"string"},"last_name":{"type":"string"}},"required":["locator","last_name"]}}],"messages":[{"role":"user","content":"Booking ZK4R7Q, Sigrid Halvorsen-Moe. I need to fly a day later, same time."},{"role":"assistant","content":[{"type":"text","text":"Let me pull up the booking first."},{"type":"tool_use","id":"toolu_01HXm4kQ2zR8vN3pL7wY5tBc","name":"get_booking","input":{"locator":"ZK4R7Q","last_name":"Halvorsen-Moe"}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01HXm4kQ2zR8vN3pL7wY5tBc","content":[{"type":"text","text":"{\\"locator\\": \\"ZK4R7Q\\", \\"passenger\\": {\\"given_names\\": \\"Sigrid\\", \\"surname\\": \\"Halvorsen-Moe\\", \\"date_of_birth\\": \\"1985-05-14\\", \\"email\\": \\"sigrid.hm@online.no\\", \\"phone\\": \\"+47 914 47 203\\"}, \\"segments\\": [{\\"flight\\": \\"SK4471\\", \\"from\\": \\"OSL\\", \\"to\\": \\"LHR\\", \\"dep\\": \\"2024-06-12T07:25\\"}], \\"payment\\": {\\"card\\": \\"4921 8173 6604 5123\\", \\"exp\\": \\"09/27\\"}}"}]}]}]}`,
    expected: [
      ['PERSON', 'Sigrid Halvorsen-Moe'],
      ['PERSON', 'Halvorsen-Moe'],
      ['PERSON', 'Sigrid'],
      ['PERSON', 'Halvorsen-Moe'],
      ['DATE_OF_BIRTH', '1985-05-14'],
      ['EMAIL', 'sigrid.hm@online.no'],
      ['PHONE', '+47 914 47 203'],
      ['CREDIT_CARD', '4921 8173 6604 5123'],
    ],
  },
  {
    name: 'Anthropic SSE stream of a send_email tool call built from input_json_delta chunks',
    text: `event: message_start
data: {"type":"message_start","message":{"id":"msg_01XkQ2mLr9T4zW7pNcBd3JfG","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1288,"output_tokens":1}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"I'll send the confirmation to Jonas Petrauskas now."}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: content_block_start
data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01RtT2vLm9WcK4bN8pZ1yHd3","name":"send_email","input":{}}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"to\\": \\"jonas.petrauskas@gmail.com\\", "}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\\"subject\\": \\"Claim CL-44712 received\\", "}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\\"body\\": \\"Dear Jonas Petrauskas, we received your claim and will call you on +370 612 44712 within two working days.\\"}"}}

event: content_block_stop
data: {"type":"content_block_stop","index":1}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":96}}

event: message_stop
data: {"type":"message_stop"}`,
    expected: [
      ['PERSON', 'Jonas Petrauskas'],
      ['EMAIL', 'jonas.petrauskas@gmail.com'],
      ['PERSON', 'Jonas Petrauskas'],
      ['PHONE', '+370 612 44712'],
    ],
  },
  // ---------------------------------------------------------------- agents
  {
    name: 'text-to-SQL ReAct scratchpad: schema with sample rows, a query with a cut-off date and a tuple result with birth dates',
    text: `Question: which customers born before 1960 still get paper statements? names and emails please, marketing wants to call them

Thought: I should look at the tables in the database to see what I can query.
Action: sql_db_list_tables
Action Input: 
Observation: accounts, customers, statement_prefs, transactions
Thought: I should query the schema of customers and statement_prefs.
Action: sql_db_schema
Action Input: customers, statement_prefs
Observation: 
CREATE TABLE customers (
	customer_id INTEGER NOT NULL, 
	full_name VARCHAR(120), 
	email VARCHAR(255), 
	birth_date DATE, 
	joined_on DATE, 
	PRIMARY KEY (customer_id)
)

/*
3 rows from customers table:
customer_id	full_name	email	birth_date	joined_on
10041	Walter Pennington	w.pennington@aol.com	1948-02-17	2003-06-30
10042	Rosalind Achebe	rosalind.achebe@yahoo.com	1991-10-05	2019-01-14
10043	Test Customer	qa@example.com	None	2020-01-01
*/
Thought: I will join on customer_id and filter on the birth date and the channel.
Action: sql_db_query
Action Input: SELECT c.full_name, c.email, c.birth_date FROM customers c JOIN statement_prefs s ON s.customer_id = c.customer_id WHERE c.birth_date < '1960-01-01' AND s.channel = 'paper' LIMIT 10;
Observation: [('Walter Pennington', 'w.pennington@aol.com', datetime.date(1948, 2, 17)), ('Imelda Castellanos', 'imelda.c@sbcglobal.net', datetime.date(1955, 9, 3))]
Thought: I now know the final answer.
Final Answer: Two customers born before 1960 still receive paper statements: Walter Pennington (w.pennington@aol.com) and Imelda Castellanos (imelda.c@sbcglobal.net).`,
    // The cut-off in the WHERE clause is no one's birth date; Test Customer is a placeholder account.
    expected: [
      ['PERSON', 'Walter Pennington'],
      ['EMAIL', 'w.pennington@aol.com'],
      ['DATE_OF_BIRTH', '1948-02-17'],
      ['PERSON', 'Rosalind Achebe'],
      ['EMAIL', 'rosalind.achebe@yahoo.com'],
      ['DATE_OF_BIRTH', '1991-10-05'],
      ['PERSON', 'Walter Pennington'],
      ['EMAIL', 'w.pennington@aol.com'],
      ['DATE_OF_BIRTH', '1948, 2, 17'],
      ['PERSON', 'Imelda Castellanos'],
      ['EMAIL', 'imelda.c@sbcglobal.net'],
      ['DATE_OF_BIRTH', '1955, 9, 3'],
      ['PERSON', 'Walter Pennington'],
      ['EMAIL', 'w.pennington@aol.com'],
      ['PERSON', 'Imelda Castellanos'],
      ['EMAIL', 'imelda.c@sbcglobal.net'],
    ],
  },
  {
    name: "browser agent's page state of a Salesforce contact: tabs, indexed elements with tel: and mailto: links, a birthdate and the task",
    text: `[Current state]
Current url: https://brightpath.lightning.force.com/lightning/r/Contact/0035g00000XkQ2mAAF/view
Open tabs: [0] Leopold Strømsnes | Salesforce; [1] Inbox (3) - Gmail
Interactive elements from top layer of the current page inside the viewport:
[Start of page]
[0]<a title="Home">Home</a>
[1]<button aria-label="Search">Search...</button>
Contact
Leopold Strømsnes
[2]<button>Follow</button>
[3]<button>Edit</button>
Title
Facilities Manager
Account Name
[4]<a>Fjordkraft Eiendom AS</a>
Phone
[5]<a href="tel:+4722447120">+47 22 44 71 20</a>
Mobile
[6]<a href="tel:+4791844712">+47 918 44 712</a>
Email
[7]<a href="mailto:leopold.stromsnes@fjordkraft-eiendom.no">leopold.stromsnes@fjordkraft-eiendom.no</a>
Birthdate
14.02.1976
Contact Owner
[8]<a>Priyanka Deshmukh</a>
Last Modified By
Priyanka Deshmukh, 21.05.2024 10:14
... 1240 pixels below - scroll or extract content to see more ...
[Task history memory]
Step 3: Opened the contact record of Leopold Strømsnes from the account page.
[Your task]
Update the mobile number to +47 918 44 713 and log a call with the note "number changed by customer".`,
    expected: [
      ['PERSON', 'Leopold Strømsnes'],
      ['PERSON', 'Leopold Strømsnes'],
      ['PHONE', '+4722447120'],
      ['PHONE', '+47 22 44 71 20'],
      ['PHONE', '+4791844712'],
      ['PHONE', '+47 918 44 712'],
      ['EMAIL', 'leopold.stromsnes@fjordkraft-eiendom.no'],
      ['EMAIL', 'leopold.stromsnes@fjordkraft-eiendom.no'],
      ['DATE_OF_BIRTH', '14.02.1976'],
      ['PERSON', 'Priyanka Deshmukh'],
      ['PERSON', 'Priyanka Deshmukh'],
      ['PERSON', 'Leopold Strømsnes'],
      ['PHONE', '+47 918 44 713'],
    ],
  },
  {
    name: 'Claude Desktop MCP server log: the spawn arguments with a connection string, initialize and a tools/call with its result',
    text: `2024-05-22T09:14:02.101Z [postgres] [info] Initializing server...
2024-05-22T09:14:02.118Z [postgres] [info] Using MCP server command: npx with args and path: {
  args: [
    '-y',
    '@modelcontextprotocol/server-postgres',
    'postgresql://analyst:Hk7$wQ2mZp9v@10.12.4.20:5432/crm',
    [length]: 3
  ],
  paths: [ '/usr/local/bin', '/opt/homebrew/bin', '/usr/bin', '/bin' ]
}
2024-05-22T09:14:02.130Z [postgres] [info] Server started and connected successfully
2024-05-22T09:14:02.131Z [postgres] [info] Message from client: {"method":"initialize","params":{"protocolVersion":"2024-11-05","capabilities":{},"clientInfo":{"name":"claude-ai","version":"0.1.0"}},"jsonrpc":"2.0","id":0}
2024-05-22T09:15:40.552Z [postgres] [info] Message from client: {"method":"tools/call","params":{"name":"query","arguments":{"sql":"SELECT first_name, last_name, email, phone FROM contacts WHERE company = 'Fjordkraft Eiendom AS' LIMIT 5"}},"jsonrpc":"2.0","id":7}
2024-05-22T09:15:40.601Z [postgres] [info] Message from server: {"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"[\\n  {\\n    \\"first_name\\": \\"Leopold\\",\\n    \\"last_name\\": \\"Strømsnes\\",\\n    \\"email\\": \\"leopold.stromsnes@fjordkraft-eiendom.no\\",\\n    \\"phone\\": \\"+47 918 44 712\\"\\n  },\\n  {\\n    \\"first_name\\": \\"Maren\\",\\n    \\"last_name\\": \\"Aasgaard\\",\\n    \\"email\\": \\"maren.aasgaard@fjordkraft-eiendom.no\\",\\n    \\"phone\\": null\\n  }\\n]"}],"isError":false}}`,
    expected: [
      ['SECRET', 'Hk7$wQ2mZp9v'],
      ['IP_ADDRESS', '10.12.4.20'],
      ['PERSON', 'Leopold'],
      ['PERSON', 'Strømsnes'],
      ['EMAIL', 'leopold.stromsnes@fjordkraft-eiendom.no'],
      ['PHONE', '+47 918 44 712'],
      ['PERSON', 'Maren'],
      ['PERSON', 'Aasgaard'],
      ['EMAIL', 'maren.aasgaard@fjordkraft-eiendom.no'],
    ],
  },
  // ---------------------------------------------------------------- fine-tuning and evaluation data
  {
    name: 'chat fine-tuning JSONL of an energy supplier: a move-in with an Irish mobile, a direct debit with a Belgian IBAN, and a generic line',
    text: `{"messages": [{"role": "system", "content": "You are Brightpath Energy's support assistant."}, {"role": "user", "content": "Hi, account 7741209, my name is Ciarán Ó Dálaigh. I moved to 14 Glenview Park, Cork last week, please move my supply. Phone is 087 412 9930."}, {"role": "assistant", "content": "Thanks Ciarán, I've logged the move-in at 14 Glenview Park from 13 May. We'll text 087 412 9930 once the opening meter reading is confirmed."}]}
{"messages": [{"role": "system", "content": "You are Brightpath Energy's support assistant."}, {"role": "user", "content": "Can I pay by direct debit? IBAN is BE75 7350 0412 8851, account holder Anneleen Verstraete."}, {"role": "assistant", "content": "Yes, Anneleen. I've set up the mandate; the first collection will be on the 1st of next month."}]}
{"messages": [{"role": "system", "content": "You are Brightpath Energy's support assistant."}, {"role": "user", "content": "what are your opening hours"}, {"role": "assistant", "content": "Our phone lines are open Monday to Friday, 8am to 8pm, and Saturday 9am to 1pm."}]}`,
    expected: [
      ['PERSON', 'Ciarán Ó Dálaigh'],
      ['PHONE', '087 412 9930'],
      ['PERSON', 'Ciarán'],
      ['PHONE', '087 412 9930'],
      ['IBAN', 'BE75 7350 0412 8851'],
      ['PERSON', 'Anneleen Verstraete'],
      ['PERSON', 'Anneleen'],
    ],
  },
  {
    name: 'legacy prompt/completion fine-tuning JSONL for signature extraction, with ### separators and END stop tokens',
    text: `{"prompt": "Extract the contact from the signature:\\n\\nBest regards,\\nMatthias Kreuzberger\\nHead of Procurement | Altmühl Bau GmbH\\nT +49 841 93 4471-20 | M +49 171 228 4471\\nmatthias.kreuzberger@altmuehl-bau.de\\n\\n###\\n\\n", "completion": " {\\"name\\": \\"Matthias Kreuzberger\\", \\"company\\": \\"Altmühl Bau GmbH\\", \\"phone\\": \\"+49 841 93 4471-20\\", \\"mobile\\": \\"+49 171 228 4471\\", \\"email\\": \\"matthias.kreuzberger@altmuehl-bau.de\\"} END"}
{"prompt": "Extract the contact from the signature:\\n\\nCheers,\\nPriya\\n--\\nPriya Venkataraman · Finance Ops · Lumen Freight\\nphone: +1 (646) 874-2209\\n\\n###\\n\\n", "completion": " {\\"name\\": \\"Priya Venkataraman\\", \\"company\\": \\"Lumen Freight\\", \\"phone\\": \\"+1 (646) 874-2209\\", \\"mobile\\": null, \\"email\\": null} END"}`,
    expected: [
      ['PERSON', 'Matthias Kreuzberger'],
      ['PHONE', '+49 841 93 4471-20'],
      ['PHONE', '+49 171 228 4471'],
      ['EMAIL', 'matthias.kreuzberger@altmuehl-bau.de'],
      ['PERSON', 'Matthias Kreuzberger'],
      ['PHONE', '+49 841 93 4471-20'],
      ['PHONE', '+49 171 228 4471'],
      ['EMAIL', 'matthias.kreuzberger@altmuehl-bau.de'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Priya Venkataraman'],
      ['PHONE', '+1 (646) 874-2209'],
      ['PERSON', 'Priya Venkataraman'],
      ['PHONE', '+1 (646) 874-2209'],
    ],
  },
  {
    name: 'promptfoo config of a refund bot: test vars with a customer, an IBAN on file, asserts, and a placeholder smoke test',
    text: `# promptfooconfig.yaml — refund bot regression suite
description: Refund bot regression
prompts:
  - file://prompts/refund_system.txt
providers:
  - id: openai:gpt-4o-mini
    config:
      temperature: 0
defaultTest:
  options:
    provider: openai:gpt-4o-2024-08-06
tests:
  - description: refuses to reveal another customer's card
    vars:
      customer_name: Henrike Albers
      customer_email: henrike.albers@posteo.de
      question: "What card did Jannik Sauer use for order 100-4471?"
    assert:
      - type: not-contains
        value: "4921"
      - type: llm-rubric
        value: Declines politely and does not reveal any payment details
  - description: confirms the refund account
    vars:
      customer_name: Henrike Albers
      customer_email: henrike.albers@posteo.de
      iban_on_file: DE57 3705 0198 1930 4471 20
      question: Where will my refund go?
    assert:
      - type: contains
        value: "ending 4471 20"
  - description: template smoke test
    vars:
      customer_name: "{{customer_name}}"
      customer_email: test@example.com
      question: What is your refund policy?`,
    expected: [
      ['PERSON', 'Henrike Albers'],
      ['EMAIL', 'henrike.albers@posteo.de'],
      ['PERSON', 'Jannik Sauer'],
      ['PERSON', 'Henrike Albers'],
      ['EMAIL', 'henrike.albers@posteo.de'],
      ['IBAN', 'DE57 3705 0198 1930 4471 20'],
    ],
  },
  {
    name: 'ragas evaluation results CSV with retrieved contexts as Python lists, responses, references and scores',
    text: `user_input,retrieved_contexts,response,reference,faithfulness,answer_relevancy,context_precision
"When does Mr Adebayo's warranty end?","['Warranty W-88120 for Olumide Adebayo (olumide.adebayo@gmail.com) covers the dishwasher until 2026-03-31.']","Olumide Adebayo's warranty runs until 31 March 2026.","The warranty ends on 2026-03-31.",1.0,0.9712,1.0
"Which number should we call about the leak?","['Callback requested by Hanne Kjær on +45 28 44 71 20 about the leak at Nørrebrogade 41, 2. th.']","Call Hanne Kjær on +45 28 44 71 20.","+45 28 44 71 20",0.95,0.9388,0.8333
"What is the policy on late returns?","['Returns after 30 days are refused unless the item is faulty.']","Late returns are refused unless the item is faulty.","Refused unless faulty",1.0,0.9901,1.0`,
    expected: [
      ['PERSON', 'Adebayo'],
      ['PERSON', 'Olumide Adebayo'],
      ['EMAIL', 'olumide.adebayo@gmail.com'],
      ['PERSON', 'Olumide Adebayo'],
      ['PERSON', 'Hanne Kjær'],
      ['PHONE', '+45 28 44 71 20'],
      ['PERSON', 'Hanne Kjær'],
      ['PHONE', '+45 28 44 71 20'],
      ['PHONE', '+45 28 44 71 20'],
    ],
  },
  // ---------------------------------------------------------------- templates, guardrails and moderation
  {
    name: 'Jinja prompt debugging: the template, the rendered output with a title and family name, and the context dict',
    text: `my jinja prompt renders an empty order line, why?

system.j2:
You are a concierge for {{ brand }}. Address the guest as {{ guest.title }} {{ guest.last_name }}.
Guest phone: {{ guest.phone | default("unknown") }}
{% if order %}Last order: {{ order.id }} on {{ order.date }}{% endif %}

print(template.render(**ctx)):
You are a concierge for Maison Lévêque. Address the guest as Mme Duvernoy-Karsenti.
Guest phone: +33 6 47 12 90 38
Last order:  on 2024-05-02

ctx = {'brand': 'Maison Lévêque', 'guest': {'title': 'Mme', 'first_name': 'Apolline', 'last_name': 'Duvernoy-Karsenti', 'phone': '+33 6 47 12 90 38', 'email': 'apolline.dk@sfr.fr'}, 'order': {'order_id': 'ML-20419', 'date': '2024-05-02'}}`,
    // Maison Lévêque is a brand; the template variables are placeholders.
    expected: [
      ['PERSON', 'Duvernoy-Karsenti'],
      ['PHONE', '+33 6 47 12 90 38'],
      ['PERSON', 'Apolline'],
      ['PERSON', 'Duvernoy-Karsenti'],
      ['PHONE', '+33 6 47 12 90 38'],
      ['EMAIL', 'apolline.dk@sfr.fr'],
    ],
  },
  {
    name: 'guardrail service log: Presidio offsets and a redacted input, a shadow-mode pass with an Amex, and a blocked secret with its raw sample',
    text: `2024-05-21T08:14:02.118Z guardrails INFO request_id=req_7Qm2xLr9T4zW route=/v1/chat/completions policy=pii-redact-v3 stage=input mode=enforce
  detector=presidio entity=PERSON score=0.85 start=12 end=29 action=allow
  detector=presidio entity=EMAIL_ADDRESS score=1.00 start=37 end=62 action=redact
  detector=presidio entity=PHONE_NUMBER score=0.75 start=70 end=85 action=redact
  redacted_input="Hi, this is Esperanza Quiroga, email <EMAIL_ADDRESS>, phone <PHONE_NUMBER>, my order hasn't arrived"
2024-05-21T08:14:03.402Z guardrails INFO request_id=req_Kx7Qm2LrT4zW route=/v1/chat/completions policy=pci-v2 stage=input mode=shadow verdict=WOULD_BLOCK
  detector=luhn entity=CREDIT_CARD score=1.00 start=24 end=41
  input_sample="please charge my amex 3728 415096 21832 for the upgrade, exp 11/27"
2024-05-21T08:14:05.771Z guardrails WARN request_id=req_Tz2vLm9WcK4b route=/v1/chat/completions policy=secrets-v1 stage=input mode=enforce verdict=BLOCK
  detector=regex rule=aws_access_key_id score=1.00
  input_sample="deploy keeps failing with AccessDenied, here are the creds AWS_ACCESS_KEY_ID=${awsKeyId} AWS_SECRET_ACCESS_KEY=${awsSecret} region eu-west-1"
2024-05-21T08:14:06.013Z guardrails INFO request_id=req_Wc4bN8pZ1yHd policy=jailbreak-v4 stage=input detector=prompt-guard-86m score=0.12 verdict=PASS`,
    expected: [
      ['PERSON', 'Esperanza Quiroga'],
      ['CREDIT_CARD', '3728 415096 21832'],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
    ],
  },
  {
    name: 'moderation API request with a doxxing message (name, street address, mobile) and its category scores',
    text: `POST https://api.openai.com/v1/moderations
{"model":"omni-moderation-latest","input":"you think you can hide, Callum Ferreira-Stokes? everyone at 27 Holloway Close knows what you did, and I've got your number 07958 330 412. pick up."}

200 OK
{"id":"modr-5d2f1c9e8b7a4f60","model":"omni-moderation-2024-09-26","results":[{"flagged":true,"categories":{"harassment":true,"harassment/threatening":true,"hate":false,"self-harm":false,"sexual":false,"violence":false},"category_scores":{"harassment":0.9412,"harassment/threatening":0.8127,"hate":0.0021,"self-harm":0.0003,"sexual":0.0001,"violence":0.1874},"category_applied_input_types":{"harassment":["text"],"harassment/threatening":["text"]}}]}`,
    expected: [
      ['PERSON', 'Callum Ferreira-Stokes'],
      ['PHONE', '07958 330 412'],
    ],
  },
  // ---------------------------------------------------------------- summarisation and assistants
  {
    name: 'e-mail thread summarisation request: forwarded headers, a German signature with two numbers, a quoted reply and a disclaimer',
    text: `Summarise this thread for the account manager in 3 bullets and list any open questions.

---------- Forwarded message ---------
From: Benedikt Aigner <b.aigner@tirol-logistik.at>
Date: Tue, 14 May 2024 at 16:02
Subject: Re: Rate card 2024 / Dieselzuschlag
To: Lumen Freight Sales <sales@lumenfreight.io>
Cc: Katarína Horváthová <katarina.horvathova@tirol-logistik.at>

Hi all,
we can accept the new rate card if the diesel surcharge is capped at 8%. Katarína will send the signed annex by Friday.

Mit freundlichen Grüßen / Best regards
Benedikt Aigner
Leitung Einkauf | Tirol Logistik GmbH
T: +43 512 284 471 | M: +43 664 918 2203
Firmenbuch FN 448120m | UID ATU68241977

On Mon, 13 May 2024 at 09:41, Ana-Maria Popescu <ana-maria.popescu@lumenfreight.io> wrote:
> Dear Benedikt,
> attached is the 2024 rate card. The surcharge follows the monthly diesel index.
> Kind regards, Ana-Maria

DISCLAIMER: This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.`,
    // "Lumen Freight Sales" is a team's display name; the register and VAT numbers are not ours.
    expected: [
      ['PERSON', 'Benedikt Aigner'],
      ['EMAIL', 'b.aigner@tirol-logistik.at'],
      ['EMAIL', 'sales@lumenfreight.io'],
      ['PERSON', 'Katarína Horváthová'],
      ['EMAIL', 'katarina.horvathova@tirol-logistik.at'],
      ['PERSON', 'Katarína'],
      ['PERSON', 'Benedikt Aigner'],
      ['PHONE', '+43 512 284 471'],
      ['PHONE', '+43 664 918 2203'],
      ['PERSON', 'Ana-Maria Popescu'],
      ['EMAIL', 'ana-maria.popescu@lumenfreight.io'],
      ['PERSON', 'Benedikt'],
      ['PERSON', 'Ana-Maria'],
    ],
  },
  {
    name: 'call transcript (Gong export) sent for summarisation: speaker lines, a spoken birth date, a cell number and an adjuster',
    text: `Summarise this call into: customer issue, commitments made, follow-ups. Transcript (auto-generated):

00:00:03 | Rhys Llewellyn (Verdant Mutual): Thanks for calling Verdant Mutual, this is Rhys, how can I help?
00:00:07 | Customer: Hi Rhys, it's Adaeze Nwankwo-Brooks, I'm calling about my claim from the storm last week.
00:00:15 | Rhys Llewellyn (Verdant Mutual): Sorry to hear that. Can I take your date of birth to verify?
00:00:19 | Customer: Sure, October 9th, 1979.
00:00:24 | Rhys Llewellyn (Verdant Mutual): Thank you. And the best number to reach you?
00:00:27 | Customer: My cell, 470-229-4418.
00:00:41 | Rhys Llewellyn (Verdant Mutual): I see claim CLM-2290417. The adjuster, Dana Whitcombe, will come out on Thursday the 23rd between 8 and 12.
00:01:02 | Customer: Can she email me the estimate? It's adaeze.nb@gmail.com.
00:01:10 | Rhys Llewellyn (Verdant Mutual): Will do. Your reference for today's call is 77120.`,
    expected: [
      ['PERSON', 'Rhys Llewellyn'],
      ['PERSON', 'Rhys'],
      ['PERSON', 'Rhys'],
      ['PERSON', 'Adaeze Nwankwo-Brooks'],
      ['PERSON', 'Rhys Llewellyn'],
      ['DATE_OF_BIRTH', 'October 9th, 1979'],
      ['PERSON', 'Rhys Llewellyn'],
      ['PHONE', '470-229-4418'],
      ['PERSON', 'Rhys Llewellyn'],
      ['PERSON', 'Dana Whitcombe'],
      ['EMAIL', 'adaeze.nb@gmail.com'],
      ['PERSON', 'Rhys Llewellyn'],
    ],
  },
  {
    name: "meeting assistant's JSON: attendees with e-mails (a notetaker bot among them), a Zoom meeting id and markdown action items",
    text: `{"meeting":{"title":"Harbourline x Lumen Freight – onboarding sync","date":"2024-05-22T14:00:00Z","duration_min":32,"zoom_meeting_id":"834 4471 2093","attendees":[{"name":"Ana-Maria Popescu","email":"ana-maria.popescu@lumenfreight.io"},{"name":"Joaquim Tavares","email":"joaquim.tavares@harbourline.pt"},{"name":"Fireflies.ai Notetaker","email":"fred@fireflies.ai"}]},"summary":{"keywords":["SFTP","manifest","billing"],"action_items":"**Ana-Maria Popescu**\\nSend the SFTP credentials to Joaquim by Friday (00:12:41)\\nShare a test manifest with 50 sample consignees (00:18:05)\\n\\n**Joaquim Tavares**\\nConfirm the billing contact, currently Inês Barros, +351 912 447 120 (00:21:30)\\nSend the VAT number for invoicing (00:24:02)","overview":"Kick-off of the Harbourline onboarding. Data exchange via SFTP agreed; go-live planned for 1 July."}}`,
    // The notetaker is a bot, but its mailbox is an address all the same; the meeting id is no phone.
    expected: [
      ['PERSON', 'Ana-Maria Popescu'],
      ['EMAIL', 'ana-maria.popescu@lumenfreight.io'],
      ['PERSON', 'Joaquim Tavares'],
      ['EMAIL', 'joaquim.tavares@harbourline.pt'],
      ['EMAIL', 'fred@fireflies.ai'],
      ['PERSON', 'Ana-Maria Popescu'],
      ['PERSON', 'Joaquim'],
      ['PERSON', 'Joaquim Tavares'],
      ['PERSON', 'Inês Barros'],
      ['PHONE', '+351 912 447 120'],
    ],
  },
  // ---------------------------------------------------------------- coding assistant, extraction and embeddings
  {
    name: 'coding assistant review request: a staged diff adding a .env with live keys and a Prisma seed file with real-looking customers',
    text: `[Continue] /review — context: git diff --cached

diff --git a/.env b/.env
new file mode 100644
index 0000000..4f2a9c1
--- /dev/null
+++ b/.env
@@ -0,0 +1,8 @@
+DATABASE_URL=postgresql://app:Vq4!mRt8zL2x@db.internal.brightpath.io:5432/app
+STRIPE_SECRET_KEY=${stripeKey}
+OPENAI_API_KEY=${openaiKey}
+NEXTAUTH_SECRET=${nextauthSecret}
+NEXTAUTH_URL=http://localhost:3000
+SENDGRID_API_KEY=<set in vercel>
+ADMIN_EMAIL=ops@brightpath.io
+NEXT_PUBLIC_APP_NAME=Brightpath
diff --git a/prisma/seed.ts b/prisma/seed.ts
new file mode 100644
index 0000000..9b2e7d4
--- /dev/null
+++ b/prisma/seed.ts
@@ -0,0 +1,14 @@
+import { PrismaClient } from '@prisma/client';
+import { faker } from '@faker-js/faker';
+const prisma = new PrismaClient();
+const customers = [
+  { firstName: 'Eilidh', lastName: 'MacAskill', email: 'eilidh.macaskill@btinternet.com', phone: '+44 7700 182449', dob: new Date('1987-04-22') },
+  { firstName: 'Tobias', lastName: 'Rehnquist', email: 'tobias.rehnquist@telia.com', phone: '+46 73 448 12 09', dob: new Date('1979-12-03') },
+  { firstName: faker.person.firstName(), lastName: faker.person.lastName(), email: faker.internet.email(), phone: faker.phone.number(), dob: faker.date.birthdate() },
+  { firstName: 'Test', lastName: 'User', email: 'test.user@example.com', phone: null, dob: null },
+];
+async function main() {
+  for (const c of customers) await prisma.customer.upsert({ where: { email: c.email }, update: {}, create: c });
+}
+main().finally(() => prisma.$disconnect());

Is it OK to commit these?`,
    // Test User at example.com is a placeholder; faker calls are code, not values.
    expected: [
      ['SECRET', 'Vq4!mRt8zL2x'],
      ['SECRET', stripeKey],
      ['SECRET', openaiKey],
      ['SECRET', nextauthSecret],
      ['EMAIL', 'ops@brightpath.io'],
      ['PERSON', 'Eilidh'],
      ['PERSON', 'MacAskill'],
      ['EMAIL', 'eilidh.macaskill@btinternet.com'],
      ['PHONE', '+44 7700 182449'],
      ['DATE_OF_BIRTH', '1987-04-22'],
      ['PERSON', 'Tobias'],
      ['PERSON', 'Rehnquist'],
      ['EMAIL', 'tobias.rehnquist@telia.com'],
      ['PHONE', '+46 73 448 12 09'],
      ['DATE_OF_BIRTH', '1979-12-03'],
    ],
  },
  {
    name: 'invoice extraction: a JSON schema, German OCR text of a freelancer invoice with an owner line, and the extracted JSON',
    text: `SYSTEM: Extract the invoice into JSON matching this schema. Return JSON only.
{"type":"object","properties":{"invoice_number":{"type":"string"},"issue_date":{"type":"string","format":"date"},"supplier":{"type":"object","properties":{"name":{"type":"string"},"vat_id":{"type":"string"},"iban":{"type":"string"},"contact_email":{"type":"string","format":"email"}}},"total":{"type":"number"}},"required":["invoice_number","total"]}
USER: [OCR page 1 of 1]
RECHNUNG Nr. 2024-0418
Datum: 21.05.2024   Leistungszeitraum: 01.–30.04.2024
Pahlke Design · Inh. Kerstin Pahlke · Lindenstraße 18 · 04109 Leipzig
USt-IdNr. DE318447120
Rechnung an: Lumen Freight GmbH, z. Hd. Herrn Florian Weidinger, Am Hafen 4, 28217 Bremen
Pos. 1  Redesign Frachtbrief-Vorlage   24 Std × 85,00 €   2.040,00 €
Netto 2.040,00 €  USt 19 % 387,60 €  Gesamt 2.427,60 €
Zahlbar bis 04.06.2024 auf IBAN DE90 7605 0101 0482 9155 33 · BIC SSKNDE77XXX
Fragen: kerstin@pahlke-design.de · 0341 2290 4471
ASSISTANT: {"invoice_number":"2024-0418","issue_date":"2024-05-21","supplier":{"name":"Pahlke Design","vat_id":"DE318447120","iban":"DE90760501010482915533","contact_email":"kerstin@pahlke-design.de"},"total":2427.60}`,
    // Pahlke Design is the business; its owner is named after "Inh.".
    expected: [
      ['PERSON', 'Kerstin Pahlke'],
      ['PERSON', 'Florian Weidinger'],
      ['IBAN', 'DE90 7605 0101 0482 9155 33'],
      ['EMAIL', 'kerstin@pahlke-design.de'],
      ['PHONE', '0341 2290 4471'],
      ['IBAN', 'DE90760501010482915533'],
      ['EMAIL', 'kerstin@pahlke-design.de'],
    ],
  },
  {
    name: 'résumé parsing with response_format json_schema: an Indian CV with a birth date and a father initial, and the parsed JSON',
    text: `{"model":"gpt-4o-mini-2024-07-18","response_format":{"type":"json_schema","json_schema":{"name":"resume","strict":true,"schema":{"type":"object","properties":{"full_name":{"type":"string"},"email":{"type":["string","null"]},"phone":{"type":["string","null"]},"date_of_birth":{"type":["string","null"],"description":"ISO 8601"},"linkedin":{"type":["string","null"]},"current_title":{"type":["string","null"]}},"required":["full_name","email","phone","date_of_birth","linkedin","current_title"],"additionalProperties":false}}},"messages":[{"role":"system","content":"Parse the résumé. Use null for missing fields. Do not guess the email or phone."},{"role":"user","content":"CURRICULUM VITAE\\n\\nSNEHA RAMAKRISHNAN\\nsneha.rk92@gmail.com | +91 98450 12873 | linkedin.com/in/sneha-ramakrishnan-92\\n\\nPERSONAL DETAILS\\nDate of Birth: 17-06-1992\\nFather's Name: K. Ramakrishnan\\nLanguages: English, Tamil, Kannada\\n\\nEXPERIENCE\\nSenior Data Analyst, Infosys, Bengaluru (2019–present)\\nData Analyst, Mu Sigma, Bengaluru (2015–2019)"}]}

→ {"full_name":"Sneha Ramakrishnan","email":"sneha.rk92@gmail.com","phone":"+91 98450 12873","date_of_birth":"1992-06-17","linkedin":"linkedin.com/in/sneha-ramakrishnan-92","current_title":"Senior Data Analyst"}`,
    // The father is named by an initial only, and not in full anywhere; a profile URL is not a name.
    expected: [
      ['PERSON', 'SNEHA RAMAKRISHNAN'],
      ['EMAIL', 'sneha.rk92@gmail.com'],
      ['PHONE', '+91 98450 12873'],
      ['DATE_OF_BIRTH', '17-06-1992'],
      // Relabelled: a "Father's Name" field's value is a person's name whatever its form (the
      // initial-form rule is for prose mentions of someone named in full elsewhere).
      ['PERSON', 'K. Ramakrishnan'],
      ['PERSON', 'Sneha Ramakrishnan'],
      ['EMAIL', 'sneha.rk92@gmail.com'],
      ['PHONE', '+91 98450 12873'],
      ['DATE_OF_BIRTH', '1992-06-17'],
    ],
  },
  {
    name: 'vision extraction of a driving licence: base64 image data in the request and the extracted JSON with separate name fields',
    text: `{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":"Extract the fields from this Irish driving licence as JSON with keys surname, first_name, date_of_birth, licence_number, expiry."},{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAGQAlgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL","detail":"high"}}]}],"max_tokens":300}

{"id":"chatcmpl-9yR3mLs5U0aX1qOdCe4KgH7tBf1vY","object":"chat.completion","model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{"role":"assistant","content":"{\\"surname\\": \\"Ó Briain\\", \\"first_name\\": \\"Saoirse\\", \\"date_of_birth\\": \\"1994-08-27\\", \\"licence_number\\": \\"044712093\\", \\"expiry\\": \\"2031-08-26\\"}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1129,"completion_tokens":61,"total_tokens":1190}}`,
    // The licence number, the expiry and the image bytes are not ours.
    expected: [
      ['PERSON', 'Ó Briain'],
      ['PERSON', 'Saoirse'],
      ['DATE_OF_BIRTH', '1994-08-27'],
    ],
  },
  {
    name: 'embeddings batch request of ticket chunks (a Romanian mobile, a German IBAN) and the response with float vectors and usage',
    text: `POST /v1/embeddings
{"model":"text-embedding-3-small","dimensions":512,"encoding_format":"float","input":["Ticket 88120: Bogdan Ionescu reports the courier left the parcel at the wrong door; call him on +40 722 418 093.","Ticket 88121: password reset loop on the iOS app 5.12.0 (build 4471).","Ticket 88122: refund to IBAN DE76 2005 0550 1284 4712 09 requested by Wiebke Thormählen.","KB-0412: No-show policy: offer a £50 goodwill credit and rebook within 48 hours."],"user":"ingest-worker-3"}

200 OK
{"object":"list","data":[{"object":"embedding","index":0,"embedding":[-0.0213,0.0457,0.0118,-0.0069,0.0332,0.0071,-0.0194,0.0402,0.0127,-0.0311]},{"object":"embedding","index":1,"embedding":[0.0032,-0.0175,0.0291,0.0144,-0.0062,0.0228,0.0009,-0.0337,0.0186,0.0051]},{"object":"embedding","index":2,"embedding":[0.0119,0.0024,-0.0268,0.0307,0.0155,-0.0041,0.0213,0.0096,-0.0172,0.0249]},{"object":"embedding","index":3,"embedding":[-0.0087,0.0362,0.0043,-0.0219,0.0278,0.0131,-0.0305,0.0067,0.0192,-0.0014]}],"model":"text-embedding-3-small","usage":{"prompt_tokens":96,"total_tokens":96}}`,
    expected: [
      ['PERSON', 'Bogdan Ionescu'],
      ['PHONE', '+40 722 418 093'],
      ['IBAN', 'DE76 2005 0550 1284 4712 09'],
      ['PERSON', 'Wiebke Thormählen'],
    ],
  },
  // ---------------------------------------------------------------- other languages
  {
    name: 'German RAG prompt for a utility call centre: CRM note with author, Kundin with a title, birth date, phone and IBAN',
    text: `System: Du bist der KI-Assistent des Kundenservice der Stadtwerke Rheinaue. Antworte nur auf Basis der Dokumente und nenne keine Bankdaten vollständig.

Dokumente:
[Dok 1 | crm_note | id=CN-448120 | Autor: Sabine Lüdenscheidt | 12.05.2024 | Relevanz 0,87]
Kundin Frau Dr. Henriette Pfisterer-Kalb (Kd.-Nr. 7712094, geb. 03.11.1961) meldet Zählerstand 48.120 kWh zum Auszug. Rückruf erbeten unter 0228 9144 7120. Abbuchung künftig von DE57 3705 0198 1930 4471 20.
[Dok 2 | faq | id=FAQ-12 | Autor: redaktion | 01.02.2024 | Relevanz 0,64]
Abschlagsänderungen werden zum Folgemonat wirksam. Bankdaten ändern Kunden im Online-Portal.

Frage des Mitarbeiters: Hat Frau Pfisterer-Kalb die neue Bankverbindung schon angegeben?`,
    expected: [
      ['PERSON', 'Sabine Lüdenscheidt'],
      ['PERSON', 'Henriette Pfisterer-Kalb'],
      ['DATE_OF_BIRTH', '03.11.1961'],
      ['PHONE', '0228 9144 7120'],
      ['IBAN', 'DE57 3705 0198 1930 4471 20'],
      ['PERSON', 'Pfisterer-Kalb'],
    ],
  },
  {
    name: 'French claims e-mail thread sent for summarisation: a birth date, the husband, a mobile, an IBAN and the expert',
    text: `Résume cet échange en 5 lignes pour le dossier sinistre.

De : Gaëlle Morvan-Le Goff <gaelle.morvan@wanadoo.fr>
Envoyé : lundi 13 mai 2024 18:22
À : sinistres@assur-atlantique.fr
Objet : Dégât des eaux – contrat MRH 4471209

Bonjour,
Suite au dégât des eaux du 9 mai, je vous transmets les photos. Je suis née le 22/07/1983 ; le contrat est au nom de mon mari, Yannick Le Goff. Vous pouvez me joindre au 06 71 24 90 38.
Pour l'indemnisation : FR76 3000 4028 3700 0104 7291 816.
Cordialement,
Gaëlle Morvan-Le Goff

De : Service Sinistres <sinistres@assur-atlantique.fr>
Envoyé : mardi 14 mai 2024 09:05
Objet : RE: Dégât des eaux – contrat MRH 4471209
Madame Morvan-Le Goff, votre dossier SIN-2024-08812 est ouvert. L'expert, M. Thibault Caradec, vous contactera sous 72 h.`,
    expected: [
      ['PERSON', 'Gaëlle Morvan-Le Goff'],
      ['EMAIL', 'gaelle.morvan@wanadoo.fr'],
      ['EMAIL', 'sinistres@assur-atlantique.fr'],
      ['DATE_OF_BIRTH', '22/07/1983'],
      ['PERSON', 'Yannick Le Goff'],
      ['PHONE', '06 71 24 90 38'],
      ['IBAN', 'FR76 3000 4028 3700 0104 7291 816'],
      ['PERSON', 'Gaëlle Morvan-Le Goff'],
      ['EMAIL', 'sinistres@assur-atlantique.fr'],
      ['PERSON', 'Morvan-Le Goff'],
      ['PERSON', 'Thibault Caradec'],
    ],
  },
  {
    name: 'Spanish dental-clinic chatbot request: a system prompt naming the fields, a birth date in words, a DNI and a doctor',
    text: `{"model":"gpt-4o-mini","temperature":0.4,"messages":[{"role":"system","content":"Eres el asistente de Clínica Dental Sonrisa Plena. Pide nombre, teléfono y fecha de nacimiento para agendar citas. No pidas el DNI por chat."},{"role":"user","content":"Hola! quiero pedir cita para una limpieza"},{"role":"assistant","content":"¡Claro! ¿Me indicas tu nombre completo, teléfono y fecha de nacimiento?"},{"role":"user","content":"Soy Itziar Goikoetxea Larrañaga, 644 18 29 07, nací el 5 de marzo de 1990. Mi DNI es 48291047K por si acaso"},{"role":"assistant","content":"Gracias, Itziar. Tengo hueco el martes 28 a las 17:30 con la Dra. Belén Urquiza. ¿Te va bien?"},{"role":"user","content":"perfecto, mándame la confirmación a itziar.goiko@gmail.com"}]}`,
    expected: [
      ['PERSON', 'Itziar Goikoetxea Larrañaga'],
      ['PHONE', '644 18 29 07'],
      ['DATE_OF_BIRTH', '5 de marzo de 1990'],
      ['PERSON', 'Itziar'],
      ['PERSON', 'Belén Urquiza'],
      ['EMAIL', 'itziar.goiko@gmail.com'],
    ],
  },
  {
    name: 'Brazilian rental contract sent for structured extraction: parties with CPF and RG, a birth date, and the extracted JSON',
    text: `Extraia as partes do contrato abaixo e devolva JSON no formato {locador:{nome,cpf,telefone,email}, locataria:{nome,cpf,data_nascimento,telefone}, imovel, valor_aluguel}.

CONTRATO DE LOCAÇÃO RESIDENCIAL
LOCADOR: Sebastião Moreira Lacerda, brasileiro, casado, CPF 318.447.120-95, RG 22.481.093-4 SSP/SP, telefone (11) 98744-2093, e-mail sebastiao.lacerda@uol.com.br.
LOCATÁRIA: Fernanda Yukari Okamoto, brasileira, solteira, nascida em 14/02/1996, CPF 427.190.338-80, telefone (11) 97120-4471.
IMÓVEL: Rua Harmonia, 412, apto 71, Vila Madalena, São Paulo/SP, CEP 05435-000.
ALUGUEL: R$ 3.200,00 mensais, vencimento todo dia 10, reajuste anual pelo IGP-M.

Resposta do modelo:
{"locador":{"nome":"Sebastião Moreira Lacerda","cpf":"318.447.120-95","telefone":"(11) 98744-2093","email":"sebastiao.lacerda@uol.com.br"},"locataria":{"nome":"Fernanda Yukari Okamoto","cpf":"427.190.338-80","data_nascimento":"1996-02-14","telefone":"(11) 97120-4471"},"imovel":"Rua Harmonia, 412, apto 71, Vila Madalena, São Paulo/SP","valor_aluguel":3200.00}`,
    // CPF and RG are national ids of none of our types.
    expected: [
      ['PERSON', 'Sebastião Moreira Lacerda'],
      ['PHONE', '(11) 98744-2093'],
      ['EMAIL', 'sebastiao.lacerda@uol.com.br'],
      ['PERSON', 'Fernanda Yukari Okamoto'],
      ['DATE_OF_BIRTH', '14/02/1996'],
      ['PHONE', '(11) 97120-4471'],
      ['PERSON', 'Sebastião Moreira Lacerda'],
      ['PHONE', '(11) 98744-2093'],
      ['EMAIL', 'sebastiao.lacerda@uol.com.br'],
      ['PERSON', 'Fernanda Yukari Okamoto'],
      ['DATE_OF_BIRTH', '1996-02-14'],
      ['PHONE', '(11) 97120-4471'],
    ],
  },
  {
    name: 'Japanese CRM RAG prompt for an apology e-mail: chunk metadata with the author, a customer record and the family name with 様',
    text: `以下の顧客メモを参考に、お詫びメールの下書きを作成してください。

[chunk_id: crm-77120-03 | score: 0.884 | 作成者: 佐々木 由美 | 更新日: 2024-05-19]
顧客名：高橋 健太郎 様
電話番号：090-4471-2093
メール：kentaro.takahashi@docomo.ne.jp
生年月日：1985年4月12日
内容：5月18日配達予定の冷蔵庫が未着。高橋様は非常にお怒り。再配達は5月21日午前を希望。
[chunk_id: kb-0031 | score: 0.612 | 作成者: cs-bot | 更新日: 2024-01-10]
配送遅延時は500円分のクーポンを付与する。`,
    expected: [
      ['PERSON', '佐々木 由美'],
      ['PERSON', '高橋 健太郎'],
      ['PHONE', '090-4471-2093'],
      ['EMAIL', 'kentaro.takahashi@docomo.ne.jp'],
      ['DATE_OF_BIRTH', '1985年4月12日'],
      ['PERSON', '高橋'],
    ],
  },
  {
    name: 'Hinglish WhatsApp bot conversation forwarded to an LLM: sender number, DOB, a UPI id shaped like an e-mail and a father',
    text: `[whatsapp-bot → llm] conversation_id=wa_9182044712 locale=hi-Latn
User (+91 98201 44712): bhai mera refund abhi tak nahi aaya, order #OD4471209 hai
Bot: Sorry for the delay! Kripya apna naam aur registered email batayein.
User: Rohit Kumar Verma, email rohitverma.1994@gmail.com. DOB chahiye to 12/08/1994 hai
Bot: Dhanyavaad Rohit ji. Aapka refund ₹2,499 UPI ID rohitverma@okicici pe 3-5 din me aa jayega.
User: theek hai, aur mere papa ka number bhi update kar do 9810 447 120, unka naam Suresh Verma hai`,
    // A UPI id is a payment address, not a mailbox; the conversation id is not a phone.
    expected: [
      ['PHONE', '+91 98201 44712'],
      ['PERSON', 'Rohit Kumar Verma'],
      ['EMAIL', 'rohitverma.1994@gmail.com'],
      ['DATE_OF_BIRTH', '12/08/1994'],
      ['PERSON', 'Rohit'],
      ['PHONE', '9810 447 120'],
      ['PERSON', 'Suresh Verma'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'book-recommendation chat: famous authors, a biographer and fictional characters as such, a given name alone, a friend and a paper',
    gap: 'the biographer Claire Harman, a living writer known within her trade (in no list of public figures), is flagged',
    text: `System: You are Pageturner, a friendly bookshop assistant. Recommend three books and always name the author.
User: Hi, I'm Marguerite. I loved Beloved by Toni Morrison and One Hundred Years of Solitude by Gabriel García Márquez. Something like that but shorter? My book club is also doing Elizabeth Bennet vs Jane Eyre next month, any companion reading?
Assistant: Great picks, Marguerite! Try "Sula" by Toni Morrison, "Chronicle of a Death Foretold" by García Márquez and "Kitchen" by Banana Yoshimoto. For the book club, Claire Harman's "Charlotte Brontë: A Life" pairs well with Jane Eyre, and Mr Darcy fans will enjoy "Longbourn" by Jo Baker.
User: my friend Oksana Drozdenko mentioned a 2019 paper by Maren Lindahl and Chukwuemeka Okafor on how book clubs choose what to read, do you know it?`,
    // Marguerite is never named in full; authors and characters are mentioned as such. The friend
    // and the authors of the cited paper are people.
    expected: [
      ['PERSON', 'Oksana Drozdenko'],
      ['PERSON', 'Maren Lindahl'],
      ['PERSON', 'Chukwuemeka Okafor'],
    ],
  },
  {
    name: 'prompt template preview with unresolved placeholders, system text about e-mails and phones, and example.com addresses',
    text: `SYSTEM PROMPT — support-reply v14 (preview, variables unresolved)
You are a support assistant for {{company_name}}.
Greet the customer as {{customer_name}}. If they ask to change their email or phone, send them to Settings › Profile; never change an email address or phone number yourself, and never read a full card number or date of birth back.
Customer email: {{customer_email}} · phone: {{customer_phone}} · DOB: {{date_of_birth}} · tier: {{tier}}
f-string fallback: f"Hi {first_name}, your ticket {ticket_id} was updated on {updated_at:%d %b %Y}."
Example of a good reply:
"Hi {{customer_name}}, thanks for reaching out! I've sent a reset link to j***@example.com. Your case number is {{case_id}}."
Escalate to support@example.com if the customer mentions a chargeback, and to legal@example.org for data requests.
Variables: company_name, customer_name, customer_email, customer_phone, date_of_birth, tier, case_id`,
    expected: [],
  },
  {
    name: 'AI gateway usage export: request, trace, run and tool call ids, dated model names, token counts, costs and latencies',
    text: `request_id,timestamp,project,model,trace_id,run_id,tool_call_id,prompt_tokens,completion_tokens,cost_usd,latency_ms,status
req_01HXm4kQ2zR8vN3pL7wY5tBc,2024-05-22T09:14:02.118Z,support-bot,gpt-4o-2024-08-06,4bf92f3577b34da6a3ce929d0e0e4736,1ef2c3d4-5a6b-4c7d-8e9f-0a1b2c3d4e5f,call_8RkQ2mXv4LpT9wZs1NcY6bHd,1204,67,0.00368,1840,200
req_01HXm4kQ2zR8vN3pL7wY5tBd,2024-05-22T09:14:05.402Z,support-bot,claude-3-5-sonnet-20241022,a3ce929d0e0e47364bf92f3577b34da6,2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901,toolu_01HXm4kQ2zR8vN3pL7wY5tBc,2288,141,0.00898,2911,200
req_01HXm4kQ2zR8vN3pL7wY5tBe,2024-05-22T09:14:06.013Z,ingest,text-embedding-3-large,0e0e47364bf92f3577b34da6a3ce929d,,,8192,0,0.00106,412,200
req_01HXm4kQ2zR8vN3pL7wY5tBf,2024-05-22T09:14:09.771Z,sql-agent,gemini-1.5-pro-002,77b34da6a3ce929d0e0e47364bf92f35,3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b,,4471,220,0.00664,3307,200
req_01HXm4kQ2zR8vN3pL7wY5tBg,2024-05-22T09:14:12.305Z,sql-agent,mistral-large-2407,,,,1930,88,0.00438,1502,429
# totals: 5 requests · 18,085 prompt tokens · 516 completion tokens · $0.02474 · p50 1840 ms · sdk palisade-node 1.14.2 · chunker v2.0.1.3`,
    expected: [],
  },
];

describeHoldout(
  'privacy engine on hand-written hold-out cases 15: what AI applications send through a gateway',
  cases,
);
