import type { Finding } from '../detector.js';
import { isSpace, lineTextBefore } from './scan.js';
import {
  countsOutcomes,
  isPlaceholder,
  isSecretKey,
  isStatusCode,
  isUrl,
  keyName,
  passCount,
  passwordHash,
  paymentObjectId,
  secretObjectName,
  shortNumber,
  validationRules,
  wordToken,
} from './secret-values.js';
import { isSessionCookie, publicProjectToken, sessionCookieValue } from './secret-web.js';
import { type Cell, keyedValues, keyedValuesWithSiblings } from './tables.js';

/**
 * SECRET reader for assignments: a value given to a secret-named key in code, config, `.env` and
 * JSON (`DB_PASSWORD=…`, `apiKey: '…'`, `"token": "…"`) or to a secret-named subscript
 * (`os.environ["DB_PASSWORD"] = "…"`), with the keys read more closely (a session cookie in a
 * `cookies` map, PagerDuty's integration keys, a number-porting PAC), less the values that are code,
 * not literals (`pw`, `os.environ[...]`, `None`), and what else stands under such keys (a push
 * token's label, a form response's token, a test-run count, a status code).
 */

/** `app.config['SECRET_KEY'] = '…'`, `os.environ["DB_PASSWORD"] = "…"`: a secret-named subscript assigned a literal. */
const subscript =
  /\[[ \t]*(["'])([\w.-]{1,64})\1[ \t]*\][ \t]*=[ \t]*(["'])((?:(?!\3)[^\\\n]|\\.){3,2000})\3/dg;

export function subscriptAssignments(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(subscript)) {
    const value = m[4] as string;
    if (!isSecretKey(m[2] as string) || isPlaceholder(value)) continue;
    const start = m.indices?.[4]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.75, detector: 'secret' });
  }
  return out;
}

/** Code references rather than literal values: `pw`, `os.environ[...]`, `None`, `str`, `self.pw`. */
function isReference(value: string, upperKey: boolean, separator: string, after: string): boolean {
  if (/^[$%@&*]|^(?:os\.|process\.|env\b|getenv|config\.|settings\.|self\.|this\.)/i.test(value)) return true;
  // `static::$password ??= Hash::make(…)`, `Config::get(…)`, `env::var(…)`: PHP, C++ and Rust paths.
  if (/^\w+::/.test(value)) return true;
  // A YAML tag (`!vault |` opens an Ansible Vault block, `!Ref` a CloudFormation reference); a path
  // (`PWD=/home/yabenov` in an environment dump is the working directory, not a password).
  if (/^![A-Za-z]/.test(value) || (/^(?:~?\/|[A-Z]:\\)[\w.~-]/.test(value) && !tokenSegment.test(value)))
    return true;
  // `this`, `self` (the object, passed on); `token = 1*tchar` (RFC 9110's ABNF: a repetition); a
  // comment (`requestCredentials = /** …`); a JavaScript string's escape opening the value (`session
  // token:\nhttps://…` is a message going on to its next line).
  if (/^(?:this|self|super)$|^\d*\*\d*[A-Za-z(]|^\/[*/]|^\\[nrt]/.test(value)) return true;
  if (typeName.test(value)) return true;
  if (/^\(|^\[/.test(after)) return true;
  // `salt: salt`, `exports.AuthenticationMD5Password = AuthenticationMD5Password`, `token: accessToken`:
  // a variable or a constant named for the secret it holds.
  if (namedForSecret(value)) return true;
  // `password: BinaryLike,`, `privateKey: KeyLike | …` (TypeScript), `apiKey: isApiKeyProvider ? …`:
  // a type or a variable in camel or Pascal case. (A constant's value, `PASSWORD=CorrectHorse`, stays.)
  if (!upperKey && camelIdentifier.test(value)) return true;
  // `{"api-key": BREVO_API_KEY}`: a constant named for the secret it holds.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:API_KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|PWD)$/.test(value))
    return true;
  // `opts?.workSecret`, `matchResult?.pass`: optional chaining is a member access too.
  if (/^[A-Za-z_$][\w$]*(?:\?\.[A-Za-z_$][\w$]*)+$/.test(value)) return true;
  const identifier = /^[A-Za-z_][\w.]*$/.test(value);
  // `config.api_key` is an attribute; `SG.aBc…9xY.dEf…` has a part no one names an attribute.
  if (identifier && value.includes('.')) return !value.split('.').some(tokenLike);
  // `password=pw` in code names a variable; `PASSWORD=letmein` in a .env file or `password: x` in YAML is a value.
  return identifier && !/\d/.test(value) && !upperKey && separator !== ':';
}

/**
 * A type where a value would be: `secretKey: number;` and `has_refresh_token: boolean;` in a
 * TypeScript declaration, `password: str` in a dataclass, `api_key: SecretStr` in a pydantic model,
 * `token: text` in a schema.
 */
const typeName =
  /^(?:none|null|nil|undefined|true|false|str|string|int|integer|bool|boolean|bytes|number|bigint|any|unknown|object|never|void|symbol|buffer|uint8array|float|double|long|char|text|varchar|blob|json|secretstr|secretbytes|optional|required|async|await|function|lambda|new|typeof|yield)$/i;

/**
 * An identifier whose own name says it holds a secret (`salt`, `accessToken`, `DB_PASSWORD`,
 * `AuthenticationMD5Password`): a reference to the secret, not the secret. A plain lower-case word
 * (`mysecret`, `letmein`) may be a password itself and is kept.
 */
function namedForSecret(value: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]{2,63}$/.test(value)) return false;
  const named = value.includes('_') || /[a-z][A-Z]/.test(value) || secretWord.test(value);
  return named && isSecretKey(value);
}

/**
 * Whether the key before a value at `start` is quoted (`"AccessKey": key`): a JSON or a dictionary
 * literal, where a value that is text is quoted too.
 */
function quotedKeyBefore(text: string, start: number): boolean {
  let k = start - 1;
  while (k > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = text.charCodeAt(k);
  if (c !== 58 && c !== 61) return false;
  k--;
  while (k > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const q = text.charCodeAt(k);
  return q === 34 || q === 39;
}

/**
 * `isApiKeyProvider`, `NonSharedBuffer`, `KeyObject`, `azureADTokenProvider`: two or more words joined
 * in camel or Pascal case (an acronym of up to four capitals among them), no digit; or one or more
 * after a Hungarian-notation prefix (`kEnumerableProperty`, Node's internal constants).
 */
const camelIdentifier = /^(?:[kmgs]|[A-Za-z][a-z]+)(?:[A-Z]{1,4}[a-z]+)+$/;

/** A secret key's whole name as a bare word (`salt`, `token`, `password`). */
const secretWord = /^(?:pass|passwd|password|pwd|secret|token|salt|apikey|dsn)$/i;

/** A part of a dotted value that is random, not a name: 16+ characters mixing digits and both cases, no `_`. */
const tokenLike = (part: string): boolean =>
  part.length >= 16 && !part.includes('_') && /\d/.test(part) && /[a-z]/.test(part) && /[A-Z]/.test(part);

export function assignments(text: string): Finding[] {
  const out: Finding[] = [];
  for (const cell of keyedValues(text)) {
    if (!isSecretKey(cell.header)) {
      // Both want 16 or more characters: most cells are shorter, and then no name is read.
      if (
        (cell.value.length >= 16 && (integrationKey(cell) || cookieEntry(text, cell))) ||
        portingCode(text, cell)
      ) {
        const { start, end } = cellSpan(cell);
        out.push({ type: 'SECRET', start, end, score: 0.8, detector: 'secret' });
      }
      continue;
    }
    if (pushTokenLabel(text, cell.start) || meetingPasscode(text, cell)) continue;
    if (
      cell.header === 'token' &&
      (responseToken(text, cell) || publicProjectToken(text, 'token', cell.start))
    )
      continue;
    const { start } = cell;
    let { value } = cell;
    if (!cell.quoted) {
      value = value.match(/^\S+/)?.[0] ?? '';
      // `temporary password: Qz7#mLp2!vR9. For security …`: the full stop ends the sentence, not the
      // password (one that ends in a full stop is written in quotes or at a line's end).
      if (value.length > 4 && value.endsWith('.') && sentenceGoesOn.test(cell.value.slice(value.length)))
        value = value.slice(0, -1);
      // Prose: "Token: a unit of text", "secret: IVs are typically just …".
      if (
        cell.separator === ':' &&
        (/^[a-z]+ [a-z]/.test(cell.value) || /^\p{L}+ [a-z]{2,} [a-z]{2,}/u.test(cell.value))
      )
        continue;
      const upper = cell.header === cell.header.toUpperCase();
      // `credentials: Credentials` (a type hint), `{"AccessKey": key}`, `"Credentials": role,`: a
      // value named as its key, or a bare word after a quoted key, is code's variable or type.
      if (keyName(value) === keyName(cell.header)) continue;
      if (/^[a-z_]+$/.test(value) && quotedKeyBefore(text, start)) continue;
      if (codeValue(text, cell, value)) continue;
      if (
        isReference(
          value,
          upper,
          cell.separator ?? '',
          text.slice(start + value.length, start + value.length + 1),
        )
      )
        continue;
    } else if (/^\$|^%\(|^\{/.test(value) || quotedName(text, start, value)) continue;
    if (value.length < 3 || isPlaceholder(value) || isUrl(value) || isStatusCode(cell.header, value))
      continue;
    if (shortNumber.test(value) || permissionLevel(cell.header, value)) continue;
    if (hexConstant.test(value) || credentialsMode(cell.header, value) || keyWordForm(cell.header, value))
      continue;
    // `${JWT_SECRET:?set JWT_SECRET}`: the shell's error message for an unset variable.
    if (value.charCodeAt(0) === 63 && text.charCodeAt(start - 1) === 58) continue;
    if (passwordHash.test(value) || dottedNumber(cell.header, value) || paymentObjectId.test(value)) continue;
    if (validationRules.test(value) || secretObjectName(cell.header, value)) continue;
    if (wordToken(cell.header, value)) continue;
    if (passCount(cell.header, value) && countsOutcomes(siblings(text, cell))) continue;
    const end = start + value.length + (cell.quoted ? 0 : padding(text, start + value.length));
    out.push({ type: 'SECRET', start, end, score: 0.75, detector: 'secret' });
  }
  return out;
}

/** A blank and a capitalised word after a value: the next sentence. */
const sentenceGoesOn = /^[ \t]+\p{Lu}\p{Ll}/u;

/**
 * An unquoted value that is code, not a literal: a string naming something with a colon in it
 * (`Symbol.for('secret:mocks')`), a template literal with a placeholder
 * (`password: \`secret${i}\``), a variable in an object literal (`{ secret: constraint }`, in camel
 * on a line that opened the object), and a type after `:` followed by what ends or joins a type
 * (`TOKEN: CharList;`, `(token: Tokens) =>`, `token: TKind | undefined`). A log's `user: bob,
 * password: Welcome, ip: …` stays.
 */
function codeValue(text: string, cell: Cell, value: string): boolean {
  const after = text.slice(cell.start + value.length, cell.start + value.length + 40);
  // `Symbol.for('secret:mocks')`: a quoted name with a colon in it, no pair.
  const q = text.charCodeAt(cell.start - cell.header.length - 2);
  if (text.charCodeAt(cell.start - 1) === 58 && (q === 39 || q === 34) && after.charCodeAt(0) === q)
    return true;
  if (value.charCodeAt(0) === 96) return /^`[^`\n]*\$\{/.test(value + after);
  if (cell.separator !== ':') return false;
  const next = /^[ \t]*([^ \t])?/.exec(after)?.[1] ?? '';
  if (/^[a-z_][A-Za-z_]*$/.test(value) && (next === ',' || next === '}') && braceBefore(text, cell.start))
    return true;
  return /^[A-Z][A-Za-z]*$/.test(value) && /^[;)|&=>[<]$/.test(next);
}

/** Whether a `{` stands before `at` on its line, within 200 characters. */
function braceBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 200; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (c === 123) return true;
  }
  return false;
}

/**
 * A quoted value that is a name, not a secret: an array's first item (`currentToken = ['space', …]`,
 * a tokenizer's token), a secret key's own name (`GRANT_TYPE_REFRESH_TOKEN = 'refresh_token'`), a
 * parser's state marker (`lastSignificantToken = "?NoLineTerminatorHere"`), a path (`PWD:
 * '/Users/maciej'` in an environment dump).
 */
function quotedName(text: string, start: number, value: string): boolean {
  return (
    text.charCodeAt(start - 2) === 91 ||
    (/^[a-z]+(?:_[a-z]+)+$/.test(value) && isSecretKey(value)) ||
    /^\?[A-Za-z]+$/.test(value) ||
    (/^(?:~?\/|[A-Z]:\\)[\w.~-]+(?:[/\\][\w.~-]+)+[/\\]?$/.test(value) && !tokenSegment.test(value))
  );
}

/**
 * A part between slashes with small and capital letters and digits, twelve or more: a token that
 * opens with `/` (base64 does: `"refresh_token": "/82cAg8k8IZAue59/KAiIc…"`), not a path's directory.
 */
const tokenSegment = /(?:^|\/)(?=[^/]*\d)(?=[^/]*[a-z])(?=[^/]*[A-Z])[A-Za-z0-9+=_-]{12,}(?:\/|$)/;

/** `STENCIL_PASS_DEPTH_PASS: 0x0B96`, `USERNAME_PASSWORD: 0x02`: a numeric constant (a code), 32 bits at most. */
const hexConstant = /^0x[0-9A-Fa-f]{1,8}$/;

/**
 * The Fetch standard's credentials modes (`credentials: 'include'`, `RequestCredentials = 'omit'`)
 * and the CORS setting `crossOrigin = 'use-credentials'`: whether to send cookies, not credentials.
 */
const credentialsMode = (key: string, value: string): boolean =>
  /credentials$/i.test(key) && /^(?:omit|same-origin|include|use-credentials|anonymous)$/.test(value);

/** `pass: 'passed'`, `token: 'tokens'`: the key's own word in another form (a test outcome, a count's unit). */
const keyWordForm = (key: string, value: string): boolean =>
  /^[a-z]+$/.test(value) && value.startsWith(keyName(key)) && value.length > keyName(key).length;

/**
 * A session cookie in a map of cookies: Sentry's `"cookies": {"sessionid": "…"}`, a Django request's
 * `COOKIES:{'sessionid': '…'}`, `request.cookies = {"_shop_session": …}`: the cookie's name is the
 * key, in an object opened under a `cookies` key.
 */
function cookieEntry(text: string, cell: Cell): boolean {
  if (!isSessionCookie(cell.header) || !sessionCookieValue(cell.header, cellSpan(cell).value)) return false;
  return cookieMap.test(text.slice(Math.max(0, cell.start - 300), cell.start));
}

/** An object opened under a `cookies` key and not closed before the pair. */
const cookieMap = /cookies["']?[ \t]*[:=][ \t]*\{[^{}]*$/i;

/**
 * PagerDuty's Events API `routing_key` (an integration key: 32 letters and digits, v2 keys opening
 * with `R0`), its v1 `service_key` and Terraform's `integration_key`: whoever holds one raises
 * incidents. A message broker's routing key (`orders.created`, `#.eu`, `user.*.signup`) is a
 * pattern of words, no token: the value must be one run of 20–64 letters and digits, mixed.
 */
function integrationKey(cell: Cell): boolean {
  if (!integrationKeyName.test(keyName(cell.header))) return false;
  const value = cellSpan(cell).value;
  return (
    /^[A-Za-z0-9]{20,64}$/.test(value) &&
    /\d/.test(value) &&
    /[A-Za-z]/.test(value) &&
    new Set(value).size >= 12
  );
}

const integrationKeyName = /^(?:events?_)?(?:routing|integration|service)_key$/;

/**
 * `PAC: KXV447120`, `Port-out PIN: 4471`, `Number Transfer PIN: 482913`: the code a carrier gives a
 * subscriber to move their number to another network (Ofcom's porting authorisation code, PAC, and
 * STAC, three letters and six digits; US carriers' port-out or number transfer PIN). Whoever holds
 * it can port the line away, the first step of a SIM-swap fraud, so it is a credential. `PAC` names
 * other things too (a proxy auto-config file, a Kerberos privilege certificate): under that bare key
 * the value must have a PAC's shape or the text must speak of porting a number.
 */
function portingCode(text: string, cell: Cell): boolean {
  if (!portingKeyEnd.test(cell.header)) return false;
  const label = portingLabel.exec(text.slice(Math.max(0, cell.start - 48), cell.start));
  if (label === null) return false;
  const { value } = cellSpan(cell);
  if (!portingValue.test(value) || !/\d/.test(value) || isPlaceholder(value)) return false;
  return label[1] === undefined || pacShape.test(value) || portingWord.test(text);
}

/** How a porting code's key ends: most keys end otherwise, and their label is not read. */
const portingKeyEnd = /(?:pac|stac|pin|code)$/i;
/**
 * The key before a porting code's value, as written (`PAC: `, `"port_out_pin": "`, `Number
 * Transfer PIN = `); group 1 the bare acronym.
 */
const portingLabel =
  /(?<![\p{L}])(?:(pac|stac)(?:[ _-]?code)?|port(?:ing)?[ _-]?(?:out[ _-]?)?(?:pin|passcode)|(?:porting|port[ _-]?out)[ _-]?(?:code|authori[sz]ation[ _-]?code)|transfer[ _-]?pin)["']?[ \t]*[:=][ \t]*["']?$/iu;
const portingValue = /^[A-Za-z0-9][A-Za-z0-9-]{2,14}[A-Za-z0-9]$/;
const pacShape = /^[A-Z]{3}\d{6}$/;
// `port` alone is as often a harbour's (`port of loading`, a customs `Port code`).
const portingWord = /\bport(?:ing|ed|[- ]?out| request)\b|\bMNP\b|\bMSISDN\b|\bnumber (?:transfer|port)/i;

/** A cell's value as a finding's span: a bare value is its first word. */
function cellSpan(cell: Cell): { start: number; end: number; value: string } {
  const value = cell.quoted ? cell.value : (cell.value.match(/^\S+/)?.[0] ?? '');
  return { start: cell.start, end: cell.start + value.length, value };
}

/**
 * `token=160.000.447.120.931.12` (a German e-Rezept's prescription id), `key: 1.2.840.113549`: short
 * digit groups joined by dots, four or more, are an id, an OID or a version, not a random secret;
 * a password's key keeps its value whatever it looks like.
 */
function dottedNumber(key: string, value: string): boolean {
  return /^\d{1,6}(?:\.\d{1,6}){3,}$/.test(value) && !/pass|pwd|pin/i.test(key);
}

/**
 * Whether a plain `token` key belongs to a form's or survey's response: Typeform's `form_response`
 * (`"form_id": "Lq8Vx2Kp", "token": "f3k9q2m7…", "landed_at": …`) names the response by its token,
 * an id that opens nothing. Told by a sibling key naming the form, the survey or the response.
 */
function responseToken(text: string, cell: Cell): boolean {
  return siblings(text, cell).some((key) => responseKey.test(keyName(key)));
}

/** The keys of the object or line `cell` belongs to. */
function siblings(text: string, cell: Cell): readonly string[] {
  // The pairs of `keyedValues` are given their siblings in place, `cell` among them.
  keyedValuesWithSiblings(text);
  return cell.headers;
}

const responseKey = /^(?:form|survey|response|submission|questionnaire)_?id$|^(?:landed|submitted)_at$/;

/**
 * `APNs device token: 7c1e…`, `FCM registration token = …`: a key read as its last word (`token`)
 * whose label names a push-notification token. That addresses a device, it grants nothing (see
 * `notSecretKey`).
 */
function pushTokenLabel(text: string, start: number): boolean {
  return pushLabel.test(lineTextBefore(text, start, 48));
}

const pushLabel =
  /\b(?:device|push|apns|fcm|gcm|registration|notification)[ _-]?tokens?["']?[ \t]*[:=][ \t]*["']?$/i;

/**
 * `Code secret : 7dQ4mX` (Teams in French), `Senha: …` (Portuguese), `Password: 559120` (Zoom's older
 * invites) under a meeting id: a join block's passcode, which lets one into a meeting and is no
 * credential of anyone's account. Told by a passcode's word as the whole label (the key read is its
 * last word, `secret`) and a meeting id's label at most 200 characters before it.
 */
function meetingPasscode(text: string, cell: Cell): boolean {
  return (
    passcodeLabel.test(lineTextBefore(text, cell.start, 32)) &&
    meetingId.test(text.slice(Math.max(0, cell.start - 200), cell.start))
  );
}

/**
 * A passcode's label as written before its value, the whole label (`Code secret : `, `Passcode: `,
 * `, Password: `): on its line, after a list's separator, wide spacing or an escaped line break.
 * `DB password: ` is another label.
 */
const passcodeLabel =
  /(?:^|[,;|(\t]| {2}|\\n)[ \t]*(?:code secret|secret code|passcode|pass code|password|passwort|kennwort|kenncode|senha|contraseña|contrasena|mot de passe|wachtwoord|wachtwoordcode|hasło|haslo|kod dostępu|şifre|sifre|parola|pin)[ \t]*[:=][ \t]*["']?$/i;
const meetingId =
  /\b(?:meeting|conference|webinar)[ -]?id\b|\bID (?:de la |de |da |della |del |do )?(?:réunion|reunion|reunión|reunião|reuniao|riunione|conférence|conferencia|webinaire)|Besprechungs-?ID|Meeting-ID|Konferenz-ID|Vergader-ID|Identyfikator (?:spotkania|konferencji)|Toplantı (?:Kimliği|ID)|会议 ?ID|会議 ?ID|회의 ?ID|Идентификатор (?:собрания|конференции)/i;

/**
 * The length of base64 padding (`=`, `==`) at `at` that ends a bare value: a key/value pair stops
 * before `=` (`SharedAccessKey=…RzM=;` is read as `…RzM`), but no key follows this one.
 */
function padding(text: string, at: number): number {
  let k = at;
  while (k < at + 2 && text.charCodeAt(k) === 61) k++;
  if (k === at) return 0;
  const c = text.charCodeAt(k);
  return Number.isNaN(c) || isSpace(c) || c === 59 || c === 34 || c === 39 || c === 44 || c === 38 || c === 41
    ? k - at
    : 0;
}

/**
 * `id-token: write` in a GitHub Actions `permissions:` block (and `read`, `none`, `read-all`,
 * `write-all`): the access a workflow's token gets, not a token.
 */
const permissionLevel = (key: string, value: string): boolean =>
  /^(?:read|write|none|read-all|write-all)$/.test(value) && /token$/i.test(key);
