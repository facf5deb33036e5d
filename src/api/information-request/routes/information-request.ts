import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::information-request.information-request');
