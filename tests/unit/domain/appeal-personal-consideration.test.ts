import { checkPersonalReassignment, routeToFirstHead } from '../../../src/domain/appeal/personal-consideration';
import { ART_20_PERSONAL } from '../../../src/domain/appeal/privileges';
import type { AbsenceInfo, PositionInfo } from '../../../src/domain/duties/routing';

const ART = 'Ст. 20 Закону «Про звернення громадян»: звернення Героїв України, Героїв Радянського Союзу, Героїв Соціалістичної Праці розглядає перший керівник особисто';
const TOP = { name: 'Апарат виконавчого комітету міської ради', headId: 'staff-hordiienko', headName: 'Гордієнко О. В.' };

const HEAD_POSITION: PositionInfo = {
  id: 'pos-manager',
  title: 'Керуючий справами виконавчого комітету',
  holderId: 'staff-hordiienko',
  holderName: 'Гордієнко О. В.',
  substituteIds: ['pos-deputy'],
};
const POSITIONS: PositionInfo[] = [
  HEAD_POSITION,
  { id: 'pos-deputy', title: 'Заступник керуючого справами', holderId: 'staff-marchenko', holderName: 'Марченко І. П.', substituteIds: [] },
];
const VACATION: AbsenceInfo = { staffId: 'staff-hordiienko', from: '2026-03-02', to: '2026-03-13', reason: 'vacation' };

describe('routeToFirstHead (Law 393/96-ВР Art. 20, personal consideration by the first head)', () => {
  it('gives the appeal to the head of the top department, citing Art. 20', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-16', topDepartment: TOP, headPosition: HEAD_POSITION, positions: POSITIONS, absences: [VACATION] })).toEqual({
      assigneeId: 'staff-hordiienko',
      positionId: 'pos-manager',
      viaSubstitution: false,
      reason: `${ART} — керівник підрозділу-вершини «Апарат виконавчого комітету міської ради»: першого керівника в налаштуваннях не зазначено`,
    });
  });

  it('while the head is away, follows the substitution order of the position the head holds', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-13', topDepartment: TOP, headPosition: HEAD_POSITION, positions: POSITIONS, absences: [VACATION] })).toEqual({
      assigneeId: 'staff-marchenko',
      positionId: 'pos-deputy',
      viaSubstitution: true,
      reason: `${ART} — керівник підрозділу-вершини «Апарат виконавчого комітету міської ради»: першого керівника в налаштуваннях не зазначено; заміщення на час відпустки Гордієнко О. В.`,
    });
  });

  it('leaves the appeal unassigned when the absent head holds no position with a substitution order', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-02', topDepartment: TOP, headPosition: null, positions: POSITIONS, absences: [VACATION] })).toEqual({
      assigneeId: null,
      reason:
        `Керівник підрозділу «Апарат виконавчого комітету міської ради» (${ART} — керівник підрозділу-вершини «Апарат виконавчого комітету міської ради»: першого керівника в налаштуваннях не зазначено): ` +
        'Гордієнко О. В. у відпустці (02.03.2026–13.03.2026), порядок заміщення не встановлено. Призначте виконавця вручну.',
    });
  });

  it('leaves the appeal unassigned when the top department has no head recorded', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-16', topDepartment: { name: 'Управління освіти', headId: null }, headPosition: null, positions: [], absences: [] })).toEqual({
      assigneeId: null,
      reason: `${ART}. Першого керівника в налаштуваннях не зазначено, а в підрозділу «Управління освіти» не зазначено керівника: зазначте першого керівника в налаштуваннях строків чи керівника підрозділу або призначте виконавця вручну.`,
    });
  });

  it('leaves the appeal unassigned when its department is unknown', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-16', topDepartment: null, headPosition: null, positions: [], absences: [] })).toEqual({
      assigneeId: null,
      reason: `${ART}. Першого керівника в налаштуваннях не зазначено, а підрозділ звернення не визначено: зазначте першого керівника в налаштуваннях строків або вкажіть підрозділ і призначте виконавця вручну.`,
    });
  });
});

describe('routeToFirstHead with the first head named in the council\'s settings', () => {
  const MAYOR_POSITION: PositionInfo = { id: 'pos-mayor', title: 'Міський голова', holderId: 'staff-mayor', holderName: 'Коваль П. С.', substituteIds: ['pos-secretary'] };
  const WITH_MAYOR: PositionInfo[] = [
    ...POSITIONS,
    MAYOR_POSITION,
    { id: 'pos-secretary', title: 'Секретар міської ради', holderId: 'staff-secretary', holderName: 'Іваненко О. М.', substituteIds: [] },
  ];
  const MAYOR = { id: 'staff-mayor', name: 'Коваль П. С.' };
  const MAYOR_AWAY: AbsenceInfo = { staffId: 'staff-mayor', from: '2026-03-16', to: '2026-03-20', reason: 'business_trip' };

  it('gives the appeal to the configured first head, not to the head of the top department, and says so', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-13', configuredHead: MAYOR, topDepartment: TOP, headPosition: MAYOR_POSITION, positions: WITH_MAYOR, absences: [VACATION] })).toEqual({
      assigneeId: 'staff-mayor',
      positionId: 'pos-mayor',
      viaSubstitution: false,
      reason: `${ART} — перший керівник, зазначений у налаштуваннях (Коваль П. С.)`,
    });
  });

  it('is used also when the appeal\'s department is unknown or the top department has no head', () => {
    for (const topDepartment of [null, { name: 'Управління освіти', headId: null }]) {
      expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-13', configuredHead: MAYOR, topDepartment, headPosition: MAYOR_POSITION, positions: WITH_MAYOR, absences: [] }).assigneeId).toBe('staff-mayor');
    }
  });

  it('while the configured first head is away, follows the substitution order of their position', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-17', configuredHead: MAYOR, topDepartment: TOP, headPosition: MAYOR_POSITION, positions: WITH_MAYOR, absences: [MAYOR_AWAY] })).toEqual({
      assigneeId: 'staff-secretary',
      positionId: 'pos-secretary',
      viaSubstitution: true,
      reason: `${ART} — перший керівник, зазначений у налаштуваннях (Коваль П. С.); заміщення на час відрядження Коваль П. С.`,
    });
  });

  it('leaves it unassigned when the absent first head holds no position with a substitution order', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-17', configuredHead: MAYOR, topDepartment: TOP, headPosition: null, positions: WITH_MAYOR, absences: [MAYOR_AWAY] })).toEqual({
      assigneeId: null,
      reason:
        `Перший керівник (міський голова) (${ART} — перший керівник, зазначений у налаштуваннях (Коваль П. С.)): ` +
        'Коваль П. С. у відрядженні (16.03.2026–20.03.2026), порядок заміщення не встановлено. Призначте виконавця вручну.',
    });
  });

  it('with the setting empty (null), keeps the top of the department chain', () => {
    expect(routeToFirstHead({ citation: ART_20_PERSONAL, onDate: '2026-03-16', configuredHead: null, topDepartment: TOP, headPosition: HEAD_POSITION, positions: WITH_MAYOR, absences: [] }).assigneeId).toBe('staff-hordiienko');
  });
});

describe('checkPersonalReassignment', () => {
  // an appeal flagged before the basis was recorded (citation null): only Heroes were flagged then, Art. 20 is cited
  const base = { personal: true, citation: null, fromId: 7, toId: 9, firstHeadIds: [7], note: null };

  it('refuses handing a personal appeal to someone other than the first head without a reason', () => {
    expect(checkPersonalReassignment(base)).toEqual({
      field: 'assignee',
      rule: 'personal_consideration.reassignment_reason_required',
      message:
        'Звернення розглядає перший керівник особисто (ст. 20 Закону «Про звернення громадян»: звернення Героїв України, Героїв Радянського Союзу, ' +
        'Героїв Соціалістичної Праці розглядає перший керівник особисто). Передаючи його іншому виконавцю, зазначте підставу (наприклад, ' +
        'доручення керівника) у полі «Підстава зміни виконавця».',
    });
    expect(checkPersonalReassignment({ ...base, note: '   ' })?.rule).toBe('personal_consideration.reassignment_reason_required');
    expect(checkPersonalReassignment({ ...base, firstHeadIds: [] })?.rule).toBe('personal_consideration.reassignment_reason_required');
  });

  it('allows it with a reason, to the first head, taking the assignee off, an unchanged assignee and an ordinary appeal', () => {
    expect(checkPersonalReassignment({ ...base, note: 'Доручення керуючого справами від 16.03.2026' })).toBeNull();
    expect(checkPersonalReassignment({ ...base, fromId: 9, toId: 7 })).toBeNull();
    expect(checkPersonalReassignment({ ...base, toId: null })).toBeNull();
    expect(checkPersonalReassignment({ ...base, fromId: 9 })).toBeNull();
    expect(checkPersonalReassignment({ ...base, personal: false })).toBeNull();
  });

  it('allows handing it to whoever stands in for the first head today without a reason, and no one else', () => {
    const withStandIn = { ...base, fromId: 3, firstHeadIds: [7, 9] };
    expect(checkPersonalReassignment({ ...withStandIn, toId: 9 })).toBeNull();
    expect(checkPersonalReassignment({ ...withStandIn, toId: 7 })).toBeNull();
    expect(checkPersonalReassignment({ ...withStandIn, toId: 11 })?.rule).toBe('personal_consideration.reassignment_reason_required');
  });
});

describe('personal consideration on the council\'s rule: the council\'s act is cited, not Art. 20', () => {
  const COUNCIL = 'Розпорядження міського голови від 15.01.2026 № 12-р (правило ради): звернення категорії «Учасник бойових дій» розглядає перший керівник особисто';

  it('routes to the first head with the council\'s basis in the reason', () => {
    expect(routeToFirstHead({ citation: COUNCIL, onDate: '2026-03-16', topDepartment: TOP, headPosition: HEAD_POSITION, positions: POSITIONS, absences: [VACATION] })).toEqual({
      assigneeId: 'staff-hordiienko',
      positionId: 'pos-manager',
      viaSubstitution: false,
      reason: `${COUNCIL} — керівник підрозділу-вершини «Апарат виконавчого комітету міської ради»: першого керівника в налаштуваннях не зазначено`,
    });
    expect(routeToFirstHead({ citation: COUNCIL, onDate: '2026-03-16', topDepartment: null, headPosition: null, positions: [], absences: [] }).reason).toBe(
      `${COUNCIL}. Першого керівника в налаштуваннях не зазначено, а підрозділ звернення не визначено: зазначте першого керівника в налаштуваннях строків або вкажіть підрозділ і призначте виконавця вручну.`,
    );
  });

  it('names the recorded basis when refusing a reassignment without a reason', () => {
    expect(checkPersonalReassignment({ personal: true, citation: COUNCIL, fromId: 7, toId: 9, firstHeadIds: [7], note: null })?.message).toBe(
      `Звернення розглядає перший керівник особисто (${COUNCIL}). Передаючи його іншому виконавцю, зазначте підставу (наприклад, ` +
        'доручення керівника) у полі «Підстава зміни виконавця».',
    );
  });
});
