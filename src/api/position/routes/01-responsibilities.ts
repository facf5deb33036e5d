/** Who is responsible for what on a day (docs/ROUTING.md); before the core router so it is not taken for /:id. */
export default {
  routes: [{ method: 'GET', path: '/responsibilities', handler: 'api::position.position.responsibilities', config: {} }],
};
