import { isOverdueAmong, overdueFilterAmong, type OverdueFilter } from '../overdue';
import { AppealState, OPEN_APPEAL_STATES } from './states';

/** An appeal is overdue while it is open and its due instant (Art. 20, possibly extended) has passed. */
export function isOverdue(state: AppealState | string | null | undefined, dueAt: Date | null, now: Date): boolean {
  return isOverdueAmong(OPEN_APPEAL_STATES, state, dueAt, now);
}

export function overdueFilter(now: Date): OverdueFilter<AppealState> {
  return overdueFilterAmong(OPEN_APPEAL_STATES, now);
}
