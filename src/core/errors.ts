/**
 * One error class and the catalogue of stable codes. Handlers throw a PalisadeError; the one error
 * handler in http/on-error.ts renders it in the caller's wire format. The message is written for the
 * caller and must never hold a prompt, a key or a token.
 */

export const errorCatalogue = {
  unauthorized: { status: 401, message: 'Missing or invalid API token.' },
  forbidden: { status: 403, message: 'This token may not do that.' },
  not_found: { status: 404, message: 'Not found.' },
  ai_disabled: { status: 403, message: 'AI features are turned off for this workspace by its admin.' },
  wrong_region: { status: 421, message: 'This workspace is served in another region.' },
  residency_unavailable: {
    status: 503,
    message:
      "The model provider's endpoint in this workspace's region is unavailable; requests never go to another region.",
  },
  zero_retention_required: {
    status: 403,
    message: 'This workspace requires a provider with zero data retention.',
  },
  model_not_available_in_region: {
    status: 403,
    message: "This model or provider has no endpoint in the workspace's region.",
  },
  policy_unavailable: {
    status: 503,
    message: 'The workspace policy could not be read, so the request was refused.',
  },
  audit_unavailable: {
    status: 503,
    message: "AI calls cannot be recorded in this workspace's audit log right now, so they are refused.",
  },
  no_provider_key: { status: 403, message: 'No provider key is configured for this workspace.' },
  byok_requires_enterprise: { status: 403, message: 'Bring your own key requires the Enterprise plan.' },
  budget_exceeded: { status: 429, message: 'The workspace budget is exhausted.' },
  provider_key_invalid: { status: 422, message: 'The provider did not accept this API key.' },
  provider_key_rejected: {
    status: 403,
    message: "The provider rejected this workspace's API key; an admin must replace it.",
  },
  provider_key_undecryptable: {
    status: 503,
    message: "This workspace's API key cannot be decrypted with the configured master key.",
  },
  invalid_request: { status: 400, message: 'The request is invalid.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: { status: 415, message: 'The request body must be application/json.' },
  method_not_allowed: { status: 405, message: 'Method not allowed.' },
  conflict: { status: 409, message: 'Conflict.' },
  upstream_error: { status: 502, message: 'The model provider returned an error.' },
  upstream_timeout: { status: 504, message: 'The model provider did not answer in time.' },
  upstream_rate_limited: { status: 429, message: 'The model provider is rate limiting requests.' },
  upstream_overloaded: { status: 529, message: 'The model provider is overloaded.' },
  // nginx's convention for a client that went away; nobody reads this response.
  client_closed: { status: 499, message: 'The client closed the connection.' },
  internal_error: { status: 500, message: 'Internal error.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export class PalisadeError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** The request field at fault, when there is one (OpenAI's `param`). */
  readonly param: string | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { param?: string; status?: number; cause?: unknown },
  ) {
    super(message ?? errorCatalogue[code].message, options?.cause ? { cause: options.cause } : undefined);
    this.name = 'PalisadeError';
    this.code = code;
    this.status = options?.status ?? errorCatalogue[code].status;
    this.param = options?.param;
  }
}

export function isPalisadeError(error: unknown): error is PalisadeError {
  return error instanceof PalisadeError;
}
