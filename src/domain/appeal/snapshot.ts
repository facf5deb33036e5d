import type { Change } from '../register/change';
import { newRegisterItem, nulls, type RegisterItem } from '../register/item';
import type { AppealDeadlineSettings } from './deadlines';
import type { AppealState } from './states';

/**
 * Persisted values of an appeal (on create: none — `before` is null): what every register records
 * (src/domain/register/item.ts) and what Law 393/96-ВР adds.
 */
export interface AppealSnapshot extends RegisterItem<AppealState> {
  /** Art. 20: 15 days instead of a month when no additional study is needed. */
  needsAdditionalStudy: boolean;
  authorKind: string | null;
  channel: string | null;
  extensionApprovedById: number | string | null;
  /** Art. 20: when the head decided the extension (before the term in force ran out). */
  extensionDecidedAt: Date | null;
  /** Art. 20 ч. 2: the applicant's reasoned written demand for a shorter term, its date, and the shorter term. */
  shortenedTermDemand: string | null;
  shortenedTermDemandedAt: Date | null;
  /** YYYY-MM-DD */
  shortenedUntil: string | null;
  /** Art. 20: when the applicant was told of the extension (the outbox records it when it sends the notice). */
  applicantNotifiedOfExtensionAt: Date | null;
  /** A category of privilege in force (src/domain/appeal/privileges.ts). */
  privilegeCategory: string | null;
  notConsideredReason: string | null;
  returnReason: string | null;
  applicantFullName: string | null;
  /** Art. 20: considered first. */
  applicantPrivileged: boolean;
  contactCenterCardNumber: string | null;
  /** Art. 3: proposal, application or complaint (Arts. 7(4), 16–17 apply to complaints). */
  appealType: string | null;
  /** Cabinet classifier 858/2008: primary, repeated, duplicate, multiple, mass (Art. 8, Instruction 348). */
  recurrence: string | null;
  /** Art. 5: when the appeal was returned to its author; `returnedLate` compares it with 10 days from receipt. */
  returnedAt: Date | null;
  /** Art. 7(3): when the author was told of the forwarding. */
  forwardingNoticeAt: Date | null;
  /** Art. 7(4): the body or official whose decision (action) the complaint challenges. */
  challengedBody: string | null;
  /** Art. 17: the day the challenged decision was taken and the day the citizen learned of it (YYYY-MM-DD). */
  challengedDecisionOn: string | null;
  learnedOfDecisionOn: string | null;
  /** Art. 17: a term missed for a valid reason restored by the body considering the complaint, with the reason. */
  complaintTermRestored: boolean;
  complaintTermRestoreReason: string | null;
  /** Art. 8, Instruction 348: the earlier (repeated) or the first (duplicate) appeal. */
  earlierAppealId: number | string | null;
  /** What the register knows of the earlier appeal (read-only, loaded with the change; null when none is linked). */
  earlierAppeal: EarlierAppealFacts | null;
  /** Art. 8: who decided not to consider the appeal, when, and when the applicant was told. */
  notConsideredDecidedById: number | string | null;
  notConsideredDecidedAt: Date | null;
  notConsideredNoticeAt: Date | null;
  /** An anonymous report of corruption (Law «Про запобігання корупції» Art. 53) or of a crime: considered, not buried. */
  reportsOffence: string | null;
  /** Arts. 15, 19: a refusal states its reasons, its legal basis and how to appeal it. */
  refusalReasons: string | null;
  refusalLegalBasis: string | null;
  refusalAppealProcedure: string | null;
  /** Art. 23-1 (channel `e_petition`): see e-petition.ts. */
  petitionSignatureThreshold: number | null;
  /** YYYY-MM-DD */
  petitionCollectionStartsOn: string | null;
  /** YYYY-MM-DD */
  petitionCollectionEndsOn: string | null;
  petitionSignatures: number | null;
  petitionConsiderationPublishedAt: Date | null;
  petitionAnswerPublishedAt: Date | null;
}

/** The earlier appeal a repeated or duplicate appeal is linked to, as stored. */
export interface EarlierAppealFacts {
  registrationNumber: string | null;
  workflowState: string;
  receivedAt: Date | null;
  answeredAt: Date | null;
  answerText: string | null;
  forwardedTo: string | null;
  applicantFullName: string | null;
  /** How many duplicates already carry its index (Instruction 348: the next one takes the next number). */
  duplicateCount: number;
}

/** A field left `undefined` is untouched; `null` or '' clears it. */
export type AppealPatch = Partial<AppealSnapshot>;

/** One proposed change of an appeal, as the rule checks see it. */
export type AppealChange = Change<AppealSnapshot, AppealDeadlineSettings>;

/** What a new appeal holds before the patch: the schema defaults (`needsAdditionalStudy` is false — the 15-day term — until the head decides the appeal needs study). */
export const NEW_APPEAL: AppealSnapshot = {
  ...newRegisterItem<AppealState>('registered'),
  ...nulls('authorKind', 'channel', 'extensionApprovedById', 'extensionDecidedAt', 'notConsideredReason', 'returnReason'),
  ...nulls('applicantFullName', 'contactCenterCardNumber'),
  ...nulls('appealType', 'recurrence', 'returnedAt', 'forwardingNoticeAt', 'challengedBody', 'challengedDecisionOn', 'learnedOfDecisionOn'),
  ...nulls('complaintTermRestoreReason', 'earlierAppealId', 'earlierAppeal', 'notConsideredDecidedById', 'notConsideredDecidedAt'),
  ...nulls('notConsideredNoticeAt', 'reportsOffence', 'refusalReasons', 'refusalLegalBasis', 'refusalAppealProcedure'),
  ...nulls('petitionSignatureThreshold', 'petitionCollectionStartsOn', 'petitionCollectionEndsOn', 'petitionSignatures'),
  ...nulls('petitionConsiderationPublishedAt', 'petitionAnswerPublishedAt'),
  ...nulls('shortenedTermDemand', 'shortenedTermDemandedAt', 'shortenedUntil', 'applicantNotifiedOfExtensionAt', 'privilegeCategory'),
  needsAdditionalStudy: false,
  applicantPrivileged: false,
  complaintTermRestored: false,
};
