import { factories } from '@strapi/strapi';
import { overdueFilter } from '../../../domain/appeal/overdue';
import { overdueAction } from '../../../http/overdue-action';

export default factories.createCoreController('api::appeal.appeal', () => ({
  overdue: overdueAction('api::appeal.appeal', overdueFilter),
}));
