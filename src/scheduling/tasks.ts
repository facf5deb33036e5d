import { notificationCronTasks } from '../notifications/cron';

/**
 * Every cron task of the product, gathered from the areas that own them. Each task wraps its work in
 * `runExclusively`, so it runs once per tick however many instances are up.
 */
export const cronTasks: Record<string, { task: (ctx: { strapi: any }) => Promise<unknown>; options: { rule: string; tz?: string } }> = {
  ...notificationCronTasks,
};
