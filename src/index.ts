import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { drainBeforeShutdown } from './operations/shutdown';
import { provisionAdminLabels } from './admin-labels';
import { seedDemoOnEmptyDatabase } from './bootstrap/demo';
import { separateStatutoryTerms } from './bootstrap/statutory-terms';
import { defaultAdminLanguage } from './bootstrap/admin-language';
import { registerPublicGraphql } from './public-api/graphql';
import { publishedOnlyForPublicCallers } from './public-api/published-only';
import { provisionPublicRole } from './public-api/public-role';
import { registerReportRoutes } from './reports/routes';
import { registerNotifications } from './notifications';
import { registerCommunicationsAdminRoutes } from './communications/admin-routes';
import { setUpAccess } from './access';
import { hideAuditMutations } from './audit/graphql';
import { registerAdminRoutes } from './admin-api/routes';
import { guardAdminChanges } from './access/admin-guard';
import { keepServerAlive } from './http/process-guard';
import { answerClientErrorsInUkrainian } from './http/client-errors';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    keepServerAlive(strapi);
    answerClientErrorsInUkrainian(strapi);
    registerDocumentMiddlewares(strapi);
    strapi.documents.use(publishedOnlyForPublicCallers(strapi));
    registerPublicGraphql(strapi);
    registerReportRoutes(strapi);
    registerNotifications(strapi);
    registerCommunicationsAdminRoutes(strapi);
    hideAuditMutations(strapi);
    registerAdminRoutes(strapi);
    guardAdminChanges(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await defaultAdminLanguage(strapi);
    await setUpAccess(strapi);
    await provisionAdminLabels(strapi);
    await separateStatutoryTerms(strapi);
    await provisionPublicRole(strapi);
    await seedDemoOnEmptyDatabase(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await drainBeforeShutdown(strapi);
  },
};
