import { isBlank, isOneOf } from '../register/values';
import { violation } from '../register/violation';
import { isIsoDate, kyivDate } from '../calendar';
import type { RuleViolation } from '../errors';
import { formatIsoDate, formatKyivDateTime } from '../terms';
import {
  CAMPAIGN_STATE_TABLE,
  allowedNextCampaignStates,
  canTransitionCampaign,
  isCampaignState,
} from './campaign-states';
import { COMMUNICATION_CHANNELS, CampaignState } from './vocabulary';

/**
 * Rules of communication campaigns and their events (Regulation of the public relations sector, 3.1:
 * campaigns, communication events, reports to management; every item has a responsible person and dates).
 * Pure checks over plain values: the Document Service middleware passes the persisted and the proposed
 * campaign and refuses the write with the violation returned.
 */

const REGULATION = 'п. 3.1 Положення про сектор роботи з громадськістю';

export interface CampaignKpi {
  metric: string;
  unit?: string | null;
  target: number | null;
  actual: number | null;
}

export interface CampaignSnapshot {
  title: string | null;
  goal: string | null;
  /** YYYY-MM-DD, a Kyiv calendar date */
  startsOn: string | null;
  /** YYYY-MM-DD, inclusive */
  endsOn: string | null;
  campaignState: CampaignState;
  channels: string[];
  responsibleId: string | number | null;
  kpis: CampaignKpi[];
  finalReport: string | null;
}

export interface CampaignChange {
  /** null on create: a campaign may be entered in any state that its data supports (e.g. a past one as completed). */
  before: CampaignSnapshot | null;
  after: CampaignSnapshot;
}

/** The first broken rule of the proposed campaign, or null. Never mutates its input. */
export function checkCampaign({ before, after }: CampaignChange): RuleViolation | null {
  if (!isCampaignState(after.campaignState)) {
    return violation(
      'campaignState',
      'campaign.state_unknown',
      `Невідомий стан кампанії «${String(after.campaignState)}». Оберіть стан зі списку.`,
    );
  }
  return (
    checkPeriod(after) ??
    checkChannels(after) ??
    checkKpis(after) ??
    checkTransition(before, after) ??
    checkStateRequirements(after)
  );
}

function checkPeriod(c: CampaignSnapshot): RuleViolation | null {
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = c[field];
    if (!isBlank(value) && !isIsoDate(value)) {
      return violation(
        field,
        `campaign.${field === 'startsOn' ? 'starts_on' : 'ends_on'}_invalid`,
        `Дату «${String(value)}» не розпізнано. Оберіть дату в календарі.`,
      );
    }
  }
  if (isIsoDate(c.startsOn) && isIsoDate(c.endsOn) && c.endsOn < c.startsOn) {
    return violation(
      'endsOn',
      'campaign.period_reversed',
      `Дата завершення кампанії ${formatIsoDate(c.endsOn)} раніша за дату початку ${formatIsoDate(c.startsOn)}. ` +
        'Виправте період кампанії: завершення — того ж дня, що й початок, або пізніше.',
    );
  }
  return null;
}

function checkChannels(c: CampaignSnapshot): RuleViolation | null {
  const unknown = (c.channels ?? []).find((channel) => !isOneOf(COMMUNICATION_CHANNELS, channel));
  if (unknown === undefined) return null;
  return violation(
    'channels',
    'campaign.channel_unknown',
    `Невідомий канал комунікації «${String(unknown)}». Оберіть канали зі списку.`,
  );
}

function checkKpis(c: CampaignSnapshot): RuleViolation | null {
  for (const [index, kpi] of (c.kpis ?? []).entries()) {
    const position = `Показник № ${index + 1}`;
    if (isBlank(kpi.metric)) {
      return violation(
        'kpis',
        'campaign.kpi_metric_required',
        `${position}: вкажіть, що саме вимірюється (наприклад, «охоплення публікацій»), інакше за ним неможливо звітувати (${REGULATION}).`,
      );
    }
    for (const field of ['target', 'actual'] as const) {
      const value = kpi[field];
      if (value !== null && value !== undefined && !(typeof value === 'number' && Number.isFinite(value))) {
        return violation(
          'kpis',
          'campaign.kpi_value_invalid',
          `${position} «${kpi.metric}»: значення має бути числом.`,
        );
      }
    }
  }
  return null;
}

function checkTransition(before: CampaignSnapshot | null, after: CampaignSnapshot): RuleViolation | null {
  if (before === null || before.campaignState === after.campaignState) return null;
  const from = before.campaignState;
  const to = after.campaignState;
  if (canTransitionCampaign(from, to)) return null;
  const label = (s: CampaignState): string => CAMPAIGN_STATE_TABLE[s]?.label ?? String(s);
  const allowed = allowedNextCampaignStates(from);
  return violation(
    'campaignState',
    'campaign.transition_not_allowed',
    allowed.length === 0
      ? `Кампанія у стані «${label(from)}» більше не змінює стан: звіт про неї вже подано керівництву. ` +
          'Для нового етапу створіть нову кампанію.'
      : `Перехід кампанії зі стану «${label(from)}» у стан «${label(to)}» не передбачено. ` +
          `Можливі стани: ${allowed.map((s) => `«${label(s)}»`).join(', ')}.`,
  );
}

function checkStateRequirements(c: CampaignSnapshot): RuleViolation | null {
  if (c.campaignState === 'active') {
    if ((c.channels ?? []).length === 0) {
      return violation(
        'channels',
        'campaign.active_channel_required',
        'Щоб розпочати кампанію (стан «триває»), оберіть хоча б один канал комунікації: вебсайт, соціальні мережі, ' +
          `ЗМІ чи заходи (${REGULATION}).`,
      );
    }
    if (isBlank(c.responsibleId)) {
      return violation(
        'responsibleId',
        'campaign.active_responsible_required',
        `Щоб розпочати кампанію (стан «триває»), призначте відповідального працівника сектору (${REGULATION}).`,
      );
    }
    if (isBlank(c.startsOn)) {
      return violation(
        'startsOn',
        'campaign.active_start_required',
        'Щоб розпочати кампанію (стан «триває»), вкажіть дату її початку.',
      );
    }
  }
  if (c.campaignState === 'completed') {
    if (isBlank(c.finalReport)) {
      return violation(
        'finalReport',
        'campaign.completed_report_required',
        'Щоб завершити кампанію, внесіть підсумковий звіт: сектор подає звіти про кампанії вищому керівництву ' +
          `(${REGULATION}).`,
      );
    }
    const unmeasured = (c.kpis ?? [])
      .filter((kpi) => kpi.actual === null || kpi.actual === undefined)
      .map((kpi) => `«${kpi.metric}»`);
    if (unmeasured.length > 0) {
      return violation(
        'kpis',
        'campaign.completed_kpi_actual_required',
        `Щоб завершити кампанію, внесіть фактичні значення всіх показників; не заповнено: ${unmeasured.join(', ')}. ` +
          `Без них звіт не показує, чи досягнуто мети (${REGULATION}).`,
      );
    }
    if (isBlank(c.endsOn)) {
      return violation(
        'endsOn',
        'campaign.completed_end_required',
        'Щоб завершити кампанію, вкажіть дату її завершення.',
      );
    }
  }
  return null;
}

export interface CampaignEventTiming {
  startsAt: Date;
  endsAt: Date | null;
}

export type CampaignPeriod = Pick<CampaignSnapshot, 'startsOn' | 'endsOn'>;

/**
 * An event ends no earlier than it starts, and an event of a campaign falls within the campaign's dates.
 * The campaign's dates are Kyiv calendar dates, so an event at 23:30 Kyiv on the last day is inside even
 * though it is already the next day in UTC. `campaign` null = the event belongs to no campaign.
 */
export function checkEventWithinCampaign(
  event: CampaignEventTiming,
  campaign: CampaignPeriod | null,
): RuleViolation | null {
  if (!isValidDate(event.startsAt)) {
    return violation('startsAt', 'event.starts_at_invalid', 'Вкажіть дату і час початку заходу.');
  }
  if (event.endsAt !== null && event.endsAt !== undefined) {
    if (!isValidDate(event.endsAt)) {
      return violation(
        'endsAt',
        'event.ends_at_invalid',
        'Дату завершення заходу не розпізнано. Оберіть дату і час у календарі.',
      );
    }
    if (event.endsAt.getTime() < event.startsAt.getTime()) {
      return violation(
        'endsAt',
        'event.ends_before_start',
        `Захід не може завершитися (${formatKyivDateTime(event.endsAt)}) раніше, ніж почався ` +
          `(${formatKyivDateTime(event.startsAt)}). Виправте час завершення.`,
      );
    }
  }
  if (campaign === null || campaign === undefined) return null;
  const period = describePeriod(campaign);
  if (isIsoDate(campaign.startsOn) && kyivDate(event.startsAt) < campaign.startsOn) {
    return violation(
      'startsAt',
      'event.before_campaign',
      `Захід починається ${formatKyivDateTime(event.startsAt)}, до початку кампанії (${period}). ` +
        'Перенесіть захід у межі кампанії або змініть її період.',
    );
  }
  const last = event.endsAt ?? event.startsAt;
  if (isIsoDate(campaign.endsOn) && kyivDate(last) > campaign.endsOn) {
    return violation(
      event.endsAt ? 'endsAt' : 'startsAt',
      'event.after_campaign',
      `Захід триває до ${formatKyivDateTime(last)}, після завершення кампанії (${period}). ` +
        'Перенесіть захід у межі кампанії або змініть її період.',
    );
  }
  return null;
}

function describePeriod(c: CampaignPeriod): string {
  const from = isIsoDate(c.startsOn) ? `з ${formatIsoDate(c.startsOn)}` : '';
  const to = isIsoDate(c.endsOn) ? `по ${formatIsoDate(c.endsOn)}` : '';
  return [from, to].filter(Boolean).join(' ');
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
