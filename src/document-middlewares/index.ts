import type { Core } from '@strapi/strapi';
import { appealRules } from './appeal';
import { enumGuard } from './enum-guard';

/** Document Service middlewares: every caller (admin panel, REST, GraphQL, scripts) goes through them. */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(enumGuard());
  strapi.documents.use(appealRules(strapi));
}
