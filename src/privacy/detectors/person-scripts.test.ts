import { describe, expect, it } from 'vitest';
import { personSpans } from '../../../test/support/person-spans.js';
import type { Finding } from '../detector.js';
import { greekNames } from './person-cyrillic.js';

/** A text and every PERSON span the detector must find in it (nothing else). */
type Case = [string, string, string[]];

const spans = personSpans;

const cases: Case[] = [
  // A Thai LINE export: the exporting customer named only as a sender, the shop's title and lines no person.
  [
    "a Thai sender's given and family name in a LINE export with a shop",
    '[LINE] ประวัติการแชทกับ ร้านเคสมือถือ\n14:02\tณัฐวุฒิ ศรีสวัสดิ์\tสวัสดีครับ\n14:03\tร้านเคสมือถือ\tรบกวนขอชื่อค่ะ',
    ['ณัฐวุฒิ ศรีสวัสดิ์'],
  ],
  [
    'no person in a shop title, a one-word sender or a Latin display name of a LINE export',
    '[LINE] ประวัติการแชทกับ ร้านเคสมือถือ\n14:02\tNat Kestrel Property\tสวัสดีครับ\n14:03\tร้านเคสมือถือ\tสวัสดีค่ะ',
    [],
  ],
  // Labels of Bengali, Tamil and Mongolian forms.
  [
    'names under Bengali, Tamil and Mongolian labels of records of people',
    'নাম: মোহাম্মদ রাকিবুল হাসান\nমোবাইল: +880 1711-428936\n\nபெயர்: கார்த்திகேயன் முருகன்\nகைபேசி: +91 94431 27785\n\nОвог: Батбаяр\nНэр: Оюунчимэг\nУтас: +976 9911 4827',
    ['Батбаяр', 'Оюунчимэг', 'মোহাম্মদ রাকিবুল হাসান', 'கார்த்திகேயன் முருகன்'],
  ],
  [
    'no person under a bare Tamil or Mongolian name label of a product',
    'பெயர்: சாம்சங் கேலக்ஸி\nவிலை: 25000\n\nНэр: Samsung Galaxy\nҮнэ: 25000',
    [],
  ],
  // Maghreb Arabic introductions and a Marathi name signing a romanised message.
  [
    'a Maghreb "my name is", "I am" before a listed given name, and a Devanagari Marathi name after thanks',
    'السلام، سميتي يوسف بنعلي، شكرا\nعسلامة، أنا سلمى بن رمضان، نومرو\nDhanyavaad, अनिकेत कुलकर्णी',
    ['अनिकेत कुलकर्णी', 'سلمى بن رمضان', 'يوسف بنعلي'],
  ],
  [
    'no name after "I am" opening a clause, nor in Devanagari words after thanks',
    'أنا أريد إلغاء الطلب، شكرا\nانا بخير والحمد لله\nDhanyavaad, शुभ दिन',
    [],
  ],
  // Korean given names said alone, with a particle, of people named in full.
  [
    'a Korean given name in the vocative and with the familiar 이',
    '[김서연] 지훈아 명단 정리했어?\n[이지훈] 응. 박소영 연락처 맞지?\n[김서연] 소영이 생일이 다음 주야',
    ['김서연', '김서연', '이지훈', '박소영', '지훈', '소영'],
  ],
  ['no given name read from a word that only opens with it', '[이지훈] 지훈련 일정 공유합니다', ['이지훈']],
  ['no lone given name without someone named in full', '지훈아 명단 정리했어?', []],
  // Names glued to a copula, letter closings, shop names and particles.
  [
    'a Korean name glued to 입니다 and before the closing 드림',
    '상담원 김민지입니다.\n감사합니다.\n이서영 드림',
    ['김민지', '이서영'],
  ],
  [
    'a shop name ending in 몰 and a noun with the topic particle are no names',
    '한빛몰 고객센터입니다. 추가 문의는 고객센터로 연락 주세요.',
    [],
  ],
  // Names spelled a character at a time.
  [
    'OCR-spaced and spelled-out CJK names',
    '姓名 李 静 怡\n性别 女\n고객: 박지훈이요. 박 지 훈.\n최 유 진 (崔侑眞)',
    ['李 静 怡', '박지훈', '박 지 훈', '최 유 진', '崔侑眞'],
  ],
  ['a spaced-out title alone on its line is no name', '이 력 서\n\n성명: 김지훈', ['김지훈']],
  // A family name alone before a title after other Han text.
  [
    'a family name before 先生 after Han text, of someone named in full',
    '刘佳，帮我登记一下：张伟明。\n好的张先生，已登记',
    ['刘佳', '张伟明', '张'],
  ],
  [
    'no family name before a title after Han text when no one of that name is named in full',
    '刘佳，帮我登记一下。\n好的张先生，已登记',
    ['刘佳'],
  ],
  // Arabic, Hebrew and Hindi: titles, role words, signers.
  ['a name after the title الشيخ', 'المشرف على السجل الشيخ حمد الشامسي، هاتف المكتب', ['حمد الشامسي']],
  [
    'no name after a title in the name of a mosque or a street named after someone',
    'سجل أعضاء لجنة مسجد الشيخ زايد الفرعي – الشارقة\nفرع شارع الشيخ خليفة الجديد، دبي',
    [],
  ],
  [
    'no name after a title when its words name a temple trust',
    'श्री राधा कृष्ण मंदिर ट्रस्ट, जयपुर – दान रजिस्टर',
    [],
  ],
  [
    'a name after an Arabic or Hebrew role word, up to its last listed word',
    'تم تحويل راتب الموظف أحمد سالم الكعبي إلى حساب خاطئ.\nהמטופלת אביגיל כהן ביקשה להעביר את התור',
    ['أحمد سالم الكعبي', 'אביגיל כהן'],
  ],
  [
    'no name after a role word that opens a clause',
    'הלקוח ביקש לבטל את ההזמנה\nالموظف قام بتحويل المبلغ',
    [],
  ],
  [
    'the signer on the line after the closing words of a letter',
    'مع التحية،\nمريم الشامسي — مديرة الشؤون المالية\n\nבכבוד רב,\nמיכאל גולדברג, עו"ד',
    ['مريم الشامسي', 'מיכאל גולדברג'],
  ],
  [
    'no signer read from a department or a sentence after the closing words',
    'مع التحية،\nإدارة الموارد البشرية\n\nבברכה,\nצוות שירות הלקוחות של החברה שלנו\n\nבכבוד רב,\nשירות לקוחות\n\nתודה רבה,\nנתראה בקרוב',
    [],
  ],
  [
    'no listed pair read as a name in text of its own script (a city in an address)',
    "מרפאת רמת אביב, רח' אבן גבירול 180, תל אביב",
    [],
  ],
  [
    'a listed Hindi pair in a register row',
    'क्रम | नाम | मोबाइल\n2 | मीनाक्षी अग्रवाल | +91 94140 20934',
    ['मीनाक्षी अग्रवाल'],
  ],
  // Thai dotted titles.
  [
    'a Thai name after the glued and the spaced title ดร.',
    'ผู้ติดต่อ ดร.ธนากร แก้วประเสริฐ\nอาจารย์ ผศ. ดร. สมชาย ใจดี',
    ['ธนากร แก้วประเสริฐ', 'สมชาย ใจดี'],
  ],
  ['no name after ดร. before a phrase', 'ดร.ธนากร ที่เบอร์ 02 123 4567 ครับ', []],
  // Japanese forms, transfers and licences; Chinese judgments.
  [
    'a name after a post and after a name label set apart by blanks, before 先生, 印 and 様',
    '担当医　中村　健一　先生　御侍史\n医師氏名　渡辺 美咲　印\n患者氏名　佐々木　達也　様',
    ['中村　健一', '渡辺 美咲', '佐々木　達也'],
  ],
  [
    'the katakana sender of a transfer in full and half width, not a company',
    '2024/05/01,振込 タカハシ ユウト,,85000\n2024/05/07,振込 ｲﾉｳｴ ﾐｻｷ,,85000\n2024/05/25,振込 カブシキガイシャ ハルデン,,318200\n2024/05/26,振込 ﾐﾂｲｽﾐﾄﾓ ｷﾞﾝｺｳ,,100',
    ['タカハシ ユウト', 'ｲﾉｳｴ ﾐｻｷ'],
  ],
  [
    'no name in an address counter after a number, an era after a family character, or a licence class',
    '住所　大阪府大阪市北区梅田３丁目１番３号\n二・小・原　平成２０年０３月１４日\n種類　中型　普通　原付',
    [],
  ],
  [
    'no name in a party label or a withheld name of a judgment',
    '原告：张某，男，1985年出生，汉族\n被告：北京某某科技有限公司',
    [],
  ],
  [
    'a name of two characters glued after a role, ending the Han text',
    '她的助理陈浩（13967120934）负责对接样品',
    ['陈浩'],
  ],
  ['no name of two characters glued after a role when Han text goes on', '她的助理陈述了问题', []],
  [
    'no noun of two characters after a role, and no compound family name alone',
    '负责人单位：总部。\nCOMPOUND_SURNAMES = {"司马", "欧阳", "诸葛"}\nfor n in ["欧阳娜娜"]: pass',
    ['欧阳娜娜'],
  ],
  [
    'a foreign name sounded out in Hangul or katakana before its Latin spelling, without the team word',
    '고객지원팀 한나 베버(Hannah Weber)입니다.\n担当のハンナ・ウェーバー（Hannah Weber）です。',
    ['한나 베버', 'Hannah Weber', 'ハンナ・ウェーバー', 'Hannah Weber'],
  ],
  [
    'no sounded-out name for a team or a place (no listed given name in the Latin)',
    '고객지원팀(Customer Support)\n서울 강남(Seoul Gangnam) 지점\nニュー・ヨーク（New York）支店',
    [],
  ],
  [
    'a bot account under a name column is no person',
    '姓名,邮箱\n陈思远,chensiyuan@xingyun-tech.cn\n审批机器人,approval-bot@xingyun-tech.cn',
    ['陈思远'],
  ],
  // Labels, cues and titles of hold-out 45: a Greek certificate, Arabic records and chats, Hebrew
  // prepositions, a Thai abbreviated title, a Korean club post, a Japanese maiden-name column.
  [
    "the baptised child under Όνομα βαπτισθέντος, not a parent's given name alone under Όνομα πατέρα",
    'Όνομα βαπτισθέντος: Ανδρέας\nΕπώνυμο: Παπαδόπουλος\nΌνομα πατέρα: ΓΕΩΡΓΙΟΣ',
    ['Ανδρέας', 'Παπαδόπουλος'],
  ],
  [
    'a name under the name on file and after اسمي (my name is)',
    'الاسم في الملف: كريم عبد الله منصور\nتاريخ الميلاد: 1990/05/12\nالبائعة: نعم. اسمي هالة يوسف الشامسي، رقمي 050 482 7193.',
    ['كريم عبد الله منصور', 'هالة يوسف الشامسي'],
  ],
  [
    'a listed given name and a family name after the Hebrew of and for',
    'שילמתי עבור יואב גולדשטיין 👍\nיום ההולדת של תמר שפירא ביום שישי בגן',
    ['יואב גולדשטיין', 'תמר שפירא'],
  ],
  [
    'no name after of and for without a listed given name, or before a glued preposition or a clause',
    'הספר של המורה החדשה\nהמתנה של יוסי בגן\nשילמתי עבור תמר ולירון\nשל דוד המלך היום בבוקר',
    [],
  ],
  [
    'a Thai name after the abbreviated titles น.ส. and ด.ช. glued to it',
    'เลขBIB\tชื่อ-นามสกุล\tวันเกิด\n1048\tน.ส.พรทิพย์ ศรีสุข\t03/09/2535\nผู้ติดต่อ ด.ช.สมชาย ใจดี',
    ['พรทิพย์ ศรีสุข', 'สมชาย ใจดี'],
  ],
  [
    'a Korean name after a club post, and no post read as a name',
    '총무 이성민 010-2291-8450 (회비 계좌 문의)\n회장 선출은 다음 총회에서',
    ['이성민'],
  ],
  [
    'lone family names under the maiden-name column 旧姓, none under a notes column',
    '卒業年度\t氏名\t旧姓\t備考\n1998\t山口 直子\t藤田\t出席\n1998\t岡本 大輔\t\t欠席',
    ['山口 直子', '藤田', '岡本 大輔'],
  ],
];

describe('personDetector on names in non-Latin scripts', () => {
  it.each(cases)('%s', (_title, text, expected) => {
    expect(spans(text)).toEqual([...expected].sort());
  });

  it('reads a given name repeated many times in linear time', () => {
    const text = `[김서연] ${'서연아 '.repeat(50_000)}`;
    const started = Date.now();
    expect(spans(text).length).toBe(50_001);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reads no spelled name out of a longer row of spaced characters', () => {
    expect(spans('李 静 怡 文 件')).not.toContain('李 静 怡');
    expect(spans('박 지 훈 이 요')).not.toContain('박 지 훈');
  });
});

describe('greekNames', () => {
  const greek = (text: string): string[] => {
    const out: Finding[] = [];
    greekNames(text, out);
    return out.map((f) => text.slice(f.start, f.end));
  };
  it.each([
    [
      'a name in the accusative, family name first',
      'σύγκρινε τον Σταθόπουλο Νικόλαο με πέρσι',
      ['Σταθόπουλο Νικόλαο'],
    ],
    [
      'a name in the genitive, given name first',
      'η κράτηση της Ελένης Ιωαννίδου για αύριο',
      ['Ελένης Ιωαννίδου'],
    ],
    ['no name in a place named after a saint', 'στον Άγιο Νικόλαο Κρήτης', []],
    ['no name in two capitalised words without a family ending', 'Καλημέρα Γιώργο, τα λέμε', []],
  ] as Array<[string, string, string[]]>)('%s', (_title, text, expected) => {
    expect(greek(text)).toEqual(expected);
  });
});
