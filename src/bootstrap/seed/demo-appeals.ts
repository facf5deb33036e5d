/**
 * Demo appeals written for this project (fictional applicants). Each item names the path it takes through the
 * workflow, so the register shows every state, overdue items, an extension and late answers.
 */

export type DemoPath =
  | 'registered' | 'assigned' | 'in_progress' | 'extended' | 'answered' | 'answered_late'
  | 'forwarded' | 'returned' | 'not_considered' | 'anonymous' | 'closed';

export interface DemoAppeal {
  daysAgo: number;
  channel: string;
  appealType: 'proposal' | 'application' | 'complaint';
  authorKind?: 'individual' | 'collective' | 'anonymous';
  applicant?: { fullName?: string; address?: string; email?: string; phone?: string; privileged?: boolean; privilegeCategory?: string };
  subject: string;
  text: string;
  topic: string;
  department: string;
  assignee?: string;
  needsAdditionalStudy?: boolean;
  path: DemoPath;
}

const A = (fullName: string, street: string, n: number, extra: Partial<NonNullable<DemoAppeal['applicant']>> = {}) => ({
  fullName,
  address: `м. Дністрове, вул. ${street}, ${n}`,
  phone: `+380 67 ${String(100 + n).padStart(3, '0')} ${String(10 + (n % 80)).padStart(2, '0')} ${String(20 + (n % 70)).padStart(2, '0')}`,
  ...extra,
});

export const DEMO_APPEALS: DemoAppeal[] = [
  { daysAgo: 1, channel: 'government_hotline', appealType: 'complaint', applicant: A('Ярошенко Петро Іванович', 'Шкільна', 12), subject: 'Відсутнє гаряче водопостачання третій день', text: 'У будинку по вул. Шкільній третій день немає гарячої води, ОСББ не реагує.', topic: '006', department: 'ZKG', path: 'registered' },
  { daysAgo: 2, channel: 'email', appealType: 'proposal', applicant: A('Іваненко Оксана Петрівна', 'Садова', 3, { email: 'oksana.ivanenko@example.com' }), subject: 'Пропозиція облаштувати велодоріжку', text: 'Пропоную облаштувати велодоріжку вздовж набережної та встановити велостоянки біля ринку.', topic: '002', department: 'BLG', path: 'registered' },
  { daysAgo: 3, channel: 'written', appealType: 'application', authorKind: 'collective', applicant: A('Мешканці будинку № 7 по вул. Лісовій', 'Лісова', 7), subject: 'Ремонт покрівлі багатоквартирного будинку', text: 'Просимо включити будинок до програми капітального ремонту покрівлі.', topic: '007', department: 'ZKG', path: 'assigned', assignee: 'd.tkachenko@example.gov.ua' },
  { daysAgo: 4, channel: 'personal_reception', appealType: 'application', applicant: A('Зінченко Галина Миколаївна', 'Миру', 44, { privileged: true, privilegeCategory: 'особа з інвалідністю II групи' }), subject: 'Надання матеріальної допомоги на лікування', text: 'Прошу надати одноразову матеріальну допомогу на лікування.', topic: '009', department: 'SOC', needsAdditionalStudy: false, path: 'assigned', assignee: 'm.polishchuk@example.gov.ua' },
  { daysAgo: 5, channel: 'website', appealType: 'complaint', applicant: A('Гончаренко Віктор Олексійович', 'Паркова', 9, { email: 'v.honcharenko@example.com' }), subject: 'Скарга на стан дитячого майданчика', text: 'Гойдалки на майданчику у дворі зламані понад місяць, діти можуть травмуватися.', topic: '006', department: 'BLG', path: 'in_progress', assignee: 'r.shevchuk@example.gov.ua' },
  { daysAgo: 6, channel: 'government_hotline', appealType: 'application', applicant: A('Бойко Ганна Степанівна', 'Заводська', 21), subject: 'Вивезення великогабаритного сміття', text: 'Прошу організувати вивезення старих меблів з контейнерного майданчика.', topic: '006', department: 'BLG', needsAdditionalStudy: false, path: 'in_progress', assignee: 'r.shevchuk@example.gov.ua' },
  { daysAgo: 7, channel: 'e_petition', appealType: 'proposal', authorKind: 'collective', applicant: A('Ініціативна група «Зелене місто»', 'Центральна', 1, { email: 'green.city@example.com' }), subject: 'Петиція про збереження сквера', text: 'Просимо надати скверу статус об’єкта благоустрою зеленого господарства.', topic: '016', department: 'BLG', path: 'in_progress', assignee: 's.oliinyk@example.gov.ua' },
  { daysAgo: 8, channel: 'written', appealType: 'application', applicant: A('Кузьменко Василь Дмитрович', 'Вишнева', 15), subject: 'Заміна вікон у школі № 5', text: 'Прошу розглянути можливість заміни вікон у спортивній залі школи № 5.', topic: '011', department: 'OSV', path: 'assigned', assignee: 'y.romanenko@example.gov.ua' },
  { daysAgo: 10, channel: 'phone', appealType: 'complaint', applicant: A('Литвиненко Тетяна Андріївна', 'Гагаріна', 30), subject: 'Не працює вуличне освітлення', text: 'На вулиці Гагаріна не горять ліхтарі від будинку 20 до 40.', topic: '006', department: 'BLG', needsAdditionalStudy: false, path: 'answered', assignee: 'r.shevchuk@example.gov.ua' },
  { daysAgo: 12, channel: 'email', appealType: 'application', applicant: A('Дорошенко Максим Юрійович', 'Київська', 77, { email: 'max.doroshenko@example.com' }), subject: 'Місце в дитячому садку', text: 'Прошу надати місце дитині в дитячому садку № 12.', topic: '011', department: 'OSV', path: 'answered', assignee: 'y.romanenko@example.gov.ua' },
  { daysAgo: 14, channel: 'government_hotline', appealType: 'complaint', applicant: A('Тимошенко Алла Василівна', 'Степова', 5), subject: 'Перерахунок плати за опалення', text: 'Прошу перерахувати плату за опалення за період відсутності теплопостачання.', topic: '006', department: 'ZKG', path: 'forwarded' },
  { daysAgo: 15, channel: 'written', appealType: 'application', applicant: A('Остапенко Богдан Петрович', 'Набережна', 18), subject: 'Питання пенсійного забезпечення', text: 'Прошу роз’яснити порядок перерахунку пенсії.', topic: '009', department: 'SOC', path: 'forwarded' },
  { daysAgo: 16, channel: 'written', appealType: 'application', applicant: A('Федоренко Лідія Остапівна', 'Мостова', 2), subject: 'Звернення без зазначення суті', text: 'Прошу вжити заходів.', topic: '021', department: 'ZVG', path: 'returned' },
  { daysAgo: 17, channel: 'written', appealType: 'complaint', authorKind: 'anonymous', subject: 'Скарга без підпису на роботу ринку', text: 'Торгівля на ринку ведеться без дотримання санітарних норм.', topic: '020', department: 'ZVG', path: 'anonymous' },
  { daysAgo: 18, channel: 'email', appealType: 'complaint', applicant: A('Павленко Сергій Іванович', 'Соборна', 40, { email: 'pavlenko.s@example.com' }), subject: 'Повторна скарга щодо паркування', text: 'Повторно скаржуся на паркування автомобілів на тротуарі (відповідь надано 12.05).', topic: '002', department: 'ZVG', path: 'not_considered' },
  { daysAgo: 20, channel: 'personal_reception', appealType: 'application', applicant: A('Савченко Олексій Григорович', 'Шевченка', 61, { privileged: true, privilegeCategory: 'учасник бойових дій' }), subject: 'Земельна ділянка для будівництва', text: 'Прошу надати дозвіл на розроблення проєкту землеустрою щодо відведення земельної ділянки.', topic: '001', department: 'ZKG', path: 'extended', assignee: 'd.tkachenko@example.gov.ua' },
  { daysAgo: 22, channel: 'government_hotline', appealType: 'application', applicant: A('Руденко Марина Олегівна', 'Заводська', 8), subject: 'Ямковий ремонт дороги', text: 'Прошу провести ямковий ремонт дороги біля зупинки «Ринок».', topic: '002', department: 'BLG', needsAdditionalStudy: false, path: 'in_progress', assignee: 'r.shevchuk@example.gov.ua' },
  { daysAgo: 24, channel: 'website', appealType: 'complaint', applicant: A('Коваленко Ірина Вікторівна', 'Лесі Українки', 13, { email: 'iryna.kovalenko@example.com' }), subject: 'Шум від нічного закладу', text: 'Заклад громадського харчування порушує тишу після 22:00.', topic: '020', department: 'ZVG', needsAdditionalStudy: false, path: 'assigned', assignee: 'v.lysenko@example.gov.ua' },
  { daysAgo: 26, channel: 'written', appealType: 'proposal', applicant: A('Мороз Андрій Валентинович', 'Польова', 4), subject: 'Пропозиція щодо графіка автобусів', text: 'Пропоную збільшити кількість рейсів маршруту № 3 у години пік.', topic: '002', department: 'BLG', path: 'answered', assignee: 's.oliinyk@example.gov.ua' },
  { daysAgo: 28, channel: 'email', appealType: 'application', applicant: A('Швець Надія Петрівна', 'Островського', 23, { email: 'nadia.shvets@example.com' }), subject: 'Субсидія на оплату житлово-комунальних послуг', text: 'Прошу роз’яснити, чому мені відмовлено у призначенні субсидії.', topic: '009', department: 'SOC', path: 'closed', assignee: 'm.polishchuk@example.gov.ua' },
  { daysAgo: 30, channel: 'government_hotline', appealType: 'complaint', applicant: A('Ткачук Володимир Іванович', 'Зелена', 19), subject: 'Аварійне дерево біля будинку', text: 'Біля будинку росте аварійне дерево, що загрожує падінням на дах.', topic: '016', department: 'BLG', path: 'answered_late', assignee: 'r.shevchuk@example.gov.ua' },
  { daysAgo: 33, channel: 'written', appealType: 'application', applicant: A('Бондаренко Людмила Сергіївна', 'Миру', 90, { privileged: true, privilegeCategory: 'пенсіонер за віком' }), subject: 'Встановлення пандуса в під’їзді', text: 'Прошу встановити пандус у під’їзді для маломобільних мешканців.', topic: '007', department: 'ZKG', path: 'in_progress', assignee: 'd.tkachenko@example.gov.ua' },
  { daysAgo: 35, channel: 'personal_reception', appealType: 'complaint', applicant: A('Левченко Ігор Михайлович', 'Київська', 3), subject: 'Незаконна забудова прибудинкової території', text: 'Сусід будує гараж на прибудинковій території без дозволу.', topic: '001', department: 'ZKG', path: 'assigned', assignee: 'd.tkachenko@example.gov.ua' },
  { daysAgo: 38, channel: 'email', appealType: 'application', applicant: A('Кириленко Олена Олександрівна', 'Садова', 28, { email: 'olena.kyrylenko@example.com' }), subject: 'Компенсація за проїзд', text: 'Прошу роз’яснити порядок компенсації за пільговий проїзд.', topic: '009', department: 'SOC', path: 'closed', assignee: 'l.kravets@example.gov.ua' },
  { daysAgo: 40, channel: 'written', appealType: 'application', authorKind: 'collective', applicant: A('Батьківський комітет ліцею № 2', 'Шкільна', 2), subject: 'Ремонт харчоблоку ліцею', text: 'Просимо передбачити кошти на ремонт харчоблоку ліцею № 2.', topic: '011', department: 'OSV', path: 'answered', assignee: 'y.romanenko@example.gov.ua' },
  { daysAgo: 42, channel: 'government_hotline', appealType: 'complaint', applicant: A('Марченко Степан Васильович', 'Гоголя', 11), subject: 'Затоплення підвалу', text: 'Підвал будинку затоплений стічними водами.', topic: '006', department: 'ZKG', path: 'answered_late', assignee: 'd.tkachenko@example.gov.ua' },
  { daysAgo: 45, channel: 'forwarded', appealType: 'application', applicant: A('Приходько Валентина Іллівна', 'Дачна', 6), subject: 'Звернення, надіслане обласною адміністрацією', text: 'Прошу допомогти з оформленням статусу внутрішньо переміщеної особи.', topic: '009', department: 'SOC', path: 'closed', assignee: 'm.polishchuk@example.gov.ua' },
  { daysAgo: 48, channel: 'website', appealType: 'proposal', applicant: A('Гнатюк Роман Андрійович', 'Франка', 15, { email: 'r.hnatiuk@example.com' }), subject: 'Пропозиція щодо громадського бюджету', text: 'Пропоную продовжити строк подання проєктів громадського бюджету.', topic: '021', department: 'DCP', path: 'answered', assignee: 'a.bondar@example.gov.ua' },
  { daysAgo: 50, channel: 'written', appealType: 'complaint', applicant: A('Антоненко Зоя Павлівна', 'Лісова', 30), subject: 'Скарга на дії працівника ЦНАП', text: 'Працівник ЦНАП відмовив у прийнятті документів без пояснень.', topic: '021', department: 'APP', path: 'in_progress', assignee: 'o.hordiienko@example.gov.ua' },
  { daysAgo: 55, channel: 'email', appealType: 'application', applicant: A('Семенко Артем Олегович', 'Соборна', 5, { email: 'artem.semenko@example.com' }), subject: 'Копія рішення виконкому', text: 'Прошу надати копію рішення виконавчого комітету про встановлення тарифів.', topic: '021', department: 'ZVG', path: 'forwarded' },
  { daysAgo: 60, channel: 'phone', appealType: 'complaint', applicant: A('Юрченко Віра Яківна', 'Степова', 17), subject: 'Відсутність опалення в квартирі', text: 'У квартирі холодні батареї з початку опалювального сезону.', topic: '006', department: 'ZKG', path: 'closed', assignee: 'd.tkachenko@example.gov.ua' },
  { daysAgo: 64, channel: 'government_hotline', appealType: 'application', applicant: A('Нестеренко Євген Вікторович', 'Шевченка', 2), subject: 'Встановлення дорожнього знака', text: 'Прошу встановити знак «Діти» біля школи № 5.', topic: '002', department: 'BLG', path: 'answered', assignee: 's.oliinyk@example.gov.ua' },
  { daysAgo: 70, channel: 'written', appealType: 'complaint', authorKind: 'anonymous', subject: 'Анонімне повідомлення про сміття', text: 'Біля гаражів стихійне сміттєзвалище.', topic: '016', department: 'ZVG', path: 'anonymous' },
  { daysAgo: 75, channel: 'personal_reception', appealType: 'application', applicant: A('Вакуленко Христина Романівна', 'Польова', 33, { privileged: true, privilegeCategory: 'багатодітна родина' }), subject: 'Оздоровлення дітей', text: 'Прошу надати путівки на оздоровлення дітей з багатодітної родини.', topic: '009', department: 'SOC', path: 'closed', assignee: 'l.kravets@example.gov.ua' },
  { daysAgo: 80, channel: 'email', appealType: 'proposal', applicant: A('Климченко Денис Олексійович', 'Набережна', 1, { email: 'denys.klymchenko@example.com' }), subject: 'Пропозиція щодо сортування сміття', text: 'Пропоную встановити контейнери для роздільного збору відходів.', topic: '016', department: 'BLG', path: 'answered', assignee: 's.oliinyk@example.gov.ua' },
  { daysAgo: 90, channel: 'written', appealType: 'complaint', applicant: A('Ємельяненко Ольга Станіславівна', 'Гагаріна', 8), subject: 'Скарга на відповідь управління освіти', text: 'Не згодна з відповіддю щодо зарахування дитини до ліцею.', topic: '011', department: 'OSV', path: 'closed', assignee: 'y.romanenko@example.gov.ua' },
];
