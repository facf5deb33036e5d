/** Loaded before the core router (file order) so that /notifications/:id/retry is matched first. */
const jobRoute = {
  method: 'POST',
  path: '/notification-jobs/:job',
  handler: 'api::notification.notification.runJob',
  config: {},
};

export default {
  routes: [
    {
      method: 'POST',
      path: '/notifications/:id/retry',
      handler: 'api::notification.notification.retry',
      config: {},
    },
    // Operations and tests only: off unless NOTIFICATIONS_JOB_ROUTE=true (read when the server starts).
    ...(process.env.NOTIFICATIONS_JOB_ROUTE === 'true' ? [jobRoute] : []),
  ],
};
