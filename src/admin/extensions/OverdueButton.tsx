import { Button } from '@strapi/design-system';
import { useLocation, useNavigate } from 'react-router-dom';

/** Open states of each register's workflow (src/domain/appeal/states.ts, src/domain/information-request/states.ts). */
const OPEN_STATES: Record<string, string[]> = {
  'api::appeal.appeal': ['registered', 'assigned', 'in_progress'],
  'api::information-request.information-request': ['registered', 'assigned', 'in_progress', 'extended'],
};

/**
 * "Прострочені": the list filtered to open items whose due instant has passed, computed at the moment of the click —
 * overdue is derived, never a stored flag.
 */
export function overdueListQuery(openStates: string[], now: Date): string {
  const params = new URLSearchParams();
  openStates.forEach((state, i) => params.append(`filters[$and][0][workflowState][$in][${i}]`, state));
  params.append('filters[$and][1][dueAt][$lt]', now.toISOString());
  params.append('sort', 'dueAt:ASC');
  params.append('page', '1');
  return params.toString();
}

export const OverdueButton = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const path = decodeURIComponent(location.pathname);
  const uid = Object.keys(OPEN_STATES).find((candidate) => path.includes(candidate));
  if (!uid) return null;
  return (
    <Button variant="danger-light" onClick={() => navigate(`${location.pathname}?${overdueListQuery(OPEN_STATES[uid], new Date())}`)}>
      Прострочені
    </Button>
  );
};
