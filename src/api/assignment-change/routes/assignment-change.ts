import { factories } from '@strapi/strapi';

/** History is written only by the assignment middleware: the API reads it, never writes it. */
export default factories.createCoreRouter('api::assignment-change.assignment-change', { only: ['find', 'findOne'] });
