import type { ContentManagerLayout } from './types';

/** Ukrainian labels and list layout of the public information requests register. */
export const informationRequestLayouts: ContentManagerLayout[] = [
  {
    uid: 'api::information-request.information-request',
    mainField: 'registrationNumber',
    defaultSortBy: 'receivedAt',
    defaultSortOrder: 'DESC',
    list: ['registrationNumber', 'receivedAt', 'channel', 'urgent', 'workflowState', 'dueAt', 'assignee'],
    readOnly: ['registrationNumber', 'dueAt', 'answeredLate', 'forwardedLate'],
    labels: {
      registrationNumber: ['Реєстраційний номер', 'Присвоюється автоматично: ЗІ, порядковий номер, рік'],
      receivedAt: ['Дата й час надходження', 'Від цього моменту рахуються 48 годин термінового запиту'],
      channel: ['Спосіб надходження'],
      requester: ['Запитувач (персональні дані)'],
      requestText: ['Текст запиту'],
      urgent: ['Терміновий (48 годин)', 'Інформація потрібна для захисту життя чи свободи, про стан довкілля, якість харчових продуктів, аварії, катастрофи (ч. 2 ст. 20)'],
      urgencyGround: ['Підстава терміновості'],
      urgencyJustification: ['Обґрунтування терміновості', 'Запитувач має обґрунтувати клопотання (ч. 3 ст. 20)'],
      dueAt: ['Строк відповіді (до)', 'Обчислюється автоматично: 5 робочих днів або 48 годин'],
      workflowState: ['Стан розгляду'],
      department: ['Підрозділ'],
      assignee: ['Виконавець'],
      extendedUntil: ['Продовжено до', 'Не більше 20 робочих днів (ч. 4 ст. 20)'],
      extensionReason: ['Обґрунтування продовження'],
      requesterNotifiedOfExtensionAt: ['Запитувача повідомлено про продовження', 'Письмово, протягом 5 робочих днів з дня надходження'],
      forwardedTo: ['Надіслано розпоряднику', 'ч. 3 ст. 22: протягом 5 робочих днів'],
      forwardedAt: ['Дата надсилання розпоряднику'],
      requesterNotifiedOfForwardingAt: ['Запитувача повідомлено про надсилання'],
      forwardedLate: ['Надіслано із запізненням'],
      refusalGround: ['Підстава відмови (ст. 22)'],
      refusalExplanation: ['Пояснення відмови'],
      answerText: ['Текст відповіді'],
      answeredAt: ['Дата відповіді'],
      answerOutcome: ['Результат'],
      pages: ['Кількість сторінок копій'],
      copyingCharge: ['Фактичні витрати на копіювання, грн', 'Лише понад 10 сторінок (ст. 21); не стягуються за інформацію про запитувача'],
      aboutRequester: ['Інформація про самого запитувача'],
      answeredLate: ['Відповідь надано із запізненням'],
    },
  },
  {
    // Issue 14: the statutory term and the internal control date are two things.
    key: 'api::information-request.information-request#control-date',
    uid: 'api::information-request.information-request',
    readOnly: ['controlDueAt'],
    placeAfter: [{ field: 'controlDueAt', after: 'dueAt' }],
    labels: {
      controlDueAt: [
        'Внутрішній контрольний строк',
        'Лише для нагадувань і панелі, якщо продовжено до неробочого дня. Запізнення і звіти — за строком відповіді (ст. 254 ЦК)',
      ],
    },
  },
  {
    uid: 'personal.requester',
    component: true,
    mainField: 'fullName',
    labels: {
      fullName: ['Прізвище, ім’я, по батькові'],
      organization: ['Організація (для юридичної особи, об’єднання)'],
      address: ['Поштова адреса'],
      email: ['Електронна пошта'],
      phone: ['Телефон'],
    },
  },
];
