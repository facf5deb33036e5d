import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::staff-member.staff-member');
