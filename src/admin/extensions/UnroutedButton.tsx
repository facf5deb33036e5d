import { Button } from '@strapi/design-system';
import { useLocation, useNavigate } from 'react-router-dom';
import { OPEN_STATES, unroutedQuery } from './list-links';

/** "Нерозподілені": open items nobody is assigned to — what routing could not place (GET /api/<register>/unrouted). */
export const UnroutedButton = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const path = decodeURIComponent(location.pathname);
  const uid = Object.keys(OPEN_STATES).find((candidate) => path.includes(candidate));
  if (!uid) return null;
  return (
    <Button variant="secondary" onClick={() => navigate(`${location.pathname}?${unroutedQuery(uid).toString()}`)}>
      Нерозподілені
    </Button>
  );
};
