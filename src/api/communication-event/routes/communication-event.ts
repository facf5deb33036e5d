import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::communication-event.communication-event');
