import { auditVisibility, readScopeOf, type HeldPermission, type ReadScopeInput } from '../../../../src/domain/access/read-scope';

const READ = 'plugin::content-manager.explorer.read';
const DEPT = 'api::belongs-to-my-department';
const APPEAL = 'api::appeal.appeal';
const REQUEST = 'api::information-request.information-request';
const PUBLICATION = 'api::publication.publication';

const input = (permissions: HeldPermission[], extra: Partial<ReadScopeInput> = {}): ReadScopeInput => ({
  isSuperAdmin: false,
  permissions,
  departmentIds: [3, 4],
  departmentCondition: DEPT,
  readAction: READ,
  ...extra,
});
const read = (subject: string, conditions: string[] = []): HeldPermission => ({ action: READ, subject, conditions });

describe('read scope of an admin user', () => {
  it('the Super Admin and an unconditioned read permission read everything', () => {
    expect(readScopeOf(APPEAL, input([], { isSuperAdmin: true }))).toEqual({ kind: 'all' });
    expect(readScopeOf(APPEAL, input([read(APPEAL)]))).toEqual({ kind: 'all' });
    expect(readScopeOf(APPEAL, input([read(APPEAL, [DEPT]), read(APPEAL)]))).toEqual({ kind: 'all' });
  });

  it('the department condition reads the departments in scope; without a department, nothing', () => {
    expect(readScopeOf(APPEAL, input([read(APPEAL, [DEPT])]))).toEqual({ kind: 'departments', departmentIds: [3, 4] });
    expect(readScopeOf(APPEAL, input([read(APPEAL, [DEPT])], { departmentIds: [] }))).toEqual({ kind: 'none' });
  });

  it('no read permission, another action, another subject or an unknown condition read nothing', () => {
    expect(readScopeOf(APPEAL, input([]))).toEqual({ kind: 'none' });
    expect(readScopeOf(APPEAL, input([{ action: 'plugin::content-manager.explorer.create', subject: APPEAL, conditions: [] }]))).toEqual({ kind: 'none' });
    expect(readScopeOf(APPEAL, input([read(REQUEST)]))).toEqual({ kind: 'none' });
    expect(readScopeOf(APPEAL, input([read(APPEAL, ['admin::is-creator'])]))).toEqual({ kind: 'none' });
  });
});

describe('what of the audit trail an admin user reads', () => {
  const types = [APPEAL, REQUEST, PUBLICATION, 'admin::role', 'admin::user'];

  it('a register specialist: the registers by department, nothing of publications, roles or users', () => {
    expect(auditVisibility(types, input([read(APPEAL, [DEPT]), read(REQUEST, [DEPT])]))).toEqual({
      wholeTypes: [],
      scopedTypes: [{ contentType: APPEAL, departmentIds: [3, 4] }, { contentType: REQUEST, departmentIds: [3, 4] }],
    });
  });

  it('communications staff: publications whole, no register', () => {
    expect(auditVisibility(types, input([read(PUBLICATION)]))).toEqual({ wholeTypes: [PUBLICATION], scopedTypes: [] });
  });

  it('a manager: every type read whole, and roles and users through their own permissions', () => {
    const manager = input([read(APPEAL), read(REQUEST), read(PUBLICATION), { action: 'admin::roles.read', subject: null, conditions: [] }, { action: 'admin::users.read', subject: null, conditions: [] }]);
    expect(auditVisibility(types, manager)).toEqual({ wholeTypes: types, scopedTypes: [] });
  });
});
