import type { Core } from '@strapi/strapi';
import { toBuckets, onTimeShare, type StatisticsBucket } from '../../domain/statistics/buckets';
import type { StatisticsPeriod } from '../../domain/statistics/period';

/** What the public sees of one register in a period: aggregate counts only, nothing that identifies a person. */
export interface RegisterStatistics {
  received: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
  onTimeShare: number | null;
  byChannel: StatisticsBucket[];
  byType: StatisticsBucket[];
  byTopic: StatisticsBucket[];
  byOutcome: StatisticsBucket[];
}

export interface RegisterShape {
  uid: string;
  openStates: readonly string[];
  /** States that are an outcome in themselves (forwarded, returned, refused…); others use the answer outcome. */
  outcomeStates: readonly string[];
  labels: { channel: Record<string, string>; type?: Record<string, string>; outcome: Record<string, string> };
  typeAttribute?: string;
  topicAttribute?: string;
}

/**
 * Set-based aggregation over one register: a handful of GROUP BY queries, whatever the number of rows; no row is
 * loaded into JavaScript. Column and link-table names come from Strapi's metadata, so the SQL follows the schema.
 */
export async function registerStatistics(strapi: Core.Strapi, shape: RegisterShape, period: StatisticsPeriod, now: Date, restrict: (query: any) => void = () => {}): Promise<RegisterStatistics> {
  const knex = strapi.db.connection;
  const meta: any = strapi.db.metadata.get(shape.uid as any);
  const col = (attribute: string) => `${meta.tableName}.${meta.attributes[attribute].columnName}`;
  const inPeriod = () => knex(meta.tableName).where(col('receivedAt'), '>=', period.start).andWhere(col('receivedAt'), '<=', period.end).modify(restrict);
  const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

  const [totals] = await inPeriod().select(
    knex.raw('count(*) as received'),
    knex.raw('sum(case when ?? is not null then 1 else 0 end) as answered', [col('answeredAt')]),
    knex.raw('sum(case when ?? is not null and coalesce(??, ?) = ? then 1 else 0 end) as answered_on_time', [col('answeredAt'), col('answeredLate'), false, false]),
    knex.raw(`sum(case when ?? in (${placeholders(shape.openStates)}) and ?? < ? then 1 else 0 end) as overdue`, [col('workflowState'), ...shape.openStates, col('dueAt'), now]),
  );

  // GROUP BY the first column by position: PostgreSQL would not match an expression repeated with new parameters
  const grouped = (expression: any) => inPeriod().select({ key: expression }).count({ count: '*' }).groupByRaw('1');
  const outcomeKey = knex.raw(`case when ?? in (${placeholders(shape.outcomeStates)}) then ?? else ?? end`, [col('workflowState'), ...shape.outcomeStates, col('workflowState'), col('answerOutcome')]);

  const [byChannel, byType, byTopic, byOutcome] = await Promise.all([
    grouped(col('channel')),
    shape.typeAttribute ? grouped(col(shape.typeAttribute)) : Promise.resolve([]),
    shape.topicAttribute ? topicRows(strapi, meta, shape.topicAttribute, inPeriod) : Promise.resolve([]),
    grouped(outcomeKey),
  ]);

  const answered = Number(totals?.answered ?? 0);
  const answeredOnTime = Number(totals?.answered_on_time ?? 0);
  return {
    received: Number(totals?.received ?? 0),
    answered,
    answeredOnTime,
    overdue: Number(totals?.overdue ?? 0),
    onTimeShare: onTimeShare(answered, answeredOnTime),
    byChannel: toBuckets(byChannel as any[], shape.labels.channel),
    byType: toBuckets(byType as any[], shape.labels.type),
    byTopic: toBuckets(byTopic as any[]),
    byOutcome: toBuckets(byOutcome as any[], shape.labels.outcome),
  };
}

/** Counts by classifier topic through Strapi's link table (a LEFT JOIN keeps appeals without a topic). */
async function topicRows(strapi: Core.Strapi, meta: any, attribute: string, inPeriod: () => any) {
  const knex = strapi.db.connection;
  const relation = meta.attributes[attribute];
  const link = relation.joinTable;
  const target: any = strapi.db.metadata.get(relation.target);
  const code = `${target.tableName}.${target.attributes.code.columnName}`;
  const title = `${target.tableName}.${target.attributes.title.columnName}`;
  return inPeriod()
    .leftJoin(link.name, `${link.name}.${link.joinColumn.name}`, `${meta.tableName}.id`)
    .leftJoin(target.tableName, `${target.tableName}.id`, `${link.name}.${link.inverseJoinColumn.name}`)
    .select({ key: code, label: title })
    .count({ count: '*' })
    .groupBy(code, title);
}
