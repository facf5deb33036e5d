/**
 * The enumerations of a public information request (Law 2939-VI «Про доступ до публічної інформації»)
 * with their Ukrainian labels. The value lists are the contract with
 * `src/api/information-request/content-types/information-request/schema.json`: a unit test checks the
 * schema enumerations against these arrays once that file exists, so change both together.
 */

/** The law as its articles are cited in messages: «ст. 20 Закону …». */
export const LAW = 'Закону «Про доступ до публічної інформації»';

/** How the request reached the council (Art. 19(3): orally, in writing or otherwise, at the requester's choice). */
export const INFORMATION_REQUEST_CHANNELS = ['post', 'email', 'website_form', 'phone', 'personal'] as const;
export type InformationRequestChannel = (typeof INFORMATION_REQUEST_CHANNELS)[number];
export const INFORMATION_REQUEST_CHANNEL_LABELS: Readonly<Record<InformationRequestChannel, string>> = {
  post: 'поштою',
  email: 'електронною поштою',
  website_form: 'через форму на вебсайті',
  phone: 'телефоном',
  personal: 'особисто',
};
/** Channels through which the requester wrote electronically: only then is the answer itself sent by e-mail. */
export const INFORMATION_REQUEST_ELECTRONIC_CHANNELS: readonly InformationRequestChannel[] = ['email', 'website_form'];

/** Art. 20(2): the only kinds of information that are answered within 48 hours. */
export const URGENCY_GROUNDS = [
  'life_or_freedom',
  'environment',
  'food_quality',
  'accident',
  'catastrophe',
  'dangerous_natural_phenomenon',
  'other_emergency',
] as const;
export type UrgencyGround = (typeof URGENCY_GROUNDS)[number];
export const URGENCY_GROUND_LABELS: Readonly<Record<UrgencyGround, string>> = {
  life_or_freedom: 'захист життя чи свободи особи',
  environment: 'стан довкілля',
  food_quality: 'якість харчових продуктів і предметів побуту',
  accident: 'аварія',
  catastrophe: 'катастрофа',
  dangerous_natural_phenomenon: 'небезпечне природне явище',
  other_emergency: 'інша надзвичайна подія, що загрожує безпеці громадян',
};

/** Art. 22(1): the only grounds on which a request may be refused. */
export const REFUSAL_GROUNDS = ['not_holder', 'restricted', 'costs_not_paid', 'request_requirements'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
export const REFUSAL_GROUND_LABELS: Readonly<Record<RefusalGround, string>> = {
  not_holder: "розпорядник не володіє і не зобов'язаний володіти інформацією",
  restricted: 'інформація з обмеженим доступом',
  costs_not_paid: 'не оплачено фактичні витрати на копіювання/друк',
  request_requirements: 'запит не відповідає вимогам ч. 5 ст. 19',
};

/** What the requester received. `partially_provided` and `refused` carry an Art. 22 ground. */
export const INFORMATION_ANSWER_OUTCOMES = ['provided', 'partially_provided', 'refused'] as const;
export type InformationAnswerOutcome = (typeof INFORMATION_ANSWER_OUTCOMES)[number];
export const INFORMATION_ANSWER_OUTCOME_LABELS: Readonly<Record<InformationAnswerOutcome, string>> = {
  provided: 'інформацію надано',
  partially_provided: 'інформацію надано частково',
  refused: 'у наданні інформації відмовлено',
};
