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
}

/** A field left `undefined` is untouched; `null` or '' clears it. */
export type AppealPatch = Partial<AppealSnapshot>;

/** One proposed change of an appeal, as the rule checks see it. */
export type AppealChange = Change<AppealSnapshot, AppealDeadlineSettings>;

/** What a new appeal holds before the patch: the schema defaults (`needsAdditionalStudy` is true). */
export const NEW_APPEAL: AppealSnapshot = {
  ...newRegisterItem<AppealState>('registered'),
  ...nulls('authorKind', 'channel', 'extensionApprovedById', 'extensionDecidedAt', 'notConsideredReason', 'returnReason'),
  ...nulls('applicantFullName', 'contactCenterCardNumber'),
  ...nulls('shortenedTermDemand', 'shortenedTermDemandedAt', 'shortenedUntil', 'applicantNotifiedOfExtensionAt', 'privilegeCategory'),
  needsAdditionalStudy: true,
  applicantPrivileged: false,
};
