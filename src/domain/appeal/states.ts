import { workflow, type StateTable, type Workflow } from '../register/states';

/**
 * The life of an appeal (Law 393/96-ВР), in one table: every state, its label, whether the appeal
 * is still open (its term is running and it can become overdue), and where it may go next.
 *
 * The outcomes mirror the law: an answer on the merits (Art. 20), forwarding to the competent body
 * (Art. 7), return to the author (Art. 5), refusal to consider (Art. 8). Each outcome is then taken
 * off control (`closed`) once the department has checked that the applicant was told.
 */

export const APPEAL_STATES = [
  'registered',
  'assigned',
  'in_progress',
  'answered',
  'forwarded',
  'returned',
  'not_considered',
  'closed',
] as const;

export type AppealState = (typeof APPEAL_STATES)[number];

const OUTCOMES_FROM_WORK = ['answered', 'forwarded', 'returned', 'not_considered'] as const;

export const APPEAL_STATE_TABLE: StateTable<AppealState> = {
  registered: {
    label: 'зареєстровано',
    open: true,
    next: ['assigned', 'in_progress', ...OUTCOMES_FROM_WORK],
  },
  assigned: {
    label: 'призначено виконавця',
    open: true,
    // back to `registered` = the executor is withdrawn before work starts
    next: ['in_progress', ...OUTCOMES_FROM_WORK, 'registered'],
  },
  in_progress: {
    label: 'на розгляді',
    open: true,
    // back to `assigned` = handed to another executor
    next: [...OUTCOMES_FROM_WORK, 'assigned'],
  },
  answered: { label: 'надано відповідь', open: false, next: ['closed'] },
  forwarded: { label: 'переслано за належністю', open: false, next: ['closed'] },
  returned: { label: 'повернуто автору', open: false, next: ['closed'] },
  not_considered: { label: 'не розглядається', open: false, next: ['closed'] },
  closed: { label: 'знято з контролю', open: false, next: [] },
};

export const APPEAL_WORKFLOW: Workflow<AppealState> = workflow(APPEAL_STATES, APPEAL_STATE_TABLE);

/** Open = the term is running; only open appeals can be overdue (Art. 20, possibly extended) or be extended. */
export const { labels: APPEAL_STATE_LABELS, open: OPEN_APPEAL_STATES, isState: isAppealState, isOpen: isOpenAppealState } =
  APPEAL_WORKFLOW;
export const { canTransition, allowedNext: allowedNextStates, isOverdue, overdueFilter } = APPEAL_WORKFLOW;
