import type { Finding } from '../detector.js';
import { lineTextBefore, ScriptLines } from './scan.js';
import { isPlaceholder } from './secret-values.js';

/**
 * SECRET readers for passwords handed over in a message's words rather than under a key: an app
 * password after its label (`Das App-Passwort von Google ist qzvt mrkw hbxe plda`), a password
 * stated in a sentence (`the password for the NAS is Kx7#pLq2Wz.`), and a second password in a
 * sentence that named one (`…, beim web.de-Konto nehme ich Rheingold-7731`).
 */

/**
 * What account pages call a password made for one app: Google's "app password", Apple's
 * "app-specific password", and their names in the languages these pages are read in.
 */
const appPasswordLabel =
  /app[- ]?(?:specific[- ])?passwor[dt]|(?:app|anwendungs)[- ]?spezifische[sn]?[- ]passwort|anwendungspasswort|contraseña(?: específica)? (?:de|para) (?:la )?(?:aplicación|aplicacion|app)|mot de passe (?:d['’]|pour (?:l['’]|les )?|spécifique (?:à|a) l['’])app(?:lication)?|senha (?:específica )?(?:de|do|para) (?:o )?(?:app|aplicativo|aplicação|aplicacao)|password (?:per (?:le |l['’])?|dell['’]|specifica per (?:l['’])?)app|app-?wachtwoord|app-specifiek wachtwoord|hasł[oa] (?:do |dla )?aplikacji|uygulama şifresi|アプリ ?(?:用)?パスワード|앱 ?비밀번호|应用专用密码|應用程式專用密碼/gi;
const appPasswordGate = /app|App|APP|anwendung|Anwendung|aplica|uygulama|アプリ|앱|应用|應用/;
/** A part every label holds, in any case: the lines a label can be on. */
const appPasswordLine = /app|anwendung|aplica|aplik|uygulama|アプリ|앱|应用|應用/i;

/**
 * The password itself: 16 small letters, in four groups of four as Google shows them
 * (`qzvt mrkw hbxe plda`) and Apple writes them (`kfwm-zqty-bnra-xhop`), or run together.
 */
const appPasswordValue = /(?<![A-Za-z])([a-z]{4})([ -]?)([a-z]{4})\2([a-z]{4})\2([a-z]{4})(?![A-Za-z0-9])/d;

/**
 * Short words a sentence after the label may hold four of (`paste it into your mail`): random
 * letters are almost never one of them.
 */
const commonWords = new Set(
  'that with have this will your from they know want been good much some time very when come here just like long make many more only over such take than them well were what into also back then used need sent mail code same each does done once page user name word pass send open step next both most even must upon does copy type sign form goes left keep eine oder dann wenn sein auch nach mein dein noch ganz hier beim dass weil wird kann muss habe ihre sind gibt geht mich dich sich para como pero esta este todo otra otro cada bien solo algo pour avec dans mais plus tout elle sont fait leur sans isso essa onde sono anche voor niet maar heel deze jest albo'.split(
    ' ',
  ),
);

/**
 * An app password within 60 characters after its label, on the label's line: four groups of four
 * small letters, none a common word, or a run of 16 with few vowels (a word that long has more).
 */
export function appPasswords(text: string): Finding[] {
  if (!appPasswordGate.test(text)) return [];
  // The label is searched on the lines that can hold one (it never crosses a line break): over a
  // long text, where the gate always opens, searching it everywhere cost more per byte.
  const lines = new ScriptLines(text, appPasswordLine);
  const out: Finding[] = [];
  for (const label of lines.matchAll(appPasswordLabel)) {
    const from = label.index + label[0].length;
    const after = text.slice(from, from + 60);
    const lineEnd = after.indexOf('\n');
    const m = appPasswordValue.exec(lineEnd === -1 ? after : after.slice(0, lineEnd));
    if (m === null) continue;
    const groups = [m[1], m[3], m[4], m[5]] as string[];
    if (groups.some((g) => commonWords.has(g))) continue;
    if (m[2] === '' && (m[0].match(/[aeiou]/g)?.length ?? 0) > 6) continue;
    const start = from + m.index;
    out.push({ type: 'SECRET', start, end: start + m[0].length, score: 0.85, detector: 'secret' });
  }
  return out;
}

/**
 * `Das App-Passwort von Google ist …, beim web.de-Konto nehme ich Rheingold-7731.`, `my email password
 * is …, for the bank I use …`: a sentence that names a password goes on, after a comma or an "and",
 * to the one the writer uses elsewhere. Read from the verb of use (first person: `I use`, `nehme
 * ich`, `uso`, `j'utilise`, …) and the word right after it, when the sentence before it names a
 * password and breaks after that word. The value must look made up (see `madeUp`).
 */
const useVerb =
  /(?<![A-Za-zÀ-ÿ'’])(?:I use|I'm using|I’m using|I take|nehme ich|nehm ich|benutze ich|verwende ich|nutze ich|uso|utilizo|j['’]utilise|je mets|gebruik ik|używam|utilizzo)[ \t]+(['"„“]?)([^\s'",;„“”]{5,63}[^\s'",;.:)?„“”])\1/dg;
const useVerbGate = /I use|I['’]m using|I take|ich|uso|utilizo|utilise|je mets|gebruik ik|używam|utilizzo/;
// `password manager`, `Passwort-Richtlinie`: a tool or a rule, no password.
const passwordWord =
  /(?:[Pp]asswor[dt]|PASSWOR[DT]|[Kk]ennwort|[Cc]ontrase(?:ñ|n)a|[Ss]enha|mot de passe|[Ww]achtwoord|[Hh]as(?:ł|l)o|[Pp]arola|[Şş]ifre)(?![ -]?(?:[Mm]anager|[Pp]olicy|[Rr]ichtlinie|[Vv]erwaltung|[Tt]resor|[Ss]afe|[Vv]ault)\b)/g;
const clauseBreak = /[,;]|\s(?:and|und|y|et|e|en|i|oraz)\s/;
const sentenceEnd = /[.!?]\s/g;

export function secondPasswords(text: string): Finding[] {
  // Every verb of use holds a part of the gate, on its own line: over a long text, where the gate
  // always opens, the verbs (a lookbehind tried at every character) are searched on those lines only.
  const lines = new ScriptLines(text, useVerbGate);
  if (!lines.any) return [];
  const out: Finding[] = [];
  for (const m of lines.matchAll(useVerb)) {
    const value = m[2] as string;
    if (!madeUp(value)) continue;
    const before = lineTextBefore(text, m.index, 200);
    let sentence = 0;
    for (const end of before.matchAll(sentenceEnd)) sentence = end.index + end[0].length;
    let named = -1;
    for (const word of before.slice(sentence).matchAll(passwordWord)) named = word.index + word[0].length;
    if (named === -1 || !clauseBreak.test(before.slice(sentence + named))) continue;
    const start = m.indices?.[2]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
  }
  return out;
}

/**
 * Letters and digits, with a symbol, or ten or more with both cases (`Windows11` names a product);
 * not an address, a host, a URL or a reference.
 */
function madeUp(value: string): boolean {
  return (
    /[A-Za-z]/.test(value) &&
    /\d/.test(value) &&
    (/[^A-Za-z0-9]/.test(value) || (value.length >= 10 && /[a-z]/.test(value) && /[A-Z]/.test(value))) &&
    !/@|:\/\/|^[$%{<]/.test(value) &&
    !/^[\w-]+(?:\.[\w-]+)+$/.test(value) &&
    !isPlaceholder(value)
  );
}

/**
 * `the password is Hunter-22.`, `My Netflix password is …`, `le mot de passe du wifi est …`, `a senha
 * do banco é …`, `la password è …`, `het wachtwoord is …`, `hasło to …`: a password stated in a
 * sentence, the article or possessive before its word (Spanish and German are read in `secret.ts`).
 * The value must look made up (see `madeUp`) and end its clause: `the password is SHA-256 hashed`
 * goes on to say how it is kept.
 */
const statedPassword =
  /(?<![A-Za-zÀ-ÿ])(?:(?:[Tt]he|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)[ \t]+(?:[\w.-]{1,24}[ \t]+)?password(?:[ \t]+(?:for|of|to)[ \t]+(?:the[ \t]+|my[ \t]+)?[\w.-]{1,24})?[ \t]+(?:is|was)|(?:[Ll]e|[Mm]on|[Tt]on|[Ss]on|[Nn]otre|[Vv]otre)[ \t]+mot de passe(?:[ \t]+[\w.'’-]{1,24}){0,2}[ \t]+(?:est|c['’]est)|(?:[Aa]|[Mm]inha|[Tt]ua|[Ss]ua)[ \t]+senha(?:[ \t]+[\w.-]{1,24}){0,2}[ \t]+(?:é|e)|(?:[Ll]a|[Mm]ia|[Tt]ua)[ \t]+password(?:[ \t]+[\w.'’-]{1,24}){0,2}[ \t]+(?:è|e)|(?:[Hh]et|[Mm]ijn|[Jj]ouw)[ \t]+wachtwoord(?:[ \t]+[\w.-]{1,24}){0,2}[ \t]+is|[Hh]asło(?:[ \t]+[\w.-]{1,24})?[ \t]+(?:to|jest))[ \t]*:?[ \t]+(['"„“«]?)([^\s'",;„“”«»]{5,63}[^\s'",;.:)?„“”«»])\1(?=[ \t]*(?:[.,;!?)]|\r?\n|$)|[ \t]+(?:and|but|so|und|aber|y|pero|et|mais|e|ma|en|maar|i|a)[ \t])/dg;
const statedPasswordLine = /password|mot de passe|senha|wachtwoord|[Hh]asło/;

export function statedPasswords(text: string): Finding[] {
  const lines = new ScriptLines(text, statedPasswordLine);
  if (!lines.any) return [];
  const out: Finding[] = [];
  for (const m of lines.matchAll(statedPassword)) {
    const value = m[2] as string;
    if (!madeUp(value)) continue;
    const start = m.indices?.[2]?.[0] as number;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8, detector: 'secret' });
  }
  return out;
}
