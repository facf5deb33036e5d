import { CAMPAIGN_WORKFLOW } from '../../../../src/domain/communications/campaign-states';
import { buildChange, touched } from '../../../../src/domain/register/change';
import { nulls } from '../../../../src/domain/register/item';
import { isBlank, isOneOf, sameValue } from '../../../../src/domain/register/values';

describe('register kernel: comparing what was sent with what is stored', () => {
  it('treats every blank alike', () => {
    expect([null, undefined, '', '   ', '\n'].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x', new Date(0)].map(isBlank)).toEqual([false, false, false, false]);
    expect(sameValue('', null)).toBe(true);
    expect(sameValue(' ', undefined)).toBe(true);
  });

  it('compares dates by instant, also against an ISO string or a timestamp of the stored row', () => {
    const instant = new Date('2026-03-02T08:00:00.000Z');
    expect(sameValue(instant, new Date('2026-03-02T10:00:00+02:00'))).toBe(true);
    expect(sameValue(instant, '2026-03-02T08:00:00.000Z')).toBe(true);
    expect(sameValue(instant.getTime(), instant)).toBe(true);
    expect(sameValue(instant, new Date('2026-03-02T08:00:00.001Z'))).toBe(false);
    expect(sameValue(instant, null)).toBe(false);
  });

  it('never takes an unreadable date for the same as another', () => {
    expect(sameValue(new Date('nonsense'), new Date('nonsense'))).toBe(false);
    expect(sameValue(new Date('nonsense'), 'nonsense')).toBe(false);
    expect(sameValue(new Date(0), { at: 0 })).toBe(false);
  });

  it('compares everything else strictly', () => {
    expect(sameValue('5', 5)).toBe(false);
    expect(sameValue(5, 5)).toBe(true);
    expect(sameValue(true, 'true')).toBe(false);
  });

  it('checks enumeration values, never taking a non-string for one', () => {
    expect(isOneOf(['a', 'b'], 'b')).toBe(true);
    expect(isOneOf(['a', 'b'], 'c')).toBe(false);
    expect(isOneOf(['1'], 1)).toBe(false);
  });
});

describe('register kernel: a change', () => {
  type Item = { workflowState: string; receivedAt: Date | null; dueAt: Date | null; note: string | null };
  const NEW: Item = { workflowState: 'registered', receivedAt: null, dueAt: null, note: null };
  const before: Item = { workflowState: 'in_progress', receivedAt: new Date('2026-03-02T08:00:00Z'), dueAt: null, note: 'стара' };

  it('merges what the patch mentions over the stored item (or the new item on create), leaving both inputs alone', () => {
    const patch = { note: 'нова', dueAt: undefined };
    const change = buildChange(NEW, { before, patch, now: new Date(0), settings: {} });
    expect(change.after).toEqual({ ...before, note: 'нова' });
    expect(change.isCreate).toBe(false);
    expect(before.note).toBe('стара');
    expect(buildChange(NEW, { before: null, patch, now: new Date(0), settings: {} }).after).toEqual({ ...NEW, note: 'нова' });
  });

  it('counts a field as touched only when the patch changes its value', () => {
    const at = (patch: Partial<Item>, from: Item | null = before) => buildChange(NEW, { before: from, patch, now: new Date(0), settings: {} });
    expect(touched(at({ note: 'стара' }), 'note')).toBe(false);
    expect(touched(at({ note: 'нова' }), 'note')).toBe(true);
    expect(touched(at({ receivedAt: new Date('2026-03-02T10:00:00+02:00') }), 'receivedAt')).toBe(false);
    expect(touched(at({ note: '' }, null), 'note')).toBe(false);
    expect(touched(at({ note: 'x' }, null), 'workflowState', 'note')).toBe(true);
  });

  it('writes the empty defaults of a new item, one null per field', () => {
    expect(nulls('a', 'b')).toEqual({ a: null, b: null });
  });
});

describe('register kernel: a workflow table', () => {
  it('answers the same questions for a register without terms (campaigns): nothing is open or overdue', () => {
    expect(CAMPAIGN_WORKFLOW.open).toEqual([]);
    expect(CAMPAIGN_WORKFLOW.labels).toEqual({ planned: 'запланована', active: 'триває', completed: 'завершена', cancelled: 'скасована' });
    expect(CAMPAIGN_WORKFLOW.isOverdue('active', new Date(0), new Date(1))).toBe(false);
    expect(CAMPAIGN_WORKFLOW.canTransition('cancelled', 'planned')).toBe(true);
    expect(CAMPAIGN_WORKFLOW.canTransition('cancelled', 'active')).toBe(false);
    expect(CAMPAIGN_WORKFLOW.allowedNext('unknown' as never)).toEqual([]);
    expect(CAMPAIGN_WORKFLOW.isState('planned')).toBe(true);
    expect(CAMPAIGN_WORKFLOW.isState('closed')).toBe(false);
  });
});
