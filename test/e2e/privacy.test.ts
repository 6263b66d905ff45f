import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';

// Values that must never reach a provider under the default policy.
const email = 'priya.natarajan@northwind-health.co.uk';
const ssn = '536-22-8741';
const phone = '+44 20 7946 0958';
const apiKey = 'sk-proj-Vq3XbN8mT2kLw9RtY4pJs7CdF1gHz6Ue';

let h: Harness;
let ws: TestWorkspace;
let claudeWs: TestWorkspace;
const openai = (token: string) => new OpenAI({ apiKey: token, baseURL: `${h.url}/v1`, maxRetries: 0 });
const anthropic = (token: string) => new Anthropic({ apiKey: token, baseURL: h.url, maxRetries: 0 });
const sentText = () => JSON.stringify(h.fake.requests.at(-1)?.body);

beforeAll(async () => {
  h = await startHarness();
  ws = await h.workspace();
  claudeWs = await h.workspace({ provider: 'anthropic' });
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

interface AuditEntry {
  action: string;
  after: { findings: Record<string, number> | null; policy_version: number | null; outcome: string };
}
async function lastCall(workspaceId: string): Promise<AuditEntry> {
  await h.palisade.recorder.flush();
  const page = await h.api<{ data: AuditEntry[] }>('GET', `/api/workspaces/${workspaceId}/audit?limit=50`);
  const entry = page.body.data.find((e) => e.action === 'ai.call');
  if (!entry) throw new Error('no ai.call entry');
  return entry;
}

describe('the default context policy on the data plane', () => {
  it('sends placeholders and a masked secret, and gives the client its real values back (OpenAI)', async () => {
    const { data: completion, response } = await openai(ws.memberToken)
      .chat.completions.create({
        model: 'gpt-5.4-mini',
        messages: [
          { role: 'system', content: `Escalate to ${email}.` },
          { role: 'user', content: `Patient SSN ${ssn}, phone ${phone}, key ${apiKey}` },
        ],
      })
      .withResponse();
    expect(response.headers.get('x-palisade-redactions')).toBe('EMAIL=1, US_SSN=1, PHONE=1, SECRET=1');
    const sent = sentText();
    for (const value of [email, ssn, phone, apiKey]) expect(sent).not.toContain(value);
    expect(sent).toContain('Escalate to <EMAIL_1>.');
    expect(sent).toContain('Patient SSN <US_SSN_1>, phone <PHONE_1>, key [SECRET]');
    // The fake model echoes the last user turn: placeholders restored, the secret stays masked.
    expect(completion.choices[0]?.message.content).toBe(
      `Echo: Patient SSN ${ssn}, phone ${phone}, key [SECRET]`,
    );
    // Restored in place: the provider's own fields are kept for a same-format client.
    expect(completion.system_fingerprint).toMatch(/^fp_/);
  });

  it('restores placeholders split across stream chunks (OpenAI SDK, 3-character chunks)', async () => {
    h.fake.configure({ textChunkChars: 3 });
    const stream = await openai(ws.memberToken).chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: `Write to ${email} about ${ssn}` }],
      stream: true,
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      chunks++;
    }
    expect(chunks).toBeGreaterThan(10);
    expect(text).toBe(`Echo: Write to ${email} about ${ssn}`);
    expect(sentText()).not.toContain(email);
  });

  it('restores placeholders in streamed tool-call arguments (Anthropic SDK, translated to OpenAI)', async () => {
    h.fake.configure({
      toolCall: { name: 'notify', arguments: { to: '<EMAIL_1>', note: 'call <PHONE_1>' } },
    });
    const stream = anthropic(ws.memberToken).messages.stream({
      model: 'claude-sonnet-5-5',
      max_tokens: 200,
      tools: [{ name: 'notify', description: 'Notify someone', input_schema: { type: 'object' } }],
      messages: [{ role: 'user', content: `Notify ${email}, phone ${phone}` }],
    });
    const final = await stream.finalMessage();
    const use = final.content.find((block) => block.type === 'tool_use');
    expect(use?.input).toEqual({ to: email, note: `call ${phone}` });
    expect(sentText()).not.toContain(email);
  });

  it('restores placeholders for an Anthropic client on an Anthropic workspace, streaming and not', async () => {
    h.fake.configure({ textChunkChars: 2 });
    const client = anthropic(claudeWs.memberToken);
    const question = { role: 'user' as const, content: `Is ${email} the owner of SSN ${ssn}?` };
    const whole = await client.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      messages: [question],
    });
    expect(whole.content[0]?.type === 'text' && whole.content[0].text).toBe(`Echo: ${question.content}`);
    const streamed = await client.messages
      .stream({ model: 'claude-sonnet-5-5', max_tokens: 100, messages: [question] })
      .finalText();
    expect(streamed).toBe(`Echo: ${question.content}`);
    for (const request of h.fake.requests) {
      expect(JSON.stringify(request.body)).not.toContain(email);
      expect(JSON.stringify(request.body)).not.toContain(ssn);
    }
  });

  it('keeps the placeholder maps of concurrent requests apart', async () => {
    h.fake.configure({ textChunkChars: 4, chunkDelayMs: 1 });
    const people = Array.from({ length: 12 }, (_, i) => `person${i}.lastname@contoso-${i}.com`);
    const answers = await Promise.all(
      people.map(async (address) => {
        const stream = await openai(ws.memberToken).chat.completions.create({
          model: 'gpt-5.4-mini',
          messages: [{ role: 'user', content: `Reply to ${address}` }],
          stream: true,
        });
        let text = '';
        for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
        return text;
      }),
    );
    // Every request called its value <EMAIL_1>, and each got back its own.
    expect(answers).toEqual(people.map((address) => `Echo: Reply to ${address}`));
  });

  it("records counts of findings by type and the policy version in the call's audit entry, never values", async () => {
    await openai(ws.memberToken).chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: `${email} and ${email}, SSN ${ssn}, key ${apiKey}` }],
    });
    const entry = await lastCall(ws.id);
    expect(entry.after).toMatchObject({
      outcome: 'ok',
      findings: { EMAIL: 2, US_SSN: 1, SECRET: 1 },
      policy_version: 1,
    });
    const audit = (await h.api('GET', `/api/workspaces/${ws.id}/audit?limit=200`)).text;
    for (const value of [email, ssn, apiKey]) expect(audit).not.toContain(value);
  });

  it('takes the palisade field out of the request: it never reaches the provider', async () => {
    const res = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.memberToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'gpt-5.4-mini',
        messages: [{ role: 'user', content: 'hi' }],
        palisade: { context: { cells: [{ language: 'sql', source: 'select 1' }] } },
      }),
    });
    expect(res.status).toBe(200);
    const body = h.fake.requests.at(-1)?.body as Record<string, unknown>;
    expect(body).not.toHaveProperty('palisade');
    expect(JSON.stringify(body.messages)).toContain('select 1');
  });

  it('refuses a malformed palisade.context with invalid_request naming the field', async () => {
    const res = await fetch(`${h.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': claudeWs.memberToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'claude-sonnet-5-5',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'hi' }],
        palisade: { context: { cells: [{ source: 42 }] } },
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'error',
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('palisade.context.cells[0].source'),
      },
    });
    expect(h.fake.requests).toHaveLength(0);
  });
});

describe('a workspace context policy', () => {
  let policyWs: TestWorkspace;
  beforeAll(async () => {
    policyWs = await h.workspace();
  });

  it('applies the operators an admin chose, from the next request on, and versions the policy', async () => {
    const patched = await h.api<{
      context_policy: { operators: Record<string, string> };
      context_policy_version: number;
    }>('PATCH', `/api/workspaces/${policyWs.id}/ai-settings`, {
      token: policyWs.adminToken,
      body: {
        context_policy: { operators: { EMAIL: 'mask', US_SSN: 'hash', PHONE: 'drop', PERSON: 'allow' } },
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.context_policy_version).toBe(2);
    expect(patched.body.context_policy.operators).toMatchObject({
      EMAIL: 'mask',
      SECRET: 'mask',
      IBAN: 'placeholder',
    });
    const completion = await openai(policyWs.memberToken).chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: `Mail ${email}, SSN ${ssn}, phone ${phone}.` }],
    });
    const sent = sentText();
    expect(sent).toMatch(/Mail \[EMAIL\], SSN \[US_SSN:[0-9a-f]{12}\], phone \./);
    expect(completion.choices[0]?.message.content).toMatch(
      /^Echo: Mail \[EMAIL\], SSN \[US_SSN:[0-9a-f]{12}\], phone \.$/,
    );
    expect((await lastCall(policyWs.id)).after.policy_version).toBe(2);
  });

  it('refuses a policy that would restore secrets, and a member changing it', async () => {
    const bad = await h.api('PATCH', `/api/workspaces/${policyWs.id}/ai-settings`, {
      token: policyWs.adminToken,
      body: { context_policy: { operators: { SECRET: 'placeholder' } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('never restored');
    const member = await h.api('PATCH', `/api/workspaces/${policyWs.id}/ai-settings`, {
      token: policyWs.memberToken,
      body: { context_policy: {} },
    });
    expect(member.status).toBe(403);
  });
});

describe('structured context', () => {
  const context = {
    schemas: [
      {
        name: 'crm.customers',
        columns: [
          { name: 'customer_id', type: 'bigint' },
          { name: 'full_name', type: 'text' },
          { name: 'email', type: 'text' },
          { name: 'ssn', type: 'text', tags: ['pii'] },
        ],
      },
      { name: 'hr.salaries', columns: [{ name: 'amount', type: 'numeric' }] },
    ],
    cells: [
      {
        language: 'sql',
        source: "SELECT * FROM crm.customers WHERE full_name = 'Oluwaseun Adebayo-Whitfield'",
      },
    ],
    outputs: [
      {
        columns: ['customer_id', 'full_name', 'email'],
        rows: [
          [1, 'Oluwaseun Adebayo-Whitfield', 'seun@adebayo-family.ng'],
          [2, 'Marguerite Delacroix-Nakamura', 'mdn@delacroix.fr'],
          [3, 'Thandiwe Okonkwo', 'thandi@okonkwo.co.za'],
        ],
      },
    ],
  };

  it('is rendered into the prompt under the policy, with values under name-like columns replaced', async () => {
    const policyWs = await h.workspace();
    await h.api('PATCH', `/api/workspaces/${policyWs.id}/ai-settings`, {
      token: policyWs.adminToken,
      body: { context_policy: { exclude_tables: ['hr.*'], max_rows: 2 } },
    });
    const res = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${policyWs.memberToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'gpt-5.4-mini',
        messages: [
          { role: 'system', content: 'You help analysts.' },
          { role: 'user', content: 'Why are there duplicates?' },
        ],
        palisade: { context },
      }),
    });
    expect(res.status).toBe(200);
    const sent = h.fake.requests.at(-1)?.body as { messages: Array<{ role: string; content: string }> };
    const messages = sent.messages;
    expect(messages.map((m) => m.role)).toEqual(['system', 'system', 'user']);
    const rendered = messages[1]?.content ?? '';
    expect(rendered).toContain('crm.customers');
    expect(rendered).not.toContain('hr.salaries');
    // Tagged pii: left out by default.
    expect(rendered).not.toMatch(/\bssn\b/);
    expect(rendered).toContain("WHERE full_name = '<PERSON_1>'");
    for (const value of ['Oluwaseun', 'Delacroix', 'seun@adebayo-family.ng', 'mdn@delacroix.fr', 'Okonkwo']) {
      expect(rendered).not.toContain(value);
    }
    expect(rendered).toContain('<PERSON_2>');
    expect(rendered).toContain('<EMAIL_2>');
  });

  it('is shown exactly as it would leave by the admin preview, with findings and no provider call', async () => {
    const body = {
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: `Who owns ${email}?` }],
      palisade: { context },
    };
    const preview = await h.api<{
      provider: string;
      model: string;
      policy_version: number;
      request: { store: boolean; messages: Array<{ role: string; content: string }> };
      findings: Array<{
        type: string;
        location: string;
        start: number;
        end: number;
        operator: string;
        replacement?: string;
      }>;
      counts: Record<string, number>;
      context: Record<string, number | boolean>;
    }>('POST', `/api/workspaces/${ws.id}/context/preview`, { token: ws.adminToken, body });
    expect(preview.status).toBe(200);
    expect(h.fake.requests).toHaveLength(0);
    expect(preview.body).toMatchObject({ provider: 'openai', model: 'gpt-5.4-mini', policy_version: 1 });
    expect(preview.body.request.store).toBe(false);
    // The rendered context comes first and holds three addresses: this one is the fourth.
    expect(preview.body.request.messages.at(-1)).toEqual({ role: 'user', content: 'Who owns <EMAIL_4>?' });
    expect(preview.body.findings).toContainEqual({
      type: 'EMAIL',
      location: 'messages[1].parts[0].text',
      start: 'Who owns '.length,
      end: 'Who owns '.length + email.length,
      operator: 'placeholder',
      replacement: '<EMAIL_4>',
    });
    expect(preview.body.counts.PERSON).toBeGreaterThanOrEqual(3);
    // The ssn column is tagged pii: left out by the default policy, and the preview says so.
    expect(preview.body.context).toMatchObject({
      tables: 2,
      columns_excluded: 1,
      rows_omitted: 0,
      truncated: false,
    });
    expect(preview.text).not.toContain(email);
    expect(preview.text).not.toContain('Oluwaseun');

    // What the preview shows is what the data plane sends.
    await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.memberToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(h.fake.requests.at(-1)?.body).toEqual(preview.body.request);
  });

  it('previews in the Anthropic format, and only for the workspace admins and the operator', async () => {
    const body = {
      model: 'claude-sonnet-5-5',
      max_tokens: 50,
      system: `Owner: ${email}`,
      messages: [{ role: 'user', content: 'hi' }],
    };
    const path = `/api/workspaces/${claudeWs.id}/context/preview?format=anthropic`;
    const preview = await h.api<{ request: { system: string } }>('POST', path, { body });
    expect(preview.status).toBe(200);
    expect(preview.body.request.system).toBe('Owner: <EMAIL_1>');
    expect((await h.api('POST', path, { token: claudeWs.memberToken, body })).status).toBe(403);
    expect((await h.api('POST', path, { token: ws.adminToken, body })).status).toBe(404);
  });
});

describe('fail closed', () => {
  it('refuses with policy_unavailable when detection fails, and sends nothing', async () => {
    const broken = await startHarness({
      detectors: [
        {
          id: 'broken',
          entities: ['EMAIL'],
          detect: () => {
            throw new Error('detector exploded');
          },
        },
      ],
    });
    try {
      const w = await broken.workspace();
      const res = await fetch(`${broken.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${w.memberToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'gpt-5.4-mini',
          messages: [{ role: 'user', content: `mail ${email}` }],
        }),
      });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: { code: 'policy_unavailable' } });
      expect(broken.fake.requests).toHaveLength(0);
      expect(broken.logs.join('\n')).not.toContain(email);
    } finally {
      await broken.close();
    }
  });
});

describe('every text-bearing part is scanned, on both endpoints (contract)', () => {
  const values = {
    system: 'ingrid.halvorsen@nordlys-data.no',
    firstTurn: '+47 412 34 567',
    answer: '4539 1488 0343 6467',
    toolArgs: 'NO93 8601 1117 947',
    toolResult: 'ghp_R7tYx2Qm9LpV4sKw8ZnB3cJd6FhG1aE0uTyI',
    lastTurn: '81.166.42.7',
  };

  it('OpenAI format: system, every turn, tool-call arguments and tool results', async () => {
    await openai(ws.memberToken).chat.completions.create({
      model: 'gpt-5.4-mini',
      messages: [
        { role: 'system', content: `Escalations: ${values.system}` },
        { role: 'user', content: `Call me on ${values.firstTurn}` },
        {
          role: 'assistant',
          content: `Card on file ${values.answer}`,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'refund', arguments: JSON.stringify({ iban: values.toolArgs }) },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: `token=${values.toolResult}` },
        { role: 'user', content: `My IP is ${values.lastTurn}` },
      ],
    });
    const sent = sentText();
    for (const [where, value] of Object.entries(values)) expect(sent, where).not.toContain(value);
  });

  it('Anthropic format: system, every turn, tool_use input and tool_result content', async () => {
    await anthropic(claudeWs.memberToken).messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 50,
      system: `Escalations: ${values.system}`,
      messages: [
        { role: 'user', content: `Call me on ${values.firstTurn}` },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: `Card on file ${values.answer}` },
            { type: 'tool_use', id: 'toolu_1', name: 'refund', input: { iban: values.toolArgs } },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_1', content: `token=${values.toolResult}` },
            { type: 'text', text: `My IP is ${values.lastTurn}` },
          ],
        },
      ],
    });
    const sent = sentText();
    for (const [where, value] of Object.entries(values)) expect(sent, where).not.toContain(value);
  });
});
