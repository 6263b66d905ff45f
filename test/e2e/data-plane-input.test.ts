import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, operatorToken, startHarness, type TestWorkspace } from '../support/harness.js';

let h: Harness;
let ws: TestWorkspace;

beforeAll(async () => {
  h = await startHarness();
  ws = await h.workspace({ provider: 'anthropic' });
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

async function call(path: string, init: { headers?: Record<string, string>; body?: string }) {
  const res = await fetch(h.url + path, { method: 'POST', headers: init.headers, body: init.body });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Record<string, never> };
}

const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
const message = JSON.stringify({ model: 'x', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });

describe('bad input on the data plane, in each endpoint format', () => {
  it('answers malformed JSON with invalid_json in the OpenAI format', async () => {
    const res = await call('/v1/chat/completions', { headers: json(ws.memberToken), body: '{"model":' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_json' } });
  });

  it('answers a wrong content type 415 and an oversized body 413 in the Anthropic format', async () => {
    const plain = await call('/v1/messages', {
      headers: { authorization: `Bearer ${ws.memberToken}`, 'content-type': 'text/plain' },
      body: message,
    });
    expect(plain.status).toBe(415);
    expect(plain.body).toMatchObject({ type: 'error', error: { code: 'unsupported_media_type' } });
    const big = await call('/v1/messages', {
      headers: json(ws.memberToken),
      body: JSON.stringify({
        model: 'x',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'x'.repeat(9 << 20) }],
      }),
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({
      type: 'error',
      error: { type: 'request_too_large', code: 'payload_too_large' },
    });
  });

  it('names the offending field without echoing its value', async () => {
    const res = await call('/v1/chat/completions', {
      headers: json(ws.memberToken),
      body: JSON.stringify({ model: 'x', messages: [{ role: 'wizard', content: 'SECRET-VALUE-42' }] }),
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect(JSON.stringify(res.body)).toContain('messages');
    // Neither the offending value nor any other value is echoed.
    expect(res.text).not.toContain('wizard');
    expect(res.text).not.toContain('SECRET-VALUE-42');
  });

  it('accepts a token in x-api-key, refuses two different credentials, refuses the operator', async () => {
    const viaApiKey = await call('/v1/messages', {
      headers: {
        'x-api-key': ws.memberToken,
        'content-type': 'application/json',
        'anthropic-version': '2023-06-01',
      },
      body: message,
    });
    expect(viaApiKey.status).toBe(200);
    const both = await call('/v1/messages', {
      headers: { ...json(ws.memberToken), 'x-api-key': ws.adminToken },
      body: message,
    });
    expect(both.status).toBe(401);
    expect(both.body).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error', code: 'unauthorized' },
    });
    const operator = await call('/v1/messages', { headers: json(operatorToken), body: message });
    expect(operator.status).toBe(403);
    expect(operator.body).toMatchObject({ error: { code: 'forbidden' } });
    expect(h.fake.requests).toHaveLength(1);
  });

  it('refuses an unauthenticated request before reading its body', async () => {
    const res = await call('/v1/chat/completions', {
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'unauthorized' } });
    expect(h.fake.requests).toHaveLength(0);
  });
});
