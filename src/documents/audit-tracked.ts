/**
 * Content types whose every change is recorded, with their personal-data fields (recorded as changed, never copied).
 * Types not yet in the codebase are listed too: the trail starts recording them as soon as they exist.
 *
 * Answer texts are treated as personal data: an answer is addressed to the person and routinely repeats their name,
 * address and the substance of the appeal; the anonymized version for the website is a separate publication.
 */
export const TRACKED: Record<string, { personal: string[] }> = {
  'api::appeal.appeal': { personal: ['applicant', 'text', 'answerText'] },
  'api::information-request.information-request': { personal: ['requester', 'requestText', 'answerText'] },
  'api::position.position': { personal: [] },
  'api::job-instruction.job-instruction': { personal: [] },
  'api::publication.publication': { personal: [] },
  'api::campaign.campaign': { personal: [] },
  'api::term-correction.term-correction': { personal: [] },
};

export const AUDIT_UID = 'api::audit-entry.audit-entry';

/** Document Service actions and the action names the trail stores. */
export const AUDITED_ACTIONS: Record<string, string> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discard_draft',
};
