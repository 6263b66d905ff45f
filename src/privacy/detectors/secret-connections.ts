import type { Finding } from '../detector.js';
import { isWord, matchAt } from './scan.js';
import { isPlaceholder, isSecretKey, shortNumber } from './secret-values.js';
import { type Cell, keyedValues } from './tables.js';

/**
 * SECRET readers for connections and logins: passwords in connection URLs (`postgres://u:pw@host`)
 * and connection strings (`Server=…;Password=…`, libpq `password=…`), SQL `… PASSWORD '…'` and
 * `IDENTIFIED BY '…'`, command-line passwords (`curl -u user:pw`, `mysql -p…`, `redis-cli -a …`),
 * and the credential files `.pgpass` and `.netrc`.
 */

/**
 * Passwords in connection URLs (`postgres://user:pw@host`, `redis://:pw@host`), found from each
 * `://`. A `#` in the password is taken as written (`Rd7#Vq2x`): a fragment never comes before the host.
 */
export const urlPassword = /\b[a-z][a-z0-9+.-]{1,30}:\/\/[^\s:/@?#]{0,256}:([^\s/@?]{1,256})@[\w.-]/diy;

/** `[a-z0-9+.-]` case-insensitively: the scheme's characters. */
function isSchemeChar(c: number): boolean {
  return isWord(c) ? c !== 95 : c === 43 || c === 46 || c === 45;
}

/**
 * The matches `text.matchAll(urlPassword)` gives: each holds one `://` (the user and password parts
 * exclude `:` and `/`), its scheme is the 2–31 scheme characters before it, so the regex is tried
 * only at those starts, leftmost first.
 */
export function urlPasswords(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let p = text.indexOf('://'); p !== -1; p = text.indexOf('://', Math.max(p + 1, next))) {
    let s = p;
    while (s > 0 && p - s < 31 && isSchemeChar(text.charCodeAt(s - 1))) s--;
    for (s = Math.max(s, next); s <= p - 2; s++) {
      const m = matchAt(urlPassword, text, s);
      if (m !== null) {
        out.push(m);
        next = s + m[0].length;
        break;
      }
    }
  }
  return out;
}

/**
 * A connection URL's login that is no one's: on a host RFC 2606 reserves for documentation
 * (`https://abc:xyz@example.com`), a default whose password is its user name (RabbitMQ's
 * `amqp://guest:guest@…`, `postgres:postgres` of a development container), or `anonymous`, whose
 * password is whatever one types (RFC 1635's anonymous FTP; MDN's `https://anonymous:flabada@…`).
 */
export function exampleLogin(text: string, m: RegExpExecArray): boolean {
  const at = m.index + m[0].length - 1;
  if (exampleHost.test(text.slice(at, at + 256))) return true;
  const login = m[0].slice(m[0].indexOf('://') + 3, m[0].lastIndexOf('@'));
  const user = login.slice(0, login.indexOf(':'));
  return user === m[1] || user === 'anonymous';
}

const exampleHost = /^(?:[\w-]{1,63}\.){0,8}example(?:\.(?:com|org|net))?(?![\w.-])/i;

/**
 * SQL passwords: `CREATE USER u WITH [ENCRYPTED] PASSWORD '…'`, `CREATE ROLE r LOGIN PASSWORD '…'`
 * (PostgreSQL), `IDENTIFIED BY '…'`, `IDENTIFIED WITH plugin BY '…'` (MySQL, Oracle). Tried from each
 * `password`/`identified` word, case-insensitively.
 */
const sqlPassword =
  /(?:password|identified(?:\s{1,8}with\s{1,8}\w{1,64})?\s{1,8}by(?:\s{1,8}password)?)(?:\s{1,8}|\s{0,8}=\s{0,8})'((?:[^'\n]|''){1,256})'/iy;

const sqlWord = /\b(?:password|identified)\b/gi;

export function sqlPasswords(text: string): Finding[] {
  const out: Finding[] = [];
  for (const w of text.matchAll(sqlWord)) {
    const m = matchAt(sqlPassword, text, w.index);
    const value = m?.[1];
    if (m == null || value === undefined || value.length < 3 || isPlaceholder(value)) continue;
    if (shortNumber.test(value)) continue;
    const start = w.index + m[0].length - 1 - value.length;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.9, detector: 'secret' });
  }
  return out;
}

/**
 * Passwords on command lines, each tool with the flags that take one (from its manual):
 * - `curl -u user:password` (or `--user`); the MySQL clients' `-pPASSWORD` or `-p'PASSWORD'`, glued
 *   to the flag (a bare `-p` prompts for it);
 * - `redis-cli -a`/`--pass`; `sshpass -p`; `-p`/`--password` after a `login` subcommand (`az`,
 *   `docker`, `podman`, `oc`, `cf`, `helm registry`) and on the MongoDB tools; `sqlcmd`/`bcp -P`;
 *   `ldapsearch -w` (and the other OpenLDAP clients); `openssl … -passin pass:…`; `keytool
 *   -storepass`/`-keypass`; `sqlplus user/password@db`;
 * - with any tool, a long flag naming a secret with its value after a blank (`--password hunter2`,
 *   `--token …`); `--password=…` is read as a key/value pair.
 * Only on the line of such a command, found from each command word with `indexOf` (a regex opening
 * with the command would be tried at every character of the text). A value from the environment
 * (`$PASS`) or a placeholder is none.
 */
const flagValue = String.raw`(['"]?)([^\s'"$%<-][^\s'"]{0,255})\1`;
const flagged = (flags: string, glue = '[ \\t]+'): RegExp =>
  new RegExp(String.raw`\s(?:${flags})${glue}${flagValue}`, 'dg');
/** `-u 'user:pw'`, `-u user:pw`, or only the password quoted, `-u elastic:'pw'` (a `!` or `$` in it). */
const curlUser = /\s(?:-u|--user)(?:[ \t]+|=)(['"]?)[^\s:'"]{1,128}:(['"]?)([^\s'"]{1,256})\2\1/dg;
const mysqlPassword = /\s-p(['"]?)([^\s'"-][^\s'"]{0,255})\1/dg;

const sqlplusLogin = /\s[\w$#.]{1,30}\/([^\s@/'"]{3,128})(?=@|\s|$)/dg;

const cliCommands: readonly (readonly [string, RegExp])[] = [
  ['curl', curlUser],
  ['mysql', mysqlPassword],
  ['redis-cli', flagged('-a|--pass')],
  ['sshpass', flagged('-p', '[ \\t]*')],
  [' login', flagged('-p|--password')],
  ['mongo', flagged('-p|--password')],
  ['sqlcmd', flagged('-P', '[ \\t]*')],
  ['bcp ', flagged('-P', '[ \\t]*')],
  ['ldap', flagged('-w')],
  ['openssl', flagged('-pass(?:in|out)?', '[ \\t]+pass:')],
  ['keytool', flagged('-(?:src|dest)?(?:store|key)pass')],
  ['sqlplus', sqlplusLogin],
  [
    ' --',
    flagged('--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token|access-token)'),
  ],
];

export function cliPasswords(text: string): Finding[] {
  const out: Finding[] = [];
  // Every pattern but sqlplus's reads a flag, and sqlplus is searched only in a text holding one
  // (`sqlplus -s user/pw@db`): most texts have none, and then no command is searched.
  const anyFlag = hasFlag(text);
  for (const [command, re] of cliCommands) {
    if (!anyFlag) continue;
    for (let at = text.indexOf(command); at !== -1; at = text.indexOf(command, at + 1)) {
      // A command word opens a word; ` login` and ` --` start at the blank before theirs, so that
      // the flag regex (which opens with a blank) reads ` --password` itself.
      const blankFirst = command.charCodeAt(0) === 32;
      if (!blankFirst && at > 0 && isWord(text.charCodeAt(at - 1))) continue;
      // The command's line, and the lines it goes on to after a trailing `\` (a shell continuation).
      let end = text.indexOf('\n', at);
      while (
        end !== -1 &&
        (text.charCodeAt(end - 1) === 92 ||
          (text.charCodeAt(end - 1) === 13 && text.charCodeAt(end - 2) === 92))
      )
        end = text.indexOf('\n', end + 1);
      if (end === -1) end = text.length;
      const from = blankFirst ? at : at + command.length;
      for (const m of text.slice(from, end).matchAll(re)) {
        const group = m.length - 1;
        const value = m[group] as string;
        if (value.length < 3 || isPlaceholder(value)) continue;
        const start = from + (m.indices?.[group]?.[0] as number);
        out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
      }
      at = end;
    }
  }
  return out;
}

/** Whether the text holds a command-line flag: a blank, one or two `-`, a letter (` -p`, ` --user`). */
function hasFlag(text: string): boolean {
  for (let i = text.indexOf('-'); i !== -1; i = text.indexOf('-', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before !== 32 && before !== 9) continue;
    let c = text.charCodeAt(i + 1);
    if (c === 45) c = text.charCodeAt(i + 2);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/**
 * Secrets in a connection string held in a quoted value, where no key/value pair is read: `url =
 * "jdbc:sqlserver://h;user=u;password=…"`, ADO.NET and ODBC `"Server=h;Uid=u;Pwd=…;"`, Azure
 * `"…;AccountKey=…;"` and `"…;SharedAccessKey=…"`. Outside quotes, each `key=…` is a pair of its
 * own (see `assignments`).
 */
const connectionPair = /(?:^|;)[ \t]*([A-Za-z][\w ]{0,40}?)[ \t]*=[ \t]*([^;"'\s{}]{3,512})/dg;

/**
 * libpq's key/value connection string, blank-separated: `"host=10.20.3.14 user=masker password=…
 * dbname=crm"` (a DSN in YAML, `psycopg2.connect("…")`, `PGOPTIONS`); the password quoted or bare.
 */
const libpqPassword =
  /(?:^|[ \t])(?:password|passwd|pwd)[ \t]*=[ \t]*(?:'((?:[^'\\\n]|\\.){1,256})'|([^\s'"]{1,256}))/dg;

function libpqSecrets(cell: Cell, out: Finding[]): void {
  if (!/\b(?:host|hostaddr|dbname|user)=/.test(cell.value)) return;
  for (const m of cell.value.matchAll(libpqPassword)) {
    const group = m[1] !== undefined ? 1 : 2;
    const value = m[group] as string;
    if (isPlaceholder(value) || value.length < 3) continue;
    const start = cell.start + (m.indices?.[group]?.[0] as number);
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  }
}

export function connectionSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  for (const cell of keyedValues(text)) {
    if (cell.quoted && cell.value.includes('=') && cell.value.includes(' ')) libpqSecrets(cell, out);
    if (!cell.quoted || cell.value.indexOf(';') === -1) continue;
    for (const m of cell.value.matchAll(connectionPair)) {
      const value = m[2] as string;
      if (!isSecretKey(m[1] as string) || isPlaceholder(value)) continue;
      const start = cell.start + (m.indices?.[2]?.[0] as number);
      out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
    }
  }
  return out;
}

/**
 * `.pgpass` lines (libpq's password file): `hostname:port:database:username:password`, the host a
 * name, an IPv4 address or `*`, the port a number or `*`, `\:` and `\\` escaped inside a field. Only
 * a whole line of exactly five non-empty fields: timestamps (`10:15:02`, no letter in the host),
 * compressed IPv6 (`::`, an empty field), full IPv6 and MAC addresses (more fields), URLs (`://`) and
 * compiler messages (`main.c:12:5: error`, a blank in a field) have other shapes.
 */
const pgpassLine =
  /[ \t]*(?:\*|\d{1,3}(?:\.\d{1,3}){3}|(?=[A-Za-z0-9.-]{0,253}[A-Za-z])[A-Za-z0-9][A-Za-z0-9.-]{0,252}):(?:\d{1,5}|\*):(?:[^\s:\\]|\\.){1,128}:(?:[^\s:\\]|\\.){1,128}:((?:[^\s:\\]|\\.){1,256})[ \t]*(?=\r?\n|$)/dy;

/**
 * The password of each `.pgpass` line. The host holds no `:`, so only a line's first `:` can end it,
 * and only one followed by a port (a digit or `*`): each line is tried once, from its start.
 */
export function pgpassPasswords(text: string): Finding[] {
  const out: Finding[] = [];
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    const port = text.charCodeAt(c + 1);
    if (port === 42 || (port >= 48 && port <= 57)) {
      const m = matchAt(pgpassLine, text, text.lastIndexOf('\n', c) + 1);
      const value = m?.[1];
      if (m != null && value !== undefined && value.length >= 3 && !isPlaceholder(value)) {
        const start = m.indices?.[1]?.[0] as number;
        out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
      }
    }
    const lineEnd = text.indexOf('\n', c);
    if (lineEnd === -1) break;
    c = lineEnd;
  }
  return out;
}

/**
 * `.netrc` (curl, git, the Heroku CLI, ftp): `machine <host>`, then `login`, `account` and `password`
 * tokens, on one line or several. The token after `password` is the secret whatever its shape (the
 * Heroku CLI stores its API key, a UUID, there). The host must read as one (dotted, or `localhost`)
 * so that prose (`the build machine uses password authentication`) is no entry.
 */
const netrcEntry =
  /machine[ \t]+(?:localhost|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?:\s{1,64}(?:login|account)[ \t]+\S{1,256}){0,2}\s{1,64}password[ \t]+(\S{1,512})/dy;

export function netrcPasswords(text: string): Finding[] {
  const out: Finding[] = [];
  for (let at = text.indexOf('machine'); at !== -1; at = text.indexOf('machine', at + 1)) {
    if (at > 0 && isWord(text.charCodeAt(at - 1))) continue;
    const m = matchAt(netrcEntry, text, at);
    const value = m?.[1];
    if (m == null || value === undefined || value.length < 3 || isPlaceholder(value)) continue;
    const start = m.indices?.[1]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85, detector: 'secret' });
  }
  return out;
}
