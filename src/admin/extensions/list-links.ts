import { OPEN_APPEAL_STATES } from '../../domain/appeal/states';
import { OPEN_INFORMATION_REQUEST_STATES } from '../../domain/information-request/states';

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

export function listUrl(uid: string, params: URLSearchParams): string {
  return `/content-manager/collection-types/${uid}?${params.toString()}`;
}

/** Open items due before `until` (everything overdue included), earliest first. */
export function dueBeforeQuery(uid: string, until: Date): URLSearchParams {
  const params = new URLSearchParams();
  OPEN_STATES[uid].forEach((state, i) => params.append(`filters[$and][0][workflowState][$in][${i}]`, state));
  params.append('filters[$and][1][dueAt][$lt]', until.toISOString());
  params.append('sort', 'dueAt:ASC');
  params.append('page', '1');
  return params;
}

/** Open items without an executor — what routing could not place — longest waiting first. */
export function unroutedQuery(uid: string): URLSearchParams {
  const params = new URLSearchParams();
  OPEN_STATES[uid].forEach((state, i) => params.append(`filters[$and][0][workflowState][$in][${i}]`, state));
  params.append('filters[$and][1][assignee][id][$null]', 'true');
  params.append('sort', 'receivedAt:ASC');
  params.append('page', '1');
  return params;
}

export function itemUrl(register: string, documentId: string): string {
  const uid = REGISTER_UIDS[register as keyof typeof REGISTER_UIDS] ?? REGISTER_UIDS.appeal;
  return `/content-manager/collection-types/${uid}/${documentId}`;
}
