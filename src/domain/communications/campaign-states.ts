import { CAMPAIGN_STATES, CAMPAIGN_STATE_LABELS, CampaignState } from './vocabulary';

/**
 * The life of a communication campaign (Regulation of the public relations sector, 3.1: the sector
 * «формує та провадить комунікаційні кампанії» and reports on them), in one table.
 *
 * - planned → active (the campaign starts) or cancelled (it will not happen);
 * - active → completed (the final report is in) or cancelled (stopped midway: an emergency, a ban on
 *   mass events under martial law);
 * - completed → nothing: the report has gone to management and the KPIs are the record;
 * - cancelled → planned: a cancelled campaign is in practice usually postponed (air-raid alerts, a lost
 *   venue), and planning it again keeps its goal, KPIs and history in one record instead of a duplicate.
 *   It must pass through `planned` again, so it never jumps back to `active` without being re-planned.
 */
interface CampaignStateDefinition {
  label: string;
  next: readonly CampaignState[];
}

export const CAMPAIGN_STATE_TABLE: Readonly<Record<CampaignState, CampaignStateDefinition>> = {
  planned: { label: CAMPAIGN_STATE_LABELS.planned, next: ['active', 'cancelled'] },
  active: { label: CAMPAIGN_STATE_LABELS.active, next: ['completed', 'cancelled'] },
  completed: { label: CAMPAIGN_STATE_LABELS.completed, next: [] },
  cancelled: { label: CAMPAIGN_STATE_LABELS.cancelled, next: ['planned'] },
};

export function isCampaignState(value: unknown): value is CampaignState {
  return typeof value === 'string' && (CAMPAIGN_STATES as readonly string[]).includes(value);
}

/** Staying in the same state is not a transition (false). */
export function canTransitionCampaign(from: CampaignState, to: CampaignState): boolean {
  return isCampaignState(from) && CAMPAIGN_STATE_TABLE[from].next.includes(to);
}

export function allowedNextCampaignStates(from: CampaignState): readonly CampaignState[] {
  return isCampaignState(from) ? CAMPAIGN_STATE_TABLE[from].next : [];
}
