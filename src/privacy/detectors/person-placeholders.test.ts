import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';
import type { Finding } from '../detector.js';
import { withoutPlaceholders } from './person-placeholders.js';

const people = detectedPeople;

/** What `withoutPlaceholders` keeps of the given values, each a PERSON finding at its first place in `text`. */
function kept(text: string, values: string[]): string[] {
  const findings: Finding[] = values.map((v) => {
    const start = text.indexOf(v);
    return { type: 'PERSON', start, end: start + v.length, score: 0.8, detector: 'p' };
  });
  return withoutPlaceholders(text, findings).map((f) => text.slice(f.start, f.end));
}

describe('withoutPlaceholders: which contexts make a placeholder name a fixture', () => {
  it.each([
    ['a name for nobody, anywhere', '담당자: 홍길동', ['홍길동']],
    ['a name for nobody in traditional Han', '負責人：張三', ['張三']],
    [
      'a name for nobody with a family name (Portuguese so-and-so)',
      '"nome": ["Beltrano Silva", "Ciclano Souza"]',
      ['Beltrano Silva', 'Ciclano Souza'],
    ],
    ['a test word in the name', 'Owner: Demo User', ['Demo User']],
    ['a test mark in brackets after the name', 'Assigned to Maria Lopez (Demo)', ['Maria Lopez']],
    ['a cue on its own line', 'Przykład: Anna Kowalska, Sven Svensson', ['Anna Kowalska', 'Sven Svensson']],
    [
      'a sign of sample data in the lines around',
      'Kunde: Max Mustermann\nOrt: Berlin\nE-Mail: kunde@example.com',
      ['Max Mustermann'],
    ],
    [
      'a sign of sample data two lines down',
      'Imię: Anna Kowalska\nMiasto: Kraków\nfixture: seed',
      ['Anna Kowalska'],
    ],
    [
      'either order, and two cells of a row',
      'apellido | nombre\nPérez | Juan\n01/01/1900',
      ['Pérez', 'Juan'],
    ],
    [
      'a name of the word example or sample in a record at a reserved domain, whichever one',
      'User.create!(name: "Alice Example", email: "alice@example.com")\nUser.create!(name: "Carol Sample", email: "carol@example.org")\n{"name": "Max Beispiel", "email": "max@beispiel.test"}',
      ['Alice Example', 'Carol Sample', 'Max Beispiel'],
    ],
    [
      'every other mention of a name once called a dummy',
      "-- 氏名 = '陳大文' はダミー\n\n\n\n\n\nWHERE 氏名 <> '陳大文'",
      ['陳大文', '陳大文'],
    ],
  ])('drops %s', (_name, text, values) => {
    const all = [...new Set(values)];
    const findings: Finding[] = [];
    for (const v of all)
      for (let at = text.indexOf(v); at !== -1; at = text.indexOf(v, at + v.length))
        findings.push({ type: 'PERSON', start: at, end: at + v.length, score: 0.8, detector: 'p' });
    findings.sort((a, b) => a.start - b.start);
    expect(withoutPlaceholders(text, findings)).toEqual([]);
  });

  it.each([
    // Near misses: the same names with no fixture context; a role in brackets; a far sign.
    ['no context', 'Kunde: Mario Rossi, Via Roma 12, Milano.', ['Mario Rossi']],
    [
      'no context, either list',
      'Kierownik: Anna Kowalska. Kontakt: Sven Svensson.',
      ['Anna Kowalska', 'Sven Svensson'],
    ],
    ['a role in brackets', 'Assigned to Peter Hall (testing lead)', ['Peter Hall']],
    ['a real name spelled near a word for nobody', 'Cliente: Beltrán Silva', ['Beltrán Silva']],
    ['a Japanese name with no sign', '氏名: 山田 太郎', ['山田 太郎']],
    ['a sign four lines away', 'Klient: Jan Kowalski\n\n\n\n\nexample', ['Jan Kowalski']],
    ['a given name whose family name is not in its row', 'John,Carter,jc@example.com', ['John', 'Carter']],
    ['John Smith with no fixture context', 'Account manager: John Smith, Leeds office', ['John Smith']],
    [
      'Sample as a family name with a real e-mail',
      'Contact: Joe Sample, joe.sample@gmail.com',
      ['Joe Sample'],
    ],
    [
      'a name of the word sample in another record of the line than the reserved address',
      '[{"name": "Carol Sample", "email": "c.sample@gmail.com"}, {"name": "QA", "email": "qa@example.com"}]',
      ['Carol Sample'],
    ],
    ['a sample word inside a longer word', 'Owner: Ana Samples, ana@example.com', ['Ana Samples']],
  ])('keeps %s', (_name, text, values) => {
    expect(kept(text, values)).toEqual(values);
  });
});

describe('detectAll drops placeholder people in a fixture’s context', () => {
  it('drops placeholder names beside a sign of sample data, or once called a dummy', () => {
    expect(
      people(
        "INSERT INTO students VALUES(3,'홍길동','Hong Gil-dong','test@example.com');\n### 例\n質問: 山田 太郎さんの注文件数は？\n213  Pérez  Juan  01/01/1900  NaN\n-- 氏名 = '陳大文' はダミー\n\n\n\n\nWHERE 氏名 <> '陳大文'",
      ),
    ).toEqual([]);
  });

  it('drops seeded people named example or sample at reserved domains, with no real address in the text', () => {
    const seeds =
      'User.create!(name: "Alice Example", email: "alice@example.com", role: "admin")\nUser.create!(name: "Bob Tester", email: "bob.tester@example.org", role: "analyst")\nUser.create!(name: "Carol Sample", email: "carol@example.com", role: "viewer")';
    expect(people(seeds)).toEqual([]);
    // A made-up name of a generator's at a reserved domain is still taken for a person.
    expect(people('User.create!(name: "Faith Love", email: "faith.love@example.com")')).toEqual([
      'Faith Love',
    ]);
  });

  it('drops the Filipino placeholders on a fixture at an example domain, not Maria Clara with a real address', () => {
    const fixture =
      'self.resident = Resident.objects.create(first_name="Juan", last_name="dela Cruz", email="juan.delacruz@example.ph")\n' +
      'self.spouse = Resident.objects.create(first_name="Maria", last_name="Clara", email="maria.clara@example.ph")';
    expect(people(fixture)).toEqual([]);
    expect(people('Customer: Maria Clara, maria.clara@gmail.com')).toEqual(['Maria Clara']);
  });

  it('drops John Smith beside Jane Doe on a fixture at example.org, not a John Smith at a real address', () => {
    const fixture =
      "const users = [\n  { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '555-0142' },\n  { name: 'John Smith', email: 'john@example.org', phone: '555-0199' },\n];";
    expect(people(fixture)).toEqual([]);
    expect(people("const owner = { name: 'John Smith', email: 'john.smith@btinternet.com' };")).toEqual([
      'John Smith',
    ]);
    // A real address on the name's own line records someone, whatever the fixture beside it.
    expect(
      people(
        "{ name: 'Jane Doe', email: 'jane.doe@example.com' },\n{ name: 'John Smith', email: 'john.smith@gmail.com' },",
      ),
    ).toEqual(['John Smith']);
  });

  it('drops John Roe beside Jane Doe on a fixture at example.org, not a John Roe at a real address', () => {
    const fixture =
      'rows = [\n    {"name": "Jane Doe", "email": "jane.doe@example.com"},\n    {"name": "John Roe", "email": "john.roe@example.org"},\n]';
    expect(people(fixture)).toEqual([]);
    expect(people('Tenant: John Roe, john.roe@outlook.com, flat 4B')).toEqual(['John Roe']);
  });

  it('drops a given name whose placeholder family name is in its row under a sign around it', () => {
    expect(people('first_name,last_name\nJohn,Doe\n# fixtures for the signup test')).toEqual([]);
    expect(people('first_name,last_name\nJohn,Doe\nJohn,Smith')).toEqual(['John', 'John', 'Smith']);
  });
});
