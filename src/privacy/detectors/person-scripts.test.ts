import { describe, expect, it } from 'vitest';
import { personDetector } from './person.js';

/** A text and every PERSON span the detector must find in it (nothing else). */
type Case = [string, string, string[]];

const spans = (text: string): string[] =>
  personDetector
    .detect(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end))
    .sort();

const cases: Case[] = [
  // Russian and Ukrainian names in another grammatical case than the one named in full.
  [
    'the genitive of a Russian name named in full elsewhere',
    'Ключи у Натальи Крыловой.\nFrom: Наталья Крылова <nk@mail.ru>',
    ['Натальи Крыловой', 'Наталья Крылова'],
  ],
  [
    'the dative of a masculine name, family name first',
    'Передайте Воронцову Сергею.\nFrom: Сергей Воронцов <sv@yandex.ru>',
    ['Воронцову Сергею', 'Сергей Воронцов'],
  ],
  [
    'no inflected form without the name in full: the stems alone are not read',
    'Ключи у Натальи, телефон у Крыловой.\nFrom: Наталья Крылова <nk@mail.ru>',
    ['Наталья Крылова'],
  ],
  [
    'a longer word sharing the stem is no case ending',
    'Наталья Крылова написала про Натальевку Крыловскую.',
    ['Наталья Крылова'],
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
];

describe('personDetector on names in non-Latin scripts', () => {
  it.each(cases)('%s', (_title, text, expected) => {
    expect(spans(text)).toEqual([...expected].sort());
  });

  it('reads no spelled name out of a longer row of spaced characters', () => {
    expect(spans('李 静 怡 文 件')).not.toContain('李 静 怡');
    expect(spans('박 지 훈 이 요')).not.toContain('박 지 훈');
  });
});
