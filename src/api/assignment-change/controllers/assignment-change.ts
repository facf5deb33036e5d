import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::assignment-change.assignment-change');
