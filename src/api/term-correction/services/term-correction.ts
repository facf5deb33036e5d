import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::term-correction.term-correction');
