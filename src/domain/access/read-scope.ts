/**
 * How much of a content type an admin user may read, decided from the read permissions their roles hold: everything
 * (a permission without conditions, or the Super Admin), their departments (a permission under the department
 * condition), or nothing. Reports, drill-downs, exports, dashboard figures and the audit trail all follow this answer,
 * so they never show more than the register itself would.
 *
 * A permission under any other condition (one this product does not know how to turn into a department list) counts as
 * nothing: a figure that is missing is safer than a figure that leaks.
 */
export type ReadScope = { kind: 'all' } | { kind: 'departments'; departmentIds: number[] } | { kind: 'none' };

export interface HeldPermission {
  action: string;
  subject: string | null;
  conditions: string[];
}

export interface ReadScopeInput {
  isSuperAdmin: boolean;
  permissions: HeldPermission[];
  /** departments the user's department condition covers (own, sub-departments, headed ones) */
  departmentIds: number[];
  /** the condition id of «Належить до мого підрозділу» */
  departmentCondition: string;
  /** the action that reads a subject, e.g. `plugin::content-manager.explorer.read` */
  readAction: string;
}

export function readScopeOf(subject: string, input: ReadScopeInput): ReadScope {
  if (input.isSuperAdmin) return { kind: 'all' };
  const reads = input.permissions.filter((p) => p.action === input.readAction && p.subject === subject);
  if (reads.some((p) => p.conditions.length === 0)) return { kind: 'all' };
  if (reads.some((p) => p.conditions.includes(input.departmentCondition))) {
    return input.departmentIds.length ? { kind: 'departments', departmentIds: [...input.departmentIds] } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/** Whether the user holds an action without a subject (admin users, roles) at all. */
export function holdsAction(action: string, input: Pick<ReadScopeInput, 'isSuperAdmin' | 'permissions'>): boolean {
  return input.isSuperAdmin || input.permissions.some((p) => p.action === action);
}

/**
 * The audit trail follows the record it describes: entries of a content type are visible as far as the record's
 * type is readable; entries of admin roles and users as far as roles and users are. `scopeOfType` answers for one
 * type; the result lists the types visible whole and those visible for in-scope records only.
 */
export interface AuditVisibility {
  wholeTypes: string[];
  scopedTypes: Array<{ contentType: string; departmentIds: number[] }>;
}

export const ADMIN_RECORD_READ_ACTIONS: Record<string, string> = {
  'admin::role': 'admin::roles.read',
  'admin::user': 'admin::users.read',
};

export function auditVisibility(contentTypes: string[], input: ReadScopeInput): AuditVisibility {
  const wholeTypes: string[] = [];
  const scopedTypes: AuditVisibility['scopedTypes'] = [];
  for (const contentType of contentTypes) {
    const adminAction = ADMIN_RECORD_READ_ACTIONS[contentType];
    if (adminAction) {
      if (holdsAction(adminAction, input)) wholeTypes.push(contentType);
      continue;
    }
    const scope = readScopeOf(contentType, input);
    if (scope.kind === 'all') wholeTypes.push(contentType);
    else if (scope.kind === 'departments') scopedTypes.push({ contentType, departmentIds: scope.departmentIds });
  }
  return { wholeTypes, scopedTypes };
}
