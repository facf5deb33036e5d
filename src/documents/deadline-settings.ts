import type { Core } from '@strapi/strapi';
import { checkDeadlineSettings } from '../domain/settings';
import { refuse } from './input';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

export const DEADLINE_SETTINGS_UID = 'api::deadline-setting.deadline-setting';

/**
 * Every write to the deadline settings (admin panel, REST, GraphQL, scripts) is checked before it is stored: the
 * jobs read these values on every tick, so a value out of bounds would cost each run, not just the one request.
 * Accepted values are stored in their canonical form (reminder offsets as distinct integers, largest first).
 */
export function deadlineSettingsRules(): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== DEADLINE_SETTINGS_UID || (action !== 'create' && action !== 'update')) return next();
    const data = params?.data;
    if (!data || typeof data !== 'object') return next();
    const checked = checkDeadlineSettings(data);
    if (!checked.ok) refuse(checked.violation.field, checked.violation.message, checked.violation.rule);
    else Object.assign(data, checked.data);
    return next();
  };
}
