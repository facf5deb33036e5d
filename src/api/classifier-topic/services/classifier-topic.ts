import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::classifier-topic.classifier-topic');
