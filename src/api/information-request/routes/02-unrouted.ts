/** Loaded before the core router (file order) so that /information-requests/unrouted is not taken for /:id. */
export default {
  routes: [{ method: 'GET', path: '/information-requests/unrouted', handler: 'api::information-request.information-request.unrouted', config: {} }],
};
