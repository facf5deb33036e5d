/**
 * The users-permissions plugin's `User` type, named in Ukrainian in the content manager's list of types (the
 * content manager prints a type's `displayName` as is). Its field labels are provisioned with the others
 * (src/bootstrap/admin-labels/site-users.ts).
 */
export const SITE_USER_NAMES = { displayName: 'Користувач публічного API', pluralName: 'users', singularName: 'user' } as const;

export default (plugin: any) => {
  const schema = plugin?.contentTypes?.user?.schema;
  if (schema?.info) schema.info = { ...schema.info, displayName: SITE_USER_NAMES.displayName, description: 'Облікові записи для входу через публічний API (не працівники ради)' };
  return plugin;
};
