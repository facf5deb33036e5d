import { Button } from '@strapi/design-system';
import { useLocation, useNavigate } from 'react-router-dom';

const NOTIFICATION_UID = 'api::notification.notification';

/**
 * "Не надіслані": the e-mail queue filtered to messages that failed for good, with their last error in the list.
 * Staff open one, set «Стан надсилання» back to pending and save: it is sent again (src/documents/notification-retry.ts).
 */
export function failedNotificationsQuery(): string {
  const params = new URLSearchParams();
  params.append('filters[$and][0][deliveryState][$eq]', 'failed');
  params.append('sort', 'updatedAt:DESC');
  params.append('page', '1');
  return params.toString();
}

export const FailedNotificationsButton = () => {
  const location = useLocation();
  const navigate = useNavigate();
  if (!decodeURIComponent(location.pathname).includes(NOTIFICATION_UID)) return null;
  return (
    <Button variant="danger-light" onClick={() => navigate(`${location.pathname}?${failedNotificationsQuery()}`)}>
      Не надіслані
    </Button>
  );
};
