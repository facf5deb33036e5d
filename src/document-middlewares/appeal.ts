import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decideAppealChange, type AppealPatch, type AppealSnapshot } from '../domain/appeal/rules';
import { formatRegistrationNumber, registrationPrefix, registrationYear } from '../domain/appeal/registration';
import { DomainError } from '../domain/errors';
import { loadDeadlineSettings } from '../deadlines/settings-source';
import { nextSequenceValue } from '../registration/sequence';
import { isBlank, readBoolean, readInstant, readIsoDate, readRelation, readText, refuse, sameValue } from './input';

const UID = 'api::appeal.appeal';
export const APPEAL_SEQUENCE_SCOPE = 'appeal';

/** Fields the product computes: a caller may send them back unchanged (the admin form does) but never change them. */
const COMPUTED = ['registrationNumber', 'dueAt', 'answeredLate', 'forwardedLate', 'priority', 'extensionNoticeRequired'] as const;

type Reader = (value: unknown, field: string) => unknown;
const SCALARS: Record<string, Reader> = {
  receivedAt: readInstant,
  needsAdditionalStudy: readBoolean,
  authorKind: readText,
  channel: readText,
  workflowState: readText,
  extendedUntil: readIsoDate,
  extensionReason: readText,
  answerText: readText,
  answerOutcome: readText,
  answeredAt: readInstant,
  notConsideredReason: readText,
  forwardedTo: readText,
  forwardedAt: readInstant,
  returnReason: readText,
  contactCenterCardNumber: readText,
};
const RELATIONS = { assignee: 'assigneeId', extensionApprovedBy: 'extensionApprovedById' } as const;

/**
 * Enforces the appeal rules of `src/domain/appeal` for every caller: it gathers the stored record, the settings and
 * the current instant, asks the pure decision function, and either refuses (HTTP 400, nothing written) or writes the
 * computed fields together with the change, registration number included, in one transaction.
 */
export function appealRules(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== UID) return next();
    if (action === 'clone') {
      refuse('registrationNumber', 'Копіювання звернень вимкнено: кожне звернення реєструється окремо з власним номером.', 'appeal.clone');
    }
    if (action !== 'create' && action !== 'update') return next();
    const data: Record<string, any> = params.data ?? {};

    return strapi.db.transaction(async () => {
      const before = action === 'update' ? await loadSnapshot(strapi, params.documentId) : null;
      const patch = readPatch(data, before);
      const settings = await loadDeadlineSettings(strapi);
      const decision = guard(() => decideAppealChange({ before, patch, now: new Date(), settings }));
      if (!decision.ok) refuse(fieldPath(decision.error.field), decision.error.message, decision.error.rule);

      for (const field of COMPUTED) delete data[field];
      for (const [field, value] of Object.entries(decision.set)) {
        data[field] = value instanceof Date ? value.toISOString() : value;
      }
      if (!before) {
        data.registrationNumber = await allocateNumber(strapi, patch);
      }
      params.data = data;
      return next();
    });
  };
}

async function allocateNumber(strapi: Core.Strapi, patch: AppealPatch): Promise<string> {
  const prefix = guard(() => registrationPrefix(patch.authorKind ?? 'individual', patch.applicantFullName));
  const year = registrationYear(patch.receivedAt as Date);
  const sequence = await nextSequenceValue(strapi, APPEAL_SEQUENCE_SCOPE, year);
  return formatRegistrationNumber(prefix, sequence, year);
}

/** Domain errors thrown by helpers become the same 400 as a refused decision. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DomainError) refuse(fieldPath(error.violation.field), error.violation.message, error.violation.rule);
    throw error;
  }
}

function fieldPath(domainField: string): string {
  if (domainField === 'applicantFullName') return 'applicant.fullName';
  if (domainField === 'applicantPrivileged') return 'applicant.privileged';
  if (domainField === 'assigneeId') return 'assignee';
  if (domainField === 'extensionApprovedById') return 'extensionApprovedBy';
  return domainField;
}

async function loadSnapshot(strapi: Core.Strapi, documentId: unknown): Promise<AppealSnapshot> {
  if (typeof documentId !== 'string' || !documentId) refuse('documentId', 'Не вказано, яке звернення змінити.');
  const row: any = await strapi.db.query(UID).findOne({
    where: { documentId },
    populate: { applicant: true, assignee: { select: ['documentId'] }, extensionApprovedBy: { select: ['documentId'] } },
  });
  if (!row) throw new errors.NotFoundError('Звернення не знайдено.');
  return {
    receivedAt: row.receivedAt ? new Date(row.receivedAt) : null,
    needsAdditionalStudy: row.needsAdditionalStudy !== false,
    authorKind: row.authorKind ?? null,
    channel: row.channel ?? null,
    workflowState: row.workflowState ?? 'registered',
    dueAt: row.dueAt ? new Date(row.dueAt) : null,
    extendedUntil: row.extendedUntil ? String(row.extendedUntil).slice(0, 10) : null,
    extensionReason: row.extensionReason ?? null,
    extensionApprovedById: row.extensionApprovedBy?.documentId ?? null,
    answerText: row.answerText ?? null,
    answerOutcome: row.answerOutcome ?? null,
    answeredAt: row.answeredAt ? new Date(row.answeredAt) : null,
    notConsideredReason: row.notConsideredReason ?? null,
    forwardedTo: row.forwardedTo ?? null,
    forwardedAt: row.forwardedAt ? new Date(row.forwardedAt) : null,
    returnReason: row.returnReason ?? null,
    assigneeId: row.assignee?.documentId ?? null,
    applicantFullName: row.applicant?.fullName ?? null,
    applicantPrivileged: row.applicant?.privileged === true,
    contactCenterCardNumber: row.contactCenterCardNumber ?? null,
    registrationNumber: row.registrationNumber ?? null,
  };
}

/**
 * The change as the domain sees it: only fields the caller actually changed (the admin panel sends the whole form).
 * On create every provided field counts.
 */
function readPatch(data: Record<string, any>, before: AppealSnapshot | null): AppealPatch {
  const patch: Record<string, unknown> = {};
  const changed = (key: keyof AppealSnapshot, value: unknown) => {
    if (!before || !sameValue(before[key], value)) patch[key] = value;
  };
  for (const [field, read] of Object.entries(SCALARS)) {
    if (field in data) changed(field as keyof AppealSnapshot, read(data[field], field));
  }
  for (const [field, key] of Object.entries(RELATIONS)) {
    const ref = readRelation(data[field], field);
    if (ref === undefined) continue;
    if (before && ref !== null && before[key] !== null) continue; // re-linking is not a rule change
    changed(key, ref);
  }
  if ('applicant' in data) {
    const applicant = data.applicant ?? {};
    if (typeof applicant !== 'object') refuse('applicant', 'Дані заявника мають бути об’єктом з полями fullName, address, email, phone, privileged.');
    changed('applicantFullName', readText(applicant.fullName, 'applicant.fullName'));
    changed('applicantPrivileged', readBoolean(applicant.privileged, 'applicant.privileged') ?? false);
  }
  for (const field of COMPUTED) {
    if (!(field in data)) continue;
    const value = data[field];
    const unchanged = before ? sameValue(before[field as keyof AppealSnapshot] ?? null, normalizeComputed(field, value)) : isBlank(value) || value === false;
    if (!unchanged && field !== 'priority' && field !== 'answeredLate' && field !== 'forwardedLate' && field !== 'extensionNoticeRequired') {
      refuse(field, `Поле «${field}» заповнюється автоматично і не може бути змінене вручну.`, 'appeal.computed_field');
    }
  }
  return patch as AppealPatch;
}

function normalizeComputed(field: string, value: unknown): unknown {
  if (field === 'dueAt') return readInstant(value, field);
  return value;
}
