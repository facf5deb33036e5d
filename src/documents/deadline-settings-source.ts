import type { Core } from '@strapi/strapi';
import type { CalendarDay } from '../domain/calendar';
import { normalizeDeadlineSettings } from '../domain/settings';
import { councilPersonalRules } from '../domain/appeal/council-personal-rules';
import type { CouncilPersonalRule } from '../domain/appeal/privileges';
import { storedIsoDate } from './stored-values';

export type LoadedDeadlineSettings = ReturnType<typeof normalizeDeadlineSettings>;

const SETTINGS_UID = 'api::deadline-setting.deadline-setting';
const HOLIDAY_UID = 'api::holiday.holiday';

/** Reads the deadline settings single type and the calendar of holidays / transferred working days. */
export async function loadDeadlineSettings(strapi: Core.Strapi): Promise<LoadedDeadlineSettings> {
  const [settings, days] = await Promise.all([
    strapi.db.query(SETTINGS_UID).findOne({
      select: ['martialLaw', 'nonWorkingDayRule', 'reminderOffsets', 'ePetitionSignatureThreshold'],
      populate: { personalConsiderationRules: true },
    }),
    strapi.db.query(HOLIDAY_UID).findMany({ select: ['date', 'kind'] }),
  ]);
  const calendarDays: CalendarDay[] = days.map((d: any) => ({ date: storedIsoDate(d.date) ?? '', kind: d.kind }));
  return normalizeDeadlineSettings(settings ?? {}, calendarDays);
}

/** The council's rules on personal consideration by the first head in force now (routing reads only these). */
export async function loadCouncilPersonalRules(strapi: Core.Strapi): Promise<CouncilPersonalRule[]> {
  const settings: any = await strapi.db.query(SETTINGS_UID).findOne({ select: ['id'], populate: { personalConsiderationRules: true } });
  return councilPersonalRules(settings?.personalConsiderationRules);
}

/** The first head the council names in its settings («Перший керівник (міський голова)», Art. 20); null when none. */
export async function loadFirstHead(strapi: Core.Strapi): Promise<{ rowId: number; documentId: string; fullName: string | null } | null> {
  const settings: any = await strapi.db.query(SETTINGS_UID).findOne({ select: ['id'], populate: { firstHead: { select: ['id', 'documentId', 'fullName'] } } });
  const head = settings?.firstHead;
  return head ? { rowId: head.id, documentId: head.documentId, fullName: typeof head.fullName === 'string' ? head.fullName : null } : null;
}
