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

/** The grouped figures of one register, keyed like the RegisterStatistics lists. */
type GroupingName = 'channel' | 'type' | 'topic' | 'outcome';

/**
 * Set-based aggregation over one register in a single SQL statement, whatever the number of rows; no row is loaded
 * into JavaScript. One derived table carries each item's channel, type, topic, outcome key and 0/1 flags, counted
 * once into its combination of those keys; PostgreSQL aggregates the combinations by GROUPING SETS (the grand total
 * and one set per list), SQLite by the equivalent UNION ALL over a common table expression. Column and link-table
 * names come from Strapi's metadata, so the SQL follows the schema.
 */
export async function registerStatistics(strapi: Core.Strapi, shape: RegisterShape, period: StatisticsPeriod, now: Date, restrict: (query: any) => void = () => {}): Promise<RegisterStatistics> {
  const knex = strapi.db.connection;
  const meta: any = strapi.db.metadata.get(shape.uid as any);
  const col = (attribute: string) => `${meta.tableName}.${meta.attributes[attribute].columnName}`;
  const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

  const items = knex(meta.tableName)
    .where(col('receivedAt'), '>=', period.start)
    .andWhere(col('receivedAt'), '<=', period.end)
    .modify(restrict)
    .select(
      knex.raw('?? as channel', [col('channel')]),
      knex.raw(shape.typeAttribute ? '?? as item_type' : 'null as item_type', shape.typeAttribute ? [col(shape.typeAttribute)] : []),
      knex.raw(`case when ?? in (${placeholders(shape.outcomeStates)}) then ?? else ?? end as outcome`, [col('workflowState'), ...shape.outcomeStates, col('workflowState'), col('answerOutcome')]),
      knex.raw('case when ?? is not null then 1 else 0 end as answered', [col('answeredAt')]),
      knex.raw('case when ?? is not null and coalesce(??, ?) = ? then 1 else 0 end as on_time', [col('answeredAt'), col('answeredLate'), false, false]),
      knex.raw(`case when ?? in (${placeholders(shape.openStates)}) and ?? < ? then 1 else 0 end as overdue`, [col('workflowState'), ...shape.openStates, col('dueAt'), now]),
    );
  // the topic's link only (its id): the topic's code and title are joined once per group, not once per item
  let topics: { table: string; code: string; title: string } | null = null;
  if (shape.topicAttribute) {
    // a LEFT JOIN through Strapi's link table keeps items without a topic (a many-to-one: at most one link row)
    const relation = meta.attributes[shape.topicAttribute];
    const link = relation.joinTable;
    const target: any = strapi.db.metadata.get(relation.target);
    items
      .leftJoin(link.name, `${link.name}.${link.joinColumn.name}`, `${meta.tableName}.id`)
      .select({ topic_id: `${link.name}.${link.inverseJoinColumn.name}` });
    topics = { table: target.tableName, code: target.attributes.code.columnName, title: target.attributes.title.columnName };
  } else {
    items.select(knex.raw('null as topic_id'));
  }
  const inner = items.toSQL();

  // First every item is counted into its combination of channel, type, outcome and topic (a few hundred groups
  // whatever the number of items); the lists are then aggregated from those groups, not from the items.
  const grouped = `select channel, item_type, outcome, topic_id, count(*) as n, sum(answered) as answered, sum(on_time) as on_time, sum(overdue) as overdue
    from (${inner.sql}) items group by channel, item_type, outcome, topic_id`;
  const named = topics
    ? `select g.channel, g.item_type, g.outcome, g.n, g.answered, g.on_time, g.overdue, t.${topics.code} as topic_code, t.${topics.title} as topic_title
       from (${grouped}) g left join ${topics.table} t on t.id = g.topic_id`
    : `select g.channel, g.item_type, g.outcome, g.n, g.answered, g.on_time, g.overdue, null as topic_code, null as topic_title from (${grouped}) g`;

  const sets: Array<{ name: GroupingName; columns: string[] }> = [
    { name: 'channel', columns: ['channel'] },
    ...(shape.typeAttribute ? [{ name: 'type' as const, columns: ['item_type'] }] : []),
    ...(shape.topicAttribute ? [{ name: 'topic' as const, columns: ['topic_code', 'topic_title'] }] : []),
    { name: 'outcome', columns: ['outcome'] },
  ];
  const figures = 'sum(n) as count, sum(answered) as answered, sum(on_time) as on_time, sum(overdue) as overdue';
  const keyColumns = 'channel, item_type, topic_code, topic_title, outcome';
  // a key column outside every set of this register (no type, no topic) is selected as a constant null
  const nulls = (keep: string[]) => keyColumns.split(', ').map((c) => (keep.includes(c) ? c : `null as ${c}`)).join(', ');
  let rows: any[];
  if (strapi.db.dialect.client === 'postgres') {
    const setName = `case ${sets.map((s) => `when grouping(${s.columns[0]}) = 0 then '${s.name}'`).join(' ')} else 'total' end as grouping_set`;
    const sql = `select ${setName}, ${nulls(sets.flatMap((s) => s.columns))}, ${figures} from (${named}) items
      group by grouping sets ((), ${sets.map((s) => `(${s.columns.join(', ')})`).join(', ')})`;
    // one statement; in a transaction only to plan it without parallel workers, whose start-up on a small server
    // costs more than the scan they would share (two registers are counted at once, one connection each)
    rows = await strapi.db.connection.transaction(async (trx: any) => {
      await trx.raw('SET LOCAL max_parallel_workers_per_gather = 0');
      return rowsOf(await trx.raw(sql, inner.bindings));
    });
  } else {
    const sql = `with items as (${named}) select 'total' as grouping_set, ${nulls([])}, ${figures} from items
      ${sets.map((s) => `union all select '${s.name}', ${nulls(s.columns)}, ${figures} from items group by ${s.columns.join(', ')}`).join(' ')}`;
    rows = rowsOf(await knex.raw(sql, inner.bindings));
  }

  const lists: Record<GroupingName, Array<{ key: unknown; label?: unknown; count: unknown }>> = { channel: [], type: [], topic: [], outcome: [] };
  let totals: any = {};
  for (const row of rows) {
    const set = row.grouping_set as GroupingName | 'total';
    if (set === 'total') totals = row;
    else if (set === 'channel') lists.channel.push({ key: row.channel, count: row.count });
    else if (set === 'type') lists.type.push({ key: row.item_type, count: row.count });
    else if (set === 'topic') lists.topic.push({ key: row.topic_code, label: row.topic_title, count: row.count });
    else lists.outcome.push({ key: row.outcome, count: row.count });
  }

  const answered = Number(totals.answered ?? 0);
  const answeredOnTime = Number(totals.on_time ?? 0);
  return {
    received: Number(totals.count ?? 0),
    answered,
    answeredOnTime,
    overdue: Number(totals.overdue ?? 0),
    onTimeShare: onTimeShare(answered, answeredOnTime),
    byChannel: toBuckets(lists.channel, shape.labels.channel),
    byType: toBuckets(lists.type, shape.labels.type),
    byTopic: toBuckets(lists.topic),
    byOutcome: toBuckets(lists.outcome, shape.labels.outcome),
  };
}

/** Rows of knex.raw: PostgreSQL returns a result object, SQLite the array itself. */
function rowsOf(result: any): any[] {
  return Array.isArray(result) ? result : result?.rows ?? [];
}
