import { emailPluginConfig, type MailEnv } from '../../../src/jobs/notifications/mail-config';

function envOf(values: Record<string, string>): MailEnv {
  const env = ((key: string, fallback?: string) => values[key] ?? fallback) as MailEnv;
  env.int = (key, fallback) => (values[key] !== undefined ? Number(values[key]) : (fallback as number));
  env.bool = (key, fallback) => (values[key] !== undefined ? values[key] === 'true' : (fallback as boolean));
  return env;
}

describe('emailPluginConfig', () => {
  it('without SMTP_HOST builds messages in memory for .eml files (the offline quick start)', () => {
    expect(emailPluginConfig(envOf({}))).toEqual({
      provider: 'nodemailer',
      providerOptions: { streamTransport: true, buffer: true, newline: 'unix' },
      settings: { defaultFrom: 'Міська рада <no-reply@example.gov.ua>', defaultReplyTo: 'Міська рада <no-reply@example.gov.ua>' },
    });
  });

  it('with SMTP_HOST talks to that server, with a login only when SMTP_USER is set', () => {
    const config = emailPluginConfig(envOf({
      SMTP_HOST: 'smtp.rada.example', SMTP_PORT: '465', SMTP_SECURE: 'true', SMTP_USER: 'notify', SMTP_PASSWORD: 's3cret', MAIL_FROM: 'Рада <rada@example.gov.ua>',
    }));
    expect(config.providerOptions).toEqual({
      host: 'smtp.rada.example', port: 465, secure: true, auth: { user: 'notify', pass: 's3cret' },
      connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000,
    });
    expect(config.settings.defaultFrom).toBe('Рада <rada@example.gov.ua>');
    const open = emailPluginConfig(envOf({ SMTP_HOST: 'relay.local' })).providerOptions as any;
    expect([open.port, open.secure, open.auth]).toEqual([587, false, undefined]);
  });
});
