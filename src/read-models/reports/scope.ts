import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReadScope } from '../../domain/access/read-scope';
import { readScopeFor } from '../../access/read-scope';

/** What each register shows the caller: keyed like REGISTERS in ./register-items.ts. */
export type RegisterScopes = Record<'appeal' | 'information_request', ReadScope>;

export const EVERYTHING: RegisterScopes = { appeal: { kind: 'all' }, information_request: { kind: 'all' } };

const REGISTER_UIDS = { appeal: 'api::appeal.appeal', information_request: 'api::information-request.information-request' } as const;

const COMMUNICATIONS_UIDS = ['api::campaign.campaign', 'api::communication-event.communication-event', 'api::opinion-report.opinion-report', 'api::publication.publication'];

/** The caller's scope in each register: reports show no more than the register itself would (see src/domain/access/read-scope.ts). */
export async function registerScopesOf(strapi: Core.Strapi, user: { id?: number } | undefined): Promise<RegisterScopes> {
  if (!user?.id) throw new errors.UnauthorizedError('Потрібно увійти до адмін-панелі.');
  const [appeal, informationRequest] = await Promise.all([
    readScopeFor(strapi, user.id, REGISTER_UIDS.appeal),
    readScopeFor(strapi, user.id, REGISTER_UIDS.information_request),
  ]);
  return { appeal, information_request: informationRequest };
}

/**
 * For the register reports: refuses a caller who may read neither register (communications staff, for example).
 * A PolicyError, not a ForbiddenError: Strapi's route authorisation replaces any other 403 thrown below it with a bare
 * «Forbidden» (node_modules/@strapi/core/dist/services/server/compose-endpoint.js).
 */
export async function requireRegisterScopes(strapi: Core.Strapi, user: { id?: number } | undefined): Promise<RegisterScopes> {
  const scopes = await registerScopesOf(strapi, user);
  if (scopes.appeal.kind === 'none' && scopes.information_request.kind === 'none') {
    throw new errors.PolicyError('Звіти про звернення й запити на інформацію доступні лише тим, хто має доступ до цих реєстрів.', { rule: 'reports.no_register_access' });
  }
  return scopes;
}

/** For the communications report: the caller must read at least one communications type. */
export async function requireCommunicationsAccess(strapi: Core.Strapi, user: { id?: number } | undefined): Promise<void> {
  if (!user?.id) throw new errors.UnauthorizedError('Потрібно увійти до адмін-панелі.');
  const scopes = await Promise.all(COMMUNICATIONS_UIDS.map((uid) => readScopeFor(strapi, user.id!, uid)));
  if (scopes.every((s) => s.kind === 'none')) {
    throw new errors.PolicyError('Звіт про комунікації доступний лише тим, хто має доступ до комунікаційних кампаній, заходів чи публікацій.', { rule: 'reports.no_communications_access' });
  }
}

/**
 * Limits a knex query over a register's table to the caller's scope: nothing, or the rows linked to the departments
 * in scope (through Strapi's department link table).
 */
export function restrictToScope(strapi: Core.Strapi, uid: string, scope: ReadScope | undefined): (query: any) => void {
  return (query: any) => {
    if (!scope || scope.kind === 'all') return;
    if (scope.kind === 'none' || !scope.departmentIds.length) {
      query.whereRaw('1 = 0');
      return;
    }
    const meta: any = strapi.db.metadata.get(uid as any);
    const link = meta.attributes.department.joinTable;
    query.whereIn(
      `${meta.tableName}.id`,
      strapi.db.connection(link.name).select(link.joinColumn.name).whereIn(link.inverseJoinColumn.name, scope.departmentIds),
    );
  };
}

export function scopeOfRegister(scopes: RegisterScopes | undefined, uid: string): ReadScope | undefined {
  if (!scopes) return undefined;
  return uid === REGISTER_UIDS.appeal ? scopes.appeal : uid === REGISTER_UIDS.information_request ? scopes.information_request : { kind: 'none' };
}
