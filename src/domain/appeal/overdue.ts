import { AppealState, OPEN_APPEAL_STATES, isOpenAppealState } from './states';

/**
 * "Overdue" is derived, never stored: an appeal is overdue while it is open and its due instant
 * (Law 393/96-ВР Art. 20, possibly extended) has passed. Whether it was answered late is a separate,
 * recorded fact (`answeredLate`).
 */
export function isOverdue(state: AppealState | string | null | undefined, dueAt: Date | null, now: Date): boolean {
  return isOpenAppealState(state) && dueAt !== null && dueAt.getTime() < now.getTime();
}

export interface OverdueFilter {
  workflowState: { $in: AppealState[] };
  dueAt: { $lt: string };
}

/** The same rule as `isOverdue`, as a Strapi-style filter object (plain data, no Strapi import). */
export function overdueFilter(now: Date): OverdueFilter {
  return {
    workflowState: { $in: [...OPEN_APPEAL_STATES] },
    dueAt: { $lt: now.toISOString() },
  };
}
