import type { Core } from '@strapi/strapi';

const UKRAINIAN = 'uk';

/**
 * The panel speaks Ukrainian: after log-in Strapi applies the user's own language preference, and a user without one
 * would see English. New administrators get Ukrainian as their preference and existing ones without a preference
 * too; whoever picks another language in their profile keeps it.
 */
export async function defaultAdminLanguage(strapi: Core.Strapi): Promise<void> {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event: any) {
      if (!event.params.data?.preferedLanguage) event.params.data.preferedLanguage = UKRAINIAN;
    },
  });
  await strapi.db.query('admin::user').updateMany({ where: { preferedLanguage: { $null: true } }, data: { preferedLanguage: UKRAINIAN } });
}
