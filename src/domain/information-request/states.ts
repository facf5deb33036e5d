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

interface InformationRequestStateDefinition {
  label: string;
  /** Open = the term is running; only open requests can be overdue or have their term extended. */
  open: boolean;
  next: readonly InformationRequestState[];
}

const OUTCOMES_FROM_WORK = ['answered', 'forwarded', 'refused'] as const;

export const INFORMATION_REQUEST_STATE_TABLE: Readonly<
  Record<InformationRequestState, InformationRequestStateDefinition>
> = {
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

export const INFORMATION_REQUEST_STATE_LABELS: Readonly<Record<InformationRequestState, string>> = Object.fromEntries(
  INFORMATION_REQUEST_STATES.map((state) => [state, INFORMATION_REQUEST_STATE_TABLE[state].label]),
) as Record<InformationRequestState, string>;

export const OPEN_INFORMATION_REQUEST_STATES: readonly InformationRequestState[] = INFORMATION_REQUEST_STATES.filter(
  (state) => INFORMATION_REQUEST_STATE_TABLE[state].open,
);

export function isInformationRequestState(value: unknown): value is InformationRequestState {
  return typeof value === 'string' && (INFORMATION_REQUEST_STATES as readonly string[]).includes(value);
}

/** Unknown values (e.g. a legacy string from the database) are not open. */
export function isOpenInformationRequestState(state: InformationRequestState | string | null | undefined): boolean {
  return isInformationRequestState(state) && INFORMATION_REQUEST_STATE_TABLE[state].open;
}

/** Whether the table allows `from → to`. Staying in the same state is not a transition (false). */
export function canTransition(from: InformationRequestState, to: InformationRequestState): boolean {
  return isInformationRequestState(from) && INFORMATION_REQUEST_STATE_TABLE[from].next.includes(to);
}

export function allowedNextStates(from: InformationRequestState): readonly InformationRequestState[] {
  return isInformationRequestState(from) ? INFORMATION_REQUEST_STATE_TABLE[from].next : [];
}
