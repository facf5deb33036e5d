import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::classifier-topic.classifier-topic');
