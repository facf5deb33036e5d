import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { provisionAdminLabels } from './admin-labels';
import { seedDemoOnEmptyDatabase } from './bootstrap/demo';
import { registerNotifications } from './notifications';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerNotifications(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await provisionAdminLabels(strapi);
    await seedDemoOnEmptyDatabase(strapi);
  },
};
