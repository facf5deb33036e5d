import { factories } from '@strapi/strapi';
import { unroutedFilterAmong } from '../../../domain/duties/reference-checks';
import { OPEN_INFORMATION_REQUEST_STATES, overdueFilter } from '../../../domain/information-request/states';
import { overdueAction } from '../../../http/overdue-action';
import { unroutedAction } from '../../../http/unrouted-action';

export default factories.createCoreController('api::information-request.information-request', () => ({
  overdue: overdueAction('api::information-request.information-request', overdueFilter),
  unrouted: unroutedAction('api::information-request.information-request', () => unroutedFilterAmong(OPEN_INFORMATION_REQUEST_STATES)),
}));
