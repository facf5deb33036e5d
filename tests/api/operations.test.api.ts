import { readFileSync } from 'fs';
import { join } from 'path';
import { api, baseUrl, graphql, http } from './support/client';
import { registerAppeal } from './support/fixtures';

/** GET /_ready and GET /metrics on the running test server: the figures move with what happens. */

function metrics(token: string | null = process.env.METRICS_TOKEN ?? null) {
  return http<string>('GET', '/metrics', undefined, token === null ? {} : { Authorization: `Bearer ${token}` });
}

async function scrape(): Promise<(sample: string) => number> {
  const res = await metrics();
  expect(res.status).toBe(200);
  const text = String(res.body);
  return (sample: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
    if (line === undefined) return 0; // a histogram series appears with its first observation
    return Number(line.slice(sample.length + 1));
  };
}

describe('readiness', () => {
  it('answers 200 while the database answers', async () => {
    const res = await http('GET', '/_ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves Strapi\'s liveness check as it was', async () => {
    expect((await http('GET', '/_health')).status).toBe(204);
  });
});

describe('favicon', () => {
  it('answers /favicon.ico with the city\'s icon', async () => {
    const res = await fetch(`${baseUrl()}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(readFileSync(join(__dirname, '..', '..', 'public', 'favicon.png')))).toBe(true);
  });
});

describe('metrics endpoint', () => {
  it('refuses without the token or with a wrong one', async () => {
    expect(process.env.METRICS_TOKEN).toBeTruthy();
    const none = await metrics(null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await metrics(`${process.env.METRICS_TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).not.toContain('city_');
    expect((await http('GET', '/metrics', undefined, { Authorization: `Bearer ${process.env.TEST_API_TOKEN}` })).status).toBe(401);
  });

  it('speaks the Prometheus text format', async () => {
    const res = await metrics();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = String(res.body);
    for (const family of ['city_http_request_duration_seconds histogram', 'city_outbox_messages gauge', 'city_register_overdue_items gauge',
      'city_register_at_risk_items gauge', 'city_job_last_success_timestamp_seconds gauge', 'city_job_last_duration_seconds gauge']) {
      expect(text).toContain(`# TYPE ${family}`);
    }
    // every cron task is listed from the start, with 0 = never succeeded on this instance (cron is off in tests)
    for (const job of ['notificationsOutbox', 'notificationsReminders', 'notificationsDigest', 'publishScheduledPublications', 'statutoryCalendar']) {
      expect(text).toContain(`city_job_last_success_timestamp_seconds{job="${job}"} 0`);
    }
    // every non-comment line is `name{labels} number`
    for (const line of text.trim().split('\n').filter((l) => !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? (-?[0-9.e+-]+|\+Inf|NaN)$/);
    }
  });

  it('counts each request once in its route class', async () => {
    const before = await scrape();
    expect((await api('GET', '/classifier-topics')).status).toBe(200);
    const graphqlRes = await graphql('{ classifierTopics { documentId } }');
    expect(graphqlRes.status).toBe(200);
    expect((await http('GET', '/admin/reports/dashboard', undefined, { Authorization: `Bearer ${process.env.TEST_ADMIN_TOKEN}` })).status).toBe(200);
    expect((await http('GET', '/no-such-page')).status).toBe(404);
    const after = await scrape();
    const count = (routeClass: string) => `city_http_request_duration_seconds_count{route_class="${routeClass}"}`;
    expect(after(count('content-api')) - before(count('content-api'))).toBe(1);
    expect(after(count('graphql')) - before(count('graphql'))).toBe(1);
    expect(after(count('admin')) - before(count('admin'))).toBe(1);
    expect(after(count('other')) - before(count('other'))).toBe(1);
    expect(after('city_http_requests_total{route_class="other",status_class="4xx"}') - before('city_http_requests_total{route_class="other",status_class="4xx"}')).toBe(1);
    const inf = 'city_http_request_duration_seconds_bucket{route_class="content-api",le="+Inf"}';
    expect(after(inf) - before(inf)).toBe(1);
  });

  it('an overdue appeal moves the overdue gauge, its registration e-mail the outbox depth', async () => {
    const before = await scrape();
    // received in March 2026 with additional study: due in April, long past
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', applicant: {
      fullName: 'Шевчук Олена Петрівна', address: 'м. Дністрове, вул. Тестова, 2', email: `metrics-${Date.now()}@example.com`,
    } });
    expect(new Date(appeal.dueAt).getTime()).toBeLessThan(Date.now());
    const after = await scrape();
    expect(after('city_register_overdue_items{register="appeal"}') - before('city_register_overdue_items{register="appeal"}')).toBe(1);
    expect(after('city_register_open_items{register="appeal"}') - before('city_register_open_items{register="appeal"}')).toBe(1);
    expect(after('city_register_overdue_items{register="information_request"}')).toBe(before('city_register_overdue_items{register="information_request"}'));
    expect(after('city_outbox_messages{state="pending"}') - before('city_outbox_messages{state="pending"}')).toBe(1);
    expect(after('city_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(after('city_outbox_messages{state="sent"}')).toBe(before('city_outbox_messages{state="sent"}'));
  });

  it('an urgent information request (48 hours) moves the at-risk gauge, not the overdue one', async () => {
    const before = await scrape();
    const res = await api('POST', '/information-requests', { data: {
      receivedAt: new Date().toISOString(),
      channel: 'email',
      requester: { fullName: 'Коваль Ірина', email: `metrics-risk-${Date.now()}@example.com` },
      requestText: 'Прошу надати дані про викиди підприємства.',
      urgent: true,
      urgencyGround: 'environment',
      urgencyJustification: 'Викиди шкідливих речовин',
    } });
    expect(res.status).toBe(201);
    expect(new Date(res.body.data.dueAt).getTime() - Date.now()).toBeLessThanOrEqual(48 * 3600 * 1000);
    const after = await scrape();
    const gauge = (name: string) => `${name}{register="information_request"}`;
    expect(after(gauge('city_register_at_risk_items')) - before(gauge('city_register_at_risk_items'))).toBe(1);
    expect(after(gauge('city_register_overdue_items'))).toBe(before(gauge('city_register_overdue_items')));
    expect(after(gauge('city_register_open_items')) - before(gauge('city_register_open_items'))).toBe(1);
  });
});
