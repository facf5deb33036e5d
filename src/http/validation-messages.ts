/**
 * Strapi and its validators speak English; the people who read these messages do not. Known messages are
 * rendered in Ukrainian (the field is named as in the API); anything unknown keeps its text after a Ukrainian lead.
 * Pure: used by the HTTP middleware and the GraphQL error formatter alike.
 */

/** a pattern of Strapi's English message, its Ukrainian rendering, and a stable code kept in `error.details.rule` */
type Rule = [RegExp, (m: RegExpExecArray) => string, string?];

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
  [/^(.+) must be a valid date$/, (m) => `Поле ${field(m[1])} має містити коректну дату.`, 'input.date'],
  [/^Invalid format, expected a timestamp or an ISO date$/, () => 'Некоректна дата: очікується існуюча дата у форматі ISO 8601 (наприклад, 2026-03-02 або 2026-03-02T09:30:00Z).', 'input.datetime'],
  [/^Invalid format, expected an ISO compatible date$/, () => 'Некоректна дата: очікується формат РРРР-ММ-ДД.', 'input.date'],
  [/^Invalid format, expected an ISO compatible time$/, () => 'Некоректний час: очікується формат ГГ:ХХ:СС.', 'input.time'],
  [/^This attribute must be unique$/, () => 'Таке значення вже існує: поле має бути унікальним.', 'input.unique'],
  [/^(\d+) errors occurred$/, (m) => `Знайдено помилок: ${m[1]}. Виправте позначені поля.`],
  [/^Invalid key (.+)$/, (m) => `Невідоме поле ${field(m[1])}.`, 'input.unknown_field'],
  [/^Missing "data" payload in the request body$/, () => 'У тілі запиту немає обов’язкового об’єкта «data».'],
  [/^Invalid "data" payload$|^Invalid payload$/, () => 'Некоректний формат тіла запиту: очікується JSON-об’єкт «data».'],
  [/^Not Found$/, () => 'Не знайдено.'],
  [/^Forbidden$/, () => 'Доступ заборонено.'],
  [/^Unauthorized$|^Missing or invalid credentials$/, () => 'Потрібна автентифікація.'],
  [/^Bad Request$/, () => 'Некоректний запит.'],
  [/^Document with id "(.*)", locale "(.*)" not found$/s, (m) => `Пов’язаний запис «${m[1]}» не знайдено: перевірте посилання.`, 'relation.not_found'],
  [/^(.+) must be an integer$/, (m) => `Поле ${field(m[1])} має бути цілим числом.`, 'input.integer'],
  [/^Method Not Allowed$/i, () => 'Цей метод запиту не підтримується за цією адресою.', 'http.method_not_allowed'],
  [/^(request entity too large|Payload Too Large)$/i, () => 'Тіло запиту завелике: зменште обсяг даних.', 'http.payload_too_large'],
  [/^Too many requests.*$/i, () => 'Забагато запитів. Зачекайте кілька хвилин і повторіть.', 'http.too_many_requests'],
  [/^Request Header Fields Too Large$/i, () => 'Заголовки запиту завеликі.', 'http.headers_too_large'],
  [/^(invalid JSON.*|Unexpected token.*|Unexpected end of JSON input|.*is not valid JSON.*)$/is, () => 'Тіло запиту не є коректним JSON.', 'http.invalid_json'],
  [/^Invalid relations$/, () => 'Некоректні зв’язки: вкажіть documentId пов’язаних записів (або connect, disconnect, set).', 'relation.invalid'],
  [/^Invalid registration info$/, () => 'Некоректні дані реєстрації: перевірте посилання-запрошення та заповнені поля.', 'admin.registration_invalid'],
  [/^Invalid registrationToken$/, () => 'Посилання-запрошення недійсне або вже використане.', 'admin.registration_token_invalid'],
  [/^You cannot register a new super admin$/, () => 'Адміністратор уже існує: зареєструвати ще одного першого адміністратора не можна.', 'admin.super_admin_exists'],
  [/^An application error occurred$/, () => 'Запит не виконано: перевірте дані й повторіть.', 'application.error'],
  [/^Missing credentials$/, () => 'Вкажіть адресу електронної пошти та пароль.', 'auth.missing_credentials'],
  [/^Invalid credentials$|^Invalid identifier or password$/, () => 'Неправильна адреса електронної пошти або пароль.', 'auth.invalid_credentials'],
  [/^Missing refresh token$|^Invalid refresh token$/, () => 'Сеанс не знайдено або він завершився: увійдіть знову.', 'auth.session_missing'],
  [/^Unsupported Media Type$/i, () => 'Непідтримуваний тип вмісту запиту.', 'http.unsupported_media_type'],
  [/^Conflict$/i, () => 'Конфлікт: дані змінилися, оновіть сторінку й повторіть.', 'http.conflict'],
  [/^Not Acceptable$/i, () => 'Неприйнятний формат відповіді.', 'http.not_acceptable'],
  [/^Request Timeout$/i, () => 'Час очікування запиту вичерпано.', 'http.timeout'],
  [/^Unprocessable Entity$/i, () => 'Дані запиту не можна обробити.', 'http.unprocessable'],
];

/** When a 4xx has no message at all (an empty body or plain text), the status says what happened. */
export const STATUS_MESSAGES: Record<number, [message: string, rule: string]> = {
  400: ['Некоректний запит.', 'http.bad_request'],
  401: ['Потрібна автентифікація.', 'http.unauthorized'],
  403: ['Доступ заборонено.', 'http.forbidden'],
  404: ['Не знайдено.', 'http.not_found'],
  405: ['Цей метод запиту не підтримується за цією адресою.', 'http.method_not_allowed'],
  408: ['Час очікування запиту вичерпано.', 'http.timeout'],
  409: ['Конфлікт: дані змінилися, оновіть сторінку й повторіть.', 'http.conflict'],
  413: ['Тіло запиту завелике: зменште обсяг даних.', 'http.payload_too_large'],
  414: ['Адреса запиту задовга.', 'http.uri_too_long'],
  415: ['Непідтримуваний тип вмісту запиту.', 'http.unsupported_media_type'],
  422: ['Дані запиту не можна обробити.', 'http.unprocessable'],
  429: ['Забагато запитів. Зачекайте кілька хвилин і повторіть.', 'http.too_many_requests'],
  431: ['Заголовки запиту завеликі.', 'http.headers_too_large'],
};

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
  return translateWithCode(message).message;
}

/** The Ukrainian message and, where the rule has one, its stable code. */
export function translateWithCode(message: string): { message: string; code?: string } {
  if (!message || CYRILLIC.test(message)) return { message };
  const text = message.trim();
  for (const [pattern, render, code] of RULES) {
    const match = pattern.exec(text);
    if (match) return { message: render(match), code };
  }
  return { message: `Некоректні дані: ${text}` };
}

/** Translates a Strapi error body `{ error: { message, details: { errors: [{ message }] } } }` in place, returning it. */
export function translateErrorBody<T>(body: T): T {
  const error = (body as any)?.error;
  if (!error || typeof error.message !== 'string') return body;
  const translated = translateWithCode(error.message);
  error.message = translated.message;
  if (translated.code && !(error.details && typeof error.details === 'object' && error.details.rule)) {
    error.details = { ...(error.details && typeof error.details === 'object' ? error.details : {}), rule: translated.code };
  }
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
