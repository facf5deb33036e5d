import type { Core } from '@strapi/strapi';
import { registerDepartmentCondition } from './department-condition';
import { provisionAdminRoles } from './provision-roles';
import { clearAuthenticatedRoleOnce } from './users-permissions';
import { translateBuiltinRoles } from './builtin-role-names';
import { subscribeRoleTrail } from '../documents/audit-role-trail';

/** Bootstrap of access: the condition first (role provisioning refers to it), then roles, then the role audit trail. */
export async function setUpAccess(strapi: Core.Strapi): Promise<void> {
  await registerDepartmentCondition(strapi);
  await provisionAdminRoles(strapi);
  await translateBuiltinRoles(strapi);
  await clearAuthenticatedRoleOnce(strapi);
  subscribeRoleTrail(strapi);
}
