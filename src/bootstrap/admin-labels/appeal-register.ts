import type { ContentManagerLayout } from './types';

/** Ukrainian labels and list layouts of the appeals register in the admin panel. */
export const appealRegisterLayouts: ContentManagerLayout[] = [
  {
    uid: 'api::appeal.appeal',
    mainField: 'registrationNumber',
    defaultSortBy: 'receivedAt',
    defaultSortOrder: 'DESC',
    list: ['registrationNumber', 'receivedAt', 'subject', 'channel', 'workflowState', 'dueAt', 'assignee'],
    readOnly: ['registrationNumber', 'dueAt', 'answeredLate', 'forwardedLate', 'priority', 'extensionNoticeRequired'],
    labels: {
      registrationNumber: ['Реєстраційний номер', 'Присвоюється автоматично: літера прізвища / КО / БП, порядковий номер, рік'],
      receivedAt: ['Дата надходження', 'Від наступного дня починається строк (ст. 253 ЦК України)'],
      channel: ['Канал надходження'],
      appealType: ['Вид звернення', 'Пропозиція (зауваження), заява (клопотання), скарга — ст. 3 Закону'],
      authorKind: ['Автор', 'Індивідуальне, колективне (КО), анонімне (БП)'],
      recurrence: ['Ознака надходження', 'Первинне, повторне, дублетне, неодноразове, масове'],
      needsAdditionalStudy: ['Потребує додаткового вивчення', 'Так — строк один місяць; ні — не пізніше 15 днів (ст. 20)'],
      priority: ['Першочергово (пільговик)', 'Звернення осіб, що мають пільги, розглядаються першочергово (ст. 20)'],
      applicant: ['Заявник (персональні дані)'],
      subject: ['Короткий зміст'],
      text: ['Текст звернення'],
      topic: ['Тематика (класифікатор)'],
      contactCenterCardNumber: ['Номер картки контактного центру', 'Обов’язково для звернень з урядової «гарячої лінії» 1545'],
      contactCenterReportedAt: ['Дата звіту контактному центру'],
      dueAt: ['Строк розгляду (до)', 'Обчислюється автоматично'],
      workflowState: ['Стан розгляду'],
      department: ['Виконавчий орган (підрозділ)'],
      assignee: ['Виконавець'],
      extendedUntil: ['Продовжено до', 'Загальний строк — не більше 45 днів (ст. 20)'],
      extensionReason: ['Підстава продовження'],
      extensionApprovedBy: ['Продовження погодив (керівник)'],
      extensionNoticeRequired: ['Потрібно повідомити заявника про продовження'],
      answerText: ['Текст відповіді'],
      answerOutcome: ['Результат розгляду'],
      answeredAt: ['Дата відповіді'],
      answeredLate: ['Відповідь надано із запізненням'],
      notConsideredReason: ['Підстава нерозгляду (ст. 8)'],
      forwardedTo: ['Переслано до (орган)', 'За належністю — не пізніше 5 днів (ст. 7)'],
      forwardedAt: ['Дата пересилання'],
      forwardedLate: ['Переслано із запізненням'],
      returnReason: ['Пояснення повернення (ст. 5)'],
    },
  },
  {
    // A field added after the first layout: its own key, so databases provisioned earlier get it once too.
    key: 'api::appeal.appeal#extension-decision',
    uid: 'api::appeal.appeal',
    placeAfter: [{ field: 'extensionDecidedAt', after: 'extensionApprovedBy' }],
    labels: {
      extensionDecidedAt: ['Дата рішення про продовження', 'Коли керівник вирішив продовжити строк: до його закінчення, не раніше надходження (ст. 20); порожнє — зараз'],
    },
  },
  {
    // Issue 14 rules 5–9: the record of how an appeal was disposed of; each field right after the one it explains.
    key: 'api::appeal.appeal#disposal-record',
    uid: 'api::appeal.appeal',
    readOnly: ['returnedLate'],
    placeAfter: [
      { field: 'reportsOffence', after: 'authorKind' },
      { field: 'earlierAppeal', after: 'recurrence' },
      { field: 'challengedBody', after: 'appealType' },
      { field: 'challengedDecisionOn', after: 'challengedBody' },
      { field: 'learnedOfDecisionOn', after: 'challengedDecisionOn' },
      { field: 'complaintTermRestored', after: 'learnedOfDecisionOn' },
      { field: 'complaintTermRestoreReason', after: 'complaintTermRestored' },
      { field: 'refusalReasons', after: 'answerOutcome' },
      { field: 'refusalLegalBasis', after: 'refusalReasons' },
      { field: 'refusalAppealProcedure', after: 'refusalLegalBasis' },
      { field: 'notConsideredDecidedBy', after: 'notConsideredReason' },
      { field: 'notConsideredDecidedAt', after: 'notConsideredDecidedBy' },
      { field: 'notConsideredNoticeAt', after: 'notConsideredDecidedAt' },
      { field: 'forwardingNoticeAt', after: 'forwardedLate' },
      { field: 'returnedAt', after: 'returnReason' },
      { field: 'returnedLate', after: 'returnedAt' },
    ],
    labels: {
      returnedAt: ['Дата повернення автору', 'Не пізніше 10 днів від надходження (ст. 5); порожнє — зараз'],
      returnedLate: ['Повернуто із запізненням', 'Фіксується під час повернення і більше не змінюється'],
      forwardingNoticeAt: ['Дата повідомлення заявника про пересилання', 'Ч. 3 ст. 7: про пересилання повідомляють громадянина'],
      challengedBody: ['Оскаржується рішення (орган, посадова особа)', 'Для скарги: їй скаргу пересилати заборонено (ч. 4 ст. 7)'],
      challengedDecisionOn: ['Дата оскаржуваного рішення', 'Скаргу подають протягом року від рішення (ст. 17)'],
      learnedOfDecisionOn: ['Дата ознайомлення з рішенням', 'Але не пізніше місяця від ознайомлення (ст. 17)'],
      complaintTermRestored: ['Строк подання скарги поновлено', 'З поважних причин — органом, що розглядає скаргу (ст. 17)'],
      complaintTermRestoreReason: ['Поважна причина поновлення строку'],
      earlierAppeal: ['Попереднє (перше) звернення', 'Для повторного — звернення, вирішене по суті (ст. 8); для дублетного — перше (його індекс)'],
      notConsideredDecidedBy: ['Рішення про нерозгляд прийняв', 'Керівник органу або заступник (ст. 8)'],
      notConsideredDecidedAt: ['Дата рішення про нерозгляд', 'Порожнє — зараз'],
      notConsideredNoticeAt: ['Дата повідомлення заявника про нерозгляд'],
      reportsOffence: ['Повідомлення про корупцію або злочин', 'Анонімне повідомлення не закривається як анонімне: розглядає уповноважена особа'],
      refusalReasons: ['Мотиви відмови', 'Обов’язково для результату «відмовлено» (ч. 3 ст. 15)'],
      refusalLegalBasis: ['Правова підстава відмови', 'Посилання на закон (ч. 3 ст. 15)'],
      refusalAppealProcedure: ['Порядок оскарження', 'Заповнюється типовим текстом, якщо порожнє (ст. 15, 16, 19)'],
    },
  },
  {
    uid: 'api::term-correction.term-correction',
    mainField: 'registrationNumber',
    defaultSortBy: 'correctedAt',
    defaultSortOrder: 'DESC',
    list: ['correctedAt', 'register', 'registrationNumber', 'field', 'oldValue', 'newValue', 'correctedBy'],
    readOnly: ['registrationNumber', 'oldValue', 'correctedAt'],
    labels: {
      register: ['Реєстр'],
      itemDocumentId: ['Ідентифікатор запису (documentId)', 'Звернення або запит, у якому виправляється помилка'],
      registrationNumber: ['Реєстраційний номер', 'Заповнюється автоматично'],
      field: ['Поле', 'Лише зафіксовані поля строку: дата надходження, додаткове вивчення / терміновість, дати відповіді, пересилання, повернення'],
      oldValue: ['Було', 'Заповнюється автоматично'],
      newValue: ['Стало', 'Дата і час ISO 8601 або true/false'],
      reason: ['Причина виправлення', 'Яка помилка і звідки відомо правильне значення'],
      correctedBy: ['Виправив (керівник або керуючий справами)'],
      correctedAt: ['Коли виправлено', 'Заповнюється автоматично'],
    },
  },
  {
    // Issue 14, rule 12: an e-petition's own facts, right after the channel it came through (Art. 23-1).
    key: 'api::appeal.appeal#e-petition',
    uid: 'api::appeal.appeal',
    placeAfter: [
      { field: 'petitionSignatureThreshold', after: 'channel' },
      { field: 'petitionCollectionStartsOn', after: 'petitionSignatureThreshold' },
      { field: 'petitionCollectionEndsOn', after: 'petitionCollectionStartsOn' },
      { field: 'petitionSignatures', after: 'petitionCollectionEndsOn' },
      { field: 'petitionConsiderationPublishedAt', after: 'petitionSignatures' },
      { field: 'petitionAnswerPublishedAt', after: 'petitionConsiderationPublishedAt' },
    ],
    labels: {
      petitionSignatureThreshold: ['Е-петиція: необхідно підписів', 'За статутом громади на день реєстрації; береться з «Налаштувань строків», якщо там задано'],
      petitionCollectionStartsOn: ['Е-петиція: збір підписів з'],
      petitionCollectionEndsOn: ['Е-петиція: збір підписів до', 'Не більше трьох місяців (ст. 23-1)'],
      petitionSignatures: ['Е-петиція: зібрано підписів', 'Менше необхідного — розглядається як звернення (ст. 20)'],
      petitionConsiderationPublishedAt: ['Е-петиція: оприлюднено початок розгляду', 'Від цієї дати — не пізніше 10 робочих днів (ст. 23-1)'],
      petitionAnswerPublishedAt: ['Е-петиція: відповідь оприлюднено', 'Дата публікації відповіді на сайті ради; потрібна, щоб зняти петицію з контролю'],
    },
  },
  {
    // Issue 14: statutory term vs control date, proof of the extension notice, a shorter term on demand, privileges.
    // Privileged appeals come first in the list (Art. 20: «розглядаються у першочерговому порядку»).
    key: 'api::appeal.appeal#terms-and-privileges',
    uid: 'api::appeal.appeal',
    defaultSortBy: 'priority',
    defaultSortOrder: 'DESC',
    readOnly: ['controlDueAt', 'personalConsiderationByHead'],
    placeAfter: [
      { field: 'controlDueAt', after: 'dueAt' },
      { field: 'applicantNotifiedOfExtensionAt', after: 'extensionNoticeRequired' },
      { field: 'shortenedTermDemand', after: 'needsAdditionalStudy' },
      { field: 'shortenedTermDemandedAt', after: 'shortenedTermDemand' },
      { field: 'shortenedUntil', after: 'shortenedTermDemandedAt' },
      { field: 'privilegeCategory', after: 'priority' },
      { field: 'personalConsiderationByHead', after: 'privilegeCategory' },
    ],
    labels: {
      controlDueAt: [
        'Внутрішній контрольний строк',
        'Лише для нагадувань і панелі: за налаштуванням «попередній робочий день» / «не переносити». Запізнення і звіти — за строком розгляду (ст. 254 ЦК)',
      ],
      applicantNotifiedOfExtensionAt: [
        'Заявника повідомлено про продовження',
        'Доказ повідомлення (ст. 20). Для заявника з e-mail заповнюється автоматично, коли лист надіслано',
      ],
      shortenedTermDemand: ['Вимога заявника скоротити строк', 'Обґрунтована письмова вимога громадянина (ст. 20)'],
      shortenedTermDemandedAt: ['Дата вимоги скоротити строк'],
      shortenedUntil: ['Скорочений строк (до)', 'Не пізніше строку за законом і не раніше дати вимоги (ст. 20)'],
      privilegeCategory: ['Категорія пільги заявника', 'Підстава першочергового розгляду (ст. 20); персональні дані — не публікуються'],
      personalConsiderationByHead: ['Розглядає керівник особисто', 'Звернення Героїв України та ін. — першим керівником особисто (ст. 20)'],
    },
  },
  {
    // Issue 14, rule 10: the basis of personal consideration (Art. 20 or the council's act), recorded at registration.
    key: 'api::appeal.appeal#personal-consideration-basis',
    uid: 'api::appeal.appeal',
    readOnly: ['personalConsiderationByHead', 'personalConsiderationBasis'],
    placeAfter: [{ field: 'personalConsiderationBasis', after: 'personalConsiderationByHead' }],
    labels: {
      personalConsiderationByHead: [
        'Розглядає керівник особисто',
        'Герої України та ін. — за ст. 20; інші категорії — за правилами ради («Налаштування строків»). Визначається, коли обрано категорію',
      ],
      personalConsiderationBasis: [
        'Підстава розгляду керівником особисто',
        'Стаття закону або акт ради, чинні, коли обрано категорію; пізніші зміни правил ради звернення не змінюють',
      ],
    },
  },
  {
    // Six columns that fit a 1440 px screen: number, received, subject, state, due, executor (the channel is a filter).
    key: 'api::appeal.appeal#list-1440',
    uid: 'api::appeal.appeal',
    list: ['registrationNumber', 'receivedAt', 'subject', 'workflowState', 'dueAt', 'assignee'],
    labels: {},
  },
  {
    // Short column headers, so the six columns fit a 1440 px screen; the form keeps the full labels.
    key: 'api::appeal.appeal#list-headers',
    uid: 'api::appeal.appeal',
    listLabels: { registrationNumber: '№', receivedAt: 'Надійшло', subject: 'Зміст', workflowState: 'Стан', dueAt: 'Строк', assignee: 'Виконавець' },
    labels: {},
  },
  {
    // The derived text of the list search (src/documents/search-text.ts): never shown, never typed.
    key: 'api::appeal.appeal#search-text',
    uid: 'api::appeal.appeal',
    hidden: ['searchText'],
    labels: { searchText: ['Текст для пошуку'] },
  },
  {
    uid: 'api::department.department',
    mainField: 'name',
    list: ['name', 'shortName', 'parent', 'head'],
    labels: {
      name: ['Назва'],
      shortName: ['Скорочена назва'],
      code: ['Код'],
      email: ['Електронна пошта'],
      parent: ['Вищий підрозділ'],
      children: ['Підпорядковані підрозділи'],
      head: ['Керівник'],
      deputyHead: ['Заступник керівника', 'Погоджує продовження строку і приймає рішення не розглядати звернення нарівні з керівником (ст. 8, 20 Закону «Про звернення громадян»)'],
      staff: ['Працівники'],
    },
  },
  {
    uid: 'api::staff-member.staff-member',
    mainField: 'fullName',
    list: ['fullName', 'positionTitle', 'department', 'email'],
    labels: {
      fullName: ['ПІБ'],
      positionTitle: ['Посада'],
      email: ['Електронна пошта'],
      phone: ['Телефон'],
      department: ['Підрозділ'],
      adminUser: ['Користувач адмін-панелі', 'Обліковий запис, під яким працює ця особа'],
      active: ['Працює'],
    },
  },
  {
    uid: 'api::classifier-topic.classifier-topic',
    mainField: 'title',
    list: ['code', 'title'],
    labels: { code: ['Код'], title: ['Назва тематики'] },
  },
  {
    uid: 'api::holiday.holiday',
    mainField: 'title',
    defaultSortBy: 'date',
    defaultSortOrder: 'ASC',
    list: ['date', 'kind', 'title'],
    labels: {
      date: ['Дата'],
      kind: ['Вид дня', 'holiday — святковий (вихідний лише поза воєнним станом); transferred_working_day — перенесений робочий день'],
      title: ['Назва'],
    },
  },
  {
    uid: 'api::deadline-setting.deadline-setting',
    labels: {
      martialLaw: ['Воєнний стан', 'Під час воєнного стану святкові дні є робочими (ст. 6 Закону 2136-IX)'],
      nonWorkingDayRule: ['Якщо строк припадає на вихідний', 'next — перший робочий день після (ст. 254 ЦК), previous — попередній робочий день, none — без перенесення'],
      reminderOffsets: ['Нагадування за (робочих днів)', 'Наприклад [3, 1]: до 5 різних цілих чисел від 0 до 33 (найдовший строк — 45 днів)'],
    },
  },
  {
    // Issue 14, rule 10: the council's own categories for personal consideration by the first head, each with its act.
    key: 'api::deadline-setting.deadline-setting#personal-consideration-rules',
    uid: 'api::deadline-setting.deadline-setting',
    labels: {
      personalConsiderationRules: [
        'Розгляд керівником особисто: правила ради',
        'Категорії пільговиків, чиї звернення за актом ради розглядає перший керівник особисто, з підставою. Герої — за законом (ст. 20), їх не додають. ' +
          'Правило діє для звернень, зареєстрованих після збереження; уже зареєстровані не перерозподіляються',
      ],
    },
  },
  {
    uid: 'settings.personal-consideration-rule',
    component: true,
    mainField: 'basis',
    labels: {
      category: ['Категорія пільги', 'Категорія зі ст. 20 Закону «Про звернення громадян» та законів про пільги'],
      basis: ['Підстава (акт ради)', 'Вид, дата і номер акта, напр.: Розпорядження міського голови від 15.01.2026 № 12-р. Цитується в підставі розподілу звернення'],
    },
  },
  {
    // Art. 20: the first head named by the council, added after the first layout.
    key: 'api::deadline-setting.deadline-setting#first-head',
    uid: 'api::deadline-setting.deadline-setting',
    labels: {
      firstHead: [
        'Перший керівник (міський голова)',
        'Працівник, якому розподіляються звернення для розгляду першим керівником особисто (ст. 20 Закону «Про звернення громадян»: Герої та категорії з правил ради); ' +
          'на час його відсутності — заступник за порядком заміщення його посади. Якщо не зазначено — керівник підрозділу-вершини ланцюга підрозділів звернення. ' +
          'Діє для звернень, зареєстрованих після збереження',
      ],
    },
  },
  {
    // Issue 14, rule 12: the e-petition threshold of the community statute, added after the first layout.
    key: 'api::deadline-setting.deadline-setting#e-petition-threshold',
    uid: 'api::deadline-setting.deadline-setting',
    labels: {
      ePetitionSignatureThreshold: ['Підписів для е-петиції', 'Скільки підписів потрібно, щоб електронну петицію розглянули як петицію (статут громади, ст. 23-1 Закону «Про звернення громадян»)'],
    },
  },
  {
    uid: 'personal.applicant',
    component: true,
    mainField: 'fullName',
    labels: {
      fullName: ['Прізвище, ім’я, по батькові', 'Прізвище першим: з нього береться літера реєстраційного номера'],
      address: ['Адреса'],
      email: ['Електронна пошта'],
      phone: ['Телефон'],
      privileged: ['Має пільги'],
      privilegeCategory: ['Категорія пільги'],
    },
  },
  {
    // Issue 14, rule 10: the applicant's free text sat next to the appeal's coded category under the same name. The
    // text is kept as entered; it now reads as the privilege's document or details, the category is chosen on the appeal.
    key: 'personal.applicant#privilege-details',
    uid: 'personal.applicant',
    component: true,
    labels: {
      privilegeCategory: [
        'Посвідчення / уточнення пільги',
        'Документ, що підтверджує пільгу, або її уточнення (напр., «посвідчення УБД серії … № …», «II група»). Категорію пільги обирають на зверненні — «Категорія пільги заявника»',
      ],
    },
  },
];
