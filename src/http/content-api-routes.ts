/**
 * The custom content-API routes (/api/…, token or users-permissions role). Strapi reads content-API routes only from
 * src/api/<type>/routes/*, so each of those files (named 01-…, 02-… so that Strapi loads them before the core router,
 * which would otherwise take /appeals/overdue for /appeals/:id) re-exports one definition from here. The actions are
 * the controllers' (src/api/<type>/controllers), built from src/http/*-action.ts.
 */
type Routes = { routes: Array<{ method: string; path: string; handler: string; config: object }> };

const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: {} });

export const appealOverdueRoutes: Routes = { routes: [route('GET', '/appeals/overdue', 'api::appeal.appeal.overdue')] };

export const appealUnroutedRoutes: Routes = { routes: [route('GET', '/appeals/unrouted', 'api::appeal.appeal.unrouted')] };

export const informationRequestOverdueRoutes: Routes = {
  routes: [route('GET', '/information-requests/overdue', 'api::information-request.information-request.overdue')],
};

export const informationRequestUnroutedRoutes: Routes = {
  routes: [route('GET', '/information-requests/unrouted', 'api::information-request.information-request.unrouted')],
};

export const instructionImportRoutes: Routes = {
  routes: [route('POST', '/job-instructions/import', 'api::job-instruction.job-instruction.import')],
};

/** Who is responsible for what on a day (docs/ROUTING.md). */
export const responsibilitiesRoutes: Routes = {
  routes: [route('GET', '/responsibilities', 'api::position.position.responsibilities')],
};

/** A staff member sends a failed message again; the job route is for operations and tests only. */
export const notificationActionRoutes: Routes = {
  routes: [
    route('POST', '/notifications/:id/retry', 'api::notification.notification.retry'),
    // Off unless NOTIFICATIONS_JOB_ROUTE=true (read when the server loads its routes).
    ...(process.env.NOTIFICATIONS_JOB_ROUTE === 'true' ? [route('POST', '/notification-jobs/:job', 'api::notification.notification.runJob')] : []),
  ],
};

/**
 * Actions of the public relations sector: they need a token or role with the permission (`createFromAppeal`,
 * `publishScheduled`); nothing here is granted to the public role.
 */
export const communicationsActionRoutes: Routes = {
  routes: [
    route('POST', '/appeals/:documentId/answer-publication', 'api::publication.publication.createFromAppeal'),
    route('POST', '/publications/publish-scheduled', 'api::publication.publication.publishScheduled'),
  ],
};
