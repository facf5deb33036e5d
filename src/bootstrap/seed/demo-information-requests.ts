import type { Core } from '@strapi/strapi';
import { addWorkingDays, kyivDate } from '../../domain/calendar';
import { loadDeadlineSettings } from '../../documents/deadline-settings-source';

/** Demo public information requests written for this project (fictional requesters), one path per target state. */
type Path = 'registered' | 'urgent' | 'assigned' | 'in_progress' | 'extended' | 'answered' | 'answered_charged' | 'forwarded' | 'refused' | 'closed';

interface DemoRequest { daysAgo: number; channel: string; requester: Record<string, string>; text: string; path: Path; assignee?: boolean }

const R = (fullName: string, email?: string, organization?: string) => ({ fullName, ...(email ? { email } : {}), ...(organization ? { organization } : {}), address: 'м. Дністрове' });

export const DEMO_INFORMATION_REQUESTS: DemoRequest[] = [
  { daysAgo: 0, channel: 'email', requester: R('Кравчук Олена Миколаївна', 'o.kravchuk@example.com'), text: 'Прошу надати копію рішення виконкому про тарифи на вивезення відходів.', path: 'registered' },
  { daysAgo: 1, channel: 'website_form', requester: R('Громадська організація «Чисте повітря»', 'air@example.org', 'ГО «Чисте повітря»'), text: 'Надайте дані моніторингу якості повітря біля ТЕЦ за останній тиждень: мешканці скаржаться на задуху.', path: 'urgent' },
  { daysAgo: 1, channel: 'post', requester: R('Мельничук Ігор Васильович'), text: 'Прошу надати інформацію про кошторис ремонту вулиці Шкільної.', path: 'registered' },
  { daysAgo: 2, channel: 'email', requester: R('Сидоренко Анна Петрівна', 'anna.sydorenko@example.com'), text: 'Скільки коштів витрачено на освітлення парку у 2026 році?', path: 'assigned', assignee: true },
  { daysAgo: 3, channel: 'personal', requester: R('Бабенко Юрій Олегович'), text: 'Прошу надати перелік договорів на закупівлю пального за третій квартал.', path: 'assigned', assignee: true },
  { daysAgo: 3, channel: 'email', requester: R('Редакція газети «Міські вісті»', 'news@example.media', 'ТОВ «Міські вісті»'), text: 'Надайте статистику звернень громадян за жовтень.', path: 'in_progress', assignee: true },
  { daysAgo: 4, channel: 'website_form', requester: R('Литвин Марта Іванівна', 'marta.lytvyn@example.com'), text: 'Прошу надати графік прийому громадян посадовими особами.', path: 'in_progress', assignee: true },
  { daysAgo: 3, channel: 'email', requester: R('Фонд «Прозоре місто»', 'fund@example.org', 'БФ «Прозоре місто»'), text: 'Надайте всі рішення виконкому за 2020–2026 роки щодо оренди комунального майна.', path: 'extended', assignee: true },
  { daysAgo: 4, channel: 'post', requester: R('Поліщук Степан Андрійович'), text: 'Прошу надати копії протоколів засідань земельної комісії за рік.', path: 'extended', assignee: true },
  { daysAgo: 12, channel: 'email', requester: R('Гуменюк Ліна Сергіївна', 'lina.humeniuk@example.com'), text: 'Надайте інформацію про кількість місць у дитячих садках.', path: 'answered', assignee: true },
  { daysAgo: 20, channel: 'post', requester: R('Костенко Роман Петрович'), text: 'Прошу надати копії технічної документації на реконструкцію стадіону.', path: 'answered_charged', assignee: true },
  { daysAgo: 15, channel: 'email', requester: R('Ярмоленко Ірина Олексіївна', 'iryna.yarmolenko@example.com'), text: 'Надайте дані про кількість ДТП на перехресті вулиць Миру та Київської.', path: 'forwarded' },
  { daysAgo: 18, channel: 'phone', requester: R('Охріменко Валерій Іванович'), text: 'Які пільги на проїзд діють для пенсіонерів у приміських автобусах?', path: 'forwarded' },
  { daysAgo: 25, channel: 'email', requester: R('Карпенко Дарина Вікторівна', 'daryna.karpenko@example.com'), text: 'Надайте персональні дані працівників управління освіти.', path: 'refused', assignee: true },
  { daysAgo: 30, channel: 'website_form', requester: R('Захарченко Олег Юрійович', 'oleh.z@example.com'), text: 'Надайте особові справи депутатів міської ради.', path: 'refused', assignee: true },
  { daysAgo: 40, channel: 'email', requester: R('Дмитренко Світлана Павлівна', 'svitlana.d@example.com'), text: 'Прошу надати звіт про виконання бюджету за півріччя.', path: 'closed', assignee: true },
  { daysAgo: 60, channel: 'post', requester: R('Шаповал Григорій Миколайович'), text: 'Надайте копію генерального плану міста.', path: 'closed', assignee: true },
];

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Registers the demo requests and walks each through the workflow, as staff would (the same rules apply). */
export async function seedDemoInformationRequests(strapi: Core.Strapi, now: Date, assigneeId: string): Promise<number> {
  const docs = strapi.documents('api::information-request.information-request');
  const { calendar } = await loadDeadlineSettings(strapi);
  for (const demo of DEMO_INFORMATION_REQUESTS) {
    const receivedAt = new Date(now.getTime() - demo.daysAgo * DAY - 2 * HOUR);
    const urgent = demo.path === 'urgent';
    const created = await docs.create({
      data: {
        receivedAt: receivedAt.toISOString(),
        channel: demo.channel,
        requester: demo.requester,
        requestText: demo.text,
        urgent,
        ...(urgent ? { urgencyGround: 'environment', urgencyJustification: 'Викиди шкідливих речовин загрожують здоров’ю мешканців мікрорайону.' } : {}),
        ...(demo.assignee ? { assignee: assigneeId } : {}),
      } as any,
    });
    const update = (data: Record<string, unknown>) => docs.update({ documentId: created.documentId, data: data as any });
    const soon = (days: number) => new Date(Math.min(receivedAt.getTime() + days * DAY, now.getTime())).toISOString();
    const answer = (extra: Record<string, unknown> = {}) =>
      update({ workflowState: 'answered', answerText: 'Надаємо запитувану інформацію у додатку до листа.', answerOutcome: 'provided', answeredAt: soon(2), pages: 3, ...extra });
    switch (demo.path) {
      case 'in_progress':
        await update({ workflowState: 'in_progress' });
        break;
      case 'extended':
        await update({
          workflowState: 'extended',
          extendedUntil: addWorkingDays(kyivDate(receivedAt), 15, calendar),
          extensionGround: 'search_among_large_data',
          extensionReason: 'Запит стосується великого обсягу даних: потрібен пошук серед архівних документів за кілька років.',
          requesterNotifiedOfExtensionAt: soon(1),
        });
        break;
      case 'answered':
        await answer();
        break;
      case 'answered_charged':
        await answer({ pages: 24, copyingCharge: 33.6 });
        break;
      case 'forwarded':
        await update({ workflowState: 'forwarded', forwardedTo: 'Управління патрульної поліції в області', forwardedAt: soon(1), requesterNotifiedOfForwardingAt: soon(1) });
        break;
      case 'refused':
        await update({ workflowState: 'refused', refusalGround: 'restricted', refusalExplanation: 'Запитувана інформація містить персональні дані (конфіденційна інформація, ст. 7 Закону).', refusalOfficialName: 'Олійник Світлана Миколаївна', refusalOfficialPosition: 'головний спеціаліст відділу звернень громадян' });
        break;
      case 'closed':
        await answer();
        await update({ workflowState: 'closed' });
        break;
      default:
        break;
    }
  }
  return DEMO_INFORMATION_REQUESTS.length;
}
