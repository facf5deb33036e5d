import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::term-correction.term-correction');
