import { factories } from '@strapi/strapi';
import { OPEN_APPEAL_STATES, overdueFilter } from '../../../domain/appeal/states';
import { unroutedFilterAmong } from '../../../domain/duties/reference-checks';
import { overdueAction } from '../../../http/overdue-action';
import { unroutedAction } from '../../../http/unrouted-action';

export default factories.createCoreController('api::appeal.appeal', () => ({
  overdue: overdueAction('api::appeal.appeal', overdueFilter),
  unrouted: unroutedAction('api::appeal.appeal', () => unroutedFilterAmong(OPEN_APPEAL_STATES)),
}));
