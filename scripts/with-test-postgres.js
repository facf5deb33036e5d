#!/usr/bin/env node
/**
 * Runs a command against a fresh PostgreSQL database created for this run and dropped afterwards:
 *   node scripts/with-test-postgres.js jest --selectProjects unit api
 * The server comes from TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
'use strict';
const { spawn } = require('child_process');
const { Client } = require('pg');

const serverUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('Usage: node scripts/with-test-postgres.js <command> [args...]');
    process.exit(2);
  }
  const name = `city_appeals_test_${Date.now()}_${process.pid}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (error) {
    console.error(`Не вдалося створити тестову базу PostgreSQL на ${serverUrl.replace(/:[^:@/]*@/, ':***@')}: ${error.message}`);
    console.error('Запустіть PostgreSQL (наприклад, pg_ctlcluster <версія> main start) або задайте TEST_POSTGRES_URL.');
    process.exit(1);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`PostgreSQL: тестова база ${name}`);
  const bin = require('path').join(__dirname, '..', 'node_modules', '.bin');
  const env = { ...process.env, DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), PATH: `${bin}:${process.env.PATH}` };
  let code = 1;
  try {
    code = await run(command, args, env);
  } finally {
    if (process.env.KEEP_TEST_DATABASE === 'true') {
      console.log(`Базу ${name} залишено (KEEP_TEST_DATABASE=true)`);
    } else {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((e) => console.error(`DROP DATABASE ${name}: ${e.message}`));
    }
  }
  process.exit(code);
}

main();
