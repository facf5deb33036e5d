import * as fs from 'fs';
import * as path from 'path';
import { DomainError } from '../../../../src/domain/errors';
import { ParsedInstruction, parseInstruction } from '../../../../src/domain/duties/parse';

/** A fictional job instruction written for this project, with the quirks of the real ones. */
const FIXTURE = fs.readFileSync(
  path.join(__dirname, '../../../fixtures/instructions/job-instruction-quirks.txt'),
  'utf8',
);

function violationOf(fn: () => unknown): DomainError['violation'] | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.violation;
    throw error;
  }
}

const EXPECTED_DUTIES: ParsedInstruction['duties'] = [
  {
    clause: '1.1',
    text:
      'Провідний спеціаліст відділу комунікацій Вишнівської міської ради (далі – провідний спеціаліст) є посадовою ' +
      'особою місцевого самоврядування.',
    section: 'general',
    bullets: [],
    competences: [],
  },
  {
    clause: '1.2',
    text:
      'На час відпустки чи хвороби провідного спеціаліста його обовʼязки виконує головний спеціаліст відділу ' +
      'відповідно до розпорядження міського голови.',
    section: 'general',
    bullets: [],
    competences: [],
  },
  {
    clause: '1.3',
    text: 'У своїй діяльності керується законами України «Про звернення громадян», «Про доступ до публічної інформації».',
    section: 'general',
    bullets: [],
    competences: [],
  },
  {
    clause: '2.1',
    text: 'Веде облік письмових звернень громадян, що надійшли поштою.',
    section: 'tasks',
    bullets: [],
    competences: ['written_appeals'],
  },
  {
    clause: '2.2',
    text: 'Опрацьовує звернення, що надходять на урядову «гарячу лінію», та звернення електронною поштою.',
    section: 'tasks',
    bullets: [],
    competences: ['hotline_appeals', 'email_appeals'],
  },
  {
    clause: '2.3',
    text: 'Забезпечує розгляд запитів на інформацію, а саме:',
    section: 'tasks',
    bullets: ['реєструє запити в день надходження;', 'готує відповіді у строки, визначені законом;'],
    competences: ['information_requests'],
  },
  {
    clause: '2.4',
    text: 'Бере участь в особистому прийомі громадян.',
    section: 'tasks',
    bullets: [],
    competences: ['personal_reception'],
  },
  {
    clause: '2.4',
    text: 'Готує щоквартальні звіти про роботу зі зверненнями.',
    section: 'tasks',
    bullets: [],
    competences: ['reports'],
  },
  {
    clause: '3-1',
    text: 'одержувати від виконавчих органів інформацію, потрібну для розгляду звернень;',
    section: 'rights',
    bullets: [],
    competences: [],
  },
  {
    clause: '3-2',
    text: 'вносити пропозиції щодо вдосконалення роботи відділу.',
    section: 'rights',
    bullets: [],
    competences: [],
  },
  {
    clause: '4.1',
    text: 'Провідний спеціаліст несе відповідальність за несвоєчасну підготовку звітів.',
    section: 'responsibility',
    bullets: [],
    competences: [],
  },
  {
    clause: '4.2',
    text: 'За розголошення персональних даних заявників.',
    section: 'responsibility',
    bullets: [],
    competences: [],
  },
];

describe('parseInstruction on the project fixture (fictional job instruction with real-document quirks)', () => {
  const parsed = parseInstruction(FIXTURE);

  it('reads kind and title past the approval stamp, over blank lines', () => {
    expect(parsed.kind).toBe('job_instruction');
    expect(parsed.title).toBe(
      'Посадова інструкція провідного спеціаліста відділу комунікацій Вишнівської міської ради',
    );
  });

  it('reads the sections, including «3.» with its heading on the next line', () => {
    expect(parsed.sections).toEqual([
      { number: '1', heading: 'Загальні положення', kind: 'general' },
      { number: '2', heading: "Завдання та обов'язки", kind: 'tasks' },
      { number: '3', heading: 'Права', kind: 'rights' },
      { number: '4', heading: 'Відповідальність', kind: 'responsibility' },
    ]);
  });

  it('reads every clause exactly, stamps and signatures left out', () => {
    expect(parsed.duties).toEqual(EXPECTED_DUTIES);
  });

  it('finds the substitution clause written with the Ukrainian apostrophe ʼ', () => {
    expect(parsed.substitution).toEqual([{ clause: '1.2', text: EXPECTED_DUTIES[1].text }]);
  });

  it('warns about the repeated clause 2.4', () => {
    expect(parsed.warnings).toEqual([
      'Номер пункту 2.4 повторюється: збережено обидва пункти в порядку документа, перевірте нумерацію.',
    ]);
  });

  it('reads the same with Windows line ends, a byte order mark and non-breaking spaces', () => {
    const windows = '\ufeff' + FIXTURE.replace(/\n/gu, '\r\n').replace('2.4. Бере участь', '2.4.\u00a0Бере участь');
    expect(parseInstruction(windows)).toEqual(parsed);
  });
});

describe('parseInstruction on small documents', () => {
  it('takes a signature block back from a clause even without a blank line before it', () => {
    const parsed = parseInstruction(
      [
        'ПОЛОЖЕННЯ про сектор',
        '1. Загальні положення',
        '1.1. Сектор утворюється міською радою.',
        'Заступник міського голови',
        'з питань діяльності виконавчих органів,',
        'керуючий справами                         В.Б. Коцюба',
        'Ще якийсь підпис',
      ].join('\n'),
    );
    expect(parsed.kind).toBe('unit_regulation');
    expect(parsed.title).toBe('Положення про сектор');
    expect(parsed.duties.map((d) => [d.clause, d.text])).toEqual([['1.1', 'Сектор утворюється міською радою.']]);
  });

  it('keeps a sentence of a later paragraph that stands above a signature', () => {
    const parsed = parseInstruction(
      [
        '1. Загальні положення',
        '1.1. Сектор утворюється міською радою.',
        '',
        'Діє з 2026 року.',
        'Ірина ПЕТРЕНКО',
      ].join('\n'),
    );
    expect(parsed.duties.map((d) => d.text)).toEqual(['Сектор утворюється міською радою. Діє з 2026 року.']);
  });

  it('does not open a bullet duty after a signature', () => {
    const parsed = parseInstruction(
      ['1. Загальні', '1.1. Текст.', '', 'О.О. Абросімова', '- примірник отримала'].join('\n'),
    );
    expect(parsed.duties.map((d) => d.clause)).toEqual(['1.1']);
  });

  it('continues the clause after its bullets once a blank line separates them', () => {
    const parsed = parseInstruction(
      ['2. Завдання', '2.1. Веде:', '- облік звернень;', '- облік запитів.', '', 'Про що звітує щомісяця.'].join('\n'),
    );
    expect(parsed.duties[0]).toEqual({
      clause: '2.1',
      text: 'Веде: Про що звітує щомісяця.',
      section: 'tasks',
      bullets: ['облік звернень;', 'облік запитів.'],
      competences: ['reports'],
    });
  });

  it('reads a numbered line that cannot be a heading as text of the clause', () => {
    const parsed = parseInstruction(
      ['2. Завдання', '2.1. Розглядає звернення, які надійшли:', '1. поштою;'].join('\n'),
    );
    expect(parsed.sections.map((s) => s.number)).toEqual(['2']);
    expect(parsed.duties.map((d) => d.text)).toEqual(['Розглядає звернення, які надійшли: 1. поштою;']);
  });

  it('does not take a date for a clause number, and reads «2.2.Веде» without a space', () => {
    const parsed = parseInstruction(
      ['Посадова інструкція', '2. Завдання', '2.1. Звітує', '01.02.2026 і щомісяця.', '2.2.Веде облік.'].join('\n'),
    );
    expect(parsed.duties.map((d) => [d.clause, d.text])).toEqual([
      ['2.1', 'Звітує 01.02.2026 і щомісяця.'],
      ['2.2', 'Веде облік.'],
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('takes «1.5 ставки» at the start of a line for a clause, and tells the reviewer it is out of place', () => {
    const parsed = parseInstruction(['Посадова інструкція', '2. Завдання', '2.1. Працює на', '1.5 ставки.'].join('\n'));
    expect(parsed.duties.map((d) => [d.clause, d.text])).toEqual([
      ['2.1', 'Працює на'],
      ['1.5', 'ставки.'],
    ]);
    expect(parsed.warnings).toEqual(['Пункт 1.5 стоїть у розділі 2 «Завдання»: перевірте нумерацію документа.']);
  });

  it('warns about a clause that stands in another section, and about a clause without text', () => {
    const parsed = parseInstruction(['1. Загальні положення', '1.1. Текст.', '2.1.', '', '1.2. Ще текст.'].join('\n'));
    expect(parsed.duties.map((d) => [d.clause, d.section])).toEqual([
      ['1.1', 'general'],
      ['2.1', 'general'],
      ['1.2', 'general'],
    ]);
    expect(parsed.warnings).toEqual([
      'Не знайдено назви документа («ПОСАДОВА ІНСТРУКЦІЯ» чи «ПОЛОЖЕННЯ»): документ прийнято як посадову інструкцію ' +
        'без назви. Перевірте вид документа і впишіть назву.',
      'Пункт 2.1 стоїть у розділі 1 «Загальні положення»: перевірте нумерацію документа.',
      'Пункт 2.1 не має тексту.',
    ]);
    expect(parsed.kind).toBe('job_instruction');
    expect(parsed.title).toBe('');
  });

  it('gives clauses outside any section the kind «other», and suggests competences for them', () => {
    const parsed = parseInstruction('Посадова інструкція\n1.1. Веде соціальні мережі.');
    expect(parsed.sections).toEqual([]);
    expect(parsed.duties).toEqual([
      { clause: '1.1', text: 'Веде соціальні мережі.', section: 'other', bullets: [], competences: ['social_media'] },
    ]);
  });

  it('keeps sub-clauses with their full number', () => {
    const parsed = parseInstruction(
      ['2. Завдання', '2.1. Веде:', '2.1.1. облік звернень;', '2.1.2 облік запитів на інформацію.'].join('\n'),
    );
    expect(parsed.duties.map((d) => [d.clause, d.competences])).toEqual([
      ['2.1', []],
      ['2.1.1', []],
      ['2.1.2', ['information_requests']],
    ]);
  });
});

describe('parseInstruction refuses what is not an instruction', () => {
  it.each([[''], ['   \n\t\n  '], ['\ufeff']])('empty input %p → instruction.empty', (text) => {
    const violation = violationOf(() => parseInstruction(text));
    expect(violation?.rule).toBe('instruction.empty');
    expect(violation?.field).toBe('text');
    expect(violation?.message).toBe(
      'Текст документа порожній: вставте текст посадової інструкції чи положення або завантажте файл із ним.',
    );
  });

  it('refuses a non-string (a value straight from JSON) as empty', () => {
    expect(violationOf(() => parseInstruction(null as unknown as string))?.rule).toBe('instruction.empty');
  });

  it.each([
    [
      'a letter with no numbered clauses',
      'ПОСАДОВА ІНСТРУКЦІЯ\n\nГоловний спеціаліст:\n- веде облік звернень.\n\nЗАТВЕРДЖУЮ',
    ],
    ['headings only', '1. Загальні положення\n2. Завдання\n3. Права'],
    ['dates and amounts only', 'Станом на 01.02.2026 виплачено 1.5 млн грн.'],
  ])('%s → instruction.no_clauses', (_, text) => {
    const violation = violationOf(() => parseInstruction(text));
    expect(violation?.rule).toBe('instruction.no_clauses');
    expect(violation?.message).toBe(
      'У тексті не знайдено жодного нумерованого пункту (1.1, 2.1 …): посадову інструкцію чи положення можна ' +
        'імпортувати лише з пунктами. Перевірте, що вставлено повний текст документа.',
    );
  });

  it('refuses binary garbage such as a .docx read as text → instruction.not_text', () => {
    const zip = Buffer.from([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xdf, 0xa4, 0xd2, 0x6c, 0x5a,
      0x01, 0x00, 0x00, 0x20, 0x05, 0x00, 0x00, 0x13, 0x00, 0x08, 0x02, 0x5b, 0x43, 0x6f, 0x6e, 0x74, 0x65, 0x6e, 0x74,
      0x5f, 0x54, 0x79, 0x70, 0x65, 0x73, 0x5d, 0x2e, 0x78, 0x6d, 0x6c, 0x20, 0xa2, 0x04, 0x02, 0x28,
    ]);
    const violation = violationOf(() => parseInstruction(zip.toString('utf8') + '\n1.1. Текст.'));
    expect(violation?.rule).toBe('instruction.not_text');
    expect(violation?.message).toContain('.docx');
  });

  it('refuses invalid UTF-8 (a Windows-1251 file read as UTF-8) → instruction.not_text', () => {
    // «1.1. Веде облік звернень громадян.» in Windows-1251.
    const cp1251 = Buffer.from([
      0x31, 0x2e, 0x31, 0x2e, 0x20, 0xc2, 0xe5, 0xe4, 0xe5, 0x20, 0xee, 0xe1, 0xeb, 0xb3, 0xea, 0x20, 0xe7, 0xe2, 0xe5,
      0xf0, 0xed, 0xe5, 0xed, 0xfc, 0x20, 0xe3, 0xf0, 0xee, 0xec, 0xe0, 0xe4, 0xff, 0xed, 0x2e,
    ]);
    expect(violationOf(() => parseInstruction(cp1251.toString('utf8')))?.rule).toBe('instruction.not_text');
  });

  it('throws a DomainError, not a plain Error', () => {
    expect(() => parseInstruction('')).toThrow(DomainError);
  });
});
