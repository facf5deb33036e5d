import type { RuleViolation } from '../errors';
import { isBlank } from '../register/values';
import { violation } from '../register/violation';
import type { InformationRequestChange } from './snapshot';
import { LAW } from './vocabulary';

/**
 * Art. 20(2) of Law 2939-VI sets 48 hours for the information itself («…необхідна для захисту життя чи свободи особи,
 * щодо стану довкілля, якості харчових продуктів і предметів побуту, аварій, катастроф, небезпечних природних явищ та
 * інших надзвичайних подій…»); Art. 20(3) asks the requester's plea for urgency to be reasoned. Where the council
 * itself knows of the emergency (it is handling the accident), it may treat the request as urgent without the
 * requester's plea — **тлумачення**: the law binds the term to the kind of information, not to the plea, so the
 * council's own knowledge suffices. The record then says that the council marked it and why; the ground from the
 * list of Art. 20(2) is still required (`checkUrgency`).
 */
export function checkUrgencyMarkedByCouncil(change: InformationRequestChange): RuleViolation | null {
  if (!isBlank(change.after.urgencyCouncilReason)) return null;
  return violation(
    'urgencyCouncilReason',
    'urgency.council_reason_required',
    'Запит позначено терміновим за ініціативою ради — без клопотання запитувача. Вкажіть, про яку надзвичайну подію ' +
      `відомо раді і чому інформація потрібна протягом 48 годин (ч. 2 ст. 20 ${LAW}).`,
  );
}
