import pino, { type Logger } from 'pino';

/**
 * The one structured logger. Redaction is a second line of defence: code never logs a secret, and
 * these paths censor one if it ever arrives.
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'headers["x-api-key"]',
  '*.authorization',
  '*["x-api-key"]',
  '*.api_key',
  '*.apiKey',
  '*.token',
  '*.operatorToken',
  '*.masterKey',
  'config.masterKey',
  'config.providers.*.apiKey',
  // PostgreSQL's error detail quotes the row it refused ("Failing row contains (…)"): a session's
  // prompt and answer, for one.
  'err.detail',
  'err.cause.detail',
  'err.cause.cause.detail',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { service: 'palisade' } },
    destination,
  );
}
