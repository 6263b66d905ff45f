import type { TokenPrincipal } from '../workspaces/types.js';

export interface OperatorPrincipal {
  kind: 'operator';
}

/** Who a request acts as, decided once per request by `authenticate`. */
export type Principal = OperatorPrincipal | TokenPrincipal;
export type { TokenPrincipal };
