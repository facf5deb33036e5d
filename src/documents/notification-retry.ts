import { NOTIFICATION_UID } from '../jobs/notifications/outbox';
import type { DocumentMiddleware } from './middleware';

/**
 * A staff member who sets a failed (or stuck) message back to "pending" — in the admin panel or through
 * POST /api/notifications/:documentId/retry — gives it a fresh series of attempts starting now.
 */
export function notificationRetry(): DocumentMiddleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== NOTIFICATION_UID || action !== 'update' || params?.data?.deliveryState !== 'pending') return next();
    params.data = { ...params.data, attempts: 0, nextAttemptAt: new Date().toISOString(), claimedUntil: null, claimToken: null, sentAt: null };
    return next();
  };
}
