import { describe, expect, it } from 'vitest';
import { personSpans } from '../../../test/support/person-spans.js';
import { cjkNamed } from './person-cjk.js';

/** A text and every PERSON span the detector must find in it (nothing else). */
type Case = [string, string, string[]];

const spans = personSpans;

// Family names of the fuller list (`cjkMoreSurnames`: 牛, 邢, 東, 지, …) where the text says the
// value is a person's, and the everyday words, places, products and units they open elsewhere.
const cases: Case[] = [
  ['a rarer Chinese family name under 姓名', '姓名：牛明杰\n性别：男', ['牛明杰']],
  ['a rarer Japanese family name under 氏名 and 担当者', '氏名：南勉\n担当者：東 愛子', ['南勉', '東 愛子']],
  ['under a bare name key of a record', '{"name": "牛明杰", "plan": "team"}', ['牛明杰']],
  ['under a name column', 'id,name,plan\n17,牛明杰,team\n18,邢子豪,free', ['牛明杰', '邢子豪']],
  ['in a pandas printout, Hangul', '   id   name\n0  17  지성우\n1  18  채소원', ['지성우', '채소원']],
  ['after an English word for a person', 'Customer 牛明杰 called about order #48213.', ['牛明杰']],
  ['Hangul set apart after an English word for a person', 'Dear 지 성우, your order shipped.', ['지 성우']],
  ['before a Chinese title', '客户邢子豪先生来电，已转给万伟经理', ['邢子豪', '万伟']],
  ['a Japanese family name of three characters', '長谷部誠様\n氏名：仲宗根美紀', ['長谷部誠', '仲宗根美紀']],
  [
    'no word for a post, an age or a shop before a title',
    '班主任老师、全职老师、成年女士、车间经理\n花屋さん、常連さん',
    [],
  ],
  ['before a Japanese and a Korean honorific', '東愛子様\n지성우님 안녕하세요', ['東愛子', '지성우']],
  ['glued after a role', '联系人邢子豪对接，助理乔娜（139 1234 5678）', ['邢子豪', '乔娜']],
  [
    'on a row with a phone number or an e-mail address',
    '邢子豪 13812345678 xing@example.com\n채소원, 010-2345-6789',
    ['邢子豪', '채소원'],
  ],
  ['a label value ending at a fullwidth comma', '联系人：邢子豪，电话：13812345678', ['邢子豪']],
  [
    'a Korean name before a title written apart',
    '고객 유예성 님이 문의했습니다.\n담당자 지성우 대리에게 전달\n채소원 드림',
    ['유예성', '지성우', '채소원'],
  ],
  [
    'a name in a pytest id and in a file named with Latin letters too',
    'FAILED tests/test_가입.py::test_가입[윤하은-ok]\n김민준_자료.pdf',
    ['윤하은', '김민준'],
  ],
  // Near misses.
  [
    'no Korean identifier in code, nor the column it names in the frame printed after it',
    "df.agg(주문수=('주문번호', 'count'))\n          주문수\n부산        4\n" +
      'FAILED tests/test_정규화.py::test_전화번호_정규화[ok]',
    [],
  ],
  [
    'no name in Chinese prose of words opening with those characters',
    '常见问题：安全设置、关于我们、文件下载、成本核算。我们常常更新。',
    [],
  ],
  [
    'no name in Korean prose of words opening with those syllables',
    '가능성이 있습니다. 기간은 지역별로 다르며 유형과 제품에 따라 유효성 검사 기준이 다릅니다.',
    [],
  ],
  [
    'no Korean word opening with those syllables after other words or a role word',
    '문제 해결 유튜브\n좋은 제품 유명한\n고객 가능성 검토\n고객 유튜브 채널',
    [],
  ],
  ['no product under 产品名称', '产品名称,价格\n苹果手机,5999\n安全帽,35', []],
  [
    'no product, brand or city under a bare name outside a table of people',
    '{"name": "安全帽"}\n{"name": "华为"}\n{"name": "计算器"}\n{"name": "東京"}\n{"name": "常州"}\n{"name": "西武線"}',
    [],
  ],
  [
    'no unit or post after a label for the person in charge',
    '担当者：東日本営業部\n负责人：成本中心\n收件人：文员\n负责人：全员',
    [],
  ],
  ['no word after an English word for a person', 'Thanks 万分感谢\nContact 管理员\nHi 全体成员', []],
  ['no post or job before a Korean honorific', '부사장님, 변호사님, 위원장님께 보고했습니다', []],
  [
    'no particle after a bracket, no label before a colon, no date as a phone number',
    '휴대폰(010-4471-1209)도 결합 할인\n추천인: 010-2093-4471\n2024-03-12 10:14:22 / 인식률 91.2%',
    [],
  ],
  [
    'no everyday word, place or company on a row with a phone number',
    '常州 13812345678\n시스템 점검 010-1234-5678\n関内 045-123-4567\n最寄駅: 西新宿 / TEL 03-5321-1111\n公司：华润 13812345678',
    [],
  ],
];

describe('personDetector on Chinese, Korean and Japanese family names of the fuller list', () => {
  it.each(cases)('%s', (_title, text, expected) => {
    expect(spans(text)).toEqual([...expected].sort());
  });
});

describe('cjkNamed', () => {
  it.each([
    ['牛明杰', true],
    ['乔娜', true],
    ['端木蓉', true],
    ['東 愛子', true],
    ['지성우', true],
    ['지 성우', true],
    ['王伟', true],
    ['安全帽', false],
    ['关于', false],
    ['東京', false],
    ['成都', false],
    ['東日本営業部', false],
    ['邢某', false],
    ['가나다', false],
    ['인사팀', false],
    ['소비자', false],
    ['계좌로', false],
    ['연구원', false],
    ['지성', false],
  ] as Array<[string, boolean]>)('%s → %s', (value, named) => {
    expect(cjkNamed(value)).toBe(named);
  });

  it('asks for three characters and no quarter first where a name is only likely', () => {
    expect(cjkNamed('乔娜', false)).toBe(false);
    expect(cjkNamed('牛明杰', false)).toBe(true);
    expect(cjkNamed('東急線', false)).toBe(false);
    expect(cjkNamed('東愛子', false)).toBe(false);
    expect(cjkNamed('東愛子')).toBe(true);
  });
});

describe('five Han characters written together before a Japanese honorific', () => {
  it.each([
    [
      'a family name of two and a given name of three',
      '該当は渡部健太郎さん（3月16日入社）です。',
      ['渡部健太郎'],
    ],
    ['a family name of three and a given name of two', '長谷川翔太様へのご案内', ['長谷川翔太']],
    ['no Chinese phrase opening with a family name of one character', '王朝研究所さん', []],
    ['no five characters without an honorific', '渡部健太郎の件', []],
  ] as Case[])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
