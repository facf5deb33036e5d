import { COMPETENCES, COMPETENCE_LABELS } from '../../domain/duties/competences';
import type { ContentManagerLayout } from './types';

const COMPETENCE_HINT = `Список кодів у JSON, наприклад ["hotline_appeals"]. Допустимі: ${COMPETENCES.map((code) => `${code} (${COMPETENCE_LABELS[code]})`).join(', ')}`;

const ROUTING_FIELDS = {
  routingReason: ['Підстава автоматичного призначення', 'Пункт посадової інструкції і заміщення, за якими обрано виконавця; або чому виконавця не знайдено'],
  assignmentNote: ['Підстава зміни виконавця', 'Запишіть, чому змінюєте виконавця: текст потрапить в історію призначень і не зберігається в картці'],
} as const satisfies Record<string, [string, string]>;

/** Ukrainian labels of job instructions, duties, positions, absences, the assignment history and the routing fields. */
export const dutiesLayouts: ContentManagerLayout[] = [
  { key: 'api::appeal.appeal#routing', uid: 'api::appeal.appeal', readOnly: ['routingReason'], labels: { ...ROUTING_FIELDS } },
  {
    key: 'api::information-request.information-request#routing',
    uid: 'api::information-request.information-request',
    readOnly: ['routingReason'],
    labels: { ...ROUTING_FIELDS },
  },
  {
    uid: 'api::position.position',
    mainField: 'title',
    list: ['title', 'department', 'holder'],
    labels: {
      title: ['Назва посади'],
      department: ['Підрозділ'],
      holder: ['Хто обіймає посаду', 'Порожньо — посада вакантна'],
      substitutes: ['Заміщують на час відсутності (за порядком)', 'Посади, чиї працівники виконують обов’язки, у тому порядку, як у посадовій інструкції'],
      instructions: ['Посадові інструкції (усі редакції)'],
    },
  },
  {
    uid: 'api::job-instruction.job-instruction',
    mainField: 'title',
    defaultSortBy: 'effectiveFrom',
    defaultSortOrder: 'DESC',
    list: ['title', 'kind', 'position', 'version', 'effectiveFrom'],
    labels: {
      kind: ['Вид документа', 'Посадова інструкція або положення про підрозділ'],
      title: ['Назва документа'],
      position: ['Посада', 'Для посадової інструкції'],
      department: ['Підрозділ', 'Для положення про підрозділ'],
      approvedBy: ['Ким затверджено'],
      approvedOn: ['Дата затвердження'],
      effectiveFrom: ['Діє з', 'З цієї дати редакція замінює попередню; попередні редакції зберігаються'],
      version: ['Редакція (номер)'],
      originalFile: ['Файл документа (оригінал)'],
      duties: ['Обов’язки (пункти)'],
    },
  },
  {
    uid: 'api::duty.duty',
    mainField: 'clause',
    defaultSortBy: 'order',
    defaultSortOrder: 'ASC',
    list: ['clause', 'section', 'instruction', 'competences'],
    labels: {
      clause: ['Пункт', 'Номер як у документі, наприклад 2.12'],
      text: ['Текст пункту'],
      section: ['Розділ', 'Завдання, функції, права, відповідальність, загальні положення, організація, інше'],
      competences: ['Компетенції', COMPETENCE_HINT],
      order: ['Порядок у документі'],
      instruction: ['Документ'],
    },
  },
  {
    uid: 'api::absence.absence',
    list: ['staffMember', 'absentFrom', 'absentTo', 'reason'],
    defaultSortBy: 'absentFrom',
    defaultSortOrder: 'DESC',
    labels: {
      staffMember: ['Працівник'],
      absentFrom: ['З (перший день відсутності)'],
      absentTo: ['По (останній день відсутності)', 'Не раніше першого дня'],
      reason: ['Причина', 'Відпустка, лікарняний, відрядження'],
    },
  },
  {
    uid: 'api::assignment-change.assignment-change',
    mainField: 'registrationNumber',
    defaultSortBy: 'changedAt',
    defaultSortOrder: 'DESC',
    list: ['changedAt', 'registrationNumber', 'fromAssignee', 'toAssignee', 'kind', 'changedBy'],
    readOnly: ['register', 'itemDocumentId', 'registrationNumber', 'fromAssignee', 'toAssignee', 'changedAt', 'changedBy', 'kind', 'reason'],
    labels: {
      register: ['Реєстр', 'Звернення або запит на інформацію'],
      itemDocumentId: ['Ідентифікатор запису'],
      registrationNumber: ['Реєстраційний номер'],
      fromAssignee: ['Попередній виконавець'],
      toAssignee: ['Новий виконавець'],
      changedAt: ['Коли'],
      changedBy: ['Хто змінив'],
      kind: ['Спосіб', 'Автоматичний розподіл або зміна людиною'],
      reason: ['Чому'],
    },
  },
];
