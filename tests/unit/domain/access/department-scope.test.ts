import { departmentChain, departmentsInScope, leadersOfChain } from '../../../../src/domain/access/department-scope';

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

describe('leadersOfChain (Law 393/96-ВР Arts. 8, 20: «керівник … або його заступник»)', () => {
  // 1 executive committee apparatus (head 10, deputy 11) ← 2 appeals department (head 20, no deputy) ← 3 sector (head 30, deputy 31)
  const all = [
    { id: 1, parentId: null, headId: 10, deputyHeadId: 11 },
    { id: 2, parentId: 1, headId: 20, deputyHeadId: null },
    { id: 3, parentId: 2, headId: 30, deputyHeadId: 31 },
    { id: 4, parentId: null, headId: null, deputyHeadId: 41 },
  ];

  it('gives the head and the deputy of each department up the chain, nearest first', () => {
    expect(leadersOfChain(all, 3)).toEqual([30, 31, 20, 10, 11]);
    expect(leadersOfChain(all, 2)).toEqual([20, 10, 11]);
  });

  it('gives a deputy where no head is recorded, nothing for an unknown department, and a person once', () => {
    expect(leadersOfChain(all, 4)).toEqual([41]);
    expect(leadersOfChain(all, null)).toEqual([]);
    expect(leadersOfChain([{ id: 5, parentId: null, headId: 50, deputyHeadId: 50 }], 5)).toEqual([50]);
  });
});
