import type { ExtensibleSnapshot } from './term';

/**
 * What every register records of an item (the persisted values the pipeline and the checks read): its state and
 * number, receipt and term, extension, executor, and how it was disposed of — an answer or forwarding.
 */
export interface RegisterItem<State extends string = string> extends ExtensibleSnapshot<State> {
  registrationNumber: string | null;
  extensionReason: string | null;
  assigneeId: number | string | null;
  answerText: string | null;
  answerOutcome: string | null;
  answeredAt: Date | null;
  forwardedTo: string | null;
  forwardedAt: Date | null;
}

/** A new item before its patch: in the register's first state, every common field empty. */
export function newRegisterItem<State extends string>(initialState: State): RegisterItem<State> {
  return {
    workflowState: initialState,
    ...nulls('registrationNumber', 'receivedAt', 'dueAt', 'extendedUntil', 'extensionReason', 'assigneeId'),
    ...nulls('answerText', 'answerOutcome', 'answeredAt', 'forwardedTo', 'forwardedAt'),
  };
}

/** `{ a: null, b: null }` for the schema's empty defaults; the snapshot type checks that none is missing. */
export function nulls<K extends string>(...fields: K[]): Record<K, null> {
  return Object.fromEntries(fields.map((field) => [field, null])) as Record<K, null>;
}
