import { timingSafeEqual } from 'node:crypto';
import { isPalisadeError, PalisadeError } from '../core/errors.js';
import { hashToken, isWellFormedToken } from '../workspaces/tokens.js';
import type { TokenPrincipal } from '../workspaces/types.js';
import type { Principal } from './principal.js';

export interface CredentialHeaders {
  authorization?: string | undefined;
  'x-api-key'?: string | string[] | undefined;
}

/**
 * Authenticates a request by its one credential: `Authorization: Bearer …` (OpenAI SDK, admin API)
 * or `x-api-key` (Anthropic SDK). Both headers with different values is refused, so no client can
 * smuggle a second identity. Token lookups are cached; a change to a workspace drops its entries.
 */
export class Authenticator {
  readonly #tokens = new Map<string, { principal: TokenPrincipal; until: number }>();
  /** Bumped by every forget, so a lookup that raced a revocation is not cached. */
  #generation = 0;
  /** Unknown hashes, remembered briefly so a flood of bad tokens does not become a flood of reads. */
  readonly #unknown = new Map<string, number>();

  constructor(
    private readonly operatorHash: Buffer,
    private readonly findToken: (tokenHash: string) => Promise<TokenPrincipal | undefined>,
    private readonly unknownTtlMs = 2_000,
    /** A cached token is re-read after this long, bounding any missed invalidation. */
    private readonly tokenTtlMs = 300_000,
  ) {}

  async authenticate(headers: CredentialHeaders): Promise<Principal> {
    const credential = extractCredential(headers);
    const hash = hashToken(credential);
    if (timingSafeEqual(Buffer.from(hash, 'hex'), this.operatorHash)) return { kind: 'operator' };
    if (!isWellFormedToken(credential)) throw new PalisadeError('unauthorized');
    const cached = this.#tokens.get(hash);
    if (cached && cached.until > Date.now()) return cached.principal;
    const unknownUntil = this.#unknown.get(hash);
    if (unknownUntil !== undefined && unknownUntil > Date.now()) throw new PalisadeError('unauthorized');
    // A revocation that lands while this read is in flight must not be undone by caching its result.
    const generation = this.#generation;
    let principal: TokenPrincipal | undefined;
    try {
      principal = await this.findToken(hash);
    } catch (error) {
      // A token of another region is told where to go (`wrong_region`); a failed read fails closed.
      if (isPalisadeError(error) && error.code === 'wrong_region') throw error;
      throw new PalisadeError(
        'policy_unavailable',
        'Credentials could not be checked, so the request was refused.',
        {
          cause: error,
        },
      );
    }
    if (!principal) {
      if (this.#unknown.size > 10_000) this.#unknown.clear();
      this.#unknown.set(hash, Date.now() + this.unknownTtlMs);
      throw new PalisadeError('unauthorized');
    }
    if (generation === this.#generation)
      this.#tokens.set(hash, { principal, until: Date.now() + this.tokenTtlMs });
    return principal;
  }

  /** Forgets every cached token (another node's revocations may have been missed). */
  forgetAll(): void {
    this.#generation++;
    this.#tokens.clear();
    this.#unknown.clear();
  }

  /** Drops every cached token of a workspace (a token was revoked, the workspace changed). */
  forgetWorkspace(workspaceId: string): void {
    this.#generation++;
    for (const [hash, entry] of this.#tokens) {
      if (entry.principal.workspaceId === workspaceId) this.#tokens.delete(hash);
    }
    this.#unknown.clear();
  }
}

function extractCredential(headers: CredentialHeaders): string {
  const authorization = headers.authorization;
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (authorization !== undefined && bearer === undefined) {
    throw new PalisadeError('unauthorized', 'The Authorization header must be "Bearer <token>".');
  }
  const apiKey = headers['x-api-key'];
  if (Array.isArray(apiKey)) throw new PalisadeError('unauthorized', 'Send one x-api-key header.');
  if (bearer !== undefined && apiKey !== undefined && apiKey !== bearer) {
    throw new PalisadeError(
      'unauthorized',
      'Authorization and x-api-key carry different credentials; send one.',
    );
  }
  const credential = bearer ?? apiKey;
  if (!credential) throw new PalisadeError('unauthorized');
  return credential;
}
