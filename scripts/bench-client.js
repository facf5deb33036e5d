#!/usr/bin/env node
/**
 * Load generator of `npm run bench`, in its own process so it does not share the server's event loop:
 * N concurrent clients run each case for a fixed time; prints JSON (requests per second, p50 and p95 latency).
 */
'use strict';
const { Pool } = require('pg');

const [, , specJson] = process.argv;
const spec = JSON.parse(specJson);

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(name, once) {
  const latencies = [];
  let errors = 0;
  const deadline = Date.now() + spec.seconds * 1000;
  // warm-up: one call per client
  await Promise.all(Array.from({ length: spec.concurrency }, () => once().catch(() => undefined)));
  const started = Date.now();
  await Promise.all(
    Array.from({ length: spec.concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        try {
          await once();
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, requests: latencies.length, errors, rps: Math.round(latencies.length / elapsed), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)) };
}

const round = (x) => (x === null ? null : Math.round(x * 10) / 10);

async function main() {
  const results = [];
  for (const item of spec.graphql) {
    const body = JSON.stringify({ query: item.query, variables: item.variables || {} });
    results.push(
      await run(`GraphQL ${item.name}`, async () => {
        const res = await fetch(spec.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        const json = await res.json();
        if (!res.ok || json.errors) throw new Error(JSON.stringify(json.errors));
      }),
    );
  }
  const pool = new Pool({ connectionString: spec.databaseUrl, max: spec.concurrency });
  for (const item of spec.sql) {
    results.push(await run(`SQL ceiling ${item.name}`, async () => void (await pool.query(item.sql, item.params || []))));
  }
  await pool.end();
  console.log(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
