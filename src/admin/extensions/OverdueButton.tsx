import { Button } from '@strapi/design-system';
import { useLocation, useNavigate } from 'react-router-dom';
import { OPEN_STATES, dueBeforeQuery } from './list-links';

/**
 * "Прострочені": the list filtered to open items whose due instant has passed, computed at the moment of the click —
 * overdue is derived, never a stored flag.
 */
export const OverdueButton = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const path = decodeURIComponent(location.pathname);
  const uid = Object.keys(OPEN_STATES).find((candidate) => path.includes(candidate));
  if (!uid) return null;
  return (
    <Button variant="danger-light" onClick={() => navigate(`${location.pathname}?${dueBeforeQuery(uid, new Date()).toString()}`)}>
      Прострочені
    </Button>
  );
};
