import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import { isBlank } from '../register/values';
import type { CouncilPersonalRule } from './council-rule';
import type { AppealChange } from './snapshot';
import { LAW } from './vocabulary';

/**
 * Privileged applicants (Law 393/96-ВР Art. 20): «Звернення громадян, які мають установлені законодавством пільги,
 * розглядаються у першочерговому порядку.» and «Звернення Героїв Радянського Союзу, Героїв Соціалістичної Праці,
 * Героїв України розглядаються першим керівником … особисто.» The category — not a bare flag — drives what happens:
 * a privileged appeal is first in queues and lists (`priority`), reminded earlier (`PRIVILEGED_EXTRA_LEAD_WORKING_DAYS`),
 * and routed for personal consideration by the head where the law or the council's own rules require it
 * (`personalConsiderationBasis`). Each category names the law that grants the privilege; where the product reads the
 * law beyond its words, the source says **тлумачення**.
 */

export type { CouncilPersonalRule };

/** Art. 20 as the routing reason and the refusals cite it (the one category the statute sends to the head personally). */
export const ART_20_PERSONAL = `ст. 20 ${LAW}: звернення Героїв України, Героїв Радянського Союзу, Героїв Соціалістичної Праці розглядає перший керівник особисто`;

export interface PrivilegeCategory {
  label: string;
  /** The law (and article) that grants the privilege. */
  source: string;
  /** The head of the body considers the appeal personally (Art. 20 for Heroes). */
  personalByHead: boolean;
}

export const PRIVILEGE_CATEGORIES = {
  hero: {
    label: 'Герой України, Герой Радянського Союзу, Герой Соціалістичної Праці',
    source: `ст. 20 ${LAW} (розгляд першим керівником особисто)`,
    personalByHead: true,
  },
  war_disabled: {
    label: 'Особа з інвалідністю внаслідок війни',
    source: 'Закон «Про статус ветеранів війни, гарантії їх соціального захисту» (3551-XII), ст. 7, 13 (тлумачення: ст. 13 перелічує пільги цієї категорії)',
    personalByHead: false,
  },
  combatant: {
    label: 'Учасник бойових дій',
    source: 'Закон «Про статус ветеранів війни, гарантії їх соціального захисту» (3551-XII), ст. 5, 6, 12 (тлумачення: ст. 12 перелічує пільги цієї категорії)',
    personalByHead: false,
  },
  war_participant: {
    label: 'Учасник війни',
    source: 'Закон «Про статус ветеранів війни, гарантії їх соціального захисту» (3551-XII), ст. 8, 9, 14 (тлумачення)',
    personalByHead: false,
  },
  fallen_defender_family: {
    label: 'Член сім’ї загиблого (померлого) ветерана війни чи Захисника (Захисниці) України',
    source: 'Закон «Про статус ветеранів війни, гарантії їх соціального захисту» (3551-XII), ст. 10, 15 (тлумачення)',
    personalByHead: false,
  },
  chornobyl: {
    label: 'Постраждалий внаслідок Чорнобильської катастрофи',
    source: 'Закон «Про статус і соціальний захист громадян, які постраждали внаслідок Чорнобильської катастрофи» (796-XII), ст. 20–22 (тлумачення)',
    personalByHead: false,
  },
  disabled_person: {
    label: 'Особа з інвалідністю',
    source: 'Закон «Про основи соціальної захищеності осіб з інвалідністю в Україні» (875-XII) (тлумачення: пільги встановлено цим Законом і актами на його виконання)',
    personalByHead: false,
  },
  other_statutory: {
    label: 'Інша пільга, установлена законом (підставу вказати в тексті звернення)',
    source: `ст. 20 ${LAW} («установлені законодавством пільги»)`,
    personalByHead: false,
  },
} as const satisfies Record<string, PrivilegeCategory>;

export type PrivilegeCategoryCode = keyof typeof PRIVILEGE_CATEGORIES;
export const PRIVILEGE_CATEGORY_CODES = Object.keys(PRIVILEGE_CATEGORIES) as PrivilegeCategoryCode[];

export const PRIVILEGE_CATEGORY_LABELS: Readonly<Record<PrivilegeCategoryCode, string>> = Object.fromEntries(
  PRIVILEGE_CATEGORY_CODES.map((code) => [code, PRIVILEGE_CATEGORIES[code].label]),
) as Record<PrivilegeCategoryCode, string>;

/** A privileged appeal is reminded this many working days earlier than the configured reminder offsets. */
export const PRIVILEGED_EXTRA_LEAD_WORKING_DAYS = 2;

export function isPrivilegeCategory(value: unknown): value is PrivilegeCategoryCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PRIVILEGE_CATEGORIES, value);
}

/** Why an appeal goes to the first head personally: the statute, or the council's act. */
export interface PersonalConsiderationBasis {
  source: 'statute' | 'council';
  /** What the routing reason, the refusal to reassign and the stored `personalConsiderationBasis` cite. */
  citation: string;
}

/**
 * Whether the category sends the appeal to the first head personally, and on what basis: the statute first (a council
 * rule for a statutory category changes nothing), then the council's rule for the category in force. An unknown or
 * blank category, or one the council has no rule for (or has removed it), goes the ordinary way.
 */
export function personalConsiderationBasis(
  category: unknown,
  councilRules: readonly CouncilPersonalRule[],
): PersonalConsiderationBasis | null {
  if (!isPrivilegeCategory(category)) return null;
  if (PRIVILEGE_CATEGORIES[category].personalByHead) return { source: 'statute', citation: ART_20_PERSONAL };
  const rule = councilRules.find((r) => r.category === category && !isBlank(r.basis));
  if (!rule) return null;
  const act = rule.basis.trim().replace(/[\s.;,]+$/, '');
  return {
    source: 'council',
    citation: `${act} (правило ради): звернення категорії «${PRIVILEGE_CATEGORIES[category].label}» розглядає перший керівник особисто`,
  };
}

/** Whether the category requires the head of the body to consider the appeal personally (by law or the council's rule). */
export function personalConsiderationByHead(category: unknown, councilRules: readonly CouncilPersonalRule[]): boolean {
  return personalConsiderationBasis(category, councilRules) !== null;
}

/** First in queues: a category in force, or the applicant's privilege mark of older records. */
export function isPriorityAppeal(applicantPrivileged: unknown, category: unknown): boolean {
  return applicantPrivileged === true || isPrivilegeCategory(category);
}

/**
 * The privilege is a fact with a source: a privileged applicant names the category (and so the law) of the
 * privilege. Checked when the mark or the category is set, so older records without a category are not blocked.
 */
export function checkPrivilegeCategory(change: AppealChange): RuleViolation | null {
  if (!change.isCreate && !touched(change, 'applicantPrivileged', 'privilegeCategory')) return null;
  const { applicantPrivileged, privilegeCategory } = change.after;
  if (!isBlank(privilegeCategory) && !isPrivilegeCategory(privilegeCategory)) {
    return {
      field: 'privilegeCategory',
      rule: 'privilege.unknown_category',
      message: `Невідома категорія пільги «${String(privilegeCategory)}». Оберіть категорію зі списку (ст. 20 ${LAW}).`,
    };
  }
  if (applicantPrivileged === true && isBlank(privilegeCategory)) {
    return {
      field: 'privilegeCategory',
      rule: 'privilege.category_required',
      message:
        `«Звернення громадян, які мають установлені законодавством пільги, розглядаються у першочерговому порядку» ` +
        `(ст. 20 ${LAW}). Вкажіть категорію пільги: від неї залежать першочерговість і те, чи розглядає звернення ` +
        'керівник особисто.',
    };
  }
  return null;
}
