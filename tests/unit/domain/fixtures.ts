import type { Calendar, CalendarDay } from '../../../src/domain/calendar';
import type { TermSettings } from '../../../src/domain/terms';
import type { AppealSnapshot } from '../../../src/domain/appeal/rules';

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
    ...overrides,
  };
}
