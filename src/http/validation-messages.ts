/**
 * Strapi and its validators speak English; the people who read these messages do not. Known messages are
 * rendered in Ukrainian (the field is named as in the API); anything unknown keeps its text after a Ukrainian lead.
 * Pure: used by the HTTP middleware and the GraphQL error formatter alike.
 */

type Rule = [RegExp, (m: RegExpExecArray) => string];

const field = (path: string) => `«${path}»`;

const RULES: Rule[] = [
  [/^(.+) must be at most (\d+) characters$/, (m) => `Поле ${field(m[1])} задовге: не більше ${m[2]} символів.`],
  [/^(.+) must be at least (\d+) characters$/, (m) => `Поле ${field(m[1])} закоротке: не менше ${m[2]} символів.`],
  [/^(.+) must be less than or equal to (\S+)$/, (m) => `Значення поля ${field(m[1])} має бути не більше ${m[2]}.`],
  [/^(.+) must be greater than or equal to (\S+)$/, (m) => `Значення поля ${field(m[1])} має бути не менше ${m[2]}.`],
  [/^(.+) must be one of the following values: (.+)$/, (m) => `Недопустиме значення поля ${field(m[1])}. Допустимі: ${m[2]}.`],
  [/^(.+) must be a valid email$/, (m) => `Поле ${field(m[1])} має містити коректну адресу електронної пошти.`],
  [/^(.+) must be defined\.?$/, (m) => `Поле ${field(m[1])} обов’язкове.`],
  [/^(.+) is a required field$/, (m) => `Поле ${field(m[1])} обов’язкове.`],
  [/^(.+) must be a `(\w+)` type, but the final value was: (.+)$/s, (m) => `Поле ${field(m[1])} має неправильний тип: очікується ${typeName(m[2])}.`],
  [/^(.+) must be a valid date$/, (m) => `Поле ${field(m[1])} має містити коректну дату.`],
  [/^Invalid format, expected a timestamp or an ISO date$/, () => 'Некоректна дата: очікується існуюча дата у форматі ISO 8601 (наприклад, 2026-03-02 або 2026-03-02T09:30:00Z).'],
  [/^Invalid format, expected an ISO compatible date$/, () => 'Некоректна дата: очікується формат РРРР-ММ-ДД.'],
  [/^Invalid format, expected an ISO compatible time$/, () => 'Некоректний час: очікується формат ГГ:ХХ:СС.'],
  [/^This attribute must be unique$/, () => 'Таке значення вже існує: поле має бути унікальним.'],
  [/^(\d+) errors occurred$/, (m) => `Знайдено помилок: ${m[1]}. Виправте позначені поля.`],
  [/^Invalid key (.+)$/, (m) => `Невідоме поле ${field(m[1])}.`],
  [/^Missing "data" payload in the request body$/, () => 'У тілі запиту немає обов’язкового об’єкта «data».'],
  [/^Invalid "data" payload$|^Invalid payload$/, () => 'Некоректний формат тіла запиту: очікується JSON-об’єкт «data».'],
  [/^Not Found$/, () => 'Не знайдено.'],
  [/^Forbidden$/, () => 'Доступ заборонено.'],
  [/^Unauthorized$|^Missing or invalid credentials$/, () => 'Потрібна автентифікація.'],
  [/^Bad Request$/, () => 'Некоректний запит.'],
];

const TYPE_NAMES: Record<string, string> = {
  boolean: 'так/ні (true або false)',
  number: 'число',
  string: 'текст',
  date: 'дата',
  object: 'об’єкт',
  array: 'список',
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

export function translateValidationMessage(message: string): string {
  if (!message || CYRILLIC.test(message)) return message;
  const text = message.trim();
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(text);
    if (match) return render(match);
  }
  return `Некоректні дані: ${text}`;
}

/** Translates a Strapi error body `{ error: { message, details: { errors: [{ message }] } } }` in place, returning it. */
export function translateErrorBody<T>(body: T): T {
  const error = (body as any)?.error;
  if (!error || typeof error.message !== 'string') return body;
  error.message = translateValidationMessage(error.message);
  const nested = error.details?.errors;
  if (Array.isArray(nested)) {
    for (const item of nested) {
      if (item && typeof item.message === 'string') item.message = translateValidationMessage(item.message);
    }
    // "2 errors occurred" says less than the first error itself
    if (/^Знайдено помилок/.test(error.message) && nested[0]?.message) {
      error.message = `${nested[0].message}${nested.length > 1 ? ` (і ще ${nested.length - 1})` : ''}`;
    }
  }
  return body;
}
