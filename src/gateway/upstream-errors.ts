import { PalisadeError } from '../core/errors.js';
import type { UpstreamResponse } from '../providers/kit/upstream.js';

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
