import type { Core } from '@strapi/strapi';
import { addWorkingDays, endOfKyivDay, kyivDate } from '../domain/calendar';
import { loadDeadlineSettings } from '../documents/deadline-settings-source';
import { AT_RISK_WORKING_DAYS } from '../read-models/reports/dashboard';
import { rowsOf } from '../read-models/reports/discipline-report';
import { REGISTERS, registerItemsSql } from '../read-models/reports/register-items';
import { cronTasks } from '../jobs/cron-tasks';
import { inFlight, isDraining } from './lifecycle';
import { processFamilies, renderFamilies, type Family } from './metrics-registry';

const OUTBOX_STATES = ['pending', 'sent', 'failed'] as const;

/**
 * GET /metrics: the process's figures plus what the database says now, each database figure one aggregate query.
 * Database figures are the same on every instance (take max(), not sum(), across instances); request and job
 * figures are per instance (sum() them; a job runs on whichever instance took its lock).
 */
export async function metricsText(strapi: Core.Strapi, now = new Date()): Promise<string> {
  const [outbox, registers] = await Promise.all([outboxFamilies(strapi, now), registerFamilies(strapi, now)]);
  const current = inFlight();
  const process: Family[] = [
    { name: 'city_http_requests_in_flight', help: 'HTTP requests being answered on this instance.', type: 'gauge', samples: [{ value: current.requests }] },
    { name: 'city_draining', help: '1 while this instance is shutting down.', type: 'gauge', samples: [{ value: isDraining() ? 1 : 0 }] },
  ];
  return renderFamilies([...processFamilies(Object.keys(cronTasks)), ...process, ...outbox, ...registers]);
}

async function outboxFamilies(strapi: Core.Strapi, now: Date): Promise<Family[]> {
  const knex = strapi.db.connection;
  const [byState, detail] = await Promise.all([
    knex('notifications').select('delivery_state').count({ n: '*' }).groupBy('delivery_state'),
    knex('notifications')
      .where('delivery_state', 'pending')
      .select(
        knex.raw('sum(case when claimed_until is not null and claimed_until >= ? then 1 else 0 end) as leased', [now]),
        knex.raw('sum(case when attempts > 0 then 1 else 0 end) as retrying'),
        knex.raw('min(created_at) as oldest'),
      ),
  ]);
  const counts = new Map<string, number>(byState.map((r: any) => [String(r.delivery_state), Number(r.n)]));
  const d: any = detail[0] ?? {};
  const oldest = d.oldest === null || d.oldest === undefined ? null : toDate(d.oldest);
  return [
    {
      name: 'city_outbox_messages', help: 'Notification outbox rows by delivery state (pending = the queue depth).', type: 'gauge',
      samples: OUTBOX_STATES.map((state) => ({ labels: { state }, value: counts.get(state) ?? 0 })),
    },
    { name: 'city_outbox_failed_messages', help: 'Messages that used up their attempts and wait for staff (Не надіслані).', type: 'gauge', samples: [{ value: counts.get('failed') ?? 0 }] },
    { name: 'city_outbox_retrying_messages', help: 'Pending messages whose earlier attempts failed.', type: 'gauge', samples: [{ value: Number(d.retrying ?? 0) }] },
    { name: 'city_outbox_leased_messages', help: 'Pending messages a worker has claimed and not yet settled.', type: 'gauge', samples: [{ value: Number(d.leased ?? 0) }] },
    {
      name: 'city_outbox_oldest_pending_age_seconds', help: 'Age of the oldest pending message (0 = queue empty).', type: 'gauge',
      samples: [{ value: oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0 }],
    },
  ];
}

async function registerFamilies(strapi: Core.Strapi, now: Date): Promise<Family[]> {
  const { calendar } = await loadDeadlineSettings(strapi);
  const horizon = endOfKyivDay(addWorkingDays(kyivDate(now), AT_RISK_WORKING_DAYS, calendar));
  const items = registerItemsSql(strapi, null, null, now);
  const result = await strapi.db.connection.raw(
    `select register, sum(is_overdue) as overdue,
            sum(case when is_open = 1 and is_overdue = 0 and due_at <= ? then 1 else 0 end) as at_risk,
            sum(is_open) as open_items
     from (${items.sql}) items group by register`,
    [horizon, ...items.bindings],
  );
  const byRegister = new Map<string, any>(rowsOf(result).map((r: any) => [String(r.register), r]));
  const family = (name: string, help: string, column: string): Family => ({
    name, help, type: 'gauge',
    samples: REGISTERS.map((r) => ({ labels: { register: r.key }, value: Number(byRegister.get(r.key)?.[column] ?? 0) })),
  });
  return [
    family('city_register_overdue_items', 'Open items past their due date, per register.', 'overdue'),
    family('city_register_at_risk_items', `Open items not yet overdue, due within ${AT_RISK_WORKING_DAYS} working days, per register.`, 'at_risk'),
    family('city_register_open_items', 'Open items, per register.', 'open_items'),
  ];
}

/** SQLite keeps instants as epoch milliseconds, PostgreSQL as timestamps. */
function toDate(value: unknown): Date {
  return typeof value === 'number' || /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(value as any);
}
