import { notificationCronTasks } from '../notifications/cron';
import { publishScheduledPublications } from '../communications/scheduled-publishing';

/**
 * Every cron task of the product, gathered from the areas that own them. Each task wraps its work in
 * `runExclusively`, so it runs once per tick however many instances are up.
 */
export const cronTasks: Record<string, { task: (ctx: { strapi: any }) => Promise<unknown>; options: { rule: string; tz?: string } }> = {
  ...notificationCronTasks,
  // Every minute: a scheduled publication appears on the website within a minute of its time.
  publishScheduledPublications: { task: ({ strapi }) => publishScheduledPublications(strapi), options: { rule: '0 * * * * *', tz: 'Europe/Kyiv' } },
};
