import type { Finding } from '../detector.js';
import { isWord, matchAt } from './scan.js';
import { isPlaceholder, isSecretKey } from './secret-values.js';

/**
 * SECRET readers for secrets in what tools write out: PEM private key blocks
 * (`-----BEGIN RSA PRIVATE KEY-----`), the output of `… | base64 -d` under a secret's name, a
 * Terraform `random_password`'s `result`, and the password of a Redis `AUTH` in `MONITOR` output or a
 * redis-cli session.
 */

/**
 * The password of a Redis `AUTH` command, with a user name before it or not (Redis 6 ACLs: `AUTH
 * default …`), ending its line: as `MONITOR` prints it, each argument quoted after the client's `[db
 * address]` (`1732871902.118442 [0 10.0.3.21:52344] "AUTH" "…"`), or typed at redis-cli's prompt
 * (`127.0.0.1:6379> AUTH …`, `127.0.0.1:6379[2]> auth app-user …`). Nowhere else: `AUTH required`,
 * `AUTH failed` are a log's words.
 */
const monitorAuth =
  /\] "(?:AUTH|auth)"(?: "(?:[^"\\\n]|\\.){1,128}")? "((?:[^"\\\n]|\\.){3,256})"[ \t]*\r?(?=\n|$)/dy;
const promptAuth =
  /[\d\]]> (?:AUTH|auth)(?:[ \t]+[^\s"']{1,128})?[ \t]+(['"]?)([^\s'"]{3,256})\1[ \t]*\r?(?=\n|$)/dy;
/** Where each reader is tried: at the `]` or the prompt's last character before its cue. */
const authCues: ReadonlyArray<[string, RegExp]> = [
  ['] "AUTH" "', monitorAuth],
  ['] "auth" "', monitorAuth],
  ['> AUTH ', promptAuth],
  ['> auth ', promptAuth],
];

export function redisAuthPasswords(text: string): Finding[] {
  const out: Finding[] = [];
  for (const [cue, re] of authCues)
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + 1)) {
      const m = matchAt(re, text, re === monitorAuth ? at : at - 1);
      if (m === null) continue;
      const group = m.length - 1;
      const value = m[group] as string;
      if (isPlaceholder(value) || /^[$%{<]/.test(value)) continue;
      const start = m.indices?.[group]?.[0] as number;
      out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
    }
  return out;
}

/**
 * A secret printed by decoding it: the line after a command piped into `base64 -d` (`--decode`,
 * macOS `-D`), when what it decodes is named as a secret (`kubectl get secret … -o
 * jsonpath='{.data.SMTP_PASSWORD}' | base64 -d`, `echo $DB_PASSWORD | base64 --decode`) and the line is
 * one word. The name is the last word before the pipe; `{.data.SMTP_HOST}` prints no secret.
 */
const decodePipe = /\|[ \t]*base64[ \t]+(?:-d|--decode|-D)\b[^\n]{0,40}\r?\n(\S{6,256})(?=\r?\n|$)/dg;
const lastName = /([A-Za-z_][\w-]{0,127})[^\w\n]{0,16}$/;

export function decodedSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(decodePipe)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const name = lastName.exec(text.slice(Math.max(lineStart, m.index - 256), m.index))?.[1];
    const value = m[1] as string;
    if (name === undefined || !isSecretKey(name) || isPlaceholder(value)) continue;
    const start = m.indices?.[1]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  }
  return out;
}

/**
 * The `result` of Terraform's `random_password` resource, in a state file (`"type":
 * "random_password", … "attributes": {… "result": "…"}`), `terraform show -json` (`"values": {…}`)
 * or `terraform show`/`state show` (`resource "random_password" "db" {` … `result = "…"`): the
 * generated password. A `random_string`'s result is the provider's non-sensitive twin, most often a
 * name suffix (`random_string.suffix`), and counts only when the resource is named for a secret
 * (`random_string.db_password`). `result` alone names nothing: it is read only inside such a
 * resource, up to the next resource (`"mode"`, `"address"`, `"type"`, `resource "`, a closing `}` line).
 */
const randomResource =
  /random_(password|string)(?:"\s{0,40},\s{0,40}"name"\s{0,8}:\s{0,8}"|"[ \t]+"|\.)([\w-]{1,64})/dg;
const resultValue = /(?:^|[\s{,])"?result"?[ \t]*[:=][ \t]*"((?:[^"\\\n]|\\.){1,512})"/d;
const nextResource = /"(?:mode|address|type)"[ \t]*:|\bresource[ \t]+"|\n\}/;

export function randomPasswords(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(randomResource)) {
    if (m[1] === 'string' && !isSecretKey(m[2] as string)) continue;
    const from = m.index + m[0].length;
    let scope = text.slice(from, from + 4000);
    const next = nextResource.exec(scope);
    if (next !== null) scope = scope.slice(0, next.index);
    const r = resultValue.exec(scope);
    const value = r?.[1];
    if (r == null || value === undefined || value.length < 3 || isPlaceholder(value)) continue;
    const start = from + (r.indices?.[1]?.[0] as number);
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  }
  return out;
}

const pemBegin = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;

export function pemBlocks(text: string): Finding[] {
  const out: Finding[] = [];
  let nextEnd = -2;
  for (const m of text.matchAll(pemBegin)) {
    const endMarker = `-----END ${m[1]}-----`;
    // One forward-moving search for END lines keeps many unterminated BEGIN lines linear.
    if (nextEnd !== -1 && nextEnd < m.index) nextEnd = text.indexOf('-----END ', m.index);
    const close = nextEnd >= 0 && text.startsWith(endMarker, nextEnd) ? nextEnd : -1;
    let end = close === -1 ? m.index + m[0].length : close + endMarker.length;
    if (close === -1) {
      // A truncated block (a log cut it short) is still a key: take the base64 lines that follow.
      const body = /^(?:\r?\n(?!-----)[A-Za-z0-9+/=:, -]{0,200})*/.exec(text.slice(end, end + 20000));
      end += body?.[0].length ?? 0;
    }
    if (base64CharsAtLeast(text, m.index + m[0].length, close === -1 ? end : close, 64)) {
      out.push({ type: 'SECRET', start: m.index, end, score: 0.99, detector: 'secret' });
    }
  }
  return out;
}

/** Whether `[from, to)` holds `n` or more characters of `[A-Za-z0-9+/]` (counted, not collected). */
function base64CharsAtLeast(text: string, from: number, to: number, n: number): boolean {
  let count = 0;
  for (let i = from; i < to && count < n; i++) {
    const c = text.charCodeAt(i);
    if (isWord(c) ? c !== 95 : c === 43 || c === 47) count++;
  }
  return count >= n;
}
