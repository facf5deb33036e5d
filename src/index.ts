import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './documents';
import { drainBeforeShutdown } from './operations/shutdown';
import { provisionAdminLabels } from './bootstrap/admin-labels';
import { seedDemoOnEmptyDatabase } from './bootstrap/demo';
import { separateStatutoryTerms } from './bootstrap/statutory-terms';
import { loadStatutoryCalendar } from './bootstrap/statutory-calendar';
import { defaultAdminLanguage } from './bootstrap/admin-language';
import { registerPublicGraphql } from './http/graphql/public-graphql';
import { provisionPublicRole } from './bootstrap/public-role';
import { registerReportRoutes } from './http/report-routes';
import { registerCommunicationsAdminRoutes } from './http/communications-admin-routes';
import { ensureSearchIndexes, fillMissingSearchText } from './documents/search-text';
import { ensureRegisterIndexes } from './read-models/reports/register-indexes';
import { ensureStatisticsTables } from './read-models/statistics/appeal-statistics';
import { setUpAccess } from './access';
import { hideAuditMutations } from './http/graphql/audit-mutations';
import { registerAdminRoutes } from './http/admin-routes';
import { labelRelationPickers } from './http/picker-labels';
import { guardAdminChanges } from './access/admin-guard';
import { keepServerAlive } from './http/process-guard';
import { answerClientErrorsInUkrainian } from './http/client-errors';
import { bumpOnMediaChanges, contentVersions } from './read-models/public/cache/content-version';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    keepServerAlive(strapi);
    answerClientErrorsInUkrainian(strapi);
    registerDocumentMiddlewares(strapi); // the one ordered list: src/documents/index.ts
    registerPublicGraphql(strapi);
    registerReportRoutes(strapi);
    registerCommunicationsAdminRoutes(strapi);
    hideAuditMutations(strapi);
    registerAdminRoutes(strapi);
    labelRelationPickers(strapi);
    guardAdminChanges(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // first: the triggers that keep the public statistics' monthly roll-up see every later write to the registers
    await ensureStatisticsTables(strapi);
    await defaultAdminLanguage(strapi);
    await setUpAccess(strapi);
    await provisionAdminLabels(strapi);
    await loadStatutoryCalendar(strapi); // before anything computes a term
    await separateStatutoryTerms(strapi);
    await provisionPublicRole(strapi);
    await seedDemoOnEmptyDatabase(strapi);
    await ensureSearchIndexes(strapi);
    await ensureRegisterIndexes(strapi);
    await fillMissingSearchText(strapi);
    bumpOnMediaChanges(strapi); // the media library bypasses the Document Service
    await contentVersions(strapi).start();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await drainBeforeShutdown(strapi);
    await contentVersions(strapi).stop();
  },
};
