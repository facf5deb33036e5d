import { APPEAL_STATES, OPEN_APPEAL_STATES } from '../../domain/appeal/states';
import { INFORMATION_REQUEST_STATES, OPEN_INFORMATION_REQUEST_STATES } from '../../domain/information-request/states';

/** Links into the content manager's lists, filtered the way the dashboard and reports count. */
export const REGISTER_UIDS = {
  appeal: 'api::appeal.appeal',
  information_request: 'api::information-request.information-request',
} as const;

/** Open states of each register's workflow, from the state tables of its law. */
export const OPEN_STATES: Record<string, readonly string[]> = {
  [REGISTER_UIDS.appeal]: OPEN_APPEAL_STATES,
  [REGISTER_UIDS.information_request]: OPEN_INFORMATION_REQUEST_STATES,
};

/** The states in which an item is finished: the open ones are "every state but these". */
export const FINISHED_STATES: Record<string, readonly string[]> = {
  [REGISTER_UIDS.appeal]: APPEAL_STATES.filter((s) => !OPEN_APPEAL_STATES.includes(s)),
  [REGISTER_UIDS.information_request]: INFORMATION_REQUEST_STATES.filter((s) => !OPEN_INFORMATION_REQUEST_STATES.includes(s)),
};

/** The field the content manager shows for an executor (the staff member's main field, src/bootstrap/admin-labels). */
export const ASSIGNEE_MAIN_FIELD = 'fullName';

export function listUrl(uid: string, params: URLSearchParams): string {
  return `/content-manager/collection-types/${uid}?${params.toString()}`;
}

/*
 * Every filter below is one the list shows as a removable tag: one attribute, one operator, one scalar value, and a
 * relation filtered on its main field. The content manager remembers a list's filters in the browser and restores
 * them on the next visit, so a filter it cannot show (an `$in` list, a relation filtered by `id`) would keep
 * narrowing the list with nothing on screen to say so.
 */

function openStateFilters(params: URLSearchParams, uid: string): number {
  FINISHED_STATES[uid].forEach((state, i) => params.append(`filters[$and][${i}][workflowState][$ne]`, state));
  return FINISHED_STATES[uid].length;
}

/** Open items due before `until` (everything overdue included), earliest first. */
export function dueBeforeQuery(uid: string, until: Date): URLSearchParams {
  const params = new URLSearchParams();
  const next = openStateFilters(params, uid);
  params.append(`filters[$and][${next}][dueAt][$lt]`, until.toISOString());
  params.append('sort', 'dueAt:ASC');
  params.append('page', '1');
  return params;
}

/** Open items without an executor — what routing could not place — longest waiting first. */
export function unroutedQuery(uid: string): URLSearchParams {
  const params = new URLSearchParams();
  const next = openStateFilters(params, uid);
  params.append(`filters[$and][${next}][assignee][${ASSIGNEE_MAIN_FIELD}][$null]`, 'true');
  params.append('sort', 'receivedAt:ASC');
  params.append('page', '1');
  return params;
}

/**
 * Whether the list can show this `$and` entry as a tag (mirrors the admin's Filters list): `{ field: { op: scalar } }`,
 * or for a relation `{ relation: { mainField: { op: scalar } } }`. `relations` maps each relation attribute to its
 * main field.
 */
export function isVisibleFilter(entry: unknown, relations: Record<string, string>, attributes?: readonly string[]): boolean {
  if (!entry || typeof entry !== 'object') return false;
  const keys = Object.keys(entry);
  if (keys.length !== 1) return false;
  const name = keys[0];
  if (attributes && !attributes.includes(name)) return false;
  let condition: any = (entry as any)[name];
  if (name in relations) condition = condition?.[relations[name]];
  if (!condition || typeof condition !== 'object') return false;
  const ops = Object.keys(condition);
  if (ops.length !== 1) return false;
  const value = condition[ops[0]];
  return value === null || typeof value !== 'object';
}

/** The `$and` entries the list would apply without showing them (an older saved filter, a hand-made link). */
export function hiddenFilters(and: unknown, relations: Record<string, string>, attributes?: readonly string[]): number[] {
  if (!Array.isArray(and)) return [];
  return and.flatMap((entry, i) => (isVisibleFilter(entry, relations, attributes) ? [] : [i]));
}

export function itemUrl(register: string, documentId: string): string {
  const uid = REGISTER_UIDS[register as keyof typeof REGISTER_UIDS] ?? REGISTER_UIDS.appeal;
  return `/content-manager/collection-types/${uid}/${documentId}`;
}

/**
 * The person an item is about, filtered by name like a relation on its main field: the applicant of an appeal, the
 * requester of an information request (components, which the list's own filters leave out).
 */
export const PERSON_FILTERS: Record<string, { label: string; mainField: string }> = {
  applicant: { label: 'Заявник (ПІБ)', mainField: 'fullName' },
  requester: { label: 'Запитувач (ПІБ)', mainField: 'fullName' },
};
