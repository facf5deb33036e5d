import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { provisionAdminLabels } from './admin-labels';
import { seedDemoOnEmptyDatabase } from './bootstrap/demo';
import { registerCommunicationsAdminRoutes } from './communications/admin-routes';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerCommunicationsAdminRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await provisionAdminLabels(strapi);
    await seedDemoOnEmptyDatabase(strapi);
  },
};
