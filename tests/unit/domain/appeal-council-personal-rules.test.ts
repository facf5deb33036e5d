import { readFileSync } from 'fs';
import { join } from 'path';
import { checkCouncilPersonalRules, councilPersonalRules } from '../../../src/domain/appeal/council-personal-rules';
import {
  ART_20_PERSONAL, PRIVILEGE_CATEGORY_CODES, personalConsiderationBasis, personalConsiderationByHead, type CouncilPersonalRule,
} from '../../../src/domain/appeal/privileges';
import { decideAppealChange } from '../../../src/domain/appeal/rules';
import { checkDeadlineSettings, normalizeDeadlineSettings } from '../../../src/domain/settings';

const ACT = 'Розпорядження міського голови від 15.01.2026 № 12-р';
const COMBATANT = `${ACT} (правило ради): звернення категорії «Учасник бойових дій» розглядає перший керівник особисто`;
const RULES: CouncilPersonalRule[] = [{ category: 'combatant', basis: ACT }];

describe('personalConsiderationBasis (Art. 20 and the council\'s rules)', () => {
  it('sends a Hero\'s appeal to the head on the statute, whatever the council\'s rules say', () => {
    expect(personalConsiderationBasis('hero', [])).toEqual({ source: 'statute', citation: ART_20_PERSONAL });
    expect(personalConsiderationBasis('hero', [{ category: 'hero', basis: ACT }])).toEqual({ source: 'statute', citation: ART_20_PERSONAL });
    expect(personalConsiderationByHead('hero', [])).toBe(true);
  });

  it('sends a category the council added to the head on the council\'s act, cited with the category', () => {
    expect(personalConsiderationBasis('combatant', RULES)).toEqual({ source: 'council', citation: COMBATANT });
    // a trailing full stop of the act does not end up before the bracket
    expect(personalConsiderationBasis('combatant', [{ category: 'combatant', basis: `  ${ACT}. ` }])?.citation).toBe(COMBATANT);
    expect(personalConsiderationByHead('combatant', RULES)).toBe(true);
  });

  it('goes the ordinary way once the council removes the rule, and for a category without one', () => {
    expect(personalConsiderationBasis('combatant', [])).toBeNull();
    expect(personalConsiderationBasis('chornobyl', RULES)).toBeNull();
    expect(personalConsiderationBasis('combatant', [{ category: 'combatant', basis: '  ' }])).toBeNull();
    expect(personalConsiderationByHead('combatant', [])).toBe(false);
  });

  it('ignores an unknown or blank category', () => {
    expect(personalConsiderationBasis('pensioner', [{ category: 'pensioner' as any, basis: ACT }])).toBeNull();
    expect(personalConsiderationBasis(null, RULES)).toBeNull();
    expect(personalConsiderationBasis('', RULES)).toBeNull();
  });
});

describe('checkCouncilPersonalRules: what the settings may store', () => {
  it('stores known categories with the act trimmed, keeping the component id; blank clears', () => {
    expect(checkCouncilPersonalRules([{ id: 4, category: 'combatant', basis: `  ${ACT} ` }, { category: 'chornobyl', basis: 'Рішення виконкому від 02.02.2026 № 40' }])).toEqual({
      ok: true,
      rules: [{ id: 4, category: 'combatant', basis: ACT }, { category: 'chornobyl', basis: 'Рішення виконкому від 02.02.2026 № 40' }],
    });
    expect(checkCouncilPersonalRules(null)).toEqual({ ok: true, rules: [] });
    expect(checkCouncilPersonalRules([])).toEqual({ ok: true, rules: [] });
  });

  it.each<[unknown, string, string, string]>([
    [[{ category: 'pensioner', basis: ACT }], 'personalConsiderationRules.0.category', 'settings.personal_rules.unknown_category',
      'Невідома категорія пільги «pensioner» у правилі ради про розгляд керівником особисто. Оберіть одну з категорій ст. 20 Закону «Про звернення громадян»: ' +
        'hero, war_disabled, combatant, war_participant, fallen_defender_family, chornobyl, disabled_person, other_statutory.'],
    [[{ category: 'combatant', basis: ' ' }], 'personalConsiderationRules.0.basis', 'settings.personal_rules.basis_required',
      'Правило ради для категорії «Учасник бойових дій» має зазначати підставу — акт ради, наприклад «Розпорядження міського голови від 15.01.2026 № 12-р»: ' +
        'без неї не видно, чому звернення розглядає керівник особисто.'],
    [[{ category: 'combatant', basis: 12 }], 'personalConsiderationRules.0.basis', 'settings.personal_rules.basis_required',
      'Правило ради для категорії «Учасник бойових дій» має зазначати підставу — акт ради, наприклад «Розпорядження міського голови від 15.01.2026 № 12-р»: ' +
        'без неї не видно, чому звернення розглядає керівник особисто.'],
    [[{ category: 'combatant', basis: ACT }, { category: 'combatant', basis: 'Рішення виконкому № 40' }], 'personalConsiderationRules.1.category', 'settings.personal_rules.duplicate',
      'Категорію «Учасник бойових дій» зазначено в правилах ради про розгляд керівником особисто двічі: залиште одне правило з його підставою.'],
    [[{ category: 'hero', basis: ACT }], 'personalConsiderationRules.0.category', 'settings.personal_rules.statutory',
      'Звернення категорії «Герой України, Герой Радянського Союзу, Герой Соціалістичної Праці» перший керівник розглядає особисто за законом ' +
        '(ст. 20 Закону «Про звернення громадян»): правило ради для неї не потрібне, вилучіть його.'],
    [[{ basis: ACT }], 'personalConsiderationRules.0.category', 'settings.personal_rules.category_required',
      'У правилі ради № 1 про розгляд керівником особисто не обрано категорію пільги.'],
    [[{ category: 'combatant', basis: 'а'.repeat(1001) }], 'personalConsiderationRules.0.basis', 'settings.personal_rules.basis_too_long',
      'Підстава правила ради для категорії «Учасник бойових дій» задовга (1001 знаків, допустимо до 1000): зазначте вид, дату і номер акта, ' +
        'наприклад «Розпорядження міського голови від 15.01.2026 № 12-р».'],
    ['combatant', 'personalConsiderationRules', 'settings.personal_rules.type',
      'Правила ради про розгляд керівником особисто задаються списком: у кожному — категорія пільги і підстава (акт ради).'],
    [['combatant'], 'personalConsiderationRules.0', 'settings.personal_rules.type',
      'Кожне правило ради про розгляд керівником особисто — це категорія пільги і підстава (акт ради).'],
  ])('refuses %j', (raw, field, rule, message) => {
    expect(checkCouncilPersonalRules(raw)).toEqual({ ok: false, violation: { field, rule, message } });
    // the settings check refuses the whole write with it
    expect(checkDeadlineSettings({ martialLaw: true, personalConsiderationRules: raw })).toEqual({ ok: false, violation: { field, rule, message } });
  });

  it('passes the checked rules on with the rest of the settings, and leaves them alone when absent', () => {
    expect(checkDeadlineSettings({ personalConsiderationRules: [{ category: 'combatant', basis: ` ${ACT}` }] })).toEqual({
      ok: true, data: { personalConsiderationRules: [{ category: 'combatant', basis: ACT }] },
    });
    expect(checkDeadlineSettings({ martialLaw: false })).toEqual({ ok: true, data: { martialLaw: false } });
  });
});

describe('councilPersonalRules: what routing reads from whatever is stored', () => {
  it('keeps the usable rules, the first of each category', () => {
    expect(councilPersonalRules([
      { id: 1, category: 'combatant', basis: ` ${ACT} ` },
      { id: 2, category: 'combatant', basis: 'Інший акт' },
      { id: 3, category: 'hero', basis: ACT },
      { id: 4, category: 'pensioner', basis: ACT },
      { id: 5, category: 'chornobyl', basis: null },
      null,
    ])).toEqual([{ category: 'combatant', basis: ACT }]);
    expect(councilPersonalRules(undefined)).toEqual([]);
    expect(normalizeDeadlineSettings({ personalConsiderationRules: [{ category: 'war_disabled', basis: ACT }] }, []).personalConsiderationRules)
      .toEqual([{ category: 'war_disabled', basis: ACT }]);
    expect(normalizeDeadlineSettings(null, []).personalConsiderationRules).toEqual([]);
  });
});

describe('the register records the basis in force when the category is set', () => {
  const settings = (rules: CouncilPersonalRule[]) => ({ ...normalizeDeadlineSettings(null, []), personalConsiderationRules: rules });
  const registration = {
    receivedAt: new Date('2026-03-02T09:00:00.000Z'), channel: 'written', appealType: 'application', authorKind: 'individual',
    applicantFullName: 'Бойко Василь Петрович', privilegeCategory: 'combatant',
  };
  const decide = (rules: CouncilPersonalRule[], before: any = null, patch: any = registration) =>
    decideAppealChange({ before, patch, now: new Date('2026-03-02T10:00:00.000Z'), settings: settings(rules) });

  it('flags a new appeal of a category the council added, with the council\'s act; without the rule, not', () => {
    const decided = decide(RULES);
    expect(decided.ok && [decided.set.personalConsiderationByHead, decided.set.personalConsiderationBasis]).toEqual([true, COMBATANT]);
    const ordinary = decide([]);
    expect(ordinary.ok && [ordinary.set.personalConsiderationByHead, ordinary.set.personalConsiderationBasis]).toEqual([false, null]);
  });

  it('leaves a registered appeal as it was when only the rules change; a new category is decided under the rules in force', () => {
    const created = decide(RULES);
    if (!created.ok) throw new Error('registration refused');
    const before = { ...created.set, ...registration, registrationNumber: 'Б-1/2026', earlierAppeal: null } as any;
    const untouched = decide([], before, { subject: 'Уточнення' });
    expect(untouched.ok && [untouched.set.personalConsiderationByHead, untouched.set.personalConsiderationBasis]).toEqual([undefined, undefined]);
    const recategorised = decide([], before, { privilegeCategory: 'hero' });
    expect(recategorised.ok && [recategorised.set.personalConsiderationByHead, recategorised.set.personalConsiderationBasis]).toEqual([true, ART_20_PERSONAL]);
  });
});

describe('the enumerations of the category are the domain\'s list', () => {
  it('in the appeal and in the council\'s rule', () => {
    const root = join(__dirname, '..', '..', '..');
    const appeal = JSON.parse(readFileSync(join(root, 'src/api/appeal/content-types/appeal/schema.json'), 'utf8'));
    const rule = JSON.parse(readFileSync(join(root, 'src/components/settings/personal-consideration-rule.json'), 'utf8'));
    expect(appeal.attributes.privilegeCategory.enum).toEqual(PRIVILEGE_CATEGORY_CODES);
    expect(rule.attributes.category.enum).toEqual(PRIVILEGE_CATEGORY_CODES);
  });
});
