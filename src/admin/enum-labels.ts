import {
  APPEAL_CHANNEL_LABELS,
  APPEAL_TYPE_LABELS,
  AUTHOR_KIND_LABELS,
  APPEAL_RECURRENCE_LABELS,
  ANSWER_OUTCOME_LABELS,
  NOT_CONSIDERED_REASON_LABELS,
  REPORTED_OFFENCE_LABELS,
} from '../domain/appeal/vocabulary';
import { APPEAL_STATE_LABELS } from '../domain/appeal/states';
import { CORRECTION_FIELD_LABELS, CORRECTION_REGISTER_LABELS } from '../domain/register/correction';
import { PRIVILEGE_CATEGORY_LABELS } from '../domain/appeal/privileges';
import {
  INFORMATION_REQUEST_CHANNEL_LABELS,
  URGENCY_GROUND_LABELS,
  REFUSAL_GROUND_LABELS,
  INFORMATION_ANSWER_OUTCOME_LABELS,
  EXTENSION_GROUND_LABELS,
  INFORMATION_APPEAL_BODY_LABELS,
  INFORMATION_APPEAL_SUBJECT_LABELS,
  INFORMATION_APPEAL_OUTCOME_LABELS,
} from '../domain/information-request/vocabulary';
import { INFORMATION_REQUEST_STATE_LABELS } from '../domain/information-request/states';
import {
  CAMPAIGN_STATE_LABELS,
  EVENT_TYPE_LABELS,
  PUBLICATION_KIND_LABELS,
  REFUTATION_VERDICT_LABELS,
} from '../domain/communications/vocabulary';

type Labels = Readonly<Record<string, string>>;

/**
 * Ukrainian label of every enumeration value, per content type (API name) and attribute. The registers take theirs
 * from the domain vocabularies; the service types that have none in the domain are labelled here.
 * A unit test checks that every value of every schema enumeration has a label.
 */
export const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  appeal: {
    channel: APPEAL_CHANNEL_LABELS,
    appealType: APPEAL_TYPE_LABELS,
    authorKind: AUTHOR_KIND_LABELS,
    recurrence: APPEAL_RECURRENCE_LABELS,
    workflowState: APPEAL_STATE_LABELS as Labels,
    answerOutcome: ANSWER_OUTCOME_LABELS,
    notConsideredReason: NOT_CONSIDERED_REASON_LABELS,
    reportsOffence: REPORTED_OFFENCE_LABELS,
    privilegeCategory: PRIVILEGE_CATEGORY_LABELS,
  },
  'information-request': {
    channel: INFORMATION_REQUEST_CHANNEL_LABELS,
    urgencyGround: URGENCY_GROUND_LABELS,
    workflowState: INFORMATION_REQUEST_STATE_LABELS as Labels,
    refusalGround: REFUSAL_GROUND_LABELS,
    answerOutcome: INFORMATION_ANSWER_OUTCOME_LABELS,
    extensionGround: EXTENSION_GROUND_LABELS,
  },
  // Components are keyed by their uid (category.name).
  'information.request-appeal': {
    appealedTo: INFORMATION_APPEAL_BODY_LABELS,
    subject: INFORMATION_APPEAL_SUBJECT_LABELS,
    outcome: INFORMATION_APPEAL_OUTCOME_LABELS,
  },
  campaign: { campaignState: CAMPAIGN_STATE_LABELS },
  'communication-event': { eventType: EVENT_TYPE_LABELS },
  publication: { kind: PUBLICATION_KIND_LABELS, verdict: REFUTATION_VERDICT_LABELS },
  absence: { reason: { vacation: 'відпустка', sick_leave: 'лікарняний', business_trip: 'відрядження' } },
  'assignment-change': {
    register: { appeal: 'звернення', information_request: 'запит на інформацію' },
    kind: { routing: 'автоматичний розподіл', manual: 'вручну' },
  },
  'audit-entry': {
    action: {
      create: 'створення',
      update: 'зміна',
      delete: 'видалення',
      publish: 'публікація',
      unpublish: 'зняття з публікації',
      discard_draft: 'скасування чернетки',
      correction: 'виправлення (записане керівником)',
    },
    actorKind: { admin: 'працівник', api_token: 'API-токен', users_permissions: 'користувач сайту', system: 'система' },
  },
  'term-correction': { register: CORRECTION_REGISTER_LABELS, field: CORRECTION_FIELD_LABELS },
  'deadline-setting': {
    nonWorkingDayRule: { next: 'наступний робочий день', previous: 'попередній робочий день', none: 'не переносити' },
  },
  'settings.personal-consideration-rule': { category: PRIVILEGE_CATEGORY_LABELS },
  duty: {
    section: {
      general: 'загальні положення',
      tasks: 'завдання',
      functions: 'функції',
      rights: 'права',
      responsibility: 'відповідальність',
      organisation: 'організація роботи',
      other: 'інше',
    },
  },
  holiday: { kind: { holiday: 'святковий (неробочий) день', transferred_working_day: 'перенесений робочий день' } },
  'job-instruction': { kind: { job_instruction: 'посадова інструкція', unit_regulation: 'положення про підрозділ' } },
  notification: {
    template: {
      acknowledgment: 'повідомлення про реєстрацію',
      extension_notice: 'повідомлення про продовження строку',
      forwarding_notice: 'повідомлення про пересилання',
      answer: 'відповідь',
      assignment: 'призначення виконавця',
      reminder: 'нагадування',
      due_today: 'строк спливає сьогодні',
      overdue_escalation: 'прострочення (керівнику)',
      digest: 'щоденне зведення',
      extension_notice_missing: 'заявника не повідомлено про продовження',
      request_appeal_undecided: 'скаргу на розгляд запиту не вирішено',
    },
    deliveryState: { pending: 'очікує надсилання', sent: 'надіслано', failed: 'не доставлено' },
    itemType: { appeal: 'звернення', information_request: 'запит на інформацію', department: 'підрозділ' },
  },
};

/**
 * The edit form and the list filters translate an option by its raw value alone (`formatMessage({ id: value })`),
 * so a value used by two enumerations with different meanings gets one label that reads right in both.
 */
export const SHARED_VALUE_LABELS: Labels = {
  forwarded: 'переслано / надійшло від іншого органу',
  anonymous: 'анонімне',
  other: 'інше',
  email: 'електронна пошта',
  phone: 'телефон',
  refused: 'відмовлено',
  appeal: 'звернення',
  information_request: 'запит на інформацію',
};

/** value → label for the admin panel's message catalogue; throws when two meanings of one value are not reconciled. */
export function enumMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const fields of Object.values(ENUM_LABELS)) {
    for (const labels of Object.values(fields)) {
      for (const [value, label] of Object.entries(labels)) {
        if (value in SHARED_VALUE_LABELS) continue;
        if (value in out && out[value] !== label) conflicts.push(`${value}: «${out[value]}» / «${label}»`);
        out[value] = label;
      }
    }
  }
  if (conflicts.length) throw new Error(`Enumeration values with two labels: ${conflicts.join('; ')}`);
  return { ...out, ...SHARED_VALUE_LABELS };
}

/** The label of one value of one attribute (list cells), the raw value when unknown. */
export function enumLabel(apiName: string, field: string, value: unknown): string {
  if (typeof value !== 'string') return value == null ? '' : String(value);
  return ENUM_LABELS[apiName]?.[field]?.[value] ?? SHARED_VALUE_LABELS[value] ?? value;
}
