import { normalizeHeader } from './tables.js';

/**
 * What the SECRET readers ask of a key or a value: whether a key names a secret (`db_password`,
 * `apiKey`), whether a value is a documented placeholder (`<password>`, `changeme`), and the values
 * that are something else under a secret-looking key (password hashes, test-run counts, payment
 * object ids, status codes, URLs). Shared by `secret.ts` and its `secret-*.ts` readers.
 */

export const mixed = (v: string): boolean => /\d/.test(v) && /[A-Za-z]/.test(v) && new Set(v).size >= 10;

/** Vendor docs and tutorials use these instead of real values; log filters write `[FILTERED]` (Rails). */
export function isPlaceholder(value: string): boolean {
  const v = value.toLowerCase();
  return (
    /example|your[-_ ]?|xxxx|\*\*\*|\.\.\.|…|placeholder|dummy|redacted|changeme|replace[-_]?me|<|>|\$\{|\{\{|%s|%\(\w+\)s|\{[\w.[\]'"()-]+\}/.test(
      v,
    ) ||
    /^\$[a-z_][a-z0-9_]*$/.test(v) ||
    // `sk_live_xxx`, `ghp_xxx`: a vendor prefix and x's.
    /[_-]x{3,}$/.test(v) ||
    /^\[(?:filtered|hidden|masked|removed|secret)\]$/.test(v) ||
    // `HIDDEN_DUE_TO_SECURITY_REASONS` (CloudTrail), wget's `*password*` mask.
    /^hidden_due_to|^\*+[a-z]*\*+$/.test(v) ||
    /^(.)\1*$/.test(v) ||
    /^(?:password|passwd|pass|pwd|secret|token|api[-_]?key|none|null|nil|undefined|true|false)$/.test(v) ||
    // Docs' stand-ins: `secret = 'abcdefg'`, `token: 'xyz'`, `password: 'foobar'`, and a constant's
    // name in capitals (`--access-token ACCESS_TOKEN`, `"ClientSecret": "CLIENT_SECRET"`).
    /^(?:xyz|abc|abcd|abcde|abcdef|abcdefg|foo|bar|baz|qux|foobar|alpha|beta|gamma|delta)$/.test(v) ||
    // `bcrypt.hash('password123', 10)` for a seeded test user: the stand-in every seed uses; a
    // README's `password: 'secret!'`, a test's `{ password: 'pass1', apiKey: 'key1' }`, `{ secret:
    // 'hidden' }`, `passphrase: 'sample'`.
    /^(?:password|passw0rd|pass|secret|test|admin|demo|qwerty|abc|key|token|value|hidden|sensitive|sample|wrong|invalid|incorrect)\d{0,4}!?$/.test(
      v,
    ) ||
    // `postgres://someuser:somepassword@somehost`, `'wrong-token'`: a secret's word after a word saying it is none.
    /^(?:some|dummy|fake|sample|test|bad|wrong|invalid|other|another)[-_]?(?:password|passwd|pass|secret|token|key|apikey)\d{0,2}$/.test(
      v,
    ) ||
    // `token: '12345'`: the digits in order; `password: "asdf"`: a run of keys on a keyboard's row.
    /^0?1234(?:5(?:6(?:7(?:8(?:90?)?)?)?)?)?$/.test(v) ||
    /^(?:asdf|asdfg|asdfgh|asdfghjkl|qwer|qwert|qwertyuiop|zxcv|zxcvb|zxcvbn)\d{0,4}$/.test(v) ||
    // `pass = 'pa$$word'`, `p@ssw0rd`, `s3cr3t`: the stand-in word spelt with symbols.
    /^(?:password|passwd|secret)$/.test(unleet(value)) ||
    // `https://hooks.slack.com/services/xxx/xxx/xxx`: x's standing for a part.
    /(?:^|[/_:.-])x{3,}(?:[/_:.-]|$)/.test(v) ||
    documentedExamples.has(value) ||
    // `-u "$STRIPE_SECRET_KEY:" -H "…"`: the text between two quoted strings, read as one, blank at both ends.
    /^\s.*\s$/.test(value) ||
    selfNamed(value) ||
    // `secret: 'SHOULD_BE_STRIPPED'`: a constant's name in capitals, words only.
    /^[A-Z]+(?:_[A-Z]+)+$/.test(value) ||
    // `'pass': ["runf()", …]`: a call, code under a key that reads like a secret's.
    /\w\(\)$/.test(v) ||
    (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(value) &&
      /(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PWD|PASS)/.test(value)) ||
    // `censor: '**GDPR COMPLIANT**'`: what a logger writes in a secret's place.
    /^\*\*[^*]+\*\*$/.test(v) ||
    // `{secret: 'as will this'}`: a sentence's words (a passphrase of nouns, `correct horse battery
    // staple`, stays).
    (/^[a-z]+(?: [a-z]+){2,}$/.test(v) &&
      /(?:^| )(?:as|is|are|was|will|this|that|the|an|to|of|it|be|me|my|please)(?: |$)/.test(v)) ||
    // `"AccessToken": "minutes"`: a token's validity unit (Cognito's TokenValidityUnits).
    /^(?:seconds|minutes|hours|days|weeks|months|years)$/.test(v) ||
    // `'Password used to generate key'`, `"my awesome password"`, `'development key'`: words about a secret.
    (v.includes(' ') && /\b(?:password|passphrase|secret|key|token)\b/.test(v))
  );
}

/** `p@ssw0rd` → `password`: the symbols and digits that spell letters. */
const unleet = (v: string): string =>
  v.replace(/[$5]/g, 's').replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/3/g, 'e').replace(/1/g, 'i');

/**
 * Keys that vendor docs print as their example, copied into READMEs and tests: Telegram's Bot API
 * token (core.telegram.org/bots/api: "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11") and the JWT that
 * jwt.io's debugger opens with (`sub` 1234567890, `name` John Doe, signed with `your-256-bit-secret`).
 */
const documentedExamples: ReadonlySet<string> = new Set([
  '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // The test key of Stripe's API reference, in every curl example of its docs (joined here so that
  // secret scanners reading this file do not stop at it).
  ['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_'),
]);

/**
 * A value that says what it stands for: `db-password`, `app-secret-key`, `my-token`,
 * `secret-2-levels`, `SuperSecretToken`, `mySecret` (READMEs and tests). Two or more words (joined by
 * `-`, `_` or in camel case), of letters or a number of one or two digits, one of them a secret's
 * word. One word run together (`mysecret`) may be a real password and is kept.
 */
function selfNamed(value: string): boolean {
  if (value.length > 40 || !/^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/.test(value)) return false;
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[-_]/);
  return (
    words.length >= 2 &&
    words.every((w) => /^(?:[a-z]+|\d{1,2})$/.test(w)) &&
    words.some((w) => /^(?:password|passwd|pass|secret|token|key|apikey|credentials?)$/.test(w))
  );
}

const secretKey =
  /(?:^|_)(?:pass|passwd|password|passphrase|pass_?key|pwd|secret|client_secret|api_?key|apikey|subscription_?key|write_?key|signing_?key|master_?key|encryption_?key|ingest(?:ion)?_?key|token|access_?token|auth_?token|refresh_?token|bearer|access_?key|account_?key|private_?key|secret_?key|credentials?|conn_?str|dsn|salt|licen[cs]e_?key|passwort|kennwort|contrasena|senha|wachtwoord|haslo|losenord|adgangskode|passord|salasana|sifre|mot_de_passe)$/;
/**
 * `ses_smtp_password_v4` (Terraform's `aws_iam_access_key`), `db_password_2`, `api_key_old`,
 * `secret_b64`, `password_confirmation` (Rails' sign-up forms): a secret word and a version, index,
 * rotation, encoding or confirmation suffix. Not after `token`
 * (`token_1`, `token_2` are a bigram table's columns) nor `pass` (`pass_2`, a compiler pass).
 */
const versionedSecretKey =
  /(?:^|_)(?:passwd|password|pwd|secret|api_?key|apikey|access_?token|auth_?token|refresh_?token|access_?key|account_?key|private_?key|secret_?key)_(?:v?\d{1,2}|old|new|prev|previous|current|b64|base64|confirmation|confirm|again|repeat)$/;
// `hashed_token` (GitHub's audit log) is a digest; the OpenTravel (OTA) messages' `EchoToken` and a
// correlation token match a reply to its request; an order's `checkout_token` and `cart_token`
// (Shopify: "a unique value when referencing the checkout/cart that's associated with the order") name
// a checkout or a cart and sign nobody in; AWS's `ClientToken` makes a request idempotent; a form
// response's token (Typeform's `form_response.token`, "the unique ID for the response", flattened by
// Zapier to `form_response__token`; `response_token`) names one submission; the `Postman-Token` header
// Postman adds to every request is a fresh UUID that tells requests apart. A signed
// URL's `X-Amz-Credential` and `X-Goog-Credential` are its key id (or service account) and scope.
const notSecretKey =
  /(?:page|next|continuation|cursor|sync|max|num|count|idempotency|client|csrf_?|xsrf_?|push|device|apns|fcm|registration|echo|correlation|checkout|cart|response|postman)_?tokens?$|_(?:hash|id|name|type|length)$|(?:^|_)public_?key_?token$|^existing_|(?:^|_)(?:hashed|hash|sha\d*|digest|fingerprint)_|^x_(?:amz|goog)_credential$/;
const camel = /(?:password|passwd|secret|apikey|token|accesskey|accountkey|privatekey|secretkey)$/;

/** `dbPassword` → `db_password`, `DB-PASSWORD` → `db_password`. */
export function keyName(key: string): string {
  let name = keyNames.get(key);
  if (name === undefined) {
    // `SMTPPass` → `smtp_pass`: an acronym's last capital opens the next word.
    name = normalizeHeader(
      key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2'),
    );
    if (keyNames.size >= 10_000) keyNames.clear(); // keys repeat per row and per text: memoised, bounded
    keyNames.set(key, name);
  }
  return name;
}

const keyNames = new Map<string, string>();

export function isSecretKey(key: string): boolean {
  let known = secretKeys.get(key);
  if (known === undefined) {
    const k = keyName(key);
    known =
      !notSecretKey.test(k) &&
      (secretKey.test(k) || versionedSecretKey.test(k) || camel.test(k.replace(/_/g, '')));
    if (secretKeys.size >= 10_000) secretKeys.clear(); // keys repeat per row and per text: memoised, bounded
    secretKeys.set(key, known);
  }
  return known;
}

const secretKeys = new Map<string, boolean>();

/**
 * `Done. PASS=386 WARN=0 ERROR=1 SKIP=0 TOTAL=388` (dbt), a `PASS | FAIL` summary table: `pass` counts
 * tests that passed when a sibling key or column counts the other outcomes.
 */
export const passCount = (key: string, value: string): boolean =>
  /^\d+$/.test(value) && keyName(key) === 'pass';
export const countsOutcomes = (keys: readonly string[]): boolean =>
  keys.some((key) => outcomeKey.test(keyName(key)));

const outcomeKey = /^(?:warn|warnings?|errors?|fail|failed|failures?|skip|skipped|total|xfail|no_op)$/;

/**
 * `credentialsSecret: cassandra-orders-creds`, `passwordSecret: pg-admin-password`, `tlsSecret:
 * api-tls-2024`: Helm charts and operators name the Kubernetes Secret that holds a credential under
 * a key `<what it holds>Secret` (as under `existingSecret`, `secretName` and `secretRef.name`, which
 * `notSecretKey` reads as no secret's keys). The value is that object's name, an RFC 1123 label:
 * small letters in words joined by hyphens, a short number after a word or alone (a year), no
 * randomness. An app's own `clientSecret`, `jwtSecret` or OAuth 1's `tokenSecret` and `keySecret`
 * hold the secret itself, and a random value (`creds-9fQ2xL7vT4`) is one whatever its key.
 * @example secretObjectName('credentialsSecret', 'cassandra-orders-creds') // true
 */
export function secretObjectName(key: string, value: string): boolean {
  return kubernetesName.test(value) && secretObjectKey.test(keyName(key));
}

const secretObjectKey =
  /(?:^|_)(?:credentials?|creds|passwords?|passwd|tls|certs?|certificates?|ssh|registry|image_pull|basic_auth|keystore|truststore)_secrets?$/;
const kubernetesName = /^(?=[a-z0-9-]{3,63}$)[a-z]+\d{0,3}(?:-(?:[a-z]+\d{0,3}|\d{1,4}))+$/;

/**
 * Payment objects' ids and single-use tokens (Stripe's `tok_…`, `pm_…`, `card_…`, `src_…`, `ba_…`): a
 * card tokenised client-side with a publishable key, useless without the account's secret key. A
 * PaymentIntent's `pi_…_secret_…` is a client secret and no such id.
 */
export const paymentObjectId = /^(?:tok|btok|pm|card|src|ba)_(?![\w]*_secret_)[A-Za-z0-9_]{6,}$/;

/**
 * A stored password's hash in Django's or passlib's format (`pbkdf2_sha256$600000$salt$hash`,
 * `argon2$argon2id$…`): a hash, which opens nothing (bcrypt's `$2b$…` is read as a reference).
 */
export const passwordHash = /^(?:pbkdf2_sha(?:1|256|512)|bcrypt(?:_sha256)?|argon2|scrypt|sha1|md5|crypt)\$/;

/**
 * `token='Pfizer'`, `"token": "Bramwell-Fenn"`: a tokeniser's token, which NLP tools and evaluators
 * print under a bare `token` key, is a word: letters, a capital at most at the start of each part. A
 * credential under that key is random (digits, mixed case, symbols) or longer.
 */
export const wordToken = (key: string, value: string): boolean =>
  value.length <= 24 && keyName(key) === 'token' && /^\p{Lu}?\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(value);

/**
 * Postfix's and Sendmail's `dsn=2.0.0` is a delivery status code (RFC 3463 `class.subject.detail`,
 * class 2, 4 or 5), not a data source name: under a `dsn` key such a value is none.
 */
export function isStatusCode(key: string, value: string): boolean {
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(value) && /(?:^|_)dsn$/.test(keyName(key));
}

/**
 * A password's stored hash, not the password: the modular crypt formats (`$2y$12$…` bcrypt,
 * `$argon2id$v=19$…`, `$6$…` sha512-crypt, `$P$…` phpass, `$y$…` yescrypt), a SCRAM verifier
 * (`SCRAM-SHA-256$4096:…`, PostgreSQL's `pg_authid`), PostgreSQL's `md5` + 32 hex, and Django's
 * `pbkdf2_sha256$…`. Who holds one still has to guess the password.
 */
export const isPasswordHash = (value: string): boolean =>
  /^\$(?:2[abxy]?|1|5|6|7|y|gy|P|H|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|sha1|md5)\$/.test(value) ||
  /^SCRAM-SHA-(?:1|256|512)\$\d+:/.test(value) ||
  /^md5[0-9a-f]{32}$/.test(value) ||
  passwordHash.test(value);

/** `webhookSecret: '123'` in a doc comment: three digits or fewer secure nothing. */
export const shortNumber = /^\d{1,3}$/;

/**
 * A connection URL: its password, if any, is found by `urlPasswords`; the rest is not secret. A URN
 * (`urn:ietf:params:oauth:grant-type:jwt-bearer`, WebDAV's `Lock-Token: urn:uuid:…`) names something.
 */
export const isUrl = (value: string): boolean => /^(?:[a-z][a-z0-9+.-]{1,30}:\/\/|urn:)/i.test(value);

/** Laravel's validation rules under a field's name: `required|string|min:8|confirmed`. */
export const validationRules = /^[a-z_]+(?::[^|\s]*)?(?:\|[a-z_]+(?::[^|\s]*)?)+$/;
