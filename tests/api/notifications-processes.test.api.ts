import { spawn } from 'child_process';
import path from 'path';
import { api } from './support/client';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';
import { TestSmtp, drainOutbox, notificationsTo, runJob } from './support/smtp';

const ROOT = path.resolve(__dirname, '../..');
const smtp = new TestSmtp();
const postgres = process.env.TEST_DB_CLIENT === 'postgres';

/** A second server process on the run's database (scripts/notifications-job.js, reusing the dist/ jest built). */
function jobProcess(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/notifications-job.js'), ...args, '--no-compile'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'error' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

function lastJson(stdout: string): any {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

beforeAll(async () => {
  await smtp.start();
  await drainOutbox();
});
afterAll(() => smtp.stop());

describe('notification jobs across processes', () => {
  it('delivers a message whose sender was killed between leasing and sending, once its lease expires', async () => {
    const applicant = `crash-${Date.now().toString(36)}@example.com`;
    const appeal = await registerAppeal({ applicant: { fullName: 'Мельник Ганна', email: applicant } });
    const crashed = await jobProcess(['outbox', '--crash-after-claim']);
    expect(crashed.signal).toBe('SIGKILL');
    expect(smtp.to(applicant)).toEqual([]);
    const [leased] = await notificationsTo(applicant);
    expect(leased.deliveryState).toBe('pending');
    expect(leased.attempts).toBe(0);

    await runJob('outbox'); // the dead worker's lease (30 s in tests) still holds
    expect(smtp.to(applicant)).toEqual([]);
    await drainOutbox(new Date(Date.now() + 31_000));
    await drainOutbox(new Date(Date.now() + 120_000));
    expect(smtp.to(applicant).map((m) => m.subject)).toEqual([`Ваше звернення зареєстровано: № ${appeal.registrationNumber}`]);
    expect((await notificationsTo(applicant))[0].deliveryState).toBe('sent');
  }, 180_000);

  if (!postgres) {
    // eslint-disable-next-line no-console
    console.log('Пропущено: два процеси на одній базі перевіряються лише на PostgreSQL (npm run test:pg); SQLite — база одного екземпляра.');
  }
  (postgres ? it : it.skip)('two server processes running reminders and the outbox at the same time deliver each reminder exactly once (PostgreSQL)', async () => {
    const department = await createDepartment();
    const executor = await createStaff(department);
    const appeals = [];
    for (let i = 0; i < 3; i++) appeals.push(await registerAppeal({ needsAdditionalStudy: false, assignee: executor, subject: `Освітлення ${i}` }));
    await drainOutbox();
    const executorEmail = (await api('GET', `/staff-members/${executor}`)).body.data.email;

    const runs = await Promise.all([0, 1].map(() => jobProcess(['reminders,outbox', '--now=2026-03-12T07:00:00Z'])));
    for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const results = runs.map((run) => lastJson(run.stdout));
    expect(results.filter((r) => r.reminders.ran).length).toBeGreaterThanOrEqual(1);
    await drainOutbox(); // whatever a process left behind (nothing, normally)

    const reminders = smtp.to(executorEmail).filter((m) => m.subject.startsWith('Нагадування'));
    expect(reminders.map((m) => m.subject).sort()).toEqual(
      appeals.map((a) => `Нагадування: 3 робочі дні до строку, звернення № ${a.registrationNumber}`).sort(),
    );
    const rows = (await notificationsTo(executorEmail)).filter((r) => r.template === 'reminder');
    expect(rows.map((r) => [r.deliveryState, r.attempts])).toEqual([['sent', 1], ['sent', 1], ['sent', 1]]);
  }, 300_000);
});
