import { TermSettings, dueAfterDays, dueAfterMonths, statutoryTermSettings } from '../terms';
import type { CouncilPersonalRule } from './council-rule';

/**
 * Terms of Law 393/96-ВР «Про звернення громадян». All are calendar terms counted from the day after
 * receipt (Civil Code Art. 253) and rolled off days off by the configured Art. 254(5) rule.
 */

/** Its own name so appeal-only settings can be added later without touching every caller. */
export interface AppealDeadlineSettings extends TermSettings {
  /** Art. 23-1: the signatures an e-petition needs (community statute); undefined when not set. */
  ePetitionSignatureThreshold?: number | null;
  /** Art. 20 and the council's rules in force: categories the first head considers personally by the council's act. */
  personalConsiderationRules?: readonly CouncilPersonalRule[];
}

/** Art. 20: one month; an appeal that needs no additional study — not later than 15 days. */
export const APPEAL_TERM_DAYS_WITHOUT_STUDY = 15;
export const APPEAL_TERM_MONTHS = 1;
/** Art. 20: an extended term may not exceed 45 days in total. */
export const APPEAL_EXTENSION_LIMIT_DAYS = 45;
/** Art. 7: forwarding to the competent body within 5 days. */
export const FORWARDING_TERM_DAYS = 5;
/** Art. 5: returning an appeal that does not meet the requirements within 10 days. */
export const RETURN_TERM_DAYS = 10;

/** The statutory term of Art. 20 (Civil Code Art. 254(5) roll, whatever the setting). */
export function appealDueAt(receivedAt: Date, needsAdditionalStudy: boolean, s: AppealDeadlineSettings): Date {
  return appealTermEnd(receivedAt, needsAdditionalStudy, statutoryTermSettings(s));
}

/** The internal control date of the same term: its last day rolled by the configured rule (`previous`, `none`). */
export function appealControlDueAt(receivedAt: Date, needsAdditionalStudy: boolean, s: AppealDeadlineSettings): Date {
  return appealTermEnd(receivedAt, needsAdditionalStudy, s);
}

function appealTermEnd(receivedAt: Date, needsAdditionalStudy: boolean, s: AppealDeadlineSettings): Date {
  return needsAdditionalStudy
    ? dueAfterMonths(receivedAt, APPEAL_TERM_MONTHS, s)
    : dueAfterDays(receivedAt, APPEAL_TERM_DAYS_WITHOUT_STUDY, s);
}

// Statutory terms: the configured control rule never shortens what the law allows.
const daysFromReceipt = (days: number) => (receivedAt: Date, s: AppealDeadlineSettings): Date =>
  dueAfterDays(receivedAt, days, statutoryTermSettings(s));

/** The latest instant an extension (Art. 20) may reach: 45 days from receipt, counted like any term. */
export const appealExtensionLimit = daysFromReceipt(APPEAL_EXTENSION_LIMIT_DAYS);
export const forwardingDeadline = daysFromReceipt(FORWARDING_TERM_DAYS);
export const returnDeadline = daysFromReceipt(RETURN_TERM_DAYS);
