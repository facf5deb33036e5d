import type { AppealDecisionInput, AppealPatch, AppealSnapshot } from './rules';
import type { AppealDeadlineSettings } from './deadlines';

/**
 * One proposed change of an appeal, as the rule checks see it: what was persisted, what the patch
 * asks for, and the merged result. Built once per decision; nothing here is ever mutated.
 */
export interface AppealChange {
  isCreate: boolean;
  before: AppealSnapshot | null;
  patch: AppealPatch;
  /** `before` with every field the patch mentions (not `undefined`) replaced. */
  after: AppealSnapshot;
  now: Date;
  settings: AppealDeadlineSettings;
}

/** What a new appeal holds before the patch: the schema defaults (`needsAdditionalStudy` is true). */
const NEW_APPEAL: AppealSnapshot = {
  receivedAt: null,
  needsAdditionalStudy: true,
  authorKind: null,
  channel: null,
  workflowState: 'registered',
  dueAt: null,
  extendedUntil: null,
  extensionReason: null,
  extensionApprovedById: null,
  answerText: null,
  answerOutcome: null,
  answeredAt: null,
  notConsideredReason: null,
  forwardedTo: null,
  forwardedAt: null,
  returnReason: null,
  assigneeId: null,
  applicantFullName: null,
  applicantPrivileged: false,
  contactCenterCardNumber: null,
  registrationNumber: null,
};

export function buildChange(input: AppealDecisionInput): AppealChange {
  const mentioned = Object.fromEntries(Object.entries(input.patch).filter(([, value]) => value !== undefined));
  return {
    isCreate: input.before === null,
    before: input.before,
    patch: input.patch,
    after: { ...NEW_APPEAL, ...(input.before ?? {}), ...mentioned },
    now: input.now,
    settings: input.settings,
  };
}

/** Admin forms send '' or whitespace for an emptied text field; the law cares only whether it is filled. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** The patch mentions one of these fields with a value different from the persisted one. */
export function touched(change: AppealChange, ...fields: (keyof AppealSnapshot)[]): boolean {
  return fields.some((field) => {
    const proposed = change.patch[field];
    if (proposed === undefined) return false;
    return change.before === null ? !isBlank(proposed) : !sameValue(proposed, change.before[field]);
  });
}

export { validInstant } from '../action-moment';
