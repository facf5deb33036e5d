/**
 * Reference data written for this project: a fictional city council's structure and people.
 * Any resemblance of names to real persons is coincidental.
 */
import { statutoryCalendarDays } from '../../domain/statutory-calendar';

export interface DepartmentSeed { code: string; name: string; shortName: string; parent?: string; email: string }
export interface StaffSeed { email: string; fullName: string; positionTitle: string; department: string; head?: boolean }

export const DEPARTMENTS: DepartmentSeed[] = [
  { code: 'APP', name: 'Апарат виконавчого комітету міської ради', shortName: 'Апарат', email: 'aparat@example.gov.ua' },
  { code: 'ZVG', name: 'Відділ звернень громадян', shortName: 'Відділ звернень', parent: 'APP', email: 'zvernennia@example.gov.ua' },
  { code: 'DCP', name: 'Управління цифровізації, інформаційної політики та комунікацій', shortName: 'Управління комунікацій', email: 'digital@example.gov.ua' },
  { code: 'SRG', name: 'Сектор роботи з громадськістю', shortName: 'Сектор з громадськістю', parent: 'DCP', email: 'hromada@example.gov.ua' },
  { code: 'ZKG', name: 'Департамент житлово-комунального господарства', shortName: 'ЖКГ', email: 'zhkg@example.gov.ua' },
  { code: 'BLG', name: 'Відділ благоустрою', shortName: 'Благоустрій', parent: 'ZKG', email: 'blagoustrii@example.gov.ua' },
  { code: 'SOC', name: 'Управління соціального захисту населення', shortName: 'Соцзахист', email: 'soc@example.gov.ua' },
  { code: 'OSV', name: 'Управління освіти', shortName: 'Освіта', email: 'osvita@example.gov.ua' },
];

export const STAFF: StaffSeed[] = [
  { email: 'o.hordiienko@example.gov.ua', fullName: 'Гордієнко Олена Василівна', positionTitle: 'Керуючий справами виконавчого комітету', department: 'APP', head: true },
  { email: 'i.marchenko@example.gov.ua', fullName: 'Марченко Ірина Петрівна', positionTitle: 'Начальник відділу звернень громадян', department: 'ZVG', head: true },
  { email: 'n.kovalchuk@example.gov.ua', fullName: 'Ковальчук Наталія Андріївна', positionTitle: 'Головний спеціаліст відділу звернень громадян («гаряча лінія»)', department: 'ZVG' },
  { email: 'v.lysenko@example.gov.ua', fullName: 'Лисенко Віра Олегівна', positionTitle: 'Головний спеціаліст відділу звернень громадян (письмові звернення, е-петиції)', department: 'ZVG' },
  { email: 't.savchuk@example.gov.ua', fullName: 'Савчук Тарас Миколайович', positionTitle: 'Головний спеціаліст відділу звернень громадян (запити на інформацію)', department: 'ZVG' },
  { email: 'a.bondar@example.gov.ua', fullName: 'Бондар Андрій Ігорович', positionTitle: 'Начальник управління комунікацій', department: 'DCP', head: true },
  { email: 'k.melnyk@example.gov.ua', fullName: 'Мельник Катерина Юріївна', positionTitle: 'Завідувач сектору роботи з громадськістю', department: 'SRG', head: true },
  { email: 'd.tkachenko@example.gov.ua', fullName: 'Ткаченко Дмитро Сергійович', positionTitle: 'Директор департаменту ЖКГ', department: 'ZKG', head: true },
  { email: 's.oliinyk@example.gov.ua', fullName: 'Олійник Світлана Романівна', positionTitle: 'Начальник відділу благоустрою', department: 'BLG', head: true },
  { email: 'r.shevchuk@example.gov.ua', fullName: 'Шевчук Роман Володимирович', positionTitle: 'Головний спеціаліст відділу благоустрою', department: 'BLG' },
  { email: 'l.kravets@example.gov.ua', fullName: 'Кравець Людмила Іванівна', positionTitle: 'Начальник управління соціального захисту', department: 'SOC', head: true },
  { email: 'm.polishchuk@example.gov.ua', fullName: 'Поліщук Марія Степанівна', positionTitle: 'Головний спеціаліст управління соціального захисту', department: 'SOC' },
  { email: 'y.romanenko@example.gov.ua', fullName: 'Романенко Юрій Анатолійович', positionTitle: 'Начальник управління освіти', department: 'OSV', head: true },
];

/** Topics in the shape of the classifier of appeals (Cabinet Resolution 858/2008). */
export const TOPICS: Array<{ code: string; title: string }> = [
  { code: '001', title: 'Аграрна політика і земельні відносини' },
  { code: '002', title: 'Транспорт і зв’язок' },
  { code: '004', title: 'Праця і заробітна плата' },
  { code: '005', title: 'Охорона здоров’я' },
  { code: '006', title: 'Комунальне господарство' },
  { code: '007', title: 'Житлова політика' },
  { code: '009', title: 'Соціальний захист' },
  { code: '011', title: 'Освіта, наукова, науково-технічна, інноваційна діяльність та інтелектуальна власність' },
  { code: '016', title: 'Екологія та природні ресурси' },
  { code: '020', title: 'Забезпечення дотримання законності та охорони правопорядку' },
  { code: '021', title: 'Діяльність органів місцевого самоврядування' },
];

/**
 * Public holidays of Labour Code Art. 73 (days off only outside martial law) for the demo years 2025–2027, each once
 * on its own date; derived by `statutoryHolidays` (Easter by the Orthodox paschalion: 20.04.2025, 12.04.2026,
 * 02.05.2027; Trinity 49 days later). Days carried off a weekend holiday (Art. 67(3)) are derived, not listed.
 */
export const CALENDAR_YEARS = [2025, 2026, 2027] as const;
export const CALENDAR_DAYS = statutoryCalendarDays(CALENDAR_YEARS[0], CALENDAR_YEARS[CALENDAR_YEARS.length - 1]);
