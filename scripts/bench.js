#!/usr/bin/env node
/**
 * npm run bench — measures, on PostgreSQL holding 100 000 appeals, 20 000 information requests and 10 000
 * publications (generated with set-based INSERT … SELECT generate_series):
 *   - the main public GraphQL queries with 32 concurrent clients (requests/s, p50, p95), next to the same data read
 *     by one hand-written SQL query through `pg` as the ceiling;
 *   - the reports (executive discipline, quarterly analysis, dashboard) computed in the server.
 * Uses a fresh database on TEST_POSTGRES_URL's server and drops it afterwards. BENCH_SECONDS (default 8) per case.
 */
'use strict';
const path = require('path');
const net = require('net');
const { execFile } = require('child_process');
const { promisify } = require('util');
const { Client } = require('pg');

const SERVER = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 32);
const APPEALS = Number(process.env.BENCH_APPEALS || 100000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 20000);
const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS || 10000);

async function admin(sql) {
  const c = new Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function timed(label, fn) {
  const t0 = Date.now();
  const result = await fn();
  console.log(`  ${label}: ${Date.now() - t0} ms`);
  return result;
}

/** Bulk data in a few statements: the distributions cycle through the vocabularies deterministically. */
async function generate(knex) {
  const topics = (await knex('classifier_topics').select('id')).map((r) => r.id);
  const departments = (await knex('departments').select('id')).map((r) => r.id);
  const staff = (await knex('staff_members').select('id')).map((r) => r.id);
  await knex.raw(`
    INSERT INTO appeals (document_id, registration_number, received_at, channel, appeal_type, author_kind, recurrence,
      needs_additional_study, priority, subject, text, due_at, workflow_state, answered_at, answered_late, answer_outcome,
      created_at, updated_at, published_at)
    SELECT 'bench-a-' || g, 'Б-' || g || '/bench', r, (ARRAY['government_hotline','written','email','website','personal_reception','phone','e_petition','forwarded'])[1 + g % 8],
      (ARRAY['proposal','application','complaint'])[1 + g % 3], (ARRAY['individual','individual','individual','collective'])[1 + g % 4], 'primary',
      g % 2 = 0, g % 10 = 0, 'Звернення № ' || g || ' щодо благоустрою', 'Текст звернення ' || g, r + interval '30 days',
      CASE WHEN g % 5 = 0 THEN 'in_progress' WHEN g % 7 = 0 THEN 'registered' ELSE 'answered' END,
      CASE WHEN g % 5 = 0 OR g % 7 = 0 THEN NULL ELSE r + ((g % 40) || ' days')::interval END,
      g % 40 > 30, CASE WHEN g % 5 = 0 OR g % 7 = 0 THEN NULL ELSE (ARRAY['satisfied','explained','rejected'])[1 + g % 3] END,
      now(), now(), now()
    FROM (SELECT g, now() - ((g % 730) || ' days')::interval - ((g % 24) || ' hours')::interval AS r FROM generate_series(1, ${APPEALS}) g) s`);
  await knex.raw(`INSERT INTO appeals_topic_lnk (appeal_id, classifier_topic_id)
    SELECT a.id, (ARRAY[${topics.join(',')}])[1 + a.id % ${topics.length}] FROM appeals a WHERE a.document_id LIKE 'bench-a-%'`);
  await knex.raw(`INSERT INTO appeals_department_lnk (appeal_id, department_id)
    SELECT a.id, (ARRAY[${departments.join(',')}])[1 + a.id % ${departments.length}] FROM appeals a WHERE a.document_id LIKE 'bench-a-%'`);
  await knex.raw(`INSERT INTO appeals_assignee_lnk (appeal_id, staff_member_id)
    SELECT a.id, (ARRAY[${staff.join(',')}])[1 + a.id % ${staff.length}] FROM appeals a WHERE a.document_id LIKE 'bench-a-%'`);
  await knex.raw(`
    INSERT INTO information_requests (document_id, registration_number, received_at, channel, request_text, urgent, due_at, workflow_state,
      answered_at, answered_late, answer_outcome, created_at, updated_at, published_at)
    SELECT 'bench-r-' || g, 'ЗІ-' || g || '/bench', r, (ARRAY['post','email','website_form','phone','personal'])[1 + g % 5], 'Запит ' || g, false,
      r + interval '7 days', CASE WHEN g % 6 = 0 THEN 'in_progress' ELSE 'answered' END,
      CASE WHEN g % 6 = 0 THEN NULL ELSE r + ((g % 9) || ' days')::interval END, g % 9 > 6,
      CASE WHEN g % 6 = 0 THEN NULL ELSE 'provided' END, now(), now(), now()
    FROM (SELECT g, now() - ((g % 730) || ' days')::interval AS r FROM generate_series(1, ${REQUESTS}) g) s`);
  await knex.raw(`
    INSERT INTO publications (document_id, kind, title, slug, summary, body, question, created_at, updated_at, published_at)
    SELECT 'bench-p-' || g, (ARRAY['news','announcement','information_material','refutation','appeal_answer','report'])[1 + g % 6],
      (ARRAY['Рішення виконкому','Ремонт доріг','Опалювальний сезон','Громадський бюджет','Вакцинація','Безпека'])[1 + g % 6] || ' № ' || g,
      'bench-publikatsiia-' || g, 'Короткий опис матеріалу ' || g, 'Текст матеріалу ' || g, CASE WHEN g % 6 = 4 THEN 'Питання ' || g END,
      now(), now(), now() - (g || ' minutes')::interval
    FROM generate_series(1, ${PUBLICATIONS}) g`);
  await knex.raw('ANALYZE');
}

async function main() {
  const appDir = path.resolve(__dirname, '..');
  process.chdir(appDir);
  const name = `city_appeals_bench_${Date.now()}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const port = await freePort();
  Object.assign(process.env, {
    DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production',
    SEED_DEMO_DATA: 'false', CRON_ENABLED: 'false', LOG_LEVEL: 'error', DATABASE_POOL_MAX: '20',
  });
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const app = await compileStrapi({ appDir });
  const strapi = createStrapi({ ...app, autoReload: false, serveAdminPanel: false });
  try {
    await strapi.load();
    await strapi.listen();
    console.log(`Дані (PostgreSQL ${name}):`);
    const { seedDemoData } = require(path.join(app.distDir, 'src/seed'));
    await timed('довідники і демо-дані', () => seedDemoData(strapi, new Date(), () => undefined));
    await timed(`${APPEALS} звернень, ${REQUESTS} запитів, ${PUBLICATIONS} публікацій`, () => generate(strapi.db.connection));
    await require('./bench-clerk-search').clerkSearchBench(strapi, APPEALS);

    const quarterFrom = new Date(Date.now() - 90 * 86400000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    console.log(`\nЗвіти (у процесі сервера, ${APPEALS + REQUESTS} позицій):`);
    const { disciplineReport } = require(path.join(app.distDir, 'src/reports/discipline-report'));
    const { analysisReport } = require(path.join(app.distDir, 'src/reports/analysis-report'));
    const { dashboardFigures } = require(path.join(app.distDir, 'src/reports/dashboard'));
    const yearAgo = new Date(Date.now() - 365 * 86400000).toISOString().slice(0, 10);
    for (const [label, fn] of [
      ['виконавська дисципліна за рік, за підрозділами', () => disciplineReport(strapi, yearAgo, today, 'department')],
      ['виконавська дисципліна за рік, за виконавцями', () => disciplineReport(strapi, yearAgo, today, 'assignee')],
      ['аналіз за квартал', () => analysisReport(strapi, quarterFrom, today)],
      ['панель: терміни під загрозою (усі підрозділи)', () => dashboardFigures(strapi, undefined)],
    ]) {
      const runs = [];
      for (let i = 0; i < 7; i++) {
        const t0 = process.hrtime.bigint();
        await fn();
        runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      runs.sort((a, b) => a - b);
      console.log(`  ${label}: медіана ${runs[3].toFixed(1)} мс, найгірше ${runs[6].toFixed(1)} мс (7 запусків)`);
    }

    const spec = {
      url: `http://127.0.0.1:${port}/graphql`,
      databaseUrl: url.toString(),
      seconds: SECONDS,
      concurrency: CONCURRENCY,
      graphql: [
        { name: 'publications (сторінка 1, 10 шт., з pageInfo)', query: '{ publications_connection(sort: ["publishedAt:desc"], pagination: { page: 1, pageSize: 10 }) { nodes { documentId title slug kind summary publishedAt } pageInfo { total pageCount } } }' },
        { name: 'publications (пошук + розділ)', query: '{ publications(filters: { kind: { eq: "news" }, or: [{ title: { containsi: "ремонт" } }, { summary: { containsi: "ремонт" } }] }, sort: ["publishedAt:desc"], pagination: { pageSize: 10 }) { documentId title } }' },
        { name: 'appealStatistics (квартал)', query: `{ appealStatistics(from: "${quarterFrom}", to: "${today}") { appeals { received answered answeredOnTime overdue byChannel { key count } byTopic { key count } } informationRequests { received answered } } }` },
        { name: 'classifierTopics', query: '{ classifierTopics { code title } }' },
      ],
      sql: [
        { name: 'publications (сторінка 1 + кількість)', sql: `SELECT document_id, title, slug, kind, summary, published_at, count(*) OVER () AS total FROM publications WHERE published_at IS NOT NULL ORDER BY published_at DESC LIMIT 10` },
        { name: 'publications (пошук + розділ)', sql: `SELECT document_id, title FROM publications WHERE published_at IS NOT NULL AND kind = 'news' AND (title ILIKE '%ремонт%' OR summary ILIKE '%ремонт%') ORDER BY published_at DESC LIMIT 10` },
        { name: 'статистика (один GROUP BY)', sql: `SELECT channel, count(*), count(answered_at), sum(CASE WHEN answered_at IS NOT NULL AND NOT coalesce(answered_late, false) THEN 1 ELSE 0 END) FROM appeals WHERE received_at >= $1 GROUP BY channel`, params: [quarterFrom] },
        { name: 'classifierTopics', sql: 'SELECT document_id, code, title FROM classifier_topics LIMIT 25' },
      ],
    };
    console.log(`\nПублічний API: ${CONCURRENCY} одночасних клієнтів, ${SECONDS} с на кожен випадок (NODE_ENV=production)`);
    // asynchronous: the server answering the load runs on this process's event loop
    const { stdout: out } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'bench-client.js'), JSON.stringify(spec)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const results = JSON.parse(out.trim().split('\n').pop());
    console.log('  випадок'.padEnd(62) + 'запитів/с'.padStart(10) + 'p50, мс'.padStart(10) + 'p95, мс'.padStart(10) + 'помилок'.padStart(9));
    for (const r of results) console.log(`  ${r.name}`.padEnd(62) + String(r.rps).padStart(10) + String(r.p50).padStart(10) + String(r.p95).padStart(10) + String(r.errors).padStart(9));
  } finally {
    await strapi.destroy();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
