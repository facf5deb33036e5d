import type { Core } from '@strapi/strapi';
import { NEW_APPEAL } from '../domain/appeal/snapshot';
import { OPEN_APPEAL_STATES } from '../domain/appeal/states';
import { APPEAL_TERM } from '../domain/appeal/term-decision';
import { NEW_INFORMATION_REQUEST } from '../domain/information-request/snapshot';
import { OPEN_INFORMATION_REQUEST_STATES } from '../domain/information-request/states';
import { INFORMATION_REQUEST_TERM } from '../domain/information-request/term-decision';
import { recomputedTerm, type TermLaw } from '../domain/register/term';
import { loadDeadlineSettings } from '../documents/deadline-settings-source';

/**
 * Once per database: before issue 14, the `previous` / `none` setting moved `dueAt` itself. Open items get their
 * statutory term back (Civil Code Art. 254(5)) and the setting's date as the separate control date. Items that have
 * left the open states keep their `dueAt` and lateness as recorded (lateness is frozen once disposed). Under the
 * default `next` rule nothing changes. The fields are the system's own computed values, written directly.
 */
const DONE_KEY = 'statutory-terms-v1';

const REGISTERS: Array<{ uid: string; open: readonly string[]; law: TermLaw<any, any, any>; blank: object; fields: string[] }> = [
  { uid: 'api::appeal.appeal', open: OPEN_APPEAL_STATES, law: APPEAL_TERM, blank: NEW_APPEAL, fields: ['needsAdditionalStudy', 'shortenedUntil'] },
  {
    uid: 'api::information-request.information-request',
    open: OPEN_INFORMATION_REQUEST_STATES,
    law: INFORMATION_REQUEST_TERM,
    blank: NEW_INFORMATION_REQUEST,
    fields: ['urgent'],
  },
];

export async function separateStatutoryTerms(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'city-migrations' });
  if (await store.get({ key: DONE_KEY })) return;
  const settings = await loadDeadlineSettings(strapi);
  let moved = 0;
  if (settings.nonWorkingDayRule !== 'next') {
    for (const register of REGISTERS) {
      const rows: any[] = await strapi.db.query(register.uid as any).findMany({
        where: { workflowState: { $in: [...register.open] }, receivedAt: { $notNull: true } },
        select: ['id', 'receivedAt', 'dueAt', 'extendedUntil', ...register.fields],
      });
      for (const row of rows) {
        const item = {
          ...register.blank,
          ...row,
          receivedAt: new Date(row.receivedAt),
          extendedUntil: isoDate(row.extendedUntil),
          ...(row.shortenedUntil !== undefined ? { shortenedUntil: isoDate(row.shortenedUntil) } : {}),
        };
        const term = recomputedTerm(register.law, item, settings);
        if (!term) continue;
        await strapi.db.query(register.uid as any).update({ where: { id: row.id }, data: { dueAt: term.dueAt, controlDueAt: term.controlDueAt } });
        moved++;
      }
    }
  }
  await store.set({ key: DONE_KEY, value: { at: new Date().toISOString(), rule: settings.nonWorkingDayRule, openItems: moved } });
  if (moved > 0) strapi.log.info(`Строки розгляду: ${moved} відкритих записів отримали строк за законом і окремий контрольний строк`);
}

function isoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}
