import type { Detector, Finding } from '../detector.js';
import { holds, ScriptLines } from './scan.js';
import { assignments, subscriptAssignments } from './secret-assignments.js';
import {
  cliPasswords,
  connectionSecrets,
  exampleLogin,
  netrcPasswords,
  pgpassPasswords,
  sqlPasswords,
  urlPassword,
  urlPasswords,
} from './secret-connections.js';
import { namedValues, pairedSecrets, plistSecrets, setterSecrets, settingSecrets } from './secret-pairs.js';
import { appPasswords, secondPasswords, statedPasswords } from './secret-prose.js';
import { tableSecrets } from './secret-tables.js';
import { decodedSecrets, pemBlocks, randomPasswords, redisAuthPasswords } from './secret-tool-output.js';
import { isPasswordHash, isPlaceholder, mixed } from './secret-values.js';
import {
  basicCredentials,
  bearerTokens,
  cookieSecrets,
  customHeaderTokens,
  queryTokens,
  urlSignatures,
} from './secret-web.js';
import { dedupe } from './tables.js';

/**
 * SECRET: vendor API keys and tokens by their documented prefixes, JWTs, PEM private key blocks,
 * passwords in connection URLs and strings (`;password=…`) and on command lines (`curl -u`,
 * `redis-cli -a`, `az login -p`, …), SQL passwords (`CREATE/ALTER USER … WITH PASSWORD '…'`,
 * `IDENTIFIED BY '…'`), HTTP Basic credentials (`Authorization: Basic <base64 of user:password>`),
 * session cookies in `Cookie:` headers, values assigned to secret-named keys in code, config,
 * `.env`, JSON and result tables, a secret-named string paired with a literal as call arguments or a
 * map entry (`.option("password", "…")`, `"password" -> "…"`), a client's credentials given
 * positionally (`auth=("user", "…")`, Twilio's `Client("AC…", "<auth token>")`), and settings given
 * after a blank in game-server and daemon configs (`rcon_password "…"`, `sv_setsteamaccount <token>`,
 * `requirepass …`), a property list's password string (`.mobileconfig`), app passwords after their
 * label, and passwords stated in a message's sentence (see `secret-prose.ts`). Push-notification
 * device tokens (`APNs device token: …`), payment tokens (`tok_…`), test-run counts (`PASS=386
 * WARN=0`) and a meeting join block's passcode are none.
 * Documented placeholders and template references (`${DB_PASSWORD}`, `{os.environ['PGPASSWORD']}`,
 * `%(password)s`, `<password>`, `****`) are not findings, nor is a connection URL without a password
 * (`postgresql://analytics@localhost/crm` under a `conn_str` key): only a URL's password is secret.
 */

interface Pattern {
  re: RegExp;
  score: number;
  /** Which capture group is the secret (0: the whole match). */
  group?: number;
  valid?: (value: string) => boolean;
  /** Literals of which every match holds one: without any of them in the text, the regex is skipped. */
  hints?: readonly string[];
  /** A regex every match holds a match of: without one in the text, the pattern is skipped. */
  gate?: RegExp;
  /** Like `hints`, for a pattern outside the vendor prefilter: a few literals searched one by one. */
  words?: readonly string[];
  /**
   * A regex every match holds on its own line (the pattern never crosses a line break): the pattern
   * is searched on the lines holding it only, so that a long text whose gate opens once does not pay
   * the pattern's search of every line.
   */
  lines?: RegExp;
}

function jwtHeader(token: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}

/** A bot token's secret: random base64url, with small letters and a dozen distinct characters. */
const botSecret = (v: string): boolean => /[a-z]/.test(v) && new Set(v).size >= 12;

// Prefixes: platform.openai.com API keys, docs.anthropic.com, AWS IAM "Understanding unique ID
// prefixes", GitHub "About authentication" token formats, api.slack.com token types, Stripe API keys
// and webhook signing secrets, Google Cloud API keys, npm access tokens (docs.npmjs.com "About access
// tokens": `npm_` and 36 base62 characters). Quantifiers are bounded so every pattern stays linear.
const patterns: Pattern[] = [
  { re: /(?<![\w-])sk-ant-[A-Za-z0-9_-]{20,400}/g, score: 0.95, valid: mixed, hints: ['sk-ant-'] },
  {
    re: /(?<![\w-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,400}/g,
    score: 0.9,
    valid: mixed,
    hints: ['sk-'],
  },
  { re: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, score: 0.9, hints: ['AKIA', 'ASIA'] },
  {
    // The secret pasted after its key id on the same line, named or not (`AWS key AKIA… / secret …`,
    // `AKIA…:wJalr…`): 40 base64 characters in both cases (a hex digest has no upper case).
    re: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b[^\n]{1,60}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dg,
    group: 1,
    score: 0.85,
    valid: (v) => mixed(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    hints: ['AKIA', 'ASIA'],
  },
  {
    // `key: v`, `key = "v"`, and `aws configure set aws_secret_access_key v` (a blank only).
    re: /(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)["']?(?:\s{0,4}[:=]\s{0,4}|[ \t]{1,4})["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/dgi,
    group: 1,
    score: 0.9,
    // Every alternative holds `secret` (ASCII case folding: without `u`, `i` maps no other letter to it).
    gate: /secret/i,
  },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, score: 0.95, hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'] },
  { re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, score: 0.95, hints: ['github_pat_'] },
  // `npm_config_cache`, `npm_package_version` (npm's environment variables) hold `_` and are none.
  { re: /\bnpm_[A-Za-z0-9]{36}\b/g, score: 0.95, valid: mixed, hints: ['npm_'] },
  // SendGrid (`SG.`, 22 and 43 base64url characters), Mailgun's private API key (`key-` and 32 hex
  // digits), Shopify admin tokens and app secrets (`shpat_`, `shpca_`, `shppa_`, `shpss_`, 32 hex).
  {
    re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    score: 0.95,
    valid: mixed,
    hints: ['SG.'],
  },
  { re: /(?<![\w./:-])key-[0-9a-f]{32}\b/g, score: 0.85, valid: mixed, hints: ['key-'] },
  { re: /\bshp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}\b/g, score: 0.95, valid: mixed, hints: ['shp'] },
  // PyPI API tokens are macaroons (`pypi-AgEIcHlwaS5vcmc…`); GitLab's token prefixes (personal, OAuth
  // application, deploy, runner, CI job, trigger, feed, mail, agent, SCIM, feature-flag tokens).
  { re: /\bpypi-AgE[A-Za-z0-9_-]{50,1000}/g, score: 0.95, hints: ['pypi-AgE'] },
  {
    re: /\bgl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-[A-Za-z0-9_-]{20,300}(?:\.[A-Za-z0-9_-]{1,64}){0,3}(?![\w-])/g,
    score: 0.95,
    // Random base64url: digits and both cases (`glft-navigation-panel` is a CSS class).
    valid: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    hints: ['gl'],
  },
  // Hugging Face access tokens: `hf_` and 34 letters (`api_org_` for an organisation's).
  {
    re: /\b(?:hf|api_org)_[A-Za-z0-9]{34}\b/g,
    score: 0.9,
    valid: (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) && new Set(v).size >= 12,
    hints: ['hf_', 'api_org_'],
  },
  // DigitalOcean (`dop_v1_`, `doo_v1_`, `dor_v1_` and 64 hex), Doppler (`dp.st.<config>.…`, `dp.pt.…`,
  // `dp.sa.…`), Databricks (`dapi` and 32 hex), Airtable personal access tokens (`pat…` `.` 64 hex).
  { re: /\bdo[opr]_v1_[0-9a-f]{64}\b/g, score: 0.95, hints: ['_v1_'] },
  {
    re: /\bdp\.(?:st|sa|pt|ct|scim|audit)\.(?:[\w-]{1,40}\.)?[A-Za-z0-9]{40,64}\b/g,
    score: 0.95,
    valid: mixed,
    hints: ['dp.'],
  },
  { re: /\bdapi[0-9a-f]{32}(?:-\d)?\b/g, score: 0.9, valid: mixed, hints: ['dapi'] },
  { re: /\bpat[A-Za-z0-9]{14}\.[0-9a-f]{64}\b/g, score: 0.95, hints: ['pat'] },
  // HubSpot private-app access tokens (developers.hubspot.com "Private apps": `pat-na1-…`,
  // `pat-eu1-…`): `pat-`, the account's data-centre region, and a UUID.
  {
    re: /\bpat-[a-z]{2}\d{1,2}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
    score: 0.95,
    hints: ['pat-'],
  },
  // Model and AI-tooling providers a notebook calls: Groq (`gsk_`), Replicate (`r8_`), Perplexity
  // (`pplx-`), xAI (`xai-`), Tavily (`tvly-`), LangSmith (`lsv2_pt_`/`lsv2_sk_`), Pinecone (`pcsk_`).
  {
    re: /\b(?:gsk_[A-Za-z0-9]{48,56}|r8_[A-Za-z0-9]{36,40}|pplx-[A-Za-z0-9]{40,64}|xai-[A-Za-z0-9]{60,100}|tvly-(?:dev-|prod-)?[A-Za-z0-9]{28,40})\b/g,
    score: 0.95,
    valid: mixed,
    hints: ['gsk_', 'r8_', 'pplx-', 'xai-', 'tvly-'],
  },
  { re: /\blsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}\b/g, score: 0.95, hints: ['lsv2_'] },
  {
    re: /\bpcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,90}\b/g,
    score: 0.95,
    valid: mixed,
    hints: ['pcsk_'],
  },
  {
    // Telegram Bot API tokens (core.telegram.org/bots/api#authorizing-your-bot): the bot's id, `:`,
    // and a base64url secret that opens with `AA` (35 characters as BotFather issues them; a
    // character more or less is still read). The docs' `123456:ABC-DEF…` is a placeholder. In a
    // Bot API URL the token is glued to the path's `bot` (`https://api.telegram.org/bot<token>/
    // sendMessage`, `/file/bot<token>/…`), and the token is read from after it.
    re: /(?:(?<![\w:-])|(?<=\/bot))\d{6,12}:AA[A-Za-z0-9_-]{32,34}(?![\w-])/g,
    score: 0.9,
    valid: (v) => botSecret(v.slice(v.indexOf(':') + 1)),
    hints: [':AA'],
  },
  {
    // A Discord webhook URL (discord.com/developers/docs/resources/webhook: `/webhooks/{id}/{token}`,
    // also on discordapp.com and the ptb and canary hosts): whoever holds the token posts as the
    // webhook. The id is a snowflake and no secret.
    re: /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/\d{15,22}\/([A-Za-z0-9_-]{60,100})(?![\w-])/dg,
    group: 1,
    score: 0.95,
    valid: mixed,
    hints: ['discord.com/api/', 'discordapp.com/api/'],
  },
  { re: /\bxox[abpres]-[A-Za-z0-9-]{10,250}/g, score: 0.95, valid: mixed, hints: ['xox'] },
  { re: /\bxapp-\d-[A-Za-z0-9-]{10,250}/g, score: 0.95, hints: ['xapp-'] },
  {
    re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{10,300}/g,
    score: 0.95,
    hints: ['https://hooks.slack.com/'],
  },
  // Test-mode keys still read and write a Stripe account's test data, so they count too.
  { re: /\b[sr]k_live_[A-Za-z0-9]{16,250}\b/g, score: 0.95, hints: ['k_live_'] },
  { re: /\b[sr]k_test_[A-Za-z0-9]{16,250}\b/g, score: 0.8, hints: ['k_test_'] },
  // Webhook signing secrets (`stripe listen` prints one; Svix-style ones are base64).
  {
    re: /\bwhsec_[A-Za-z0-9+/]{24,250}={0,2}(?![A-Za-z0-9+/=])/g,
    score: 0.95,
    valid: mixed,
    hints: ['whsec_'],
  },
  { re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, score: 0.9, hints: ['AIza'] },
  {
    // A Salesforce session id, which the REST API takes as an OAuth access token (`Authorization:
    // Bearer 00D…!AQ…`, `sf org display`'s Access Token): the org's 15-character id (key prefix
    // `00D`), a `!`, and the opaque token (letters, digits, `.` and `_`).
    re: /\b00D[A-Za-z0-9]{12}![A-Za-z0-9._]{30,400}(?![A-Za-z0-9._])/g,
    score: 0.9,
    valid: mixed,
    hints: ['00D'],
  },
  // WooCommerce REST API keys: `ck_` (consumer key) and `cs_` (consumer secret), then 40 hex digits.
  { re: /\bc[ks]_[0-9a-f]{40}\b/g, score: 0.9, valid: mixed, hints: ['ck_', 'cs_'] },
  {
    re: /(?<![\w.-])eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{0,4000}(?![\w.-])/g,
    score: 0.9,
    valid: jwtHeader,
    hints: ['eyJ'],
  },
  {
    // `poetry config http-basic.<repo> <user> <password>`, `poetry config pypi-token.<repo> <token>`:
    // the password or token is the command's last argument, with no flag before it.
    re: /\b(?:http-basic\.[\w.-]{1,64}[ \t]+[^\s'"]{1,128}|pypi-token\.[\w.-]{1,64})[ \t]+(['"]?)([^\s'"$]{3,256})\1/dg,
    group: 2,
    score: 0.85,
    gate: /http-basic\.|pypi-token\./,
  },
  {
    // `temp password Welcome-2024!Qx`, `new password: …` in a ticket or a note: a password handed over
    // in prose, a word of letters with digits or symbols right after its label.
    re: /(?:\b(?:temp|temporary|initial|new|one-time|default|reset|[Ww]i-?[Ff]i|WLAN|wlan|guest|door|alarm|lockbox|router)[ -]|(?<=[,;] ))[Pp]assword(?: is)?[ \t:]+(['"]?)([^\s'",;]{5,63}[^\s'",;.)])\1/dg,
    group: 2,
    score: 0.8,
    valid: (v) => /[A-Za-z]/.test(v) && /[\d\W_]/.test(v),
    gate: /[Pp]assword /,
    lines: /[Pp]assword/,
  },
  {
    // `given his password ("Finance#2023q4")`: a password quoted in brackets after the word.
    re: /\b(?:[Pp]assword|[Pp]asscode|PIN)[ \t]+\([ \t]*["“']([^\s"”']{6,63})["”'][ \t]*\)/dg,
    group: 1,
    score: 0.8,
    valid: (v) => /[A-Za-z]/.test(v) && /[\d\W_]/.test(v),
    gate: /(?:assword|asscode|PIN) \(/,
  },
  {
    // A plaintext password handed to a hashing call in a seeder or fixture: `Hash::make('…')`
    // (Laravel), `make_password('…')` (Django), `generate_password_hash`, `bcrypt('…')`,
    // `BCrypt::Password.create`, `bcrypt.hashSync('…', 10)`, `await bcrypt.hash('…', 12)` (Prisma
    // seeds), `passwordEncoder.encode("…")`, passlib's `pwd_context.hash("…")`.
    re: /\b(?:Hash::make|bcrypt(?:js)?(?:\.hash)?|make_password|generate_password_hash|password_hash|Password\.create|hashpw|hashSync|passwordEncoder\.encode|argon2\.hash|(?:pwd_|password_|crypt_)?context\.hash)\([ \t]*b?(["'])([^"'\n\\]{3,128})\1/dg,
    group: 2,
    score: 0.8,
    words: [
      'Hash::make',
      'bcrypt',
      'make_password',
      'password_hash',
      'Password.create',
      'hashpw',
      'hashSync',
      '.encode(',
      'argon2',
      'context.hash',
    ],
    lines:
      /Hash::make|bcrypt|make_password|password_hash|Password\.create|hashpw|hashSync|\.encode\(|argon2|context\.hash/,
  },
  {
    // A password typed into a login form by an end-to-end test: Playwright's
    // `getByLabel('Password').fill('…')`, `page.fill('#password', '…')`, Cypress's
    // `cy.get('#password').type('…')`, Selenium's `find_element(By.ID, "password").send_keys("…")`.
    re: /(?:\([ \t]*(?:By\.\w{1,20},[ \t]*)?["'][^"'\n]{0,40}(?:[Pp]assword|passwd|PASSWORD)[^"'\n]{0,20}["'][ \t]*\)[ \t]*\.[ \t]*(?:fill|type|sendKeys|send_keys|setValue|set_value)\(|\.fill\([ \t]*["'][^"'\n]{0,40}[Pp]assword[^"'\n]{0,20}["'][ \t]*,)[ \t]*(["'`])([^"'`\n\\]{3,128})\1/dg,
    group: 2,
    score: 0.8,
    valid: (v) => !/^\$\{|^\{\{/.test(v),
    words: ['assword', 'PASSWORD', 'passwd'],
  },
  {
    // Twilio's client built from an account SID (`AC…`) or an API key SID (`SK…`) and then its secret,
    // in any SDK: `Client("AC4e1b…", "9f3c2a7e…")`, `twilio(accountSid, "…")`. The SIDs are ids.
    re: /(?:\b(?:AC|SK)[0-9a-f]{32}["']|\b\w{0,20}(?:account|api_?key)_?sid)[ \t]*,[ \t]*(["'])([0-9a-z]{32})\1/dgi,
    group: 2,
    score: 0.85,
    valid: mixed,
    words: ['AC', 'SK', 'sid', 'Sid', 'SID'],
    // The secret after its comma, which every match ends with: `AC|SK|sid` (any case) is on most lines.
    lines: /,[ \t]*(["'])[0-9a-z]{32}\1/i,
  },
  {
    // HTTP Basic credentials handed to a client as a user and a password: requests'
    // `auth=("user", "pw")`, `HTTPBasicAuth("user", "pw")`, aiohttp's and httpx's `BasicAuth(…)`, httr's
    // `authenticate("user", "pw")`.
    re: /(?:\bauth[ \t]*=[ \t]*\(|\b(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth|DigestAuth|authenticate)\()[ \t]*(["'])[^"'\n]{1,128}\1[ \t]*,[ \t]*(["'])([^"'\n\\]{3,256})\2[ \t]*\)/dg,
    group: 3,
    score: 0.8,
    valid: (v) => !/^[$%{<]/.test(v),
    words: ['auth', 'Auth', 'authenticate('],
  },
  {
    // `.yarnrc.yml`'s `npmAuthIdent: "user:password"`: the password after the user.
    re: /\bnpmAuthIdent:[ \t]*(['"]?)[^\s:'"]{1,128}:([^\s'"]{3,256})\1/dg,
    group: 2,
    score: 0.85,
    gate: /npmAuthIdent/,
  },
  {
    // A Postman collection's API-key auth: `"apikey": [{ "key": "value", "value": "<the key>" }, …]`.
    re: /\{[ \t]*"key":[ \t]*"value",[ \t]*"value":[ \t]*"([^"\\\n]{8,512})"/dg,
    group: 1,
    score: 0.85,
    gate: /"apikey"/,
  },
  {
    // `usuario mcortega / contraseña Kestrel-Alta-7731`, `Das Passwort ist …`: a password named in
    // Spanish or German prose, with letters and digits or symbols, right after its word (other
    // languages' words are read as keys: `Kennwort: …`, `mot_de_passe=…`).
    re: /(?<!\p{L})(?:contraseña|contrasena|passwort)(?: es| ist)?[ \t:=]+(['"]?)([^\s'",;]{5,63}[^\s'",;.)])\1/dgiu,
    group: 2,
    score: 0.8,
    valid: (v) => /[A-Za-z]/.test(v) && /[\d\W_]/.test(v) && !/^(?:https?:|[$%{<])/.test(v),
    words: ['ontrase', 'asswort'],
  },
  {
    // `hasło tymczasowe: Wk7#pLq2!Zx9`, `mot de passe provisoire : …`, `senha temporária: …`: a
    // password word and the adjective languages put after it (temporary, new, initial, one-time),
    // then a colon (a key is read as its last word, the adjective, and named nothing).
    re: /(?<![A-Za-zÀ-ɏ])(?:hasło|haslo|heslo|mot de passe|senha|contraseña|contrasena|password|parola|parolă)[ \t]+(?:tymczasowe|tymczasowy|jednorazowe|nowe|nowy|początkowe|poczatkowe|dočasné|docasne|nové|nove|provisoire|temporaire|nouveau|initial|temporal|provisional|nueva|nuevo|inicial|temporária|temporaria|provisória|provisoria|nova|temporanea|provvisoria|nuova|iniziale|temporară|temporara|nouă|noua)[ \t]*:[ \t]*(['"]?)([^\s'",;]{5,63}[^\s'",;.)])\1/dgi,
    group: 2,
    score: 0.8,
    valid: (v) => /\p{L}/u.test(v) && /[\d_]|[^\p{L}\p{N}]/u.test(v) && !/^(?:https?:|[$%{<])/.test(v),
    words: ['asło', 'aslo', 'eslo', 'passe', 'enha', 'ontrase', 'assword', 'arol'],
    lines: /asło|aslo|eslo|passe|enha|ontrase|assword|arol/i,
  },
];

/**
 * Each pattern's `hints` and `words` as one regex of the literals: a text is scanned once, not once per
 * literal (measured: about 45% less time than `some(includes)` on the bench corpus, same answer).
 */
function anyLiteral(literals: readonly string[]): RegExp {
  return new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}
const hintGates = new Map(patterns.map((p) => [p, p.hints && anyLiteral(p.hints)]));
const wordGates = new Map(patterns.map((p) => [p, p.words && anyLiteral(p.words)]));

/**
 * One scan for every pattern's hints and `credentialCommands`: most texts hold none, and then no hinted
 * regex runs. The hints are grouped by their first character (`s(?:k-|hp|…)`), so a letter of ordinary
 * text is tried against one branch, not every hint (measured: the scan takes about a third less time).
 */
const anyVendorHint =
  /s(?:k-|v_setsteamaccount|hp)|A(?:KIA|SIA|Iza)|g(?:h[pousr]_|ithub_pat_|l[a-z]{1,5}-|sk_)|npm_|x(?:ox|app-|ai-)|h(?:ttps:\/\/hooks\.slack\.com\/|f_)|k(?:_live_|_test_|ey-[0-9a-f])|whsec_|00D[A-Za-z0-9]{12}!|eyJ|c[ks]_[0-9a-f]|r(?:con_password|equirepass|8_)|masterauth|SG\.|p(?:ypi-AgE|at[A-Za-z0-9]{14}\.|at-[a-z]{2}\d|plx-|csk_)|api_org_|_v1_|d(?:p\.|api|iscord(?:app)?\.com\/api\/)|:AA|tvly-|lsv2_/;

const urlPattern: Pattern = { re: urlPassword, group: 1, score: 0.85 };

export const secretDetector: Detector = {
  id: 'secret',
  entities: ['SECRET'],
  detect(text) {
    const found: Finding[] = [...assignments(text), ...tableSecrets(text)];
    // Some cues are searched for by a rarer part of them first (`BEGIN ` of `-----BEGIN `, see
    // `holds`; `=` of `sig=` and `ignature=`): a search skips ahead to its first character, and `-`,
    // `s`, `i`, `m`, `o`, `a`, `r` are common.
    if (holds(text, '-----', 'BEGIN ')) found.push(...pemBlocks(text));
    found.push(...sqlPasswords(text));
    if (holds(text, 'mac', 'hine')) found.push(...netrcPasswords(text));
    found.push(...pgpassPasswords(text));
    if (text.includes('Basic')) found.push(...basicCredentials(text));
    if (text.includes('://')) found.push(...queryTokens(text));
    if (text.includes('=') && (text.includes('ignature=') || text.includes('sig=')))
      found.push(...urlSignatures(text));
    if (text.includes('base64')) found.push(...decodedSecrets(text));
    found.push(...cliPasswords(text));
    found.push(...connectionSecrets(text));
    if (text.includes('Bearer') || text.includes('Authorization') || text.includes('SSWS '))
      found.push(...bearerTokens(text));
    if (text.includes('X-') || text.includes('x-')) found.push(...customHeaderTokens(text));
    if (text.includes("']") || text.includes('"]')) found.push(...subscriptAssignments(text));
    if (holds(text, 'oo', 'kie') || text.includes('OOKIE')) found.push(...cookieSecrets(text));
    if (holds(text, 'al', 'ue"') || text.includes('value:')) found.push(...namedValues(text));
    if (text.includes('.set(')) found.push(...setterSecrets(text));
    if (holds(text, 'ran', 'dom_')) found.push(...randomPasswords(text));
    found.push(...redisAuthPasswords(text));
    found.push(...pairedSecrets(text));
    if (text.includes('<key>')) found.push(...plistSecrets(text));
    found.push(...appPasswords(text), ...secondPasswords(text), ...statedPasswords(text));
    const add = (m: RegExpExecArray | RegExpMatchArray, { score, group = 0, valid }: Pattern): void => {
      const value = m[group];
      if (value === undefined || isPlaceholder(value) || (valid && !valid(value))) return;
      const start = m.indices?.[group]?.[0] ?? (m.index as number);
      found.push({ type: 'SECRET', start, end: start + value.length, score, detector: 'secret' });
    };
    const anyHint = anyVendorHint.test(text);
    found.push(...settingSecrets(text, anyHint));
    for (const pattern of patterns) {
      const hints = hintGates.get(pattern);
      if (hints && !(anyHint && hints.test(text))) continue;
      if (pattern.gate && !pattern.gate.test(text)) continue;
      const words = wordGates.get(pattern);
      if (words && !words.test(text)) continue;
      const matches = pattern.lines
        ? new ScriptLines(text, pattern.lines).matchAll(pattern.re)
        : text.matchAll(pattern.re);
      for (const m of matches) add(m, pattern);
    }
    for (const m of urlPasswords(text)) if (!exampleLogin(text, m)) add(m, urlPattern);
    return found.length === 0
      ? found
      : dedupe(found.filter((f) => !isPasswordHash(text.slice(f.start, f.end))));
  },
};
