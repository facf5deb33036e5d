import type { Calendar, CalendarDay } from '../../../src/domain/calendar';
import type { TermSettings } from '../../../src/domain/terms';
import type { AppealSnapshot } from '../../../src/domain/appeal/rules';
import type { EarlierAppealFacts } from '../../../src/domain/appeal/snapshot';

/** Peacetime days off used across the tests (1 January is a Thursday in 2026, 24 August a Monday). */
export const NEW_YEAR_2026: CalendarDay = { date: '2026-01-01', kind: 'holiday' };
export const INDEPENDENCE_DAY_2026: CalendarDay = { date: '2026-08-24', kind: 'holiday' };

export function calendar(martialLaw: boolean, days: CalendarDay[] = [NEW_YEAR_2026, INDEPENDENCE_DAY_2026]): Calendar {
  return { martialLaw, days };
}

export function settings(
  martialLaw = true,
  nonWorkingDayRule: TermSettings['nonWorkingDayRule'] = 'next',
  days?: CalendarDay[],
): TermSettings {
  return { calendar: calendar(martialLaw, days), nonWorkingDayRule };
}

/** An appeal received Monday 2 February 2026 at 10:00 Kyiv (UTC+2), registered, term of one month. */
export function registeredAppeal(overrides: Partial<AppealSnapshot> = {}): AppealSnapshot {
  return {
    receivedAt: new Date('2026-02-02T10:00:00+02:00'),
    needsAdditionalStudy: true,
    authorKind: 'individual',
    channel: 'written',
    workflowState: 'registered',
    dueAt: new Date('2026-03-02T21:59:59.999Z'),
    extendedUntil: null,
    extensionReason: null,
    extensionApprovedById: null,
    extensionDecidedAt: null,
    shortenedTermDemand: null,
    shortenedTermDemandedAt: null,
    shortenedUntil: null,
    applicantNotifiedOfExtensionAt: null,
    privilegeCategory: null,
    answerText: null,
    answerOutcome: null,
    answeredAt: null,
    notConsideredReason: null,
    forwardedTo: null,
    forwardedAt: null,
    returnReason: null,
    assigneeId: null,
    applicantFullName: 'Шевченко Тарас Григорович',
    applicantPrivileged: false,
    contactCenterCardNumber: null,
    registrationNumber: 'Ш-17/2026',
    appealType: 'application',
    recurrence: 'primary',
    returnedAt: null,
    forwardingNoticeAt: null,
    challengedBody: null,
    challengedDecisionOn: null,
    learnedOfDecisionOn: null,
    complaintTermRestored: false,
    complaintTermRestoreReason: null,
    earlierAppealId: null,
    earlierAppeal: null,
    notConsideredDecidedById: null,
    notConsideredDecidedAt: null,
    notConsideredNoticeAt: null,
    reportsOffence: null,
    refusalReasons: null,
    refusalLegalBasis: null,
    refusalAppealProcedure: null,
    petitionSignatureThreshold: null,
    petitionCollectionStartsOn: null,
    petitionCollectionEndsOn: null,
    petitionSignatures: null,
    petitionConsiderationPublishedAt: null,
    petitionAnswerPublishedAt: null,
    ...overrides,
  };
}

/** The earlier appeal of the same applicant, answered on the merits on 20 January 2026 (Art. 8). */
export const EARLIER_ANSWERED: EarlierAppealFacts = {
  registrationNumber: 'Ш-3/2026',
  workflowState: 'closed',
  receivedAt: new Date('2026-01-05T09:00:00+02:00'),
  answeredAt: new Date('2026-01-20T12:00:00+02:00'),
  answerText: 'Ремонт покрівлі включено до плану на 2026 рік.',
  forwardedTo: null,
  applicantFullName: 'Шевченко Тарас Григорович',
  duplicateCount: 0,
};

/** What Art. 8 needs besides the ground itself, per ground (the link of a repeated appeal, the complaint's dates, who decided). */
export const NOT_CONSIDERED_DATA: Readonly<Record<string, Partial<AppealSnapshot>>> = {
  anonymous: {},
  repeated_already_decided: { earlierAppealId: 41, earlierAppeal: EARLIER_ANSWERED, recurrence: 'repeated', notConsideredDecidedById: 3 },
  complaint_term_missed: { appealType: 'complaint', challengedDecisionOn: '2024-11-01', notConsideredDecidedById: 3 },
  incapable_person: { notConsideredDecidedById: 3 },
};
