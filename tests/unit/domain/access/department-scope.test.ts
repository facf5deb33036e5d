import { departmentChain, departmentsInScope } from '../../../../src/domain/access/department-scope';

// 1 апарат ← 2 відділ звернень; 3 ЖКГ ← 4 благоустрій ← 5 сектор; 6 освіта
const tree = [
  { id: 1, parentId: null }, { id: 2, parentId: 1 }, { id: 3, parentId: null }, { id: 4, parentId: 3 }, { id: 5, parentId: 4 }, { id: 6, parentId: null },
];

describe('department scope', () => {
  it('includes sub-departments at every depth, and only them', () => {
    expect(departmentsInScope(tree, [3])).toEqual([3, 4, 5]);
    expect(departmentsInScope(tree, [4])).toEqual([4, 5]);
    expect(departmentsInScope(tree, [2])).toEqual([2]);
  });

  it('joins several roots (own department plus headed ones) and ignores missing ones', () => {
    expect(departmentsInScope(tree, [2, 6, null, undefined])).toEqual([2, 6]);
    expect(departmentsInScope(tree, [null])).toEqual([]);
  });

  it('survives a cycle in the data', () => {
    expect(departmentsInScope([{ id: 1, parentId: 2 }, { id: 2, parentId: 1 }], [1])).toEqual([1, 2]);
    expect(departmentChain([{ id: 1, parentId: 2 }, { id: 2, parentId: 1 }], 1)).toEqual([1, 2]);
  });

  it('chain runs from the department up to the top', () => {
    expect(departmentChain(tree, 5)).toEqual([5, 4, 3]);
    expect(departmentChain(tree, null)).toEqual([]);
  });
});
