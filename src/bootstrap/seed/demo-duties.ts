import type { Core } from '@strapi/strapi';
import { kyivDate } from '../../domain/calendar';
import type { Competence } from '../../domain/duties/competences';

const DAY = 24 * 60 * 60 * 1000;

interface DemoPosition {
  key: string;
  title: string;
  holder: string;
  department: string;
  substitutes: string[];
  instruction: { title: string; approvedBy: string; duties: Array<{ clause: string; section: string; text: string; competences: Competence[] }> };
}

const CHIEF = 'Головний спеціаліст відділу звернень громадян («гаряча лінія»)';
const WRITTEN = 'Головний спеціаліст відділу звернень громадян (письмові звернення, е-петиції)';

/**
 * Positions of the citizens' appeals department with short job instructions written for the demo (the clauses
 * follow the numbering of the real instruction: 1.4 substitution, 2.1 hotline, 2.12 information requests).
 */
const POSITIONS: DemoPosition[] = [
  {
    key: 'written',
    title: WRITTEN,
    holder: 'v.lysenko@example.gov.ua',
    department: 'ZVG',
    substitutes: [],
    instruction: {
      title: `Посадова інструкція головного спеціаліста відділу звернень громадян (письмові звернення, е-петиції)`,
      approvedBy: 'Керуючий справами виконавчого комітету',
      duties: [
        { clause: '2.1', section: 'tasks', text: 'Забезпечує діловодне опрацювання письмових звернень громадян, що надходять поштою та на особистому прийомі.', competences: ['written_appeals', 'personal_reception'] },
        { clause: '2.2', section: 'tasks', text: 'Опрацьовує звернення, що надходять електронною поштою та через офіційний вебсайт.', competences: ['email_appeals'] },
        { clause: '2.3', section: 'tasks', text: 'Опрацьовує електронні петиції.', competences: ['e_petitions'] },
      ],
    },
  },
  {
    key: 'chief',
    title: CHIEF,
    holder: 'n.kovalchuk@example.gov.ua',
    department: 'ZVG',
    substitutes: [WRITTEN],
    instruction: {
      title: 'Посадова інструкція головного спеціаліста відділу звернень громадян («гаряча лінія»)',
      approvedBy: 'Керуючий справами виконавчого комітету',
      duties: [
        { clause: '1.4', section: 'general', text: 'На період відсутності головного спеціаліста його обов’язки виконує головний спеціаліст відділу, який опрацьовує письмові звернення.', competences: [] },
        { clause: '2.1', section: 'tasks', text: 'Забезпечує діловодне опрацювання звернень, що надходять на урядову «гарячу лінію» 1545.', competences: ['hotline_appeals'] },
        { clause: '2.12', section: 'tasks', text: 'Реєструє запити на публічну інформацію та контролює строки відповіді.', competences: ['information_requests'] },
      ],
    },
  },
];

/**
 * Positions, their instructions (in force since 1 January of last year) and this week's absences: the hotline
 * specialist is on vacation and her substitute on a business trip, so the newest demo items stay unassigned and
 * show in «Нерозподілені», while older ones were routed by the instructions. Idempotent by position title.
 */
export async function seedDemoDuties(strapi: Core.Strapi, now: Date, staffIds: Map<string, string>, departmentIds: Map<string, string>): Promise<number> {
  const docs = (uid: string) => strapi.documents(uid as any);
  const positionIds = new Map<string, string>();
  let created = 0;
  const effectiveFrom = `${Number(kyivDate(now).slice(0, 4)) - 1}-01-01`;
  for (const position of POSITIONS) {
    const existing = await docs('api::position.position').findFirst({ filters: { title: position.title } });
    if (existing) {
      positionIds.set(position.title, existing.documentId);
      continue;
    }
    const row = await docs('api::position.position').create({
      data: {
        title: position.title,
        holder: staffIds.get(position.holder),
        department: departmentIds.get(position.department),
        substitutes: position.substitutes.map((title) => positionIds.get(title)).filter(Boolean),
      } as any,
    });
    positionIds.set(position.title, row.documentId);
    created++;
    const instruction = await docs('api::job-instruction.job-instruction').create({
      data: { kind: 'job_instruction', title: position.instruction.title, position: row.documentId, approvedBy: position.instruction.approvedBy, approvedOn: effectiveFrom, effectiveFrom, version: 1 } as any,
    });
    for (const [order, duty] of position.instruction.duties.entries()) {
      await docs('api::duty.duty').create({ data: { ...duty, order, instruction: instruction.documentId } as any });
    }
  }
  if (created > 0) {
    const day = (offset: number) => kyivDate(new Date(now.getTime() + offset * DAY));
    await docs('api::absence.absence').create({ data: { staffMember: staffIds.get('n.kovalchuk@example.gov.ua'), absentFrom: day(-3), absentTo: day(11), reason: 'vacation' } as any });
    await docs('api::absence.absence').create({ data: { staffMember: staffIds.get('v.lysenko@example.gov.ua'), absentFrom: day(-3), absentTo: day(2), reason: 'business_trip' } as any });
  }
  return created;
}
