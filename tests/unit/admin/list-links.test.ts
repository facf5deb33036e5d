import { parse } from 'qs';
import {
  REGISTER_UIDS,
  FINISHED_STATES,
  OPEN_STATES,
  dueBeforeQuery,
  unroutedQuery,
  hiddenFilters,
  isVisibleFilter,
} from '../../../src/admin/extensions/list-links';

const RELATIONS = { assignee: 'fullName', department: 'name' };

describe('links into the register lists leave only filters the list shows', () => {
  for (const uid of Object.values(REGISTER_UIDS)) {
    it(`${uid}: the overdue and unrouted links parse to visible filters only`, () => {
      for (const params of [dueBeforeQuery(uid, new Date('2026-12-16T21:59:00Z')), unroutedQuery(uid)]) {
        const query: any = parse(params.toString());
        const and = query.filters.$and;
        expect(and.length).toBe(FINISHED_STATES[uid].length + 1);
        expect(hiddenFilters(and, RELATIONS, ['workflowState', 'dueAt', 'assignee'])).toEqual([]);
        expect(query.page).toBe('1');
      }
    });

    it(`${uid}: "not finished" is exactly the open states`, () => {
      const finished = FINISHED_STATES[uid];
      expect(finished.length).toBeGreaterThan(0);
      expect(finished.filter((s) => OPEN_STATES[uid].includes(s))).toEqual([]);
      const query: any = parse(dueBeforeQuery(uid, new Date('2026-01-01T00:00:00Z')).toString());
      expect(query.filters.$and.slice(0, finished.length).map((f: any) => f.workflowState.$ne)).toEqual([...finished]);
      expect(query.filters.$and[finished.length]).toEqual({ dueAt: { $lt: '2026-01-01T00:00:00.000Z' } });
    });
  }

  it('the unrouted link filters the executor by its shown field being empty', () => {
    const query: any = parse(unroutedQuery(REGISTER_UIDS.appeal).toString());
    expect(query.filters.$and.at(-1)).toEqual({ assignee: { fullName: { $null: 'true' } } });
    expect(query.sort).toBe('receivedAt:ASC');
  });

  it('finds the filters the list could not show', () => {
    const and = [
      { workflowState: { $in: ['registered', 'assigned'] } },
      { dueAt: { $lt: '2026-01-01' } },
      { assignee: { id: { $null: 'true' } } },
      { assignee: { fullName: { $eqi: 'Петренко' } } },
      { unknownField: { $eq: 'x' } },
      { a: { $eq: 1 }, b: { $eq: 2 } },
      'junk',
    ];
    expect(hiddenFilters(and, RELATIONS, ['workflowState', 'dueAt', 'assignee', 'a', 'b'])).toEqual([0, 2, 4, 5, 6]);
    expect(isVisibleFilter({ channel: { $eq: 'email' } }, RELATIONS)).toBe(true);
    expect(isVisibleFilter({ department: { id: { $eq: 3 } } }, RELATIONS)).toBe(false);
    expect(hiddenFilters(undefined, RELATIONS)).toEqual([]);
  });
});
