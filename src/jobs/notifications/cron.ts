import { KYIV_ZONE } from '../../domain/calendar';
import { runDigestJob, runReminderJob } from './jobs';
import { sendDueNotifications } from './sender';

/**
 * Cron tasks of the notifications (Europe/Kyiv). Each one takes its advisory lock inside (runExclusively), so it
 * runs once per tick however many instances are up.
 */
export const notificationCronTasks = {
  notificationsOutbox: {
    task: ({ strapi }: { strapi: any }) => sendDueNotifications(strapi),
    options: { rule: '*/1 * * * *', tz: KYIV_ZONE },
  },
  // Hourly through the working day: the day's reminders go out at 07:05; later ticks catch up after downtime and,
  // thanks to the idempotency keys, add nothing otherwise.
  notificationsReminders: {
    task: ({ strapi }: { strapi: any }) => runReminderJob(strapi),
    options: { rule: '5 7-19 * * *', tz: KYIV_ZONE },
  },
  notificationsDigest: {
    task: ({ strapi }: { strapi: any }) => runDigestJob(strapi),
    options: { rule: '0 8 * * *', tz: KYIV_ZONE },
  },
};
