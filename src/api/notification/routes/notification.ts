import { factories } from '@strapi/strapi';

/** Read-only over the content API: rows are written by the product; staff change them in the panel or via retry. */
export default factories.createCoreRouter('api::notification.notification', { only: ['find', 'findOne'] });
