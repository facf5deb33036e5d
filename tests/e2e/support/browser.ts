import fs from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';

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
