import { freePort } from './net';

/**
 * Environment of the e-mail notifications for the API test run, set before Strapi boots: the mail server is a real
 * SMTP server the tests start on loopback (support/smtp.ts) at this port — and when no test has it running, SMTP is
 * simply down. Cron is off: the tests run each job when they mean to, through POST /api/notification-jobs/:job.
 */
export async function mailTestEnv(): Promise<Record<string, string>> {
  return {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(await freePort()),
    SMTP_SECURE: 'false',
    SMTP_USER: '',
    SMTP_PASSWORD: '',
    MAIL_FROM: 'Міська рада <zvernennia@example.gov.ua>',
    CRON_ENABLED: 'false',
    NOTIFICATIONS_JOB_ROUTE: 'true',
    NOTIFY_LEASE_SECONDS: '30',
    NOTIFY_RETRY_BASE_SECONDS: '60',
    NOTIFY_MAX_ATTEMPTS: '8',
  };
}

