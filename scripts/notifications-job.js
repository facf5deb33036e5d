#!/usr/bin/env node
/**
 * npm run notifications -- <outbox|reminders|digest>[,<job>…] [--now=ISO] [--no-compile]
 * Runs notification jobs once, in the order given, under the same advisory lock as its cron task, and prints a JSON result on the
 * last line: for operations (send the queue now, catch up on reminders for a given day) and for the tests that need
 * a second server process on the same database. `--no-compile` reuses dist/ as the running server built it.
 * `--crash-after-claim` (tests only) kills the process right after it leased messages, before sending any.
 */
'use strict';
const { withStrapi } = require('./lib/boot');

async function main() {
  const args = process.argv.slice(2);
  const jobs = (args.find((a) => !a.startsWith('--')) ?? '').split(',').filter(Boolean);
  const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const nowArg = flag('now')?.split('=')[1];
  const now = nowArg ? new Date(nowArg) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: некоректна дата «${nowArg}»`);
  process.env.SEED_DEMO_DATA = 'false';
  process.env.CRON_ENABLED = 'false'; // this process runs one job and leaves; cron belongs to the servers
  await withStrapi({ noCompile: Boolean(flag('no-compile')) }, async (strapi, app) => {
    const { NOTIFICATION_JOBS, isNotificationJobName } = app.require('src/jobs/notifications/jobs');
    const unknown = jobs.find((job) => !isNotificationJobName(job));
    if (!jobs.length || unknown) throw new Error(`Невідоме завдання «${unknown ?? ''}». Допустимі: ${Object.keys(NOTIFICATION_JOBS).join(', ')}`);
    const options = flag('crash-after-claim') ? { afterClaim: () => process.kill(process.pid, 'SIGKILL') } : {};
    // tracked like a cron run: SIGTERM waits for it (the outbox worker gives back what it has not sent)
    const { trackJob } = app.require('src/operations/lifecycle');
    const results = {};
    for (const job of jobs) results[job] = await trackJob(`manual:${job}`, () => NOTIFICATION_JOBS[job](strapi, now, options));
    console.log(JSON.stringify(results));
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Помилка завдання сповіщень: ${error.message}`);
    process.exit(1);
  },
);
