import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::assignment-change.assignment-change');
