import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::term-correction.term-correction');
