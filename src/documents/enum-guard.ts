import type { Core } from '@strapi/strapi';
import { refuse } from './input';

const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * Unknown enumeration values are refused before any rule runs, in Ukrainian and with the allowed values listed,
 * for every content type of the application.
 */
export function enumGuard(): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params, contentType } = context as any;
    if (!uid.startsWith('api::') || !WRITE_ACTIONS.has(action) || !params?.data) return next();
    for (const [field, attribute] of Object.entries<any>(contentType.attributes)) {
      if (attribute.type !== 'enumeration' || !(field in params.data)) continue;
      const value = params.data[field];
      if (value === null || value === undefined || value === '') continue;
      if (typeof value !== 'string' || !attribute.enum.includes(value)) {
        refuse(field, `Недопустиме значення «${String(value)}» у полі «${field}». Допустимі: ${attribute.enum.join(', ')}.`, 'input.enum');
      }
    }
    return next();
  };
}
