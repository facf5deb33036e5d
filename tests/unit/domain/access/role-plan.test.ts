import { planGrants, grantKey, followNewFields, definitionPermissions, FIELDS_ADDED_BEFORE_MEMORY } from '../../../../src/access/roles/plan';
import { CM, ROLE_DEFINITIONS, UID } from '../../../../src/access/roles/definitions';

const role = (code: string) => ROLE_DEFINITIONS.find((r) => r.code === code)!;
const actions = [
  ...['create', 'read', 'update', 'delete'].map((a) => ({ actionId: `${CM}.${a}`, subjects: Object.values(UID) as string[] })),
  { actionId: `${CM}.publish`, subjects: [UID.publication, UID.campaign] },
  ...['create', 'read', 'update', 'delete'].flatMap((a) => [{ actionId: `admin::users.${a}` }, { actionId: `admin::roles.${a}` }]),
];
const today = {
  [UID.appeal]: ['subject', 'assignee', 'applicant.fullName'],
  [UID.informationRequest]: ['requestText', 'assignee'],
  [UID.staff]: ['fullName'],
  [UID.department]: ['name'],
  [UID.audit]: ['action'],
};

describe('role provisioning plan', () => {
  it('a new specialist role: registers in my department, no executor field, no delete', () => {
    const plan = planGrants({ definition: role('city-appeals-specialist'), contentTypes: today, actions, applied: [] });
    const update = plan.find((p) => p.action === `${CM}.update` && p.subject === UID.appeal)!;
    expect(update.conditions).toEqual(['api::belongs-to-my-department']);
    expect(update.properties.fields).toEqual(['subject', 'applicant.fullName']);
    expect(plan.find((p) => p.action === `${CM}.read` && p.subject === UID.appeal)!.properties.fields).toEqual(['subject', 'assignee', 'applicant.fullName']);
    expect(plan.some((p) => p.action.endsWith('.delete'))).toBe(false);
    expect(plan.some((p) => p.subject === UID.position)).toBe(false); // does not exist yet
  });

  it('never gives a grant twice: what a manager removed stays removed', () => {
    const first = planGrants({ definition: role('city-department-head'), contentTypes: today, actions, applied: [] });
    expect(planGrants({ definition: role('city-department-head'), contentTypes: today, actions, applied: first.map(grantKey) })).toEqual([]);
  });

  it('grants waiting for a content type are given once it appears, and only those', () => {
    const comms = role('city-communications-specialist');
    const before = planGrants({ definition: comms, contentTypes: today, actions, applied: [] });
    expect(before.map(grantKey).sort()).toEqual([`${CM}.read|${UID.audit}`, `${CM}.read|${UID.department}`, `${CM}.read|${UID.staff}`]);
    const later = planGrants({ definition: comms, contentTypes: { ...today, [UID.publication]: ['title', 'body'] }, actions, applied: before.map(grantKey) });
    expect(later.map(grantKey)).toEqual(['create', 'read', 'update', 'delete', 'publish'].map((a) => `${CM}.${a}|${UID.publication}`));
    expect(later.find((p) => p.action === `${CM}.publish`)!.properties).toEqual({});
  });

  it('the manager reads every content type, manages users and reads roles (only the Super Admin edits roles)', () => {
    const plan = planGrants({ definition: role('city-manager'), contentTypes: today, actions, applied: [] });
    expect(plan.filter((p) => p.action === `${CM}.read`).map((p) => p.subject).sort()).toEqual(Object.keys(today).sort());
    expect(plan.filter((p) => p.subject === null).map((p) => p.action).sort()).toEqual(
      ['admin::roles.read', 'admin::users.create', 'admin::users.delete', 'admin::users.read', 'admin::users.update'],
    );
    expect(plan.some((p) => p.action === `${CM}.update`)).toBe(false);
  });

  it('lists every permission of a definition, given before or not, with the same fields as the first grant', () => {
    const all = definitionPermissions(role('city-appeals-specialist'), today, actions);
    const first = planGrants({ definition: role('city-appeals-specialist'), contentTypes: today, actions, applied: [] });
    expect(all).toEqual(first);
    expect(planGrants({ definition: role('city-appeals-specialist'), contentTypes: today, actions, applied: all.map(grantKey) })).toEqual([]);
  });
});

describe('fields a later version adds to a content type', () => {
  it('are added to a permission the product gave before, once', () => {
    const step = followNewFields({ planned: ['subject', 'assignee', 'extensionDecidedAt'], remembered: ['subject', 'assignee'], current: ['subject', 'assignee'] });
    expect(step).toEqual({ add: ['extensionDecidedAt'], remember: ['subject', 'assignee', 'extensionDecidedAt'] });
    expect(followNewFields({ planned: ['subject', 'assignee', 'extensionDecidedAt'], remembered: step.remember, current: ['subject', 'assignee', 'extensionDecidedAt'] }).add).toEqual([]);
  });

  it('a field a manager took away stays away; a field a manager added stays', () => {
    const step = followNewFields({ planned: ['subject', 'assignee', 'topic'], remembered: ['subject', 'assignee'], current: ['subject', 'notes'] });
    expect(step.add).toEqual(['topic']);
    expect(step.remember).toEqual(['subject', 'assignee', 'topic']);
  });

  it('with no memory yet only the fields of the version that brings it are added: another missing field may be a manager\'s removal', () => {
    expect(followNewFields({ planned: ['subject', 'assignee', 'topic'], remembered: undefined, current: ['subject'] })).toEqual({ add: [], remember: ['subject', 'assignee', 'topic'] });
    const settings = followNewFields({
      planned: ['callCentreDays', 'personalConsiderationRules.category', 'personalConsiderationRules.basis', 'firstHead'],
      remembered: undefined,
      current: [],
      introduced: FIELDS_ADDED_BEFORE_MEMORY['api::deadline-setting.deadline-setting'],
    });
    expect(settings).toEqual({
      add: ['personalConsiderationRules.category', 'personalConsiderationRules.basis', 'firstHead'],
      remember: ['callCentreDays', 'personalConsiderationRules.category', 'personalConsiderationRules.basis', 'firstHead'],
    });
  });

  it('a field the definition omits is never added', () => {
    const [update] = definitionPermissions(role('city-appeals-specialist'), { ...today, [UID.appeal]: [...today[UID.appeal], 'topic'] }, actions)
      .filter((p) => p.action === `${CM}.update` && p.subject === UID.appeal);
    const step = followNewFields({ planned: update.properties.fields!, remembered: ['subject', 'applicant.fullName'], current: ['subject', 'applicant.fullName'] });
    expect(step.add).toEqual(['topic']);
    expect(update.properties.fields).not.toContain('assignee');
  });
});

