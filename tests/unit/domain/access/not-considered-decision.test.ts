import { checkNotConsideredDecider } from '../../../../src/domain/access/not-considered-decision';

describe('Art. 8 of Law 393/96-ВР: the decision not to consider is taken by the head or a deputy', () => {
  it('accepts the head of the appeal\'s department (nearest in the chain)', () => {
    expect(checkNotConsideredDecider({ deciderId: 7, headsOfChain: [7, 2], departmentUnknown: false })).toBeNull();
  });

  it('accepts the head of a parent department (a deputy heading the sphere)', () => {
    expect(checkNotConsideredDecider({ deciderId: 2, headsOfChain: [7, 2], departmentUnknown: false })).toBeNull();
  });

  it('refuses a specialist who heads nothing in the chain, naming Art. 8', () => {
    expect(checkNotConsideredDecider({ deciderId: 11, headsOfChain: [7, 2], departmentUnknown: false })).toEqual({
      field: 'notConsideredDecidedBy',
      rule: 'not_considered.decider_not_head',
      message: 'Рішення не розглядати звернення приймає лише керівник органу або його заступник (ст. 8 Закону України ' +
        '«Про звернення громадян»). Вкажіть керівника підрозділу, якому доручено звернення, або вищого підрозділу.',
    });
  });

  it('refuses the head of a department outside the chain', () => {
    expect(checkNotConsideredDecider({ deciderId: 9, headsOfChain: [7], departmentUnknown: false })?.rule).toBe('not_considered.decider_not_head');
  });

  it('asks for the department when the appeal has neither a department nor an executor', () => {
    const violation = checkNotConsideredDecider({ deciderId: 7, headsOfChain: [], departmentUnknown: true });
    expect(violation?.rule).toBe('not_considered.department_unknown');
    expect(violation?.field).toBe('notConsideredDecidedBy');
    expect(violation?.message).toContain('ст. 8 Закону України «Про звернення громадян»');
  });

  it('leaves «no decider named» to the register rule (not_considered.decided_by_required)', () => {
    expect(checkNotConsideredDecider({ deciderId: null, headsOfChain: [7], departmentUnknown: false })).toBeNull();
    expect(checkNotConsideredDecider({ deciderId: null, headsOfChain: [], departmentUnknown: true })).toBeNull();
  });
});
