import { formatKyivDate } from '../../domain/terms';

/**
 * Every e-mail the product sends, in one place: pure functions from plain data to a subject, a text and an HTML
 * body, in Ukrainian. The outbox stores the template name and its data; the text is rendered when the message is
 * sent, so a corrected wording reaches the messages still waiting in the queue.
 */

export type TemplateName =
  | 'acknowledgment'
  | 'extension_notice'
  | 'forwarding_notice'
  | 'answer'
  | 'assignment'
  | 'reminder'
  | 'due_today'
  | 'overdue_escalation'
  | 'digest'
  | 'extension_notice_missing'
  | 'request_appeal_undecided';

export type ItemKind = 'appeal' | 'information_request';

export interface ItemRef {
  kind: ItemKind;
  registrationNumber: string;
  /** Subject of an appeal; requests have none, only their text, which stays out of staff e-mails. */
  subject?: string | null;
  /** ISO instant */
  dueAt?: string | null;
  /** ISO instant: the internal control date, when it differs from the statutory term. */
  controlDueAt?: string | null;
  receivedAt?: string | null;
}

export interface DigestLine extends ItemRef {
  assigneeName?: string | null;
  /** a privileged applicant's appeal (Art. 20 of Law 393/96-ВР): listed first and marked */
  priority?: boolean;
}

export interface TemplateData {
  acknowledgment: { item: ItemRef; recipientName?: string | null };
  extension_notice: { item: ItemRef; reason: string; newDueAt: string; recipientName?: string | null };
  forwarding_notice: { item: ItemRef; forwardedTo: string; recipientName?: string | null };
  answer: { item: ItemRef; answerText: string; answeredAt?: string | null; recipientName?: string | null };
  assignment: { item: ItemRef; assigneeName?: string | null };
  reminder: { item: ItemRef; workingDaysLeft: number };
  due_today: { item: ItemRef };
  overdue_escalation: { item: ItemRef; assigneeName?: string | null; departmentName?: string | null };
  digest: { departmentName: string; date: string; dueSoon: DigestLine[]; overdue: DigestLine[]; workingDays: number };
  extension_notice_missing: { item: ItemRef; originalDueAt: string; extendedUntil: string };
  /** `subject`: what the complaint challenges, in words (ч. 2 ст. 23 Закону 2939-VI) */
  request_appeal_undecided: { item: ItemRef; filedAt: string; subject: string; decisionDue: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const KIND = {
  appeal: { noun: 'звернення', nounOf: 'звернення', your: 'ваше', law: 'Закону України «Про звернення громадян»' },
  information_request: { noun: 'запит на інформацію', nounOf: 'запиту на інформацію', your: 'ваш', law: 'Закону України «Про доступ до публічної інформації»' },
} as const;

const EXTENSION_ARTICLE = { appeal: 'ст. 20', information_request: 'ч. 4 ст. 20' } as const;
const FORWARDING_ARTICLE = { appeal: 'ст. 7', information_request: 'ч. 3 ст. 22' } as const;
const FORWARDING_WHY = {
  appeal: 'питання, порушені у зверненні, не входять до повноважень міської ради, тому звернення надіслано за належністю органу, який їх вирішує',
  information_request: 'міська рада не володіє запитуваною інформацією, тому запит надіслано належному розпоряднику інформації',
} as const;

export function render<T extends TemplateName>(template: T, data: TemplateData[T]): RenderedMail {
  const paragraphs = BODIES[template](data as never);
  const subject = SUBJECTS[template](data as never);
  return { subject, text: toText(paragraphs), html: toHtml(subject, paragraphs) };
}

/** The subject line alone (the outbox stores it for the admin list; the body is rendered when the mail is sent). */
export function renderSubject<T extends TemplateName>(template: T, data: TemplateData[T]): string {
  return SUBJECTS[template](data as never);
}

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(BODIES, value);
}

type Paragraph = string | string[];

const SUBJECTS: { [T in TemplateName]: (d: TemplateData[T]) => string } = {
  acknowledgment: (d) => `${capitalize(KIND[d.item.kind].your)} ${KIND[d.item.kind].noun} зареєстровано: № ${d.item.registrationNumber}`,
  extension_notice: (d) => `Строк розгляду ${KIND[d.item.kind].nounOf} № ${d.item.registrationNumber} продовжено`,
  forwarding_notice: (d) => `${capitalize(KIND[d.item.kind].your)} ${KIND[d.item.kind].noun} № ${d.item.registrationNumber} надіслано за належністю`,
  answer: (d) => `Відповідь на ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`,
  assignment: (d) => `Вам доручено ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`,
  reminder: (d) => `Нагадування: ${daysLeft(d.workingDaysLeft)} до строку, ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`,
  due_today: (d) =>
    d.item.controlDueAt
      ? `Сьогодні внутрішній контрольний строк: ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`
      : `Сьогодні останній день строку: ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`,
  overdue_escalation: (d) => `Прострочено: ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`,
  extension_notice_missing: (d) => `Заявника не повідомлено про продовження: ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`,
  request_appeal_undecided: (d) => `Скаргу не вирішено: ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}`,
  digest: (d) => `Щоденне зведення ${dateOf(d.date)}: ${d.departmentName} — прострочено ${d.overdue.length}, наближається строк ${d.dueSoon.length}`,
};

const BODIES: { [T in TemplateName]: (d: TemplateData[T]) => Paragraph[] } = {
  acknowledgment: (d) => [
    greeting(d.recipientName),
    `${capitalize(KIND[d.item.kind].your)} ${KIND[d.item.kind].noun} зареєстровано ${when(d.item.receivedAt)} за № ${d.item.registrationNumber}.`,
    `Відповідь буде надано не пізніше ${dueOf(d.item)} (ст. 20 ${KIND[d.item.kind].law}).`,
    'Зберігайте реєстраційний номер: він потрібен для довідок про стан розгляду.',
  ],
  extension_notice: (d) => [
    greeting(d.recipientName),
    `Строк розгляду вашого ${KIND[d.item.kind].nounOf} № ${d.item.registrationNumber} продовжено до ${dateOf(d.newDueAt)} (${EXTENSION_ARTICLE[d.item.kind]} ${KIND[d.item.kind].law}).`,
    `Причина: ${d.reason}`,
  ],
  forwarding_notice: (d) => [
    greeting(d.recipientName),
    `${capitalize(KIND[d.item.kind].your)} ${KIND[d.item.kind].noun} № ${d.item.registrationNumber} надіслано: ${d.forwardedTo}.`,
    `Чому: ${FORWARDING_WHY[d.item.kind]} (${FORWARDING_ARTICLE[d.item.kind]} ${KIND[d.item.kind].law}).`,
  ],
  answer: (d) => [
    greeting(d.recipientName),
    `Відповідь на ${KIND[d.item.kind].your} ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}${d.answeredAt ? ` від ${dateOf(d.answeredAt)}` : ''}:`,
    ...d.answerText.split(/\r?\n/).filter((l) => l.trim() !== ''),
  ],
  assignment: (d) => [
    `${d.assigneeName ? `${d.assigneeName}, вам` : 'Вам'} доручено ${KIND[d.item.kind].noun} № ${d.item.registrationNumber}${topic(d.item)}.`,
    `Строк: ${dueOf(d.item)}.`,
  ],
  reminder: (d) => [
    `До строку ${KIND[d.item.kind].nounOf} № ${d.item.registrationNumber}${topic(d.item)} залишилося ${daysLeft(d.workingDaysLeft)}.`,
    `Строк: ${dueOf(d.item)}.`,
    ...controlOf(d.item),
  ],
  extension_notice_missing: (d) => [
    `Строк розгляду ${KIND[d.item.kind].nounOf} № ${d.item.registrationNumber}${topic(d.item)} продовжено до ${dateOf(d.extendedUntil)}, ` +
      `але заявника досі не повідомлено, хоча строк до продовження сплив ${dateOf(d.originalDueAt)}.`,
    `Про продовження строку «повідомляється особі, яка подала звернення» (${EXTENSION_ARTICLE[d.item.kind]} ${KIND[d.item.kind].law}). ` +
      'Повідомте заявника і внесіть дату повідомлення в картку звернення.',
  ],
  request_appeal_undecided: (d) => [
    `Скарга від ${dateOf(d.filedAt)} керівнику розпорядника на ${d.subject} (${KIND[d.item.kind].noun} № ${d.item.registrationNumber}) ` +
      `досі розглядається, хоча місяць від її подання сплив ${dateOf(d.decisionDue)}.`,
    `Скаргу подано за ч. 1 ст. 23 ${KIND.information_request.law}; строк її розгляду — не більше одного місяця ` +
      `(ст. 20 ${KIND.appeal.law}). Внесіть рішення за скаргою і його дату в картку запиту.`,
  ],
  due_today: (d) => [
    d.item.controlDueAt
      ? `Сьогодні спливає внутрішній контрольний строк ${KIND[d.item.kind].nounOf} № ${d.item.registrationNumber}${topic(d.item)}: ` +
        `${dateOf(d.item.controlDueAt)}. Строк за законом: ${dueOf(d.item)}.`
      : `Сьогодні останній день строку ${KIND[d.item.kind].nounOf} № ${d.item.registrationNumber}${topic(d.item)}: ${dueOf(d.item)}.`,
    'Надайте відповідь або оформіть продовження строку.',
  ],
  overdue_escalation: (d) => [
    `${capitalize(KIND[d.item.kind].noun)} № ${d.item.registrationNumber}${topic(d.item)} прострочено: строк минув ${dueOf(d.item)}.`,
    `Виконавець: ${d.assigneeName ?? 'не призначено'}${d.departmentName ? `, підрозділ: ${d.departmentName}` : ''}.`,
    'Вжийте заходів, щоб відповідь було надано негайно.',
  ],
  digest: (d) => [
    `Зведення на ${dateOf(d.date)} для підрозділу «${d.departmentName}».`,
    `Прострочені (${d.overdue.length}):`,
    d.overdue.length ? d.overdue.map(line) : ['немає'],
    `Строк спливає протягом ${d.workingDays} робочих днів (${d.dueSoon.length}):`,
    d.dueSoon.length ? d.dueSoon.map(line) : ['немає'],
  ],
};

function controlOf(item: ItemRef): string[] {
  return item.controlDueAt ? [`Внутрішній контрольний строк: ${dateOf(item.controlDueAt)}.`] : [];
}

function greeting(name?: string | null): string {
  return name ? `Шановний(а) ${name}!` : 'Доброго дня!';
}

function line(item: DigestLine): string {
  const first = item.priority === true ? 'першочергово (пільговик), ' : '';
  return `${item.registrationNumber} — ${first}${KIND[item.kind].noun}${topic(item)}, строк ${dueOf(item)}, виконавець: ${item.assigneeName ?? 'не призначено'}`;
}

function topic(item: ItemRef): string {
  return item.subject ? ` («${item.subject}»)` : '';
}

function dueOf(item: ItemRef): string {
  return item.dueAt ? dateOf(item.dueAt) : 'не визначено';
}

function when(iso?: string | null): string {
  return iso ? dateOf(iso) : '';
}

/** ISO instant or YYYY-MM-DD → dd.MM.yyyy in Kyiv. */
function dateOf(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso.split('-').reverse().join('.');
  return formatKyivDate(new Date(iso));
}

/** Ukrainian plural of "working day": 1 робочий день, 2–4 робочі дні, 5+ робочих днів. */
export function daysLeft(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} робочий день`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} робочі дні`;
  return `${n} робочих днів`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function toText(paragraphs: Paragraph[]): string {
  return paragraphs.map((p) => (Array.isArray(p) ? p.map((l) => `  ${l}`).join('\n') : p)).join('\n\n') + '\n';
}

function toHtml(title: string, paragraphs: Paragraph[]): string {
  const body = paragraphs
    .map((p) => (Array.isArray(p) ? `<ul>${p.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>\n${body}\n</body></html>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
