import * as fs from 'fs';
import * as path from 'path';
import { ParsedInstruction, parseInstruction } from '../../../../src/domain/duties/parse';

/**
 * The two real documents the product was specified from (see /work/shared/seeds/README.md). They
 * live outside the repository; where they are missing, these tests are reported as skipped and the
 * fixture tests (parse-fixture.test.ts) still cover the same quirks.
 */
// The product's shared folder sits beside the repository (../shared); SEEDS_DIR overrides it.
const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(__dirname, '../../../../../shared/seeds');
const describeWithSeeds = fs.existsSync(SEEDS_DIR) ? describe : describe.skip;

function seed(name: string): ParsedInstruction {
  return parseInstruction(fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'));
}

/** 2, 3 → ['2.1', '2.2', '2.3'] */
function numbered(section: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${section}.${index + 1}`);
}

function clauses(parsed: ParsedInstruction): string[] {
  return parsed.duties.map((duty) => duty.clause);
}

function duty(parsed: ParsedInstruction, clause: string) {
  const found = parsed.duties.filter((candidate) => candidate.clause === clause);
  expect(found).toHaveLength(1);
  return found[0];
}

function withCompetences(parsed: ParsedInstruction): Array<[string, string[]]> {
  return parsed.duties.filter((d) => d.competences.length > 0).map((d) => [d.clause, d.competences]);
}

describeWithSeeds(
  'parseInstruction on the seed job instruction (004, chief specialist of the appeals department)',
  () => {
    let parsed: ParsedInstruction;
    beforeAll(() => {
      parsed = seed('004_5f1a0b4738021b8b.txt');
    });

    it('recognises a job instruction and its title, leaving the approval stamp out', () => {
      expect(parsed.kind).toBe('job_instruction');
      expect(parsed.title).toBe(
        'Посадова інструкція головного спеціаліста відділу звернень громадян Кам’янської міської ради',
      );
    });

    it('finds the five sections and their kinds', () => {
      expect(parsed.sections).toEqual([
        { number: '1', heading: 'Загальна частина', kind: 'general' },
        { number: '2', heading: 'Завдання та обов’язки', kind: 'tasks' },
        { number: '3', heading: 'Права', kind: 'rights' },
        { number: '4', heading: 'Відповідальність', kind: 'responsibility' },
        { number: '5', heading: 'Доповнення та зміни', kind: 'other' },
      ]);
    });

    it('finds the 30 clauses 1.1–1.6, 2.1–2.13, 3.1–3.6, 4.1–4.5 and nothing from the signatures', () => {
      expect(clauses(parsed)).toEqual([...numbered(1, 6), ...numbered(2, 13), ...numbered(3, 6), ...numbered(4, 5)]);
      expect(parsed.duties).toHaveLength(30);
      expect(parsed.duties.map((d) => d.section)).toEqual([
        ...Array(6).fill('general'),
        ...Array(13).fill('tasks'),
        ...Array(6).fill('rights'),
        ...Array(5).fill('responsibility'),
      ]);
      const allText = parsed.duties.map((d) => [d.text, ...d.bullets].join(' ')).join(' ');
      expect(allText).not.toMatch(/ЗАТВЕРДЖУЮ|ПОГОДЖУЮ|БІЛОУСОВ|Абросімова|КОЛІСНІЧЕНКО|____/u);
    });

    it('reads a clause whose number stands alone, across a blank line (2.12)', () => {
      expect(duty(parsed, '2.12')).toEqual({
        clause: '2.12',
        text: 'Відповідальна у відділі за запити на інформацію.',
        section: 'tasks',
        bullets: [],
        competences: ['information_requests'],
      });
    });

    it('joins a clause continued over several lines (1.5)', () => {
      const text = duty(parsed, '1.5').text;
      expect(
        text.startsWith('У своїй діяльності головний спеціаліст керується Конституцією України, законами України'),
      ).toBe(true);
      expect(text.endsWith('а також положенням про відділ та цією посадовою інструкцією.')).toBe(true);
      expect(text).toContain('«Про місцеве самоврядування в Україні», «Про службу в органах місцевого самоврядування»');
    });

    it('keeps the five bullets of 2.2, written as a lone «-» with the text on the next line', () => {
      const clause = duty(parsed, '2.2');
      expect(clause.text).toBe(
        'Здійснює безпосередньо, організовує та забезпечує контроль, аналіз та оцінку стану справ з реалізації ' +
          'визначених повноважень, а саме:',
      );
      expect(clause.bullets).toHaveLength(5);
      expect(clause.bullets[2]).toBe("оперативний зв'язок з обласним контактним центром;");
      expect(clause.bullets[3]).toBe(
        'контроль за своєчасним направленням відповідей заявникам в електронному та письмовому вигляді;',
      );
    });

    it('keeps the two bullets of 2.11', () => {
      const clause = duty(parsed, '2.11');
      expect(clause.text).toBe('Бере участь у');
      expect(clause.bullets).toEqual([
        'роботі комісій, консультативних рад, робочих груп та інших дорадчих органів, утворених при міському голові, ' +
          'міській раді та її виконавчого комітету;',
        'тематичних семінарах, нарадах, робочих зустрічах, конференціях, науково-практичних семінарах, ' +
          'тренінгах-навчаннях щодо роботи зі зверненнями громадян.',
      ]);
    });

    it('has bullets only in 2.2 and 2.11', () => {
      expect(parsed.duties.filter((d) => d.bullets.length > 0).map((d) => [d.clause, d.bullets.length])).toEqual([
        ['2.2', 5],
        ['2.11', 2],
      ]);
    });

    it('finds the substitution clause 1.4', () => {
      expect(parsed.substitution.map((s) => s.clause)).toEqual(['1.4']);
      expect(
        parsed.substitution[0].text.startsWith('На період відсутності головного спеціаліста його обов’язки виконує'),
      ).toBe(true);
      expect(parsed.substitution[0].text).toBe(duty(parsed, '1.4').text);
    });

    it('suggests hotline appeals for 2.1 and 2.2 and information requests for 2.12 and 2.13, nothing else', () => {
      expect(withCompetences(parsed)).toEqual([
        ['2.1', ['hotline_appeals']],
        ['2.2', ['hotline_appeals']],
        ['2.12', ['information_requests']],
        ['2.13', ['information_requests']],
      ]);
    });

    it('keeps the last clause free of the signature block that follows it', () => {
      expect(duty(parsed, '4.5').text.endsWith('виконавчих органів Кам’янської міської ради;')).toBe(true);
    });

    it('has nothing to warn about', () => {
      expect(parsed.warnings).toEqual([]);
    });
  },
);

describeWithSeeds('parseInstruction on the seed regulation (000, public relations sector)', () => {
  let parsed: ParsedInstruction;
  beforeAll(() => {
    parsed = seed('000_d30789ed367c8a52.txt');
  });

  it('recognises a unit regulation and its title', () => {
    expect(parsed.kind).toBe('unit_regulation');
    expect(parsed.title).toBe(
      'Положення про сектор роботи з громадськістю Управління цифровізації, інформаційної політики та комунікацій ' +
        'виконавчого комітету Дрогобицької міської ради',
    );
  });

  it('finds the six sections and their kinds', () => {
    expect(parsed.sections).toEqual([
      { number: '1', heading: 'ЗАГАЛЬНІ ПОЛОЖЕННЯ', kind: 'general' },
      { number: '2', heading: 'ОСНОВНІ ЗАВДАННЯ СЕКТОРУ', kind: 'tasks' },
      { number: '3', heading: 'ОСНОВНІ ФУНКЦІЇ СЕКТОРУ', kind: 'functions' },
      { number: '4', heading: 'ПРАВА СЕКТОРУ', kind: 'rights' },
      { number: '5', heading: 'ОРГАНІЗАЦІЯ РОБОТИ СЕКТОРУ', kind: 'organisation' },
      { number: '6', heading: 'ВІДПОВІДАЛЬНІСТЬ', kind: 'responsibility' },
    ]);
  });

  it('finds 1.1–1.3, 2.1–2.5, 3.1, the six rights 4-1…4-6, 5.1–5.5 with 5.5 twice, 6.1–6.4', () => {
    expect(clauses(parsed)).toEqual([
      ...numbered(1, 3),
      ...numbered(2, 5),
      '3.1',
      ...['4-1', '4-2', '4-3', '4-4', '4-5', '4-6'],
      ...['5.1', '5.2', '5.3', '5.4', '5.5', '5.5'],
      ...numbered(6, 4),
    ]);
    expect(parsed.duties).toHaveLength(25);
  });

  it('keeps both clauses numbered 5.5 and warns about the repeat', () => {
    const both = parsed.duties.filter((d) => d.clause === '5.5');
    expect(both.map((d) => d.text)).toEqual([
      'Працівників сектору призначає та звільняє з посади міський у порядку передбаченому чинним законодавством.',
      'Посадові обов’язки начальника та працівників сектору регулюються посадовими інструкціями, які затверджуються ' +
        'заступником міського голови з питань діяльності виконавчих органів, керуючим справами виконкому.',
    ]);
    expect(parsed.warnings).toEqual([
      'Номер пункту 5.5 повторюється: збережено обидва пункти в порядку документа, перевірте нумерацію.',
    ]);
  });

  it('keeps the ten bullets of 3.1 and gives 3.1 the union of their competences', () => {
    const clause = duty(parsed, '3.1');
    expect(clause.text).toBe(
      'Сектор роботи з громадськістю відповідно до покладених на нього завдань виконує наступні функції:',
    );
    expect(clause.section).toBe('functions');
    expect(clause.bullets).toHaveLength(10);
    expect(clause.bullets[0]).toBe(
      'За дорученням керівника управління представляє інтереси управління у відносинах з іншими структурними ' +
        'підрозділами виконавчого комітету, комунальними підприємствами.',
    );
    expect(clause.bullets[9]).toBe('Провадить комунікаційну політику у соціальних мережах.');
    expect(clause.competences).toEqual([
      'campaigns',
      'events',
      'opinion_monitoring',
      'information_materials',
      'refutations',
      'social_media',
      'reports',
    ]);
  });

  it('makes each «·» right under the bare heading 4 a duty of its own', () => {
    const rights = parsed.duties.filter((d) => d.section === 'rights');
    expect(rights.map((d) => d.clause)).toEqual(['4-1', '4-2', '4-3', '4-4', '4-5', '4-6']);
    expect(rights[0]).toEqual({
      clause: '4-1',
      text: 'запитувати за встановленим порядком і одержувати необхідну інформацію відповідно до законодавства;',
      section: 'rights',
      bullets: [],
      competences: [],
    });
    expect(rights[5].text).toBe('отримувати від керівників структурних підрозділів виконкому інформацію.');
  });

  it('keeps the bullets of the responsibility clauses 6.1 (3, with «-») and 6.2 (6, with «·»)', () => {
    expect(duty(parsed, '6.1').bullets).toHaveLength(3);
    expect(duty(parsed, '6.2').bullets).toHaveLength(6);
    expect(duty(parsed, '6.2').bullets[5]).toBe('інші порушення трудової та виконавської дисципліни.');
  });

  it('suggests competences only for the tasks and functions: 2.3, 2.4 and 3.1', () => {
    expect(withCompetences(parsed)).toEqual([
      ['2.3', ['social_media']],
      ['2.4', ['events']],
      [
        '3.1',
        [
          'campaigns',
          'events',
          'opinion_monitoring',
          'information_materials',
          'refutations',
          'social_media',
          'reports',
        ],
      ],
    ]);
  });

  it('keeps the signature at the end out of the last clause 6.4', () => {
    expect(duty(parsed, '6.4').text).toBe(
      'Працівники сектору зобов’язані дотримуватись законодавства України, вимог цього Положення, змісту посадових ' +
        'інструкцій, правил внутрішнього трудового розпорядку виконавчого комітету Дрогобицької міської ради, ' +
        'сумлінно ставитися до виконання посадових обов’язків.',
    );
  });

  it('has no substitution clause', () => {
    expect(parsed.substitution).toEqual([]);
  });
});
