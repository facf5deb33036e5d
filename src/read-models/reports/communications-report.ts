import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { KYIV_ZONE } from '../../domain/calendar';
import { CAMPAIGN_STATE_LABELS, EVENT_TYPE_LABELS, PUBLICATION_KIND_LABELS } from '../../domain/communications/vocabulary';
import { share, type ReportTable } from '../../domain/reports/table';
import { statisticsPeriod } from '../../domain/statistics/period';
import { formatIsoDate } from '../../domain/terms';
import { rowsOf } from './discipline-report';

export interface CommunicationsReport {
  title: string;
  subtitle: string;
  campaigns: Array<{ documentId: string; title: string; state: string; stateLabel: string; kpis: Array<{ metric: string; unit: string | null; target: number | null; actual: number | null; achieved: number | null }> }>;
  events: Array<{ type: string; label: string; count: number; expectedParticipants: number; actualParticipants: number }>;
  refutationsPublished: number;
  months: string[];
  publicationsByKind: Array<{ kind: string; label: string; perMonth: number[]; total: number }>;
}

/** Kyiv calendar months overlapping the period, with their first instants (and the instant after the last). */
export function kyivMonths(from: string, to: string): { keys: string[]; bounds: Date[] } {
  const keys: string[] = [];
  const bounds: Date[] = [];
  let month = DateTime.fromISO(from, { zone: KYIV_ZONE }).startOf('month');
  const last = DateTime.fromISO(to, { zone: KYIV_ZONE }).startOf('month');
  while (month <= last) {
    keys.push(month.toFormat('yyyy-MM'));
    bounds.push(month.toJSDate());
    month = month.plus({ months: 1 });
  }
  bounds.push(month.toJSDate());
  return { keys, bounds };
}

/**
 * What the public relations sector reports to management: campaigns active in the period with KPI target vs actual,
 * events and participants, refutations published, publications per kind per month. Aggregate queries only.
 */
export async function communicationsReport(strapi: Core.Strapi, from: unknown, to: unknown): Promise<CommunicationsReport> {
  const period = statisticsPeriod(from, to);
  const knex = strapi.db.connection;
  const campaign: any = strapi.db.metadata.get('api::campaign.campaign' as any);
  const kpi: any = strapi.db.metadata.get('communications.kpi' as any);
  const event: any = strapi.db.metadata.get('api::communication-event.communication-event' as any);
  const publication: any = strapi.db.metadata.get('api::publication.publication' as any);
  const c = (meta: any, attribute: string) => `${meta.tableName}.${meta.attributes[attribute].columnName}`;
  const link = campaign.attributes.kpis.joinTable;

  const campaignRows = await knex(campaign.tableName)
    .leftJoin(link.name, function join(this: any) {
      this.on(`${link.name}.${link.joinColumn.name}`, '=', `${campaign.tableName}.id`).andOn(`${link.name}.field`, '=', knex.raw('?', ['kpis']));
    })
    .leftJoin(kpi.tableName, `${kpi.tableName}.id`, `${link.name}.${link.inverseJoinColumn.name}`)
    .where((q: any) => q.whereNull(c(campaign, 'startsOn')).orWhere(c(campaign, 'startsOn'), '<=', period.to))
    .andWhere((q: any) => q.whereNull(c(campaign, 'endsOn')).orWhere(c(campaign, 'endsOn'), '>=', period.from))
    .select({
      documentId: `${campaign.tableName}.document_id`, title: c(campaign, 'title'), state: c(campaign, 'campaignState'),
      metric: c(kpi, 'metric'), unit: c(kpi, 'unit'), target: c(kpi, 'target'), actual: c(kpi, 'actual'), kpiOrder: `${link.name}.order`,
    })
    .orderBy([{ column: c(campaign, 'title') }, { column: `${link.name}.order` }]);

  const campaigns = new Map<string, CommunicationsReport['campaigns'][number]>();
  for (const r of campaignRows as any[]) {
    const entry: CommunicationsReport['campaigns'][number] = campaigns.get(r.documentId) ?? { documentId: r.documentId, title: r.title, state: r.state, stateLabel: (CAMPAIGN_STATE_LABELS as any)[r.state] ?? r.state, kpis: [] };
    if (r.metric) {
      const target = r.target === null ? null : Number(r.target);
      const actual = r.actual === null ? null : Number(r.actual);
      entry.kpis.push({ metric: r.metric, unit: r.unit ?? null, target, actual, achieved: target !== null && actual !== null ? share(actual, target) : null });
    }
    campaigns.set(r.documentId, entry);
  }

  const eventRows = rowsOf(
    await knex(event.tableName)
      .where(c(event, 'startsAt'), '>=', period.start)
      .andWhere(c(event, 'startsAt'), '<=', period.end)
      .select({ key: c(event, 'eventType') })
      .count({ count: '*' })
      .sum({ expected: c(event, 'expectedParticipants') })
      .sum({ actual: c(event, 'actualParticipants') })
      .groupByRaw('1'),
  );

  const months = kyivMonths(period.from, period.to);
  const published = () => knex(publication.tableName).whereNotNull(c(publication, 'publishedAt')).andWhere(c(publication, 'publishedAt'), '>=', period.start).andWhere(c(publication, 'publishedAt'), '<=', period.end);
  const perMonth = months.keys.map((_, i) => knex.raw(`sum(case when ?? >= ? and ?? < ? then 1 else 0 end) as ??`, [c(publication, 'publishedAt'), months.bounds[i], c(publication, 'publishedAt'), months.bounds[i + 1], `m${i}`]));
  const [kindRows, refutations] = await Promise.all([
    published().select({ kind: c(publication, 'kind') }, ...perMonth).count({ total: '*' }).groupByRaw('1'),
    published().andWhere(c(publication, 'kind'), 'refutation').countDistinct({ n: `${publication.tableName}.document_id` }),
  ]);

  return {
    title: 'Комунікації: кампанії, заходи, спростування, публікації',
    subtitle: `${formatIsoDate(period.from)} – ${formatIsoDate(period.to)}`,
    campaigns: [...campaigns.values()],
    events: (eventRows as any[]).map((r) => ({ type: r.key, label: (EVENT_TYPE_LABELS as any)[r.key] ?? r.key, count: Number(r.count), expectedParticipants: Number(r.expected ?? 0), actualParticipants: Number(r.actual ?? 0) })),
    refutationsPublished: Number((rowsOf(refutations)[0] as any)?.n ?? 0),
    months: months.keys,
    publicationsByKind: (rowsOf(kindRows) as any[]).map((r) => ({
      kind: r.kind, label: (PUBLICATION_KIND_LABELS as any)[r.kind] ?? r.kind, perMonth: months.keys.map((_, i) => Number(r[`m${i}`] ?? 0)), total: Number(r.total),
    })),
  };
}

/** The report as one table, for CSV and XLSX. */
export function communicationsTable(report: CommunicationsReport): ReportTable {
  const rows: ReportTable['rows'] = [];
  for (const campaign of report.campaigns) {
    if (!campaign.kpis.length) rows.push({ section: 'Кампанії', label: `${campaign.title} (${campaign.stateLabel})`, value: null, target: null, share: null });
    for (const k of campaign.kpis) rows.push({ section: 'Кампанії', label: `${campaign.title}: ${k.metric}${k.unit ? `, ${k.unit}` : ''}`, value: k.actual, target: k.target, share: k.achieved });
  }
  for (const e of report.events) rows.push({ section: 'Заходи (учасників: очікувано / фактично)', label: `${e.label}: ${e.count}`, value: e.actualParticipants, target: e.expectedParticipants, share: share(e.actualParticipants, e.expectedParticipants) });
  rows.push({ section: 'Спростування', label: 'Опубліковано спростувань', value: report.refutationsPublished, target: null, share: null });
  for (const p of report.publicationsByKind) {
    p.perMonth.forEach((n, i) => rows.push({ section: 'Публікації за місяцями', label: `${p.label}, ${report.months[i]}`, value: n, target: null, share: null }));
  }
  return {
    title: report.title,
    subtitle: report.subtitle,
    columns: [
      { key: 'section', label: 'Розділ', type: 'text' },
      { key: 'label', label: 'Показник', type: 'text' },
      { key: 'value', label: 'Фактично', type: 'decimal' },
      { key: 'target', label: 'Ціль / очікувано', type: 'decimal' },
      { key: 'share', label: 'Виконання, %', type: 'percent' },
    ],
    rows,
  };
}
