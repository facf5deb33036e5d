import { isOverdueAmong, overdueFilterAmong, type OverdueFilter } from '../overdue';

/**
 * A workflow as one table (states, their labels, which are open, where each may go next) and the questions every
 * register asks of it. Each law writes only its table; the answers are computed here the same way for all.
 */

export interface StateDefinition<State extends string> {
  label: string;
  /** Open = the term is running; only open items can be overdue or have their term extended. */
  open?: boolean;
  next: readonly State[];
}

export type StateTable<State extends string> = Readonly<Record<State, StateDefinition<State>>>;

export interface Workflow<State extends string> {
  states: readonly State[];
  table: StateTable<State>;
  labels: Readonly<Record<State, string>>;
  /** In the order of `states`. */
  open: readonly State[];
  isState(value: unknown): value is State;
  /** Unknown values (e.g. a legacy string from the database) are not open. */
  isOpen(state: unknown): boolean;
  /** Whether the table allows `from → to`. Staying in the same state is not a transition (false). */
  canTransition(from: State, to: State): boolean;
  allowedNext(from: State): readonly State[];
  /** Overdue = open and past its due instant (src/domain/overdue.ts). */
  isOverdue(state: unknown, dueAt: Date | null, now: Date): boolean;
  overdueFilter(now: Date): OverdueFilter<State>;
}

export function workflow<State extends string>(states: readonly State[], table: StateTable<State>): Workflow<State> {
  const isState = (value: unknown): value is State => typeof value === 'string' && (states as readonly string[]).includes(value);
  const open = states.filter((state) => table[state].open === true);
  return {
    states,
    table,
    labels: Object.fromEntries(states.map((state) => [state, table[state].label])) as Record<State, string>,
    open,
    isState,
    isOpen: (state) => isState(state) && table[state].open === true,
    canTransition: (from, to) => isState(from) && table[from].next.includes(to),
    allowedNext: (from) => (isState(from) ? table[from].next : []),
    isOverdue: (state, dueAt, now) => isOverdueAmong(open, typeof state === 'string' ? state : null, dueAt, now),
    overdueFilter: (now) => overdueFilterAmong(open, now),
  };
}
