import { Button } from '@strapi/design-system';
import { useLocation, useNavigate } from 'react-router-dom';

const APPEALS = 'api::appeal.appeal';
/** Open states of the appeal workflow (src/domain/appeal/states.ts). */
const OPEN_STATES = ['registered', 'assigned', 'in_progress'];

/**
 * "Прострочені": the appeals list filtered to open appeals whose due instant has passed, computed at the moment of
 * the click — overdue is derived, never a stored flag.
 */
export function overdueListQuery(now: Date): string {
  const params = new URLSearchParams();
  OPEN_STATES.forEach((state, i) => params.append(`filters[$and][0][workflowState][$in][${i}]`, state));
  params.append('filters[$and][1][dueAt][$lt]', now.toISOString());
  params.append('sort', 'dueAt:ASC');
  params.append('page', '1');
  return params.toString();
}

export const OverdueAppealsButton = () => {
  const location = useLocation();
  const navigate = useNavigate();
  if (!decodeURIComponent(location.pathname).includes(APPEALS)) return null;
  return (
    <Button variant="danger-light" onClick={() => navigate(`${location.pathname}?${overdueListQuery(new Date())}`)}>
      Прострочені
    </Button>
  );
};
