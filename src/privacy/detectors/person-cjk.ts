import type { Finding } from '../detector.js';
import { cjkMoreSurnames, cjkSurnames, givenNames, nameKey } from './names.js';
import {
  everydayHan,
  hangulIdentifiers,
  hanUnitEnd,
  koreanEveryday,
  koreanParticleEnds,
  koreanUnitEnds,
} from './person-cjk-words.js';
import { personAt } from './person-words.js';
import { lineTextBefore, ScriptLines } from './scan.js';

/**
 * PERSON readers for Chinese, Japanese and Korean prose: names in Han, kana or Hangul that open with
 * a listed family name, standing alone or before an honorific (`山田太郎さん`, `张伟先生`, `김민준님`),
 * glued after a role (`联系人黄晓燕`) or with a given name in kana; Korean role words and titles
 * around a name are left out of it.
 */

/**
 * Chinese nouns of two characters opening with a family name's character (`金额`, amount; `金卡`, a
 * gold card; `单元`, a building's unit; `原告`, plaintiff; `原付`, a moped's licence class): words, not a
 * family name and a given name.
 */
const surnameNouns = new Set(
  '金额 金額 金卡 金币 金融 金属 银卡 高级 高端 高度 高速 周末 周期 周年 周边 方法 方式 方面 方向 方案 黄金 程序 程度 文件 文本 文化 安全 安装 安排 温度 成本 成员 成绩 包括 包装 关于 关系 关闭 任何 任务 钱包 余额 单元 单位 原告 原付'.split(
    ' ',
  ),
);

/**
 * Whether a CJK name opens with a listed family name (`高橋花子`, `김민준`). A family name alone
 * (`佐藤`, `欧阳`) is no full name unless `alone` allows it (before an honorific: `中村様`).
 */
export function cjkListed(value: string, alone = false): boolean {
  const v = value.replace(/[ \u3000]/g, '');
  if (v.length < 2 || v.length > 5 || withheldNames.has(v) || surnameNouns.has(v)) return false;
  // `张某` (Zhang so-and-so): a name withheld, as Chinese judgments and news write it.
  if (v.endsWith('某')) return false;
  // `原　平成２０年` (原付's 原, then the Heisei era): an era's name is no given name.
  if (japaneseEras.test(v)) return false;
  // `谢谢` (thanks), `常常` (often): a character said twice is a word.
  if (v.length === 2 && v.charAt(0) === v.charAt(1)) return false;
  // `欧阳`, `田中` alone: a family name that opens with another family name's character (欧, 田).
  if (!alone && cjkSurnames.has(v)) return false;
  const more = alone ? 0 : 1;
  return (
    cjkSurnames.has(v.slice(0, 1)) ||
    (v.length > 1 + more && cjkSurnames.has(v.slice(0, 2))) ||
    (v.length > 2 + more && cjkSurnames.has(v.slice(0, 3)))
  );
}

/**
 * Whether a CJK value the text says is a person's (under a name's label, key or column, before a
 * title, after an English word for a person, beside a phone number or an e-mail address) is a name:
 * `cjkListed`, or a family name of the fuller list (`cjkMoreSurnames`) and a given name: in Han one or
 * two characters glued to it (`牛明杰`), up to three set apart (`東 愛子`); in Hangul two syllables
 * (`지성우`, `지 성우`). The fuller list's characters open everyday words and places (`安全帽`, a
 * helmet; `常见问题`, FAQ; `東京`; `시스템`, system) and name units (`東日本営業部`), which are no names.
 * Where the text only says the value may be a person's (a bare `name` outside a table of people, a
 * cell of a contact's row), `sure` false asks for three characters and no quarter's first: two are as
 * often a brand, a word or a place (`华为`, Huawei; `関内`), and places and lines open with east, west,
 * south or north (`西新宿`, `東急線`) as often as family names do.
 */
export function cjkNamed(value: string, sure = true): boolean {
  if (cjkListed(value)) return true;
  if (value.length > 6 || withheldNames.has(value)) return false;
  const blank = value.search(/[ \u3000]/);
  const v = blank === -1 ? value : value.slice(0, blank) + value.slice(blank + 1);
  if (v.length < (sure ? 2 : 3)) return false;
  if (hangulOnly.test(v)) {
    if (!cjkMoreSurnames.has(v.charAt(0)) || (blank !== -1 && blank !== 1) || v.length !== 3) return false;
    const end = v.charAt(2);
    return (
      !koreanNotNameEnds.includes(end) &&
      !koreanParticleEnds.includes(end) &&
      !koreanUnitEnds.includes(end) &&
      !koreanRoleWord(v) &&
      !koreanKin.has(v) &&
      !koreanEveryday.has(v)
    );
  }
  if (!hanName.test(v)) return false;
  // (Glued, the longest family name that opens it: `長谷部誠`, `端木蓉`, `牛明杰`.)
  const family =
    blank !== -1
      ? value.slice(0, blank)
      : ([3, 2].map((n) => v.slice(0, n)).find((f) => cjkMoreSurnames.has(f)) ?? v.charAt(0));
  const given = v.length - family.length;
  return (
    cjkMoreSurnames.has(family) &&
    given >= 1 &&
    (sure || !quarterOpening.test(family)) &&
    given <= (blank === -1 ? 2 : 3) &&
    !everydayHan.has(v.slice(0, 2)) &&
    !surnameNouns.has(v.slice(0, 2)) &&
    !namedAfterHan.test(v) &&
    !hanUnitEnd.test(v) &&
    !japaneseEras.test(v) &&
    !v.endsWith('某') &&
    v.charAt(0) !== v.charAt(1)
  );
}
const hanName = /^\p{sc=Han}[\p{sc=Han}々]+$/u;
/** East, west, south and north, which open places (`東新宿`, `西城`) as often as they are family names. */
const quarterOpening = /^[東西南北东]/;
/** The names of Japan's eras since 1868, which follow a family name's character in dates (`原　平成`). */
const japaneseEras = /(?:明治|大正|昭和|平成|令和)$/;

/**
 * Honorifics and titles written after a name: Japanese `様`, `さん`, Korean `님`, `씨`, and Chinese
 * `先生`, `女士`, `经理` (manager), `总` (boss), `老师` (teacher), `律师` (lawyer), `医生` (doctor), ….
 */
const cjkTitles =
  '様|さん|氏|殿|先生|くん|君|ちゃん|님|씨|女士|小姐|经理|經理|总|總|老师|老師|律师|律師|医生|醫生|教授|主任|博士|太太|夫人|同学|同學';

/** Japanese honorifics after a given name (not `氏`, which opens `氏名`, nor `殿`). */
const japaneseHonorifics = 'さん|様|くん|ちゃん';
// (`渡部健太郎さん`: five characters written together only before a Japanese honorific; see `gluedFive`.)
const cjkRun = new RegExp(
  String.raw`(?<![\p{sc=Han}\p{sc=Katakana}\p{sc=Hangul}々ー])(?:\p{sc=Han}{5}(?=${japaneseHonorifics})|[\p{sc=Han}\p{sc=Hangul}々]{1,4}(?:[ \u3000][\p{sc=Han}\p{sc=Hangul}々]{1,4})?(?:(?=${cjkTitles})|(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}々ー])|(?<=\p{sc=Han}[ \u3000]\p{sc=Han}{1,3})(?=\p{sc=Hiragana})))`,
  'gu',
);
const cjkHonorific = new RegExp(`^(?:${cjkTitles})`);
const trailingCjkTitle = new RegExp(`[ \u3000]?(?:${cjkTitles})$`);
/** A title inside a run: `王总指出` is 王 (the boss, Wang) and a verb. */
const innerCjkTitle = new RegExp(`(?<=.)(?:${cjkTitles})`, 'u');
/** Chinese words of one character that end a clause's subject: at, will, already, and, to, by, … */
const trailingFunctionHan = new Set('于在将已与和及对向从把被给说'.split(''));
const hiragana = /\p{sc=Hiragana}/u;
export const hasHan = /[\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Names in Han or Hangul standing alone (a quoted value, a cell) or before an honorific (`様`,
 * `さん`). After a particle (`担当者の佐藤健太さん`) a name needs the honorific: Han words between
 * kana are ordinary Japanese. Korean role words and titles beside a name are not part of it
 * (`koreanName`).
 */
export function cjkProse(text: string, out: Finding[]): void {
  if (!hasHan.test(text)) return;
  const titledAfterHan = honoured(text, out);
  const lines = new ScriptLines(text, cjkScript);
  if (text.includes('振込') || text.includes('振替')) transferSenders(text, out);
  if (text.includes('(') || text.includes('（'))
    for (const m of lines.matchAll(spelledBeforeLatin)) soundedOut(m, out);
  // `（フリガナ）　タカハシ　ユウト`: a name's reading after its bracketed label, on a form.
  if (text.includes('フリガナ') || text.includes('ふりがな'))
    for (const m of text.matchAll(bracketedReading)) {
      const start = m.index + m[0].length - (m[1] as string).length;
      out.push({ type: 'PERSON', start, end: m.index + m[0].length, score: 0.75, detector: 'person' });
    }
  // `田中 さくら様`: a listed family name, a blank and a given name written in kana.
  if (text.includes(' ') || text.includes('\u3000'))
    for (const m of lines.matchAll(kanaGiven))
      if (cjkSurnames.has(m[1] as string)) out.push(personAt(m.index, m.index + m[0].length, 0.75));
  // (Ungated: a search of the whole text for a role cost more than `rolesGlued`'s of the Han lines.)
  rolesGlued(text, lines, out);
  const spelled = text.includes(' ') ? spelledNames(text, lines, out) : undefined;
  const identifiers = text.includes('=') || text.includes('_') ? hangulIdentifiers(text) : undefined;
  cjkRun.lastIndex = 0;
  let japanese: boolean | undefined;
  for (let m = lines.exec(cjkRun); m !== null; m = lines.exec(cjkRun)) {
    // `박 지 훈`: read whole by `spelledNames`.
    const spelledEnd = spelled?.get(m.index);
    if (spelledEnd !== undefined) {
      cjkRun.lastIndex = spelledEnd;
      continue;
    }
    // `学部長 高橋 誠一郎` (the dean, …): a post before a name set apart by a blank; the name is read
    // from the word after it.
    const gap = m[0].search(/[ \u3000]/);
    if (gap > 0 && (cjkPosts.has(m[0].slice(0, gap)) || nameLabelEnd.test(m[0].slice(0, gap)))) {
      cjkRun.lastIndex = m.index + gap + 1;
      continue;
    }
    // `中村様` alone on its line: the honorific is no part of the name; nor is `于` in `周凯于3月`.
    // (`君` is Japanese for a junior's "Mr" but ends Chinese given names: `陳怡君`.)
    japanese ??= kana.test(text);
    let run = m[0].endsWith('君') && !japanese ? m[0] : m[0].replace(trailingCjkTitle, '');
    const inner = run.search(innerCjkTitle);
    if (inner > 0 && (japanese || run.charAt(inner) !== '君')) run = run.slice(0, inner);
    if (run.length === 3 && trailingFunctionHan.has(run.charAt(2)) && !hasHangul.test(run))
      run = run.slice(0, 2);
    // `@李明轩 请在 15 分钟内确认`: in Chinese a word after the blank that opens with please, at, to, …
    // is no given name (Japanese given names open with 和, 由: `山田 和也`).
    const blank = run.search(/[ \u3000]/);
    if (blank > 0 && !japanese && functionHan.has(run.charAt(blank + 1))) run = run.slice(0, blank);
    // `橋本病` (Hashimoto's disease), `中山大学` (Sun Yat-sen University), `中山路`: a disease, an
    // institution or a place named after someone.
    const end = m.index + m[0].length;
    if (namedAfterHan.test(run) || cjkPlace(text, m.index, end)) continue;
    if (quotedModifier(text, end)) continue;
    // After a particle a name needs its honorific, or the blank of a family and a given name
    // (`シニアコンサルタントの渡辺 美穂が`).
    if (
      m.index > 0 &&
      hiragana.test(text[m.index - 1] as string) &&
      !cjkHonorific.test(text.slice(end, end + 2)) &&
      !spacedCjkName.test(run)
    )
      continue;
    if (gluedHangulSuffix(text, m.index, run)) continue;
    // `梅田３丁目`, `3号楼`: a counter or an address's word after a number is no name.
    if (m.index > 0 && digitBefore.test(text.charAt(m.index - 1))) continue;
    // `정리해 주세요` (please organise): a verb in 해 before the auxiliary of a request is no name.
    const head = run.split(' ', 1)[0] as string;
    if (
      head.endsWith('해') &&
      koreanAuxiliary.test(text.slice(m.index + head.length, m.index + head.length + 4))
    )
      continue;
    if (run.length === 5 && !gluedFive(run)) continue;
    const [from, to] = hasHangul.test(run) ? koreanName(run) : [0, run.length];
    const name = run.slice(from, to);
    if (identifiers?.has(name)) continue;
    if (
      to > from &&
      (cjkListed(name) ||
        (from === 0 && koreanTitled(run) && cjkNamed(name)) ||
        (cjkNamed(name, false) && contactRow(text, m.index + from, m.index + to)))
    )
      out.push(personAt(m.index + from, m.index + to, 0.75));
    else if (koreanTitledSecond(text, m.index, run)) cjkRun.lastIndex = m.index + run.indexOf(' ') + 1;
  }
  if (titledAfterHan.length > 0) familiesOfNamed(text, titledAfterHan, out);
  if (text.includes('입니다') || text.includes('이에요') || text.includes('이요') || text.includes('예요'))
    for (const m of lines.matchAll(koreanCopula)) {
      const name = m[1] as string;
      if (koreanWord(name) === name.length && cjkListed(name))
        out.push(personAt(m.index, m.index + name.length, 0.75));
    }
  if (hasHangul.test(text)) koreanGivenNames(text, out);
}

/**
 * Whether five Han characters written together before an honorific are a Japanese full name: a listed
 * family name of two or three characters and a given name of three or two (`渡部健太郎`, `長谷川翔太`).
 * One character and four (`林` and a word) is a Chinese phrase more often than a name.
 */
function gluedFive(run: string): boolean {
  return cjkSurnames.has(run.slice(0, 2)) || cjkSurnames.has(run.slice(0, 3));
}

/**
 * Whether a run of two Hangul words is a name and a title written apart after it (`유예성 대리에게`, to
 * assistant manager Yu Yeseong; `지성우 님`, `채소원 드림`): the title says the first is a person's.
 */
function koreanTitled(run: string): boolean {
  const blank = run.indexOf(' ');
  return blank > 0 && hasHangul.test(run) && koreanTitleAfter.test(run.slice(blank + 1));
}
const koreanTitleAfter = /^(?:님|씨|대리|주임|과장|차장|부장|팀장|실장|사장|이사|선생님|교수님?|드림|올림)/;

/**
 * Whether the name at `[start, end)` is a field of a contact's row: the line holds a phone number or
 * an e-mail address (`邢子豪 13812345678 xing@example.com`, `지성우, 010-2345-6789`), and the name is
 * a cell of it, after a blank, a separator or the line's start (not a particle glued after a bracket,
 * `휴대폰(010-…)도 결합`; not a label's value, `公司：华润`, which the label readers weigh) and before no
 * colon (a label: `추천인: 박서연, 010-…`).
 */
function contactRow(text: string, start: number, end: number): boolean {
  if (start > 0 && !cellBefore.test(text.charAt(start - 1))) return false;
  if (
    /[:：][ \t\u3000]*$/.test(lineTextBefore(text, start, 8)) ||
    /^[ \t]*[:：]/.test(text.slice(end, end + 3))
  )
    return false;
  const before = lineTextBefore(text, start, 200);
  let eol = text.indexOf('\n', end);
  if (eol === -1 || eol - end > 200) eol = Math.min(text.length, end + 200);
  return contactShape.test(before) || contactShape.test(text.slice(end, eol));
}
const cellBefore = /[\s,，、;；|（(「【[]/;
/** An e-mail address, or a phone number of three or four groups (`010-2345-6789`, `138 1234 5678`, `+86 13812345678`). */
const contactShape =
  /[\w.+-]@[\w-]+\.[A-Za-z]{2,}|(?<![\w.:/-])(?:\+\d{1,3}[ -]?)?\(?\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{4}(?![\w.:/-])/;

/**
 * `최 유 진`, `李 静 怡`, `박 지 훈.`: a name spelled out a syllable at a time (OCR of an identity card,
 * a caller spelling it), three single characters of one script set apart by blanks, the first a
 * listed family name, ending its line or its clause, and not one of a longer row of single
 * characters. Found here, and their starts mapped to their ends so the run reader skips them (a
 * spaced-out title's too).
 */
function spelledNames(text: string, lines: ScriptLines, out: Finding[]): Map<number, number> | undefined {
  let spelled: Map<number, number> | undefined;
  for (const m of lines.matchAll(spelledName)) {
    const korean = hasHangul.test(m[1] as string);
    if (
      !cjkSurnames.has(m[1] as string) ||
      hasHangul.test(m[2] as string) !== korean ||
      hasHangul.test(m[3] as string) !== korean
    )
      continue;
    spelled ??= new Map();
    spelled.set(m.index, m.index + m[0].length);
    // `이 력 서` (résumé), `履 歴 書` alone on their line: a title spaced out for show, not a name.
    if (lineAlone(text, m.index, m.index + m[0].length)) continue;
    out.push(personAt(m.index, m.index + m[0].length, 0.75));
  }
  return spelled;
}
/** Whether `[start, end)` is all of its line but blanks. */
function lineAlone(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const eol = text.indexOf('\n', end);
  return (
    text.slice(from, start).trim() === '' && text.slice(end, eol === -1 ? text.length : eol).trim() === ''
  );
}
const spelledName =
  /(?<![\p{sc=Han}\p{sc=Hangul}々]|(?:^|[^\p{sc=Han}\p{sc=Hangul}々])[\p{sc=Han}\p{sc=Hangul}々] )([\p{sc=Han}\p{sc=Hangul}]) ([\p{sc=Han}\p{sc=Hangul}]) ([\p{sc=Han}\p{sc=Hangul}])(?=[ \t]*(?:$|[.,。，、)（(）!?！？:：]))/gmu;

/**
 * Family names written alone before a title after other Han text (`好的张先生`, "fine, Mr Zhang"),
 * which `honoured` cannot tell from a word's last character: kept when someone of that family
 * name is named in full in the text (`张伟明`).
 */
function familiesOfNamed(text: string, candidates: Array<[number, string]>, out: Finding[]): void {
  const families = new Set<string>();
  for (const f of out)
    if (f.end - f.start >= 2 && f.end - f.start <= 4 && hanOnly.test(text.slice(f.start, f.end)))
      families.add(text.charAt(f.start));
  for (const [start, family] of candidates)
    if (families.has(family))
      out.push({ type: 'PERSON', start, end: start + family.length, score: 0.7, detector: 'person' });
}

/**
 * Korean particles and endings written glued after a given name said alone (`지훈아`, hey Jihun;
 * `소영이 생일이`, Soyoung's birthday): the vocative `아`/`야`, the familiar `이` with or without a case
 * particle after it, and case particles.
 */
const koreanGivenEndings = new Set(
  '아 야 이 이가 이는 이도 이랑 이를 이한테 이에게 이의 이네 이야 이요 가 는 은 도 랑 을 를 한테 에게 의 씨 님'.split(
    ' ',
  ),
);

/**
 * The given name of someone named in full in Hangul (`이지훈` … `지훈아`), said alone with or
 * without a particle glued to it: the two syllables after a listed family name of one syllable
 * (two for `남궁`, `제갈`, …), standing as the start of a word. A lone two-syllable word is most
 * often no name (`koreanName`), so only the given names of the text's own full names are read.
 */
function koreanGivenNames(text: string, out: Finding[]): void {
  const given = new Set<string>();
  for (const f of out) {
    const name = text.slice(f.start, f.end);
    if (f.type !== 'PERSON' || !hangulOnly.test(name)) continue;
    const family = koreanDoubleSurnames.has(name.slice(0, 2)) && name.length === 4 ? 2 : 1;
    // (`조사원`'s `사원`, staff: a role word is read as none, whatever was taken for a name.)
    const part = name.slice(family);
    const surname = name.slice(0, family);
    if (
      name.length - family === 2 &&
      (cjkSurnames.has(surname) || cjkMoreSurnames.has(surname)) &&
      !koreanRoleWord(part)
    )
      given.add(part);
    // (Each name is a search of the text: a chat names a few people, a list of thousands is no chat.)
    if (given.size >= maxGivenSearches) break;
  }
  if (given.size === 0) return;
  const taken = new Spans(out);
  for (const name of given)
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (at > 0 && hasHangul.test(text.charAt(at - 1))) continue;
      const end = at + name.length;
      const word = /^\p{sc=Hangul}*/u.exec(text.slice(end, end + 4))?.[0] ?? '';
      if (word.length > 3 || (word !== '' && !koreanGivenEndings.has(word))) continue;
      if (taken.overlaps(at, end)) continue;
      out.push(personAt(at, end, 0.7));
    }
}
/** The spans of findings, sorted once, to ask in logarithmic time whether a span overlaps one. */
class Spans {
  private readonly starts: number[] = [];
  /** The greatest end of the spans up to each one. */
  private readonly reach: number[] = [];

  constructor(found: readonly Finding[]) {
    const sorted = [...found].sort((a, b) => a.start - b.start);
    let reach = -1;
    for (const f of sorted) {
      reach = Math.max(reach, f.end);
      this.starts.push(f.start);
      this.reach.push(reach);
    }
  }

  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.reach[lo - 1] as number) > start;
  }
}
const hangulOnly = /^\p{sc=Hangul}+$/u;
const maxGivenSearches = 32;
/**
 * `상담원 김민지입니다` (this is agent Kim Minji), `박지훈이요`: a name glued to the copula of an
 * introduction or an answer, which makes one word of it that the run reader takes for no name.
 */
const koreanCopula =
  /(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3,4})(?:입니다|이에요|이예요|예요|이요)(?![\uac00-\ud7a3])/g;

const hasHangul = /\p{sc=Hangul}/u;
const digitBefore = /[0-9０-９]/;
/** Blocks of Han and Hangul: what every name `cjkProse` reads holds (see `hanScript`). */
const cjkScript =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u302e\u302f\u3038-\u303b\u3130-\u318f\u3200-\u327f\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uffa0-\uffdf\ud81b\ud840-\ud8bf]/;
/**
 * Chinese roles written glued before a name: candidate, contact, engineer, person in charge,
 * handler, applicant, recipient, sender, client, guarantor, adviser, specialist, technician, driver,
 * assistant, secretary.
 */
const gluedRole =
  /(?:候选人|候選人|联系人|聯繫人|聯絡人|工程师|工程師|负责人|負責人|经办人|經辦人|申请人|申請人|收件人|寄件人|发件人|委托人|委託人|担保人|擔保人|顾问|顧問|专员|專員|技术员|技術員|维修员|維修員|司机|司機|助理|秘书|秘書)(?=\p{sc=Han})/gu;

/**
 * `한나 베버(Hannah Weber)`, `ハンナ・ウェーバー（Hannah Weber）`: a foreign name sounded out in Hangul or
 * katakana before its Latin spelling in brackets, which opens with a listed given name. No list
 * holds the sounded-out names; the bracket says the words before it are that name, as many words as the Latin has (`고객지원팀 한나 베버(…)`: the
 * team's word before them is left out).
 */
function soundedOut(m: RegExpMatchArray, out: Finding[]): void {
  const sounded = (m[1] as string).split(/[ ・]/);
  const words = (m[2] as string).split(' ');
  // (`서울 강남(Seoul Gangnam)`, a place: the Latin must open with a listed given name.)
  if (!givenNames.has(nameKey(words[0] as string))) return;
  const latin = words.length;
  if (sounded.length < latin) return;
  const name = sounded.slice(-latin);
  if (name.some((w) => koreanRoles.has(w) || w.length > 6)) return;
  const text = name.join(' ');
  const length = (m[1] as string).length;
  // (The words kept are the last of the run: their length less the separators is the same either way.)
  const start = (m.index as number) + length - text.length;
  out.push(personAt(start, start + text.length, 0.7));
}
const spelledBeforeLatin =
  /(?<![\uac00-\ud7a3\u30a1-\u30fc])([\uac00-\ud7a3]{1,6}(?: [\uac00-\ud7a3]{1,6}){1,3}|[\u30a1-\u30fa\u30fc]{2,8}(?:・[\u30a1-\u30fa\u30fc]{2,8}){1,2})[(（](\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})[)）]/gu;

/**
 * A bank statement's transfer line (`振込 タカハシ ユウト`, `振込 ｲﾉｳｴ ﾐｻｷ`): the sender's name as the
 * bank gives it, in full-width or half-width katakana, family and given name set apart, up to the
 * cell's end. A company is written so too, after its kind (`カブシキガイシャ`, `(ｶ`), and is left out.
 */
function transferSenders(text: string, out: Finding[]): void {
  for (const m of text.matchAll(kanaTransfer)) {
    const name = m[1] as string;
    if (kanaCompany.test(name)) continue;
    const start = (m.index as number) + m[0].length - name.length;
    out.push(personAt(start, start + name.length, 0.75));
  }
}
const kanaTransfer =
  /(?:振込|振替)(?:入金)?[ \u3000]+([\u30a1-\u30fa\u30fc\uff66-\uff9f]{2,10}[ \u3000][\u30a1-\u30fa\u30fc\uff66-\uff9f]{2,10})(?=[,\t\r\n]|$|[ \u3000]{2})/g;
/** The kinds of a Japanese company in katakana (kabushiki, yūgen, gōdō gaisha; bank, credit union, cooperative), full or half width. */
const kanaCompany =
  /カブシキ|ユウゲン|ゴウドウ|ガイシャ|ギンコウ|シンキン|クミアイ|ｶﾌﾞｼｷ|ﾕｳｹﾞﾝ|ｺﾞｳﾄﾞｳ|ｶﾞｲｼｬ|ｷﾞﾝｺｳ|ｼﾝｷﾝ|ｸﾐｱｲ|^[(（]ｶ/;

/**
 * `候选人孙浩然（男）`, `联系人黄晓燕对接`, `工程师王建军于3月13日`: a name glued after a role (`gluedRole`),
 * a listed family name and two given characters (one after a family name of two), which end at a
 * character that is no Han or at a function word (`于`, at; `对`, to).
 */
function rolesGlued(text: string, lines: ScriptLines, out: Finding[]): void {
  gluedRole.lastIndex = 0;
  for (let m = lines.exec(gluedRole); m !== null; m = lines.exec(gluedRole)) {
    const at = m.index + m[0].length;
    const family = familyAt(text, at);
    if (family === 0) continue;
    // Two characters after a role are as often a noun (`负责人单位`, the unit in charge); a given
    // name of one character after a family name of one must end the Han text (`助理陈浩（139…）`).
    for (const given of [2, 1]) {
      const end = at + family + given;
      const after = text.charAt(end);
      if (!hanOnly.test(text.slice(at, end))) continue;
      // (`负责人单位：`, the unit in charge: a noun of two characters, see `surnameNouns`; `联系人关于`.)
      if (!cjkNamed(text.slice(at, end))) continue;
      const ends = after === '' || !hasHan.test(after);
      if (ends || (family + given > 2 && (trailingFunctionHan.has(after) || functionHan.has(after)))) {
        out.push(personAt(at, end, 0.75));
        break;
      }
    }
  }
}
const hanOnly = /^\p{sc=Han}+$/u;
/** The length of a family name at `at` after a role (`联系人邢子豪`): two characters, one, or 0 for none. */
function familyAt(text: string, at: number): number {
  const two = text.slice(at, at + 2);
  if (hanOnly.test(two) && (cjkSurnames.has(two) || cjkMoreSurnames.has(two))) return 2;
  const one = text.charAt(at);
  return cjkSurnames.has(one) || cjkMoreSurnames.has(one) ? 1 : 0;
}
/** Korean auxiliaries of a request after a verb (`해 주세요`, `해 줘`, `해 드릴게요`, `해 보세요`). */
const koreanAuxiliary = /^ (?:주세요|주십|주시|줘|줄래|드리|드릴|드려|보세요|봐)/;
const bracketedReading =
  /[（(](?:フリガナ|ふりがな)[）)][ \u3000]+([\p{sc=Katakana}ー]+[ \u3000][\p{sc=Katakana}ー]+)(?![\p{sc=Katakana}ー])/gu;
const kana = /[\u3041-\u30ff]/;
/** A form's label for a name, set apart by a blank before it (`患者氏名　佐々木　達也`, `医師氏名`, `姓名`). */
const nameLabelEnd = /(?:氏名|姓名|名前|성명|이름)$/;
/** Japanese and Chinese posts written before a name: dean, head, director, professor, doctor, person in charge. */
const cjkPosts: ReadonlySet<string> = new Set(
  '学部長 学長 部長 課長 社長 院長 校長 園長 所長 科長 室長 係長 店長 教授 准教授 講師 医師 主治医 担当医 看護師 担当 担当者 代表 代表取締役 理事長 会長 院长 校长 主任 经理 經理 医生 醫生 老师 老師 教师'.split(
    ' ',
  ),
);
/**
 * A Han run ending in the word for a disease, an institution, a firm or a place (a lane, `巷`; a
 * centre, `中心`): no name ends so (`东方航空`, an airline).
 */
const namedAfterHan =
  /(?:病|症|症候群|大学|大學|学院|學院|医院|醫院|病院|中学|小学|高校|公司|銀行|银行|会社|航空|集团|集團|科技|控股|酒店|飯店|饭店|公園|公园|中心|路|街|巷|駅|站|区|區|市|县|縣|県|省|镇|鎮)$/;

/**
 * Whether the Han or Hangul run `[start, end)` (a title after it included) names a place: it ends in
 * the word for a disease, an institution or a place (`namedAfterHan`), for a Japanese town or village
 * (`小川町`, `越智村`; not the family names `木村`, `中村`), or for a Korean city, county, district,
 * town, township, neighbourhood, road or street (`양산시`, `고성군`, `역삼동`, `주안로`: three syllables
 * or four, before no honorific: `김영구님` is someone), or a house number follows it (`薛巷8号`,
 * `上官旁843号`; not a bed's: `张伟3号床`).
 */
export function cjkPlace(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  if (namedAfterHan.test(run) || koreanPlace.test(run)) return true;
  if (japaneseTown.test(run)) return !cjkSurnames.has(run);
  // `高知城`, `大阪城` (castles), in Japanese (kana beside it): no given name ends in 城, and a run of
  // three Han or more ending so is a castle's name, not a family name alone (`金城`, `宮城`).
  if (castle.test(run) && !cjkSurnames.has(run))
    return kana.test(text.slice(Math.max(0, start - 20), end + 20));
  return houseNumberAfter.test(text.slice(end, end + 8));
}

const japaneseTown = /\p{sc=Han}[町村]$/u;
const castle = /\p{sc=Han}{2}城$/u;
const koreanPlace = /^[\uac00-\ud7a3]{2,3}[시군구읍면동로길]$/;
const houseNumberAfter = /^[0-9０-９]{1,6}号(?!床)/;
const kanaGiven =
  /(?<![\p{sc=Han}\p{sc=Katakana}\p{sc=Hangul}々ー])(\p{sc=Han}{1,3})[ \u3000](?:\p{sc=Hiragana}{2,4}|\p{sc=Katakana}{2,5})(?=様|さん|さま|ちゃん|くん|[^\p{sc=Hiragana}\p{sc=Katakana}ー]|$)/gu;
const spacedCjkName = /^\p{sc=Han}{1,3}[ \u3000]\p{sc=Han}{1,3}$/u;

/**
 * Words a masking tool, an erasure job or a seed puts in a name field in place of a name
 * (`CONFIDENTIAL`, `erased`, `Unassigned`, the Korean, Japanese and Chinese words for test), bots'
 * names, and a Korean label for a name written where its value goes (`cust_nm: 고객명`): no one is
 * named so. Values in lower case.
 */
export const withheldNames: { has(value: string): boolean } = {
  has: (value) => withheldWords.has(value) || botName.test(value) || koreanNameLabel(value),
};
const withheldWords = new Set(
  'confidential redacted withheld anonymized anonymised anonymous masked suppressed unassigned vacant erased deleted removed purged 테스트 テスト 测试 測試'.split(
    ' ',
  ),
);

/** `审批机器人` (the approval bot), `通知ロボット`: an account of a bot under a name column. */
const botName = /(?:机器人|機器人|ロボット|로봇)$/;

/**
 * Korean words for a party of a form or a record (applicant, subscriber, insured, policyholder,
 * recipient, sender, guarantor, agent, tenant, landlord, seller, buyer, debtor, creditor, account
 * holder, head of household, owner, driver, plaintiff, defendant, witness): `신청인: 김서연`, `가입자
 * 박지훈`. Many open with a family name's syllable (`신`, `임`, `채`) and have a name's three syllables.
 */
const koreanParties =
  '신청인 신청자 가입자 신고인 신고자 피보험자 계약자 보험계약자 수취인 수령인 수령자 발신인 수신인 보증인 대리인 임차인 임대인 매도인 매수인 판매자 구매자 채무자 채권자 예금주 세대주 명의자 소유자 운전자 작성자 요청자 의뢰인 청구인 원고 피고 증인';
/**
 * Posts of a club, a society or a church committee (president, vice-president, treasurer and general
 * secretary, accountant, secretary, coach, captain): `총무 이성민 010-…`, the treasurer in a register's
 * footer.
 */
const koreanPosts = '회장 부회장 총무 회계 간사 감독 코치 주장';
/**
 * Korean words for a person's role or post, written as words of their own around a name (`고객
 * 김민준`, `담당자 이서연 대리에게`): customer, member, patient, staff, person in charge, and job titles
 * (a title after the name may carry a particle: `대리에게`, to the assistant manager), and a letter's
 * closing after its signer's name (`이서영 드림`, from Lee Seoyoung).
 */
const koreanRoles = new Set(
  `고객명 성명 이름 연락처 이메일 주세요 드림 올림 고객 고객님 회원 회원님 환자 직원 사원 담당자 담당 상담원 상담사 기사 학생 선생님 교수 교수님 의사 대리 주임 과장 차장 부장 팀장 실장 사장 이사 대표 님 씨 ${koreanPosts} ${koreanParties}`.split(
    ' ',
  ),
);

/**
 * Whether a Hangul word is a label for a name: full name (`성명`, `성함`, `이름`), or a noun for whom or
 * what is named, then `명`, `명칭` or `이름` (name): `고객명` (customer name), `회원명`, `상품명`
 * (product name), `업체명`, `예금주명`. Many open with a family name's syllable (`고`, `상`) and have a
 * name's three syllables; a given name ending in `명` (`김대명`) opens with no such noun.
 */
function koreanNameLabel(value: string): boolean {
  if (koreanFullName.has(value)) return true;
  const m = namedNoun.exec(value);
  return m !== null && labelNouns.has(m[1] as string);
}

const koreanFullName = new Set(['성명', '성함', '이름', '실명']);
const namedNoun = /^(\p{sc=Hangul}{1,5}?)(?:명칭|이름|명)$/u;
/**
 * Korean nouns for whom or what a record names, before `명` (name) in a label: customer, member,
 * patient, employee, student, user, representative, a form's parties (`koreanParties`), and product,
 * company, trade name, shop, branch, brand, model, item, file, service, account, department,
 * organisation, school, hospital, bank, course. Not the job titles of `koreanRoles` (`이사`, director,
 * then `명` spells a name: 이사명).
 */
const labelNouns = new Set(
  `고객 회원 환자 직원 사원 학생 사용자 이용자 대표자 ${koreanParties} 상품 제품 업체 회사 상호 매장 지점 점포 브랜드 모델 품목 항목 파일 서비스 계정 부서 기관 단체 법인 기업 학교 병원 은행 과정 과목`.split(
    ' ',
  ),
);

/**
 * Whether a Hangul run is glued to a Latin letter or a digit before it (`c-00912이 너무`): it opens
 * with a particle or a suffix of that word, not with a family name.
 */
function gluedHangulSuffix(text: string, at: number, run: string): boolean {
  return at > 0 && /[A-Za-z0-9]/.test(text[at - 1] as string) && hasHangul.test(run.charAt(0));
}

/**
 * Korean words for kin, a guardian or a homeroom teacher written before a name (`배우자 이수진`, the
 * spouse). Alone, as a form's label (`배우자: 윤재훈`), they are no name either, though `배우자` has a
 * name's three syllables and opens with the family name 배.
 */
const koreanKin = new Set('배우자 남편 아내 부인 아들 딸 어머니 아버지 보호자 담임'.split(' '));

/** Whether a Hangul word is a role word or title, bare or with a particle glued to it (`선생님께`). */
function koreanRoleWord(word: string): boolean {
  return koreanRoles.has(word) || koreanRoles.has(word.slice(0, 2)) || koreanRoles.has(word.slice(0, 3));
}

/**
 * Whether a two-word Hangul run that held no name ends in a word followed by a title (`신경과 박서연
 * 교수님`): the second word is then read again as a run of its own, with the title.
 */
function koreanTitledSecond(text: string, at: number, run: string): boolean {
  const blank = run.indexOf(' ');
  if (blank === -1 || !hasHangul.test(run)) return false;
  const end = at + run.length;
  if (text[end] !== ' ') return false;
  const next = /^[\p{sc=Hangul}]+/u.exec(text.slice(end + 1, end + 7));
  return next !== null && koreanRoleWord(next[0]);
}

/**
 * The name in a run of one or two Hangul words (offsets into it; empty when there is none). Korean
 * puts blanks between words, so a role word beside the name is left out, and two words left are one
 * name only as a family name and a given name of one or two syllables (`김 민준`): `이 환불을` is a
 * particle and a noun with its own particle. A name written as one word has three syllables or more:
 * two-syllable words opening with a family name's syllable are everyday words (`전달`, `서울`, `정보`);
 * a two-syllable name is found before an honorific (`honoured`).
 */
function koreanName(run: string): [number, number] {
  const blank = run.search(/[ \u3000]/);
  if (blank === -1) return [0, koreanWord(run)];
  const first = run.slice(0, blank);
  const second = run.slice(blank + 1);
  if (koreanRoles.has(first) || koreanKin.has(first)) return [blank + 1, blank + 1 + koreanWord(second)];
  // A title after the name; an honorific written apart (`김구 님`) says a name as one glued does.
  if (second === '님' || second === '씨') return [0, koreanWord(first + second)];
  if (koreanRoleWord(second)) return [0, koreanWord(first)];
  // (A family name of the fuller list too: `지 성우` beside a phone number, see `cjkNamed`.)
  return (cjkSurnames.has(first) || cjkMoreSurnames.has(first)) && second.length <= 2
    ? [0, run.length]
    : [0, 0];
}

/**
 * The length of the name a Hangul word is (0 if none), less an honorific glued to it (`김구님`).
 * Korean names have three syllables, rarely two (found before an honorific) or four, and four only
 * with a two-syllable family name (`남궁민수`): other four-syllable words opening with a family name's
 * syllable are compound nouns (`주문번호`, order number; `전화번호`, phone number).
 */
function koreanWord(word: string): number {
  const honoured = word.endsWith('님') || word.endsWith('씨');
  const name = honoured ? word.slice(0, -1) : word;
  // `문의는` (the enquiry, topic), `한빛몰` (a shop): a particle or a shop's word ends no name.
  if (koreanNotNameEnds.includes(name.charAt(name.length - 1))) return 0;
  const max = koreanDoubleSurnames.has(name.slice(0, 2)) ? 4 : 3;
  return name.length >= (honoured ? 2 : 3) &&
    name.length <= max &&
    !koreanRoles.has(name) &&
    !koreanKin.has(name)
    ? name.length
    : 0;
}

/**
 * Last syllables of no Korean name: the particles `는`, `을`, `를`, `에`, `의`, `와`, `과`, `께`, and
 * `몰` and `샵` (mall, shop) that end a shop's name.
 */
const koreanNotNameEnds = '는을를에의와과께몰샵';

/** Korean family names of two syllables. */
const koreanDoubleSurnames: ReadonlySet<string> = new Set([
  '남궁',
  '제갈',
  '선우',
  '황보',
  '독고',
  '사공',
  '서문',
]);

const honorificAt =
  /様|さん|殿|先生|女士|小姐|くん|ちゃん|님|씨|氏(?!名)|经理|經理|总(?![计計额額数數部结結体體])|總(?![计計额額数數部结結体體])|老师|老師|律师|律師/g;
const hanOrHangul = /^[\p{sc=Han}\p{sc=Hangul}々]+$/u;
/** Chinese words of one character that often stand before a name: and, to, thank, ask, by, of, … */
const functionHan = new Set('和与及给向跟对为请让被把由从是谢的了在将同'.split(''));

/**
 * A name glued into CJK text before an honorific (`客户张伟先生`, `山田太郎さん`), or set apart from it
 * by one blank as Japanese business mail does (`営業部 高橋 様`): of the four, three or two characters
 * before it, the longest that opens with a listed family name. Runs of Han text have no blanks, so
 * `cjkRun` sees only the run's start; this reads from each honorific instead.
 */
function honoured(text: string, out: Finding[]): Array<[number, string]> {
  const titledAfterHan: Array<[number, string]> = [];
  honorificAt.lastIndex = 0;
  for (let m = honorificAt.exec(text); m !== null; m = honorificAt.exec(text)) {
    const blank = text.charCodeAt(m.index - 1);
    const end = blank === 32 || blank === 0x3000 ? m.index - 1 : m.index;
    for (let n = 4; n >= 1; n--) {
      const start = end - n;
      const name = start < 0 ? '' : text.slice(start, end);
      // `王总指出`, `林先生您好`: a family name alone before a title, opening a clause.
      if (n === 1) {
        if (blank !== 32 && blank !== 0x3000 && cjkSurnames.has(name)) {
          if (!hasHan.test(text.charAt(start - 1)))
            out.push({ type: 'PERSON', start, end, score: 0.7, detector: 'person' });
          else titledAfterHan.push([start, name]);
        }
        break;
      }
      if (!hanOrHangul.test(name) || koreanRoles.has(name)) continue;
      // A title says the name before it is one: a rarer family name's too (`邢子豪先生`, `지성우님`).
      if (!cjkListed(name, true) && !cjkNamed(name)) continue;
      // The longest run opening with a family name, unless that name is a Chinese function word
      // before a shorter one (`谢张伟先生`: 谢 is "thank" here, not the family name 谢).
      if (n > 2 && functionHan.has(name.charAt(0)) && cjkNamed(name.slice(1))) continue;
      out.push({ type: 'PERSON', start, end, score: 0.75, detector: 'person' });
      break;
    }
  }
  return titledAfterHan;
}

/**
 * Whether a closing quote at `end` is glued to the Han noun it qualifies (`“张小泉”刀具`, Zhang Xiaoquan
 * knives; `“鲁班”系列`): the quoted words name a brand or a series, not a person.
 */
export const quotedModifier = (text: string, end: number): boolean =>
  closingQuotes.includes(text.charAt(end)) && hanOnly.test(text.charAt(end + 1));
const closingQuotes = '”」』》';

/** Whether Han text is a family name and a title after it (`陈老师`, `王总`): read by `honoured`. */
export const titledFamily = (run: string): boolean => cjkSurnames.has(run.replace(trailingCjkTitle, ''));
