/**
 * "Belongs to my department" (належить до мого підрозділу): the departments a staff member may work with are their own
 * and every department below it, plus any department they head (a head of an executive body sees its sectors).
 */
export interface DepartmentNode {
  id: number;
  parentId: number | null;
}

export function departmentsInScope(all: DepartmentNode[], roots: Array<number | null | undefined>): number[] {
  const children = new Map<number, number[]>();
  for (const d of all) {
    if (d.parentId === null) continue;
    children.set(d.parentId, [...(children.get(d.parentId) ?? []), d.id]);
  }
  const seen = new Set<number>();
  const queue = roots.filter((r): r is number => typeof r === 'number');
  // A cycle in the hierarchy (a data error) must not hang the request: each department is visited once.
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return [...seen].sort((a, b) => a - b);
}

/** The department and its parents up to the top, nearest first (used to find who may approve for it). */
export function departmentChain(all: DepartmentNode[], start: number | null): number[] {
  const parent = new Map(all.map((d) => [d.id, d.parentId]));
  const chain: number[] = [];
  let current = start;
  while (current !== null && current !== undefined && !chain.includes(current) && parent.has(current)) {
    chain.push(current);
    current = parent.get(current) ?? null;
  }
  return chain;
}

export interface LedDepartment extends DepartmentNode {
  headId: number | null;
  /** Law 393/96-ВР Arts. 8, 20: «керівник … або його заступник» — the deputy decides in the head's own right */
  deputyHeadId: number | null;
}

/** Heads and deputy heads of the department and of each parent, nearest first (head before deputy), without repeats. */
export function leadersOfChain(all: LedDepartment[], start: number | null): number[] {
  const byId = new Map(all.map((d) => [d.id, d]));
  const leaders: number[] = [];
  for (const id of departmentChain(all, start)) {
    const department = byId.get(id)!;
    for (const staff of [department.headId, department.deputyHeadId]) {
      if (typeof staff === 'number' && !leaders.includes(staff)) leaders.push(staff);
    }
  }
  return leaders;
}
