import type { Core } from '@strapi/strapi';
import { AUDIT_UID } from '../../documents/audit-tracked';

/**
 * GraphQL would otherwise generate create/update/delete mutations for audit entries. The Document Service refuses them
 * anyway (../../documents/audit-guard.ts); without the mutations the schema says so too.
 */
export function hideAuditMutations(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').shadowCRUD(AUDIT_UID).disableMutations();
}
