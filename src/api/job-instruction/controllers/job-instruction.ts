import { factories } from '@strapi/strapi';
import { importAction } from '../../../http/import-instruction-action';

export default factories.createCoreController('api::job-instruction.job-instruction', () => ({
  import: importAction,
}));
