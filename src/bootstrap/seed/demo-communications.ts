import type { Core } from '@strapi/strapi';
import { createAnswerPublication } from '../../documents/answer-publication';
import { addCalendarDays, kyivDate } from '../../domain/calendar';

/**
 * Demo work of the public relations sector (fictional): two campaigns with KPIs and events, a monitoring report
 * and a dozen publications of every kind. Each register is filled only when it is empty, through the Document
 * Service, so the same rules apply as for staff.
 */

export interface CommunicationsSeedReport { campaigns: number; communicationEvents: number; opinionReports: number; publications: number }

const DAY = 24 * 60 * 60 * 1000;
const CAMPAIGN = 'api::campaign.campaign';
const EVENT = 'api::communication-event.communication-event';
const REPORT = 'api::opinion-report.opinion-report';
const PUBLICATION = 'api::publication.publication';

export async function seedDemoCommunications(
  strapi: Core.Strapi,
  now: Date,
  refs: { staffIds: Map<string, string>; topicIds: Map<string, string> },
): Promise<CommunicationsSeedReport> {
  const report: CommunicationsSeedReport = { campaigns: 0, communicationEvents: 0, opinionReports: 0, publications: 0 };
  const docs = (uid: string) => strapi.documents(uid as any);
  const head = refs.staffIds.get('k.melnyk@example.gov.ua');
  const today = kyivDate(now);
  const at = (days: number, hourUtc: number) => new Date(Date.parse(`${addCalendarDays(today, days)}T00:00:00.000Z`) + hourUtc * 3600_000).toISOString();

  let finished: string | undefined;
  if ((await docs(CAMPAIGN).count({})) === 0) {
    const waste = await docs(CAMPAIGN).create({
      data: {
        title: 'Сортуй відходи — береги місто',
        goal: 'Збільшити частку мешканців, які сортують побутові відходи',
        targetAudience: 'Мешканці багатоквартирних будинків, ОСББ, школярі',
        strategy: 'Роз’яснення графіка вивезення, зустрічі в ОСББ, уроки в школах, щотижневі дописи в соцмережах',
        channels: ['website', 'facebook', 'telegram', 'events'],
        startsOn: addCalendarDays(today, -90),
        endsOn: addCalendarDays(today, -30),
        responsible: head,
        kpis: [
          { metric: 'Охоплення публікацій', unit: 'осіб', target: 20000 },
          { metric: 'Учасники зустрічей', unit: 'осіб', target: 300 },
        ],
        budget: 18000,
        internalNotes: 'Друк листівок — за кошти програми благоустрою',
      } as any,
    });
    await docs(CAMPAIGN).update({ documentId: waste.documentId, data: { campaignState: 'active' } as any });
    await docs(EVENT).create({ data: { title: 'Зустріч із головами ОСББ про сортування', eventType: 'meeting_with_residents', startsAt: at(-80, 14), endsAt: at(-80, 16), place: 'Зала засідань міської ради', campaign: waste.documentId, responsible: head, expectedParticipants: 60, actualParticipants: 72, outcome: 'Домовлено про контейнери для пластику в 15 дворах' } as any });
    await docs(EVENT).create({ data: { title: 'Брифінг про новий графік вивезення відходів', eventType: 'briefing', startsAt: at(-60, 8), endsAt: at(-60, 9), onlineLink: 'https://www.youtube.com/@example-city-council', campaign: waste.documentId, responsible: head, expectedParticipants: 15, actualParticipants: 12 } as any });
    await docs(CAMPAIGN).update({
      documentId: waste.documentId,
      data: {
        campaignState: 'completed',
        finalReport: 'Охоплення перевищило план; у 15 дворах встановлено контейнери для пластику. Рекомендовано повторити кампанію навесні.',
        kpis: [
          { metric: 'Охоплення публікацій', unit: 'осіб', target: 20000, actual: 23150 },
          { metric: 'Учасники зустрічей', unit: 'осіб', target: 300, actual: 284 },
        ],
      } as any,
    });
    finished = waste.documentId;
    const shelter = await docs(CAMPAIGN).create({
      data: {
        title: 'Знай своє укриття',
        goal: 'Кожен мешканець знає найближче укриття і шлях до нього',
        targetAudience: 'Усі мешканці громади, особливо батьки школярів і люди старшого віку',
        strategy: 'Карта укриттів на сайті, відео в соцмережах, зустрічі в школах, оголошення в транспорті',
        channels: ['website', 'facebook', 'telegram', 'instagram', 'outdoor', 'events'],
        startsOn: addCalendarDays(today, -10),
        endsOn: addCalendarDays(today, 50),
        responsible: head,
        kpis: [
          { metric: 'Перегляди карти укриттів', unit: 'переглядів', target: 15000 },
          { metric: 'Школи, де проведено зустрічі', unit: 'шкіл', target: 12, actual: 3 },
        ],
        budget: 25000,
      } as any,
    });
    await docs(CAMPAIGN).update({ documentId: shelter.documentId, data: { campaignState: 'active' } as any });
    await docs(EVENT).create({ data: { title: 'Громадські слухання щодо облаштування укриттів у школах', eventType: 'public_hearing', startsAt: at(-5, 13), endsAt: at(-5, 15), place: 'Актова зала ліцею № 2', campaign: shelter.documentId, responsible: head, expectedParticipants: 120, actualParticipants: 134, outcome: 'Пропозиції батьків передано управлінню освіти' } as any });
    await docs(EVENT).create({ data: { title: 'Пресконференція: карта укриттів громади', eventType: 'press_conference', startsAt: at(7, 9), endsAt: at(7, 10), place: 'Пресцентр міської ради', campaign: shelter.documentId, responsible: head, expectedParticipants: 20 } as any });
    await docs(EVENT).create({ data: { title: 'Форум громадських організацій', eventType: 'forum', startsAt: at(20, 7), endsAt: at(20, 14), place: 'Палац культури', responsible: head, expectedParticipants: 200 } as any });
    report.campaigns = 2;
    report.communicationEvents = 5;
  }

  if ((await docs(REPORT).count({})) === 0) {
    await docs(REPORT).create({
      data: {
        title: 'Моніторинг громадської думки: комунальні послуги',
        periodFrom: addCalendarDays(today, -37),
        periodTo: addCalendarDays(today, -7),
        topic: 'Вивезення відходів і тарифи на комунальні послуги',
        sourcesMonitored: 'Сторінки міської ради у Facebook і Telegram\nМісцеві новинні сайти\nМіські групи мешканців у Facebook',
        method: 'Суцільний перегляд дописів і коментарів за ключовими словами, ручна оцінка тональності',
        positiveMentions: 142,
        neutralMentions: 388,
        negativeMentions: 97,
        summary: 'Негативні згадки стосуються переважно графіка вивезення у приватному секторі.',
        recommendations: 'Оприлюднити графік вивезення для кожної вулиці приватного сектору; відповісти на типові питання в окремому матеріалі.',
        addressedTo: 'Міський голова, керуючий справами виконавчого комітету',
        responsible: head,
      } as any,
    });
    report.opinionReports = 1;
  }

  if ((await docs(PUBLICATION).count({})) === 0) report.publications = await seedPublications(strapi, now, refs, finished);
  return report;
}

async function seedPublications(strapi: Core.Strapi, now: Date, refs: { topicIds: Map<string, string> }, campaign: string | undefined): Promise<number> {
  const docs = strapi.documents(PUBLICATION as any);
  const topic = (code: string) => refs.topicIds.get(code);
  const published = (data: Record<string, unknown>) => docs.create({ data: data as any, status: 'published' });
  const draft = (data: Record<string, unknown>) => docs.create({ data: data as any, status: 'draft' });
  await published({ kind: 'news', title: 'У місті відкрили оновлений сквер біля ринку', summary: 'Нові лавки, освітлення і питні фонтанчики.', body: 'Відділ благоустрою завершив оновлення скверу: встановлено 24 лавки, 18 ліхтарів і два питні фонтанчики.', topic: topic('006') });
  await published({ kind: 'news', title: 'Оновлено графік прийому громадян', summary: 'Керівники виконавчих органів приймають щосереди.', body: 'Графік особистого прийому оприлюднено на сайті; записатися можна телефоном 1545 або у відділі звернень громадян.', topic: topic('021') });
  await published({ kind: 'news', title: 'Школярі дізналися, як сортувати відходи', body: 'У межах кампанії «Сортуй відходи — береги місто» уроки відвідали учні восьми шкіл.', campaign });
  await published({ kind: 'announcement', title: 'Громадські слухання щодо бюджету участі', summary: 'Запрошуємо мешканців обговорити проєкти.', body: 'Слухання відбудуться у залі засідань міської ради. Реєстрація на місці.' });
  await draft({ kind: 'announcement', title: 'Тимчасові зміни руху автобусів на вулиці Миру', body: 'На час ремонту дороги маршрути № 3 і № 5 курсуватимуть вулицею Шкільною.', topic: topic('002'), scheduledAt: new Date(now.getTime() + 2 * DAY).toISOString() });
  await published({ kind: 'information_material', title: 'Як подати електронну петицію до міської ради', body: 'Петицію подають на сайті; для розгляду потрібна кількість підписів, визначена статутом громади (ст. 23-1 Закону «Про звернення громадян»).', topic: topic('021') });
  await published({ kind: 'information_material', title: 'Пільги на проїзд: хто має право', body: 'Перелік категорій і документів для оформлення пільгового проїзду.', topic: topic('009') });
  await published({
    kind: 'refutation',
    title: 'Неправда, що місто на місяць відключить воду',
    claim: 'Із понеділка в усьому місті на місяць відключать холодну воду.',
    claimSources: 'https://t.me/example_fake_channel/1024\nhttps://www.facebook.com/groups/example-city/posts/5550001',
    verdict: 'false_claim',
    evidence: 'Водоканал планує лише дводенні ремонтні роботи на двох вулицях; графік оприлюднено на сайті підприємства.',
    body: 'Повідомлення про місячне відключення води не відповідає дійсності.',
    topic: topic('006'),
  });
  await draft({ kind: 'refutation', title: 'Чи правда, що пільги на проїзд скасовують?', claim: 'Пільги на проїзд для пенсіонерів скасовують з наступного місяця.' });
  const answered: any = await strapi.db.query('api::appeal.appeal').findOne({ where: { workflowState: { $in: ['answered', 'closed'] } }, orderBy: { id: 'asc' } });
  let answers = 0;
  if (answered) {
    const fromAppeal = await createAnswerPublication(strapi, answered.documentId);
    await docs.publish({ documentId: fromAppeal.documentId });
    answers = 1;
  }
  await draft({ kind: 'appeal_answer', title: 'Відповідь щодо ремонту покрівлі', question: 'Коли будинок включать до програми капітального ремонту покрівлі?', body: 'Будинок включено до переліку на наступний рік; дату робіт повідомить управитель.', topic: topic('007') });
  await published({ kind: 'report', title: 'Звіт про кампанію «Сортуй відходи — береги місто»', summary: 'Охоплення 23 150 осіб, 284 учасники зустрічей.', body: 'Кампанію завершено; у 15 дворах встановлено контейнери для пластику.', campaign });
  return 11 + answers;
}
