import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { provisionAdminLabels } from './admin-labels';
import { seedDemoOnEmptyDatabase } from './bootstrap/demo';
import { setUpAccess } from './access';
import { hideAuditMutations } from './audit/graphql';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    hideAuditMutations(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUpAccess(strapi);
    await provisionAdminLabels(strapi);
    await seedDemoOnEmptyDatabase(strapi);
  },
};
