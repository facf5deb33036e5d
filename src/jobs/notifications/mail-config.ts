/**
 * The e-mail plugin's configuration from the environment. Strapi's nodemailer provider is used either way:
 * with SMTP_HOST it talks to that server; without it, nodemailer's stream transport builds the message in memory
 * and the outbox sender (src/jobs/notifications/sender.ts) writes it as an .eml file under MAIL_DIR, so the quick start
 * needs no mail server and a person can still open every message that would have gone out.
 */
export interface MailEnv {
  (key: string, fallback?: string): string | undefined;
  int(key: string, fallback?: number): number;
  bool(key: string, fallback?: boolean): boolean;
}

export function emailPluginConfig(env: MailEnv) {
  const host = env('SMTP_HOST', '') || '';
  const from = env('MAIL_FROM', '') || 'Міська рада <no-reply@example.gov.ua>';
  const user = env('SMTP_USER', '') || '';
  const providerOptions = host
    ? {
        host,
        port: env.int('SMTP_PORT', 587),
        secure: env.bool('SMTP_SECURE', false),
        ...(user ? { auth: { user, pass: env('SMTP_PASSWORD', '') } } : {}),
        // A dead server must fail a send quickly: the row simply waits for its next attempt.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }
    : { streamTransport: true, buffer: true, newline: 'unix' };
  return {
    provider: 'nodemailer',
    providerOptions,
    settings: { defaultFrom: from, defaultReplyTo: from },
  };
}
