/**
 * The edit form in sections, in the order of the work: registration, applicant, content and topic, routing,
 * consideration, answer, extension, forwarding/return. Each section is a panel of its own; a field of the type that
 * no section names lands in the last one. `laterStates`: the section belongs to a later stage and is shown collapsed
 * (its heading stays, one click opens it) until the item reaches one of these states or one of its fields is filled.
 */
export interface EditSection {
  title: string;
  fields: string[];
  /** Open once the item is in one of these states (or any of `fields` holds a value); collapsed before. */
  openIn?: string[];
}

export const EDIT_SECTIONS: Record<string, EditSection[]> = {
  'api::appeal.appeal': [
    {
      title: 'Реєстрація',
      fields: [
        'registrationNumber', 'receivedAt', 'channel', 'contactCenterCardNumber', 'contactCenterReportedAt', 'appealType', 'authorKind',
        'reportsOffence', 'recurrence', 'earlierAppeal',
        'petitionSignatureThreshold', 'petitionCollectionStartsOn', 'petitionCollectionEndsOn', 'petitionSignatures',
        'petitionConsiderationPublishedAt', 'petitionAnswerPublishedAt',
      ],
    },
    { title: 'Заявник', fields: ['applicant', 'priority', 'privilegeCategory', 'personalConsiderationByHead', 'personalConsiderationBasis'] },
    {
      title: 'Зміст і тематика',
      fields: ['subject', 'text', 'topic', 'challengedBody', 'challengedDecisionOn', 'learnedOfDecisionOn', 'complaintTermRestored', 'complaintTermRestoreReason'],
    },
    { title: 'Розподіл', fields: ['department', 'assignee', 'routingReason', 'assignmentNote'] },
    {
      title: 'Розгляд',
      fields: [
        'workflowState', 'needsAdditionalStudy', 'shortenedTermDemand', 'shortenedTermDemandedAt', 'shortenedUntil', 'dueAt', 'controlDueAt',
        'notConsideredReason', 'notConsideredDecidedBy', 'notConsideredDecidedAt', 'notConsideredNoticeAt',
      ],
    },
    {
      title: 'Відповідь',
      fields: ['answerText', 'answerOutcome', 'refusalReasons', 'refusalLegalBasis', 'refusalAppealProcedure', 'answeredAt', 'answeredLate'],
      openIn: ['in_progress', 'answered', 'closed'],
    },
    {
      title: 'Продовження строку',
      fields: ['extendedUntil', 'extensionReason', 'extensionApprovedBy', 'extensionDecidedAt', 'extensionNoticeRequired', 'applicantNotifiedOfExtensionAt'],
      openIn: ['assigned', 'in_progress'],
    },
    {
      title: 'Пересилання або повернення',
      fields: ['forwardedTo', 'forwardedAt', 'forwardedLate', 'forwardingNoticeAt', 'returnReason', 'returnedAt', 'returnedLate'],
      openIn: ['forwarded', 'returned'],
    },
  ],
  'api::information-request.information-request': [
    {
      title: 'Реєстрація',
      fields: ['registrationNumber', 'receivedAt', 'channel', 'urgent', 'urgencyGround', 'urgencyJustification', 'urgencyMarkedByCouncil', 'urgencyCouncilReason'],
    },
    { title: 'Запитувач', fields: ['requester', 'aboutRequester'] },
    { title: 'Зміст запиту', fields: ['requestText', 'publicInterest'] },
    { title: 'Розподіл', fields: ['department', 'assignee', 'routingReason', 'assignmentNote'] },
    {
      title: 'Розгляд',
      fields: ['workflowState', 'dueAt', 'controlDueAt', 'refusalGround', 'refusalExplanation', 'refusalOfficialName', 'refusalOfficialPosition', 'refusalAppealProcedure'],
    },
    {
      title: 'Відповідь',
      fields: ['answerText', 'answerOutcome', 'answeredAt', 'answeredLate', 'pages', 'copyingCharge', 'requestAppeals'],
      openIn: ['in_progress', 'answered', 'closed'],
    },
    {
      title: 'Продовження строку',
      fields: ['extendedUntil', 'extensionGround', 'extensionReason', 'requesterNotifiedOfExtensionAt'],
      openIn: ['assigned', 'in_progress'],
    },
    { title: 'Надсилання розпоряднику', fields: ['forwardedTo', 'forwardedAt', 'requesterNotifiedOfForwardingAt', 'forwardedLate', 'forwardingNoticeLate'], openIn: ['forwarded'] },
  ],
};

/** The section of `field`, or the last section of the type. */
export function sectionOf(sections: EditSection[], field: string): number {
  const at = sections.findIndex((s) => s.fields.includes(field));
  return at === -1 ? sections.length - 1 : at;
}

interface Cell {
  name: string;
  size: number;
}

/**
 * The edit layout's fields regrouped into one panel per section: within a section the fields keep the order the
 * section names them in, and rows are filled up to the grid's 12 columns.
 */
export function sectionPanels<C extends Cell>(panels: C[][][], sections: EditSection[]): C[][][] {
  const cells = panels.flat(2);
  const grouped: C[][] = sections.map(() => []);
  for (const cell of cells) grouped[sectionOf(sections, cell.name)].push(cell);
  return grouped
    .map((group, i) =>
      [...group].sort((a, b) => rank(sections[i], a.name) - rank(sections[i], b.name)),
    )
    .filter((group) => group.length > 0)
    .map((group) => {
      const rows: C[][] = [];
      let width = 12;
      for (const cell of group) {
        const size = Math.min(12, cell.size || 12);
        if (width + size > 12) {
          rows.push([]);
          width = 0;
        }
        rows[rows.length - 1].push(cell);
        width += size;
      }
      return rows;
    });
}

const rank = (section: EditSection, field: string) => {
  const at = section.fields.indexOf(field);
  return at === -1 ? Number.MAX_SAFE_INTEGER : at;
};
