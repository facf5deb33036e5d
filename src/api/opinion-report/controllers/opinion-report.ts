import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::opinion-report.opinion-report');
