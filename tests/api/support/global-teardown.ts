import fs from 'fs';

export default async function globalTeardown(): Promise<void> {
  const strapi = (globalThis as any).__STRAPI__;
  if (strapi) {
    await strapi.destroy();
  }
  const file: string | undefined = (globalThis as any).__TEST_SQLITE_FILE__;
  if (file) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  }
}
