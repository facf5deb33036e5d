import { checkActionMoment, validInstant } from '../action-moment';
import { addCalendarMonths, isIsoDate, kyivDate } from '../calendar';
import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import { isBlank } from '../register/values';
import { violation } from '../register/violation';
import { formatIsoDate, formatKyivDateTime, rollLastDay } from '../terms';
import { returnDeadline, type AppealDeadlineSettings } from './deadlines';
import type { AppealChange, EarlierAppealFacts } from './snapshot';
import { DEFAULT_REFUSAL_APPEAL_PROCEDURE, LAW } from './vocabulary';

/**
 * How an appeal was disposed of, as a record an inspection can rely on (Law 393/96-ВР Arts. 5, 7, 8, 15–17, 19 and
 * Instruction 348/1997): the moment of return and whether it was late, the notice of forwarding and the ban on sending
 * a complaint to the body it challenges, the term of a complaint, the link of a repeated or duplicate appeal, the
 * head's decision not to consider, anonymous reports of corruption or a crime, and the reasons of a refusal.
 */

const INSTRUCTION = 'Інструкція з діловодства за зверненнями громадян, постанова КМУ № 348 від 14.04.1997';

// ——— Art. 5: return to the author ———

/**
 * Art. 5: «Звернення, оформлене без дотримання цих вимог, повертається заявнику з відповідними роз'ясненнями не
 * пізніше як через десять днів від дня його надходження». The moment of return is real, not in the future and not
 * before receipt (it defaults to now).
 */
export function checkReturnMoment(c: AppealChange): RuleViolation | null {
  return checkActionMoment({
    field: 'returnedAt', value: c.after.returnedAt, receivedAt: c.after.receivedAt, now: c.now,
    action: 'повернення звернення автору', statute: `ст. 5 ${LAW}`,
  });
}

/** Whether the return came later than 10 days from receipt (recorded on entering «returned», then frozen). */
export function returnedLate(receivedAt: unknown, returnedAt: unknown, s: AppealDeadlineSettings): boolean | null {
  const received = validInstant(receivedAt);
  const returned = validInstant(returnedAt);
  if (received === null || returned === null) return null;
  return returned.getTime() > returnDeadline(received, s).getTime();
}

// ——— Art. 7: forwarding ———

/** Art. 7(3): «…про що повідомляється громадянину»: the notice is not earlier than the forwarding, nor in the future. */
export function checkForwardingNotice(c: AppealChange): RuleViolation | null {
  const moment = checkActionMoment({
    field: 'forwardingNoticeAt', value: c.after.forwardingNoticeAt, receivedAt: c.after.receivedAt, now: c.now,
    action: 'повідомлення заявника про пересилання', statute: `ч. 3 ст. 7 ${LAW}`,
  });
  if (moment) return moment;
  const notice = validInstant(c.after.forwardingNoticeAt);
  const forwarded = validInstant(c.after.forwardedAt);
  if (notice === null || forwarded === null || notice.getTime() >= forwarded.getTime()) return null;
  return violation('forwardingNoticeAt', 'forwarded.notice_before_forwarding',
    `Повідомлення про пересилання (${formatKyivDateTime(notice)}) не може бути ранішим за саме пересилання ` +
      `(${formatKyivDateTime(forwarded)}): громадянину повідомляють про вже здійснене пересилання (ч. 3 ст. 7 ${LAW}).`);
}

/** Names of bodies compared as a person reads them: case, quotes and spacing aside. */
export function sameBody(a: unknown, b: unknown): boolean {
  if (isBlank(a) || isBlank(b)) return false;
  const norm = (v: unknown) => String(v).toLocaleLowerCase('uk').replace(/[«»"'’ʼ`]/g, '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/**
 * Art. 7(4): «Забороняється направляти скарги громадян для розгляду тим органам або посадовим особам, дії чи рішення
 * яких оскаржуються.» A complaint is forwarded only once the challenged body is recorded, and never to it.
 */
export function checkComplaintNotToChallengedBody(c: AppealChange): RuleViolation | null {
  if (c.after.appealType !== 'complaint') return null;
  if (isBlank(c.after.challengedBody)) {
    return violation('challengedBody', 'forwarded.challenged_body_required',
      'Перш ніж пересилати скаргу, вкажіть орган або посадову особу, рішення (дії) яких оскаржуються: скаргу ' +
        `заборонено направляти тим, чиї дії чи рішення оскаржуються (ч. 4 ст. 7 ${LAW}). Заповніть поле «Оскаржується рішення (орган, посадова особа)».`);
  }
  if (!sameBody(c.after.forwardedTo, c.after.challengedBody)) return null;
  return violation('forwardedTo', 'forwarded.to_challenged_body',
    `«Забороняється направляти скарги громадян для розгляду тим органам або посадовим особам, дії чи рішення яких ` +
      `оскаржуються» (ч. 4 ст. 7 ${LAW}). Скаргу на рішення «${String(c.after.challengedBody).trim()}» не можна ` +
      'переслати цьому ж органу: оберіть орган вищого рівня або розгляньте скаргу по суті.');
}

// ——— Arts. 16–17: the term of a complaint ———

export const ART_17 =
  '«Скарга на рішення, що оскаржувалося, може бути подана до органу або посадовій особі вищого рівня протягом одного ' +
  'року з моменту його прийняття, але не пізніше одного місяця з часу ознайомлення громадянина з прийнятим рішенням. ' +
  'Скарги, подані з порушенням зазначеного терміну, не розглядаються. Пропущений з поважних причин термін може бути ' +
  'поновлений органом чи посадовою особою, що розглядає скаргу.»';

/**
 * The last day a complaint could be filed (Art. 17), YYYY-MM-DD: one year from the decision, but not later than one
 * month from the day the citizen learned of it — counted like every term (Civil Code Arts. 253–254), the last day
 * moved off a day off by the configured rule. null without a valid decision date.
 */
export function complaintFilingLastDay(decidedOn: unknown, learnedOn: unknown, s: AppealDeadlineSettings): string | null {
  if (!isIsoDate(decidedOn)) return null;
  const yearEnd = rollLastDay(addCalendarMonths(decidedOn, 12), s);
  if (!isIsoDate(learnedOn)) return yearEnd;
  const monthEnd = rollLastDay(addCalendarMonths(learnedOn, 1), s);
  return monthEnd < yearEnd ? monthEnd : yearEnd;
}

/** The dates of a complaint are real dates in order: decision ≤ learned ≤ receipt of the complaint. */
export function checkComplaintDates(c: AppealChange): RuleViolation | null {
  if (!c.isCreate && !touched(c, 'challengedDecisionOn', 'learnedOfDecisionOn', 'receivedAt')) return null;
  const { challengedDecisionOn: decided, learnedOfDecisionOn: learned } = c.after;
  const received = validInstant(c.after.receivedAt);
  const receivedOn = received === null ? null : kyivDate(received);
  if (!isBlank(decided) && !isIsoDate(decided)) {
    return violation('challengedDecisionOn', 'complaint.decision_date_invalid', `Дату оскаржуваного рішення не розпізнано. Оберіть дату в календарі (ст. 17 ${LAW}).`);
  }
  if (!isBlank(learned) && !isIsoDate(learned)) {
    return violation('learnedOfDecisionOn', 'complaint.learned_date_invalid', `Дату, коли громадянин дізнався про рішення, не розпізнано. Оберіть дату в календарі (ст. 17 ${LAW}).`);
  }
  if (isIsoDate(decided) && isIsoDate(learned) && learned < decided) {
    return violation('learnedOfDecisionOn', 'complaint.learned_before_decision',
      `Громадянин не міг ознайомитися з рішенням (${formatIsoDate(learned)}) раніше, ніж його прийняли (${formatIsoDate(decided)}). Перевірте обидві дати (ст. 17 ${LAW}).`);
  }
  const latest = isIsoDate(learned) ? learned : isIsoDate(decided) ? decided : null;
  if (latest !== null && receivedOn !== null && latest > receivedOn) {
    return violation(isIsoDate(learned) ? 'learnedOfDecisionOn' : 'challengedDecisionOn', 'complaint.date_after_receipt',
      `Дата ${formatIsoDate(latest)} пізніша за надходження скарги (${formatIsoDate(receivedOn)}): скаргу подають на вже прийняте рішення (ст. 17 ${LAW}).`);
  }
  return null;
}

/** Art. 17: the term restored «з поважних причин» — the reason is recorded. */
export function checkComplaintTermRestoration(c: AppealChange): RuleViolation | null {
  if (c.after.complaintTermRestored !== true || !isBlank(c.after.complaintTermRestoreReason)) return null;
  return violation('complaintTermRestoreReason', 'complaint_term.restore_reason_required',
    `Пропущений строк подання скарги поновлюють лише з поважних причин (ст. 17 ${LAW}). Вкажіть причину поновлення.`);
}

/**
 * Art. 8 with Art. 17: `complaint_term_missed` only for a complaint whose dates show that the term had passed when it
 * was received, and whose term was not restored.
 */
export function checkComplaintTermMissed(c: AppealChange): RuleViolation | null {
  if (c.after.notConsideredReason !== 'complaint_term_missed') return null;
  if (c.after.appealType !== 'complaint') {
    return violation('notConsideredReason', 'complaint_term.not_complaint',
      `Підстава «скаргу подано з пропуском строку» стосується лише скарг (ст. 8, 17 ${LAW}); це звернення — не скарга.`);
  }
  if (!isIsoDate(c.after.challengedDecisionOn)) {
    return violation('challengedDecisionOn', 'complaint_term.decision_date_required',
      `Щоб визнати строк пропущеним, вкажіть дату оскаржуваного рішення і, якщо відомо, дату, коли громадянин про нього ` +
        `дізнався. Ст. 17 ${LAW}: ${ART_17}`);
  }
  if (c.after.complaintTermRestored === true) {
    return violation('notConsideredReason', 'complaint_term.restored',
      `Строк подання скарги поновлено (ст. 17 ${LAW}): скаргу розглядають по суті.`);
  }
  const lastDay = complaintFilingLastDay(c.after.challengedDecisionOn, c.after.learnedOfDecisionOn, c.settings) as string;
  const received = validInstant(c.after.receivedAt);
  if (received === null || kyivDate(received) > lastDay) return null;
  return violation('notConsideredReason', 'complaint_term.not_missed',
    `Строк подання скарги не пропущено: її можна було подати до ${formatIsoDate(lastDay)} включно, а надійшла вона ` +
      `${formatIsoDate(kyivDate(received))}. Ст. 17 ${LAW}: ${ART_17}`);
}

// ——— Art. 8, Instruction 348: repeated and duplicate appeals ———

const normName = (v: unknown) => String(v ?? '').toLocaleLowerCase('uk').replace(/\s+/g, ' ').trim();

/** The earlier appeal was decided on the merits by this body: answered here, not forwarded, returned or refused. */
export function decidedOnMerits(e: EarlierAppealFacts): boolean {
  return (e.workflowState === 'answered' || e.workflowState === 'closed') && e.answeredAt !== null && !isBlank(e.answerText) && isBlank(e.forwardedTo);
}

/**
 * Art. 8: «Не розглядаються повторні звернення одним і тим же органом від одного і того ж громадянина з одного і того
 * ж питання, якщо перше вирішено по суті». The earlier appeal is linked; it was answered on the merits by this
 * council, received before this one, from the same citizen; the appeal is marked repeated.
 */
export function checkRepeatedAlreadyDecided(c: AppealChange): RuleViolation | null {
  if (c.after.notConsideredReason !== 'repeated_already_decided') return null;
  const earlier = c.after.earlierAppeal;
  if (isBlank(c.after.earlierAppealId) || earlier === null) {
    return violation('earlierAppealId', 'repeated.earlier_required',
      `Повторне звернення не розглядають, лише якщо перше «вирішено по суті» (ст. 8 ${LAW}). Вкажіть у полі ` +
        '«Попереднє (перше) звернення» звернення, на яке вже надано відповідь.');
  }
  if (c.after.recurrence !== 'repeated' && c.after.recurrence !== 'multiple') {
    return violation('recurrence', 'repeated.recurrence_inconsistent',
      `Підстава «повторне звернення з питання, яке вже вирішено по суті» вимагає ознаки «повторне» або «неодноразове» ` +
        `(ст. 8 ${LAW}; ${INSTRUCTION}). Змініть «Ознаку надходження».`);
  }
  if (!decidedOnMerits(earlier)) {
    return violation('earlierAppealId', 'repeated.earlier_not_decided',
      `Попереднє звернення ${earlier.registrationNumber ?? ''} не вирішено по суті цією радою (немає відповіді по суті: ` +
        `його переслано, повернуто, не розглянуто або ще розглядають). Повторне звернення в такому разі розглядають (ст. 8 ${LAW}).`);
  }
  const thisReceived = validInstant(c.after.receivedAt);
  if (earlier.receivedAt !== null && thisReceived !== null && earlier.receivedAt.getTime() >= thisReceived.getTime()) {
    return violation('earlierAppealId', 'repeated.earlier_not_earlier',
      `Звернення ${earlier.registrationNumber ?? ''} надійшло не раніше за це — воно не може бути першим (ст. 8 ${LAW}).`);
  }
  if (normName(earlier.applicantFullName) !== normName(c.after.applicantFullName)) {
    return violation('earlierAppealId', 'repeated.other_applicant',
      `Не розглядають лише повторне звернення «від одного і того ж громадянина» (ст. 8 ${LAW}); попереднє звернення ` +
        `${earlier.registrationNumber ?? ''} подала інша особа.`);
  }
  return null;
}

/**
 * Instruction 348/1997: a duplicate (дублетне) appeal is linked to the first one and carries its index; a linked
 * earlier appeal and the recurrence agree (a primary appeal has no earlier one).
 */
export function checkRecurrenceLink(c: AppealChange): RuleViolation | null {
  if (!c.isCreate && !touched(c, 'recurrence', 'earlierAppealId')) return null;
  if (c.after.recurrence === 'duplicate' && (isBlank(c.after.earlierAppealId) || c.after.earlierAppeal === null)) {
    return violation('earlierAppealId', 'duplicate.first_required',
      'Дублетне звернення обліковується за індексом першого звернення того ж громадянина з того ж питання ' +
        `(${INSTRUCTION}). Вкажіть перше звернення в полі «Попереднє (перше) звернення».`);
  }
  if (c.after.recurrence === 'duplicate' && !c.isCreate && touched(c, 'recurrence', 'earlierAppealId')) {
    return violation('recurrence', 'duplicate.registration_only',
      `Дублетне звернення отримує індекс першого звернення під час реєстрації (${INSTRUCTION}); зареєстроване звернення ` +
        'не стає дублетним і не змінює першого звернення. Зареєструйте дублет як нове звернення з посиланням на перше.');
  }
  if (!isBlank(c.after.earlierAppealId) && (isBlank(c.after.recurrence) || c.after.recurrence === 'primary')) {
    return violation('recurrence', 'recurrence.inconsistent',
      'Звернення пов’язане з попереднім, тож воно не первинне: оберіть ознаку «повторне», «дублетне» або «неодноразове», ' +
        'або приберіть посилання на попереднє звернення.');
  }
  return null;
}

/** Instruction 348/1997: the duplicate's index is the first appeal's index and its own number after a slash. */
export function duplicateRegistrationNumber(first: EarlierAppealFacts): string | null {
  if (isBlank(first.registrationNumber)) return null;
  return `${first.registrationNumber}/${first.duplicateCount + 1}`;
}

/**
 * Art. 8: «Рішення про припинення розгляду такого звернення приймає керівник органу … або його заступник, про що
 * повідомляється особі, яка подала звернення.» Except for an anonymous appeal (nobody can be told), who decided is
 * recorded; the moments of the decision and of the notice are real.
 */
export function checkNotConsideredDecision(c: AppealChange): RuleViolation | null {
  if (c.after.notConsideredReason === 'anonymous') return null;
  if (isBlank(c.after.notConsideredDecidedById)) {
    return violation('notConsideredDecidedById', 'not_considered.decided_by_required',
      `Рішення не розглядати звернення приймає керівник органу або його заступник, і про це повідомляють заявника ` +
        `(ст. 8 ${LAW}). Вкажіть, хто прийняв рішення («Рішення про нерозгляд прийняв»).`);
  }
  return (
    checkActionMoment({
      field: 'notConsideredDecidedAt', value: c.after.notConsideredDecidedAt, receivedAt: c.after.receivedAt, now: c.now,
      action: 'рішення про нерозгляд', statute: `ст. 8 ${LAW}`,
    }) ??
    checkActionMoment({
      field: 'notConsideredNoticeAt', value: c.after.notConsideredNoticeAt, receivedAt: c.after.receivedAt, now: c.now,
      action: 'повідомлення заявника про нерозгляд', statute: `ст. 8 ${LAW}`,
    })
  );
}

// ——— Anonymous reports of corruption or a crime ———

/** An anonymous appeal reporting corruption or a crime is considered: its state follows its data like any other. */
export function reportsOffence(after: { reportsOffence: string | null }): boolean {
  return !isBlank(after.reportsOffence);
}

/**
 * Law «Про запобігання корупції» (Art. 53 as the issue cites it): an anonymous report of corruption is checked when it
 * concerns a specific person and contains facts that can be verified; a report of a crime goes to the law-enforcement
 * body. Such an appeal is not closed as not considered on the anonymous ground of Art. 8 of Law 393/96-ВР.
 */
export function checkOffenceReportNotBuried(c: AppealChange): RuleViolation | null {
  if (c.after.notConsideredReason !== 'anonymous' || !reportsOffence(c.after)) return null;
  return violation('notConsideredReason', 'anonymous.offence_report',
    'Анонімне повідомлення про корупцію або злочин не закривають як анонімне звернення (ст. 8 Закону «Про звернення ' +
      'громадян» тут не застосовується): його розглядає уповноважена особа з питань запобігання корупції (Закон «Про ' +
      'запобігання корупції»), а про кримінальне правопорушення повідомляють правоохоронний орган — перешліть звернення за належністю.');
}

// ——— Arts. 15, 19: a reasoned refusal ———

/**
 * Art. 15 ч. 3: «Рішення про відмову в задоволенні вимог, викладених у заяві (клопотанні), доводиться до відома
 * громадянина в письмовій формі з посиланням на Закон і викладенням мотивів відмови, а також із роз'ясненням порядку
 * оскарження прийнятого рішення.» Art. 19: explain how to appeal when a complaint is found unfounded.
 */
export function checkReasonedRefusal(c: AppealChange): RuleViolation | null {
  if (c.after.answerOutcome !== 'rejected') return null;
  if (isBlank(c.after.refusalReasons)) {
    return violation('refusalReasons', 'refusal.reasons_required',
      `Відмову доводять до громадянина «з посиланням на Закон і викладенням мотивів відмови» (ч. 3 ст. 15 ${LAW}). ` +
        'Заповніть поле «Мотиви відмови».');
  }
  if (isBlank(c.after.refusalLegalBasis)) {
    return violation('refusalLegalBasis', 'refusal.legal_basis_required',
      `Відмову доводять до громадянина «з посиланням на Закон» (ч. 3 ст. 15 ${LAW}). Вкажіть норму, на якій ґрунтується ` +
        'відмова, у полі «Правова підстава відмови».');
  }
  return null;
}

/** The appeal procedure of a refusal, pre-filled when the clerk left it empty (the clerk may edit it). */
export function refusalAppealProcedureDefault(c: AppealChange): { refusalAppealProcedure: string } | Record<string, never> {
  if (c.after.answerOutcome !== 'rejected' || !isBlank(c.after.refusalAppealProcedure)) return {};
  return { refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE };
}
