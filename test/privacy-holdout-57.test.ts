import {
  asciiRequestBody,
  describeHoldout,
  type HoldoutCase,
  joinParts,
  requestBody,
} from './support/holdout.js';

/**
 * A fifty-seventh hand-written hold-out: whole conversations with a data notebook's AI assistant,
 * one request each, exactly as the gateway receives them. Chat Completions bodies (system prompt with
 * the workspace schema, assistant tool_calls whose `arguments` are JSON inside a JSON string, `tool`
 * messages with CSV, markdown and JSON rows), Anthropic Messages bodies (a `system` string, tool_use
 * inputs, tool_result blocks as a string or a list of text blocks) and Responses API `input` arrays
 * (function_call and function_call_output items). Domains: CRM, HR, clinic scheduling, e-commerce,
 * bank and card support, school administration; languages: English, German, French, Spanish,
 * Portuguese (Brazil and Portugal), Dutch, Polish, Japanese and Arabic. Three bodies are serialised
 * as Python's json.dumps does by default, so names arrive as `\u00e9` escapes and their spans are
 * written that way. A value met in the tool arguments, the tool result and the assistant's answer is
 * listed once per occurrence; users refer back to people by given name alone ("and what about
 * Ingrid?", "¿Y Lucía?", "A co z Bartoszem?") or by family name ("Herr Hansmeier", "渡部さん").
 * 5 of its 26 cases are clean hard negatives: aggregated metrics with query, chart and trace ids; a
 * schema-only data-dictionary request with column names and null rates; public figures, a
 * foundation and a stadium as news topics; a pytest fixture of placeholder people on reserved
 * domains with a passwordless loopback database URL; a pipeline debug with UUIDs, trace ids, git
 * SHAs, version strings and a card-count metric.
 *
 * Conventions as in hold-outs 50 to 52: first and last name in separate fields, columns or SQL
 * literals are separate spans; a full name in prose or one cell is one span; family-first names with
 * a comma are one span (a middle initial included); CJK names written together are one span and a
 * family name before さん counts; titles (Dr., Dra., Mr., Mrs., Herr, Frau) are no part of a name
 * and a lone family name after one counts; a given name alone counts when the same person is named
 * in full in the same request, also declined (Polish `Bartoszem`), never an agent known only by
 * given name or role (`Kayla`, `倉庫 鈴木`, the assistant `Quill`); companies, a collège, a bakery
 * and a clinic named after people are no people; birth dates count where labelled (birth_date, dob,
 * geburtsdatum, geboortedatum, fecha_nacimiento, data_nascimento, 生年月日, تاريخ الميلاد, born,
 * geboren, geb., nacido, nascida, 生まれ) and nowhere else; CPF, PESEL, BSN, NIF, CURP, RFC,
 * Emirates ID and My Number, card last4s, Stripe and tool-call ids are none of our types; private-
 * range hosts count, ports are outside an address; a password in a connection URL or a tool's
 * `password` input is a secret, as are API tokens pasted by the user and forwarded in a header.
 * Values are fake: a Luhn-valid made-up card, IBANs with valid mod-97 check digits at their
 * countries' lengths (the Portuguese one with its national check digits too, all computed by a
 * script), an SSN in a valid area, made-up names, numbers and keys (the keys assembled with
 * `joinParts`). Occurrence counts were checked by a script against the text before the first run.
 *
 * Written blind (labelled before the engine was run on it). When written, 17 of the 26 cases
 * passed (all five negatives among them); the 9 others carry a gap. No first-run failure was the
 * test's own: each was checked against the conventions above and is the engine's. Before the first
 * run two drafted values were changed: a 555-01xx phone (a fictional range, not a fair test) and a
 * `postgres:postgres` password in the negative fixture, which a careful labeller might call a
 * secret. The gaps: birth dates under labelled columns of CSV and markdown tables and before
 * `geboren`; a CJK name cut to its family name; family-first names with a comma split in two; lone
 * given names in Arabic and French and a lone family name after `¿Y`; an Arabic full name in a pipe
 * table; and false PERSON spans on capitalised German words and on a shop, a bakery and a clinic
 * named after people.
 */

const k = joinParts;
const warehousePassword = k('Rt5-vq', 'N8#zLw2p');
const hubspotToken = k('pat-na1-', '7c2e9b41-5d8a-4f03-', 'b6e1-2a9d4c870f35');
const stripeKey = k('sk_live_', '51PxR4tKm8Vw2Lq9Zc', '7Hn3Bd6Yf1Ja');
const sftpPassword = k('Kw8!pe', 'Zt3qLm');

/** Tool-call arguments and tool results travel as JSON inside a JSON string. */
const args = (value: unknown): string => JSON.stringify(value);

const sqlParameters = {
  type: 'object',
  properties: {
    sql: { type: 'string', description: 'One read-only SELECT statement.' },
    format: { type: 'string', enum: ['csv', 'markdown', 'json'], description: 'How rows are returned.' },
  },
  required: ['sql'],
};
const sqlDescription =
  'Run a read-only SQL query against the workspace warehouse and return at most 200 rows.';
const openaiTools = [
  { type: 'function', function: { name: 'run_sql', description: sqlDescription, parameters: sqlParameters } },
  {
    type: 'function',
    function: {
      name: 'make_chart',
      description: 'Render a chart from the last result set.',
      parameters: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['bar', 'line', 'pie'] },
          x: { type: 'string' },
          y: { type: 'string' },
        },
        required: ['kind', 'x', 'y'],
      },
    },
  },
];
const anthropicTools = [{ name: 'run_sql', description: sqlDescription, input_schema: sqlParameters }];
const responsesTools = [
  { type: 'function', name: 'run_sql', description: sqlDescription, parameters: sqlParameters },
];

const crmSchema = `You are Quill, the assistant inside the Northwind Analytics notebook. Answer only from queries you have run; never invent values.
Workspace schema (PostgreSQL 15):
- crm.accounts(account_id uuid PK, name text, industry text, region text -- 'EMEA' | 'AMER' | 'APAC', arr_eur numeric(12,2), owner_team text)
- crm.contacts(contact_id bigint PK, account_id uuid FK -> crm.accounts, first_name text, last_name text, email text, phone text -- E.164 where known, title text, lifecycle_stage text -- 'lead' | 'mql' | 'sql' | 'customer' | 'churned', created_at timestamptz)
- crm.activities(activity_id bigint PK, contact_id bigint FK, kind text -- 'email_open' | 'reply' | 'meeting' | 'call', occurred_at timestamptz, subject text)
- crm.campaigns(campaign_id int PK, name text, sent_at timestamptz, audience_size int)
Sample values: industry 'Logistics', 'Retail', 'SaaS'; owner_team 'Nordics', 'DACH'; campaign 'Q4 renewal nudge'.
Rules: read-only; always LIMIT 200; timestamps are UTC; do not export whole tables; when a user asks for a draft, write it, do not send it.`;

const shopSchemaEn = `You are the data assistant of the Souq Nakheel analytics notebook (BigQuery, dataset shop).
Tables:
  shop.customers(customer_id INT64, full_name STRING, email STRING, mobile STRING, refund_iban STRING, city STRING, created_at TIMESTAMP)
  shop.orders(order_id INT64, customer_id INT64, status STRING -- placed|shipped|delivered|returned|cancelled, total_sar NUMERIC, placed_at TIMESTAMP, card_last4 STRING)
  shop.order_items(order_id INT64, sku STRING, qty INT64, unit_price_sar NUMERIC)
Notes: refunds go to refund_iban when the card has expired; answer in the language of the user; quote amounts in SAR with two decimals.`;

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- OpenAI Chat Completions bodies
  {
    name: 'Chat Completions, CRM: contacts as CSV (first and last name in columns), the answer as a markdown table, "and what about Ingrid?", the e-mail again inside the second tool call, a mobile quoted back by the user',
    text: requestBody({
      model: 'gpt-4o-2024-08-06',
      temperature: 0.2,
      messages: [
        { role: 'system', content: crmSchema },
        {
          role: 'user',
          content:
            'Which contacts at Brightwell Freight opened the Q4 renewal nudge? Names and emails are enough.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_8QzR2mT4vLx1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT c.first_name, c.last_name, c.email, c.phone FROM crm.contacts c JOIN crm.accounts a USING (account_id) JOIN crm.activities x USING (contact_id) WHERE a.name = 'Brightwell Freight' AND x.kind = 'email_open' AND x.occurred_at >= '2024-10-01' ORDER BY c.last_name LIMIT 200",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_8QzR2mT4vLx1',
          content:
            'first_name,last_name,email,phone\nIngrid,Solberg,ingrid.solberg@brightwell-freight.no,+47 912 48 305\nTomasz,Wierzbicki,t.wierzbicki@brightwell-freight.no,+48 601 284 937\n(2 rows, 41 ms)',
        },
        {
          role: 'assistant',
          content:
            'Two contacts at Brightwell Freight opened the renewal mail:\n\n| Name | Email |\n|---|---|\n| Ingrid Solberg | ingrid.solberg@brightwell-freight.no |\n| Tomasz Wierzbicki | t.wierzbicki@brightwell-freight.no |\n\nBoth opens were on 14 October.',
        },
        { role: 'user', content: 'and what about Ingrid? Has she replied to anything since?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_Vn3pK9sQ2wE7',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT kind, occurred_at, subject FROM crm.activities WHERE contact_id = (SELECT contact_id FROM crm.contacts WHERE email = 'ingrid.solberg@brightwell-freight.no') AND kind IN ('reply', 'meeting') ORDER BY occurred_at DESC LIMIT 5",
                  format: 'json',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_Vn3pK9sQ2wE7',
          content: args([
            { kind: 'reply', occurred_at: '2024-10-16T09:12:40Z', subject: 'Re: Your 2025 renewal terms' },
            { kind: 'meeting', occurred_at: '2024-09-30T13:00:00Z', subject: 'QBR Brightwell / Northwind' },
          ]),
        },
        {
          role: 'assistant',
          content:
            'Yes. Ingrid replied on 16 October ("Re: Your 2025 renewal terms") and met the account team for the QBR on 30 September.',
        },
        {
          role: 'user',
          content:
            'Great. Draft a short follow-up to her and cc Tomasz; his mobile is +48 601 284 937 if the draft needs a callback line.',
        },
      ],
      tools: openaiTools,
      tool_choice: 'auto',
    }),
    expected: [
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Solberg'],
      ['EMAIL', 'ingrid.solberg@brightwell-freight.no'],
      ['PHONE', '+47 912 48 305'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Wierzbicki'],
      ['EMAIL', 't.wierzbicki@brightwell-freight.no'],
      ['PHONE', '+48 601 284 937'],
      ['PERSON', 'Ingrid Solberg'],
      ['EMAIL', 'ingrid.solberg@brightwell-freight.no'],
      ['PERSON', 'Tomasz Wierzbicki'],
      ['EMAIL', 't.wierzbicki@brightwell-freight.no'],
      ['PERSON', 'Ingrid'],
      ['EMAIL', 'ingrid.solberg@brightwell-freight.no'],
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Tomasz'],
      ['PHONE', '+48 601 284 937'],
    ],
  },
  {
    name: 'Chat Completions, Brazilian shop sent by a Python client: names, e-mail and phones as \\u escapes in the body, a CPF and a card last4 that are none of ours, "o João" later',
    text: asciiRequestBody({
      model: 'gpt-4o-mini',
      messages: [
        {
          role: 'system',
          content:
            'Você é o assistente de dados da Loja Ipê (PostgreSQL). Tabelas: loja.clientes(cliente_id, nome_completo, email, celular, cpf, cadastrado_em), loja.pedidos(pedido_id, cliente_id, total_brl, status, criado_em, cartao_final), loja.devolucoes(devolucao_id, cliente_id, pedido_id, criada_em, motivo). Nunca mostre o CPF inteiro ao usuário; responda em português.',
        },
        { role: 'user', content: 'Quem pediu a devolução do pedido 88213? Preciso ligar para a pessoa.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_pT7x2',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: 'SELECT c.nome_completo, c.email, c.celular, c.cpf, p.total_brl, p.cartao_final FROM loja.pedidos p JOIN loja.clientes c USING (cliente_id) WHERE p.pedido_id = 88213',
                  format: 'json',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_pT7x2',
          content: args([
            {
              nome_completo: 'João Vitor Magalhães',
              email: 'joaovitor.magalhaes@uol.com.br',
              celular: '+55 11 98473-2106',
              cpf: '318.475.962-04',
              total_brl: '1249.90',
              cartao_final: '7731',
            },
          ]),
        },
        {
          role: 'assistant',
          content:
            'O pedido 88213 é de João Vitor Magalhães (joaovitor.magalhaes@uol.com.br), R$ 1.249,90, pago com o cartão final 7731. O celular cadastrado é +55 11 98473-2106.',
        },
        {
          role: 'user',
          content:
            'Ele ligou de outro número, (21) 97120-4488. Veja se o João já teve outra devolução antes.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_pT7x3',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT d.devolucao_id, d.criada_em, d.motivo FROM loja.devolucoes d JOIN loja.clientes c USING (cliente_id) WHERE c.email = 'joaovitor.magalhaes@uol.com.br' ORDER BY d.criada_em",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_pT7x3',
          content:
            'devolucao_id,criada_em,motivo\n5521,2024-07-02,tamanho errado\n6034,2025-02-11,produto com defeito',
        },
        {
          role: 'assistant',
          content:
            'Sim: além desta (6034, defeito), houve a devolução 5521 em 02/07/2024 por tamanho errado. Não posso alterar o cadastro, mas anote o novo número (21) 97120-4488 no CRM.',
        },
      ],
      tools: openaiTools,
    }),
    expected: [
      ['PERSON', 'Jo\\u00e3o Vitor Magalh\\u00e3es'],
      ['EMAIL', 'joaovitor.magalhaes@uol.com.br'],
      ['PHONE', '+55 11 98473-2106'],
      ['PERSON', 'Jo\\u00e3o Vitor Magalh\\u00e3es'],
      ['EMAIL', 'joaovitor.magalhaes@uol.com.br'],
      ['PHONE', '+55 11 98473-2106'],
      ['PHONE', '(21) 97120-4488'],
      ['PERSON', 'Jo\\u00e3o'],
      ['EMAIL', 'joaovitor.magalhaes@uol.com.br'],
      ['PHONE', '(21) 97120-4488'],
    ],
  },
  {
    name: 'Chat Completions, French school admin with \\u00e9 escapes: pupils with prénom and nom in columns and a date_naissance, parents with one nom_complet cell; a collège named after a person; "Théo" alone later',
    text: asciiRequestBody({
      model: 'gpt-4.1-mini',
      messages: [
        {
          role: 'system',
          content:
            "Tu es l'assistant du carnet de données du collège Jean-Moulin (Lyon 8e). Base PostgreSQL : vie_scolaire.eleves(eleve_id, prenom, nom, date_naissance, classe, regime -- 'externe' | 'demi-pensionnaire'), vie_scolaire.responsables(eleve_id, nom_complet, lien, email, telephone), vie_scolaire.absences(eleve_id, jour, demi_journee, justifiee, motif). Réponds en français, sans jamais exporter la base entière.",
        },
        {
          role: 'user',
          content:
            "Liste des élèves de 4e B avec plus de 6 demi-journées d'absence non justifiées depuis la rentrée de janvier.",
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_fr01',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT e.eleve_id, e.prenom, e.nom, e.date_naissance, COUNT(*) AS demi_journees FROM vie_scolaire.absences a JOIN vie_scolaire.eleves e USING (eleve_id) WHERE e.classe = '4B' AND NOT a.justifiee AND a.jour >= '2025-01-06' GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 6",
                  format: 'markdown',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_fr01',
          content:
            "| eleve_id | prenom | nom | date_naissance | demi_journees |\n|---|---|---|---|---|\n| 30377 | Maëlys | Garnier | 2011-05-19 | 9 |\n| 30418 | Théo | N'Diaye | 2010-12-03 | 7 |",
        },
        {
          role: 'assistant',
          content:
            "Deux élèves dépassent le seuil : Maëlys Garnier (9 demi-journées) et Théo N'Diaye (7). Théo est le plus âgé de la classe.",
        },
        {
          role: 'user',
          content: 'Donne-moi les coordonnées des responsables de Théo, je dois les convoquer.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_fr02',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: 'SELECT nom_complet, lien, email, telephone FROM vie_scolaire.responsables WHERE eleve_id = 30418',
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_fr02',
          content:
            "nom_complet,lien,email,telephone\nAwa N'Diaye,mère,awa.ndiaye@orange.fr,+33 6 71 24 58 93\nMoussa N'Diaye,père,m.ndiaye75@free.fr,06 12 48 93 70",
        },
        {
          role: 'assistant',
          content:
            "Responsables de Théo : Awa N'Diaye (mère, +33 6 71 24 58 93, awa.ndiaye@orange.fr) et Moussa N'Diaye (père, 06 12 48 93 70). Voulez-vous un modèle de convocation ?",
        },
      ],
      tools: openaiTools,
    }),
    expected: [
      ['PERSON', 'Ma\\u00eblys'],
      ['PERSON', 'Garnier'],
      ['DATE_OF_BIRTH', '2011-05-19'],
      ['PERSON', 'Th\\u00e9o'],
      ['PERSON', "N'Diaye"],
      ['DATE_OF_BIRTH', '2010-12-03'],
      ['PERSON', 'Ma\\u00eblys Garnier'],
      ['PERSON', "Th\\u00e9o N'Diaye"],
      ['PERSON', 'Th\\u00e9o'],
      ['PERSON', 'Th\\u00e9o'],
      ['PERSON', "Awa N'Diaye"],
      ['EMAIL', 'awa.ndiaye@orange.fr'],
      ['PHONE', '+33 6 71 24 58 93'],
      ['PERSON', "Moussa N'Diaye"],
      ['EMAIL', 'm.ndiaye75@free.fr'],
      ['PHONE', '06 12 48 93 70'],
      ['PERSON', 'Th\\u00e9o'],
      ['PERSON', "Awa N'Diaye"],
      ['PHONE', '+33 6 71 24 58 93'],
      ['EMAIL', 'awa.ndiaye@orange.fr'],
      ['PERSON', "Moussa N'Diaye"],
      ['PHONE', '06 12 48 93 70'],
    ],
  },
  {
    name: 'Chat Completions, Arabic e-commerce refund: an Arabic full name in a CSV cell, a Saudi mobile and a refund IBAN quoted back in the Arabic answer, "سارة" alone later',
    text: requestBody({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: shopSchemaEn },
        {
          role: 'user',
          content: 'من هو العميل صاحب الطلب 55109؟ يريد استرداد المبلغ إلى حسابه البنكي لأن البطاقة منتهية.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_ar_1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: 'SELECT c.full_name, c.email, c.mobile, c.refund_iban, o.total_sar, o.card_last4 FROM shop.orders o JOIN shop.customers c USING (customer_id) WHERE o.order_id = 55109',
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_ar_1',
          content:
            'full_name,email,mobile,refund_iban,total_sar,card_last4\nسارة عبدالله الحربي,sara.alharbi@outlook.sa,+966 55 318 4207,SA0380000000608010167519,742.50,0419',
        },
        {
          role: 'assistant',
          content:
            'الطلب 55109 باسم سارة عبدالله الحربي، ورقم الجوال +966 55 318 4207. سيتم استرداد 742.50 ريال إلى الآيبان SA0380000000608010167519 خلال 3 إلى 5 أيام عمل.',
        },
        { role: 'user', content: 'هل لدى سارة طلبات أخرى مرتجعة هذا العام؟' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_ar_2',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT order_id, status, total_sar, placed_at FROM shop.orders WHERE customer_id = (SELECT customer_id FROM shop.customers WHERE email = 'sara.alharbi@outlook.sa') AND status = 'returned' AND placed_at >= '2025-01-01'",
                }),
              },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_ar_2', content: 'order_id,status,total_sar,placed_at\n(0 rows)' },
        { role: 'assistant', content: 'لا توجد طلبات مرتجعة أخرى باسم سارة منذ بداية 2025.' },
      ],
      tools: openaiTools,
    }),
    expected: [
      ['PERSON', 'سارة عبدالله الحربي'],
      ['EMAIL', 'sara.alharbi@outlook.sa'],
      ['PHONE', '+966 55 318 4207'],
      ['IBAN', 'SA0380000000608010167519'],
      ['PERSON', 'سارة عبدالله الحربي'],
      ['PHONE', '+966 55 318 4207'],
      ['IBAN', 'SA0380000000608010167519'],
      ['PERSON', 'سارة'],
      ['EMAIL', 'sara.alharbi@outlook.sa'],
      ['PERSON', 'سارة'],
    ],
  },
  {
    name: 'Chat Completions, US card dispute: a card number the agent reads out, a customer row with dob and SSN, a second tool opening the dispute, the family name alone; the support agent named by given name only is no person',
    text: requestBody({
      model: 'gpt-4o-2024-11-20',
      messages: [
        {
          role: 'system',
          content:
            'You are Ledger, the analytics assistant for Harbor Federal support. The agent on this session is Kayla (tier 2). Tables: support.customers(customer_id, full_name, dob, ssn, phone, email, mailing_address), support.cards(card_id, customer_id, pan_last4, status, issued_at), support.transactions(txn_id, card_id, amount_usd, merchant, posted_at). Never repeat a full SSN back; confirm identity with the last four digits only.',
        },
        {
          role: 'user',
          content:
            'Caller read me the card number 4539 1782 0461 5377 and says there is a charge he did not make. Whose card is it?',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_us_1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT cu.customer_id, cu.full_name, cu.dob, cu.ssn, cu.phone FROM support.cards ca JOIN support.customers cu USING (customer_id) WHERE ca.pan_last4 = '5377' AND ca.status = 'active'",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_us_1',
          content:
            'customer_id,full_name,dob,ssn,phone\n1180452,Darnell Whitaker,1979-12-04,412-68-3095,(404) 731-2968\n(1 row)',
        },
        {
          role: 'assistant',
          content:
            'The card belongs to Darnell Whitaker (customer 1180452, DOB 12/04/1979). To verify, ask for the last four of his SSN (3095) and the phone on file.',
        },
        {
          role: 'user',
          content:
            "Verified. Whitaker says the $1,280.00 charge at Gulfstream Electronics on Jan 9 isn't his. Open a dispute.",
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_us_2',
              type: 'function',
              function: {
                name: 'open_dispute',
                arguments: args({
                  customer_id: 1180452,
                  card_last4: '5377',
                  amount_usd: 1280,
                  merchant: 'Gulfstream Electronics',
                  posted_on: '2025-01-09',
                  reason: 'fraud_card_present',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_us_2',
          content: args({
            dispute_id: 'dp_01JH8K2W9R',
            status: 'opened',
            provisional_credit: true,
            trace: 'b3f1c09e7a2d4e55',
          }),
        },
        {
          role: 'assistant',
          content:
            'Dispute dp_01JH8K2W9R is open and a provisional credit of $1,280.00 has been issued. The card ending 5377 should be blocked and reissued.',
        },
      ],
      tools: [
        ...openaiTools,
        {
          type: 'function',
          function: {
            name: 'open_dispute',
            description: 'Open a card dispute for a posted transaction.',
            parameters: {
              type: 'object',
              properties: {
                customer_id: { type: 'integer' },
                card_last4: { type: 'string' },
                amount_usd: { type: 'number' },
                merchant: { type: 'string' },
                posted_on: { type: 'string', format: 'date' },
                reason: { type: 'string' },
              },
              required: ['customer_id', 'card_last4', 'amount_usd', 'reason'],
            },
          },
        },
      ],
    }),
    expected: [
      ['CREDIT_CARD', '4539 1782 0461 5377'],
      ['PERSON', 'Darnell Whitaker'],
      ['DATE_OF_BIRTH', '1979-12-04'],
      ['US_SSN', '412-68-3095'],
      ['PHONE', '(404) 731-2968'],
      ['PERSON', 'Darnell Whitaker'],
      ['DATE_OF_BIRTH', '12/04/1979'],
      ['PERSON', 'Whitaker'],
    ],
  },
  {
    name: 'Chat Completions, CRM: the user pastes a warehouse URL with a password on a private host and a HubSpot private-app token; both travel on inside the tool arguments; contacts come back as JSON rows',
    text: requestBody({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: crmSchema },
        {
          role: 'user',
          content: `The notebook lost its connection. Use this instead: postgresql://notebook_ro:${warehousePassword}@10.8.14.22:5432/crm and for the enrichment call the HubSpot token is ${hubspotToken}. Then list the churned contacts at Veldhoven Optics.`,
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_cx_1',
              type: 'function',
              function: {
                name: 'set_connection',
                arguments: args({
                  dsn: `postgresql://notebook_ro:${warehousePassword}@10.8.14.22:5432/crm`,
                  hubspot_token: hubspotToken,
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_cx_1',
          content: args({ ok: true, server_version: '15.6', latency_ms: 12 }),
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_cx_2',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT c.first_name || ' ' || c.last_name AS name, c.email, c.title FROM crm.contacts c JOIN crm.accounts a USING (account_id) WHERE a.name = 'Veldhoven Optics' AND c.lifecycle_stage = 'churned'",
                  format: 'json',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_cx_2',
          content: args([
            {
              name: 'Rosalind Achterberg',
              email: 'r.achterberg@veldhoven-optics.nl',
              title: 'Head of Procurement',
            },
            { name: 'Kwame Asante-Dijkstra', email: 'kwame.asante@veldhoven-optics.nl', title: 'IT Manager' },
          ]),
        },
        {
          role: 'assistant',
          content:
            'Connected. Two churned contacts at Veldhoven Optics: Rosalind Achterberg (Head of Procurement) and Kwame Asante-Dijkstra (IT Manager). Please rotate the database password and the HubSpot token you pasted: chat history is retained.',
        },
        { role: 'user', content: 'Noted. When did Rosalind last open anything from us?' },
      ],
      tools: [
        ...openaiTools,
        {
          type: 'function',
          function: {
            name: 'set_connection',
            description: 'Replace the notebook warehouse connection.',
            parameters: {
              type: 'object',
              properties: { dsn: { type: 'string' }, hubspot_token: { type: 'string' } },
              required: ['dsn'],
            },
          },
        },
      ],
    }),
    expected: [
      ['SECRET', warehousePassword],
      ['IP_ADDRESS', '10.8.14.22'],
      ['SECRET', hubspotToken],
      ['SECRET', warehousePassword],
      ['IP_ADDRESS', '10.8.14.22'],
      ['SECRET', hubspotToken],
      ['PERSON', 'Rosalind Achterberg'],
      ['EMAIL', 'r.achterberg@veldhoven-optics.nl'],
      ['PERSON', 'Kwame Asante-Dijkstra'],
      ['EMAIL', 'kwame.asante@veldhoven-optics.nl'],
      ['PERSON', 'Rosalind Achterberg'],
      ['PERSON', 'Kwame Asante-Dijkstra'],
      ['PERSON', 'Rosalind'],
    ],
  },
  {
    name: 'Chat Completions, US school admin: students with first and last name in columns and birth dates, a guardian e-mail, "what about Amara?", a teacher named in full in the schema notes and by title later',
    text: requestBody({
      model: 'gpt-4o-mini',
      messages: [
        {
          role: 'system',
          content:
            "You are the data assistant for Cedar Ridge Middle School (PowerSchool export loaded into DuckDB). Tables: students(student_id, first_name, last_name, birth_date, grade, homeroom), guardians(student_id, guardian_name, relationship, email, phone), attendance(student_id, day, status). Homeroom 7C is taught by Declan Feeney. Do not reveal data about students outside the requesting teacher's homeroom.",
        },
        {
          role: 'user',
          content: 'Which kids in 7C have birthdays in March? I want to put them on the class calendar.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_sc_1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT first_name, last_name, birth_date FROM students WHERE homeroom = '7C' AND month(birth_date) = 3 ORDER BY day(birth_date)",
                  format: 'markdown',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_sc_1',
          content:
            '| first_name | last_name | birth_date |\n|---|---|---|\n| Amara | Okoye | 2012-03-04 |\n| Brody | Halvorsen | 2012-03-19 |\n| Xiomara | Quintanilla | 2011-03-28 |',
        },
        {
          role: 'assistant',
          content:
            'Three students in 7C have March birthdays: Amara Okoye (March 4), Brody Halvorsen (March 19) and Xiomara Quintanilla (March 28).',
        },
        {
          role: 'user',
          content: 'what about Amara? Mr. Feeney says her mom asked to be emailed instead of called.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_sc_2',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT g.guardian_name, g.relationship, g.email FROM guardians g JOIN students s USING (student_id) WHERE s.first_name = 'Amara' AND s.last_name = 'Okoye'",
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_sc_2',
          content: 'guardian_name,relationship,email\nChioma Okoye,mother,chioma.okoye@yahoo.com',
        },
        {
          role: 'assistant',
          content: "Amara's mother is Chioma Okoye; her email on file is chioma.okoye@yahoo.com.",
        },
      ],
      tools: openaiTools,
    }),
    expected: [
      ['PERSON', 'Declan Feeney'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Okoye'],
      ['DATE_OF_BIRTH', '2012-03-04'],
      ['PERSON', 'Brody'],
      ['PERSON', 'Halvorsen'],
      ['DATE_OF_BIRTH', '2012-03-19'],
      ['PERSON', 'Xiomara'],
      ['PERSON', 'Quintanilla'],
      ['DATE_OF_BIRTH', '2011-03-28'],
      ['PERSON', 'Amara Okoye'],
      ['PERSON', 'Brody Halvorsen'],
      ['PERSON', 'Xiomara Quintanilla'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Feeney'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Okoye'],
      ['PERSON', 'Chioma Okoye'],
      ['EMAIL', 'chioma.okoye@yahoo.com'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Chioma Okoye'],
      ['EMAIL', 'chioma.okoye@yahoo.com'],
    ],
  },
  {
    name: 'Chat Completions, Japanese shop support: a customer name written together, a Tokyo landline with +81, a delivery address; the warehouse clerk known only by family name and role is no person',
    text: requestBody({
      model: 'gpt-4o',
      messages: [
        {
          role: 'system',
          content:
            'あなたは「さくら雑貨オンライン」の分析ノートブックのアシスタントです。テーブル: ec.kokyaku(kokyaku_id, shimei, email, denwa, haisosaki), ec.chumon(chumon_id, kokyaku_id, goukei_en, joutai, chumon_bi), ec.toiawase(toiawase_id, chumon_id, naiyou, tantou). 回答は日本語で、金額は円で表示してください。',
        },
        { role: 'user', content: '注文 JP-204871 の問い合わせ、誰から？配送先も確認したい。' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_jp_1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT k.shimei, k.email, k.denwa, k.haisosaki, c.goukei_en, t.naiyou, t.tantou FROM ec.chumon c JOIN ec.kokyaku k USING (kokyaku_id) JOIN ec.toiawase t USING (chumon_id) WHERE c.chumon_id = 'JP-204871'",
                  format: 'json',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_jp_1',
          content: args([
            {
              shimei: '佐藤花子',
              email: 'hanako.sato82@docomo.ne.jp',
              denwa: '+81 3-5412-8876',
              haisosaki: '東京都世田谷区桜新町2-14-7',
              goukei_en: 18400,
              naiyou: '届いたマグカップが割れていました。交換をお願いします。',
              tantou: '倉庫 鈴木',
            },
          ]),
        },
        {
          role: 'assistant',
          content:
            '問い合わせは佐藤花子様からです（電話 +81 3-5412-8876、hanako.sato82@docomo.ne.jp）。配送先は東京都世田谷区桜新町2-14-7、合計18,400円。内容はマグカップの破損で、担当は倉庫の鈴木です。',
        },
        { role: 'user', content: '佐藤さんに交換品を送る連絡文を作って。鈴木には私から伝える。' },
      ],
      tools: openaiTools,
    }),
    expected: [
      ['PERSON', '佐藤花子'],
      ['EMAIL', 'hanako.sato82@docomo.ne.jp'],
      ['PHONE', '+81 3-5412-8876'],
      ['PERSON', '佐藤花子'],
      ['PHONE', '+81 3-5412-8876'],
      ['EMAIL', 'hanako.sato82@docomo.ne.jp'],
      ['PERSON', '佐藤'],
    ],
  },
  {
    name: 'Chat Completions, Dutch HR: voornaam and achternaam in columns (a tussenvoegsel inside the achternaam), geboortedatum, a BSN that is none of ours, "en Sanne?" later',
    text: requestBody({
      model: 'gpt-4o-mini',
      messages: [
        {
          role: 'system',
          content:
            'Je bent de data-assistent in het HR-notebook van Zuiderzee Zorggroep. Tabellen: hr.medewerker(personeelsnr, voornaam, achternaam, geboortedatum, bsn, afdeling, contracturen, in_dienst_sinds), hr.verzuim(personeelsnr, begin, einde, soort). Toon nooit een BSN aan gebruikers; antwoord in het Nederlands.',
        },
        {
          role: 'user',
          content: 'Wie op afdeling Geriatrie wordt dit jaar 60? Dat is relevant voor de generatieregeling.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_nl_1',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT personeelsnr, voornaam, achternaam, geboortedatum, bsn, contracturen FROM hr.medewerker WHERE afdeling = 'Geriatrie' AND extract(year FROM geboortedatum) = 1965",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_nl_1',
          content:
            'personeelsnr,voornaam,achternaam,geboortedatum,bsn,contracturen\n20417,Sanne,van Dijk,1965-08-22,123456782,32\n20588,Hendrik,Bosma,1965-01-09,987654326,36',
        },
        {
          role: 'assistant',
          content:
            'Twee medewerkers op Geriatrie worden in 2025 zestig: Sanne van Dijk (32 uur) en Hendrik Bosma (36 uur). Hendrik is al in januari jarig geweest.',
        },
        { role: 'user', content: 'En Sanne? Heeft zij dit jaar langdurig verzuim gehad?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_nl_2',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT begin, einde, soort FROM hr.verzuim WHERE personeelsnr = 20417 AND begin >= '2025-01-01'",
                }),
              },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_nl_2', content: 'begin,einde,soort\n2025-02-03,2025-02-07,kort' },
        { role: 'assistant', content: 'Nee, alleen een korte melding van 3 tot 7 februari.' },
      ],
      tools: openaiTools,
    }),
    expected: [
      ['PERSON', 'Sanne'],
      ['PERSON', 'van Dijk'],
      ['DATE_OF_BIRTH', '1965-08-22'],
      ['PERSON', 'Hendrik'],
      ['PERSON', 'Bosma'],
      ['DATE_OF_BIRTH', '1965-01-09'],
      ['PERSON', 'Sanne van Dijk'],
      ['PERSON', 'Hendrik Bosma'],
      ['PERSON', 'Hendrik'],
      ['PERSON', 'Sanne'],
    ],
  },
  {
    name: 'Chat Completions, fintech: the user pastes a live Stripe key that the assistant forwards in an HTTP tool call header; the Stripe customer comes back with name, e-mail, phone and the last checkout IP',
    text: requestBody({
      model: 'gpt-4.1',
      messages: [
        {
          role: 'system',
          content:
            'You are the billing-ops assistant in the Tallyhouse notebook. You can run SQL on the billing replica and call the Stripe API through http_get. Summarise results; do not echo raw API payloads.',
        },
        {
          role: 'user',
          content: `Customer cus_RxT82mPq9Lw says she was charged twice. Key for the call: ${stripeKey}`,
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_st_1',
              type: 'function',
              function: {
                name: 'http_get',
                arguments: args({
                  url: 'https://api.stripe.com/v1/customers/cus_RxT82mPq9Lw?expand[]=invoice_settings.default_payment_method',
                  headers: { Authorization: `Bearer ${stripeKey}`, 'Stripe-Version': '2024-06-20' },
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_st_1',
          content: args({
            id: 'cus_RxT82mPq9Lw',
            object: 'customer',
            name: 'Priyanka Venkataraman',
            email: 'priyanka.v@fastmail.com',
            phone: '+1 415 628 0193',
            metadata: { last_checkout_ip: '73.162.48.210', plan: 'studio-annual' },
            invoice_settings: {
              default_payment_method: {
                card: { brand: 'mastercard', last4: '8812', exp_month: 4, exp_year: 2027 },
              },
            },
          }),
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_st_2',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT charge_id, amount_usd, created_at, status FROM billing.charges WHERE stripe_customer = 'cus_RxT82mPq9Lw' AND created_at >= now() - interval '7 days'",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_st_2',
          content:
            'charge_id,amount_usd,created_at,status\nch_3QjK9LwP1,240.00,2025-02-14T16:02:11Z,succeeded\nch_3QjK9MzR4,240.00,2025-02-14T16:02:13Z,succeeded',
        },
        {
          role: 'assistant',
          content:
            'Confirmed: Priyanka Venkataraman (priyanka.v@fastmail.com) was charged $240.00 twice, two seconds apart, on 14 February. Refund ch_3QjK9MzR4. Also, the Stripe key you pasted is a live secret key; please roll it.',
        },
      ],
      tools: [
        ...openaiTools,
        {
          type: 'function',
          function: {
            name: 'http_get',
            description: 'GET an allow-listed API URL.',
            parameters: {
              type: 'object',
              properties: { url: { type: 'string' }, headers: { type: 'object' } },
              required: ['url'],
            },
          },
        },
      ],
    }),
    expected: [
      ['SECRET', stripeKey],
      ['SECRET', stripeKey],
      ['PERSON', 'Priyanka Venkataraman'],
      ['EMAIL', 'priyanka.v@fastmail.com'],
      ['PHONE', '+1 415 628 0193'],
      ['IP_ADDRESS', '73.162.48.210'],
      ['PERSON', 'Priyanka Venkataraman'],
      ['EMAIL', 'priyanka.v@fastmail.com'],
    ],
  },
  // ---------------------------------------------------------------- Anthropic Messages bodies
  {
    name: 'Anthropic Messages, German HR: a markdown tool_result with full names and Geburtsdatum, the family name alone after "Herr" and in a question, birth dates restated after "geboren" and "geb."',
    text: requestBody({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 2048,
      system:
        "Du bist der Analyse-Assistent im HR-Notebook der Falkenried Logistik GmbH (Snowflake, Schema HR). Tabellen: hr.mitarbeiter(personal_nr, vorname, nachname, geburtsdatum DATE, eintritt DATE, abteilung, standort, vertrag_ende DATE, email_dienst), hr.abwesenheiten(personal_nr, von, bis, art), hr.gehaelter(personal_nr, gueltig_ab, brutto_monat_eur). Beispielwerte: abteilung 'Lager', 'Disposition'; standort 'Hamburg-Billbrook'. Antworte auf Deutsch und gib keine Gehälter einzelner Personen aus.",
      tools: anthropicTools,
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Welche befristeten Verträge in der Disposition laufen vor dem 30.06.2025 aus? Bitte mit Geburtsdatum, wir prüfen Altersteilzeit.',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Ich frage hr.mitarbeiter ab.' },
            {
              type: 'tool_use',
              id: 'toolu_01H7xQbR2m',
              name: 'run_sql',
              input: {
                sql: "SELECT personal_nr, vorname || ' ' || nachname AS name, geburtsdatum, vertrag_ende FROM hr.mitarbeiter WHERE abteilung = 'Disposition' AND vertrag_ende < '2025-06-30' ORDER BY vertrag_ende",
                format: 'markdown',
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_01H7xQbR2m',
              content:
                '| personal_nr | name | geburtsdatum | vertrag_ende |\n|---|---|---|---|\n| 40871 | Chidinma Okonkwo | 1991-02-17 | 2025-03-31 |\n| 40915 | Jörg Hansmeier | 1963-11-05 | 2025-05-31 |\n| 41102 | Svenja Albrecht-Yilmaz | 1998-07-23 | 2025-06-15 |',
            },
            {
              type: 'text',
              text: 'Danke. Läuft der Vertrag von Okonkwo wirklich schon im März aus? Und Herr Hansmeier ist doch schon über 60, oder?',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'Ja: Chidinma Okonkwo (Personal-Nr. 40871) ist bis 31.03.2025 befristet. Jörg Hansmeier ist am 05.11.1963 geboren, also 61, und käme für Altersteilzeit in Frage. Der Vertrag von Svenja Albrecht-Yilmaz (geb. 23.07.1998) endet am 15.06.2025.',
            },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Schick mir die Dienst-Mailadressen von Okonkwo und Albrecht-Yilmaz.' },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_01Lm4Vc8Nb',
              name: 'run_sql',
              input: {
                sql: 'SELECT nachname, email_dienst FROM hr.mitarbeiter WHERE personal_nr IN (40871, 41102)',
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
              tool_use_id: 'toolu_01Lm4Vc8Nb',
              content:
                'nachname,email_dienst\nOkonkwo,c.okonkwo@falkenried-logistik.de\nAlbrecht-Yilmaz,s.albrecht-yilmaz@falkenried-logistik.de',
            },
            { type: 'text', text: 'Und jetzt bitte eine kurze Mail an beide entwerfen.' },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', 'Chidinma Okonkwo'],
      ['DATE_OF_BIRTH', '1991-02-17'],
      ['PERSON', 'Jörg Hansmeier'],
      ['DATE_OF_BIRTH', '1963-11-05'],
      ['PERSON', 'Svenja Albrecht-Yilmaz'],
      ['DATE_OF_BIRTH', '1998-07-23'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Hansmeier'],
      ['PERSON', 'Chidinma Okonkwo'],
      ['PERSON', 'Jörg Hansmeier'],
      ['DATE_OF_BIRTH', '05.11.1963'],
      ['PERSON', 'Svenja Albrecht-Yilmaz'],
      ['DATE_OF_BIRTH', '23.07.1998'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Albrecht-Yilmaz'],
      ['PERSON', 'Okonkwo'],
      ['EMAIL', 'c.okonkwo@falkenried-logistik.de'],
      ['PERSON', 'Albrecht-Yilmaz'],
      ['EMAIL', 's.albrecht-yilmaz@falkenried-logistik.de'],
    ],
  },
  {
    name: 'Anthropic Messages, Dutch bank support: a name and birth date the caller confirmed, voornaam and achternaam as SQL literals, two IBANs, login IPs (one private), the given name alone later, a callback number',
    text: requestBody({
      model: 'claude-3-7-sonnet-20250219',
      max_tokens: 1500,
      system:
        'Je bent de assistent in het support-notebook van Klaverbank. Tabellen: klant(klant_id, voornaam, achternaam, iban, mobiel, geboortedatum), transactie(tx_id, klant_id, tegenrekening_iban, tegenpartij, bedrag_eur, omschrijving, geboekt_op), login(klant_id, ip, user_agent, ingelogd_op). Antwoord kort en in het Nederlands.',
      tools: anthropicTools,
      messages: [
        {
          role: 'user',
          content:
            'Klant belt over een onbekende afschrijving van €249,00 op 3 februari. Het gaat om Pieter de Vries-Hoekstra, geboortedatum 14-09-1982 (telefonisch bevestigd).',
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_nl_01',
              name: 'run_sql',
              input: {
                sql: "SELECT klant_id, iban, mobiel FROM klant WHERE voornaam = 'Pieter' AND achternaam = 'de Vries-Hoekstra' AND geboortedatum = '1982-09-14'",
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_nl_01',
              content: [
                { type: 'text', text: 'klant_id,iban,mobiel\n771204,NL77RABO0318452967,+31 6 4182 7390' },
              ],
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'Gevonden: klant 771204, rekening NL77RABO0318452967. Ik zoek de boeking op.',
            },
            {
              type: 'tool_use',
              id: 'toolu_nl_02',
              name: 'run_sql',
              input: {
                sql: "SELECT tx_id, tegenrekening_iban, tegenpartij, bedrag_eur, omschrijving FROM transactie WHERE klant_id = 771204 AND geboekt_op::date = '2025-02-03'",
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
              tool_use_id: 'toolu_nl_02',
              content: args([
                {
                  tx_id: 'tx_9f2c41',
                  tegenrekening_iban: 'NL97INGB0007429153',
                  tegenpartij: 'SportCity BV',
                  bedrag_eur: -249.0,
                  omschrijving: 'JAARABONNEMENT 2025 REF 55810294',
                },
              ]),
            },
            {
              type: 'text',
              text: 'Pieter zegt dat hij dat abonnement nooit heeft afgesloten. Vanaf welk IP is er ingelogd?',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_nl_03',
              name: 'run_sql',
              input: {
                sql: 'SELECT ip, ingelogd_op FROM login WHERE klant_id = 771204 ORDER BY ingelogd_op DESC LIMIT 3',
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_nl_03',
              content:
                'ip,ingelogd_op\n84.29.173.6,2025-02-03T07:58:11Z\n84.29.173.6,2025-01-29T19:02:45Z\n10.20.4.17,2025-01-28T11:30:00Z',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'De afschrijving ging naar NL97INGB0007429153 (SportCity BV). Op 3 februari is ingelogd vanaf 84.29.173.6, hetzelfde adres als eerdere sessies van de Vries-Hoekstra; 10.20.4.17 is een interne kantoorsessie.',
            },
          ],
        },
        { role: 'user', content: 'Oké. Zet een terugbelverzoek op +31 6 4182 7390 voor morgen.' },
      ],
    }),
    expected: [
      ['PERSON', 'Pieter de Vries-Hoekstra'],
      ['DATE_OF_BIRTH', '14-09-1982'],
      ['PERSON', 'Pieter'],
      ['PERSON', 'de Vries-Hoekstra'],
      ['DATE_OF_BIRTH', '1982-09-14'],
      ['IBAN', 'NL77RABO0318452967'],
      ['PHONE', '+31 6 4182 7390'],
      ['IBAN', 'NL77RABO0318452967'],
      ['IBAN', 'NL97INGB0007429153'],
      ['PERSON', 'Pieter'],
      ['IP_ADDRESS', '84.29.173.6'],
      ['IP_ADDRESS', '84.29.173.6'],
      ['IP_ADDRESS', '10.20.4.17'],
      ['IBAN', 'NL97INGB0007429153'],
      ['IP_ADDRESS', '84.29.173.6'],
      ['PERSON', 'de Vries-Hoekstra'],
      ['IP_ADDRESS', '10.20.4.17'],
      ['PHONE', '+31 6 4182 7390'],
    ],
  },
  {
    name: 'Anthropic Messages, Japanese HR: 氏名 written together, 生年月日 as ISO dates in JSON rows and as 年月日 in the answer, the family name alone with さん, a My Number the assistant refuses',
    text: requestBody({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 1024,
      system:
        'あなたは人事データノートブックのアシスタントです。テーブル: jinji.shain(shain_no, shimei -- 氏名（姓名を続けて表記）, seinengappi DATE -- 生年月日, nyusha_bi DATE, busho, naisen, keitai), jinji.my_number(shain_no, kojin_bangou)。個人番号（マイナンバー）は絶対に出力しないこと。',
      tools: anthropicTools,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: '来月で勤続10年になる社員を出して。記念品の手配に使うので生年月日も。' },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_jp_01',
              name: 'run_sql',
              input: {
                sql: "SELECT shain_no, shimei, seinengappi, nyusha_bi, keitai FROM jinji.shain WHERE nyusha_bi BETWEEN '2015-03-01' AND '2015-03-31'",
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
              tool_use_id: 'toolu_jp_01',
              content: args([
                {
                  shain_no: 'E10233',
                  shimei: '高橋美咲',
                  seinengappi: '1988-06-11',
                  nyusha_bi: '2015-03-02',
                  keitai: '090-4812-7735',
                },
                {
                  shain_no: 'E10241',
                  shimei: '渡部健太郎',
                  seinengappi: '1992-01-27',
                  nyusha_bi: '2015-03-16',
                  keitai: '080-2297-6140',
                },
              ]),
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: '該当は2名です。高橋美咲さん（1988年6月11日生まれ、3月2日入社）と渡部健太郎さん（1992年1月27日生まれ、3月16日入社）。',
            },
          ],
        },
        {
          role: 'user',
          content: [{ type: 'text', text: '渡部さんの内線と、ついでにマイナンバーも教えて。' }],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'マイナンバーはポリシーにより出力できません。内線を調べます。' },
            {
              type: 'tool_use',
              id: 'toolu_jp_02',
              name: 'run_sql',
              input: { sql: "SELECT naisen FROM jinji.shain WHERE shain_no = 'E10241'" },
            },
          ],
        },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'toolu_jp_02', content: 'naisen\n4127' }],
        },
        { role: 'assistant', content: [{ type: 'text', text: '渡部さんの内線は4127です。' }] },
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: '了解。高橋さんには記念品の案内を携帯 +81 90-4812-7735 にSMSで送っていい？',
            },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', '高橋美咲'],
      ['DATE_OF_BIRTH', '1988-06-11'],
      ['PHONE', '090-4812-7735'],
      ['PERSON', '渡部健太郎'],
      ['DATE_OF_BIRTH', '1992-01-27'],
      ['PHONE', '080-2297-6140'],
      ['PERSON', '高橋美咲'],
      ['DATE_OF_BIRTH', '1988年6月11日'],
      ['PERSON', '渡部健太郎'],
      ['DATE_OF_BIRTH', '1992年1月27日'],
      ['PERSON', '渡部'],
      ['PERSON', '渡部'],
      ['PERSON', '高橋'],
      ['PHONE', '+81 90-4812-7735'],
    ],
  },
  {
    name: 'Anthropic Messages, clinic scheduling: family-first names with a comma (one with a middle initial) in JSON rows, the patient and provider after Mrs. and Dr. later, a birth date restated as DOB',
    text: requestBody({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 2048,
      system:
        'You are the scheduling analyst in the Bayview Family Health notebook (Athena export in Redshift). Tables: sched.appointments(appt_id, patient_mrn, provider_id, slot_start, visit_type, status), sched.patients(mrn, display_name -- "Last, First M.", dob, phone, preferred_contact), sched.providers(provider_id, display_name, specialty, clinic_days). Minimum necessary: return only the columns the question needs.',
      tools: anthropicTools,
      messages: [
        {
          role: 'user',
          content:
            'Who is booked into the 8:30 diabetes-review slots on Tuesday 4 March, and with which provider?',
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_bh_01',
              name: 'run_sql',
              input: {
                sql: "SELECT p.display_name AS patient, p.dob, p.phone, pr.display_name AS provider, a.slot_start FROM sched.appointments a JOIN sched.patients p ON p.mrn = a.patient_mrn JOIN sched.providers pr USING (provider_id) WHERE a.slot_start = '2025-03-04 08:30:00-05' AND a.visit_type = 'DM_REVIEW'",
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
              tool_use_id: 'toolu_bh_01',
              content: args([
                {
                  patient: 'Alvarez, Maria T.',
                  dob: '1954-10-22',
                  phone: '+1 617-402-8816',
                  provider: 'Okafor, Emeka',
                  slot_start: '2025-03-04T08:30:00-05:00',
                },
                {
                  patient: 'Brennan, Liam',
                  dob: '1961-06-08',
                  phone: '+1 617-398-2254',
                  provider: 'Lindqvist, Annika',
                  slot_start: '2025-03-04T08:30:00-05:00',
                },
              ]),
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'Two patients: Maria T. Alvarez (DOB 10/22/1954) with Dr. Emeka Okafor, and Liam Brennan with Dr. Annika Lindqvist, both at 8:30 on 4 March.',
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: "Dr. Lindqvist is out that week. Move Mr. Brennan to Dr. Okafor's Thursday list and tell me which number to call Mrs. Alvarez on if Thursday fills up.",
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: "I can't change bookings from the notebook, but Dr. Okafor has Thursday 6 March 09:10 free. Mrs. Alvarez's number on file is +1 617-402-8816.",
            },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', 'Alvarez, Maria T.'],
      ['DATE_OF_BIRTH', '1954-10-22'],
      ['PHONE', '+1 617-402-8816'],
      ['PERSON', 'Okafor, Emeka'],
      ['PERSON', 'Brennan, Liam'],
      ['DATE_OF_BIRTH', '1961-06-08'],
      ['PHONE', '+1 617-398-2254'],
      ['PERSON', 'Lindqvist, Annika'],
      ['PERSON', 'Maria T. Alvarez'],
      ['DATE_OF_BIRTH', '10/22/1954'],
      ['PERSON', 'Emeka Okafor'],
      ['PERSON', 'Liam Brennan'],
      ['PERSON', 'Annika Lindqvist'],
      ['PERSON', 'Lindqvist'],
      ['PERSON', 'Brennan'],
      ['PERSON', 'Okafor'],
      ['PERSON', 'Alvarez'],
      ['PERSON', 'Okafor'],
      ['PERSON', 'Alvarez'],
      ['PHONE', '+1 617-402-8816'],
    ],
  },
  {
    name: 'Anthropic Messages, Mexican HR: a full name with two family names in one cell, fecha_nacimiento, CURP and RFC that are none of ours, the first family name alone later; the tool_result sent as a list of text blocks',
    text: requestBody({
      model: 'claude-3-7-sonnet-20250219',
      max_tokens: 1200,
      system:
        'Eres el asistente de análisis del cuaderno de Recursos Humanos de Grupo Altamira (SQL Server). Tablas: rh.empleados(num_empleado, nombre_completo, fecha_nacimiento, curp, rfc, nss, puesto, sucursal, celular, correo), rh.incidencias(num_empleado, fecha, tipo, horas). No muestres CURP, RFC ni NSS completos.',
      tools: anthropicTools,
      messages: [
        { role: 'user', content: '¿Quién de la sucursal Monterrey Centro cumple 50 años este trimestre?' },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_mx_01',
              name: 'run_sql',
              input: {
                sql: "SELECT num_empleado, nombre_completo, fecha_nacimiento, curp, rfc, celular FROM rh.empleados WHERE sucursal = 'Monterrey Centro' AND YEAR(fecha_nacimiento) = 1975 AND MONTH(fecha_nacimiento) BETWEEN 1 AND 3",
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
              tool_use_id: 'toolu_mx_01',
              content: [
                {
                  type: 'text',
                  text: 'num_empleado,nombre_completo,fecha_nacimiento,curp,rfc,celular\nA-2291,José Luis Ramírez Ochoa,1975-02-14,RAOL750214HNLMCS08,RAOL750214K29,+52 81 4127 8830\nA-3057,Guadalupe Treviño Salinas,1975-03-30,TESG750330MNLRLD02,TESG750330QX1,+52 81 1903 4462',
                },
              ],
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'Dos personas: José Luis Ramírez Ochoa, que cumple 50 el 14 de febrero, y Guadalupe Treviño Salinas, el 30 de marzo.',
            },
          ],
        },
        {
          role: 'user',
          content:
            '¿Y Ramírez tuvo incidencias de horas extra en enero? Si sí, mándale un mensaje al +52 81 4127 8830.',
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_mx_02',
              name: 'run_sql',
              input: {
                sql: "SELECT fecha, horas FROM rh.incidencias WHERE num_empleado = 'A-2291' AND tipo = 'horas_extra' AND fecha BETWEEN '2025-01-01' AND '2025-01-31'",
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_mx_02',
              content: 'fecha,horas\n2025-01-18,4\n2025-01-25,3',
            },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', 'José Luis Ramírez Ochoa'],
      ['DATE_OF_BIRTH', '1975-02-14'],
      ['PHONE', '+52 81 4127 8830'],
      ['PERSON', 'Guadalupe Treviño Salinas'],
      ['DATE_OF_BIRTH', '1975-03-30'],
      ['PHONE', '+52 81 1903 4462'],
      ['PERSON', 'José Luis Ramírez Ochoa'],
      ['PERSON', 'Guadalupe Treviño Salinas'],
      ['PERSON', 'Ramírez'],
      ['PHONE', '+52 81 4127 8830'],
    ],
  },
  {
    name: 'Anthropic Messages, UAE clinic in Arabic: تاريخ الميلاد in a tool_result, an Emirates ID that is none of ours, a mobile and an e-mail, the given name alone after "ماذا عن"',
    text: requestBody({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 1024,
      system:
        "You are the analytics assistant of Al Noor Polyclinic (Dubai). Tables: clinic.patients(mrn, full_name_ar, full_name_en, date_of_birth, emirates_id, mobile, email), clinic.visits(mrn, visit_date, department, doctor_id, no_show). Answer in the user's language.",
      tools: anthropicTools,
      messages: [
        { role: 'user', content: 'من هم المرضى الذين تغيبوا عن مواعيد قسم الجلدية مرتين أو أكثر هذا الشهر؟' },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_ae_01',
              name: 'run_sql',
              input: {
                sql: "SELECT p.full_name_ar, p.date_of_birth, p.emirates_id, p.mobile, p.email, COUNT(*) AS no_shows FROM clinic.visits v JOIN clinic.patients p USING (mrn) WHERE v.department = 'Dermatology' AND v.no_show AND v.visit_date >= '2025-02-01' GROUP BY 1, 2, 3, 4, 5 HAVING COUNT(*) >= 2",
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_ae_01',
              content:
                'الاسم | تاريخ الميلاد | الهوية الإماراتية | الجوال | البريد | مرات الغياب\nمحمد خالد المنصوري | 1986-03-15 | 784-1986-4827163-5 | +971 50 284 6619 | m.almansoori86@gmail.com | 3\nفاطمة يوسف النعيمي | 1999-11-02 | 784-1999-2093478-1 | +971 55 730 1842 | fatima.nuaimi@hotmail.com | 2',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'مريضان: محمد خالد المنصوري (3 مرات غياب) وفاطمة يوسف النعيمي (مرتان). هل تريد إرسال تذكير لهما؟',
            },
          ],
        },
        {
          role: 'user',
          content: 'نعم. وماذا عن محمد؟ هل لديه موعد قادم؟ أرسل له رسالة على +971 50 284 6619.',
        },
      ],
    }),
    expected: [
      ['PERSON', 'محمد خالد المنصوري'],
      ['DATE_OF_BIRTH', '1986-03-15'],
      ['PHONE', '+971 50 284 6619'],
      ['EMAIL', 'm.almansoori86@gmail.com'],
      ['PERSON', 'فاطمة يوسف النعيمي'],
      ['DATE_OF_BIRTH', '1999-11-02'],
      ['PHONE', '+971 55 730 1842'],
      ['EMAIL', 'fatima.nuaimi@hotmail.com'],
      ['PERSON', 'محمد خالد المنصوري'],
      ['PERSON', 'فاطمة يوسف النعيمي'],
      ['PERSON', 'محمد'],
      ['PHONE', '+971 50 284 6619'],
    ],
  },
  {
    name: 'Anthropic Messages sent by a Python client, German CRM: a tool_result of JSON rows inside the string (so \\" and \\u00fc escapes), vorname and nachname in separate keys, an SFTP password in a later tool call',
    text: asciiRequestBody({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 2000,
      system:
        'Du bist der Assistent im Vertriebs-Notebook der Kesselhaus Armaturen AG. Tabellen: vertrieb.kontakte(kontakt_id, vorname, nachname, firma, email, telefon, plz), vertrieb.angebote(angebot_id, kontakt_id, summe_eur, status, erstellt). Exporte gehen per Tool sftp_upload an den Partner-Server.',
      tools: [
        ...anthropicTools,
        {
          name: 'sftp_upload',
          description: 'Upload the last result set as CSV to an SFTP server.',
          input_schema: {
            type: 'object',
            properties: {
              host: { type: 'string' },
              user: { type: 'string' },
              password: { type: 'string' },
              path: { type: 'string' },
            },
            required: ['host', 'user', 'password', 'path'],
          },
        },
      ],
      messages: [
        { role: 'user', content: 'Offene Angebote über 50.000 € im PLZ-Gebiet 8, mit Ansprechpartner.' },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_de_01',
              name: 'run_sql',
              input: {
                sql: "SELECT k.vorname, k.nachname, k.firma, k.email, k.telefon, a.summe_eur FROM vertrieb.angebote a JOIN vertrieb.kontakte k USING (kontakt_id) WHERE a.status = 'offen' AND a.summe_eur > 50000 AND k.plz LIKE '8%'",
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
              tool_use_id: 'toolu_de_01',
              content: args([
                {
                  vorname: 'Jürgen',
                  nachname: 'Kleinschmidt',
                  firma: 'Brauerei Moosach GmbH',
                  email: 'j.kleinschmidt@brauerei-moosach.de',
                  telefon: '+49 89 3128 4470',
                  summe_eur: 78400,
                },
                {
                  vorname: 'Dörte',
                  nachname: 'Großmann',
                  firma: 'Thermalbad Erding',
                  email: 'doerte.grossmann@thermalbad-erding.de',
                  telefon: '+49 8122 559 031',
                  summe_eur: 51250,
                },
              ]),
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'Zwei offene Angebote: Brauerei Moosach (78.400 €, Jürgen Kleinschmidt) und Thermalbad Erding (51.250 €, Dörte Großmann).',
            },
          ],
        },
        {
          role: 'user',
          content: `Lad das bitte auf den Partner-Server: sftp.kesselhaus-partner.de, User vertrieb_export, Passwort ${sftpPassword}. Und erinnere mich morgen an Dörte.`,
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_de_02',
              name: 'sftp_upload',
              input: {
                host: 'sftp.kesselhaus-partner.de',
                user: 'vertrieb_export',
                password: sftpPassword,
                path: '/inbound/angebote_plz8.csv',
              },
            },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', 'J\\u00fcrgen'],
      ['PERSON', 'Kleinschmidt'],
      ['EMAIL', 'j.kleinschmidt@brauerei-moosach.de'],
      ['PHONE', '+49 89 3128 4470'],
      ['PERSON', 'D\\u00f6rte'],
      ['PERSON', 'Gro\\u00dfmann'],
      ['EMAIL', 'doerte.grossmann@thermalbad-erding.de'],
      ['PHONE', '+49 8122 559 031'],
      ['PERSON', 'J\\u00fcrgen Kleinschmidt'],
      ['PERSON', 'D\\u00f6rte Gro\\u00dfmann'],
      ['SECRET', sftpPassword],
      ['PERSON', 'D\\u00f6rte'],
      ['SECRET', sftpPassword],
    ],
  },
  // ---------------------------------------------------------------- OpenAI Responses API input arrays
  {
    name: 'Responses API, Spanish clinic: function_call arguments with nombre and apellidos as SQL literals, a function_call_output of JSON rows with fecha_nacimiento, "nacido el" in the answer, a doctor named in full in the instructions and by title later',
    text: requestBody({
      model: 'gpt-4.1',
      instructions:
        'Eres el asistente de agenda de Clínica Dental Sonrisa Norte (Valencia). Tablas: agenda.pacientes(paciente_id, nombre, apellidos, telefono, fecha_nacimiento, tutor_legal), agenda.citas(cita_id, paciente_id, profesional_id, fecha, hora, confirmada, estado), agenda.profesionales(profesional_id, nombre_completo). El profesional 17 es la Dra. Marta Beltrán Ruiz. Responde en español.',
      tools: responsesTools,
      input: [
        {
          role: 'user',
          content: [
            {
              type: 'input_text',
              text: '¿Qué pacientes tienen cita con la Dra. Beltrán mañana y aún no han confirmado?',
            },
          ],
        },
        {
          type: 'function_call',
          call_id: 'call_es_01',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT p.nombre, p.apellidos, p.telefono, p.fecha_nacimiento, c.hora FROM agenda.citas c JOIN agenda.pacientes p USING (paciente_id) WHERE c.profesional_id = 17 AND c.fecha = '2025-02-12' AND NOT c.confirmada",
            format: 'json',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_es_01',
          output: args({
            columns: ['nombre', 'apellidos', 'telefono', 'fecha_nacimiento', 'hora'],
            rows: [
              ['Lucía', 'Ferrández Olmo', '+34 622 418 907', '1979-08-30', '09:20'],
              ['Abdelkader', 'Benali', '+34 655 073 214', '2011-04-02', '10:40'],
            ],
          }),
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Mañana hay dos citas sin confirmar con la Dra. Beltrán:\n- 09:20 Lucía Ferrández Olmo (+34 622 418 907)\n- 10:40 Abdelkader Benali, menor (nacido el 02/04/2011); conviene llamar a su tutor.',
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'input_text',
              text: '¿Y Lucía? ¿Ha anulado alguna cita este año? El tutor de Abdelkader es su padre, Karim Benali, teléfono 655 073 215.',
            },
          ],
        },
        {
          type: 'function_call',
          call_id: 'call_es_02',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT c.fecha, c.hora, c.estado FROM agenda.citas c JOIN agenda.pacientes p USING (paciente_id) WHERE p.nombre = 'Lucía' AND p.apellidos = 'Ferrández Olmo' AND c.estado = 'anulada' AND c.fecha >= '2025-01-01'",
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_es_02',
          output: 'fecha,hora,estado\n2025-01-21,12:00,anulada',
        },
      ],
    }),
    expected: [
      ['PERSON', 'Marta Beltrán Ruiz'],
      ['PERSON', 'Beltrán'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Ferrández Olmo'],
      ['PHONE', '+34 622 418 907'],
      ['DATE_OF_BIRTH', '1979-08-30'],
      ['PERSON', 'Abdelkader'],
      ['PERSON', 'Benali'],
      ['PHONE', '+34 655 073 214'],
      ['DATE_OF_BIRTH', '2011-04-02'],
      ['PERSON', 'Beltrán'],
      ['PERSON', 'Lucía Ferrández Olmo'],
      ['PHONE', '+34 622 418 907'],
      ['PERSON', 'Abdelkader Benali'],
      ['DATE_OF_BIRTH', '02/04/2011'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Abdelkader'],
      ['PERSON', 'Karim Benali'],
      ['PHONE', '655 073 215'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Ferrández Olmo'],
    ],
  },
  {
    name: 'Responses API, Polish CRM: family-first names with a comma in a semicolon CSV, PESEL numbers that are none of ours, the given name declined ("z Bartoszem"), a note naming an assistant with her desk phone',
    text: requestBody({
      model: 'gpt-4.1-mini',
      instructions:
        "Jesteś asystentem analitycznym w notatniku CRM firmy Wisła Soft. Tabele: crm.kontakty(id, nazwisko_imie -- format 'Nazwisko, Imię', email, telefon, pesel, firma, miasto, etap), crm.notatki(kontakt_email, tresc, utworzono). Odpowiadaj po polsku.",
      tools: responsesTools,
      input: [
        { role: 'user', content: "Pokaż kontakty z etapu 'negocjacje' z firm z Krakowa." },
        {
          type: 'function_call',
          call_id: 'call_pl_01',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT nazwisko_imie, email, telefon, pesel, firma FROM crm.kontakty WHERE etap = 'negocjacje' AND miasto = 'Kraków'",
            format: 'csv',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_pl_01',
          output:
            'nazwisko_imie;email;telefon;pesel;firma\nKowalczyk, Agnieszka;a.kowalczyk@tatrabud.pl;+48 512 830 417;85032814728;Tatrabud\nZieliński, Bartosz;bartosz.zielinski@hutnik-serwis.pl;+48 12 421 77 30;79110603195;Hutnik Serwis',
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Są dwa kontakty w negocjacjach: Agnieszka Kowalczyk (Tatrabud) i Bartosz Zieliński (Hutnik Serwis).',
            },
          ],
        },
        { role: 'user', content: 'A co z Bartoszem? Kiedy była ostatnia notatka?' },
        {
          type: 'function_call',
          call_id: 'call_pl_02',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT tresc, utworzono FROM crm.notatki WHERE kontakt_email = 'bartosz.zielinski@hutnik-serwis.pl' ORDER BY utworzono DESC LIMIT 1",
            format: 'json',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_pl_02',
          output: args([
            {
              tresc:
                'Prosi o ofertę na 40 licencji, decyzja po 15.03. Kontakt do asystentki: Ewa Nowicka, tel. 12 421 77 31',
              utworzono: '2025-02-20T10:14:00+01:00',
            },
          ]),
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Ostatnia notatka jest z 20 lutego: Zieliński prosi o ofertę na 40 licencji, decyzja po 15 marca. Sprawy terminów ustala jego asystentka Ewa Nowicka (12 421 77 31).',
            },
          ],
        },
      ],
    }),
    expected: [
      ['PERSON', 'Kowalczyk, Agnieszka'],
      ['EMAIL', 'a.kowalczyk@tatrabud.pl'],
      ['PHONE', '+48 512 830 417'],
      ['PERSON', 'Zieliński, Bartosz'],
      ['EMAIL', 'bartosz.zielinski@hutnik-serwis.pl'],
      ['PHONE', '+48 12 421 77 30'],
      ['PERSON', 'Agnieszka Kowalczyk'],
      ['PERSON', 'Bartosz Zieliński'],
      ['PERSON', 'Bartoszem'],
      ['EMAIL', 'bartosz.zielinski@hutnik-serwis.pl'],
      ['PERSON', 'Ewa Nowicka'],
      ['PHONE', '12 421 77 31'],
      ['PERSON', 'Zieliński'],
      ['PERSON', 'Ewa Nowicka'],
      ['PHONE', '12 421 77 31'],
    ],
  },
  {
    name: 'Responses API sent by a Python client, Portuguese bank support: \\u escapes in names, data de nascimento, a PT IBAN in the output and quoted back, a NIF that is none of ours, "a Inês" later',
    text: asciiRequestBody({
      model: 'gpt-4o',
      instructions:
        'És o assistente de dados do apoio ao cliente do Banco Atlântida. Tabelas: apoio.clientes(cliente_id, nome, data_nascimento, nif, iban, telemovel, email), apoio.reclamacoes(reclamacao_id, cliente_id, aberta_em, assunto, estado). Responde em português europeu.',
      tools: responsesTools,
      input: [
        {
          role: 'user',
          content:
            'Tenho em linha a cliente 60219. Confirma-me o nome, a data de nascimento e o IBAN para validar a identidade.',
        },
        {
          type: 'function_call',
          call_id: 'call_pt_01',
          name: 'run_sql',
          arguments: args({
            sql: 'SELECT nome, data_nascimento, nif, iban, telemovel FROM apoio.clientes WHERE cliente_id = 60219',
            format: 'json',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_pt_01',
          output: args([
            {
              nome: 'Inês Carvalho Monteiro',
              data_nascimento: '1990-05-27',
              nif: '245871936',
              iban: 'PT50003506510028473190523',
              telemovel: '+351 912 604 318',
            },
          ]),
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Cliente 60219: Inês Carvalho Monteiro, nascida a 27/05/1990, IBAN PT50003506510028473190523, telemóvel +351 912 604 318.',
            },
          ],
        },
        { role: 'user', content: 'A Inês tem alguma reclamação aberta sobre comissões?' },
        {
          type: 'function_call',
          call_id: 'call_pt_02',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT reclamacao_id, aberta_em, assunto FROM apoio.reclamacoes WHERE cliente_id = 60219 AND estado = 'aberta'",
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_pt_02',
          output:
            'reclamacao_id,aberta_em,assunto\nR-77102,2025-01-30,comissão de manutenção cobrada em duplicado',
        },
      ],
    }),
    expected: [
      ['PERSON', 'In\\u00eas Carvalho Monteiro'],
      ['DATE_OF_BIRTH', '1990-05-27'],
      ['IBAN', 'PT50003506510028473190523'],
      ['PHONE', '+351 912 604 318'],
      ['PERSON', 'In\\u00eas Carvalho Monteiro'],
      ['DATE_OF_BIRTH', '27/05/1990'],
      ['IBAN', 'PT50003506510028473190523'],
      ['PHONE', '+351 912 604 318'],
      ['PERSON', 'In\\u00eas'],
    ],
  },
  {
    name: 'Responses API, German Shopify orders: first_name and last_name keys, a public browser IP, a German mobile, an order note naming a neighbour by title and family name; a bakery named after a person is no person',
    text: requestBody({
      model: 'gpt-4.1',
      instructions:
        'Du bist der Daten-Assistent des Shops „Kaffeerösterei Lindner“. Du kannst die Shopify Admin API über shopify_get abfragen. Antworte knapp auf Deutsch.',
      tools: [
        ...responsesTools,
        {
          type: 'function',
          name: 'shopify_get',
          description: 'GET a Shopify Admin REST resource.',
          parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
        },
      ],
      input: [
        { role: 'user', content: 'Bestellung #4471 ist als Betrugsverdacht markiert. Warum?' },
        {
          type: 'function_call',
          call_id: 'call_sh_01',
          name: 'shopify_get',
          arguments: args({
            path: '/admin/api/2024-10/orders/5829304711.json?fields=id,name,email,browser_ip,customer,shipping_address,note',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_sh_01',
          output: args({
            order: {
              id: 5829304711,
              name: '#4471',
              email: 'lennart.vogelsang@web.de',
              browser_ip: '185.220.101.47',
              customer: {
                id: 7710293845,
                first_name: 'Lennart',
                last_name: 'Vogelsang',
                phone: '+49 1522 3849016',
              },
              shipping_address: {
                address1: 'Bäckerei Ludwig Hartl, Hauptstr. 12',
                city: 'Freising',
                zip: '85354',
                country_code: 'DE',
              },
              note: 'Bitte bei Frau Kühn im 2. OG abgeben, falls niemand da ist.',
            },
          }),
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Der Verdacht kommt von der IP 185.220.101.47 (ein bekannter Tor-Ausgangsknoten) und der Lieferadresse bei einer Bäckerei, nicht bei Lennart Vogelsang selbst.',
            },
          ],
        },
        {
          role: 'user',
          content:
            'Ruf Herrn Vogelsang unter +49 1522 3849016 an? Nein, schreib ihm lieber an lennart.vogelsang@web.de.',
        },
      ],
    }),
    expected: [
      ['EMAIL', 'lennart.vogelsang@web.de'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['PERSON', 'Lennart'],
      ['PERSON', 'Vogelsang'],
      ['PHONE', '+49 1522 3849016'],
      ['PERSON', 'Kühn'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['PERSON', 'Lennart Vogelsang'],
      ['PERSON', 'Vogelsang'],
      ['PHONE', '+49 1522 3849016'],
      ['EMAIL', 'lennart.vogelsang@web.de'],
    ],
  },
  // ---------------------------------------------------------------- clean hard negatives
  {
    name: 'NEGATIVE: Chat Completions over aggregated metrics only: revenue by region and cohort retention, request and trace ids, timestamps, percentages',
    text: requestBody({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: crmSchema },
        {
          role: 'user',
          content:
            'How did net revenue retention move by region between Q3 and Q4 2024? A bar chart would help.',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_ag_01',
              type: 'function',
              function: {
                name: 'run_sql',
                arguments: args({
                  sql: "SELECT region, date_trunc('quarter', period_start) AS q, round(100.0 * sum(arr_end) / nullif(sum(arr_start), 0), 1) AS nrr_pct FROM analytics.arr_movements WHERE period_start BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY 1, 2 ORDER BY 1, 2",
                  format: 'csv',
                }),
              },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_ag_01',
          content:
            'region,q,nrr_pct\nAMER,2024-07-01,104.2\nAMER,2024-10-01,101.7\nAPAC,2024-07-01,96.8\nAPAC,2024-10-01,99.3\nEMEA,2024-07-01,108.9\nEMEA,2024-10-01,111.4\n(6 rows, 212 ms, query_id 01b8f2c4-0002-5e1a-0000-3a7d00019c2e)',
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_ag_02',
              type: 'function',
              function: { name: 'make_chart', arguments: args({ kind: 'bar', x: 'region', y: 'nrr_pct' }) },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'call_ag_02',
          content: args({
            chart_id: 'ch_7f3a9c21',
            rendered_at: '2025-02-18T10:44:07.512Z',
            trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
          }),
        },
        {
          role: 'assistant',
          content:
            'EMEA improved from 108.9% to 111.4%, APAC recovered from 96.8% to 99.3%, and AMER slipped from 104.2% to 101.7%. Chart ch_7f3a9c21 is in the notebook. Across 1,284 accounts the blended NRR was 105.6%.',
        },
        {
          role: 'user',
          content: 'Split AMER by industry for Q4 only, top 5 by ARR, and show the median seat count.',
        },
      ],
      tools: openaiTools,
    }),
    expected: [],
  },
  {
    name: 'NEGATIVE: Anthropic Messages, schema-only prompt: columns named first_name, email, phone and date_of_birth with descriptions and null rates, no values',
    text: requestBody({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 1024,
      system:
        'You document data models. Describe tables precisely; never query row values in this mode. Workspace: Meridian Health Partners, Snowflake account xy12345.eu-central-1.',
      tools: anthropicTools,
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: 'Write a data dictionary entry for patients.patient_core. Here is the profile output:\n\ncolumn | type | nullable | null_rate | distinct | description\npatient_id | NUMBER(38,0) | NO | 0.00 | 412877 | surrogate key\nfirst_name | VARCHAR(80) | NO | 0.00 | 18203 | given name as registered\nlast_name | VARCHAR(120) | NO | 0.00 | 96114 | family name as registered\ndate_of_birth | DATE | NO | 0.00 | 29871 | used for age bands only\nemail | VARCHAR(254) | YES | 0.31 | 283560 | portal login, lower-cased\nphone | VARCHAR(20) | YES | 0.12 | 361022 | E.164\nssn_hash | BINARY(32) | YES | 0.57 | 177390 | SHA-256 of SSN with pepper v3\nlast_login_ip | VARCHAR(45) | YES | 0.44 | 201118 | IPv4 or IPv6, truncated to /24 or /48\ncreated_at | TIMESTAMP_NTZ | NO | 0.00 | 410002 | UTC',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_dd_01',
              name: 'run_sql',
              input: {
                sql: "SELECT column_name, data_type, comment FROM information_schema.columns WHERE table_schema = 'PATIENTS' AND table_name = 'PATIENT_CORE' ORDER BY ordinal_position",
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_dd_01',
              content:
                'COLUMN_NAME,DATA_TYPE,COMMENT\nPATIENT_ID,NUMBER,surrogate key\nFIRST_NAME,TEXT,PII: direct identifier\nLAST_NAME,TEXT,PII: direct identifier\nDATE_OF_BIRTH,DATE,PII: quasi-identifier\nEMAIL,TEXT,PII: contact\nPHONE,TEXT,PII: contact\nSSN_HASH,BINARY,pseudonymised\nLAST_LOGIN_IP,TEXT,PII: network\nCREATED_AT,TIMESTAMP_NTZ,',
            },
            { type: 'text', text: 'Mark which columns need masking policies and suggest the tag for each.' },
          ],
        },
      ],
    }),
    expected: [],
  },
  {
    name: 'NEGATIVE: Responses API over news analytics: public figures as topics, a foundation and a stadium named after people, article ids and publish timestamps',
    text: requestBody({
      model: 'gpt-4.1-mini',
      instructions:
        'You are the analyst in the Pressroom Metrics notebook. Tables: news.articles(article_id, published_at, outlet, topic_entities ARRAY, sentiment FLOAT, pageviews INT). Entities are public figures and organisations extracted by the NER job.',
      tools: responsesTools,
      input: [
        {
          role: 'user',
          content: 'Which public figures drove the most pageviews in January, and how did sentiment differ?',
        },
        {
          type: 'function_call',
          call_id: 'call_nw_01',
          name: 'run_sql',
          arguments: args({
            sql: "SELECT e.entity, sum(a.pageviews) AS views, round(avg(a.sentiment), 2) AS sentiment FROM news.articles a, unnest(a.topic_entities) AS e(entity) WHERE a.published_at >= '2025-01-01' AND a.published_at < '2025-02-01' GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
            format: 'markdown',
          }),
        },
        {
          type: 'function_call_output',
          call_id: 'call_nw_01',
          output:
            '| entity | views | sentiment |\n|---|---|---|\n| Emmanuel Macron | 1842210 | -0.18 |\n| Lionel Messi | 1530977 | 0.41 |\n| Christine Lagarde | 918304 | -0.05 |\n| Bill & Melinda Gates Foundation | 402118 | 0.22 |\n| Estadio Santiago Bernabéu | 388740 | 0.09 |',
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'output_text',
              text: 'Emmanuel Macron led January with 1.84M pageviews at slightly negative sentiment (-0.18); coverage of Lionel Messi was the most positive (0.41). Christine Lagarde stories were neutral. Two entities are organisations or venues (the Gates Foundation, the Bernabéu), so you may want to filter to persons.',
            },
          ],
        },
        {
          role: 'user',
          content:
            'Yes, persons only, and compare with December. Article ids 880172 and 880190 were duplicates; exclude them.',
        },
      ],
    }),
    expected: [],
  },
  {
    name: 'NEGATIVE: Chat Completions writing a pytest fixture: placeholder people on example.com and example.org, a loopback database URL with a documented dummy password',
    text: requestBody({
      model: 'gpt-4o-mini',
      messages: [
        {
          role: 'system',
          content:
            'You help engineers write tests for the Ledgerline data pipeline. Fixtures must use reserved example domains and obviously fake people only.',
        },
        {
          role: 'user',
          content:
            'Write a pytest fixture that seeds crm.contacts with three rows against the local database at postgresql://postgres@127.0.0.1:5432/test, then a test that the dedupe job merges the two rows sharing an email.',
        },
        {
          role: 'assistant',
          content:
            'Here is the fixture:\n\n```python\n@pytest.fixture\ndef contacts(db):\n    rows = [\n        {"first_name": "Alice", "last_name": "Example", "email": "alice@example.com"},\n        {"first_name": "Bob", "last_name": "Example", "email": "bob@example.org"},\n        {"first_name": "Alice", "last_name": "Example", "email": "alice@example.com"},\n    ]\n    db.execute(insert(contacts_table), rows)\n    yield rows\n    db.execute(delete(contacts_table))\n\n\ndef test_dedupe_merges_same_email(db, contacts):\n    run_dedupe(db)\n    emails = [r.email for r in db.execute(select(contacts_table.c.email))]\n    assert sorted(emails) == ["alice@example.com", "bob@example.org"]\n```\n\nThe connection string uses the passwordless `postgres` superuser (trust auth) of the local Docker image on 127.0.0.1.',
        },
        {
          role: 'user',
          content:
            'Add a third distinct person at test.example.net and make the test run against localhost:5433 in CI.',
        },
      ],
      tools: openaiTools,
    }),
    expected: [],
  },
  {
    name: 'NEGATIVE: Anthropic Messages debugging a pipeline run: UUIDs, trace and span ids, git SHAs, ISO timestamps, version strings and a card-count metric',
    text: requestBody({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 800,
      system:
        'You are the on-call assistant in the Dataplane Ops notebook. Tables: ops.runs(run_id uuid, dag_id, started_at, finished_at, state, git_sha, image_tag), ops.spans(trace_id, span_id, parent_span_id, name, duration_ms).',
      tools: anthropicTools,
      messages: [
        { role: 'user', content: 'Why did the nightly card_settlement DAG take 3x longer last night?' },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_op_01',
              name: 'run_sql',
              input: {
                sql: "SELECT r.run_id, r.started_at, r.finished_at, r.git_sha, r.image_tag, s.trace_id, s.name, s.duration_ms FROM ops.runs r JOIN ops.spans s ON s.trace_id = r.trace_id WHERE r.dag_id = 'card_settlement' AND r.started_at >= '2025-02-17' ORDER BY s.duration_ms DESC LIMIT 4",
              },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_op_01',
              content:
                'run_id,started_at,finished_at,git_sha,image_tag,trace_id,name,duration_ms\n9c1e4f2a-7b3d-4e8a-b5c6-0d2f1a9e8b74,2025-02-18T01:00:03Z,2025-02-18T03:41:55Z,3f9a1c7e2b8d4056a1e9c3b7d2f8a0e4c6b1d9f2,2025.02.17-4,0af7651916cd43dd8448eb211c80319c,settle_batch,7420118\n9c1e4f2a-7b3d-4e8a-b5c6-0d2f1a9e8b74,2025-02-18T01:00:03Z,2025-02-18T03:41:55Z,3f9a1c7e2b8d4056a1e9c3b7d2f8a0e4c6b1d9f2,2025.02.17-4,0af7651916cd43dd8448eb211c80319c,load_presentments,1290447\n(2 rows)',
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'text',
              text: 'settle_batch took 7,420 s (2h 3m) in run 9c1e4f2a-7b3d-4e8a-b5c6-0d2f1a9e8b74, built from 3f9a1c7 (image 2025.02.17-4). It processed 4,812,330 presentments across 1,106,452 distinct cards, about 2.6x the usual volume after the 14 Feb promotion. Trace 0af7651916cd43dd8448eb211c80319c shows no retries.',
            },
          ],
        },
        {
          role: 'user',
          content:
            'Compare with run 6b0d2e91-3c4a-4f7b-9e18-5a2c7d0f4b63 from 2025-02-10 and check whether version 4.12.0.3 of the connector changed batch size.',
        },
      ],
    }),
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 57: whole notebook-assistant requests as Chat Completions, Anthropic Messages and Responses API bodies',
  cases,
);
