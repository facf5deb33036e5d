import path from 'path';

export interface DatabaseEnv {
  client?: string;
  url?: string;
  host?: string;
  port: number;
  database?: string;
  user?: string;
  password?: string;
  schema: string;
  ssl: boolean;
  sslRejectUnauthorized: boolean;
  filename: string;
  poolMin: number;
  poolMax: number;
  connectionTimeout: number;
  /** NODE_ENV */
  environment?: string;
  /** ALLOW_SQLITE_IN_PRODUCTION: a deliberate choice for a single small server, never the silent default. */
  allowSqliteInProduction?: boolean;
}

export type DatabaseClient = 'sqlite' | 'postgres';

export function chooseClient(e: Pick<DatabaseEnv, 'client' | 'url'>): DatabaseClient {
  const requested = (e.client || (e.url ? 'postgres' : 'sqlite')).toLowerCase();
  if (requested === 'postgres' || requested === 'postgresql' || requested === 'pg') return 'postgres';
  if (requested === 'sqlite' || requested === 'better-sqlite3') return 'sqlite';
  throw new Error(
    `Непідтримувана база даних DATABASE_CLIENT=${e.client}. Оберіть sqlite (типово) або postgres.`,
  );
}

interface SqliteFunctions {
  function(name: string, options: { deterministic: boolean }, fn: (value: unknown) => unknown): unknown;
}

/** SQLite's `lower` / `upper` for any letter, where SQLite's own fold only A–Z. */
export function unicodeCase(direction: 'lower' | 'upper') {
  return (value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    const text = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
    return direction === 'lower' ? text.toLowerCase() : text.toUpperCase();
  };
}

/**
 * Every case-insensitive comparison of the product (`$containsi`, `$eqi` of list filters, Strapi's own checks) runs
 * `LOWER(column) … LOWER(?)`; SQLite's built-in `lower` folds only ASCII, so «журбенко» would not find «Журбенко».
 * The connection's `lower` and `upper` are replaced by Unicode ones (PostgreSQL's already are).
 */
export function withUnicodeCase<T extends SqliteFunctions>(conn: T): T {
  conn.function('lower', { deterministic: true }, unicodeCase('lower'));
  conn.function('upper', { deterministic: true }, unicodeCase('upper'));
  return conn;
}

export function databaseSettings(e: DatabaseEnv) {
  const client = chooseClient(e);
  if (client === 'sqlite') {
    if (e.environment === 'production' && !e.allowSqliteInProduction) {
      throw new Error(
        'NODE_ENV=production з вбудованою SQLite: один файл на одному сервері, без резервного копіювання на ходу й без '
        + 'кількох екземплярів. Задайте DATABASE_URL (PostgreSQL, див. docs/OPERATIONS.md) або, якщо це свідомий вибір, '
        + 'ALLOW_SQLITE_IN_PRODUCTION=true.',
      );
    }
    return {
      connection: {
        client: 'sqlite',
        connection: { filename: path.resolve(process.cwd(), e.filename) },
        useNullAsDefault: true,
        pool: { afterCreate: (conn: SqliteFunctions, done: (err: Error | null, conn: unknown) => void) => done(null, withUnicodeCase(conn)) },
      },
    };
  }
  const ssl = e.ssl ? { rejectUnauthorized: e.sslRejectUnauthorized } : false;
  const connection = e.url
    ? { connectionString: e.url, ssl }
    : { host: e.host || '127.0.0.1', port: e.port, database: e.database, user: e.user, password: e.password, ssl, schema: e.schema };
  return {
    connection: {
      client: 'postgres',
      connection,
      pool: { min: e.poolMin, max: e.poolMax },
      acquireConnectionTimeout: e.connectionTimeout,
    },
  };
}
