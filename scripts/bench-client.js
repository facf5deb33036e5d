#!/usr/bin/env node
/**
 * Load generator of `npm run bench`, in its own process so it does not share a server's event loop: N concurrent
 * clients run each case for a fixed time; prints JSON (requests per second, p50 and p95 latency) per case.
 * A case is `{ key, name, kind: 'get' | 'graphql' | 'sql', url?, query?, sql?, variants? }`; with `variants` (a list
 * of GraphQL variables or SQL parameters) each request takes the next one, so a cache that keys by the request
 * cannot answer most of them from memory; with `miss: true` every request also carries a variable the query does not
 * declare (GraphQL ignores it) with a value never sent before, so a cache keyed by the variables never answers it: the
 * cache-miss rate of the same query in the same run.
 */
'use strict';
const http = require('http');
const { Pool } = require('pg');

/**
 * Requests through Node's own `http` with keep-alive connections, one per client: measured here, `fetch` spent more
 * than a whole core of this two-core machine at 3 700 requests/s (the server then had less than one), `http` a third
 * of one at 5 100 — the client should measure the server, not itself.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
function request(url, body) {
  const target = new URL(url);
  const headers = body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: body === undefined ? 'GET' : 'POST', headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const [, , specJson] = process.argv;
const spec = JSON.parse(specJson);

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(item, once) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let n = 0;
  const call = () => once(n++);
  // warm-up, not counted: the clients run for `warmupSeconds` (both processes' JIT, connection pools, caches),
  // so the first case of a run is not measured cold
  const warmUntil = Date.now() + (spec.warmupSeconds ?? 1) * 1000;
  await Promise.all(
    Array.from({ length: spec.concurrency }, async () => {
      do await call().catch(() => undefined);
      while (Date.now() < warmUntil);
    }),
  );
  const deadline = Date.now() + spec.seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: spec.concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        try {
          await call();
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        } catch (error) {
          errors++;
          firstError = firstError || String(error.message || error).slice(0, 300);
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    key: item.key, target: item.target, name: item.name, requests: latencies.length, errors, firstError,
    rps: Math.round(latencies.length / elapsed), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)),
  };
}

const round = (x) => (x === null ? null : Math.round(x * 10) / 10);

async function main() {
  const results = [];
  const pools = new Map();
  const poolOf = (url) => {
    if (!pools.has(url)) pools.set(url, new Pool({ connectionString: url, max: spec.concurrency }));
    return pools.get(url);
  };
  for (const item of spec.cases) {
    const variant = (n) => (item.variants ? item.variants[n % item.variants.length] : undefined);
    let once;
    if (item.kind === 'get') {
      once = async () => {
        const res = await request(item.url);
        if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}`);
      };
    } else if (item.kind === 'graphql') {
      const fixed = JSON.stringify({ query: item.query, variables: {} });
      const nonce = `${process.pid}-${Date.now()}`;
      once = async (n) => {
        const body = item.miss
          ? JSON.stringify({ query: item.query, variables: { ...(variant(n) || {}), benchMiss: `${nonce}-${n}` } })
          : item.variants ? JSON.stringify({ query: item.query, variables: variant(n) }) : fixed;
        const res = await request(item.url, body);
        const json = JSON.parse(res.text);
        if (res.status < 200 || res.status >= 300 || json.errors) throw new Error(`HTTP ${res.status} ${JSON.stringify(json.errors)}`);
      };
    } else {
      const pool = poolOf(item.databaseUrl);
      const statements = Array.isArray(item.sql) ? item.sql : [item.sql];
      // several statements of one case run side by side, as a server resolving one request would
      once = async (n) => void (await Promise.all(statements.map((sql) => pool.query(sql, variant(n) || item.params || []))));
    }
    results.push(await run(item, once));
  }
  for (const pool of pools.values()) await pool.end();
  agent.destroy();
  console.log(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
