import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { NOTIFICATION_JOBS, isNotificationJobName } from '../../../jobs/notifications/jobs';

const UID = 'api::notification.notification';

export default factories.createCoreController(UID, () => ({
  /** POST /api/notifications/:id/retry — a staff member sends a failed message again (a fresh series of attempts). */
  async retry(ctx: any) {
    const documentId = ctx.params.id;
    const row: any = await strapi.documents(UID).findOne({ documentId });
    if (!row) throw new errors.NotFoundError('Сповіщення не знайдено.');
    if (row.deliveryState === 'sent') {
      throw new errors.ValidationError('Лист уже надіслано: повторювати нічого.', { rule: 'notification.already_sent' });
    }
    const updated = await strapi.documents(UID).update({ documentId, data: { deliveryState: 'pending' } as any });
    ctx.body = { data: { documentId, deliveryState: updated?.deliveryState, attempts: updated?.attempts } };
  },

  /**
   * POST /api/notification-jobs/:job (outbox | reminders | digest) — runs a scheduled job now, under the same
   * advisory lock as cron. Exists only with NOTIFICATIONS_JOB_ROUTE=true; `now` (and, for the outbox, `batchSize`,
   * `maxPerRun`, `leaseSeconds`) are honoured only in tests.
   */
  async runJob(ctx: any) {
    const job = ctx.params.job;
    if (!isNotificationJobName(job)) {
      throw new errors.ValidationError(`Невідоме завдання «${job}». Допустимі: ${Object.keys(NOTIFICATION_JOBS).join(', ')}.`, { rule: 'notification.job' });
    }
    let now: Date | undefined;
    const requested = ctx.request.body?.now;
    if (requested !== undefined && process.env.NODE_ENV === 'test') {
      now = new Date(requested);
      if (Number.isNaN(now.getTime())) throw new errors.ValidationError('Поле «now» має бути датою й часом ISO 8601.', { rule: 'input.invalid' });
    }
    const result = job === 'outbox' ? await NOTIFICATION_JOBS.outbox(strapi, now, testRunOptions(ctx.request.body)) : await NOTIFICATION_JOBS[job](strapi, now);
    ctx.body = { data: { job, ...result } };
  },
}));

/** The outbox run's limits a test may choose (bounded like the environment's: src/domain/notifications/outbox-limits.ts). */
function testRunOptions(body: any): { batchSize?: number; maxPerRun?: number; leaseSeconds?: number } {
  if (process.env.NODE_ENV !== 'test' || !body || typeof body !== 'object') return {};
  const options: { batchSize?: number; maxPerRun?: number; leaseSeconds?: number } = {};
  for (const key of ['batchSize', 'maxPerRun', 'leaseSeconds'] as const) {
    if (body[key] === undefined) continue;
    if (!Number.isInteger(body[key]) || body[key] <= 0) {
      throw new errors.ValidationError(`Поле «${key}» має бути додатним цілим числом.`, { rule: 'input.invalid' });
    }
    options[key] = body[key];
  }
  return options;
}
