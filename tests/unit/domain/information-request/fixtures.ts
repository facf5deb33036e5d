import type { InformationRequestSnapshot } from '../../../../src/domain/information-request/rules';

export { INDEPENDENCE_DAY_2026, NEW_YEAR_2026, calendar, settings } from '../fixtures';

/**
 * A request received Monday 2 February 2026 at 10:00 Kyiv (08:00Z, UTC+2), not urgent, registered.
 * 5 working days: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 → due at the end of Monday 9 February in Kyiv.
 * 20 working days (the extension limit) end on Monday 2 March.
 */
export const RECEIVED_AT = new Date('2026-02-02T10:00:00+02:00');
export const DUE_AT = new Date('2026-02-09T21:59:59.999Z');

export function registeredRequest(overrides: Partial<InformationRequestSnapshot> = {}): InformationRequestSnapshot {
  return {
    receivedAt: RECEIVED_AT,
    urgent: false,
    urgencyGround: null,
    urgencyJustification: null,
    workflowState: 'registered',
    dueAt: DUE_AT,
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
    extensionGround: null,
    publicInterest: false,
    urgencyMarkedByCouncil: false,
    urgencyCouncilReason: null,
    refusalOfficialName: null,
    refusalOfficialPosition: null,
    refusalAppealProcedure: null,
    assigneeId: null,
    registrationNumber: 'ЗІ-5/2026',
    ...overrides,
  };
}
