import { http, type ApiResponse } from './client';
import { adminToken } from './admin';

/**
 * Admin panel users for API tests: the super admin of global setup, and
 * users with a provisioned role linked to a staff member.
 */
let counter = 0;

/** The super admin created in global setup (support/admin.ts). */
export async function superAdminToken(): Promise<string> {
  return adminToken();
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function asSuper(method: string, path: string, body?: unknown): Promise<ApiResponse> {
  return http(method, path, body, bearer(await superAdminToken()));
}

export async function roleByCode(code: string): Promise<any> {
  const res = await asSuper('GET', '/admin/roles');
  const role = (res.body?.data ?? []).find((r: any) => r.code === code);
  if (!role) throw new Error(`role ${code} not found: ${JSON.stringify(res.body)}`);
  return role;
}

/** The password of every admin user adminWithRole creates. */
export const WORKER_PASSWORD = 'Worker-Passw0rd!';

/**
 * Creates an admin user with the role, linked to the staff member (by documentId); returns its id, e-mail and JWT.
 * Each has an e-mail of its own, so logging in as it never meets the admin log-in rate limit (five per e-mail in five
 * minutes) that other test files' log-ins count against.
 */
export async function adminWithRole(
  roleCode: string,
  staffDocumentId?: string,
  name: { firstname: string; lastname: string } = { firstname: 'Працівник', lastname: roleCode },
): Promise<{ id: number; email: string; token: string }> {
  const role = await roleByCode(roleCode);
  const email = `user-${Date.now().toString(36)}-${counter++}@example.gov.ua`;
  const created = await asSuper('POST', '/admin/users', { email, ...name, roles: [role.id] });
  if (created.status !== 201 && created.status !== 200) throw new Error(`admin user: ${created.status} ${JSON.stringify(created.body)}`);
  const password = WORKER_PASSWORD;
  const registered = await http('POST', '/admin/register', { registrationToken: created.body.data.registrationToken, userInfo: { ...name, password } });
  const token = registered.body?.data?.token;
  if (typeof token !== 'string') throw new Error(`admin register: ${registered.status} ${JSON.stringify(registered.body)}`);
  if (staffDocumentId) {
    const linked = await asSuper('PUT', `/content-manager/collection-types/api::staff-member.staff-member/${staffDocumentId}`, { adminUser: { connect: [{ id: created.body.data.id }] } });
    if (linked.status !== 200) throw new Error(`link staff: ${linked.status} ${JSON.stringify(linked.body)}`);
  }
  return { id: created.body.data.id, email, token };
}

export function cm(token: string, method: string, path: string, body?: unknown): Promise<ApiResponse> {
  return http(method, `/content-manager/collection-types/${path}`, body, bearer(token));
}
