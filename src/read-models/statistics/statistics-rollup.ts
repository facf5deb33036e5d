import type { Core } from '@strapi/strapi';
import { kyivMonthsBetween, splitIntoMonths, type InstantRange, type KyivMonth, type StatisticsPeriod } from '../../domain/statistics/period';
import { openItemExpressions, quoted } from '../reports/register-indexes';
import { REGISTERS } from '../reports/register-items';
import {
  assembleStatistics, liveFigureRows, registerItems, topicColumns, totalOverdue, whereReceivedIn,
  type FigureList, type FigureRow, type RegisterShape, type RegisterStatistics,
} from './register-statistics';
import { rowsOf } from '../reports/discipline-report';

/**
 * The public statistics' monthly roll-up (see the comment atop ./register-statistics.ts): its tables, the triggers that
 * mark months to recount, the recount and the reads. Strapi's schema.json cannot declare a table of its own or a
 * trigger, so they are created at every start-up, after the schema sync, like the partial indexes
 * (../reports/register-indexes.ts); triggers are dropped and created again each time, because a sync may rebuild a
 * register's table (SQLite) and a new version may change what they watch.
 */

/** Per register, Kyiv month (YYYY-MM) and list: the items counted, answered, answered on time, open with a term. */
export const ROLLUP_TABLE = 'statistics_monthly_rollup';
/** Instants (low … high, both inclusive) whose Kyiv months need a recount; null bounds: the whole register. */
export const DIRTY_TABLE = 'statistics_rollup_dirty';
/** One key for every instance: recounts and trigger changes run one at a time across a PostgreSQL cluster. */
const LOCK_SQL = `select pg_advisory_xact_lock(hashtext('${ROLLUP_TABLE}'))`;

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The attributes whose change can change the roll-up's counts (dueAt: whether an open item has a term). */
function watchedAttributes(shape: RegisterShape): string[] {
  return ['receivedAt', 'channel', ...(shape.typeAttribute ? [shape.typeAttribute] : []), 'workflowState', 'answerOutcome', 'answeredAt', 'answeredLate', 'dueAt'];
}

/** A stored instant as the app reads it: PostgreSQL's driver gives a Date, SQLite the integer milliseconds. */
function toInstant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const instant = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(String(value));
  return Number.isNaN(instant.getTime()) ? null : instant;
}

function triggerSql(strapi: Core.Strapi, shape: RegisterShape, postgres: boolean): string[] {
  const meta: any = strapi.db.metadata.get(shape.uid as any);
  const table = quoted(meta.tableName);
  const column = (attribute: string) => quoted(meta.attributes[attribute].columnName);
  const received = column('receivedAt');
  const register = sqlText(shape.key);
  const insert = `insert into ${DIRTY_TABLE} (register, low, high)`;
  const name = (suffix: string) => quoted(`${meta.tableName}_statistics_${suffix}`);
  const link = shape.topicAttribute ? meta.attributes[shape.topicAttribute].joinTable : null;
  const linkName = (suffix: string) => quoted(`${link.name}_statistics_${suffix}`);
  const itemOfLink = link ? quoted(link.joinColumn.name) : '';
  const watched = watchedAttributes(shape).map(column);
  const statements: string[] = [];

  if (postgres) {
    // Statement-level, over the transition tables: one row per statement and side (a bulk write records its span).
    // Each statement runs by EXECUTE, so it is planned for the rows at hand: a plan cached while the register was
    // small (a nested loop over the transition table) took minutes for a bulk load of 100 000 topic links.
    const run = (sql: string) => `execute $sql$ ${sql} $sql$;`;
    const span = (rows: string, value = received) => `select ${register}, min(${value}), max(${value}) from ${rows} having count(${value}) > 0`;
    const changed = `old_rows o join new_rows n on n.id = o.id where (${watched.map((c) => `o.${c}`).join(', ')}) is distinct from (${watched.map((c) => `n.${c}`).join(', ')})`;
    // TRUNCATE fires no row or statement trigger of the kinds above: the whole register is counted again
    const everything = `${insert} values (${register}, null, null)`;
    const events = [['insert', 'insert', 'referencing new table as new_rows'], ['update', 'update', 'referencing old table as old_rows new table as new_rows'], ['delete', 'delete', 'referencing old table as old_rows'], ['truncate', 'truncate', '']];
    statements.push(`create or replace function ${name('dirty')}() returns trigger language plpgsql as $body$
      begin
        if tg_op = 'INSERT' then ${run(`${insert} ${span('new_rows')}`)}
        elsif tg_op = 'DELETE' then ${run(`${insert} ${span('old_rows')}`)}
        elsif tg_op = 'UPDATE' then ${run(`${insert} ${span(changed, `o.${received}`)} union all ${span(changed, `n.${received}`)}`)}
        else ${run(everything)}
        end if;
        return null;
      end $body$`);
    for (const [suffix, event, referencing] of events) {
      statements.push(`drop trigger if exists ${name(suffix)} on ${table}`);
      statements.push(`create trigger ${name(suffix)} after ${event} on ${table} ${referencing} for each statement execute function ${name('dirty')}()`);
    }
    if (link) {
      // a topic set, changed or removed: the linked items' months
      const items = (rows: string) => `${insert} select ${register}, min(${received}), max(${received}) from ${table} where id in (select ${itemOfLink} from ${rows}) having count(${received}) > 0`;
      statements.push(`create or replace function ${linkName('dirty')}() returns trigger language plpgsql as $body$
        begin
          if tg_op = 'TRUNCATE' then ${run(everything)} return null; end if;
          if tg_op in ('INSERT', 'UPDATE') then ${run(items('new_rows'))} end if;
          if tg_op in ('DELETE', 'UPDATE') then ${run(items('old_rows'))} end if;
          return null;
        end $body$`);
      for (const [suffix, event, referencing] of events) {
        statements.push(`drop trigger if exists ${linkName(suffix)} on ${quoted(link.name)}`);
        statements.push(`create trigger ${linkName(suffix)} after ${event} on ${quoted(link.name)} ${referencing} for each statement execute function ${linkName('dirty')}()`);
      }
    }
    return statements;
  }

  // SQLite: row-level triggers (SQLite has no other kind)
  const point = (row: 'new' | 'old') => `select ${register}, ${row}.${received}, ${row}.${received} where ${row}.${received} is not null`;
  const triggers: Array<[string, string]> = [
    [name('insert'), `after insert on ${table} begin ${insert} ${point('new')}; end`],
    [name('update'), `after update on ${table} when ${watched.map((c) => `old.${c} is not new.${c}`).join(' or ')} begin ${insert} ${point('old')} union all ${point('new')}; end`],
    [name('delete'), `after delete on ${table} begin ${insert} ${point('old')}; end`],
  ];
  if (link) {
    const item = (row: 'new' | 'old') => `select ${register}, ${received}, ${received} from ${table} where id = ${row}.${itemOfLink} and ${received} is not null`;
    triggers.push(
      [linkName('insert'), `after insert on ${quoted(link.name)} begin ${insert} ${item('new')}; end`],
      [linkName('update'), `after update on ${quoted(link.name)} begin ${insert} ${item('old')} union all ${item('new')}; end`],
      [linkName('delete'), `after delete on ${quoted(link.name)} begin ${insert} ${item('old')}; end`],
    );
  }
  for (const [trigger, body] of triggers) statements.push(`drop trigger if exists ${trigger}`, `create trigger ${trigger} ${body}`);
  return statements;
}

/**
 * Creates the roll-up's tables when missing and (re)creates the triggers, in one transaction. A roll-up table created
 * now (the first start, or after it was dropped) is marked for a full count of every register at the first read.
 */
export async function ensureStatisticsRollup(strapi: Core.Strapi, shapes: readonly RegisterShape[]): Promise<void> {
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  const created = !(await knex.schema.hasTable(ROLLUP_TABLE));
  const instant = postgres ? 'timestamp(6)' : 'datetime';
  await knex.transaction(async (trx: any) => {
    if (postgres) await trx.raw(LOCK_SQL);
    await trx.raw(`create table if not exists ${ROLLUP_TABLE} (register varchar(40) not null, kyiv_month varchar(7) not null, list_name varchar(16) not null,
      item_key varchar(255), topic_id integer, n integer not null, answered integer not null, on_time integer not null, open_due integer not null)`);
    await trx.raw(`create index if not exists ${ROLLUP_TABLE}_month_idx on ${ROLLUP_TABLE} (register, kyiv_month)`);
    await trx.raw(`create table if not exists ${DIRTY_TABLE} (id ${postgres ? 'bigserial primary key' : 'integer primary key autoincrement'}, register varchar(40) not null, low ${instant}, high ${instant})`);
    for (const shape of shapes) {
      if (!strapi.db.metadata.get(shape.uid as any)) continue;
      for (const sql of triggerSql(strapi, shape, postgres)) await trx.raw(sql);
      if (created) await trx(DIRTY_TABLE).insert({ register: shape.key, low: null, high: null });
    }
  });
}

/** Consecutive months as ranges of instants (from the first month's start to the last one's next month, exclusive). */
function rangesOf(months: readonly KyivMonth[]): InstantRange[] {
  const ranges: InstantRange[] = [];
  for (const month of months) {
    const last = ranges[ranges.length - 1];
    if (last && last.end.getTime() === month.start.getTime()) last.end = month.next;
    else ranges.push({ start: month.start, end: month.next, endExclusive: true });
  }
  return ranges;
}

/** Counts the given months of one register again from its rows, in one INSERT … SELECT (their old rows deleted first). */
async function recount(strapi: Core.Strapi, trx: any, shape: RegisterShape, months: readonly KyivMonth[]): Promise<void> {
  const knex = strapi.db.connection;
  const { items, receivedAt } = registerItems(strapi, shape, null);
  items.select(knex.raw(
    `case ${months.map(() => 'when ?? >= ? and ?? < ? then ?').join(' ')} end as kyiv_month`,
    months.flatMap((m) => [receivedAt, m.start, receivedAt, m.next, m.key]),
  ));
  whereReceivedIn(items, receivedAt, rangesOf(months));
  const inner = items.toSQL();
  const lists: Array<[FigureList, string, string, string]> = [
    ['total', 'cast(null as varchar(255))', 'cast(null as integer)', ''],
    ['channel', 'channel', 'cast(null as integer)', ', channel'],
    ...(shape.typeAttribute ? [['type', 'item_type', 'cast(null as integer)', ', item_type'] as [FigureList, string, string, string]] : []),
    ...(shape.topicAttribute ? [['topic', 'cast(null as varchar(255))', 'topic_id', ', topic_id'] as [FigureList, string, string, string]] : []),
    ['outcome', 'outcome', 'cast(null as integer)', ', outcome'],
  ];
  const sql = `with item_groups as (
      select kyiv_month, channel, item_type, outcome, topic_id, count(*) as n, sum(answered) as answered, sum(on_time) as on_time, sum(open_due) as open_due
      from (${inner.sql}) items group by kyiv_month, channel, item_type, outcome, topic_id)
    insert into ${ROLLUP_TABLE} (register, kyiv_month, list_name, item_key, topic_id, n, answered, on_time, open_due)
    ${lists.map(([list, key, topic, by]) => `select ${sqlText(shape.key)}, kyiv_month, '${list}', ${key}, ${topic}, sum(n), sum(answered), sum(on_time), sum(open_due) from item_groups group by kyiv_month${by}`).join(' union all ')}`;
  await trx(ROLLUP_TABLE).where({ register: shape.key }).whereIn('kyiv_month', months.map((m) => m.key)).del();
  // A month or two after a write: each item's topic link looked up by its index (a few thousand lookups, ~6 ms on
  // 4 000 appeals) rather than a hash of the whole link table, which PostgreSQL's estimates otherwise prefer (~10 ms).
  const few = strapi.db.dialect.client === 'postgres' && months.length <= 2;
  if (few) await trx.raw('SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off');
  await trx.raw(sql, inner.bindings);
  if (few) await trx.raw('SET LOCAL enable_hashjoin TO DEFAULT; SET LOCAL enable_mergejoin TO DEFAULT');
}

/**
 * Brings the roll-up up to date: takes the marked instants (DELETE … RETURNING: a write that commits meanwhile keeps
 * its mark for the next read) and recounts their months, in one transaction, one instance at a time on PostgreSQL.
 * Without marks it costs one indexed read of an empty table.
 */
export async function refreshStatisticsRollup(strapi: Core.Strapi, shapes: readonly RegisterShape[]): Promise<void> {
  const knex = strapi.db.connection;
  if (!(await knex(DIRTY_TABLE).first('id'))) return;
  const postgres = strapi.db.dialect.client === 'postgres';
  await knex.transaction(async (trx: any) => {
    if (postgres) {
      await trx.raw(LOCK_SQL);
      await trx.raw('SET LOCAL max_parallel_workers_per_gather = 0');
    }
    const marks = rowsOf(await trx.raw(`delete from ${DIRTY_TABLE} returning register, low, high`));
    for (const shape of shapes) {
      const mine = marks.filter((m) => m.register === shape.key);
      if (!mine.length) continue;
      const months = new Map<string, KyivMonth>();
      if (mine.some((m) => m.low === null || m.high === null)) {
        // the whole register: every month from its first item to its last
        const meta: any = strapi.db.metadata.get(shape.uid as any);
        const column = meta.attributes.receivedAt.columnName;
        const [span] = rowsOf(await trx.raw('select min(??) as low, max(??) as high from ??', [column, column, meta.tableName]));
        await trx(ROLLUP_TABLE).where({ register: shape.key }).del();
        mine.splice(0, mine.length, span);
      }
      for (const mark of mine) {
        const low = toInstant(mark.low);
        const high = toInstant(mark.high);
        if (low && high) for (const month of kyivMonthsBetween(low, high)) months.set(month.key, month);
      }
      if (months.size) await recount(strapi, trx, shape, [...months.values()].sort((a, b) => a.start.getTime() - b.start.getTime()));
    }
  });
}

/**
 * The roll-up's figures of one register summed over the months first … last (YYYY-MM, inclusive). Their `overdue` is
 * the open items with a term, overdue or not yet: the caller subtracts those not yet due (notYetDueCount).
 */
export async function rolledUpFigureRows(strapi: Core.Strapi, shape: RegisterShape, first: string, last: string): Promise<FigureRow[]> {
  const topics = topicColumns(strapi, shape);
  const grouped = `select list_name, item_key, topic_id, sum(n) as n, sum(answered) as answered, sum(on_time) as on_time, sum(open_due) as open_due from ${ROLLUP_TABLE}
    where register = ? and kyiv_month >= ? and kyiv_month <= ? group by list_name, item_key, topic_id`;
  const sql = topics
    ? `select g.list_name, g.item_key, g.n, g.answered, g.on_time, g.open_due, t.${topics.code} as topic_code, t.${topics.title} as topic_title from (${grouped}) g left join ${topics.table} t on t.id = g.topic_id`
    : `select g.list_name, g.item_key, g.n, g.answered, g.on_time, g.open_due, null as topic_code, null as topic_title from (${grouped}) g`;
  const rows = rowsOf(await strapi.db.connection.raw(sql, [shape.key, first, last]));
  return rows.map((row) => ({
    list: row.list_name as FigureList,
    key: row.list_name === 'topic' ? row.topic_code : row.item_key,
    ...(row.list_name === 'topic' ? { label: row.topic_title } : {}),
    count: Number(row.n ?? 0),
    answered: Number(row.answered ?? 0),
    onTime: Number(row.on_time ?? 0),
    overdue: Number(row.open_due ?? 0),
  }));
}

/**
 * Open items with a term that has not come yet at `now`, received from `start` (inclusive) to `next` (exclusive): the
 * whole months' open items with a term less these are the overdue ones. The open states are written as the literal
 * predicate of the partial indexes on open items (../reports/register-indexes.ts); PostgreSQL reads the few such items
 * from the index on the state and the term.
 */
export async function notYetDueCount(strapi: Core.Strapi, shape: RegisterShape, start: Date, next: Date, now: Date): Promise<number> {
  const register = REGISTERS.find((r) => r.uid === shape.uid)!;
  const { table, open, column } = openItemExpressions(strapi, register);
  const rows = rowsOf(await strapi.db.connection.raw(
    `select count(*) as n from ${quoted(table)} where ${open} and ${column('dueAt')} >= ? and ${column('receivedAt')} >= ? and ${column('receivedAt')} < ?`,
    [now, start, next],
  ));
  return Number(rows[0]?.n ?? 0);
}

/**
 * The public figures of one register in a period: its whole Kyiv months from the roll-up, its partial edge months
 * live; overdue = the whole months' open items with a term, less those not yet due, plus the edges' overdue. The
 * roll-up must have been brought up to date first (refreshStatisticsRollup).
 */
export async function rolledUpStatistics(strapi: Core.Strapi, shape: RegisterShape, period: StatisticsPeriod, now: Date): Promise<RegisterStatistics> {
  const { months, edges } = splitIntoMonths(period);
  const first = months[0];
  const last = months[months.length - 1];
  const [monthly, notYetDue, edge] = await Promise.all([
    months.length ? rolledUpFigureRows(strapi, shape, first.key, last.key) : [],
    months.length ? notYetDueCount(strapi, shape, first.start, last.next, now) : 0,
    edges.length ? liveFigureRows(strapi, shape, edges, now) : [],
  ]);
  return assembleStatistics(shape, [...monthly, ...edge], totalOverdue(monthly) - notYetDue + totalOverdue(edge));
}
