/**
 * The rules of the public relations sector that the Document Service middlewares enforce: one entry
 * point for the glue code. Campaigns and events are in `campaign-rules.ts`, publications in
 * `publication-rules.ts`; all are pure functions of plain values that never mutate their input.
 */
export type { RuleViolation } from '../errors';
export {
  checkCampaign,
  checkEventWithinCampaign,
  type CampaignChange,
  type CampaignEventTiming,
  type CampaignKpi,
  type CampaignPeriod,
  type CampaignSnapshot,
} from './campaign-rules';
export {
  DEFAULT_APPEAL_ANSWER_TITLE,
  checkPublicationBeforePublish,
  prefillAppealAnswer,
  sourcesOf,
  type AnsweredAppeal,
  type AppealAnswerPrefill,
  type PublicationDraft,
} from './publication-rules';
export { allowedNextCampaignStates, canTransitionCampaign, isCampaignState } from './campaign-states';
export { checkMonitoringReport, type MonitoringReportSnapshot } from './monitoring-rules';
