import type { Finding } from '../detector.js';
import { isWord } from './scan.js';
import { isPlaceholder, isSecretKey, validationRules } from './secret-values.js';
import { sessionCookieValue } from './secret-web.js';

/**
 * SECRET readers for a secret's name and value given apart: a sibling field (Kubernetes `env`
 * `name:`/`value:`, `{"Key": …, "Value": …}`), a call's arguments or a map entry
 * (`.option("password", "…")`, `"password" -> "…"`, `.set("…secret…", "…")`), and a setting after a
 * blank in game-server and daemon configs (`rcon_password "…"`, `requirepass …`).
 */

/**
 * A value named by a sibling field: Kubernetes `env` entries (`- name: DB_PASSWORD` / `value: …`,
 * or `{"name": "DB_PASSWORD", "value": "…"}`), AWS tags and parameters (`{"Key": …, "Value": …}`),
 * Postman variables (`{"key": "api_token", "value": "…"}`): the value is a secret when the name is.
 */
const namedJson =
  /"(?:name|key|Name|Key)"[ \t]*:[ \t]*"([^"\n]{1,64})"[ \t]*,[ \t]*"(?:value|Value)"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){3,512})"/dg;
const namedYaml =
  /^[ \t]*-?[ \t]*name:[ \t]*['"]?([\w.-]{1,64})['"]?[ \t]*\r?\n[ \t]*value:[ \t]*(['"]?)([^\s'"][^\n'"]{2,511}?)\2[ \t]*\r?$/d;

export function namedValues(text: string): Finding[] {
  const out: Finding[] = [];
  const add = (m: RegExpExecArray | null, name: number, group: number, offset: number): void => {
    const value = m?.[group];
    if (m === null || value === undefined) return;
    if (!(isSecretKey(m[name] as string) || sessionCookieValue(m[name] as string, value))) return;
    if (isPlaceholder(value) || /^[$%{<]|^!/.test(value)) return;
    const start = offset + (m.indices?.[group]?.[0] as number);
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  };
  // From each `"value"` / `value:`, the pair read back from the field before it.
  for (const key of ['"value"', '"Value"']) {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) {
      // The pair whose value this is: an earlier object's pair may start in the same stretch.
      const from = Math.max(0, at - 100);
      for (const m of text.slice(from, at + 600).matchAll(namedJson)) {
        if (m.index + m[0].indexOf(key, (m[1] as string).length + 6) !== at - from) continue;
        add(m, 1, 2, from);
        break;
      }
    }
  }
  for (let at = text.indexOf('value:'); at !== -1; at = text.indexOf('value:', at + 6)) {
    // Only blanks between the line's start and `value:` (walked over, not searched: a `lastIndexOf`
    // from each `value:` on one long line was quadratic).
    let lineStart = at - 1;
    while (lineStart >= 0 && (text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 9))
      lineStart--;
    if (lineStart === -1 || text.charCodeAt(lineStart) !== 10) continue;
    const from = text.lastIndexOf('\n', lineStart - 1) + 1;
    const eol = text.indexOf('\n', at);
    add(namedYaml.exec(text.slice(from, eol === -1 ? text.length : eol)), 1, 3, from);
  }
  return out;
}

/**
 * Settings given after a blank, with no `=` or `:`, as game-server and daemon configs write them:
 * Source and FiveM `server.cfg` (`rcon_password "…"`, `set steam_webApiKey "…"`), srcds command lines
 * (`+sv_setsteamaccount <token> +rcon_password …`), `redis.conf` (`requirepass …`). A quoted value
 * ending its line is secret when its setting's name is; the commands that take a credential (Valve's
 * `sv_setsteamaccount` takes a Game Server Login Token, Redis's `requirepass` and `masterauth` a
 * password) are found by name, their value quoted or not, a comment after it or not.
 */
const quotedSetting = /^[ \t]*(?:set[rs]?[ \t]+)?([A-Za-z_][\w.]{1,63})[ \t]+"([^"\n]{3,256})"$/d;
const credentialCommands = ['sv_setsteamaccount', 'rcon_password', 'requirepass', 'masterauth'] as const;
const credentialCommand = new RegExp(
  String.raw`(?:^|[\s+])(?:${credentialCommands.join('|')})[ \t]+(["']?)([^\s"']{3,256})\1(?![^\s;])`,
  'dg',
);

export function settingSecrets(text: string, commands: boolean): Finding[] {
  const out: Finding[] = [];
  const push = (m: RegExpExecArray | RegExpMatchArray, group: number, offset: number): void => {
    const value = m[group] as string;
    if (isPlaceholder(value) || /^[$%{<]/.test(value)) return;
    const start = offset + (m.indices?.[group]?.[0] as number);
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
  };
  if (commands && credentialCommands.some((command) => text.includes(command)))
    for (const m of text.matchAll(credentialCommand)) push(m, 2, 0);
  // A quoted value ending its line after a name and a blank: tried at each `"` ending a line.
  const quoteAt = (at: number): void => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (text.charCodeAt(at - 1) === 34 || at - lineStart > 330) return;
    let first = lineStart;
    while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
    if (!isWord(text.charCodeAt(first))) return; // a JSON line (`"key": "…"`, `],`), a list item
    const m = quotedSetting.exec(text.slice(lineStart, at + 1));
    if (m !== null && isSecretKey(m[1] as string)) push(m, 2, lineStart);
  };
  for (let at = text.indexOf('"\n'); at !== -1; at = text.indexOf('"\n', at + 2)) quoteAt(at);
  if (text.charCodeAt(text.length - 1) === 34) quoteAt(text.length - 1);
  return out;
}

/**
 * A secret-named string and a literal paired as a call's two arguments or a map entry:
 * `.option("password", "Br@zilCrm2024!xQ")` (Spark's JDBC source), `props.setProperty("password", …)`,
 * `os.environ.setdefault("API_KEY", …)`, `Map("user" -> "u", "password" -> "…")` (Scala),
 * `['password' => '…']` (PHP, Ruby). A call or a tuple holds just the two; the value is a
 * literal with letters and a digit or a symbol, not a name (`("password", "password_hash")`), a
 * sentence, a template or a validation rule (`'password' => 'required|min:8'`).
 */
const keyedPair = /(["'])([\w.-]{1,64})\1[ \t]*(,|=>|->)[ \t]*(["'])((?:(?!\4)[^\\\n]|\\.){3,256})\4/dg;
// A call's arguments, a tuple, a C# initializer (`{ "password", "…" }`); a list (`['SECRET', '…']`,
// an entity label and its value) pairs no name with a value.
const closer: Readonly<Record<string, number>> = { '(': 41, '{': 125 };

export function pairedSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  keyedPair.lastIndex = 0;
  for (let m = keyedPair.exec(text); m !== null; m = keyedPair.exec(text)) {
    const value = m[5] as string;
    const start = m.indices?.[5]?.[0] as number;
    if (!isSecretKey(m[2] as string) || !literalSecret(value) || !pairedAlone(text, m)) {
      // `"user" -> "u", "password" -> …`: the value may be the next pair's key.
      keyedPair.lastIndex = start - 1;
      continue;
    }
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
  }
  return out;
}

/** A pair joined by `=>` or `->`, or by a comma as the only two items between parentheses or braces. */
function pairedAlone(text: string, m: RegExpExecArray): boolean {
  if (m[3] !== ',') return true;
  let b = m.index - 1;
  while (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9) b--;
  let a = m.index + m[0].length;
  while (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9) a++;
  return closer[text.charAt(b)] === text.charCodeAt(a);
}

function literalSecret(value: string): boolean {
  return (
    /[A-Za-z]/.test(value) &&
    /\d|[^\p{L}\p{N}\s.:_-]/u.test(value) &&
    !/\s|^[$%{<]/.test(value) &&
    !/^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$/.test(value) &&
    !validationRules.test(value) &&
    !isPlaceholder(value)
  );
}

/**
 * `spark.conf.set("fs.azure.account.key.lake.dfs.core.windows.net", "…")`, `conf.set('fs.s3a.secret.key',
 * …)`: a setting set by a call whose name is a credential's; the second argument is the secret.
 */
export function setterSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(setterCall)) {
    const value = m[2] as string;
    if (isPlaceholder(value) || /\s/.test(value) || value.startsWith('$') || value.startsWith('{')) continue;
    const start = (m.index as number) + m[0].length - value.length - 1;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  }
  return out;
}

const setterCall =
  /\.set\(\s*(["'])[^"'\n]*(?:account\.key|secret\.key|access\.key|secret|password|passwd|token|sas)[^"'\n]*\1\s*,\s*["']([^"'\n]{8,512})["']/dgi;

/**
 * A property list's pair (`<key>IncomingPassword</key>` then `<string>…</string>`): Apple's
 * configuration profiles (`.mobileconfig`: a mail account's `IncomingPassword`, a Wi-Fi payload's
 * `Password`) and any plist. The string is a secret when its key names one.
 */
const plistPair = /<key>([^<\n]{1,64})<\/key>\s{0,64}<string>([^<\n]{1,512})<\/string>/dg;

export function plistSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(plistPair)) {
    const value = m[2] as string;
    if (!isSecretKey(m[1] as string) || isPlaceholder(value) || /^[$%{<]/.test(value)) continue;
    const start = m.indices?.[2]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  }
  return out;
}
