import { factories } from '@strapi/strapi';
import { responsibilitiesAction } from '../../../http/responsibilities-action';

export default factories.createCoreController('api::position.position', () => ({
  responsibilities: responsibilitiesAction,
}));
