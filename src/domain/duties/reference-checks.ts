import type { RuleViolation } from '../errors';
import { COMPETENCES, COMPETENCE_LABELS, isCompetence, type Competence } from './competences';

/**
 * Checks of the reference data routing depends on. A duty's competences are the one place where a typo
 * would silently stop routing (a clause «covers» a kind of work no item ever asks for), so the list is
 * closed; an absence that ends before it starts would make its holder present on every day.
 */

export function checkCompetences(value: unknown): { ok: true; competences: Competence[] } | { ok: false; error: RuleViolation } {
  if (value === null || value === undefined) return { ok: true, competences: [] };
  const list = typeof value === 'string' ? parseJsonList(value) : value;
  if (!Array.isArray(list)) {
    return refusal(`Компетенції пункту інструкції задаються списком кодів, наприклад ["hotline_appeals"]. ${allowed()}`);
  }
  const unknown = list.filter((item) => !isCompetence(item));
  if (unknown.length > 0) {
    return refusal(`Невідомі компетенції: ${unknown.map((item) => `«${String(item)}»`).join(', ')}. ${allowed()}`);
  }
  return { ok: true, competences: [...new Set(list as Competence[])] };
}

function parseJsonList(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function allowed(): string {
  return `Допустимі коди (єдиний перелік для інструкцій і розподілу): ${COMPETENCES.map((code) => `${code} — ${COMPETENCE_LABELS[code]}`).join('; ')}.`;
}

function refusal(message: string): { ok: false; error: RuleViolation } {
  return { ok: false, error: { field: 'competences', rule: 'duty.unknown_competence', message } };
}

/** Both dates YYYY-MM-DD (already read by the glue); the last day away is inclusive, so from = to is one day. */
export function checkAbsencePeriod(from: string | null, to: string | null): RuleViolation | null {
  if (from === null || to === null) {
    return {
      field: from === null ? 'absentFrom' : 'absentTo',
      rule: 'absence.dates_required',
      message: 'Вкажіть перший і останній день відсутності: без них не визначити, хто заміщує працівника.',
    };
  }
  if (to < from) {
    return {
      field: 'absentTo',
      rule: 'absence.ends_before_start',
      message: `Останній день відсутності (${to}) раніше за перший (${from}): дата «по» має бути не раніше дати «з».`,
    };
  }
  return null;
}

/**
 * Open items with nobody to work on them: what routing could not place, and what a head must assign by hand.
 * The same Strapi-style plain filter as `overdueFilterAmong` (no Strapi import).
 */
export function unroutedFilterAmong<S extends string>(openStates: readonly S[]): { workflowState: { $in: S[] }; assignee: { id: { $null: true } } } {
  return { workflowState: { $in: [...openStates] }, assignee: { id: { $null: true } } };
}
