import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::deadline-setting.deadline-setting');
