import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::staff-member.staff-member');
