import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::deadline-setting.deadline-setting');
