import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::communication-event.communication-event');
