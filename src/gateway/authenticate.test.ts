import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../core/errors.js';
import { generateToken, hashToken } from '../workspaces/tokens.js';
import type { TokenPrincipal } from '../workspaces/types.js';
import { Authenticator, type CredentialHeaders } from './authenticate.js';

const operatorToken = 'operator-secret-0123456789abcdef';
const operatorHash = Buffer.from(hashToken(operatorToken), 'hex');

function principal(workspaceId: string, tokenId: string): TokenPrincipal {
  return { kind: 'token', tokenId, workspaceId, memberId: `mem_${tokenId}`, role: 'member', region: 'us' };
}

/** A token table that counts lookups per hash. */
function fakeStore(entries: Array<[token: string, principal: TokenPrincipal]>) {
  const byHash = new Map(entries.map(([token, p]) => [hashToken(token), p]));
  const calls: string[] = [];
  const findToken = async (hash: string) => {
    calls.push(hash);
    return byHash.get(hash);
  };
  return {
    calls,
    findToken,
    callsFor: (token: string) => calls.filter((h) => h === hashToken(token)).length,
  };
}

async function refusal(promise: Promise<unknown>): Promise<PalisadeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PalisadeError);
  return error as PalisadeError;
}

const token = generateToken();
const alice = principal('ws_a', 'tok_a');

describe('Authenticator credential extraction', () => {
  it.each<[string, CredentialHeaders]>([
    ['Bearer', { authorization: `Bearer ${token}` }],
    ['lower-case scheme', { authorization: `bearer ${token}` }],
    ['upper-case scheme and extra spaces', { authorization: `BEARER   ${token}  ` }],
    ['x-api-key', { 'x-api-key': token }],
    ['the same value in both headers', { authorization: `Bearer ${token}`, 'x-api-key': token }],
  ])('accepts %s', async (_, headers) => {
    const store = fakeStore([[token, alice]]);
    const auth = new Authenticator(operatorHash, store.findToken);
    await expect(auth.authenticate(headers)).resolves.toEqual(alice);
  });

  it.each<[string, CredentialHeaders]>([
    ['no credential', {}],
    ['an Authorization header without a scheme', { authorization: token }],
    ['a Basic scheme', { authorization: `Basic ${token}` }],
    ['Bearer with no token', { authorization: 'Bearer ' }],
    ['Bearer with two tokens', { authorization: `Bearer ${token} ${token}` }],
    ['an empty Authorization header', { authorization: '' }],
    ['an empty x-api-key', { 'x-api-key': '' }],
    ['two x-api-key headers', { 'x-api-key': [token, token] }],
    ['one x-api-key header as an array', { 'x-api-key': [token] }],
    ['two different credentials', { authorization: `Bearer ${token}`, 'x-api-key': generateToken() }],
    ['operator and token together', { authorization: `Bearer ${operatorToken}`, 'x-api-key': token }],
  ])('refuses %s as unauthorized without a lookup', async (_, headers) => {
    const store = fakeStore([[token, alice]]);
    const auth = new Authenticator(operatorHash, store.findToken);
    const error = await refusal(auth.authenticate(headers));
    expect(error.code).toBe('unauthorized');
    expect(store.calls).toEqual([]);
  });
});

describe('Authenticator tokens', () => {
  it.each<[string, CredentialHeaders]>([
    ['Bearer', { authorization: `Bearer ${operatorToken}` }],
    ['x-api-key', { 'x-api-key': operatorToken }],
  ])('recognises the operator token sent as %s without a lookup', async (_, headers) => {
    const store = fakeStore([]);
    const auth = new Authenticator(operatorHash, store.findToken);
    await expect(auth.authenticate(headers)).resolves.toEqual({ kind: 'operator' });
    expect(store.calls).toEqual([]);
  });

  it.each([
    ['a changed character', `${token.slice(0, 12)}${token[12] === 'a' ? 'b' : 'a'}${token.slice(13)}`],
    ['a truncated token', token.slice(0, -1)],
    ['a short pal_ token', 'pal_abc'],
    ['a foreign key', 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a near-miss of the operator token', `${operatorToken}x`],
  ])('refuses %s without calling findToken', async (_, credential) => {
    const store = fakeStore([[credential, alice]]);
    const auth = new Authenticator(operatorHash, store.findToken);
    expect((await refusal(auth.authenticate({ 'x-api-key': credential }))).code).toBe('unauthorized');
    expect(store.calls).toEqual([]);
  });

  it('serves a known token from its cache after the first lookup', async () => {
    const store = fakeStore([[token, alice]]);
    const auth = new Authenticator(operatorHash, store.findToken);
    await expect(auth.authenticate({ authorization: `Bearer ${token}` })).resolves.toEqual(alice);
    await expect(auth.authenticate({ 'x-api-key': token })).resolves.toEqual(alice);
    expect(store.callsFor(token)).toBe(1);
  });

  it('remembers an unknown token only for its ttl', async () => {
    const unknown = generateToken();
    const store = fakeStore([]);
    const auth = new Authenticator(operatorHash, store.findToken, 30);
    expect((await refusal(auth.authenticate({ 'x-api-key': unknown }))).code).toBe('unauthorized');
    expect((await refusal(auth.authenticate({ 'x-api-key': unknown }))).code).toBe('unauthorized');
    expect(store.callsFor(unknown)).toBe(1);
    await sleep(60);
    expect((await refusal(auth.authenticate({ 'x-api-key': unknown }))).code).toBe('unauthorized');
    expect(store.callsFor(unknown)).toBe(2);
  });

  it('forgetWorkspace drops only that workspace’s tokens (and the unknown cache)', async () => {
    const other = generateToken();
    const unknown = generateToken();
    const store = fakeStore([
      [token, alice],
      [other, principal('ws_b', 'tok_b')],
    ]);
    const auth = new Authenticator(operatorHash, store.findToken, 60_000);
    for (const t of [token, other]) await auth.authenticate({ 'x-api-key': t });
    await refusal(auth.authenticate({ 'x-api-key': unknown }));
    auth.forgetWorkspace('ws_a');
    for (const t of [token, other]) await auth.authenticate({ 'x-api-key': t });
    await refusal(auth.authenticate({ 'x-api-key': unknown }));
    expect([store.callsFor(token), store.callsFor(other), store.callsFor(unknown)]).toEqual([2, 1, 2]);
  });

  it('forgetAll drops every cached token', async () => {
    const other = generateToken();
    const store = fakeStore([
      [token, alice],
      [other, principal('ws_b', 'tok_b')],
    ]);
    const auth = new Authenticator(operatorHash, store.findToken);
    for (const t of [token, other]) await auth.authenticate({ 'x-api-key': t });
    auth.forgetAll();
    for (const t of [token, other]) await auth.authenticate({ 'x-api-key': t });
    expect([store.callsFor(token), store.callsFor(other)]).toEqual([2, 2]);
  });

  it('turns a failing lookup into policy_unavailable without leaking its text or caching it', async () => {
    let failing = true;
    const calls: string[] = [];
    const findToken = async (hash: string) => {
      calls.push(hash);
      if (failing) throw new Error('connection to db at postgres://user:pw@host refused');
      return alice;
    };
    const auth = new Authenticator(operatorHash, findToken);
    const error = await refusal(auth.authenticate({ 'x-api-key': token }));
    expect(error.code).toBe('policy_unavailable');
    expect(error.status).toBe(503);
    expect(error.message).not.toContain('postgres');
    expect((error.cause as Error).message).toContain('refused');
    failing = false;
    await expect(auth.authenticate({ 'x-api-key': token })).resolves.toEqual(alice);
    expect(calls).toHaveLength(2);
  });
});

describe('Authenticator races', () => {
  it('does not cache a lookup that a revocation overtook', async () => {
    let release: (p: TokenPrincipal | undefined) => void = () => {};
    let reads = 0;
    const auth = new Authenticator(operatorHash, () => {
      reads++;
      return new Promise((resolve) => {
        release = resolve;
      });
    });
    const first = auth.authenticate({ authorization: `Bearer ${token}` });
    await sleep(1);
    auth.forgetWorkspace('ws_a');
    release(alice);
    await first;
    // The next request reads again instead of trusting the stale answer.
    const second = auth.authenticate({ authorization: `Bearer ${token}` });
    await sleep(1);
    release(undefined);
    expect((await refusal(second)).code).toBe('unauthorized');
    expect(reads).toBe(2);
  });

  it('re-reads a cached token after its time to live', async () => {
    const store = fakeStore([[token, alice]]);
    const auth = new Authenticator(operatorHash, store.findToken, 2_000, 20);
    await auth.authenticate({ authorization: `Bearer ${token}` });
    await auth.authenticate({ authorization: `Bearer ${token}` });
    expect(store.callsFor(token)).toBe(1);
    await sleep(30);
    await auth.authenticate({ authorization: `Bearer ${token}` });
    expect(store.callsFor(token)).toBe(2);
  });
});
