/** Loaded before the core router (file order) so that /appeals/overdue is not taken for /appeals/:id. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/appeals/overdue',
      handler: 'api::appeal.appeal.overdue',
      config: {},
    },
  ],
};
