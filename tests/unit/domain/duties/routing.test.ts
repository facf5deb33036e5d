import { DomainError } from '../../../../src/domain/errors';
import {
  AbsenceInfo,
  InstructionInfo,
  PositionInfo,
  RoutingInput,
  instructionInForce,
  routeItem,
} from '../../../../src/domain/duties/routing';

const HOTLINE_TITLE = 'Посадова інструкція головного спеціаліста відділу звернень громадян';

/** Three chief specialists of the appeals department; the hotline one is substituted by the other two, in order. */
const POSITIONS: PositionInfo[] = [
  {
    id: 'pos-hotline',
    title: 'Головний спеціаліст відділу звернень громадян (гаряча лінія)',
    holderId: 'staff-kovalchuk',
    holderName: 'Ковальчук Н. А.',
    substituteIds: ['pos-written', 'pos-petitions'],
  },
  {
    id: 'pos-written',
    title: 'Головний спеціаліст відділу звернень громадян (письмові звернення)',
    holderId: 'staff-melnyk',
    holderName: 'Мельник О. П.',
    substituteIds: ['pos-hotline'],
  },
  {
    id: 'pos-petitions',
    title: 'Головний спеціаліст відділу звернень громадян (електронні петиції)',
    holderId: 'staff-bondar',
    holderName: 'Бондар І. В.',
    substituteIds: [],
  },
  {
    id: 'pos-pr',
    title: 'Начальник сектору роботи з громадськістю',
    holderId: 'staff-savchuk',
    substituteIds: [],
  },
];

const INSTRUCTIONS: InstructionInfo[] = [
  {
    id: 'ins-hotline-1',
    positionId: 'pos-hotline',
    title: HOTLINE_TITLE,
    effectiveFrom: '2025-01-01',
    version: 1,
    duties: [
      { clause: '2.1', competences: ['hotline_appeals'] },
      { clause: '2.12', competences: ['information_requests'] },
    ],
  },
  // From 1 February 2026 information requests move to the written-appeals position.
  {
    id: 'ins-hotline-2',
    positionId: 'pos-hotline',
    title: HOTLINE_TITLE,
    effectiveFrom: '2026-02-01',
    version: 2,
    duties: [{ clause: '2.1', competences: ['hotline_appeals'] }],
  },
  {
    id: 'ins-written-1',
    positionId: 'pos-written',
    title: 'Посадова інструкція головного спеціаліста відділу звернень громадян з письмових звернень',
    effectiveFrom: '2025-01-01',
    version: 1,
    duties: [{ clause: '2.1', competences: ['written_appeals'] }],
  },
  {
    id: 'ins-written-2',
    positionId: 'pos-written',
    title: 'Посадова інструкція головного спеціаліста відділу звернень громадян з письмових звернень',
    effectiveFrom: '2026-02-01',
    version: 2,
    duties: [
      { clause: '2.1', competences: ['written_appeals'] },
      { clause: '2.5', competences: ['information_requests'] },
    ],
  },
  {
    id: 'ins-pr-1',
    positionId: 'pos-pr',
    title: 'Положення про сектор роботи з громадськістю',
    effectiveFrom: '2025-03-01',
    version: 1,
    duties: [
      { clause: '3.1', competences: ['campaigns', 'events'] },
      { clause: '3-2', competences: ['social_media'] },
    ],
  },
];

function input(overrides: Partial<RoutingInput>): RoutingInput {
  return {
    competence: 'hotline_appeals',
    onDate: '2026-03-10',
    positions: POSITIONS,
    instructions: INSTRUCTIONS,
    absences: [],
    ...overrides,
  };
}

const KOVALCHUK_VACATION: AbsenceInfo = {
  staffId: 'staff-kovalchuk',
  from: '2026-03-02',
  to: '2026-03-15',
  reason: 'vacation',
};
const MELNYK_SICK: AbsenceInfo = {
  staffId: 'staff-melnyk',
  from: '2026-03-09',
  to: '2026-03-13',
  reason: 'sick_leave',
};
const BONDAR_TRIP: AbsenceInfo = {
  staffId: 'staff-bondar',
  from: '2026-03-10',
  to: '2026-03-10',
  reason: 'business_trip',
};

describe('routeItem', () => {
  it('gives the item to the holder who is at work, citing the clause and the edition', () => {
    expect(routeItem(input({}))).toEqual({
      assigneeId: 'staff-kovalchuk',
      positionId: 'pos-hotline',
      viaSubstitution: false,
      reason: 'п. 2.1 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 2 від 01.02.2026)',
    });
  });

  it('gives it to the first substitute while the holder is on vacation', () => {
    expect(routeItem(input({ absences: [KOVALCHUK_VACATION] }))).toEqual({
      assigneeId: 'staff-melnyk',
      positionId: 'pos-written',
      viaSubstitution: true,
      reason:
        'п. 2.1 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 2 від 01.02.2026); ' +
        'заміщення на час відпустки Ковальчук Н. А.',
    });
  });

  it('gives it to the second substitute when the first one is away too', () => {
    expect(routeItem(input({ absences: [KOVALCHUK_VACATION, MELNYK_SICK] }))).toEqual({
      assigneeId: 'staff-bondar',
      positionId: 'pos-petitions',
      viaSubstitution: true,
      reason:
        'п. 2.1 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 2 від 01.02.2026); ' +
        'заміщення на час відпустки Ковальчук Н. А.; ' +
        'Головний спеціаліст відділу звернень громадян (письмові звернення): Мельник О. П. на лікарняному ' +
        '(09.03.2026–13.03.2026); ' +
        'заміщує наступний за порядком: Головний спеціаліст відділу звернень громадян (електронні петиції)',
    });
  });

  it('counts the first and the last day of an absence as days away, and the next day as a working one', () => {
    expect(routeItem(input({ onDate: '2026-03-02', absences: [KOVALCHUK_VACATION] })).assigneeId).toBe('staff-melnyk');
    expect(routeItem(input({ onDate: '2026-03-15', absences: [KOVALCHUK_VACATION] })).assigneeId).toBe('staff-melnyk');
    expect(routeItem(input({ onDate: '2026-03-16', absences: [KOVALCHUK_VACATION] })).assigneeId).toBe(
      'staff-kovalchuk',
    );
    expect(routeItem(input({ onDate: '2026-03-01', absences: [KOVALCHUK_VACATION] })).assigneeId).toBe(
      'staff-kovalchuk',
    );
  });

  it('leaves the item unassigned, saying who is away and why, when nobody can take it', () => {
    expect(routeItem(input({ absences: [KOVALCHUK_VACATION, MELNYK_SICK, BONDAR_TRIP] }))).toEqual({
      assigneeId: null,
      reason:
        'На 10.03.2026 немає кого призначити: Головний спеціаліст відділу звернень громадян (гаряча лінія) ' +
        '(п. 2.1 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 2 від 01.02.2026)): ' +
        'Ковальчук Н. А. у відпустці (02.03.2026–15.03.2026), ' +
        'Головний спеціаліст відділу звернень громадян (письмові звернення): Мельник О. П. на лікарняному ' +
        '(09.03.2026–13.03.2026), ' +
        'Головний спеціаліст відділу звернень громадян (електронні петиції): Бондар І. В. у відрядженні ' +
        '(10.03.2026–10.03.2026). Призначте виконавця вручну.',
    });
  });

  describe('an instruction superseded mid-year', () => {
    it('routes information requests by the old edition the day before the new one takes effect', () => {
      expect(routeItem(input({ competence: 'information_requests', onDate: '2026-01-31' }))).toEqual({
        assigneeId: 'staff-kovalchuk',
        positionId: 'pos-hotline',
        viaSubstitution: false,
        reason: 'п. 2.12 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 1 від 01.01.2025)',
      });
    });

    it('routes them by the new edition from its effective date, to another position', () => {
      expect(routeItem(input({ competence: 'information_requests', onDate: '2026-02-01' }))).toEqual({
        assigneeId: 'staff-melnyk',
        positionId: 'pos-written',
        viaSubstitution: false,
        reason:
          'п. 2.5 посадової інструкції головного спеціаліста відділу звернень громадян з письмових звернень ' +
          '(ред. 2 від 01.02.2026)',
      });
    });
  });

  it('leaves an item unassigned when no instruction in force covers its competence', () => {
    expect(routeItem(input({ competence: 'e_petitions' }))).toEqual({
      assigneeId: null,
      reason:
        'Жодна посадова інструкція, чинна на 10.03.2026, не містить обов’язку щодо: електронні петиції. ' +
        'Призначте виконавця вручну або доповніть посадову інструкцію.',
    });
  });

  it('does not route by an instruction that is not yet in force', () => {
    expect(routeItem(input({ competence: 'campaigns', onDate: '2025-02-28' }))).toEqual({
      assigneeId: null,
      reason:
        'Жодна посадова інструкція, чинна на 28.02.2025, не містить обов’язку щодо: комунікаційні кампанії. ' +
        'Призначте виконавця вручну або доповніть посадову інструкцію.',
    });
  });

  it('cites a bullet under a bare heading of a regulation by paragraph and section', () => {
    expect(routeItem(input({ competence: 'social_media' }))).toEqual({
      assigneeId: 'staff-savchuk',
      positionId: 'pos-pr',
      viaSubstitution: false,
      reason: 'абз. 2 розд. 3 положення про сектор роботи з громадськістю (ред. 1 від 01.03.2025)',
    });
  });

  describe('several positions covering one competence', () => {
    const positions: PositionInfo[] = [
      { id: 'b', title: 'Спеціаліст', holderId: 'staff-2', holderName: 'Шевчук А. І.', substituteIds: [] },
      { id: 'a', title: 'Спеціаліст', holderId: 'staff-1', holderName: 'Гнатюк В. В.', substituteIds: [] },
      { id: 'c', title: 'Головний спеціаліст', holderId: null, substituteIds: [] },
    ];
    const instructions: InstructionInfo[] = ['a', 'b', 'c'].map((positionId) => ({
      id: `ins-${positionId}`,
      positionId,
      title: 'Посадова інструкція спеціаліста',
      effectiveFrom: '2026-01-01',
      version: 1,
      duties: [{ clause: '2.3', competences: ['reports'] }],
    }));

    it('takes them by title, then id, skipping a vacant position without substitutes', () => {
      expect(routeItem(input({ competence: 'reports', positions, instructions }))).toEqual({
        assigneeId: 'staff-1',
        positionId: 'a',
        viaSubstitution: false,
        reason: 'п. 2.3 посадової інструкції спеціаліста (ред. 1 від 01.01.2026)',
      });
    });

    it('goes to the next position when the holder of the first is away and has no substitutes', () => {
      const absences: AbsenceInfo[] = [
        { staffId: 'staff-1', from: '2026-03-01', to: '2026-03-31', reason: 'business_trip' },
      ];
      expect(routeItem(input({ competence: 'reports', positions, instructions, absences }))).toEqual({
        assigneeId: 'staff-2',
        positionId: 'b',
        viaSubstitution: false,
        reason: 'п. 2.3 посадової інструкції спеціаліста (ред. 1 від 01.01.2026)',
      });
    });

    it('says for each position why it could not take the item', () => {
      const absences: AbsenceInfo[] = [
        { staffId: 'staff-1', from: '2026-03-01', to: '2026-03-31', reason: 'business_trip' },
        { staffId: 'staff-2', from: '2026-03-10', to: '2026-03-20', reason: 'vacation' },
      ];
      expect(routeItem(input({ competence: 'reports', positions, instructions, absences }))).toEqual({
        assigneeId: null,
        reason:
          'На 10.03.2026 немає кого призначити: ' +
          'Головний спеціаліст (п. 2.3 посадової інструкції спеціаліста (ред. 1 від 01.01.2026)): посада вакантна, ' +
          'порядок заміщення не встановлено; ' +
          'Спеціаліст (п. 2.3 посадової інструкції спеціаліста (ред. 1 від 01.01.2026)): Гнатюк В. В. у відрядженні ' +
          '(01.03.2026–31.03.2026), порядок заміщення не встановлено; ' +
          'Спеціаліст (п. 2.3 посадової інструкції спеціаліста (ред. 1 від 01.01.2026)): Шевчук А. І. у відпустці ' +
          '(10.03.2026–20.03.2026), порядок заміщення не встановлено. Призначте виконавця вручну.',
      });
    });
  });

  it('lets a substitute take the work of a vacant position', () => {
    const positions = POSITIONS.map((position) =>
      position.id === 'pos-hotline' ? { ...position, holderId: null, holderName: undefined } : position,
    );
    expect(routeItem(input({ positions }))).toEqual({
      assigneeId: 'staff-melnyk',
      positionId: 'pos-written',
      viaSubstitution: true,
      reason:
        'п. 2.1 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 2 від 01.02.2026); ' +
        'заміщення вакантної посади «Головний спеціаліст відділу звернень громадян (гаряча лінія)»',
    });
  });

  it('names an absent holder by id when the name is not known, and skips an unknown substitute', () => {
    const positions: PositionInfo[] = [
      { id: 'p1', title: 'Спеціаліст', holderId: 'staff-9', substituteIds: ['gone', 'p2'] },
      { id: 'p2', title: 'Інспектор', holderId: 'staff-8', substituteIds: [] },
    ];
    const instructions: InstructionInfo[] = [
      {
        id: 'i1',
        positionId: 'p1',
        title: 'Інструкція',
        effectiveFrom: '2026-01-01',
        version: 1,
        duties: [{ clause: '2.1', competences: ['events'] }],
      },
    ];
    const absences: AbsenceInfo[] = [
      { staffId: 'staff-9', from: '2026-03-10', to: '2026-03-11', reason: 'sick_leave' },
    ];
    expect(routeItem(input({ competence: 'events', positions, instructions, absences }))).toEqual({
      assigneeId: 'staff-8',
      positionId: 'p2',
      viaSubstitution: true,
      reason:
        'п. 2.1 документа «Інструкція» (ред. 1 від 01.01.2026); заміщення на час лікарняного працівника staff-9; ' +
        'заступника за посадою «gone» немає серед посад; заміщує наступний за порядком: Інспектор',
    });
  });

  it.each([['2026-02-30'], ['10.03.2026'], ['2026-3-10'], ['']])('refuses the date %p', (onDate) => {
    let error: unknown = null;
    try {
      routeItem(input({ onDate }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violation.rule).toBe('routing.invalid_date');
    expect((error as DomainError).violation.field).toBe('onDate');
  });
});

describe('instructionInForce', () => {
  const editions: InstructionInfo[] = [
    { id: 'v1', positionId: 'p', title: 'І', effectiveFrom: '2025-01-01', version: 1, duties: [] },
    { id: 'v2', positionId: 'p', title: 'І', effectiveFrom: '2026-02-01', version: 2, duties: [] },
    { id: 'v3', positionId: 'p', title: 'І', effectiveFrom: '2026-02-01', version: 3, duties: [] },
    { id: 'v4', positionId: 'p', title: 'І', effectiveFrom: '2026-06-01', version: 4, duties: [] },
    { id: 'other', positionId: 'q', title: 'І', effectiveFrom: '2024-01-01', version: 9, duties: [] },
  ];

  it.each([
    ['2024-12-31', null],
    ['2025-01-01', 'v1'],
    ['2026-01-31', 'v1'],
    ['2026-02-01', 'v3'], // two editions from one day: the higher version
    ['2026-05-31', 'v3'],
    ['2026-06-01', 'v4'],
  ])('on %s → %p, whatever the order of the list', (onDate, id) => {
    expect(instructionInForce(editions, 'p', onDate)?.id ?? null).toBe(id);
    expect(instructionInForce([...editions].reverse(), 'p', onDate)?.id ?? null).toBe(id);
  });

  it('returns null for a position with no instruction', () => {
    expect(instructionInForce(editions, 'nobody', '2026-06-01')).toBeNull();
  });
});
