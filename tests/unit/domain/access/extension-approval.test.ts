import { checkExtensionApproval, checkRequestExtension } from '../../../../src/domain/access/extension-approval';
import { checkAnswerPublication } from '../../../../src/domain/access/answer-publication';
import type { Caller } from '../../../../src/domain/access/caller';

const admin = (over: Partial<Extract<Caller, { kind: 'admin' }>> = {}): Caller => ({
  kind: 'admin', adminUserId: 1, email: 'a@example.gov.ua', isManager: false, isHead: false, isCommunications: false, staffId: null, ...over,
});
const HEAD = 10; // head of the appeal's department
const PARENT_HEAD = 20; // head of the parent department
const OTHER = 30; // a staff member who heads nothing in the chain
const base = { headsOfChain: [HEAD, PARENT_HEAD], departmentUnknown: false };

describe('who may approve an extension (Art. 20)', () => {
  it('a head approving personally, for their own or a child department', () => {
    expect(checkExtensionApproval({ ...base, caller: admin({ isHead: true, staffId: HEAD }), approverId: HEAD })).toBeNull();
    expect(checkExtensionApproval({ ...base, caller: admin({ isHead: true, staffId: PARENT_HEAD }), approverId: PARENT_HEAD })).toBeNull();
  });

  it('a head of another department is refused with 403', () => {
    const v = checkExtensionApproval({ ...base, caller: admin({ isHead: true, staffId: OTHER }), approverId: OTHER });
    expect(v).toMatchObject({ status: 403, rule: 'extension.approver_not_head', field: 'extensionApprovedBy' });
    expect(v!.message).toMatch(/керівник підрозділу/);
  });

  it('a head may not sign for another head; a specialist may not approve at all', () => {
    expect(checkExtensionApproval({ ...base, caller: admin({ isHead: true, staffId: PARENT_HEAD }), approverId: HEAD })).toMatchObject({ rule: 'extension.not_own_approval', status: 403 });
    expect(checkExtensionApproval({ ...base, caller: admin({ staffId: 40 }), approverId: HEAD })).toMatchObject({ rule: 'extension.caller_not_head', status: 403 });
  });

  it('the manager records a head’s approval or approves personally, but not in the name of a non-head', () => {
    expect(checkExtensionApproval({ ...base, caller: admin({ isManager: true }), approverId: HEAD })).toBeNull();
    expect(checkExtensionApproval({ ...base, caller: admin({ isManager: true, staffId: 50 }), approverId: 50 })).toBeNull();
    expect(checkExtensionApproval({ ...base, caller: admin({ isManager: true, staffId: 50 }), approverId: OTHER })).toMatchObject({ rule: 'extension.approver_not_head' });
  });

  it('API tokens and scripts must name a head of the chain', () => {
    for (const caller of [{ kind: 'api_token', tokenId: 1, tokenName: 't' }, { kind: 'system' }] as Caller[]) {
      expect(checkExtensionApproval({ ...base, caller, approverId: PARENT_HEAD })).toBeNull();
      expect(checkExtensionApproval({ ...base, caller, approverId: OTHER })).toMatchObject({ rule: 'extension.approver_not_head', status: 403 });
    }
    expect(checkExtensionApproval({ headsOfChain: [], departmentUnknown: true, caller: { kind: 'system' }, approverId: OTHER })).toMatchObject({ rule: 'extension.department_unknown', status: 400 });
  });

  it('users-permissions users never approve; a missing approver is left to the register rule', () => {
    expect(checkExtensionApproval({ ...base, caller: { kind: 'users_permissions', userId: 1 }, approverId: HEAD })).toMatchObject({ status: 403 });
    expect(checkExtensionApproval({ ...base, caller: admin(), approverId: null })).toBeNull();
  });
});

describe('who may publish an answer to an appeal', () => {
  it('communications staff, heads and the manager; not a specialist or a users-permissions user', () => {
    expect(checkAnswerPublication(admin({ isCommunications: true }))).toBeNull();
    expect(checkAnswerPublication(admin({ isHead: true }))).toBeNull();
    expect(checkAnswerPublication(admin({ isManager: true }))).toBeNull();
    expect(checkAnswerPublication({ kind: 'api_token', tokenId: 1, tokenName: 'site' })).toBeNull();
    expect(checkAnswerPublication(admin())).toMatchObject({ status: 403, rule: 'publication.answer_publisher' });
    expect(checkAnswerPublication({ kind: 'users_permissions', userId: 2 })?.message).toMatch(/комунікацій/);
  });
});

describe('who may extend an information request (Law 2939-VI Art. 20(4))', () => {
  it('a head of the chain or the manager in the admin panel; tokens and scripts; nobody else', () => {
    const heads = [HEAD, PARENT_HEAD];
    expect(checkRequestExtension({ caller: admin({ isHead: true, staffId: PARENT_HEAD }), headsOfChain: heads })).toBeNull();
    expect(checkRequestExtension({ caller: admin({ isManager: true }), headsOfChain: [] })).toBeNull();
    expect(checkRequestExtension({ caller: { kind: 'api_token', tokenId: 1, tokenName: 't' }, headsOfChain: [] })).toBeNull();
    expect(checkRequestExtension({ caller: admin({ staffId: 40 }), headsOfChain: heads })).toMatchObject({ rule: 'extension.caller_not_head', status: 403 });
    expect(checkRequestExtension({ caller: admin({ isHead: true, staffId: OTHER }), headsOfChain: heads })).toMatchObject({ rule: 'extension.approver_not_head' });
    expect(checkRequestExtension({ caller: { kind: 'users_permissions', userId: 3 }, headsOfChain: heads })?.field).toBe('extendedUntil');
  });
});
