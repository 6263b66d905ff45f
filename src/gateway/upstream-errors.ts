import { PalisadeError } from '../core/errors.js';
import { errorCode, toUpstreamError, type UpstreamResponse } from '../providers/kit/upstream.js';

/**
 * Turns a provider's error response into a PalisadeError. The provider's body is read but never
 * forwarded on authentication failures (it may echo part of the key); for request errors its
 * message (a string, capped) helps the caller fix their request.
 */
export async function upstreamFailure(response: UpstreamResponse, provider: string): Promise<PalisadeError> {
  const status = response.statusCode;
  if (status === 401 || status === 403) {
    await response.body.dump();
    return new PalisadeError(
      'upstream_error',
      `${provider} refused the credentials configured for this workspace.`,
      {
        status: 502,
      },
    );
  }
  if (status === 429) {
    await response.body.dump();
    return new PalisadeError('upstream_rate_limited', `${provider} is rate limiting requests; retry later.`);
  }
  if (status === 529 || status === 503) {
    await response.body.dump();
    return new PalisadeError('upstream_overloaded', `${provider} is overloaded; retry later.`, { status });
  }
  if (status === 400 || status === 404 || status === 413 || status === 422) {
    const message = await providerMessage(response);
    return new PalisadeError(
      'invalid_request',
      `${provider} rejected the request${message ? `: ${message}` : '.'}`,
      {
        status: status === 413 ? 413 : 400,
      },
    );
  }
  await response.body.dump();
  return new PalisadeError('upstream_error', `${provider} answered with HTTP ${status}.`);
}

async function providerMessage(response: UpstreamResponse): Promise<string | undefined> {
  try {
    const body = (await response.body.json()) as { error?: { message?: unknown } };
    const message = body?.error?.message;
    return typeof message === 'string' ? message.slice(0, 500) : undefined;
  } catch {
    return undefined;
  }
}

/** Failures to reach an endpoint at all (no connection was made). */
const unreachable = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UPSTREAM_CONNECT_TIMEOUT',
]);

/**
 * A transport failure as the client sees it. When the region's endpoint cannot be reached at all,
 * the answer is `residency_unavailable` (503) naming the region: Palisade never fails over to
 * another region's endpoint, so the client knows to retry later rather than elsewhere.
 */
export function transportFailure(error: unknown, region: string): PalisadeError {
  // The upstream client has already wrapped a transport error; its cause keeps the code.
  const transport = error instanceof PalisadeError ? error.cause : error;
  if (unreachable.has(errorCode(transport))) {
    return new PalisadeError(
      'residency_unavailable',
      `The model provider's endpoint in region "${region}" cannot be reached; requests are never sent to another region.`,
      { cause: transport },
    );
  }
  return toUpstreamError(error);
}
