import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::deadline-setting.deadline-setting');
