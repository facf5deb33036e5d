import path from 'path';
import { chooseClient, databaseSettings, type DatabaseEnv } from '../../../src/bootstrap/config/database-settings';
import { requireSecret, requireSecretList } from '../../../src/bootstrap/config/require-secret';

const base: DatabaseEnv = {
  port: 5432, schema: 'public', ssl: false, sslRejectUnauthorized: true, filename: '.tmp/data.db', poolMin: 0, poolMax: 10, connectionTimeout: 60000,
};

describe('database choice', () => {
  it('is SQLite with no configuration, in the given file', () => {
    expect(chooseClient({})).toBe('sqlite');
    expect(databaseSettings(base).connection).toEqual({
      client: 'sqlite',
      connection: { filename: path.resolve(process.cwd(), '.tmp/data.db') },
      useNullAsDefault: true,
      pool: { afterCreate: expect.any(Function) },
    });
  });

  it('gives each SQLite connection a lower() and upper() that fold Cyrillic, as PostgreSQL does', () => {
    // a real better-sqlite3 connection, given the same afterCreate the application's pool runs
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Database = require('better-sqlite3');
    const db = new Database(':memory:');
    // SQLite's own lower() leaves Cyrillic as it is
    expect(db.prepare("SELECT lower('ЖУРБЕНКО Їжак') AS v").get().v).toBe('ЖУРБЕНКО Їжак');
    const afterCreate = (databaseSettings(base).connection as any).pool.afterCreate;
    afterCreate(db, (err: Error | null) => expect(err).toBeNull());
    expect(db.prepare("SELECT lower('ЖУРБЕНКО Їжак') AS v").get().v).toBe('журбенко їжак');
    expect(db.prepare("SELECT upper('ґанок') AS v, lower(NULL) AS n, lower(12) AS d").get()).toEqual({ v: 'ҐАНОК', n: null, d: '12' });
    expect(db.prepare("SELECT count(*) AS c FROM (SELECT 'Журбенко Олена' AS name) WHERE lower(name) LIKE lower('%журбенко%')").get().c).toBe(1);
    db.close();
  });

  it('is PostgreSQL when DATABASE_URL is set, or DATABASE_CLIENT says so', () => {
    const withUrl = databaseSettings({ ...base, url: 'postgres://u:p@db:5432/city' }).connection as any;
    expect(withUrl.client).toBe('postgres');
    expect(withUrl.connection).toEqual({ connectionString: 'postgres://u:p@db:5432/city', ssl: false });
    const withParts = databaseSettings({ ...base, client: 'postgres', host: 'db', database: 'city', user: 'u', password: 'p', ssl: true }).connection as any;
    expect(withParts.connection).toEqual({ host: 'db', port: 5432, database: 'city', user: 'u', password: 'p', ssl: { rejectUnauthorized: true }, schema: 'public' });
    expect(withParts.pool).toEqual({ min: 0, max: 10 });
  });

  it('refuses an unknown client with a clear message', () => {
    expect(() => chooseClient({ client: 'oracle' })).toThrow('Непідтримувана база даних DATABASE_CLIENT=oracle');
  });
});

describe('secrets', () => {
  const env = (values: Record<string, string | undefined>) => (key: string) => values[key];

  it('returns a present secret and splits key lists', () => {
    expect(requireSecret(env({ JWT_SECRET: 'abc' }), 'JWT_SECRET')).toBe('abc');
    expect(requireSecretList(env({ APP_KEYS: 'a, b,,c' }), 'APP_KEYS')).toEqual(['a', 'b', 'c']);
  });

  it('refuses to start without a secret, saying what to do', () => {
    expect(() => requireSecret(env({}), 'ADMIN_JWT_SECRET')).toThrow(/Не задано секрет ADMIN_JWT_SECRET.*npm run setup/);
    expect(() => requireSecret(env({ ADMIN_JWT_SECRET: '  ' }), 'ADMIN_JWT_SECRET')).toThrow(/ADMIN_JWT_SECRET/);
  });
});

describe('production defaults', () => {
  it('refuses SQLite in production unless allowed explicitly, and says what to do', () => {
    expect(() => databaseSettings({ ...base, environment: 'production' })).toThrow(/NODE_ENV=production.*SQLite.*DATABASE_URL.*ALLOW_SQLITE_IN_PRODUCTION=true/s);
    expect(databaseSettings({ ...base, environment: 'production', allowSqliteInProduction: true }).connection.client).toBe('sqlite');
    expect(databaseSettings({ ...base, environment: 'development' }).connection.client).toBe('sqlite');
    expect(databaseSettings({ ...base, environment: 'production', url: 'postgres://u:p@db:5432/city' }).connection.client).toBe('postgres');
  });
});
