import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::communication-event.communication-event');
