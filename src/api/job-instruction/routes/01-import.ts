/** Loaded before the core router (file order) so that /job-instructions/import is not taken for /:id. */
export default {
  routes: [{ method: 'POST', path: '/job-instructions/import', handler: 'api::job-instruction.job-instruction.import', config: {} }],
};
