import type { Core } from '@strapi/strapi';

/**
 * Strapi creates its three roles with English names and descriptions, which the admin panel shows as they are
 * stored (users list, role picker, invitations). They are renamed once while they still carry Strapi's English
 * text, so a name a manager gave a role later is kept.
 */
export const BUILTIN_ROLE_NAMES: ReadonlyArray<{ code: string; english: [string, string]; ukrainian: [string, string] }> = [
  {
    code: 'strapi-super-admin',
    english: ['Super Admin', 'Super Admins can access and manage all features and settings.'],
    ukrainian: ['Головний адміністратор', 'Має доступ до всіх розділів і налаштувань адмін-панелі.'],
  },
  {
    code: 'strapi-editor',
    english: ['Editor', 'Editors can manage and publish contents including those of other users.'],
    ukrainian: ['Редактор', 'Керує і публікує записи, зокрема створені іншими працівниками.'],
  },
  {
    code: 'strapi-author',
    english: ['Author', 'Authors can manage the content they have created.'],
    ukrainian: ['Автор', 'Керує записами, які створив сам.'],
  },
];

export async function translateBuiltinRoles(strapi: Core.Strapi): Promise<void> {
  for (const { code, english, ukrainian } of BUILTIN_ROLE_NAMES) {
    const role: any = await strapi.db.query('admin::role').findOne({ where: { code }, select: ['id', 'name', 'description'] });
    if (!role) continue;
    const data: Record<string, string> = {};
    if (role.name === english[0]) data.name = ukrainian[0];
    if (role.description === english[1]) data.description = ukrainian[1];
    if (Object.keys(data).length) await strapi.db.query('admin::role').update({ where: { id: role.id }, data });
  }
}
