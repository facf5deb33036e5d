import { adminChangeRefusal } from '../../../../src/domain/access/admin-changes';

const SUPER = 1;
const MANAGER = 4;
const HEAD = 3;
const manager = { id: 10, roleIds: [MANAGER] };
const superAdmin = { id: 1, roleIds: [SUPER] };
const rule = (actor: { id: number; roleIds: number[] }, change: Parameters<typeof adminChangeRefusal>[2]) => adminChangeRefusal(actor, SUPER, change)?.rule ?? null;

describe('who may change admin accounts, roles and tokens', () => {
  it('only a Super Admin gives the Super Admin role, to a new or an existing user', () => {
    expect(rule(manager, { kind: 'user.create', roleIds: [SUPER] })).toBe('access.super_admin_role');
    expect(rule(manager, { kind: 'user.create', roleIds: ['1'] })).toBe('access.super_admin_role');
    expect(rule(manager, { kind: 'user.create', roleIds: [HEAD] })).toBeNull();
    expect(rule(superAdmin, { kind: 'user.create', roleIds: [SUPER] })).toBeNull();
    expect(rule(manager, { kind: 'user.update', targetId: 20, targetRoleIds: [HEAD], newRoleIds: [HEAD, SUPER] })).toBe('access.super_admin_role');
    expect(rule(superAdmin, { kind: 'user.update', targetId: 20, targetRoleIds: [HEAD], newRoleIds: [HEAD, SUPER] })).toBeNull();
  });

  it('nobody changes their own roles, a Super Admin included; resending the same roles is no change', () => {
    expect(rule(manager, { kind: 'user.update', targetId: '10', targetRoleIds: [MANAGER], newRoleIds: [MANAGER, HEAD] })).toBe('access.own_roles');
    expect(rule(superAdmin, { kind: 'user.update', targetId: 1, targetRoleIds: [SUPER], newRoleIds: [SUPER, HEAD] })).toBe('access.own_roles');
    expect(rule(manager, { kind: 'user.update', targetId: 10, targetRoleIds: [MANAGER], newRoleIds: ['4'] })).toBeNull();
    expect(rule(manager, { kind: 'user.update', targetId: 10, targetRoleIds: [MANAGER], newRoleIds: null })).toBeNull();
    expect(rule(manager, { kind: 'user.profile', sendsRoles: true })).toBe('access.own_roles');
    expect(rule(manager, { kind: 'user.profile', sendsRoles: false })).toBeNull();
  });

  it('a manager changes the roles of others, but never touches a Super Admin’s account', () => {
    expect(rule(manager, { kind: 'user.update', targetId: 20, targetRoleIds: [HEAD], newRoleIds: [MANAGER] })).toBeNull();
    expect(rule(manager, { kind: 'user.update', targetId: 1, targetRoleIds: [SUPER], newRoleIds: null })).toBe('access.super_admin_account');
    expect(rule(manager, { kind: 'user.update', targetId: 1, targetRoleIds: [SUPER], newRoleIds: [HEAD] })).toBe('access.super_admin_account');
    expect(rule(manager, { kind: 'user.delete', targets: [{ id: 20, roleIds: [HEAD] }, { id: 1, roleIds: [SUPER] }] })).toBe('access.super_admin_account');
    expect(rule(manager, { kind: 'user.delete', targets: [{ id: 20, roleIds: [HEAD] }] })).toBeNull();
  });

  it('roles, their permissions and tokens are for the Super Admin only', () => {
    expect(rule(manager, { kind: 'role.write' })).toBe('access.roles_super_admin_only');
    expect(rule(superAdmin, { kind: 'role.write' })).toBeNull();
    expect(rule(manager, { kind: 'token.manage', token: 'api' })).toBe('access.api_tokens_super_admin_only');
    expect(rule(manager, { kind: 'token.manage', token: 'transfer' })).toBe('access.transfer_tokens_super_admin_only');
    expect(rule(superAdmin, { kind: 'token.manage', token: 'transfer' })).toBeNull();
  });

  it('without a Super Admin role in the database nobody counts as one', () => {
    expect(adminChangeRefusal(superAdmin, null, { kind: 'role.write' })?.rule).toBe('access.roles_super_admin_only');
  });

  it('speaks Ukrainian', () => {
    expect(adminChangeRefusal(manager, SUPER, { kind: 'role.write' })?.message).toMatch(/лише супер адміністратор/);
  });
});
