import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

function sandbox(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-env-'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(ROOT, 'scripts/setup-env.js'), path.join(dir, 'scripts/setup-env.js'));
  fs.copyFileSync(path.join(ROOT, '.env.example'), path.join(dir, '.env.example'));
  return dir;
}

function readEnv(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readFileSync(path.join(dir, '.env'), 'utf8').split('\n').filter((l) => /^[A-Z0-9_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe('scripts/setup-env.js', () => {
  it('creates .env from .env.example with fresh random secrets, different on every machine', () => {
    const a = sandbox();
    const b = sandbox();
    execFileSync(process.execPath, [path.join(a, 'scripts/setup-env.js')]);
    execFileSync(process.execPath, [path.join(b, 'scripts/setup-env.js')]);
    const envA = readEnv(a);
    const envB = readEnv(b);
    for (const key of SECRETS) {
      expect(envA[key].length).toBeGreaterThanOrEqual(40);
      expect(envA[key]).not.toBe(envB[key]);
    }
    expect(envA.APP_KEYS.split(',')).toHaveLength(4);
    expect(envA.DATABASE_FILENAME).toBe('.tmp/data.db');
    expect(fs.statSync(path.join(a, '.env')).mode & 0o777).toBe(0o600);
  });

  it('never changes existing values and adds only missing secrets', () => {
    const dir = sandbox();
    fs.writeFileSync(path.join(dir, '.env'), 'APP_KEYS=mine\nPORT=4000\nJWT_SECRET=\n');
    execFileSync(process.execPath, [path.join(dir, 'scripts/setup-env.js')]);
    const env = readEnv(dir);
    expect(env.APP_KEYS).toBe('mine');
    expect(env.PORT).toBe('4000');
    expect(env.JWT_SECRET.length).toBeGreaterThanOrEqual(40);
    expect(env.ADMIN_JWT_SECRET.length).toBeGreaterThanOrEqual(40);
  });

  it('the example file holds no secret values', () => {
    const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    for (const key of SECRETS) expect(example).toMatch(new RegExp(`^${key}=$`, 'm'));
  });
});
