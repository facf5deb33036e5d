import type { RuleViolation } from '../errors';
import { isBlank } from '../register/values';
import type { CouncilPersonalRule } from './council-rule';
import { PRIVILEGE_CATEGORIES, PRIVILEGE_CATEGORY_CODES, isPrivilegeCategory } from './privileges';
import { LAW } from './vocabulary';

/**
 * The council's own rules on personal consideration by the first head (issue 14, rule 10: «where the law **or the
 * council's rules** require it»): a list of privilege categories, each with the council's act that requires it. Kept
 * in the settings single type (repeatable component `settings.personal-consideration-rule`).
 *
 * A rule for a category the statute already sends to the head (Heroes, Art. 20) is refused rather than kept as a
 * no-op: the appeal would cite the statute anyway, and a council basis that is never cited misleads whoever reads the
 * settings.
 *
 * A rule applies to appeals registered (or given that category) while it is in force; the appeal records the basis it
 * was routed on (`personalConsiderationBasis`), so adding or removing a rule never re-routes an appeal already
 * registered.
 */

export const MAX_COUNCIL_BASIS_LENGTH = 1000;

const FIELD = 'personalConsiderationRules';
const EXAMPLE = '«Розпорядження міського голови від 15.01.2026 № 12-р»';

export type CouncilRulesCheck =
  | { ok: true; rules: Array<Record<string, unknown> & CouncilPersonalRule> }
  | { ok: false; violation: RuleViolation };

/**
 * The check of a write of the council's rules: each item names a known, non-statutory category once and the council's
 * act (trimmed). Blank (null, []) clears the rules. Other keys of an item (the admin panel's component `id`) are kept.
 */
export function checkCouncilPersonalRules(raw: unknown): CouncilRulesCheck {
  if (raw === null || raw === undefined) return { ok: true, rules: [] };
  if (!Array.isArray(raw)) {
    return refused(FIELD, 'settings.personal_rules.type', 'Правила ради про розгляд керівником особисто задаються списком: у кожному — категорія пільги і підстава (акт ради).');
  }
  const rules: Array<Record<string, unknown> & CouncilPersonalRule> = [];
  for (const [i, item] of raw.entries()) {
    const at = `${FIELD}.${i}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return refused(at, 'settings.personal_rules.type', 'Кожне правило ради про розгляд керівником особисто — це категорія пільги і підстава (акт ради).');
    }
    const { category, basis } = item as Record<string, unknown>;
    if (isBlank(category)) {
      return refused(`${at}.category`, 'settings.personal_rules.category_required', `У правилі ради № ${i + 1} про розгляд керівником особисто не обрано категорію пільги.`);
    }
    if (!isPrivilegeCategory(category)) {
      return refused(
        `${at}.category`, 'settings.personal_rules.unknown_category',
        `Невідома категорія пільги «${String(category).slice(0, 60)}» у правилі ради про розгляд керівником особисто. ` +
          `Оберіть одну з категорій ст. 20 ${LAW}: ${PRIVILEGE_CATEGORY_CODES.join(', ')}.`,
      );
    }
    const label = PRIVILEGE_CATEGORIES[category].label;
    if (PRIVILEGE_CATEGORIES[category].personalByHead) {
      return refused(
        `${at}.category`, 'settings.personal_rules.statutory',
        `Звернення категорії «${label}» перший керівник розглядає особисто за законом (ст. 20 ${LAW}): ` +
          'правило ради для неї не потрібне, вилучіть його.',
      );
    }
    if (typeof basis !== 'string' || basis.trim() === '') {
      return refused(`${at}.basis`, 'settings.personal_rules.basis_required', basisRequired(label));
    }
    const text = basis.trim();
    if (text.length > MAX_COUNCIL_BASIS_LENGTH) {
      return refused(
        `${at}.basis`, 'settings.personal_rules.basis_too_long',
        `Підстава правила ради для категорії «${label}» задовга (${text.length} знаків, допустимо до ${MAX_COUNCIL_BASIS_LENGTH}): ` +
          `зазначте вид, дату і номер акта, наприклад ${EXAMPLE}.`,
      );
    }
    if (rules.some((rule) => rule.category === category)) {
      return refused(
        `${at}.category`, 'settings.personal_rules.duplicate',
        `Категорію «${label}» зазначено в правилах ради про розгляд керівником особисто двічі: залиште одне правило з його підставою.`,
      );
    }
    rules.push({ ...(item as Record<string, unknown>), category, basis: text });
  }
  return { ok: true, rules };
}

/**
 * What routing and the register use, whatever the database holds (rows written around the Document Service): the
 * rules with a known non-statutory category and a basis, the first one of each category.
 */
export function councilPersonalRules(raw: unknown): CouncilPersonalRule[] {
  if (!Array.isArray(raw)) return [];
  const out: CouncilPersonalRule[] = [];
  for (const item of raw) {
    const category: unknown = item?.category;
    const basis: unknown = item?.basis;
    if (!isPrivilegeCategory(category) || PRIVILEGE_CATEGORIES[category].personalByHead) continue;
    if (typeof basis !== 'string' || isBlank(basis) || out.some((rule) => rule.category === category)) continue;
    out.push({ category, basis: basis.trim() });
  }
  return out;
}

function basisRequired(label: string): string {
  return (
    `Правило ради для категорії «${label}» має зазначати підставу — акт ради, наприклад ${EXAMPLE}: ` +
    'без неї не видно, чому звернення розглядає керівник особисто.'
  );
}

function refused(field: string, rule: string, message: string): { ok: false; violation: RuleViolation } {
  return { ok: false, violation: { field, rule, message } };
}
