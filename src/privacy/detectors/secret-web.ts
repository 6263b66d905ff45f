import type { Finding } from '../detector.js';
import { isPlaceholder, isSecretKey, keyName, mixed } from './secret-values.js';

/**
 * SECRET readers for web credentials: session cookies in `Cookie:`/`Set-Cookie:` headers (and the
 * session-cookie test HAR cookie entries are read with), `Authorization: Bearer …` and other token
 * headers (Okta's `SSWS …`), custom API-key headers (`X-Api-Key: …`), HTTP Basic credentials
 * (`Basic <base64 of user:password>`), tokens in URL query parameters, and the signatures of signed
 * URLs (`X-Amz-Signature=…`, Azure SAS `sig=…`).
 */

/**
 * A HAR file's or a browser export's cookie entry (`"cookies": [{"name": "sessionid", "value": "…"}]`):
 * a session cookie's value, as in a `Cookie` header, of 16 or more characters with no blank.
 */
export const sessionCookieValue = (name: string, value: string): boolean =>
  isSessionCookie(name) && /^[^\s]{16,}$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value);

/**
 * `https://app.kestrel.io/reset?token=rst_7f3e…&uid=…`: a URL's query parameter under a secret-named
 * key (not a page token or a cursor), 16 or more characters mixing letters and digits.
 */
const queryParam = /[?&]([A-Za-z][\w.-]{0,40})=([^&\s#"'<>()[\]`|]{16,512})/g;

export function queryTokens(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(queryParam)) {
    const value = m[2] as string;
    const name = m[1] as string;
    if (!(isSecretKey(name) || bareKey(name, value)) || !/\d/.test(value) || !/[A-Za-z]/.test(value))
      continue;
    if (isPlaceholder(value) || publicProjectToken(text, name, m.index)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
  }
  return out;
}

/**
 * `https://api-js.mixpanel.com/decide/?…&token=3f8c1e2a…`: Mixpanel's project token, which its
 * browser library sends in every call: "not a secret" (Mixpanel's docs), it can only send events.
 * Read for a `token` query parameter at `at` in a URL to a `mixpanel.com` host.
 */
export function publicProjectToken(text: string, name: string, at: number): boolean {
  if (name !== 'token') return false;
  const url = /[a-z][a-z0-9+.-]*:\/\/([^/\s?#:@]+)[^\s]*$/i.exec(text.slice(Math.max(0, at - 4096), at));
  return /(?:^|\.)mixpanel\.com$/i.test(url?.[1] ?? '');
}

/**
 * The signature of a signed URL, which opens the object to whoever holds the URL until it expires:
 * CloudFront's `Signature` (with `Expires` or `Policy` and `Key-Pair-Id`, also in a log's
 * `cs-uri-query` field), S3's SigV2 `Signature` and SigV4 `X-Amz-Signature`, Google Cloud Storage's
 * `X-Goog-Signature`, an Azure SAS's `sig` (beside `sv=`, the SAS version). The key-pair id, the
 * credential scope (`X-Goog-Credential`, `X-Amz-Credential`), the policy and the expiry are not
 * secret. A signature has 16 or more characters, letters and digits (hex, base64, or CloudFront's
 * base64 with `-`, `_`, `~`), percent-encoded or not.
 */
const urlSignature =
  /[?&;](X-(?:Amz|Goog)-Signature|x-(?:amz|goog)-signature|Signature|sig)=([A-Za-z0-9%~_+/.=-]{16,2048})(?![A-Za-z0-9%~_+/.=-])/dg;

export function urlSignatures(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(urlSignature)) {
    const value = m[2] as string;
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value) || isPlaceholder(value)) continue;
    // `sig` alone is a common parameter; an Azure SAS gives its service version (`sv=2022-11-02`).
    if (m[1] === 'sig' && !sasVersion.test(text.slice(Math.max(0, m.index - 512), m.index))) continue;
    const start = m.indices?.[2]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  }
  return out;
}

const sasVersion = /[?&;]sv=\d{4}-\d{2}-\d{2}(?:&|$)/;

/**
 * `?key=7F3A9C2E…` (the Steam Web API, Google's and Bing's APIs): a parameter named just `key` holds
 * an API key when its value is one run of 20 or more letters and digits (a cache or object key has
 * `/`, `.`, `_` or `-` in it).
 */
const bareKey = (name: string, value: string): boolean =>
  (name === 'key' || name === 'Key') && /^[A-Za-z0-9]{20,128}$/.test(value);

/**
 * `Bearer <token>` (RFC 6750), Okta's `SSWS <token>`, and any scheme of an `Authorization` header
 * (GitHub's `token`, Elasticsearch's `ApiKey`, `Klaviyo-API-Key`, `DeepL-Auth-Key`, `GenieKey`):
 * an opaque token of 16 or more characters mixing letters and digits. (`Basic` credentials are read
 * by `basicCredentials`; `Digest` carries parameters, not a token.) Vendor tokens are found by their
 * own patterns too.
 */
const bearer =
  /\b(?:Bearer|SSWS|Authorization["']?[ \t]*[:=][ \t]*["']?(?!Basic\b|Digest\b)(?:token|[A-Z][\w-]{1,30}))[ \t]{1,8}([A-Za-z0-9._~+/-]{16,4096}=*)(?![A-Za-z0-9._~+/=-])/g;

export function bearerTokens(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(bearer)) {
    const token = m[1] as string;
    if (!/\d/.test(token) || !/[A-Za-z]/.test(token) || isPlaceholder(token)) continue;
    const start = m.index + m[0].length - token.length;
    out.push({ type: 'SECRET', start, end: start + token.length, score: 0.85, detector: 'secret' });
  }
  return out;
}

/** An `X-…` header named for a token, a key or a secret, then its value (see `customHeaderTokens`). */
const customHeader =
  /(?<![\w-])([Xx]-(?:[A-Za-z0-9]{1,30}-){1,4}(?:[Tt]oken|TOKEN|[Kk]ey|KEY|[Ss]ecret|SECRET)|[Xx]-[Aa]pi[Kk]ey|X-APIKEY)["']?[ \t]*:[ \t]*["']?([A-Za-z0-9._~+/=-]{16,512})(?![A-Za-z0-9._~+/=-])/dg;

/** `x_idempotency_key`, `x_cache_key`: a header's key that names a request, a cache entry, a queue or a shard. */
const identifyingKey =
  /_(?:idempotency|idempotent|cache|dedup|dedupe|deduplication|routing|partition|sort|public|request|trace|correlation|lock|object)_key$/;

/**
 * A custom API-key header (`X-Api-Key: …`, `X-Intake-Token: …`, `X-Webhook-Secret: …`), in a raw
 * request, a `curl -H '…'` or a no-code tool's node (`Header: X-Intake-Token: …`, where the key a
 * `key: value` reader sees is `Header`): an `X-…` header named for a token, a key or a secret, and a
 * random value of 16 or more characters mixing letters and digits. The names that say the value is
 * no credential are none: a CSRF or a page token (`X-CSRF-Token`, `X-Page-Token`, as under any key,
 * see `isSecretKey`), and a key that only identifies or orders something (`X-Idempotency-Key`,
 * `X-Cache-Key`, `X-Routing-Key`).
 */
export function customHeaderTokens(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(customHeader)) {
    const name = keyName(m[1] as string);
    const value = m[2] as string;
    if (!(isSecretKey(name) || (name.endsWith('_key') && !identifyingKey.test(name)))) continue;
    if (!mixed(value) || isPlaceholder(value)) continue;
    const start = m.indices?.[2]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
  }
  return out;
}

/**
 * Session cookies in a `Cookie:` or `Set-Cookie:` header (also inside a quoted `curl -H '…'`), under
 * a `"Cookie"` key (a Sentry event's request headers), Django's `'HTTP_COOKIE'` (a request's META)
 * and a HAR header entry (`{"name": "cookie", "value": "…"}`): their value is a bearer credential,
 * whoever holds it is logged in. Session cookies by the names the frameworks give them: Django
 * `sessionid`, Express `connect.sid` (or any `<app>.sid`, express-session's `name` option), PHP
 * `PHPSESSID`, Java `JSESSIONID`, ASP.NET `ASP.NET_SessionId`/`.AspNetCore.Session`/`.ASPXAUTH`,
 * Rails `_<app>_session`/`_session_id`, Laravel `laravel_session`/`remember_web_…`/`remember_token`,
 * Auth.js `next-auth.session-token`, WordPress `wordpress_logged_in_…`, and `auth_token`-style names.
 * Analytics and preference cookies (`_ga`, `_gid`, `_fbp`, `_hjSession_123`, `__stripe_sid`, `theme`)
 * are not credentials, nor is a CSRF token (`csrftoken`, `XSRF-TOKEN`): it only proves a form came
 * from the site, and opens nothing without the session cookie. A value shorter than 16 characters
 * is none (`deleted` clears a cookie).
 */
const cookieHeader =
  /(?:^|[^\w-]|http_)(?:set-)?cookie(?:["']?[ \t]*[:=][ \t]*|["'][ \t]*,[ \t]*["']value["'][ \t]*:[ \t]*)["']?([^\n'"]{1,8192})/dgim;
const cookiePair = /(?:^|;)[ \t]*([^=;\s]{1,128})=[ \t]*"?([^;\s",]{16,4096})/dg;
const sessionCookie =
  /^(?:__(?:secure|host)-)?(?:sessionid|session_id|session|sessid|sid|(?:[a-z0-9_-]{1,64}\.)sid|phpsessid|jsessionid|asp\.net_sessionid|\.aspnetcore\.(?:session|cookies|identity\.application)|\.aspxauth|cfid|cftoken|remember_token|remember_web_\w+|wordpress_logged_in_\w+|(?:next-auth|authjs)\.session-token|[a-z0-9_.-]*_session(?:_id)?|(?:[a-z0-9]+[._-])?(?:auth|access|refresh|session|id)[._-]?token)$/;

/** Whether a cookie of this name holds a session (see `cookieSecrets`). */
export const isSessionCookie = (name: string): boolean => sessionCookie.test(name.toLowerCase());

export function cookieSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  for (const h of text.matchAll(cookieHeader)) {
    const from = h.indices?.[1]?.[0] as number;
    for (const m of (h[1] as string).matchAll(cookiePair)) {
      const value = m[2] as string;
      if (!isSessionCookie(m[1] as string) || isPlaceholder(value)) continue;
      const start = from + (m.indices?.[2]?.[0] as number);
      out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
    }
  }
  return out;
}

/** `Basic <base64>` (RFC 7617): flagged when the token decodes to printable `user:password`. */
const basicAuth = /\bBasic[ \t]{1,8}([A-Za-z0-9+/]{8,1000}={0,2})(?![A-Za-z0-9+/=])/g;

export function basicCredentials(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(basicAuth)) {
    const token = m[1] as string;
    const decoded = Buffer.from(token, 'base64').toString('latin1');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) continue;
    if (isPlaceholder(decoded.slice(colon + 1))) continue;
    const start = m.index + m[0].length - token.length;
    out.push({ type: 'SECRET', start, end: start + token.length, score: 0.9, detector: 'secret' });
  }
  return out;
}
