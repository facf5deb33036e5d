import type { Core } from '@strapi/strapi';
import { checkExtensionApproval } from '../domain/access/extension-approval';
import { checkCorrection, CORRECTABLE_FIELDS, correctionValueText, type CorrectionRegister } from '../domain/register/correction';
import { currentCaller } from '../access/caller';
import { withCorrection } from './correction-context';
import { departmentOf, headsOf, reject, staffId } from './extension-approval';
import { readBoolean, readInstant, readRelation, readText, refuse } from './input';

const UNKNOWN_CORRECTOR = {
  field: 'correctedBy',
  message: 'Працівника, зазначеного як того, хто виправляє, не знайдено.',
  rule: 'correction.corrected_by_unknown',
};

const UID = 'api::term-correction.term-correction';
const ITEM_UID: Record<CorrectionRegister, string> = {
  appeal: 'api::appeal.appeal',
  information_request: 'api::information-request.information-request',
};
const OPEN_STATES: Record<CorrectionRegister, string[]> = {
  appeal: ['registered', 'assigned', 'in_progress'],
  information_request: ['registered', 'assigned', 'in_progress', 'extended'],
};

/**
 * A recorded correction of a frozen term field (issue 14 rule 2, docs/LAW.md «Виправлення»): on create, the domain
 * check (src/domain/register/correction.ts), then who may correct — the same rule as approving an extension (the head
 * of the item's department chain, personally, or the manager), then the change itself through the Document Service
 * with the freeze of that one field lifted, so the register rules recompute the term and the lateness and the audit
 * trail records the item's entry as a correction. The correction record stores the old value, the moment and the
 * item's number. Corrections are never edited or deleted.
 */
export function termCorrectionRules(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== UID) return next();
    if (action === 'update' || action === 'delete' || action === 'clone') {
      refuse('id', 'Виправлення — це запис журналу: його не змінюють і не видаляють. Якщо виправлення помилкове, внесіть нове.', 'correction.read_only');
    }
    if (action !== 'create') return next();
    const data: Record<string, any> = params.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) refuse('data', 'Дані запису мають бути об’єктом.');

    return strapi.db.transaction(async () => {
      const register = data.register as CorrectionRegister;
      const itemUid = ITEM_UID[register];
      const itemDocumentId = readText(data.itemDocumentId, 'itemDocumentId');
      const item: any = itemUid && itemDocumentId
        ? await strapi.db.query(itemUid as any).findOne({
            where: { documentId: itemDocumentId },
            populate: { department: { select: ['id'] }, assignee: { populate: { department: { select: ['id'] } } } },
          })
        : null;
      if (itemUid && !item) refuse('itemDocumentId', 'Запис, який треба виправити, не знайдено.', 'correction.item_unknown');
      const field = typeof data.field === 'string' ? data.field : null;
      const spec = itemUid && field ? CORRECTABLE_FIELDS[register]?.[field] : undefined;
      const newValue = spec?.type === 'boolean' ? readBoolean(data.newValue, 'newValue') : spec?.type === 'datetime' ? readInstant(data.newValue, 'newValue') : data.newValue;
      const oldRaw = item && field ? item[field] : null;
      const oldValue = spec?.type === 'datetime' && oldRaw ? new Date(oldRaw) : spec?.type === 'boolean' && oldRaw !== null && oldRaw !== undefined ? Boolean(oldRaw) : oldRaw ?? null;
      const correctedRef = readRelation(data.correctedBy, 'correctedBy');
      const correctedBy = correctedRef === undefined || correctedRef === null ? null : await staffId(strapi, correctedRef, UNKNOWN_CORRECTOR);
      const now = new Date();

      const broken = checkCorrection({
        register: data.register, field, newValue, reason: data.reason, correctedById: correctedBy,
        itemOpen: item ? OPEN_STATES[register].includes(item.workflowState) : false, oldValue, now,
      });
      if (broken) refuse(broken.field, broken.message, broken.rule);

      // Who may correct: as for the head's extension decision (Art. 20) — the head of the item's department chain or the manager.
      const departmentId = await departmentOf(strapi, {}, item);
      const heads = departmentId === null ? [] : await headsOf(strapi, departmentId);
      const caller = await currentCaller(strapi);
      const denied = checkExtensionApproval({ caller, approverId: correctedBy!, headsOfChain: heads, departmentUnknown: departmentId === null });
      if (denied) {
        reject({
          ...denied,
          field: 'correctedBy',
          rule: denied.rule.replace(/^extension\./, 'correction.'),
          message: denied.message.replace('Продовжувати строк розгляду звернення', 'Виправляти зафіксовані дані строку').replace('Погодити продовження строку', 'Виправити зафіксовані дані строку').replace('Погоджуючи продовження', 'Виправляючи'),
        });
      }

      await withCorrection({ uid: itemUid, documentId: itemDocumentId as string, field: field as string }, () =>
        strapi.documents(itemUid as any).update({ documentId: itemDocumentId as string, data: { [field as string]: newValue } as any }),
      );
      data.oldValue = correctionValueText(oldValue);
      data.newValue = correctionValueText(newValue);
      data.correctedAt = now.toISOString();
      data.registrationNumber = item.registrationNumber ?? null;
      data.correctedBy = correctedBy!;
      params.data = data;
      return next();
    });
  };
}
