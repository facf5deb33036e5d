import { responsibilityView } from '../../../../src/domain/duties/responsibility';
import type { InstructionInfo, PositionInfo } from '../../../../src/domain/duties/routing';

const positions: PositionInfo[] = [
  { id: 'chief', title: 'Головний спеціаліст («гаряча лінія»)', holderId: 'kovalchuk', holderName: 'Ковальчук Н. А.', substituteIds: ['written'] },
  { id: 'written', title: 'Головний спеціаліст (письмові звернення)', holderId: 'lysenko', holderName: 'Лисенко В. О.', substituteIds: [] },
];
const instructions: InstructionInfo[] = [
  { id: '1', positionId: 'chief', title: 'Посадова інструкція головного спеціаліста', effectiveFrom: '2026-01-01', version: 1, duties: [{ clause: '2.1', competences: ['hotline_appeals'] }] },
  { id: '2', positionId: 'written', title: 'Посадова інструкція спеціаліста з письмових звернень', effectiveFrom: '2026-01-01', version: 1, duties: [{ clause: '2.3', competences: ['written_appeals'] }] },
  { id: '3', positionId: 'chief', title: 'Посадова інструкція головного спеціаліста', effectiveFrom: '2027-01-01', version: 2, duties: [] },
];

describe('responsibility view', () => {
  it('lists the duties each person holds, and who receives each kind of work, on a normal day', () => {
    const view = responsibilityView({ onDate: '2026-03-02', positions, instructions, absences: [] });
    expect(view.staff.map((s) => [s.staffId, s.holds.map((h) => h.duties.map((d) => d.clause).join()), s.covers.length])).toEqual([
      ['kovalchuk', ['2.1'], 0],
      ['lysenko', ['2.3'], 0],
    ]);
    const byCompetence = Object.fromEntries(view.competences.map((c) => [c.competence, c.assigneeId]));
    expect(byCompetence).toMatchObject({ hotline_appeals: 'kovalchuk', written_appeals: 'lysenko', e_petitions: null });
  });

  it('shows the substitute covering an absent holder’s duties, with the reason', () => {
    const view = responsibilityView({
      onDate: '2026-03-02',
      positions,
      instructions,
      absences: [{ staffId: 'kovalchuk', from: '2026-03-01', to: '2026-03-14', reason: 'vacation' }],
    });
    const lysenko = view.staff.find((s) => s.staffId === 'lysenko');
    expect(lysenko?.covers.map((c) => [c.positionId, c.duties.map((d) => d.clause), c.reason])).toEqual([
      ['chief', ['2.1'], 'заміщення на час відпустки Ковальчук Н. А.'],
    ]);
    expect(view.competences.find((c) => c.competence === 'hotline_appeals')?.assigneeId).toBe('lysenko');
  });
});
