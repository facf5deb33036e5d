import type { Core } from '@strapi/strapi';

/** One Document Service middleware, as `strapi.documents.use` takes it. */
export type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];
