import { notificationCronTasks } from './notifications/cron';
import { publishScheduledPublications } from './scheduled-publishing';
import { trackJob } from '../operations/lifecycle';
import { loadStatutoryCalendar } from '../bootstrap/statutory-calendar';

type CronTask = { task: (ctx: { strapi: any }) => Promise<unknown>; options: { rule: string; tz?: string } };

/**
 * Every cron task of the product, gathered from the areas that own them. Each task wraps its work in
 * `runExclusively`, so it runs once per tick however many instances are up; here each is also measured (duration,
 * last success on GET /metrics) and waited for at shutdown.
 */
const tasks: Record<string, CronTask> = {
  ...notificationCronTasks,
  // Every minute: a scheduled publication appears on the website within a minute of its time.
  publishScheduledPublications: { task: ({ strapi }) => publishScheduledPublications(strapi), options: { rule: '0 * * * * *', tz: 'Europe/Kyiv' } },
  // Every night: the statutory holidays of the years ahead (two past the current one) are in the calendar before any
  // term can reach them, also on a server that runs for years without a restart.
  statutoryCalendar: { task: ({ strapi }) => loadStatutoryCalendar(strapi), options: { rule: '30 2 * * *', tz: 'Europe/Kyiv' } },
};

export const cronTasks: Record<string, CronTask> = Object.fromEntries(
  Object.entries(tasks).map(([name, { task, options }]) => [name, { task: (ctx: { strapi: any }) => trackJob(name, () => task(ctx)), options }]),
);
