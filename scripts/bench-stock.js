'use strict';
/**
 * The stock baseline of `npm run bench`: an unmodified Strapi 5 application written into a temporary folder, with
 * this project's publication and classifier-topic content types (their schema.json, minus relations to types it does
 * not have) and nothing else of ours — no middlewares, policies, document middlewares or GraphQL customisation. It
 * reuses this project's node_modules through a symlink, gets its own PostgreSQL database, and runs in its own
 * process on another port. Shadow CRUD GraphQL is on; the public role may find/findOne both types (what a site owner
 * would tick in the admin panel). The same rows are copied from the measured application's database.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawn } = require('child_process');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..');
const TYPES = [
  { name: 'publication', plural: 'publications' },
  { name: 'classifier-topic', plural: 'classifier-topics' },
];
const TABLES = ['classifier_topics', 'publications', 'publications_topic_lnk'];

const secret = () => crypto.randomBytes(24).toString('base64');

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Writes the stock application; returns its folder. */
function writeApp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strapi-stock-'));
  const version = require(path.join(ROOT, 'node_modules/@strapi/strapi/package.json')).version;
  write(path.join(dir, 'package.json'), JSON.stringify({
    name: 'stock-baseline', private: true, version: '0.0.0',
    dependencies: { '@strapi/strapi': version, '@strapi/plugin-users-permissions': version, '@strapi/plugin-graphql': version },
  }, null, 2));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(dir, 'public/uploads'), { recursive: true });
  write(path.join(dir, 'config/database.js'), `module.exports = ({ env }) => ({ connection: { client: 'postgres', connection: { connectionString: env('DATABASE_URL') }, pool: { min: 0, max: env.int('DATABASE_POOL_MAX', 10) } } });\n`);
  write(path.join(dir, 'config/server.js'), `module.exports = ({ env }) => ({ host: env('HOST', '127.0.0.1'), port: env.int('PORT', 1337), app: { keys: env.array('APP_KEYS') } });\n`);
  write(path.join(dir, 'config/admin.js'), `module.exports = ({ env }) => ({ auth: { secret: env('ADMIN_JWT_SECRET') }, apiToken: { salt: env('API_TOKEN_SALT') }, transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } }, secrets: { encryptionKey: env('ENCRYPTION_KEY') } });\n`);
  write(path.join(dir, 'config/plugins.js'), `module.exports = ({ env }) => ({ 'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } }, graphql: { config: { shadowCRUD: true } } });\n`);
  // both servers log errors only (ours: LOG_LEVEL=error), so neither pays for a log line per request
  write(path.join(dir, 'config/logger.js'), `const { winston, formats: { prettyPrint } } = require('@strapi/logger');
module.exports = { transports: [new winston.transports.Console({ level: 'error', format: prettyPrint() })] };\n`);
  write(path.join(dir, 'config/middlewares.js'), `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];\n`);
  const stockTypes = new Set(TYPES.map((t) => `api::${t.name}.${t.name}`));
  for (const type of TYPES) {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, `src/api/${type.name}/content-types/${type.name}/schema.json`), 'utf8'));
    for (const [key, attribute] of Object.entries(schema.attributes)) {
      if (attribute.type === 'relation' && !stockTypes.has(attribute.target)) delete schema.attributes[key];
    }
    const uid = `api::${type.name}.${type.name}`;
    write(path.join(dir, `src/api/${type.name}/content-types/${type.name}/schema.json`), JSON.stringify(schema, null, 2));
    write(path.join(dir, `src/api/${type.name}/routes/${type.name}.js`), `module.exports = require('@strapi/strapi').factories.createCoreRouter('${uid}');\n`);
    write(path.join(dir, `src/api/${type.name}/controllers/${type.name}.js`), `module.exports = require('@strapi/strapi').factories.createCoreController('${uid}');\n`);
    write(path.join(dir, `src/api/${type.name}/services/${type.name}.js`), `module.exports = require('@strapi/strapi').factories.createCoreService('${uid}');\n`);
  }
  // what a site owner does in Settings → Roles → Public: find and findOne of both types
  const actions = TYPES.flatMap((t) => ['find', 'findOne'].map((a) => `api::${t.name}.${t.name}.${a}`));
  write(path.join(dir, 'src/index.js'), `module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    for (const action of ${JSON.stringify(actions)}) {
      const existing = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } });
      if (!existing) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  },
};
`);
  write(path.join(dir, 'boot.js'), `require('@strapi/strapi').createStrapi({ appDir: __dirname, distDir: __dirname, autoReload: false, serveAdminPanel: false }).start().then(() => process.send && process.send('ready'));\n`);
  return dir;
}

async function columnsOf(client, table) {
  const { rows } = await client.query('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1', [table]);
  return rows.map((r) => r.column_name);
}

/** Copies the rows of the stock types' tables (the columns both schemas have) in one statement per table. */
async function copyRows(fromUrl, toUrl) {
  const from = new Client({ connectionString: fromUrl });
  const to = new Client({ connectionString: toUrl });
  await from.connect();
  await to.connect();
  try {
    const counts = {};
    for (const table of TABLES) {
      const target = await columnsOf(to, table);
      const source = new Set(await columnsOf(from, table));
      const columns = target.filter((c) => source.has(c));
      if (!columns.length) continue;
      const list = columns.map((c) => `"${c}"`).join(', ');
      const { rows } = await from.query(`SELECT coalesce(json_agg(t), '[]'::json) AS data FROM (SELECT ${list} FROM "${table}") t`);
      await to.query(`DELETE FROM "${table}"`);
      const result = await to.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(null::"${table}", $1::json)`, [JSON.stringify(rows[0].data)]);
      counts[table] = result.rowCount;
      if (columns.includes('id')) await to.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((SELECT max(id) FROM "${table}"), 1))`);
    }
    await to.query('ANALYZE');
    return counts;
  } finally {
    await from.end();
    await to.end();
  }
}

/**
 * Writes and boots the stock application on `port` against a new database `name` on `serverUrl`'s server, copies
 * the rows from `sourceUrl`; resolves when it answers. `stop()` ends its process and removes the folder.
 */
async function startStock({ serverUrl, name, port, sourceUrl }) {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dir = writeApp();
  const child = spawn(process.execPath, [path.join(dir, 'boot.js')], {
    cwd: dir,
    stdio: ['ignore', process.env.BENCH_STOCK_LOG ? 'inherit' : 'ignore', 'inherit', 'ipc'],
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port),
      DATABASE_URL: url.toString(), DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '20',
      APP_KEYS: [secret(), secret()].join(','), ADMIN_JWT_SECRET: secret(), API_TOKEN_SALT: secret(), TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(), JWT_SECRET: secret(), STRAPI_TELEMETRY_DISABLED: 'true',
    },
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
  try {
    await new Promise((resolve, reject) => {
      child.once('message', (m) => (m === 'ready' ? resolve() : undefined));
      child.once('exit', (code) => reject(new Error(`стоковий Strapi завершився з кодом ${code}`)));
    });
    const counts = await copyRows(sourceUrl, url.toString());
    return { url: `http://127.0.0.1:${port}`, databaseUrl: url.toString(), counts, stop, pid: child.pid };
  } catch (error) {
    await stop();
    throw error;
  }
}

module.exports = { startStock };
