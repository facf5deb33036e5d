import { CM, type Grant, type RoleDefinition } from './definitions';

/** A permission as the admin role service takes it. */
export interface PermissionInput {
  action: string;
  subject: string | null;
  properties: { fields?: string[] };
  conditions: string[];
}

export interface PlanInput {
  definition: RoleDefinition;
  /** uid → every field path of that content type (only content types that exist) */
  contentTypes: Record<string, string[]>;
  /** registered admin actions and the subjects they apply to */
  actions: Array<{ actionId: string; subjects?: string[] }>;
  /** grant keys (`action|subject`) already given to this role at an earlier start */
  applied: string[];
}

export const grantKey = (p: { action: string; subject: string | null }) => `${p.action}|${p.subject ?? ''}`;

/**
 * The permissions to add to a role at this start: every grant of its definition whose content type exists and whose
 * action applies, minus what was given before. A grant given before is never given again, so a permission that a
 * manager removed in the admin panel stays removed; a grant waiting for a content type is given once it exists.
 */
export function planGrants({ definition, contentTypes, actions, applied }: PlanInput): PermissionInput[] {
  const done = new Set(applied);
  return definitionPermissions(definition, contentTypes, actions).filter((p) => !done.has(grantKey(p)));
}

/** Every permission a role's definition gives today (one per action and subject), whether given before or not. */
export function definitionPermissions(definition: RoleDefinition, contentTypes: PlanInput['contentTypes'], actions: PlanInput['actions']): PermissionInput[] {
  const applies = (action: string, subject: string | null) => {
    const known = actions.find((a) => a.actionId === action);
    if (!known) return false;
    if (subject === null) return !Array.isArray(known.subjects) || known.subjects.length === 0;
    return Boolean(contentTypes[subject]) && (known.subjects ?? []).includes(subject);
  };
  const grants: Grant[] = [...definition.grants];
  if (definition.readsEverything) {
    grants.push({ action: `${CM}.read`, subjects: Object.keys(contentTypes).filter((uid) => uid.startsWith('api::')) });
  }
  const out: PermissionInput[] = [];
  for (const grant of grants) {
    for (const subject of grant.subjects ?? [null]) {
      if (!applies(grant.action, subject)) continue;
      const p: PermissionInput = { action: grant.action, subject, properties: {}, conditions: grant.conditions ?? [] };
      if (subject && grant.action.startsWith(CM) && !grant.action.endsWith('.delete') && !grant.action.endsWith('.publish')) {
        const omit = grant.omitFields ?? [];
        p.properties.fields = contentTypes[subject].filter((f) => !omit.some((o) => f === o || f.startsWith(`${o}.`)));
      }
      if (!out.some((o) => grantKey(o) === grantKey(p))) out.push(p);
    }
  }
  return out;
}

/**
 * The fields added by the version that began to remember what each role was given (`granted-fields`), per content
 * type. A role provisioned by an earlier version cannot have had them, so at that first start they count as new, not
 * as taken away by a manager. Fields of later versions need no entry here: the memory tells them apart.
 */
export const FIELDS_ADDED_BEFORE_MEMORY: Readonly<Record<string, readonly string[]>> = {
  'api::deadline-setting.deadline-setting': ['personalConsiderationRules', 'firstHead'],
  'api::appeal.appeal': ['personalConsiderationBasis'],
};

/**
 * A field added to a content type after a role was given its permission (a new version of the product): the role
 * gets it on the next start if its definition covers it, like the fields it got at first. `remembered` are the fields
 * the product gave (or found) at earlier starts: what is not among them is new. A field the product gave and a
 * manager then took away in the admin panel is remembered, so it stays away; fields a manager added stay. With no
 * memory yet (the start that introduces it), everything the definition covers counts as given except `introduced`
 * (FIELDS_ADDED_BEFORE_MEMORY of the permission's content type), which is added: no removal of a manager's is undone.
 */
export function followNewFields(input: { planned: string[]; remembered: string[] | undefined; current: string[]; introduced?: readonly string[] }): { add: string[]; remember: string[] } {
  const { planned, current } = input;
  const introduced = new Set(input.introduced ?? []);
  const isIntroduced = (field: string) => introduced.has(field) || [...introduced].some((top) => field.startsWith(`${top}.`));
  const remembered = input.remembered ?? planned.filter((field) => !isIntroduced(field));
  const known = new Set([...remembered, ...current]);
  const add = planned.filter((field) => !known.has(field));
  return { add, remember: [...new Set([...remembered, ...planned])] };
}
