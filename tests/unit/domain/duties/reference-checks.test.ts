import { checkAbsencePeriod, checkCompetences, unroutedFilterAmong } from '../../../../src/domain/duties/reference-checks';
import { surnameWithInitials } from '../../../../src/domain/duties/names';

describe('competences of a duty', () => {
  it('accepts codes of the fixed list, drops repeats, and treats nothing as none', () => {
    expect(checkCompetences(['hotline_appeals', 'information_requests', 'hotline_appeals'])).toEqual({ ok: true, competences: ['hotline_appeals', 'information_requests'] });
    expect(checkCompetences('["campaigns"]')).toEqual({ ok: true, competences: ['campaigns'] });
    expect(checkCompetences(null)).toEqual({ ok: true, competences: [] });
  });

  it('refuses unknown codes naming them, and anything that is not a list', () => {
    const unknown = checkCompetences(['hotline_appeals', 'flying', 3]);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.error.rule).toBe('duty.unknown_competence');
      expect(unknown.error.message).toMatch(/^Невідомі компетенції: «flying», «3»\. Допустимі коди/);
    }
    const notList = checkCompetences({ hotline_appeals: true });
    expect(notList.ok).toBe(false);
    if (!notList.ok) expect(notList.error.field).toBe('competences');
  });
});

describe('period of an absence', () => {
  it('accepts a one-day absence and refuses one that ends before it starts', () => {
    expect(checkAbsencePeriod('2026-03-02', '2026-03-02')).toBeNull();
    expect(checkAbsencePeriod('2026-03-02', '2026-03-01')?.rule).toBe('absence.ends_before_start');
    expect(checkAbsencePeriod(null, '2026-03-01')?.field).toBe('absentFrom');
  });
});

describe('helpers of routing', () => {
  it('names a person by surname and initials', () => {
    expect(surnameWithInitials('Ковальчук Наталія Андріївна')).toBe('Ковальчук Н. А.');
    expect(surnameWithInitials('  Лисенко   Віра ')).toBe('Лисенко В.');
  });

  it('filters open items without an assignee', () => {
    expect(unroutedFilterAmong(['registered', 'assigned'])).toEqual({ workflowState: { $in: ['registered', 'assigned'] }, assignee: { id: { $null: true } } });
  });
});
