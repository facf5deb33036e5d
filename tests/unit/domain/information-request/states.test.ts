import {
  INFORMATION_REQUEST_STATES,
  INFORMATION_REQUEST_STATE_LABELS,
  InformationRequestState,
  OPEN_INFORMATION_REQUEST_STATES,
  allowedNextStates,
  canTransition,
  isInformationRequestState,
  isOpenInformationRequestState,
} from '../../../../src/domain/information-request/states';

/** The expected table, written out independently of the code so any change to it is deliberate. */
const ALLOWED: Record<InformationRequestState, InformationRequestState[]> = {
  registered: ['assigned', 'in_progress', 'extended', 'answered', 'forwarded', 'refused'],
  assigned: ['in_progress', 'extended', 'answered', 'forwarded', 'refused', 'registered'],
  in_progress: ['extended', 'answered', 'forwarded', 'refused', 'assigned'],
  extended: ['answered', 'refused'],
  answered: ['closed'],
  forwarded: ['closed'],
  refused: ['closed'],
  closed: [],
};

describe('information request states', () => {
  it('lists the eight states in order', () => {
    expect([...INFORMATION_REQUEST_STATES]).toEqual([
      'registered',
      'assigned',
      'in_progress',
      'extended',
      'answered',
      'forwarded',
      'refused',
      'closed',
    ]);
  });

  it('labels every state in Ukrainian', () => {
    expect(INFORMATION_REQUEST_STATE_LABELS).toEqual({
      registered: 'зареєстровано',
      assigned: 'призначено виконавця',
      in_progress: 'на розгляді',
      extended: 'строк розгляду продовжено',
      answered: 'надано відповідь',
      forwarded: 'направлено належному розпоряднику',
      refused: 'відмовлено в задоволенні',
      closed: 'знято з контролю',
    });
  });

  it('treats registered, assigned, in_progress and extended as open', () => {
    expect([...OPEN_INFORMATION_REQUEST_STATES]).toEqual(['registered', 'assigned', 'in_progress', 'extended']);
    expect(INFORMATION_REQUEST_STATES.filter(isOpenInformationRequestState)).toEqual([
      'registered',
      'assigned',
      'in_progress',
      'extended',
    ]);
    expect(isOpenInformationRequestState('not_considered')).toBe(false);
    expect(isOpenInformationRequestState(undefined)).toBe(false);
    expect(isInformationRequestState('extended')).toBe(true);
    expect(isInformationRequestState('returned')).toBe(false);
  });

  const pairs = INFORMATION_REQUEST_STATES.flatMap((from) =>
    INFORMATION_REQUEST_STATES.map((to) => [from, to] as const),
  );
  it.each(pairs)('%s → %s follows the table', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED[from].includes(to));
  });

  it('lists the allowed next states, and none for an unknown state', () => {
    for (const state of INFORMATION_REQUEST_STATES) expect([...allowedNextStates(state)]).toEqual(ALLOWED[state]);
    expect(allowedNextStates('bogus' as InformationRequestState)).toEqual([]);
    expect(canTransition('bogus' as InformationRequestState, 'closed')).toBe(false);
  });
});
