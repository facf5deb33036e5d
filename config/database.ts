import path from 'path';
import { databaseSettings } from '../src/bootstrap/config/database-settings';

/**
 * SQLite is the embedded default (no configuration at all); PostgreSQL is used when DATABASE_URL is set
 * or DATABASE_CLIENT=postgres with the standard DATABASE_* variables.
 */
export default ({ env }: { env: any }) => databaseSettings({
  client: env('DATABASE_CLIENT'),
  url: env('DATABASE_URL'),
  host: env('DATABASE_HOST'),
  port: env.int('DATABASE_PORT', 5432),
  database: env('DATABASE_NAME'),
  user: env('DATABASE_USERNAME'),
  password: env('DATABASE_PASSWORD'),
  schema: env('DATABASE_SCHEMA', 'public'),
  ssl: env.bool('DATABASE_SSL', false),
  sslRejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  filename: env('DATABASE_FILENAME', path.join('.tmp', 'data.db')),
  poolMin: env.int('DATABASE_POOL_MIN', 0),
  poolMax: env.int('DATABASE_POOL_MAX', 10),
  connectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
  environment: env('NODE_ENV'),
  allowSqliteInProduction: env.bool('ALLOW_SQLITE_IN_PRODUCTION', false),
});
