import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::classifier-topic.classifier-topic');
