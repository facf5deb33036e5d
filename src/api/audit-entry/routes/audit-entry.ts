import { factories } from '@strapi/strapi';

/** Read-only: entries are written by the audit trail itself, never through the API (see src/audit). */
export default factories.createCoreRouter('api::audit-entry.audit-entry', { only: ['find', 'findOne'] });
