import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { provisionAdminLabels } from './admin-labels';
import { seedDemoOnEmptyDatabase } from './bootstrap/demo';
import { registerAdminRoutes } from './admin-api/routes';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerAdminRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await provisionAdminLabels(strapi);
    await seedDemoOnEmptyDatabase(strapi);
  },
};
