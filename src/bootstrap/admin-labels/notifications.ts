import type { ContentManagerLayout } from './types';

/** The e-mail outbox in the panel: what was sent, what waits, and what failed with which error (staff retry it). */
export const notificationLayouts: ContentManagerLayout[] = [
  {
    uid: 'api::notification.notification',
    mainField: 'subject',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    list: ['subject', 'recipient', 'deliveryState', 'attempts', 'lastError', 'nextAttemptAt', 'sentAt'],
    readOnly: ['recipient', 'template', 'subject', 'data', 'attempts', 'nextAttemptAt', 'lastError', 'idempotencyKey', 'sentAt', 'itemType', 'itemDocumentId', 'registrationNumber'],
    labels: {
      recipient: ['Одержувач'],
      template: ['Шаблон листа'],
      subject: ['Тема'],
      data: ['Дані листа'],
      deliveryState: ['Стан надсилання', 'Щоб надіслати ще раз лист, що не вдався, поставте «pending» і збережіть'],
      attempts: ['Спроб надсилання'],
      nextAttemptAt: ['Наступна спроба'],
      lastError: ['Остання помилка'],
      idempotencyKey: ['Ключ унікальності', 'Той самий лист ніколи не ставиться в чергу двічі'],
      sentAt: ['Надіслано'],
      itemType: ['Чого стосується'],
      itemDocumentId: ['Ідентифікатор запису'],
      registrationNumber: ['Реєстраційний номер'],
    },
  },
];
