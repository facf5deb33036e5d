/**
 * What a position is competent to handle, as ONE fixed list shared by the instruction importer
 * (a duty clause names the competences it covers) and by routing (an incoming item needs one
 * competence, and goes to the position whose instruction in force covers it). A competence is a
 * kind of work, not a person or a unit: the same code can sit in instructions of several positions.
 *
 * The list follows the two kinds of source documents of the product: the job instruction of the
 * citizens' appeals department (channels of appeals, public information requests) and the
 * regulation of the public relations sector (campaigns, events, opinion monitoring, materials,
 * refutations, social media, reports).
 */

export const COMPETENCES = [
  'hotline_appeals',
  'written_appeals',
  'email_appeals',
  'e_petitions',
  'personal_reception',
  'information_requests',
  'campaigns',
  'events',
  'opinion_monitoring',
  'information_materials',
  'refutations',
  'social_media',
  'reports',
  'corruption_reports',
] as const;
export type Competence = (typeof COMPETENCES)[number];

export const COMPETENCE_LABELS: Readonly<Record<Competence, string>> = {
  hotline_appeals: 'звернення з урядової «гарячої лінії»',
  written_appeals: 'письмові звернення',
  email_appeals: 'звернення електронною поштою',
  e_petitions: 'електронні петиції',
  personal_reception: 'особистий прийом',
  information_requests: 'запити на публічну інформацію',
  campaigns: 'комунікаційні кампанії',
  events: 'комунікаційні заходи',
  opinion_monitoring: 'моніторинг громадської думки',
  information_materials: 'інформаційні матеріали',
  refutations: 'спростування фейків і дезінформації',
  social_media: 'соціальні мережі',
  reports: 'звіти',
  corruption_reports: 'повідомлення про корупцію та злочини (уповноважена особа з питань запобігання корупції)',
};

/**
 * An appeal reporting corruption (Law «Про запобігання корупції») or a crime goes to the authorised person for the
 * prevention of corruption, whatever its channel — also when it is anonymous.
 */
export const OFFENCE_REPORT_COMPETENCE: Competence = 'corruption_reports';

/** A public information request (Law 2939-VI) has no channel field: it always needs this competence. */
export const INFORMATION_REQUEST_COMPETENCE: Competence = 'information_requests';

/**
 * Channel of an appeal (`api::appeal.appeal.channel`) → the competence that handles it.
 * A forwarded appeal arrives as a letter from another body, so it is handled as a written one;
 * a website form is an electronic appeal like e-mail; a phone call outside the hotline is taken
 * by whoever keeps personal reception (the same person records oral appeals).
 */
const CHANNEL_COMPETENCES: Readonly<Record<string, Competence>> = {
  government_hotline: 'hotline_appeals',
  written: 'written_appeals',
  forwarded: 'written_appeals',
  email: 'email_appeals',
  website: 'email_appeals',
  e_petition: 'e_petitions',
  personal_reception: 'personal_reception',
  phone: 'personal_reception',
};

/** null for an unknown channel: the caller decides (usually: leave the appeal unassigned). */
export function competenceForAppealChannel(channel: string): Competence | null {
  return Object.prototype.hasOwnProperty.call(CHANNEL_COMPETENCES, channel) ? CHANNEL_COMPETENCES[channel] : null;
}

export function isCompetence(value: unknown): value is Competence {
  return typeof value === 'string' && (COMPETENCES as readonly string[]).includes(value);
}

/** The given competences without repeats, in the order of COMPETENCES (so results compare with toEqual). */
export function inCanonicalOrder(competences: Iterable<Competence>): Competence[] {
  const present = new Set(competences);
  return COMPETENCES.filter((competence) => present.has(competence));
}
