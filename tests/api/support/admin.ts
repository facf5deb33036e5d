import { http } from './client';

/** The admin session of the run's super admin, logged in once in global setup (the log-in route is rate-limited). */
export async function adminToken(): Promise<string> {
  const token = process.env.TEST_ADMIN_TOKEN;
  if (!token) throw new Error('TEST_ADMIN_TOKEN is not set: run API tests through jest (npm test), which logs in once.');
  return token;
}

export async function adminApi(method: string, path: string, body?: unknown) {
  return http(method, path, body, { Authorization: `Bearer ${await adminToken()}` });
}
