import type { Core } from '@strapi/strapi';
import { toBuckets, onTimeShare, type StatisticsBucket } from '../../domain/statistics/buckets';
import type { InstantRange, StatisticsPeriod } from '../../domain/statistics/period';
import { rowsOf } from '../reports/discipline-report';

/*
 * Two ways to the same figures.
 *
 * Live (`registerStatistics`): one grouped statement over the register's own rows in the period. The admin reports
 * use it, because they limit the rows to a caller's scope (departments), which no shared roll-up can know.
 *
 * Rolled up (`rolledUpStatistics` in ./statistics-rollup.ts; the public `appealStatistics`): counting the raw rows of
 * two years cannot answer in 40 ms on PostgreSQL (counting 100 000 appeals alone takes ~25 ms, grouping them ~75 ms),
 * so the counts are kept as the items change, in the table `statistics_monthly_rollup`: per register, Kyiv calendar
 * month of `receivedAt` and list (total, channel, type, topic id, outcome) the items counted, answered, answered on
 * time and open with a term — about fifty rows a month whatever the volume. Database triggers on the registers and on
 * the topic link table record the instants a write touches in `statistics_rollup_dirty`, in the writing transaction,
 * whatever writes (Document Service, db.query, raw SQL of jobs); a statistics call first recounts the months of those
 * instants, set-based (one INSERT … SELECT per register, under an advisory lock on PostgreSQL), then sums. A period is
 * its whole months from the roll-up plus its partial edge months counted live (the live statement restricted to
 * those days). `overdue` (open, past its term at the moment of the call) depends on the clock: the whole months give
 * their open items with a term, less those whose term has not come yet (counted live: the open items of the last
 * term's weeks, read from the index on state and term) — exact, since a term either has passed or has not; the edge
 * months count `overdue` itself live. Month bounds are computed in JavaScript (luxon, Europe/Kyiv) and bound like the
 * live period's, so the same SQL compares the same instants on SQLite (integer milliseconds) and PostgreSQL.
 * The answers equal the live ones (tests/api/public-statistics-rollup.test.api.ts). Two years of 120 000 items:
 * ~10 ms, ~21 ms right after a write (its month recounted), against 120–220 ms live (docs/BENCHMARKS.md).
 */

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
  /** the register's key in REGISTERS (../reports/register-items.ts) and in the roll-up */
  key: 'appeal' | 'information_request';
  uid: string;
  openStates: readonly string[];
  /** States that are an outcome in themselves (forwarded, returned, refused…); others use the answer outcome. */
  outcomeStates: readonly string[];
  labels: { channel: Record<string, string>; type?: Record<string, string>; outcome: Record<string, string> };
  typeAttribute?: string;
  topicAttribute?: string;
}

/** The grouped figures of one register, keyed like the RegisterStatistics lists. */
export type FigureList = 'total' | 'channel' | 'type' | 'topic' | 'outcome';

/** One group of items: the whole (`total`) or one value of a list, with its figures. */
export interface FigureRow {
  list: FigureList;
  key: unknown;
  label?: unknown;
  count: number;
  answered: number;
  onTime: number;
  overdue: number;
}

/** The topic table's columns the lists show, when the register has topics. */
export interface TopicColumns {
  table: string;
  code: string;
  title: string;
}

/**
 * The derived table of one register's items: each item's channel, type, outcome key, topic id and 0/1 flags, no
 * condition yet. With `now` null (the roll-up, which keeps nothing that depends on the clock) the overdue flag gives way
 * to `open_due`: open with a statutory term, overdue or not yet.
 * Column and link-table names come from Strapi's metadata, so the SQL follows the schema.
 */
export function registerItems(strapi: Core.Strapi, shape: RegisterShape, now: Date | null) {
  const knex = strapi.db.connection;
  const meta: any = strapi.db.metadata.get(shape.uid as any);
  const col = (attribute: string) => `${meta.tableName}.${meta.attributes[attribute].columnName}`;
  const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  const items = knex(meta.tableName).select(
    knex.raw('?? as channel', [col('channel')]),
    knex.raw(shape.typeAttribute ? '?? as item_type' : 'null as item_type', shape.typeAttribute ? [col(shape.typeAttribute)] : []),
    knex.raw(`case when ?? in (${placeholders(shape.outcomeStates)}) then ?? else ?? end as outcome`, [col('workflowState'), ...shape.outcomeStates, col('workflowState'), col('answerOutcome')]),
    knex.raw('case when ?? is not null then 1 else 0 end as answered', [col('answeredAt')]),
    knex.raw('case when ?? is not null and coalesce(??, ?) = ? then 1 else 0 end as on_time', [col('answeredAt'), col('answeredLate'), false, false]),
    now
      ? knex.raw(`case when ?? in (${placeholders(shape.openStates)}) and ?? < ? then 1 else 0 end as overdue`, [col('workflowState'), ...shape.openStates, col('dueAt'), now])
      : knex.raw(`case when ?? in (${placeholders(shape.openStates)}) and ?? is not null then 1 else 0 end as open_due`, [col('workflowState'), ...shape.openStates, col('dueAt')]),
  );
  // the topic's link only (its id): the topic's code and title are joined once per group, not once per item
  const topics = topicColumns(strapi, shape);
  if (shape.topicAttribute) {
    // a LEFT JOIN through Strapi's link table keeps items without a topic (a many-to-one: at most one link row)
    const link = meta.attributes[shape.topicAttribute].joinTable;
    items
      .leftJoin(link.name, `${link.name}.${link.joinColumn.name}`, `${meta.tableName}.id`)
      .select({ topic_id: `${link.name}.${link.inverseJoinColumn.name}` });
  } else {
    items.select(knex.raw('null as topic_id'));
  }
  return { items, topics, receivedAt: col('receivedAt'), meta };
}

/** The topic table's code and title columns, when the register has topics. */
export function topicColumns(strapi: Core.Strapi, shape: RegisterShape): TopicColumns | null {
  if (!shape.topicAttribute) return null;
  const meta: any = strapi.db.metadata.get(shape.uid as any);
  const target: any = strapi.db.metadata.get(meta.attributes[shape.topicAttribute].target);
  return { table: target.tableName, code: target.attributes.code.columnName, title: target.attributes.title.columnName };
}

/** `received` within any of the ranges (each `start <= t <= end`, or `< end` when the end is exclusive). */
export function whereReceivedIn(query: any, receivedAt: string, ranges: readonly InstantRange[]): void {
  query.where((any: any) => {
    for (const range of ranges) {
      any.orWhere((one: any) => one.where(receivedAt, '>=', range.start).andWhere(receivedAt, range.endExclusive ? '<' : '<=', range.end));
    }
  });
}

/**
 * Set-based aggregation over one register in a single SQL statement, whatever the number of rows; no row is loaded
 * into JavaScript. Every item is counted once into its combination of channel, type, outcome and topic; PostgreSQL
 * aggregates the combinations by GROUPING SETS (the grand total and one set per list), SQLite by the equivalent
 * UNION ALL over a common table expression.
 */
export async function liveFigureRows(strapi: Core.Strapi, shape: RegisterShape, ranges: readonly InstantRange[], now: Date, restrict: (query: any) => void = () => {}): Promise<FigureRow[]> {
  const knex = strapi.db.connection;
  const { items, topics, receivedAt } = registerItems(strapi, shape, now);
  whereReceivedIn(items, receivedAt, ranges);
  items.modify(restrict);
  const inner = items.toSQL();

  // First every item is counted into its combination of channel, type, outcome and topic (a few hundred groups
  // whatever the number of items); the lists are then aggregated from those groups, not from the items.
  const grouped = `select channel, item_type, outcome, topic_id, count(*) as n, sum(answered) as answered, sum(on_time) as on_time, sum(overdue) as overdue
    from (${inner.sql}) items group by channel, item_type, outcome, topic_id`;
  const named = topics
    ? `select g.channel, g.item_type, g.outcome, g.n, g.answered, g.on_time, g.overdue, t.${topics.code} as topic_code, t.${topics.title} as topic_title
       from (${grouped}) g left join ${topics.table} t on t.id = g.topic_id`
    : `select g.channel, g.item_type, g.outcome, g.n, g.answered, g.on_time, g.overdue, null as topic_code, null as topic_title from (${grouped}) g`;

  const sets: Array<{ name: Exclude<FigureList, 'total'>; columns: string[] }> = [
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
    rows = await knex.transaction(async (trx: any) => {
      await trx.raw('SET LOCAL max_parallel_workers_per_gather = 0');
      return rowsOf(await trx.raw(sql, inner.bindings));
    });
  } else {
    const sql = `with items as (${named}) select 'total' as grouping_set, ${nulls([])}, ${figures} from items
      ${sets.map((s) => `union all select '${s.name}', ${nulls(s.columns)}, ${figures} from items group by ${s.columns.join(', ')}`).join(' ')}`;
    rows = rowsOf(await knex.raw(sql, inner.bindings));
  }

  return rows.map((row) => {
    const list = row.grouping_set as FigureList;
    const key = list === 'channel' ? row.channel : list === 'type' ? row.item_type : list === 'topic' ? row.topic_code : list === 'outcome' ? row.outcome : null;
    return {
      list,
      key,
      ...(list === 'topic' ? { label: row.topic_title } : {}),
      count: Number(row.count ?? 0),
      answered: Number(row.answered ?? 0),
      onTime: Number(row.on_time ?? 0),
      overdue: Number(row.overdue ?? 0),
    };
  });
}

/** The public figures of one register from groups of items (one source or several: the totals and lists add up). */
export function assembleStatistics(shape: RegisterShape, rows: readonly FigureRow[], overdue: number): RegisterStatistics {
  const lists: Record<Exclude<FigureList, 'total'>, Array<{ key: unknown; label?: unknown; count: unknown }>> = { channel: [], type: [], topic: [], outcome: [] };
  let received = 0;
  let answered = 0;
  let answeredOnTime = 0;
  for (const row of rows) {
    if (row.list === 'total') {
      received += row.count;
      answered += row.answered;
      answeredOnTime += row.onTime;
    } else {
      lists[row.list].push({ key: row.key, label: row.label, count: row.count });
    }
  }
  return {
    received,
    answered,
    answeredOnTime,
    overdue,
    onTimeShare: onTimeShare(answered, answeredOnTime),
    byChannel: toBuckets(lists.channel, shape.labels.channel),
    byType: toBuckets(lists.type, shape.labels.type),
    byTopic: toBuckets(lists.topic),
    byOutcome: toBuckets(lists.outcome, shape.labels.outcome),
  };
}

/** The live figures of one register in a period, limited by `restrict` (a caller's scope in the admin reports). */
export async function registerStatistics(strapi: Core.Strapi, shape: RegisterShape, period: StatisticsPeriod, now: Date, restrict: (query: any) => void = () => {}): Promise<RegisterStatistics> {
  const rows = await liveFigureRows(strapi, shape, [{ start: period.start, end: period.end, endExclusive: false }], now, restrict);
  return assembleStatistics(shape, rows, totalOverdue(rows));
}

/** The `overdue` figure of the totals rows (the live overdue items, or the roll-up's open items with a term). */
export function totalOverdue(rows: readonly FigureRow[]): number {
  return rows.filter((r) => r.list === 'total').reduce((n, r) => n + r.overdue, 0);
}
