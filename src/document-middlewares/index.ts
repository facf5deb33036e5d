import type { Core } from '@strapi/strapi';
import { appealRegister } from './appeal';
import { campaignRules, communicationEventRules } from './campaign';
import { answerPublisher } from './answer-publisher';
import { auditGuard } from './audit-guard';
import { auditScope } from './audit-scope';
import { auditTrail } from './audit-trail';
import { extensionApproval } from './extension-approval';
import { enumGuard } from './enum-guard';
import { valueGuard } from './value-guard';
import { informationRequestRegister } from './information-request';
import { opinionReportRules } from './opinion-report';
import { publicationRules } from './publication';
import { registerRules } from './register-rules';
import { assignmentRouting, routedAppeals, routedInformationRequests } from './routing';
import { dutiesReference } from './duties-reference';
import { deadlineSettingsRules } from './deadline-settings';
import { creatorDepartment } from './creator-department';
import { searchTextKeeper } from './search-text';

export const APPEAL_SEQUENCE_SCOPE = 'appeal';
export const INFORMATION_REQUEST_SEQUENCE_SCOPE = 'information_request';

/** Document Service middlewares: every caller (admin panel, REST, GraphQL, scripts) goes through them. */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  // The settings' own reading first: it turns the accepted spellings ("3, 1") into the stored list and refuses the rest
  // naming the setting, before the generic guard would refuse the raw text as "not JSON".
  strapi.documents.use(deadlineSettingsRules());
  strapi.documents.use(valueGuard(strapi)); // then: no value a column cannot hold reaches any rule or the database
  strapi.documents.use(auditGuard());
  strapi.documents.use(auditScope(strapi));
  strapi.documents.use(auditTrail(strapi)); // outermost writer: its transaction holds the change and its entry
  strapi.documents.use(enumGuard());
  strapi.documents.use(extensionApproval(strapi));
  strapi.documents.use(dutiesReference(strapi));
  // Routing runs before the register rules: its assignee is then an ordinary input to them (state «assigned»).
  strapi.documents.use(assignmentRouting(strapi, routedAppeals));
  strapi.documents.use(assignmentRouting(strapi, routedInformationRequests));
  // After routing (an executor's department wins), before the rules: a clerk's new item stays in their department.
  strapi.documents.use(creatorDepartment(strapi));
  strapi.documents.use(registerRules(strapi, appealRegister, APPEAL_SEQUENCE_SCOPE));
  strapi.documents.use(registerRules(strapi, informationRequestRegister, INFORMATION_REQUEST_SEQUENCE_SCOPE));
  strapi.documents.use(searchTextKeeper(strapi)); // inside the register's transaction, once the number is written
  strapi.documents.use(campaignRules(strapi));
  strapi.documents.use(communicationEventRules(strapi));
  strapi.documents.use(answerPublisher(strapi));
  strapi.documents.use(publicationRules(strapi));
  strapi.documents.use(opinionReportRules(strapi));
}
