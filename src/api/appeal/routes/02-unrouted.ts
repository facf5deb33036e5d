/** Loaded before the core router (file order) so that /appeals/unrouted is not taken for /appeals/:id. */
export default {
  routes: [{ method: 'GET', path: '/appeals/unrouted', handler: 'api::appeal.appeal.unrouted', config: {} }],
};
