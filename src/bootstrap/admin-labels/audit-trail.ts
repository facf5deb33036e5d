import type { ContentManagerLayout } from './types';

/** Ukrainian labels of the audit trail; every field is read-only (entries are written only by the trail itself). */
const FIELDS = ['occurredAt', 'action', 'contentType', 'recordDocumentId', 'recordLabel', 'actorKind', 'actorId', 'actorName', 'changedFields', 'changes'];

export const auditTrailLayouts: ContentManagerLayout[] = [
  {
    uid: 'api::audit-entry.audit-entry',
    mainField: 'recordLabel',
    defaultSortBy: 'occurredAt',
    defaultSortOrder: 'DESC',
    list: ['occurredAt', 'action', 'contentType', 'recordLabel', 'actorName', 'changedFields'],
    readOnly: FIELDS,
    labels: {
      occurredAt: ['Коли'],
      action: ['Дія', 'Що зроблено із записом'],
      contentType: ['Тип запису'],
      recordDocumentId: ['Ідентифікатор запису', 'Фільтруйте за ним, щоб побачити історію одного запису'],
      recordLabel: ['Запис', 'Реєстраційний номер, назва чи найменування'],
      actorKind: ['Хто змінив (вид)', 'Працівник в адмін-панелі, API-токен, користувач сайту або сама система'],
      actorId: ['Ідентифікатор користувача або токена'],
      actorName: ['Хто змінив', 'Електронна пошта користувача або назва API-токена'],
      changedFields: ['Змінені поля'],
      changes: ['Зміни', 'Старе й нове значення кожного поля; персональні дані позначено як змінені без значень'],
    },
  },
  // The values of «Дія» and «Хто змінив (вид)» are shown in words now; their hints no longer list the stored codes.
  {
    key: 'api::audit-entry.audit-entry#enumeration-hints',
    uid: 'api::audit-entry.audit-entry',
    labels: {
      action: ['Дія', 'Що зроблено із записом'],
      actorKind: ['Хто змінив (вид)', 'Працівник в адмін-панелі, API-токен, користувач сайту або сама система'],
    },
  },
];
