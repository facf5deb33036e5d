import type { Core } from '@strapi/strapi';
import { onRegisterChange } from './register-rules';
import { NOTIFICATION_UID } from '../jobs/notifications/outbox';
import { writeChangeNotifications } from '../jobs/notifications/register-events';

/**
 * Wiring of the e-mail notifications: register changes write outbox rows in their own transaction, and a staff
 * member who sets a failed (or stuck) message back to "pending" — in the admin panel or through
 * POST /api/notifications/:documentId/retry — gives it a fresh series of attempts starting now.
 */
export function registerNotifications(strapi: Core.Strapi): void {
  onRegisterChange(writeChangeNotifications);
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== NOTIFICATION_UID || action !== 'update' || params?.data?.deliveryState !== 'pending') return next();
    params.data = { ...params.data, attempts: 0, nextAttemptAt: new Date().toISOString(), claimedUntil: null, claimToken: null, sentAt: null };
    return next();
  });
}
