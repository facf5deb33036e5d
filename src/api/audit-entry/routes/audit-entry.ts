import { factories } from '@strapi/strapi';

/** Read-only: entries are written by the audit trail itself, never through the API (see src/documents/audit-trail.ts). */
export default factories.createCoreRouter('api::audit-entry.audit-entry', { only: ['find', 'findOne'] });
