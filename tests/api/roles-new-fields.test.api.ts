import { openDirectDb, type DirectDb } from './support/direct-db';
import { startServerProcess, type ServerProcess } from './support/server-process';

/**
 * A field a new version adds to a content type reaches the provisioned roles at the next start (src/access/
 * provision-roles.ts, followNewFields), while a field a manager took away in the admin panel stays away. Planted in
 * the run's database as an upgrade would leave it, then a second server process boots on it, as after a deploy.
 */

const ROLE = 'city-appeals-specialist';
const ACTION = 'plugin::content-manager.explorer.read';
const SUBJECT = 'api::appeal.appeal';
const GRANT = `${ACTION}|${SUBJECT}`;
const STORE_KEY = 'plugin_city-access_granted-fields';
const NEW_FIELD = 'extensionDecidedAt';
const REMOVED_BY_MANAGER = 'topic';
// the upgrade that brings the memory: the manager reads the settings, whose `firstHead` that version adds
const MANAGER = 'city-manager';
const SETTINGS = 'api::deadline-setting.deadline-setting';
const SETTINGS_GRANT = `${ACTION}|${SETTINGS}`;

describe('provisioned roles follow the fields a new version adds', () => {
  let db: DirectDb;
  let server: ServerProcess | undefined;
  let permission: { id: number; properties: any };
  let settingsPermission: { id: number; properties: any };
  let memory: Record<string, Record<string, string[]>>;

  const readPermission = async (role = ROLE, subject = SUBJECT) => {
    const [row] = await db.all(
      `select p.id, p.properties from admin_permissions p
         join admin_permissions_role_lnk l on l.permission_id = p.id
         join admin_roles r on r.id = l.role_id
       where r.code = ? and p.action = ? and p.subject = ?`,
      [role, ACTION, subject],
    );
    return { id: Number(row.id), properties: typeof row.properties === 'string' ? JSON.parse(row.properties) : row.properties };
  };
  const readMemory = async () => {
    const [row] = await db.all('select value from strapi_core_store_settings where key = ?', [STORE_KEY]);
    return JSON.parse(row.value);
  };
  const writeFields = (fields: string[], target = permission) =>
    db.run('update admin_permissions set properties = ? where id = ?', [JSON.stringify({ ...target.properties, fields }), target.id]);

  beforeAll(async () => {
    db = await openDirectDb();
    permission = await readPermission();
    settingsPermission = await readPermission(MANAGER, SETTINGS);
    memory = await readMemory();
  });

  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    // the run's server and the later test files see the role as provisioned
    await writeFields(permission.properties.fields);
    await writeFields(settingsPermission.properties.fields, settingsPermission);
    await db.run('update strapi_core_store_settings set value = ? where key = ?', [JSON.stringify(memory), STORE_KEY]);
    await db.close();
  });

  it('adds the new field once, leaves out the one a manager removed', async () => {
    const granted: string[] = permission.properties.fields;
    expect(granted).toEqual(expect.arrayContaining([NEW_FIELD, REMOVED_BY_MANAGER, 'subject']));
    expect(memory[ROLE][GRANT]).toEqual(expect.arrayContaining(granted));

    // as an upgrade leaves it: the role has neither field; the product gave `topic` before (a manager removed it)
    // and has never given `extensionDecidedAt` (the new version adds it)
    await writeFields(granted.filter((f) => f !== NEW_FIELD && f !== REMOVED_BY_MANAGER));
    // and, as a role provisioned before the memory existed: the manager's settings permission has neither `firstHead`
    // (added by that version) nor `martialLaw` (as if a manager had taken it away), and nothing is remembered of it
    const settingsGranted: string[] = settingsPermission.properties.fields;
    expect(settingsGranted).toEqual(expect.arrayContaining(['firstHead', 'martialLaw']));
    await writeFields(settingsGranted.filter((f) => f !== 'firstHead' && f !== 'martialLaw'), settingsPermission);
    const { [SETTINGS_GRANT]: _forgotten, ...managerMemory } = memory[MANAGER];
    const before = {
      ...memory,
      [ROLE]: { ...memory[ROLE], [GRANT]: memory[ROLE][GRANT].filter((f) => f !== NEW_FIELD) },
      [MANAGER]: managerMemory,
    };
    await db.run('update strapi_core_store_settings set value = ? where key = ?', [JSON.stringify(before), STORE_KEY]);

    server = await startServerProcess({ CRON_ENABLED: 'false' });
    expect((await fetch(`${server.baseUrl}/_ready`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    expect(server.output()).toContain(`нові поля для ${ACTION}: ${NEW_FIELD}`);

    const after = (await readPermission()).properties.fields as string[];
    expect(after).toContain(NEW_FIELD);
    expect(after).not.toContain(REMOVED_BY_MANAGER);
    expect(after.filter((f) => f === NEW_FIELD)).toHaveLength(1);
    expect(after.sort()).toEqual(granted.filter((f) => f !== REMOVED_BY_MANAGER).sort());
    expect((await readMemory())[ROLE][GRANT]).toEqual(expect.arrayContaining([NEW_FIELD, REMOVED_BY_MANAGER]));

    const settingsAfter = (await readPermission(MANAGER, SETTINGS)).properties.fields as string[];
    expect(settingsAfter).toContain('firstHead');
    expect(settingsAfter).not.toContain('martialLaw');
    expect((await readMemory())[MANAGER][SETTINGS_GRANT]).toEqual(expect.arrayContaining(['firstHead', 'martialLaw']));
  }, 300000);
});
