import type { Caller } from './caller';
import type { AccessViolation } from './extension-approval';

/**
 * Who may publish an answer to an appeal on the city website: communications staff (they review the anonymized text)
 * or a head of a department; the manager and super admins too. API tokens and in-process scripts publish only what a
 * person prepared, so they are allowed; a users-permissions user never is.
 *
 * Not wired yet: publications (api::publication.publication, kind `appeal_answer`) arrive with the communications
 * content types; the publication middleware calls this on `publish` of an `appeal_answer`.
 */
export function checkAnswerPublication(caller: Caller): AccessViolation | null {
  if (caller.kind === 'api_token' || caller.kind === 'system') return null;
  if (caller.kind === 'admin' && (caller.isManager || caller.isHead || caller.isCommunications)) return null;
  return {
    field: 'kind',
    message: 'Публікувати відповіді на звернення можуть лише працівники з комунікацій, керівники підрозділів або керуючий справами.',
    rule: 'publication.answer_publisher',
    status: 403,
  };
}
