/**
 * The enumerations of an appeal with their Ukrainian labels. The value lists are the contract with
 * `src/api/appeal/content-types/appeal/schema.json` (and the city website): a unit test checks the
 * schema enumerations against these arrays, so change both together.
 */

/** The law as its articles are cited in messages: «ст. 20 Закону …». */
export const LAW = 'Закону «Про звернення громадян»';

/** How the appeal reached the council. */
export const APPEAL_CHANNELS = [
  'government_hotline',
  'written',
  'email',
  'website',
  'personal_reception',
  'phone',
  'e_petition',
  'forwarded',
] as const;
export type AppealChannel = (typeof APPEAL_CHANNELS)[number];
export const APPEAL_CHANNEL_LABELS: Readonly<Record<AppealChannel, string>> = {
  government_hotline: 'урядова «гаряча лінія» 1545',
  written: 'письмове',
  email: 'електронна пошта',
  website: 'вебсайт',
  personal_reception: 'особистий прийом',
  phone: 'телефон',
  e_petition: 'електронна петиція',
  forwarded: 'надійшло від іншого органу',
};
/**
 * Channels through which the applicant wrote electronically: only then is the answer itself sent by e-mail
 * (a letter on paper is answered on paper).
 */
export const APPEAL_ELECTRONIC_CHANNELS: readonly AppealChannel[] = ['email', 'website', 'e_petition'];

/** Law 393/96-ВР Art. 3. */
export const APPEAL_TYPES = ['proposal', 'application', 'complaint'] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];
export const APPEAL_TYPE_LABELS: Readonly<Record<AppealType, string>> = {
  proposal: 'пропозиція (зауваження)',
  application: 'заява (клопотання)',
  complaint: 'скарга',
};

/** Instruction 348/1997: `КО` for collective and `БП` for unsigned appeals in the registration index. */
export const AUTHOR_KINDS = ['individual', 'collective', 'anonymous'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];
export const AUTHOR_KIND_LABELS: Readonly<Record<AuthorKind, string>> = {
  individual: 'індивідуальне',
  collective: 'колективне',
  anonymous: 'анонімне',
};

/** Cabinet of Ministers Resolution 858/2008 (classifier of citizens' appeals). */
export const APPEAL_RECURRENCES = ['primary', 'repeated', 'duplicate', 'multiple', 'mass'] as const;
export type AppealRecurrence = (typeof APPEAL_RECURRENCES)[number];
export const APPEAL_RECURRENCE_LABELS: Readonly<Record<AppealRecurrence, string>> = {
  primary: 'первинне',
  repeated: 'повторне',
  duplicate: 'дублетне',
  multiple: 'неодноразове',
  mass: 'масове',
};

/** Result of consideration on the merits (Law 393/96-ВР Arts. 15, 16, 19). */
export const ANSWER_OUTCOMES = ['satisfied', 'partially_satisfied', 'explained', 'rejected'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];
export const ANSWER_OUTCOME_LABELS: Readonly<Record<AnswerOutcome, string>> = {
  satisfied: 'задоволено',
  partially_satisfied: 'задоволено частково',
  explained: "роз'яснено",
  rejected: 'відмовлено',
};

/** Law 393/96-ВР Art. 8: the only grounds on which an appeal is not considered. */
export const NOT_CONSIDERED_REASONS = [
  'anonymous',
  'repeated_already_decided',
  'complaint_term_missed',
  'incapable_person',
] as const;
export type NotConsideredReason = (typeof NOT_CONSIDERED_REASONS)[number];
export const NOT_CONSIDERED_REASON_LABELS: Readonly<Record<NotConsideredReason, string>> = {
  anonymous: 'анонімне звернення',
  repeated_already_decided: 'повторне звернення з питання, яке вже вирішено по суті',
  complaint_term_missed: 'скаргу подано з пропуском строку, встановленого ст. 17',
  incapable_person: 'звернення особи, визнаної судом недієздатною',
};

/**
 * What an anonymous appeal may report that keeps it from being closed as not considered (Art. 8): corruption
 * (Law «Про запобігання корупції» Art. 53 — anonymous reports are accepted and checked) or a crime.
 */
export const REPORTED_OFFENCES = ['corruption', 'crime'] as const;
export type ReportedOffence = (typeof REPORTED_OFFENCES)[number];
export const REPORTED_OFFENCE_LABELS: Readonly<Record<ReportedOffence, string>> = {
  corruption: 'повідомлення про корупцію (ст. 53 Закону «Про запобігання корупції»)',
  crime: 'повідомлення про кримінальне правопорушення',
};

/** Arts. 15, 16, 19: how a refusal may be appealed — the text pre-filled for the clerk to edit. */
export const DEFAULT_REFUSAL_APPEAL_PROCEDURE =
  'Рішення може бути оскаржене до вищого органу або суду відповідно до статті 16 Закону України "Про звернення громадян".';
