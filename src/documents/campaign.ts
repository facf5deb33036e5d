import type { Core } from '@strapi/strapi';
import { storedIsoDate } from './stored-values';
import { errors } from '@strapi/utils';
import { checkCampaign, checkEventWithinCampaign, type CampaignKpi, type CampaignSnapshot } from '../domain/communications/rules';
import type { RuleViolation } from '../domain/errors';
import { readInstant, readIsoDate, readNumber, readRelation, readText, refuse } from './input';

/**
 * Communication campaigns and their events: gathers the stored and the proposed values and asks
 * `src/domain/communications` (campaign-rules.ts). Runs for every caller before anything is written.
 */

export const CAMPAIGN_UID = 'api::campaign.campaign';
export const EVENT_UID = 'api::communication-event.communication-event';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

export function refuseViolation(violation: RuleViolation | null): void {
  if (violation) refuse(violation.field, violation.message, violation.rule);
}

export function campaignRules(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== CAMPAIGN_UID || (action !== 'create' && action !== 'update')) return next();
    const data = readData(params.data);
    const before = action === 'update' ? await loadCampaign(strapi, params.documentId) : null;
    const after = mergeCampaign(before, data);
    refuseViolation(checkCampaign({ before, after }));
    if (before && (before.startsOn !== after.startsOn || before.endsOn !== after.endsOn)) {
      await checkEventsStillInside(strapi, params.documentId, after);
    }
    return next();
  };
}

export function communicationEventRules(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== EVENT_UID || (action !== 'create' && action !== 'update')) return next();
    const data = readData(params.data);
    let before: any = null;
    if (action === 'update') {
      before = await strapi.db.query(EVENT_UID).findOne({ where: { documentId: params.documentId }, populate: { campaign: { select: ['documentId'] } } });
      if (!before) throw new errors.NotFoundError('Захід не знайдено.');
    }
    const startsAt = 'startsAt' in data ? readInstant(data.startsAt, 'startsAt') : before?.startsAt ? new Date(before.startsAt) : null;
    const endsAt = 'endsAt' in data ? readInstant(data.endsAt, 'endsAt') : before?.endsAt ? new Date(before.endsAt) : null;
    const ref = readRelation(data.campaign, 'campaign');
    const campaignRef = ref === undefined ? before?.campaign?.documentId ?? null : ref;
    const campaign = campaignRef === null ? null : await loadCampaignPeriod(strapi, campaignRef);
    refuseViolation(checkEventWithinCampaign({ startsAt: startsAt as Date, endsAt }, campaign));
    return next();
  };
}

function readData(data: unknown): Record<string, any> {
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) refuse('data', 'Дані запису мають бути об’єктом.');
  return data as Record<string, any>;
}

async function loadCampaign(strapi: Core.Strapi, documentId: unknown): Promise<CampaignSnapshot> {
  if (typeof documentId !== 'string' || !documentId) refuse('documentId', 'Не вказано, яку кампанію змінити.');
  const row: any = await strapi.db.query(CAMPAIGN_UID).findOne({
    where: { documentId },
    populate: { responsible: { select: ['documentId'] }, kpis: true },
  });
  if (!row) throw new errors.NotFoundError('Кампанію не знайдено.');
  return {
    title: row.title ?? null,
    goal: row.goal ?? null,
    startsOn: storedIsoDate(row.startsOn),
    endsOn: storedIsoDate(row.endsOn),
    campaignState: row.campaignState ?? 'planned',
    channels: Array.isArray(row.channels) ? row.channels : [],
    responsibleId: row.responsible?.documentId ?? null,
    kpis: (row.kpis ?? []).map((k: any) => ({ metric: k.metric, unit: k.unit ?? null, target: numberOf(k.target), actual: numberOf(k.actual) })),
    finalReport: row.finalReport ?? null,
  };
}

function mergeCampaign(before: CampaignSnapshot | null, data: Record<string, any>): CampaignSnapshot {
  const text = (field: 'title' | 'goal' | 'finalReport') => (field in data ? readText(data[field], field) : before?.[field] ?? null);
  const date = (field: 'startsOn' | 'endsOn') => (field in data ? readIsoDate(data[field], field) : before?.[field] ?? null);
  const responsible = readRelation(data.responsible, 'responsible');
  return {
    title: text('title'),
    goal: text('goal'),
    finalReport: text('finalReport'),
    startsOn: date('startsOn'),
    endsOn: date('endsOn'),
    campaignState: 'campaignState' in data && data.campaignState ? data.campaignState : before?.campaignState ?? 'planned',
    channels: 'channels' in data ? readChannels(data.channels) : before?.channels ?? [],
    responsibleId: responsible === undefined ? before?.responsibleId ?? null : responsible,
    kpis: 'kpis' in data ? readKpis(data.kpis) : before?.kpis ?? [],
  };
}

/** A JSON list of channel codes; the domain refuses unknown codes by name. */
function readChannels(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  const list = typeof value === 'string' ? parseJson(value) : value;
  if (!Array.isArray(list)) {
    refuse('channels', 'Канали комунікації — це список, наприклад ["website", "facebook", "telegram"].', 'campaign.channels_not_list');
  }
  return (list as unknown[]).map((c) => (typeof c === 'string' ? c : JSON.stringify(c)));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function readKpis(value: unknown): CampaignKpi[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) refuse('kpis', 'Показники кампанії — це список.');
  return (value as any[]).map((k, i) => {
    if (!k || typeof k !== 'object') refuse(`kpis.${i}`, `Показник № ${i + 1} має бути об’єктом з полями metric, unit, target, actual.`);
    return {
      metric: readText(k.metric, `kpis.${i}.metric`) ?? '',
      unit: readText(k.unit, `kpis.${i}.unit`),
      target: readNumber(k.target, `kpis.${i}.target`),
      actual: readNumber(k.actual, `kpis.${i}.actual`),
    };
  });
}

async function loadCampaignPeriod(strapi: Core.Strapi, ref: string | number) {
  const where = typeof ref === 'number' ? { id: ref } : { documentId: ref };
  const row: any = await strapi.db.query(CAMPAIGN_UID).findOne({ where, select: ['startsOn', 'endsOn'] });
  if (!row) refuse('campaign', 'Кампанію, до якої належить захід, не знайдено.', 'event.campaign_not_found');
  return { startsOn: storedIsoDate(row.startsOn), endsOn: storedIsoDate(row.endsOn) };
}

/** Moving a campaign's dates must not leave its events outside it (п. 3.1 Положення). */
async function checkEventsStillInside(strapi: Core.Strapi, documentId: string, campaign: CampaignSnapshot): Promise<void> {
  const events: any[] = await strapi.db.query(EVENT_UID).findMany({
    where: { campaign: { documentId } },
    select: ['title', 'startsAt', 'endsAt'],
  });
  for (const event of events) {
    const violation = checkEventWithinCampaign(
      { startsAt: new Date(event.startsAt), endsAt: event.endsAt ? new Date(event.endsAt) : null },
      campaign,
    );
    if (violation) {
      const field = violation.rule === 'event.before_campaign' ? 'startsOn' : 'endsOn';
      refuse(field, `Новий період не охоплює захід «${event.title}». ${violation.message}`, violation.rule);
    }
  }
}

function numberOf(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
