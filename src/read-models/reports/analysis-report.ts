import type { Core } from '@strapi/strapi';
import { APPEAL_RECURRENCE_LABELS, AUTHOR_KIND_LABELS } from '../../domain/appeal/vocabulary';
import { REFUSAL_GROUND_LABELS } from '../../domain/information-request/vocabulary';
import { toBuckets, type StatisticsBucket } from '../../domain/statistics/buckets';
import { quarterOf, statisticsPeriod, type StatisticsPeriod } from '../../domain/statistics/period';
import { formatIsoDate } from '../../domain/terms';
import { appealStatistics } from '../statistics/appeal-statistics';
import { rowsOf } from './discipline-report';
import { restrictToScope, scopeOfRegister, type RegisterScopes } from './scope';

export interface AnalysisSection {
  key: string;
  title: string;
  buckets: StatisticsBucket[];
}

export interface AnalysisReport {
  title: string;
  subtitle: string;
  from: string;
  to: string;
  totals: { appeals: number; informationRequests: number; appealsAnswered: number; appealsOnTimeShare: number | null };
  sections: AnalysisSection[];
}

/** `2026-Q4` or any date inside the quarter → the quarter's period. */
export function quarterPeriod(quarter: unknown): { from: string; to: string } {
  const text = String(quarter ?? '');
  const m = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (m) return quarterOf(`${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`);
  return quarterOf(/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : new Date().toISOString().slice(0, 10));
}

/**
 * The quarterly analysis councils publish: appeals by channel, type, author, recurrence, topic, privileged applicants
 * and outcome; information requests by outcome and refusal ground. Each dimension is one GROUP BY query.
 */
export async function analysisReport(strapi: Core.Strapi, scopes: RegisterScopes, from: string, to: string, now = new Date()): Promise<AnalysisReport> {
  const period = statisticsPeriod(from, to);
  const restrict = (uid: string) => restrictToScope(strapi, uid, scopeOfRegister(scopes, uid));
  const stats = await appealStatistics(strapi, from, to, now, restrict);
  const [authorKinds, recurrences, privileged, refusalGrounds] = await Promise.all([
    grouped(strapi, 'api::appeal.appeal', 'authorKind', period, restrict),
    grouped(strapi, 'api::appeal.appeal', 'recurrence', period, restrict),
    privilegedRows(strapi, period, restrict),
    grouped(strapi, 'api::information-request.information-request', 'refusalGround', period, restrict, true),
  ]);
  return {
    title: 'Аналіз звернень громадян і запитів на публічну інформацію',
    subtitle: `${formatIsoDate(period.from)} – ${formatIsoDate(period.to)}`,
    from: period.from,
    to: period.to,
    totals: {
      appeals: stats.appeals.received,
      informationRequests: stats.informationRequests.received,
      appealsAnswered: stats.appeals.answered,
      appealsOnTimeShare: stats.appeals.onTimeShare,
    },
    sections: [
      { key: 'channel', title: 'Звернення за каналами надходження', buckets: stats.appeals.byChannel },
      { key: 'type', title: 'Звернення за видами (ст. 3 Закону)', buckets: stats.appeals.byType },
      { key: 'authorKind', title: 'Звернення за авторством', buckets: toBuckets(authorKinds, AUTHOR_KIND_LABELS) },
      { key: 'recurrence', title: 'Звернення за ознакою надходження', buckets: toBuckets(recurrences, APPEAL_RECURRENCE_LABELS) },
      { key: 'topic', title: 'Звернення за тематикою (класифікатор)', buckets: stats.appeals.byTopic },
      { key: 'privileged', title: 'Звернення осіб, що мають пільги', buckets: toBuckets(privileged, { true: 'пільговики', false: 'інші заявники' }) },
      { key: 'outcome', title: 'Результати розгляду звернень', buckets: stats.appeals.byOutcome },
      { key: 'requestOutcome', title: 'Запити на інформацію за результатом', buckets: stats.informationRequests.byOutcome },
      { key: 'refusalGround', title: 'Відмови в наданні інформації за підставами (ст. 22)', buckets: toBuckets(refusalGrounds, REFUSAL_GROUND_LABELS) },
    ],
  };
}

type Restrict = (uid: string) => (query: any) => void;

async function grouped(strapi: Core.Strapi, uid: string, attribute: string, period: StatisticsPeriod, restrict: Restrict, onlyFilled = false): Promise<Array<{ key: unknown; count: unknown }>> {
  const meta: any = strapi.db.metadata.get(uid as any);
  const column = `${meta.tableName}.${meta.attributes[attribute].columnName}`;
  const received = `${meta.tableName}.${meta.attributes.receivedAt.columnName}`;
  const query = strapi.db.connection(meta.tableName).where(received, '>=', period.start).andWhere(received, '<=', period.end).modify(restrict(uid));
  if (onlyFilled) query.whereNotNull(column);
  return (await query.select({ key: column }).count({ count: '*' }).groupBy(column)) as any;
}

/** Privileged applicants live in the applicant component: joined through Strapi's component link table. */
async function privilegedRows(strapi: Core.Strapi, period: StatisticsPeriod, restrict: Restrict): Promise<Array<{ key: unknown; count: unknown }>> {
  const knex = strapi.db.connection;
  const meta: any = strapi.db.metadata.get('api::appeal.appeal' as any);
  const component: any = strapi.db.metadata.get('personal.applicant' as any);
  const link = meta.attributes.applicant.joinTable;
  const received = `${meta.tableName}.${meta.attributes.receivedAt.columnName}`;
  const flag = `${component.tableName}.${component.attributes.privileged.columnName}`;
  const rows = await knex(meta.tableName)
    .leftJoin(link.name, function join(this: any) {
      this.on(`${link.name}.${link.joinColumn.name}`, '=', `${meta.tableName}.id`).andOn(`${link.name}.field`, '=', knex.raw('?', ['applicant']));
    })
    .leftJoin(component.tableName, `${component.tableName}.id`, `${link.name}.${link.inverseJoinColumn.name}`)
    .where(received, '>=', period.start)
    .andWhere(received, '<=', period.end)
    .modify(restrict('api::appeal.appeal'))
    .select({ key: knex.raw(`case when coalesce(??, ?) = ? then 'true' else 'false' end`, [flag, false, true]) })
    .count({ count: '*' })
    .groupByRaw('1');
  return rowsOf(rows);
}
