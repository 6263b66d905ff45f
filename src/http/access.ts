import { PalisadeError } from '../core/errors.js';
import type { Principal, TokenPrincipal } from '../gateway/principal.js';
import type { Role } from '../workspaces/types.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook before any handler runs. */
    principal: Principal;
  }
}

/**
 * Admin API access: the operator may do anything; a workspace token may act on its own workspace
 * only, with the role it has. Another workspace is `not_found`, not `forbidden`, so a token cannot
 * learn which workspaces exist.
 */
export function requireWorkspace(principal: Principal, workspaceId: string, role: Role): void {
  if (principal.kind === 'operator') return;
  if (principal.workspaceId !== workspaceId) throw new PalisadeError('not_found', 'No such workspace.');
  if (role === 'admin' && principal.role !== 'admin') {
    throw new PalisadeError('forbidden', 'Only workspace admins and the operator may do this.');
  }
}

export function requireOperator(principal: Principal): void {
  if (principal.kind !== 'operator') throw new PalisadeError('forbidden', 'Only the operator may do this.');
}

/** The data plane serves workspace tokens; the operator token makes no AI calls. */
export function requireToken(principal: Principal): TokenPrincipal {
  if (principal.kind !== 'token') {
    throw new PalisadeError(
      'forbidden',
      'AI calls need a workspace token; the operator token cannot make them.',
    );
  }
  return principal;
}
