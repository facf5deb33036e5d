import type { Core } from '@strapi/strapi';
import { DEPARTMENTS, STAFF, TOPICS } from './reference-data';
import { loadStatutoryCalendar } from '../statutory-calendar';
import { DEMO_APPEALS, type DemoAppeal } from './demo-appeals';
import { seedDemoInformationRequests } from './demo-information-requests';
import { seedDemoCommunications, type CommunicationsSeedReport } from './demo-communications';
import { seedDemoDuties } from './demo-duties';

const DAY = 24 * 60 * 60 * 1000;

export interface SeedReport extends CommunicationsSeedReport { departments: number; staff: number; topics: number; calendarDays: number; appeals: number; informationRequests: number }

/**
 * Demo data for the quick start. Idempotent: reference rows are matched by their natural keys, and demo appeals are
 * added only to a register that has none. Everything goes through the Document Service, so the same rules apply.
 */
export async function seedDemoData(strapi: Core.Strapi, now = new Date(), log: (line: string) => void = (l) => strapi.log.info(l)): Promise<SeedReport> {
  const report: SeedReport = { departments: 0, staff: 0, topics: 0, calendarDays: 0, appeals: 0, informationRequests: 0, campaigns: 0, communicationEvents: 0, opinionReports: 0, publications: 0 };
  const docs = (uid: string) => strapi.documents(uid as any);

  const departmentIds = new Map<string, string>();
  for (const d of DEPARTMENTS) {
    const existing = await docs('api::department.department').findFirst({ filters: { code: d.code } });
    const parent = d.parent ? departmentIds.get(d.parent) : undefined;
    const row = existing ?? (report.departments++, await docs('api::department.department').create({
      data: { code: d.code, name: d.name, shortName: d.shortName, email: d.email, ...(parent ? { parent } : {}) } as any,
    }));
    departmentIds.set(d.code, row.documentId);
  }

  const staffIds = new Map<string, string>();
  const headIds = new Map<string, string>();
  for (const s of STAFF) {
    const existing = await docs('api::staff-member.staff-member').findFirst({ filters: { email: s.email } });
    const row = existing ?? (report.staff++, await docs('api::staff-member.staff-member').create({
      data: { email: s.email, fullName: s.fullName, positionTitle: s.positionTitle, department: departmentIds.get(s.department) } as any,
    }));
    staffIds.set(s.email, row.documentId);
    if (s.head) headIds.set(s.department, row.documentId);
    if (s.head && !existing) {
      await docs('api::department.department').update({ documentId: departmentIds.get(s.department)!, data: { head: row.documentId } as any });
    }
  }

  const topicIds = new Map<string, string>();
  for (const t of TOPICS) {
    const existing = await docs('api::classifier-topic.classifier-topic').findFirst({ filters: { code: t.code } });
    const row = existing ?? (report.topics++, await docs('api::classifier-topic.classifier-topic').create({ data: t as any }));
    topicIds.set(t.code, row.documentId);
  }

  // the same statutory calendar the application loads at every start (src/bootstrap/statutory-calendar.ts)
  report.calendarDays = await loadStatutoryCalendar(strapi);

  // Before the demo registers: items registered without an assignee are routed by these instructions.
  await seedDemoDuties(strapi, now, staffIds, departmentIds);

  if ((await docs('api::appeal.appeal').count({})) === 0) {
    const approver = staffIds.get('i.marchenko@example.gov.ua')!;
    for (const [index, demo] of DEMO_APPEALS.entries()) {
      // only a head of the appeal's department may approve its extension (src/domain/access/extension-approval.ts)
      report.appeals += await walkDemoAppeal(strapi, demo, { now, staffIds, departmentIds, topicIds, approver: headIds.get(demo.department) ?? approver });
      if ((index + 1) % 10 === 0) log(`Демо-звернення: ${index + 1}/${DEMO_APPEALS.length}`);
    }
  }
  if ((await docs('api::information-request.information-request').count({})) === 0) {
    report.informationRequests = await seedDemoInformationRequests(strapi, now, staffIds.get('t.savchuk@example.gov.ua')!);
  }
  Object.assign(report, await seedDemoCommunications(strapi, now, { staffIds, topicIds }));
  log(`Комунікації: кампаній ${report.campaigns}, заходів ${report.communicationEvents}, звітів моніторингу ${report.opinionReports}, публікацій ${report.publications}`);
  log(`Демо-дані: підрозділів ${report.departments}, працівників ${report.staff}, тематик ${report.topics}, днів календаря ${report.calendarDays}, звернень ${report.appeals}, запитів на інформацію ${report.informationRequests}`);
  return report;
}

interface SeedRefs {
  now: Date;
  staffIds: Map<string, string>;
  departmentIds: Map<string, string>;
  topicIds: Map<string, string>;
  approver: string;
}

/**
 * Registers one demo appeal and walks it through the workflow to its target state, as staff would. Returns how many
 * appeals it registered (a repeated appeal brings the earlier one it repeats).
 */
async function walkDemoAppeal(strapi: Core.Strapi, demo: DemoAppeal, refs: SeedRefs): Promise<number> {
  const appeals = strapi.documents('api::appeal.appeal');
  const receivedAt = new Date(refs.now.getTime() - demo.daysAgo * DAY - 3 * 60 * 60 * 1000);
  const assignee = demo.assignee ? refs.staffIds.get(demo.assignee) : undefined;
  const late = demo.path === 'answered_late';
  const created = await appeals.create({
    data: {
      receivedAt: receivedAt.toISOString(),
      channel: demo.channel,
      appealType: demo.appealType,
      authorKind: demo.authorKind ?? 'individual',
      needsAdditionalStudy: late ? false : demo.needsAdditionalStudy ?? true,
      applicant: demo.applicant ?? null,
      // Art. 20: the privilege's category in force; the applicant's «Посвідчення / уточнення пільги» keeps the details.
      ...(demo.applicant?.privileged ? { privilegeCategory: demoPrivilegeCategory(demo.applicant.privilegeCategory) } : {}),
      subject: demo.subject,
      text: demo.text,
      topic: refs.topicIds.get(demo.topic),
      department: refs.departmentIds.get(demo.department),
      ...(demo.channel === 'government_hotline' ? { contactCenterCardNumber: `1545-${receivedAt.getUTCFullYear()}-${String(100000 + demo.daysAgo * 37).slice(-6)}` } : {}),
      // An e-petition records its signatures (Art. 23-1): this one fell short, so it is considered as an appeal.
      ...(demo.channel === 'e_petition'
        ? {
            petitionSignatureThreshold: 250,
            petitionCollectionStartsOn: new Date(receivedAt.getTime() - 60 * DAY).toISOString().slice(0, 10),
            petitionCollectionEndsOn: new Date(receivedAt.getTime() - DAY).toISOString().slice(0, 10),
            petitionSignatures: 180,
          }
        : {}),
      ...(assignee ? { assignee } : {}),
    } as any,
  });
  const update = (data: Record<string, unknown>) => appeals.update({ documentId: created.documentId, data: data as any });
  const onTime = new Date(Math.min(receivedAt.getTime() + Math.min(demo.daysAgo, 5) * DAY, refs.now.getTime()));
  const answer = (at: Date) => update({
    workflowState: 'answered',
    answerText: `Шановний заявнику! За результатами розгляду звернення «${demo.subject}» повідомляємо, що питання опрацьовано відповідальним підрозділом.`,
    answerOutcome: demo.appealType === 'proposal' ? 'explained' : 'satisfied',
    answeredAt: at.toISOString(),
  });

  switch (demo.path) {
    case 'in_progress':
      await update({ workflowState: 'in_progress' });
      return 1;
    case 'extended': {
      await update({ workflowState: 'in_progress' });
      const limit = new Date(receivedAt.getTime() + 44 * DAY).toISOString().slice(0, 10);
      await update({ extendedUntil: limit, extensionReason: 'Потрібне додаткове вивчення із виїздом на місце та погодженням з Держгеокадастром', extensionApprovedBy: refs.approver });
      return 1;
    }
    case 'answered':
      await answer(onTime);
      return 1;
    case 'answered_late':
      await answer(refs.now);
      return 1;
    case 'closed':
      await answer(onTime);
      await update({ workflowState: 'closed' });
      return 1;
    case 'forwarded':
      await update({
        workflowState: 'forwarded', forwardedTo: 'Головне управління Пенсійного фонду України в області', forwardedAt: new Date(receivedAt.getTime() + 2 * DAY).toISOString(),
        // Art. 7(4): a complaint names the body it challenges (never the one it is forwarded to).
        ...(demo.appealType === 'complaint' ? { challengedBody: 'Управління соціального захисту населення міської ради' } : {}),
      });
      return 1;
    case 'returned':
      await update({ workflowState: 'returned', returnReason: 'У зверненні не викладено суть порушеного питання (ст. 5 Закону): повернуто автору з роз’ясненням.' });
      return 1;
    case 'not_considered': {
      // Art. 8: the same citizen's earlier appeal on the same question, answered on the merits, and the head's decision.
      const earlierReceived = new Date(receivedAt.getTime() - 40 * DAY);
      const earlier = await appeals.create({
        data: {
          receivedAt: earlierReceived.toISOString(), channel: demo.channel, appealType: demo.appealType, authorKind: 'individual',
          applicant: demo.applicant ?? null, subject: demo.subject, text: demo.text, topic: refs.topicIds.get(demo.topic),
          department: refs.departmentIds.get(demo.department), ...(assignee ? { assignee } : {}),
        } as any,
      });
      await appeals.update({
        documentId: earlier.documentId,
        data: {
          workflowState: 'answered', answerOutcome: 'explained', answeredAt: new Date(earlierReceived.getTime() + 10 * DAY).toISOString(),
          answerText: `Шановний заявнику! За результатами розгляду звернення «${demo.subject}» повідомляємо, що вжито заходів.`,
        } as any,
      });
      await appeals.update({ documentId: earlier.documentId, data: { workflowState: 'closed' } as any });
      await update({ recurrence: 'repeated', earlierAppeal: earlier.documentId });
      await update({
        workflowState: 'not_considered', notConsideredReason: 'repeated_already_decided', notConsideredDecidedBy: refs.approver,
        notConsideredNoticeAt: new Date(Math.min(receivedAt.getTime() + 3 * DAY, refs.now.getTime())).toISOString(),
      });
      return 2;
    }
    default:
      return 1; // registered, assigned and anonymous appeals stay as registration left them
  }
}

/** The category of a demo applicant's privilege (src/domain/appeal/privileges.ts), read from its details. */
function demoPrivilegeCategory(wording: string | undefined): string {
  if (/інвалідн/i.test(wording ?? '')) return 'disabled_person';
  if (/бойових дій/i.test(wording ?? '')) return 'combatant';
  return 'other_statutory';
}
