import { Button } from '@strapi/design-system';
import { useLocation, useNavigate } from 'react-router-dom';

/** Open states of each register's workflow (src/domain/appeal/states.ts, src/domain/information-request/states.ts). */
const OPEN_STATES: Record<string, string[]> = {
  'api::appeal.appeal': ['registered', 'assigned', 'in_progress'],
  'api::information-request.information-request': ['registered', 'assigned', 'in_progress', 'extended'],
};

/** "Нерозподілені": open items nobody is assigned to — what routing could not place (GET /api/<register>/unrouted). */
export function unroutedListQuery(openStates: string[]): string {
  const params = new URLSearchParams();
  openStates.forEach((state, i) => params.append(`filters[$and][0][workflowState][$in][${i}]`, state));
  params.append('filters[$and][1][assignee][id][$null]', 'true');
  params.append('sort', 'receivedAt:ASC');
  params.append('page', '1');
  return params.toString();
}

export const UnroutedButton = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const path = decodeURIComponent(location.pathname);
  const uid = Object.keys(OPEN_STATES).find((candidate) => path.includes(candidate));
  if (!uid) return null;
  return (
    <Button variant="secondary" onClick={() => navigate(`${location.pathname}?${unroutedListQuery(OPEN_STATES[uid])}`)}>
      Нерозподілені
    </Button>
  );
};
