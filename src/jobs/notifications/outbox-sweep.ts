import crypto from 'crypto';
import { DateTime } from 'luxon';
import type { Core } from '@strapi/strapi';
import { addCalendarDays, endOfKyivDay, kyivDate, KYIV_ZONE, type Calendar } from '../../domain/calendar';
import { sweepPartitions } from '../../domain/notifications/outbox-limits';
import { reminderFor, startOfKyivDay } from '../../domain/notifications/schedule';
import { openItemsDueQuery, REGISTERS, type Register } from './due-items';
import { NOTIFICATION_TABLE, qualifiedTable, withTrx } from './outbox';
import { renderSubject, type ItemKind } from './templates';

/**
 * The reminder sweep's outbox rows, written by the database: one `INSERT … SELECT … ON CONFLICT (idempotency_key)
 * DO NOTHING` per register for the reminders (every reminder kind of the day at once) and one per register for the
 * escalations, on PostgreSQL and SQLite alike. Node decides only what depends on the calendar and the settings — for
 * each Kyiv day of the reminder window and each priority, which reminder (if any) an item whose control date falls
 * on that day gets — and passes those few rules as a VALUES list; the items, the people and the rows never leave
 * the database.
 *
 * The rows are those `enqueue` wrote from the items read by findOpenItemsDue: the same recipient, template,
 * subject (the templates' own wording around the registration number, rendered here once per rule), data, item
 * columns and idempotency key (schedule.ts notificationKey: `kind:documentId:what:YYYY-MM-DD:email`), so the unique
 * index on idempotency_key still makes a rerun, a restart or a second instance add nothing. E-mail addresses are
 * assumed to be what Strapi's `email` type accepts (no colons or whitespace, which the key replaces in Node); blanks
 * are skipped and, for escalations, trimmed and compared case-insensitively like distinctRecipients.
 *
 * On PostgreSQL the items are split into NOTIFY_SWEEP_PARTITIONS (default 2) disjoint parts by a hash of their id,
 * and each part's statements run at the same time on a connection of their own, each in its own transaction (inPartitions):
 * PostgreSQL does not run an INSERT … SELECT in parallel, and writing the rows with their seven index entries is most
 * of a large pass. The job still runs under the advisory lock its own transaction holds (runExclusively) and waits
 * for every part. A part's commit does not wait for the rows to reach the disk (`synchronous_commit = off`): a crash
 * can lose at most the last fraction of a second of them, and since every row is idempotent (its unique key, `ON
 * CONFLICT DO NOTHING`) the next pass writes whatever a lost or failed part left out. All rows of one item fall in
 * one part and keep their order there (term, item, recipient); across parts the ids interleave. SQLite (one writer)
 * runs the same statements one after another in the job's transaction.
 */

/** One part of the items (`abs(hashint4(i.id) % count) = index`); null: all of them. */
type Partition = { count: number; index: number } | null;

/** A reminder an item whose control instant falls in [from, to] gets today. */
export interface ReminderRule {
  from: Date;
  to: Date;
  priority: boolean;
  template: 'reminder' | 'due_today';
  /** `reminder_N` or `due_today`: the key's "what". */
  what: string;
  workingDaysLeft: number | null;
  /** The Kyiv date of the control instant (the key's date). */
  day: string;
}

/**
 * The reminder rules of `now`: for each Kyiv day of the window and each priority, what reminderFor gives an item
 * whose control instant falls on that day (it depends on the instant only through its Kyiv date, once it is not
 * before `now`).
 */
export function reminderRules(now: Date, window: { from: Date; to: Date }, offsetsFor: (priority: boolean) => number[], cal: Calendar): ReminderRule[] {
  const rules: ReminderRule[] = [];
  const lastDay = kyivDate(window.to);
  for (let day = kyivDate(window.from); day <= lastDay; day = addCalendarDays(day, 1)) {
    const start = startOfKyivDay(day);
    const from = start.getTime() < window.from.getTime() ? window.from : start;
    const end = endOfKyivDay(day);
    const to = end.getTime() > window.to.getTime() ? window.to : end;
    if (from.getTime() > to.getTime()) continue;
    for (const priority of [false, true]) {
      const reminder = reminderFor(from, now, offsetsFor(priority), cal);
      if (!reminder) continue;
      rules.push(
        reminder.kind === 'due_today'
          ? { from, to, priority, template: 'due_today', what: 'due_today', workingDaysLeft: null, day }
          : { from, to, priority, template: 'reminder', what: `reminder_${reminder.workingDaysLeft}`, workingDaysLeft: reminder.workingDaysLeft, day },
      );
    }
  }
  return rules;
}

/** Reminders (the assignee, on the control date's reminder days) for every register: one statement per register. */
export async function insertReminders(strapi: Core.Strapi, now: Date, window: { from: Date; to: Date }, rules: ReminderRule[]): Promise<number> {
  if (!rules.length) return 0;
  return inPartitions(strapi, async (trx, sql, partition) => {
    let inserted = 0;
    for (const register of REGISTERS) {
      const registerRules = register.kind === 'appeal' ? rules : rules.filter((r) => !r.priority);
      if (!registerRules.length) continue;
      const items = itemsCte(strapi, trx, register, { from: window.from, until: window.to }, 'control', partition);
      const bindings: unknown[] = [...items.bindings];
      const values = registerRules.map((r) => {
        const [pre, post] = subjectAround(r.template, register.kind, r.workingDaysLeft, false);
        const [preControl, postControl] = subjectAround(r.template, register.kind, r.workingDaysLeft, true);
        bindings.push(r.from, r.to, sql.bool(r.priority), r.template, r.what, r.workingDaysLeft, r.day, pre, post, preControl, postControl);
        return '(CAST(? AS timestamp), CAST(? AS timestamp), CAST(? AS boolean), CAST(? AS text), CAST(? AS text), CAST(? AS integer), CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text))';
      });
      // the idempotency key first, so that rows already queued (a repeat pass) are skipped before any JSON is built
      bindings.push(register.kind);
      const key = `substr(? || ':' || x.document_id || ':' || r.what || ':' || r.day || ':' || ${sql.keyPart('x.asg_email')}, 1, 255)`;
      const item = sql.itemJson(register.kind, bindings);
      const data = sql.concatJson(
        sql.object([['item', item]]),
        `CASE WHEN x.template = 'reminder' THEN ${sql.object([['workingDaysLeft', 'x.n']])} ELSE ${sql.emptyObject} END`,
      );
      const subject = `substr(CASE WHEN x.control_due_at IS NULL THEN x.pre || ${reg} || x.post ELSE x.pre_c || ${reg} || x.post_c END, 1, 500)`;
      const priority = register.kind === 'appeal' ? `AND coalesce(x.priority, false) = r.p` : '';
      const statement = `WITH items AS (${items.sql}),
        rules (f, t, p, template, what, n, day, pre, post, pre_c, post_c) AS (VALUES ${values.join(', ')}),
        candidates AS (
          SELECT x.*, r.template, r.what, r.n, r.day, r.pre, r.post, r.pre_c, r.post_c, ${key} AS k
          FROM items x JOIN rules r ON x.when_at >= r.f AND x.when_at <= r.t ${priority}
          WHERE x.asg_email IS NOT NULL AND x.asg_email <> ''
        )
        ${insertInto(sql)}
        SELECT ${sql.documentId}, x.asg_email, x.template, ${subject}, ${data}, 'pending', 0, ?, x.k, ?, x.document_id, x.reg, ?, ?, ?
        FROM candidates x
        WHERE NOT EXISTS (SELECT 1 FROM ${sql.table} queued WHERE queued.idempotency_key = x.k)
        ORDER BY x.due_at, x.id
        ON CONFLICT (idempotency_key) DO NOTHING`;
      // bindings in statement order: the items, the rules, the key's kind, the item's kind in the JSON (pushed above), the row's columns
      bindings.push(now, register.kind, now, now, now);
      inserted += affected(await trx.raw(statement, bindings));
    }
    return inserted;
  });
}

/**
 * Escalations of overdue items (the statutory term before `now`): the assignee, the department's head and the parent
 * department's head, each address once per item (trimmed, case-insensitively), in that order. One statement per
 * register (and part).
 */
export async function insertEscalations(strapi: Core.Strapi, now: Date): Promise<number> {
  return inPartitions(strapi, async (trx, sql, partition) => {
    let inserted = 0;
    for (const register of REGISTERS) {
      const meta: any = strapi.db.metadata.get(register.uid as any);
      const dueColumn = meta.attributes.dueAt.columnName;
      let dueDay: (column: string) => string;
      if (sql.postgres) {
        dueDay = (column) => sql.kyivDatePg(column);
      } else {
        const first = await trx(meta.tableName).min({ m: dueColumn }).whereNotNull(dueColumn);
        const min = first[0]?.m;
        if (min === null || min === undefined) continue;
        dueDay = (column) => kyivDateSqlite(column, Number(min), now.getTime());
      }
      // once per item: the term's Kyiv date (the key's date) and each address as compared (trimmed, lower case)
      const items = itemsCte(strapi, trx, register, { before: now }, 'statutory', partition, (dueAt, email) => ({
        due_day: trx.raw(dueDay(dueAt)),
        ...Object.fromEntries(['asg', 'dh', 'ph'].map((who) => [`${who}_lc`, trx.raw(`coalesce(lower(trim(${email(who)})), '')`)])),
      }));
      // bindings in statement order: the items, the key's kind, the subject around the number, the item's kind in the
      // JSON, the row's columns
      const [pre, post] = subjectAround('overdue_escalation', register.kind, null, false);
      const bindings: unknown[] = [...items.bindings, register.kind, pre, post];
      const item = sql.itemJson(register.kind, bindings);
      const data = sql.object([['item', item], ['assigneeName', 'x.asg_name'], ['departmentName', 'x.d_name']]);
      // `todo`: the narrow rows (item, recipient, key) not queued yet — a repeat pass stops there. `built`: the subject
      // and the JSON, which depend on the item only, once per item that has a row to write (not once per recipient).
      const statement = `WITH items AS (${items.sql}),
        todo AS (
          SELECT y.id, y.ord, y.rcpt, y.k
          FROM (
            SELECT z.id, z.ord, z.rcpt, substr(? || ':' || z.document_id || ':overdue:' || z.due_day || ':' || ${sql.keyPart('z.rcpt')}, 1, 255) AS k
            FROM (
              SELECT x.id, x.document_id, x.due_day, trim(x.asg_email) AS rcpt, 1 AS ord FROM items x WHERE x.asg_lc <> ''
              UNION ALL
              SELECT x.id, x.document_id, x.due_day, trim(x.dh_email) AS rcpt, 2 AS ord FROM items x WHERE x.dh_lc <> '' AND x.dh_lc <> x.asg_lc
              UNION ALL
              SELECT x.id, x.document_id, x.due_day, trim(x.ph_email) AS rcpt, 3 AS ord FROM items x WHERE x.ph_lc <> '' AND x.ph_lc <> x.asg_lc
                AND x.ph_lc <> x.dh_lc
            ) z
          ) y
          WHERE NOT EXISTS (SELECT 1 FROM ${sql.table} queued WHERE queued.idempotency_key = y.k)
        ),
        built AS MATERIALIZED (
          SELECT x.id, x.due_at, x.document_id, x.reg, substr(? || ${reg} || ?, 1, 500) AS subject, ${data} AS data
          FROM items x
          WHERE x.id IN (SELECT t.id FROM todo t)
        )
        ${insertInto(sql)}
        SELECT ${sql.documentId}, t.rcpt, 'overdue_escalation', b.subject, b.data, 'pending', 0, ?, t.k, ?, b.document_id, b.reg, ?, ?, ?
        FROM todo t JOIN built b ON b.id = t.id
        WHERE true
        ORDER BY b.due_at, t.id, t.ord
        ON CONFLICT (idempotency_key) DO NOTHING`;
      bindings.push(now, register.kind, now, now, now);
      inserted += affected(await trx.raw(statement, bindings));
    }
    return inserted;
  });
}

/**
 * Runs `write` once per part on PostgreSQL — all parts at once, each in a transaction of its own on its own pooled
 * connection, tuned for bulk inserts — and returns the sum of the rows they wrote; waits for every part even when one
 * fails (then throws the first error: the parts that committed stay, the next pass adds the rest). SQLite, or a pool
 * too small to lend the parts their connections next to the job's own and a request's: once, over all items, in the
 * current transaction.
 */
async function inPartitions(
  strapi: Core.Strapi,
  write: (trx: any, sql: SqlDialect, partition: Partition) => Promise<number>,
): Promise<number> {
  const sql = new SqlDialect(strapi);
  const knex: any = strapi.db.connection;
  const poolMax = Number(knex.client?.pool?.max ?? knex.client?.config?.pool?.max ?? 0);
  const count = sweepPartitions(process.env);
  if (!sql.postgres || count < 2 || poolMax < count + 2) {
    return withTrx(strapi, async (trx) => {
      await sql.tuneForBulkInsert(trx);
      return write(trx, sql, null);
    });
  }
  // the root knex, not strapi.db.transaction: that would join the job's transaction (its one connection)
  const parts = await Promise.allSettled(
    Array.from({ length: count }, (_, index) =>
      knex.transaction(async (trx: any) => {
        await sql.tuneForBulkInsert(trx);
        // the rows are derived again by the next pass if a crash loses this commit (see the comment at the top)
        await trx.raw('SET LOCAL synchronous_commit = off');
        // the part's predicate hides how many items there are from the planner (it guesses 0.5 %), which then loops
        // over the link tables row by row; every join of these statements is a bulk one
        await trx.raw('SET LOCAL enable_nestloop = off');
        return write(trx, sql, { count, index });
      }) as Promise<number>,
    ),
  );
  const failed = parts.find((p): p is PromiseRejectedResult => p.status === 'rejected');
  if (failed) throw failed.reason;
  return parts.reduce((sum, p) => sum + (p as PromiseFulfilledResult<number>).value, 0);
}

const reg = `coalesce(x.reg, 'null')`;

function insertInto(sql: SqlDialect): string {
  return `INSERT INTO ${sql.table} (document_id, recipient, template, subject, data, delivery_state, attempts, next_attempt_at,
    idempotency_key, item_type, item_document_id, registration_number, created_at, updated_at, published_at)`;
}

function affected(result: any): number {
  // PostgreSQL: the pg result's rowCount; SQLite (better-sqlite3 through knex): the statement's `changes`
  return Number(result?.rowCount ?? result?.changes ?? result?.context?.changes ?? 0);
}

/**
 * The subject a template gives, split around the registration number: rendered by the template itself with a
 * placeholder number, so the wording stays in templates.ts.
 */
function subjectAround(template: 'reminder' | 'due_today' | 'overdue_escalation', kind: ItemKind, workingDaysLeft: number | null, control: boolean): [string, string] {
  const marker = `\u0001${crypto.randomUUID()}\u0001`;
  const item = { kind, registrationNumber: marker, ...(control ? { controlDueAt: '2000-01-01T00:00:00.000Z' } : {}) };
  const subject = renderSubject(template as any, { item, workingDaysLeft: workingDaysLeft ?? 0 } as never);
  const at = subject.indexOf(marker);
  if (at < 0 || subject.indexOf(marker, at + 1) >= 0) throw new Error(`${template}: the subject must name the registration number once`);
  return [subject.slice(0, at), subject.slice(at + marker.length)];
}

/**
 * The open items of one register in a range (and part) with the people to tell, as a CTE body (`x.…` in the
 * statements); `extra` adds columns computed from the item's due-at column and the people's e-mail columns.
 */
function itemsCte(
  strapi: Core.Strapi,
  knex: any,
  register: Register,
  range: { from?: Date; before?: Date; until?: Date },
  by: 'statutory' | 'control',
  partition: Partition,
  extra?: (dueAt: string, email: (who: string) => string) => Record<string, unknown>,
) {
  const { query, c, staffCol, deptCol, when } = openItemsDueQuery(strapi, knex, register, range, by);
  // a hash of the id, not the id itself: ids follow the order items came in, which the data may repeat in cycles
  if (partition) query.whereRaw('abs(hashint4(??) % ?) = ?', ['i.id', partition.count, partition.index]);
  const appeal = register.kind === 'appeal';
  query.select({
    id: 'i.id',
    document_id: 'i.document_id',
    reg: c('registrationNumber'),
    due_at: c('dueAt'),
    control_due_at: c('controlDueAt'),
    received_at: c('receivedAt'),
    subject: appeal ? c('subject') : knex.raw('CAST(NULL AS text)'),
    asg_email: staffCol('asg', 'email'),
    asg_name: staffCol('asg', 'fullName'),
    d_name: deptCol('d', 'name'),
    dh_email: staffCol('dh', 'email'),
    ph_email: staffCol('ph', 'email'),
  });
  if (appeal) query.select({ priority: c('priority') });
  query.select({ when_at: when });
  if (extra) query.select(extra(c('dueAt'), (who) => staffCol(who, 'email')));
  const { sql, bindings } = query.toSQL();
  return { sql: sql as string, bindings: bindings as unknown[] };
}

/** The few expressions that differ between PostgreSQL and SQLite. */
class SqlDialect {
  readonly postgres: boolean;
  readonly table: string;
  /** The zone PostgreSQL's `timestamp` columns are written in: node-postgres sends a Date as this process's local time. */
  private readonly localZone: string;

  constructor(strapi: Core.Strapi) {
    this.postgres = strapi.db.dialect.client === 'postgres';
    this.table = quoteTable(this.postgres ? qualifiedTable(strapi) : NOTIFICATION_TABLE);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    this.localZone = /^[A-Za-z0-9_+\-/]+$/.test(zone) ? zone : 'UTC';
  }

  /**
   * PostgreSQL, for this transaction only: no JIT compilation (its 0.1–0.2 s of compiling costs more than it saves on
   * statements of tens of thousands of rows), and room to sort the rows in memory rather than in temporary files.
   */
  async tuneForBulkInsert(trx: any): Promise<void> {
    if (!this.postgres) return;
    await trx.raw('SET LOCAL jit = off');
    await trx.raw(`SET LOCAL work_mem = '64MB'`);
  }

  bool(value: boolean): boolean | number {
    return this.postgres ? value : value ? 1 : 0;
  }

  /** Strapi's document id shape: 24 lowercase alphanumerics starting with a letter. */
  get documentId(): string {
    // PostgreSQL: 23 hex digits of two random numbers (52 + 40 bits), about half the cost of an md5 of their text
    return this.postgres
      ? `'n' || lpad(to_hex(floor(random() * 4503599627370496)::bigint), 13, '0') || lpad(to_hex(floor(random() * 1099511627776)::bigint), 10, '0')`
      : `'n' || substr(lower(hex(randomblob(12))), 1, 23)`;
  }

  get emptyObject(): string {
    return this.postgres ? `CAST('{}' AS jsonb)` : `'{}'`;
  }

  /** Date#toISOString of a stored datetime (null stays null). */
  iso(column: string): string {
    return this.postgres
      ? `to_char((${column} AT TIME ZONE '${this.localZone}') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : `(strftime('%Y-%m-%dT%H:%M:%S', ${column} / 1000, 'unixepoch') || '.' || substr('00' || (${column} % 1000), -3) || 'Z')`;
  }

  kyivDatePg(column: string): string {
    return `to_char((${column} AT TIME ZONE '${this.localZone}') AT TIME ZONE '${KYIV_ZONE}', 'YYYY-MM-DD')`;
  }

  /** A JSON object of [key, SQL expression] pairs. */
  object(pairs: Array<[string, string]>): string {
    const args = pairs.map(([k, v]) => `'${k}', ${this.postgres ? v : `${v.startsWith('json') ? `json(${v})` : v}`}`).join(', ');
    return this.postgres ? `jsonb_build_object(${args})` : `json_object(${args})`;
  }

  concatJson(a: string, b: string): string {
    return this.postgres ? `(${a} || ${b})` : `json_patch(${a}, ${b})`;
  }

  /** DueItem.ref as JSON: `controlDueAt` only when the item has one. Pushes its one binding (the kind). */
  itemJson(kind: ItemKind, bindings: unknown[], alias = 'x'): string {
    bindings.push(kind);
    const base = this.object([
      ['kind', 'CAST(? AS text)'],
      ['registrationNumber', `${alias}.reg`],
      ['subject', `${alias}.subject`],
      ['dueAt', this.iso(`${alias}.due_at`)],
      ['receivedAt', this.iso(`${alias}.received_at`)],
    ]);
    return this.concatJson(
      base,
      `CASE WHEN ${alias}.control_due_at IS NULL THEN ${this.emptyObject} ELSE ${this.object([['controlDueAt', this.iso(`${alias}.control_due_at`)]])} END`,
    );
  }

  /** notificationKey's treatment of a part: runs of colons and whitespace become "_". */
  keyPart(column: string): string {
    return this.postgres
      ? `regexp_replace(${column}, '[:\\s]+', '_', 'g')`
      : `replace(replace(replace(replace(replace(${column}, ':', '_'), ' ', '_'), char(9), '_'), char(10), '_'), char(13), '_')`;
  }
}

function quoteTable(name: string): string {
  return name.split('.').map((part) => `"${part.replace(/"/g, '""')}"`).join('.');
}

/**
 * SQLite has no time zones: the Kyiv date of a stored instant (epoch milliseconds) as a CASE over the UTC offsets
 * Kyiv had between `fromMs` and `toMs` (found with the same zone data the rest of the code uses).
 */
function kyivDateSqlite(column: string, fromMs: number, toMs: number): string {
  const DAY = 86_400_000;
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone: KYIV_ZONE }).offset * 60_000;
  const periods: Array<{ until: number | null; offset: number }> = [];
  let offset = offsetAt(fromMs);
  let previous = fromMs;
  for (let t = Math.min(fromMs + DAY, toMs); ; t = Math.min(t + DAY, toMs)) {
    const o = offsetAt(t);
    if (o !== offset) {
      let lo = previous;
      let hi = t;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid) === offset) lo = mid;
        else hi = mid;
      }
      periods.push({ until: hi, offset });
      offset = o;
    }
    previous = t;
    if (t >= toMs) break;
  }
  periods.push({ until: null, offset });
  const day = (o: number) => `date((${column} + ${Math.trunc(o)}) / 1000, 'unixepoch')`;
  if (periods.length === 1) return day(periods[0].offset);
  const branches = periods.map((p) => (p.until === null ? `ELSE ${day(p.offset)}` : `WHEN ${column} < ${Math.trunc(p.until)} THEN ${day(p.offset)}`));
  return `(CASE ${branches.join(' ')} END)`;
}
