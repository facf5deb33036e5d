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
