import {
  APPEAL_STATES,
  APPEAL_STATE_LABELS,
  AppealState,
  OPEN_APPEAL_STATES,
  canTransition,
  isOpenAppealState,
} from '../../../src/domain/appeal/states';

/** The expected table, written out independently of the code so any change to it is deliberate. */
const ALLOWED: Record<AppealState, AppealState[]> = {
  registered: ['assigned', 'in_progress', 'answered', 'forwarded', 'returned', 'not_considered'],
  assigned: ['in_progress', 'answered', 'forwarded', 'returned', 'not_considered', 'registered'],
  in_progress: ['answered', 'forwarded', 'returned', 'not_considered', 'assigned'],
  answered: ['closed'],
  forwarded: ['closed'],
  returned: ['closed'],
  not_considered: ['closed'],
  closed: [],
};

describe('appeal states', () => {
  it('lists the eight states of the contract in order', () => {
    expect([...APPEAL_STATES]).toEqual([
      'registered',
      'assigned',
      'in_progress',
      'answered',
      'forwarded',
      'returned',
      'not_considered',
      'closed',
    ]);
  });

  it('labels every state in Ukrainian', () => {
    expect(APPEAL_STATE_LABELS).toEqual({
      registered: 'зареєстровано',
      assigned: 'призначено виконавця',
      in_progress: 'на розгляді',
      answered: 'надано відповідь',
      forwarded: 'переслано за належністю',
      returned: 'повернуто автору',
      not_considered: 'не розглядається',
      closed: 'знято з контролю',
    });
  });

  it('treats only registered, assigned and in_progress as open', () => {
    expect([...OPEN_APPEAL_STATES]).toEqual(['registered', 'assigned', 'in_progress']);
    expect(APPEAL_STATES.filter(isOpenAppealState)).toEqual(['registered', 'assigned', 'in_progress']);
    expect(isOpenAppealState('something_else')).toBe(false);
    expect(isOpenAppealState(null)).toBe(false);
  });

  const pairs = APPEAL_STATES.flatMap((from) => APPEAL_STATES.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s follows the table', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED[from].includes(to));
  });

  it('allows exactly 21 transitions', () => {
    expect(pairs.filter(([from, to]) => canTransition(from, to))).toHaveLength(21);
  });
});
