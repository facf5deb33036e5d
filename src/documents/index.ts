import type { Core } from '@strapi/strapi';
import { writeChangeNotifications } from '../jobs/notifications/register-events';
import { appealRegister } from './appeal';
import { campaignRules, communicationEventRules } from './campaign';
import { answerPublisher } from './answer-publisher';
import { auditGuard } from './audit-guard';
import { auditScope } from './audit-scope';
import { auditTrail } from './audit-trail';
import { extensionApproval } from './extension-approval';
import { notConsideredDecision } from './not-considered-decision';
import { enumGuard } from './enum-guard';
import { valueGuard } from './value-guard';
import { informationRequestRegister } from './information-request';
import { informationRequestAppeals } from './information-request-appeals';
import type { DocumentMiddleware } from './middleware';
import { notificationRetry } from './notification-retry';
import { opinionReportRules } from './opinion-report';
import { publicationRules } from './publication';
import { publishedOnlyForPublicCallers } from './published-only';
import { registerRules, type RegisterChangeListener } from './register-rules';
import { termCorrectionRules } from './term-correction';
import { assignmentRouting, routedAppeals, routedInformationRequests } from './routing';
import { dutiesReference } from './duties-reference';
import { deadlineSettingsRules } from './deadline-settings';
import { creatorDepartment } from './creator-department';
import { searchTextKeeper } from './search-text';
import { publicContentVersion } from '../read-models/public/cache/content-version';

export const APPEAL_SEQUENCE_SCOPE = 'appeal';
export const INFORMATION_REQUEST_SEQUENCE_SCOPE = 'information_request';

/** Work that commits or rolls back with every written register change, in this order. */
export const REGISTER_CHANGE_LISTENERS: readonly RegisterChangeListener[] = [
  writeChangeNotifications, // who is told what (src/domain/notifications) → outbox rows in the change's transaction
];

/**
 * Every Document Service middleware, in the order a call meets them (the first wraps all the later ones). Every
 * caller — admin panel, REST, GraphQL, scripts — goes through them; this list is the only place they are registered.
 */
export function documentMiddlewares(
  strapi: Core.Strapi,
  listeners: readonly RegisterChangeListener[] = REGISTER_CHANGE_LISTENERS,
): Array<[name: string, middleware: DocumentMiddleware]> {
  return [
    // The settings' own reading first: it turns the accepted spellings ("3, 1") into the stored list and refuses the
    // rest naming the setting, before the generic value guard would refuse the raw text as "not JSON".
    ['deadline-settings', deadlineSettingsRules()],
    // Then no value a column cannot hold reaches any rule or the database (writes and filters of every type).
    ['value-guard', valueGuard(strapi)],
    // Audit entries are never written through the Document Service; refused before the trail would record the attempt.
    ['audit-guard', auditGuard()],
    // Reads of audit entries narrowed to the records the caller may read; a read, so it needs no transaction.
    ['audit-scope', auditScope(strapi)],
    // Outermost writer: its transaction holds the change, every later rule's writes and the audit entry.
    ['audit-trail', auditTrail(strapi)],
    // Unknown enumeration values are refused before any rule reads them.
    ['enum-guard', enumGuard()],
    // Who may extend a term (403) before the register's own extension rules (400) run.
    ['extension-approval', extensionApproval(strapi)],
    // Who decided not to consider an appeal (Art. 8: the head or deputy), before the register's own Art. 8 checks.
    ['not-considered-decision', notConsideredDecision(strapi)],
    // Reference data routing reads (duties, absences, assignment history) is checked before routing reads it.
    ['duties-reference', dutiesReference(strapi)],
    // Routing before the register rules: its assignee is then an ordinary input to them (state «assigned»).
    ['routing:appeal', assignmentRouting(strapi, routedAppeals)],
    ['routing:information-request', assignmentRouting(strapi, routedInformationRequests)],
    // After routing (an executor's department wins), before the rules: a clerk's new item stays in their department.
    ['creator-department', creatorDepartment(strapi)],
    // A recorded correction writes the item through the Document Service, so every middleware below sees it.
    ['term-correction', termCorrectionRules(strapi)],
    // The law of each register: states, terms, registration number; then the listeners in the same transaction.
    ['register:appeal', registerRules(strapi, appealRegister, APPEAL_SEQUENCE_SCOPE, listeners)],
    ['register:information-request', registerRules(strapi, informationRequestRegister, INFORMATION_REQUEST_SEQUENCE_SCOPE, listeners)],
    // Inside the register's transaction, once the number is written: the clerk's search text (src/documents/search-text.ts).
    ['search-text', searchTextKeeper(strapi)],
    // Inside the register rules: appeals (Art. 23) are checked against the term and lateness just decided.
    ['information-request-appeals', informationRequestAppeals(strapi)],
    // Communications: campaigns and their events, then who may publish an answer, then the publication's own checks.
    ['campaign', campaignRules(strapi)],
    ['communication-event', communicationEventRules(strapi)],
    ['answer-publisher', answerPublisher(strapi)],
    ['publication', publicationRules(strapi)],
    ['opinion-report', opinionReportRules(strapi)],
    // Public content-API callers read published versions and public fields only; rules above do not depend on it.
    ['published-only', publishedOnlyForPublicCallers(strapi)],
    // A message set back to "pending" starts a fresh series of delivery attempts.
    ['notification-retry', notificationRetry()],
    // Innermost: a write that can change a public answer bumps the content version right after it, in its
    // transaction; every instance's response cache learns of it (src/read-models/public/cache, docs/PUBLIC_API.md).
    ['public-content-version', publicContentVersion(strapi)],
  ];
}

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  for (const [, middleware] of documentMiddlewares(strapi)) strapi.documents.use(middleware);
}
