/**
 * "Overdue" is derived, never stored: an item is overdue while it is open and its due instant has passed
 * (DOMAIN: counting terms). Whether it was answered late is a separate, recorded fact. One rule for every register.
 */
export interface OverdueFilter<S extends string = string> {
  workflowState: { $in: S[] };
  dueAt: { $lt: string };
}

export function isOverdueAmong<S extends string>(openStates: readonly S[], state: string | null | undefined, dueAt: Date | null, now: Date): boolean {
  return state !== null && state !== undefined && (openStates as readonly string[]).includes(state) && dueAt !== null && dueAt.getTime() < now.getTime();
}

/** The same rule as `isOverdueAmong`, as a Strapi-style filter object (plain data, no Strapi import). */
export function overdueFilterAmong<S extends string>(openStates: readonly S[], now: Date): OverdueFilter<S> {
  return { workflowState: { $in: [...openStates] }, dueAt: { $lt: now.toISOString() } };
}
