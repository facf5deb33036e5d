import type { Change } from '../register/change';
import type { RegisterItem } from '../register/pipeline';
import type { AppealDeadlineSettings } from './deadlines';
import type { AppealState } from './states';

/** Persisted values of an appeal (on create: none — `before` is null). */
export interface AppealSnapshot extends RegisterItem<AppealState> {
  receivedAt: Date | null;
  needsAdditionalStudy: boolean;
  authorKind: string | null;
  channel: string | null;
  workflowState: AppealState;
  dueAt: Date | null;
  /** YYYY-MM-DD */
  extendedUntil: string | null;
  extensionReason: string | null;
  extensionApprovedById: number | string | null;
  answerText: string | null;
  answerOutcome: string | null;
  answeredAt: Date | null;
  notConsideredReason: string | null;
  forwardedTo: string | null;
  forwardedAt: Date | null;
  returnReason: string | null;
  assigneeId: number | string | null;
  applicantFullName: string | null;
  applicantPrivileged: boolean;
  contactCenterCardNumber: string | null;
  registrationNumber: string | null;
}

/** A field left `undefined` is untouched; `null` or '' clears it. */
export type AppealPatch = Partial<AppealSnapshot>;

/** One proposed change of an appeal, as the rule checks see it. */
export type AppealChange = Change<AppealSnapshot, AppealDeadlineSettings>;

/** What a new appeal holds before the patch: the schema defaults (`needsAdditionalStudy` is true). */
export const NEW_APPEAL: AppealSnapshot = {
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
