import { InformationRequestState, OPEN_INFORMATION_REQUEST_STATES, isOpenInformationRequestState } from './states';

/**
 * "Overdue" is derived, never stored: a request is overdue while it is open (including `extended`) and
 * its due instant (Law 2939-VI Art. 20: 5 working days, 48 hours, or the extended term) has passed.
 * Whether it was answered late is a separate, recorded fact (`answeredLate`).
 */
export function isOverdue(
  state: InformationRequestState | string | null | undefined,
  dueAt: Date | null,
  now: Date,
): boolean {
  return isOpenInformationRequestState(state) && dueAt !== null && dueAt.getTime() < now.getTime();
}

export interface OverdueFilter {
  workflowState: { $in: InformationRequestState[] };
  dueAt: { $lt: string };
}

/** The same rule as `isOverdue`, as a Strapi-style filter object (plain data, no Strapi import). */
export function overdueFilter(now: Date): OverdueFilter {
  return {
    workflowState: { $in: [...OPEN_INFORMATION_REQUEST_STATES] },
    dueAt: { $lt: now.toISOString() },
  };
}
