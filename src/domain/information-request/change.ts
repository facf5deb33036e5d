import type { TermSettings } from '../terms';
import { isBlank, sameValue } from '../appeal/change';
import type { InformationRequestDecisionInput, InformationRequestPatch, InformationRequestSnapshot } from './rules';

/**
 * One proposed change of an information request, as the rule checks see it: what was persisted,
 * what the patch asks for, and the merged result. Built once per decision; nothing here is ever mutated.
 */
export interface InformationRequestChange {
  isCreate: boolean;
  before: InformationRequestSnapshot | null;
  patch: InformationRequestPatch;
  /** `before` with every field the patch mentions (not `undefined`) replaced. */
  after: InformationRequestSnapshot;
  now: Date;
  settings: TermSettings;
}

/** What a new request holds before the patch: the schema defaults. */
const NEW_INFORMATION_REQUEST: InformationRequestSnapshot = {
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

export function buildChange(input: InformationRequestDecisionInput): InformationRequestChange {
  const mentioned = Object.fromEntries(Object.entries(input.patch).filter(([, value]) => value !== undefined));
  return {
    isCreate: input.before === null,
    before: input.before,
    patch: input.patch,
    after: { ...NEW_INFORMATION_REQUEST, ...(input.before ?? {}), ...mentioned },
    now: input.now,
    settings: input.settings,
  };
}

/**
 * The patch mentions one of these fields with a value different from the persisted one. The same rule
 * as `touched` of the appeal module, built on its `isBlank`/`sameValue`; that one is typed to
 * `AppealChange`, so it cannot be called with a request change.
 */
export function touched(change: InformationRequestChange, ...fields: (keyof InformationRequestSnapshot)[]): boolean {
  return fields.some((field) => {
    const proposed = change.patch[field];
    if (proposed === undefined) return false;
    return change.before === null ? !isBlank(proposed) : !sameValue(proposed, change.before[field]);
  });
}
