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

/**
 * Art. 20(4): the only grounds on which the term may be extended up to 20 working days — «У разі якщо запит стосується
 * надання великого обсягу інформації або потребує пошуку інформації серед значної кількості даних».
 */
export const EXTENSION_GROUNDS = ['large_volume', 'search_among_large_data'] as const;
export type ExtensionGround = (typeof EXTENSION_GROUNDS)[number];
export const EXTENSION_GROUND_LABELS: Readonly<Record<ExtensionGround, string>> = {
  large_volume: 'запит стосується надання великого обсягу інформації',
  search_among_large_data: 'запит потребує пошуку інформації серед значної кількості даних',
};

/** Art. 23(1): decisions, actions or inaction of the holder may be appealed to its head, a higher body or a court. */
export const INFORMATION_APPEAL_BODIES = ['head', 'higher_body', 'court', 'ombudsman'] as const;
export type InformationAppealBody = (typeof INFORMATION_APPEAL_BODIES)[number];
export const INFORMATION_APPEAL_BODY_LABELS: Readonly<Record<InformationAppealBody, string>> = {
  head: 'керівник розпорядника',
  higher_body: 'вищий орган',
  court: 'суд',
  ombudsman: 'Уповноважений Верховної Ради України з прав людини',
};

/** Art. 23(2): what the requester may appeal (items 1–5 and 7; item 6, publication duties, is not about a request). */
export const INFORMATION_APPEAL_SUBJECTS = [
  'refusal',
  'deferral',
  'no_answer',
  'inaccurate_or_incomplete',
  'late_answer',
  'other',
] as const;
export type InformationAppealSubject = (typeof INFORMATION_APPEAL_SUBJECTS)[number];
export const INFORMATION_APPEAL_SUBJECT_LABELS: Readonly<Record<InformationAppealSubject, string>> = {
  refusal: 'відмова в задоволенні запиту',
  deferral: 'відстрочка задоволення запиту',
  no_answer: 'ненадання відповіді на запит',
  inaccurate_or_incomplete: 'надання недостовірної або неповної інформації',
  late_answer: 'несвоєчасне надання інформації',
  other: 'інші рішення, дії чи бездіяльність, що порушили права запитувача',
};

export const INFORMATION_APPEAL_OUTCOMES = ['under_review', 'upheld', 'partially_upheld', 'dismissed', 'withdrawn'] as const;
export type InformationAppealOutcome = (typeof INFORMATION_APPEAL_OUTCOMES)[number];
export const INFORMATION_APPEAL_OUTCOME_LABELS: Readonly<Record<InformationAppealOutcome, string>> = {
  under_review: 'скарга розглядається',
  upheld: 'скаргу задоволено',
  partially_upheld: 'скаргу задоволено частково',
  dismissed: 'у задоволенні скарги відмовлено',
  withdrawn: 'скаргу відкликано',
};
