import { isOverdueAmong, overdueFilterAmong, type OverdueFilter } from '../overdue';
import { InformationRequestState, OPEN_INFORMATION_REQUEST_STATES } from './states';

/** A request is overdue while it is open (including `extended`) and its due instant (Art. 20) has passed. */
export function isOverdue(state: InformationRequestState | string | null | undefined, dueAt: Date | null, now: Date): boolean {
  return isOverdueAmong(OPEN_INFORMATION_REQUEST_STATES, state, dueAt, now);
}

export function overdueFilter(now: Date): OverdueFilter<InformationRequestState> {
  return overdueFilterAmong(OPEN_INFORMATION_REQUEST_STATES, now);
}
