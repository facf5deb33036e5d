import { isOptimisticDocumentPatch, keepTypedOnRefusal } from '../../../src/admin/extensions/keep-typed-on-refusal';

const patch = (queryCacheKey: string) => ({ type: 'adminApi/queries/queryResultPatched', payload: { queryCacheKey, patches: [] } });
const appealKey = 'getDocument({"collectionType":"collection-types","documentId":"abc","model":"api::appeal.appeal","params":{}})';

describe('the edit form keeps what the clerk typed when a save is refused', () => {
  it('recognises the optimistic patch (and its undo) of an edit form document of the city’s content types', () => {
    expect(isOptimisticDocumentPatch(patch(appealKey))).toBe(true);
    expect(isOptimisticDocumentPatch(patch(appealKey.replace('api::appeal.appeal', 'plugin::users-permissions.user')))).toBe(false);
    expect(isOptimisticDocumentPatch(patch('getDocuments({"model":"api::appeal.appeal"})'))).toBe(false);
    expect(isOptimisticDocumentPatch({ type: 'adminApi/executeQuery/fulfilled', payload: { queryCacheKey: appealKey } })).toBe(false);
    expect(isOptimisticDocumentPatch(undefined)).toBe(false);
  });

  it('passes every other action on and drops only those patches', () => {
    const seen: unknown[] = [];
    const dispatch = keepTypedOnRefusal()({})((action) => seen.push(action));
    const other = { type: 'adminApi/executeQuery/fulfilled' };
    dispatch(patch(appealKey));
    dispatch(other);
    expect(seen).toEqual([other]);
  });
});
