import { http } from './client';
import { TEST_ADMIN } from './global-setup';

/** An admin session for tests that call the admin API (content manager, reports): the super admin made in global setup. */
let token: string | null = null;

export async function adminToken(): Promise<string> {
  if (token) return token;
  const login = await http('POST', '/admin/login', TEST_ADMIN);
  token = login.body?.data?.token ?? login.body?.data?.accessToken;
  if (!token) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return token;
}

export async function adminApi(method: string, path: string, body?: unknown) {
  return http(method, path, body, { Authorization: `Bearer ${await adminToken()}` });
}
