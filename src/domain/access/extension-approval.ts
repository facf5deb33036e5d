import type { RuleViolation } from '../errors';
import type { Caller } from './caller';

/**
 * Who may approve an extension of an appeal's term (Law 393/96-ВР Art. 20: the head of the body, or the deputy,
 * sets the term). The approver named in `extensionApprovedBy` must head (or be the deputy head — `deputyHead` — of)
 * the appeal's department or one of its parent departments; a person in the admin panel may only name themselves,
 * unless they are the manager (керуючий справами) or a super admin, who may record the approval of a head or give it
 * personally.
 *
 * API tokens and in-process scripts act for the institution, not for a person: they may record an approval, but the
 * approver they name must still be a head of that department, so an integration cannot invent an approval.
 */
export interface ExtensionApprovalInput {
  caller: Caller;
  /** staff id named as approver (already resolved from documentId); null when none is named */
  approverId: number | null;
  /** heads of the appeal's department and of each parent department, nearest first (staff ids) */
  headsOfChain: number[];
  /** the appeal has no department and no executor whose department could stand for it */
  departmentUnknown: boolean;
}

export type AccessViolation = RuleViolation & { status: 403 | 400 };

export function checkExtensionApproval(input: ExtensionApprovalInput): AccessViolation | null {
  const { caller, approverId } = input;
  if (approverId === null) return null; // "an approver is required" is a register rule with its own message
  const approverIsHead = input.headsOfChain.includes(approverId);
  const refuse = (message: string, rule: string, status: 403 | 400 = 403): AccessViolation => ({ field: 'extensionApprovedBy', message, rule, status });

  if (caller.kind === 'admin') {
    const personal = caller.staffId !== null && approverId === caller.staffId;
    if (caller.isManager && (approverIsHead || personal)) return null;
    if (!caller.isManager && !caller.isHead) {
      return refuse('Продовжувати строк розгляду звернення може лише керівник підрозділу або керуючий справами (ст. 20 Закону «Про звернення громадян»).', 'extension.caller_not_head');
    }
    if (!caller.isManager && !personal) {
      return refuse('Погоджуючи продовження, вкажіть себе: погодити від імені іншого керівника може лише керуючий справами.', 'extension.not_own_approval');
    }
  }
  if (caller.kind === 'users_permissions') {
    return refuse('Продовжувати строк розгляду звернення через API користувача не дозволено.', 'extension.caller_not_allowed');
  }
  if (approverIsHead) return null;
  if (input.departmentUnknown) {
    return refuse('Спочатку вкажіть підрозділ або виконавця звернення: продовження погоджує керівник цього підрозділу.', 'extension.department_unknown', 400);
  }
  return refuse('Погодити продовження строку може лише керівник підрозділу, якому доручено звернення (або вищого підрозділу), його заступник чи керуючий справами.', 'extension.approver_not_head');
}

/**
 * Extending the term of an information request (Law 2939-VI Art. 20(4)) records no approver: the person who sets it
 * decides. In the admin panel that must be the manager or a head of the request's department chain; API tokens and
 * in-process scripts act for the institution and are allowed; users-permissions users are not.
 */
export function checkRequestExtension(input: { caller: Caller; headsOfChain: number[] }): AccessViolation | null {
  const { caller } = input;
  const refuse = (message: string, rule: string): AccessViolation => ({ field: 'extendedUntil', message, rule, status: 403 });
  if (caller.kind === 'api_token' || caller.kind === 'system') return null;
  if (caller.kind === 'users_permissions') return refuse('Продовжувати строк відповіді на запит через API користувача не дозволено.', 'extension.caller_not_allowed');
  if (caller.isManager || (caller.staffId !== null && input.headsOfChain.includes(caller.staffId))) return null;
  if (!caller.isHead) {
    return refuse('Продовжувати строк відповіді на запит може лише керівник підрозділу або керуючий справами (ч. 4 ст. 20 Закону «Про доступ до публічної інформації»).', 'extension.caller_not_head');
  }
  return refuse('Продовжити строк може лише керівник підрозділу, якому доручено запит (або вищого підрозділу), чи керуючий справами.', 'extension.approver_not_head');
}
