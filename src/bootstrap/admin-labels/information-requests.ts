import type { ContentManagerLayout } from './types';

/** Ukrainian labels and list layout of the public information requests register. */
export const informationRequestLayouts: ContentManagerLayout[] = [
  {
    // The derived text of the list search (src/documents/search-text.ts): never shown, never typed.
    key: 'api::information-request.information-request#search-text',
    uid: 'api::information-request.information-request',
    hidden: ['searchText'],
    labels: { searchText: ['Текст для пошуку'] },
  },
  {
    uid: 'api::information-request.information-request',
    mainField: 'registrationNumber',
    defaultSortBy: 'receivedAt',
    defaultSortOrder: 'DESC',
    list: ['registrationNumber', 'receivedAt', 'channel', 'urgent', 'workflowState', 'dueAt', 'assignee'],
    readOnly: ['registrationNumber', 'dueAt', 'answeredLate', 'forwardedLate', 'forwardingNoticeLate'],
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
      forwardingNoticeLate: ['Запитувача повідомлено із запізненням', 'Повідомлення пізніше ніж через 15 хвилин після надсилання (ч. 3 ст. 22: «з одночасним повідомленням»)'],
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
    // Issue 14 (rules 14–17): a layout of its own, applied once to forms already provisioned.
    key: 'api::information-request.information-request#refusal-appeal-extension-ground',
    uid: 'api::information-request.information-request',
    placeAfter: [
      { field: 'urgencyMarkedByCouncil', after: 'urgencyJustification' },
      { field: 'urgencyCouncilReason', after: 'urgencyMarkedByCouncil' },
      { field: 'extensionGround', after: 'extendedUntil' },
      { field: 'refusalOfficialName', after: 'refusalExplanation' },
      { field: 'refusalOfficialPosition', after: 'refusalOfficialName' },
      { field: 'refusalAppealProcedure', after: 'refusalOfficialPosition' },
      { field: 'publicInterest', after: 'aboutRequester' },
    ],
    labels: {
      extensionGround: ['Підстава продовження (ч. 4 ст. 20)', 'Лише великий обсяг інформації або пошук серед значної кількості даних; пояснення — в «Обґрунтуванні продовження»'],
      urgencyMarkedByCouncil: ['Терміновим визнала рада', 'Раді відомо про надзвичайну подію: клопотання запитувача не потрібне (ч. 2 ст. 20)'],
      urgencyCouncilReason: ['Чому рада визнала запит терміновим', 'Яка надзвичайна подія відома раді'],
      refusalOfficialName: ['ПІБ відповідальної особи (у відмові)', 'п. 1 ч. 4 ст. 22: особа, відповідальна за розгляд запиту'],
      refusalOfficialPosition: ['Посада відповідальної особи (у відмові)'],
      refusalAppealProcedure: ['Порядок оскарження відмови', 'п. 4 ч. 4 ст. 22; типовий текст можна відредагувати'],
      requestAppeals: ['Скарги на розгляд запиту (ст. 23)', 'Оскарження відмови, несвоєчасної відповіді тощо: дата, адресат, результат'],
      publicInterest: ['Інформація становить суспільний інтерес', 'Плата за копіювання та друк не стягується (ч. 4 ст. 21)'],
    },
  },
  {
    uid: 'information.request-appeal',
    component: true,
    mainField: 'subject',
    labels: {
      filedAt: ['Дата подання скарги'],
      appealedTo: ['Куди подано', 'Керівнику розпорядника, до вищого органу, до суду (ч. 1 ст. 23) чи Уповноваженому'],
      subject: ['Що оскаржено (ч. 2 ст. 23)'],
      outcome: ['Результат розгляду скарги'],
      decidedAt: ['Дата рішення за скаргою'],
      note: ['Примітка'],
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
  {
    // Columns that fit a 1440 px screen: number, received, urgency, state, due, executor.
    key: 'api::information-request.information-request#list-1440',
    uid: 'api::information-request.information-request',
    list: ['registrationNumber', 'receivedAt', 'urgent', 'workflowState', 'dueAt', 'assignee'],
    labels: {},
  },
  {
    // Short column headers, so the columns fit a 1440 px screen; the form keeps the full labels.
    key: 'api::information-request.information-request#list-headers',
    uid: 'api::information-request.information-request',
    listLabels: { registrationNumber: '№', receivedAt: 'Надійшло', urgent: 'Терміновий', workflowState: 'Стан', dueAt: 'Строк', assignee: 'Виконавець' },
    labels: {},
  },
];
