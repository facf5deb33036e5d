import type { Core } from '@strapi/strapi';
import { decideAppealChange, type AppealSnapshot } from '../domain/appeal/rules';
import { PETITION_FIELDS } from '../domain/appeal/e-petition';
import { registrationPrefix } from '../domain/appeal/registration';
import { duplicateRegistrationNumber } from '../domain/appeal/disposal-record';
import type { EarlierAppealFacts } from '../domain/appeal/snapshot';
import { formatRegistrationNumber, registrationYear } from '../domain/register/registration';
import { readRelation, refuse, relationWhere } from './input';
import type { RegisterSpec } from './register-rules';

const UID = 'api::appeal.appeal';

/** Appeals of citizens (Law 393/96-ВР): how the register meets `src/domain/appeal`. */
export const appealRegister: RegisterSpec<AppealSnapshot & Record<string, unknown>> = {
  uid: UID,
  fields: [
    'receivedAt', 'needsAdditionalStudy', 'authorKind', 'channel', 'workflowState', 'dueAt', 'extendedUntil', 'extensionReason', 'extensionDecidedAt',
    'answerText', 'answerOutcome', 'answeredAt', 'notConsideredReason', 'forwardedTo', 'forwardedAt', 'returnReason', 'contactCenterCardNumber',
    'appealType', 'recurrence', 'returnedAt', 'forwardingNoticeAt', 'challengedBody', 'challengedDecisionOn', 'learnedOfDecisionOn',
    'complaintTermRestored', 'complaintTermRestoreReason', 'notConsideredDecidedAt', 'notConsideredNoticeAt', 'reportsOffence',
    'refusalReasons', 'refusalLegalBasis', 'refusalAppealProcedure',
    'controlDueAt', 'shortenedTermDemand', 'shortenedTermDemandedAt', 'shortenedUntil', 'applicantNotifiedOfExtensionAt', 'privilegeCategory',
    ...PETITION_FIELDS,
  ],
  relations: {
    assignee: 'assigneeId',
    extensionApprovedBy: 'extensionApprovedById',
    earlierAppeal: 'earlierAppealId',
    notConsideredDecidedBy: 'notConsideredDecidedById',
  },
  component: { attribute: 'applicant', fields: { fullName: 'applicantFullName', privileged: 'applicantPrivileged' } },
  defaults: { needsAdditionalStudy: false, workflowState: 'registered', applicantPrivileged: false, complaintTermRestored: false, recurrence: 'primary' },
  computed: ['registrationNumber', 'dueAt', 'controlDueAt', 'answeredLate', 'forwardedLate', 'returnedLate', 'priority', 'extensionNoticeRequired', 'personalConsiderationByHead',
    'personalConsiderationBasis'],
  // The basis goes with its flag: what the caller sends back is ignored, both are recomputed when the category changes.
  recomputedFlags: ['answeredLate', 'forwardedLate', 'returnedLate', 'priority', 'extensionNoticeRequired', 'personalConsiderationByHead', 'personalConsiderationBasis'],
  facts: async (strapi, data, before) => {
    const sent = readRelation(data.earlierAppeal, 'earlierAppeal');
    const ref = sent === undefined ? before?.earlierAppealId ?? null : sent;
    return { earlierAppeal: ref === null ? null : await earlierAppealFacts(strapi, ref) };
  },
  decide: (input) => decideAppealChange(input),
  async registrationNumber(patch, sequence) {
    // Instruction 348/1997: a duplicate carries the index of the first appeal (checked by checkRecurrenceLink).
    if (patch.recurrence === 'duplicate' && patch.earlierAppeal) {
      const number = duplicateRegistrationNumber(patch.earlierAppeal);
      if (number !== null) return number;
    }
    const prefix = registrationPrefix(patch.authorKind ?? 'individual', patch.applicantFullName);
    const year = registrationYear(patch.receivedAt as Date);
    return formatRegistrationNumber(prefix, await sequence(year), year);
  },
  cloneRefusal: 'Копіювання звернень вимкнено: кожне звернення реєструється окремо з власним номером.',
};

/** What the register knows of the earlier (first) appeal a repeated or duplicate appeal is linked to. */
async function earlierAppealFacts(strapi: Core.Strapi, ref: string | number): Promise<EarlierAppealFacts> {
  const row: any = await strapi.db.query(UID).findOne({
    where: relationWhere(ref),
    select: ['id', 'registrationNumber', 'workflowState', 'receivedAt', 'answeredAt', 'answerText', 'forwardedTo'],
    populate: { applicant: true },
  });
  if (!row) refuse('earlierAppeal', 'Попереднє (перше) звернення, на яке посилається це звернення, не знайдено.', 'earlier_appeal.unknown');
  const duplicateCount = await strapi.db.query(UID).count({ where: { earlierAppeal: { id: row.id }, recurrence: 'duplicate' } });
  return {
    registrationNumber: row.registrationNumber ?? null,
    workflowState: row.workflowState ?? 'registered',
    receivedAt: row.receivedAt ? new Date(row.receivedAt) : null,
    answeredAt: row.answeredAt ? new Date(row.answeredAt) : null,
    answerText: row.answerText ?? null,
    forwardedTo: row.forwardedTo ?? null,
    applicantFullName: row.applicant?.fullName ?? null,
    duplicateCount: Number(duplicateCount),
  };
}
