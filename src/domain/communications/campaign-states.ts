import { workflow, type StateTable, type Workflow } from '../register/states';
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
export const CAMPAIGN_STATE_TABLE: StateTable<CampaignState> = {
  planned: { label: CAMPAIGN_STATE_LABELS.planned, next: ['active', 'cancelled'] },
  active: { label: CAMPAIGN_STATE_LABELS.active, next: ['completed', 'cancelled'] },
  completed: { label: CAMPAIGN_STATE_LABELS.completed, next: [] },
  cancelled: { label: CAMPAIGN_STATE_LABELS.cancelled, next: ['planned'] },
};

/** A campaign has no legal term: no state is open, nothing is ever overdue. */
export const CAMPAIGN_WORKFLOW: Workflow<CampaignState> = workflow(CAMPAIGN_STATES, CAMPAIGN_STATE_TABLE);

export const isCampaignState = CAMPAIGN_WORKFLOW.isState;
/** Staying in the same state is not a transition (false). */
export const canTransitionCampaign = CAMPAIGN_WORKFLOW.canTransition;
export const allowedNextCampaignStates = CAMPAIGN_WORKFLOW.allowedNext;
