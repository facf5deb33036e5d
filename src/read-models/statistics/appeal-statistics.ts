import type { Core } from '@strapi/strapi';
import { APPEAL_CHANNEL_LABELS, APPEAL_TYPE_LABELS, ANSWER_OUTCOME_LABELS } from '../../domain/appeal/vocabulary';
import { APPEAL_STATE_LABELS, OPEN_APPEAL_STATES } from '../../domain/appeal/states';
import { INFORMATION_ANSWER_OUTCOME_LABELS, INFORMATION_REQUEST_CHANNEL_LABELS } from '../../domain/information-request/vocabulary';
import { INFORMATION_REQUEST_STATE_LABELS, OPEN_INFORMATION_REQUEST_STATES } from '../../domain/information-request/states';
import { statisticsPeriod } from '../../domain/statistics/period';
import { registerStatistics, type RegisterShape, type RegisterStatistics } from './register-statistics';
import { ensureStatisticsRollup, refreshStatisticsRollup, rolledUpStatistics } from './statistics-rollup';

const APPEALS: RegisterShape = {
  key: 'appeal',
  uid: 'api::appeal.appeal',
  openStates: OPEN_APPEAL_STATES,
  outcomeStates: ['forwarded', 'returned', 'not_considered'],
  labels: {
    channel: APPEAL_CHANNEL_LABELS,
    type: APPEAL_TYPE_LABELS,
    outcome: { ...ANSWER_OUTCOME_LABELS, forwarded: APPEAL_STATE_LABELS.forwarded, returned: APPEAL_STATE_LABELS.returned, not_considered: APPEAL_STATE_LABELS.not_considered },
  },
  typeAttribute: 'appealType',
  topicAttribute: 'topic',
};

const INFORMATION_REQUESTS: RegisterShape = {
  key: 'information_request',
  uid: 'api::information-request.information-request',
  openStates: OPEN_INFORMATION_REQUEST_STATES,
  outcomeStates: ['forwarded', 'refused'],
  labels: {
    channel: INFORMATION_REQUEST_CHANNEL_LABELS,
    outcome: { ...INFORMATION_ANSWER_OUTCOME_LABELS, forwarded: INFORMATION_REQUEST_STATE_LABELS.forwarded, refused: INFORMATION_REQUEST_STATE_LABELS.refused },
  },
};

export interface AppealStatistics {
  from: string;
  to: string;
  appeals: RegisterStatistics;
  informationRequests: RegisterStatistics;
}

const SHAPES = [APPEALS, INFORMATION_REQUESTS] as const;

/** At start-up: the public statistics' monthly roll-up, its tables and triggers (./statistics-rollup.ts). */
export function ensureStatisticsTables(strapi: Core.Strapi): Promise<void> {
  return ensureStatisticsRollup(strapi, SHAPES);
}

/**
 * Aggregate statistics of appeals and information requests received in a period (Kyiv dates, inclusive). `restrict`
 * limits a register's rows to a caller's scope (the admin reports): those are counted live from the rows. Without it
 * (the public statistics) whole months come from the monthly roll-up, brought up to date first, and the rest live;
 * the figures are the same (see ./register-statistics.ts).
 */
export async function appealStatistics(
  strapi: Core.Strapi,
  from: unknown,
  to: unknown,
  now = new Date(),
  restrict?: (uid: string) => (query: any) => void,
): Promise<AppealStatistics> {
  const period = statisticsPeriod(from, to);
  if (restrict) {
    const [appeals, informationRequests] = await Promise.all([
      registerStatistics(strapi, APPEALS, period, now, restrict(APPEALS.uid)),
      registerStatistics(strapi, INFORMATION_REQUESTS, period, now, restrict(INFORMATION_REQUESTS.uid)),
    ]);
    return { from: period.from, to: period.to, appeals, informationRequests };
  }
  await refreshStatisticsRollup(strapi, SHAPES);
  const [appeals, informationRequests] = await Promise.all([
    rolledUpStatistics(strapi, APPEALS, period, now),
    rolledUpStatistics(strapi, INFORMATION_REQUESTS, period, now),
  ]);
  return { from: period.from, to: period.to, appeals, informationRequests };
}
