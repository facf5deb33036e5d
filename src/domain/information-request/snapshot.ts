import type { Change } from '../register/change';
import type { RegisterItem } from '../register/pipeline';
import type { TermSettings } from '../terms';
import type { InformationRequestState } from './states';

/** Persisted values of a request (on create: none — `before` is null). */
export interface InformationRequestSnapshot extends RegisterItem<InformationRequestState> {
  receivedAt: Date | null;
  /** Art. 20(2): answered within 48 hours. */
  urgent: boolean;
  urgencyGround: string | null;
  /** Art. 20(3): the requester's reasons for urgent handling. */
  urgencyJustification: string | null;
  workflowState: InformationRequestState;
  dueAt: Date | null;
  /** YYYY-MM-DD */
  extendedUntil: string | null;
  extensionReason: string | null;
  requesterNotifiedOfExtensionAt: Date | null;
  forwardedTo: string | null;
  forwardedAt: Date | null;
  requesterNotifiedOfForwardingAt: Date | null;
  refusalGround: string | null;
  refusalExplanation: string | null;
  answerText: string | null;
  answeredAt: Date | null;
  answerOutcome: string | null;
  /** Pages of copies made to answer (Art. 21(2)). */
  pages: number | null;
  /** Actual copying/printing costs charged, UAH (Art. 21). */
  copyingCharge: number | null;
  /** The information is about the requester himself: never charged (Art. 21(4)). */
  aboutRequester: boolean;
  assigneeId: number | string | null;
  registrationNumber: string | null;
}

/** A field left `undefined` is untouched; `null` or '' clears it. */
export type InformationRequestPatch = Partial<InformationRequestSnapshot>;

/** One proposed change of a request, as the rule checks see it. */
export type InformationRequestChange = Change<InformationRequestSnapshot, TermSettings>;

/** What a new request holds before the patch: the schema defaults. */
export const NEW_INFORMATION_REQUEST: InformationRequestSnapshot = {
  receivedAt: null,
  urgent: false,
  urgencyGround: null,
  urgencyJustification: null,
  workflowState: 'registered',
  dueAt: null,
  extendedUntil: null,
  extensionReason: null,
  requesterNotifiedOfExtensionAt: null,
  forwardedTo: null,
  forwardedAt: null,
  requesterNotifiedOfForwardingAt: null,
  refusalGround: null,
  refusalExplanation: null,
  answerText: null,
  answeredAt: null,
  answerOutcome: null,
  pages: null,
  copyingCharge: null,
  aboutRequester: false,
  assigneeId: null,
  registrationNumber: null,
};
