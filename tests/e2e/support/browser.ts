import fs from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { adminWithRole, WORKER_PASSWORD } from '../../api/support/admin-roles';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts');

/**
 * Debian's Chromium, headless. Without it the end-to-end tests are skipped with a message — unless E2E_REQUIRED=true
 * (as in CI, which installs it), where a missing browser fails the run.
 */
export function describeWithBrowser(name: string, fn: () => void): void {
  const available = fs.existsSync(CHROMIUM);
  if (!available && process.env.E2E_REQUIRED === 'true') throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  if (!available) console.warn(`Пропускаю браузерні тести: немає ${CHROMIUM} (apt-get install chromium)`);
  (available ? describe : describe.skip)(name, fn);
}

export async function launch(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A super admin of the panel for one test file, with an e-mail of its own: the admin log-in route allows five log-ins
 * per e-mail in five minutes, and on a fast machine the browser log-ins of all the files as one shared administrator
 * fell within one such window.
 */
export async function panelAdmin(): Promise<{ email: string; password: string }> {
  const admin = await adminWithRole('strapi-super-admin', undefined, { firstname: 'Тест', lastname: 'Адміністратор' });
  return { email: admin.email, password: WORKER_PASSWORD };
}
