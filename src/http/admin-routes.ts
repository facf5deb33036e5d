import type { Core } from '@strapi/strapi';
import { importAction } from './import-instruction-action';
import { responsibilitiesAction } from './responsibilities-action';
import { colleagueAction, colleagueOptionsAction } from './colleague-action';

/**
 * The admin panel's own routes (signed-in administrators, admin JWT) for the same actions the content API offers
 * to tokens: the responsibility view and the import of instructions. One implementation, two doors.
 */
export function registerAdminRoutes(strapi: Core.Strapi): void {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: '/city',
    routes: [
      { method: 'GET', path: '/responsibilities', handler: responsibilitiesAction, config },
      { method: 'POST', path: '/instruction-import', handler: importAction, config },
      { method: 'GET', path: '/colleagues/options', handler: colleagueOptionsAction(strapi), config },
      { method: 'POST', path: '/colleagues', handler: colleagueAction(strapi), config },
    ],
  } as any);
}
