import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { api } from './client';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  key: string;
}

/** A real SMTP server on loopback at SMTP_PORT (the port Strapi was configured with), parsing what it receives. */
export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  /** A slow server: how long it waits, after taking a whole message, before it answers the DATA command. */
  dataDelayMs = 0;
  private server: SMTPServer | null = null;

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            this.received.push(toReceived(mail));
            if (this.dataDelayMs > 0) setTimeout(() => callback(), this.dataDelayMs);
            else callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(Number(process.env.SMTP_PORT), '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()));
  }
}

function toReceived(mail: ParsedMail): ReceivedMail {
  const addresses = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
  return {
    to: addresses,
    from: mail.from?.text ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    key: String(mail.headers.get('x-notification-key') ?? ''),
  };
}

/** Runs a notification job in the test server (POST /api/notification-jobs/:job). */
export async function runJob(job: 'outbox' | 'reminders' | 'digest', now?: Date | string): Promise<any> {
  const res = await api('POST', `/notification-jobs/${job}`, now ? { now: new Date(now).toISOString() } : {});
  if (res.status !== 200) throw new Error(`job ${job}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** Sends everything sendable now (the queue also holds messages of other test files). */
export async function drainOutbox(now?: Date): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const result = await runJob('outbox', now);
    if (result.sent + result.retrying + result.failed === 0) return;
  }
  throw new Error('outbox did not drain');
}

export async function notificationsTo(recipient: string): Promise<any[]> {
  const res = await api('GET', `/notifications?filters[recipient][$eqi]=${encodeURIComponent(recipient)}&sort=id:asc&pagination[pageSize]=100`);
  if (res.status !== 200) throw new Error(`notifications: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}
