import { workflow, type StateTable, type Workflow } from '../register/states';

/**
 * The life of a public information request (Law 2939-VI), in one table: every state, its label,
 * whether the request is still open (its term is running and it can become overdue), and where it
 * may go next.
 *
 * The outcomes mirror the law: the information is provided (Art. 20), the request is forwarded to
 * the holder (Art. 22(3)), or it is refused on a ground of Art. 22(1). `extended` records that the
 * term was extended up to 20 working days (Art. 20(4)); the request stays open and is worked on in
 * that state. An extension is granted only because the council holds a large volume of the
 * information or must search for it, so an extended request ends with an answer or a refusal
 * (e.g. the requester did not pay for the copies) — never with forwarding, whose 5 working days have
 * passed by then anyway — and does not go back to the earlier states: its term is already the
 * extended one. Each outcome is then taken off control (`closed`).
 */

export const INFORMATION_REQUEST_STATES = [
  'registered',
  'assigned',
  'in_progress',
  'extended',
  'answered',
  'forwarded',
  'refused',
  'closed',
] as const;

export type InformationRequestState = (typeof INFORMATION_REQUEST_STATES)[number];

const OUTCOMES_FROM_WORK = ['answered', 'forwarded', 'refused'] as const;

export const INFORMATION_REQUEST_STATE_TABLE: StateTable<InformationRequestState> = {
  registered: {
    label: 'зареєстровано',
    open: true,
    next: ['assigned', 'in_progress', 'extended', ...OUTCOMES_FROM_WORK],
  },
  assigned: {
    label: 'призначено виконавця',
    open: true,
    // back to `registered` = the executor is withdrawn before work starts
    next: ['in_progress', 'extended', ...OUTCOMES_FROM_WORK, 'registered'],
  },
  in_progress: {
    label: 'на розгляді',
    open: true,
    // back to `assigned` = handed to another executor
    next: ['extended', ...OUTCOMES_FROM_WORK, 'assigned'],
  },
  extended: {
    label: 'строк розгляду продовжено',
    open: true,
    next: ['answered', 'refused'],
  },
  answered: { label: 'надано відповідь', open: false, next: ['closed'] },
  forwarded: { label: 'направлено належному розпоряднику', open: false, next: ['closed'] },
  refused: { label: 'відмовлено в задоволенні', open: false, next: ['closed'] },
  closed: { label: 'знято з контролю', open: false, next: [] },
};

export const INFORMATION_REQUEST_WORKFLOW: Workflow<InformationRequestState> = workflow(
  INFORMATION_REQUEST_STATES,
  INFORMATION_REQUEST_STATE_TABLE,
);

/** Open = the term is running, `extended` included; only open requests can be overdue (Art. 20) or be extended. */
export const {
  labels: INFORMATION_REQUEST_STATE_LABELS, open: OPEN_INFORMATION_REQUEST_STATES,
  isState: isInformationRequestState, isOpen: isOpenInformationRequestState,
} = INFORMATION_REQUEST_WORKFLOW;
export const { canTransition, allowedNext: allowedNextStates, isOverdue, overdueFilter } = INFORMATION_REQUEST_WORKFLOW;
