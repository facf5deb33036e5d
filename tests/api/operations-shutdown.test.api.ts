import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { openDirectDb, type DirectDb } from './support/direct-db';
import { registerAppeal } from './support/fixtures';
import { freePort } from './support/net';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { TestSmtp, drainOutbox } from './support/smtp';

/**
 * Graceful shutdown with the outbox worker in the middle of a batch: a second server process sends to a slow SMTP
 * server on loopback and gets SIGTERM while the first message is on the wire. Every message must end sent exactly
 * once or pending and free to send — none lost, none left leased until its lease runs out.
 */

const MESSAGES = 5;
const SMTP_DELAY_MS = 2500;

class SlowSmtp {
  readonly received: string[] = [];
  private server: SMTPServer | null = null;
  private firstData!: () => void;
  readonly firstMessageOnTheWire = new Promise<void>((resolve) => (this.firstData = resolve));

  async start(port: number): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        this.firstData();
        simpleParser(stream)
          .then((mail) => {
            // the message is accepted only after the delay: the sender is mid-send all that time
            setTimeout(() => {
              this.received.push(String(mail.headers.get('x-notification-key') ?? ''));
              callback();
            }, SMTP_DELAY_MS);
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

describe('graceful shutdown (SIGTERM) of a server whose outbox worker is sending', () => {
  const mainSmtp = new TestSmtp();
  const slowSmtp = new SlowSmtp();
  let server: ServerProcess | null = null;
  let db: DirectDb;

  beforeAll(async () => {
    await mainSmtp.start();
    await drainOutbox(); // only this test's messages are sendable from here on
    db = await openDirectDb();
  }, 120000);

  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await slowSmtp.stop();
    await mainSmtp.stop();
    await db?.close();
  });

  it('finishes the message being sent, gives the rest back, answers the request in flight, and exits', async () => {
    const stamp = Date.now();
    const recipients = Array.from({ length: MESSAGES }, (_, i) => `shutdown-${stamp}-${i}@example.com`);
    for (const [i, email] of recipients.entries()) {
      await registerAppeal({ applicant: { fullName: `Шумейко Остап ${i}`, address: 'м. Дністрове, вул. Тестова, 3', email } });
    }
    const rows = () => db.all(
      `select id, recipient, delivery_state, claim_token, claimed_until, attempts, idempotency_key from notifications where recipient in (${recipients.map(() => '?').join(', ')}) order by id`,
      recipients,
    );
    const queued = await rows();
    expect(queued).toHaveLength(MESSAGES);
    expect(queued.every((r) => r.delivery_state === 'pending' && r.claim_token === null)).toBe(true);

    const smtpPort = await freePort();
    await slowSmtp.start(smtpPort);
    server = await startServerProcess({ SMTP_PORT: String(smtpPort), CRON_ENABLED: 'false', NOTIFICATIONS_JOB_ROUTE: 'true', SHUTDOWN_TIMEOUT_SECONDS: '30' });
    const ready = await fetch(`${server.baseUrl}/_ready`);
    expect(ready.status).toBe(200);

    // the worker runs inside this request; SIGTERM arrives while the first message is being accepted
    const job = fetch(`${server.baseUrl}/api/notification-jobs/outbox`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.TEST_API_TOKEN}`, 'Content-Type': 'application/json' },
      body: '{}',
    }).then(async (res) => ({ status: res.status, body: await res.json() }), (error) => ({ status: 0, body: String(error) }));
    await slowSmtp.firstMessageOnTheWire;
    server.child.kill('SIGTERM');

    const answer = await job;
    const exit = await server.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('Strapi has been shut down');
    // the request in flight was answered, not cut: the worker reports what it sent and what it gave back
    expect(answer.status).toBe(200);
    expect(answer.body.data.sent).toBeGreaterThanOrEqual(1);
    expect(answer.body.data.released).toBeGreaterThanOrEqual(1);

    const after = await rows();
    const sent = after.filter((r) => r.delivery_state === 'sent');
    const pending = after.filter((r) => r.delivery_state === 'pending');
    expect(sent.length + pending.length).toBe(MESSAGES);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(pending.length).toBeGreaterThanOrEqual(1);
    // sent exactly once: what the mail server accepted is exactly what is marked sent
    expect([...slowSmtp.received].sort()).toEqual(sent.map((r) => r.idempotency_key).sort());
    for (const r of sent) expect(Number(r.attempts)).toBe(1);
    // given back, not stuck: no lease, no attempt counted
    for (const r of pending) {
      expect(r.claim_token).toBeNull();
      expect(r.claimed_until).toBeNull();
      expect(Number(r.attempts)).toBe(0);
    }

    // the running server sends the rest at once (no lease to wait for), and nothing twice
    await drainOutbox();
    const final = await rows();
    expect(final.every((r) => r.delivery_state === 'sent')).toBe(true);
    const mainKeys = recipients.flatMap((to) => mainSmtp.to(to).map((m) => m.key));
    expect(mainKeys.sort()).toEqual(pending.map((r) => r.idempotency_key).sort());
    const everyDelivery = [...slowSmtp.received, ...mainKeys];
    expect(new Set(everyDelivery).size).toBe(MESSAGES);
    expect(everyDelivery).toHaveLength(MESSAGES);
  }, 420000);
});
