import { factories } from '@strapi/strapi';
import { overdueFilter } from '../../../domain/information-request/overdue';
import { overdueAction } from '../../../http/overdue-action';

export default factories.createCoreController('api::information-request.information-request', () => ({
  overdue: overdueAction('api::information-request.information-request', overdueFilter),
}));
