/**
 * Actions of the public relations sector. Content API routes: they need a token or role with the permission
 * (`createFromAppeal`, `publishScheduled`); nothing here is granted to the public role.
 * Loaded before the core router (file order).
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/appeals/:documentId/answer-publication',
      handler: 'api::publication.publication.createFromAppeal',
      config: {},
    },
    {
      method: 'POST',
      path: '/publications/publish-scheduled',
      handler: 'api::publication.publication.publishScheduled',
      config: {},
    },
  ],
};
