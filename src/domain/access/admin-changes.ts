import type { RuleViolation } from '../errors';

/**
 * Who may change admin panel accounts, roles and tokens. The Super Admin role carries every permission, so assigning
 * it, editing role permissions, or minting a token is the same as holding every permission: only a Super Admin does it.
 * Nobody changes their own roles (a second person always does), and only a Super Admin touches a Super Admin's
 * account (its e-mail or password would be a way in).
 *
 * Role ids arrive as numbers or numeric strings from the admin API; they are compared as strings.
 */
export type AdminChange =
  | { kind: 'user.create'; roleIds: Array<string | number> }
  | {
      kind: 'user.update';
      targetId: string | number;
      /** the roles the target holds now */
      targetRoleIds: Array<string | number>;
      /** the roles sent with the request; null when the request leaves roles alone */
      newRoleIds: Array<string | number> | null;
    }
  | { kind: 'user.delete'; targets: Array<{ id: string | number; roleIds: Array<string | number> }> }
  | { kind: 'user.profile'; sendsRoles: boolean }
  | { kind: 'role.write' }
  | { kind: 'token.manage'; token: 'api' | 'transfer' };

export interface AdminActor {
  id: string | number;
  roleIds: Array<string | number>;
}

const ids = (list: Array<string | number>) => new Set(list.map(String));

const refuse = (rule: string, message: string): RuleViolation => ({ field: 'roles', rule, message });

export const ADMIN_CHANGE_MESSAGES = {
  superAdminRole: 'Призначати або знімати роль «Супер адміністратор» може лише супер адміністратор.',
  ownRoles: 'Змінювати власні ролі не можна: їх змінює інший адміністратор.',
  superAdminAccount: 'Обліковий запис супер адміністратора може змінювати чи видаляти лише супер адміністратор.',
  roles: 'Створювати, змінювати й видаляти ролі та їхні права може лише супер адміністратор.',
  apiTokens: 'Керувати API-токенами може лише супер адміністратор: токен діє поза ролями та підрозділами.',
  transferTokens: 'Керувати токенами передавання даних може лише супер адміністратор: такий токен читає й переписує всю базу.',
} as const;

/** The refusal for a change of admin accounts, roles or tokens, or null when the actor may make it. */
export function adminChangeRefusal(actor: AdminActor, superAdminRoleId: string | number | null, change: AdminChange): RuleViolation | null {
  const superId = superAdminRoleId === null ? null : String(superAdminRoleId);
  const holdsSuper = (roles: Array<string | number>) => superId !== null && ids(roles).has(superId);
  const actorIsSuper = holdsSuper(actor.roleIds);

  switch (change.kind) {
    case 'user.create':
      return holdsSuper(change.roleIds) && !actorIsSuper ? refuse('access.super_admin_role', ADMIN_CHANGE_MESSAGES.superAdminRole) : null;

    case 'user.update': {
      if (holdsSuper(change.targetRoleIds) && !actorIsSuper) return refuse('access.super_admin_account', ADMIN_CHANGE_MESSAGES.superAdminAccount);
      if (change.newRoleIds === null || sameSet(change.newRoleIds, change.targetRoleIds)) return null;
      if (String(change.targetId) === String(actor.id)) return refuse('access.own_roles', ADMIN_CHANGE_MESSAGES.ownRoles);
      if (holdsSuper(change.newRoleIds) !== holdsSuper(change.targetRoleIds) && !actorIsSuper) return refuse('access.super_admin_role', ADMIN_CHANGE_MESSAGES.superAdminRole);
      return null;
    }

    case 'user.delete':
      return !actorIsSuper && change.targets.some((t) => holdsSuper(t.roleIds)) ? refuse('access.super_admin_account', ADMIN_CHANGE_MESSAGES.superAdminAccount) : null;

    case 'user.profile':
      return change.sendsRoles ? refuse('access.own_roles', ADMIN_CHANGE_MESSAGES.ownRoles) : null;

    case 'role.write':
      return actorIsSuper ? null : refuse('access.roles_super_admin_only', ADMIN_CHANGE_MESSAGES.roles);

    case 'token.manage':
      if (actorIsSuper) return null;
      return change.token === 'api'
        ? refuse('access.api_tokens_super_admin_only', ADMIN_CHANGE_MESSAGES.apiTokens)
        : refuse('access.transfer_tokens_super_admin_only', ADMIN_CHANGE_MESSAGES.transferTokens);
  }
}

function sameSet(a: Array<string | number>, b: Array<string | number>): boolean {
  const x = ids(a);
  const y = ids(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
