import { api } from './client';

/**
 * Positions, instructions, duties and absences for routing tests. Every row made here is remembered and removed
 * by `removeDutyFixtures()`: an instruction left in the shared test database would route other files' appeals.
 */
const created: Array<[string, string]> = [];

async function post(path: string, data: Record<string, unknown>): Promise<string> {
  const res = await api('POST', path, { data });
  if (res.status !== 201 && res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  created.push([path, res.body.data.documentId]);
  return res.body.data.documentId;
}

export function createPosition(title: string, holder: string | null, department?: string, substitutes: string[] = []): Promise<string> {
  return post('/positions', { title, holder, ...(department ? { department } : {}), substitutes: { connect: substitutes } });
}

export async function createInstruction(
  position: string,
  options: { title: string; effectiveFrom: string; version?: number; duties: Array<{ clause: string; competences: string[]; text?: string }> },
): Promise<string> {
  const instruction = await post('/job-instructions', {
    kind: 'job_instruction',
    title: options.title,
    position,
    effectiveFrom: options.effectiveFrom,
    version: options.version ?? 1,
  });
  for (const [order, duty] of options.duties.entries()) {
    await post('/duties', { clause: duty.clause, text: duty.text ?? `Пункт ${duty.clause}`, section: 'tasks', competences: duty.competences, order, instruction });
  }
  return instruction;
}

export function createAbsence(staffMember: string, absentFrom: string, absentTo: string, reason: string): Promise<string> {
  return post('/absences', { staffMember, absentFrom, absentTo, reason });
}

export async function removeDutyFixtures(): Promise<void> {
  for (const [path, documentId] of created.splice(0).reverse()) await api('DELETE', `${path}/${documentId}`);
}
