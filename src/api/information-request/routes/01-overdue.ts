/** Loaded before the core router (file order) so that /information-requests/overdue is not taken for /:id. */
export default {
  routes: [{ method: 'GET', path: '/information-requests/overdue', handler: 'api::information-request.information-request.overdue', config: {} }],
};
