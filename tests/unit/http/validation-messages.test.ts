import { translateErrorBody, translateValidationMessage } from '../../../src/http/validation-messages';

describe('Ukrainian rendering of Strapi validation messages', () => {
  it.each([
    ['subject must be at most 500 characters', 'Поле «subject» задовге: не більше 500 символів.'],
    ['channel must be one of the following values: written, email', 'Недопустиме значення поля «channel». Допустимі: written, email.'],
    ['receivedAt must be defined.', 'Поле «receivedAt» обов’язкове.'],
    ['needsAdditionalStudy must be a `boolean` type, but the final value was: `"x"`.', 'Поле «needsAdditionalStudy» має неправильний тип: очікується так/ні (true або false).'],
    ['Invalid format, expected a timestamp or an ISO date', 'Некоректна дата: очікується існуюча дата у форматі ISO 8601 (наприклад, 2026-03-02 або 2026-03-02T09:30:00Z).'],
    ['This attribute must be unique', 'Таке значення вже існує: поле має бути унікальним.'],
    ['email must be a valid email', 'Поле «email» має містити коректну адресу електронної пошти.'],
    ['Document with id "abc", locale "null" not found', 'Пов’язаний запис «abc» не знайдено: перевірте посилання.'],
    ['Method Not Allowed', 'Цей метод запиту не підтримується за цією адресою.'],
    ['request entity too large', 'Тіло запиту завелике: зменште обсяг даних.'],
    ['Too many requests, please try again later.', 'Забагато запитів. Зачекайте кілька хвилин і повторіть.'],
    ['Invalid relations', 'Некоректні зв’язки: вкажіть documentId пов’язаних записів (або connect, disconnect, set).'],
  ])('%s', (english, ukrainian) => {
    expect(translateValidationMessage(english)).toBe(ukrainian);
  });

  it('keeps Ukrainian messages as they are and marks unknown English ones', () => {
    expect(translateValidationMessage('Продовження строку понад 45 днів заборонено')).toBe('Продовження строку понад 45 днів заборонено');
    expect(translateValidationMessage('Something odd')).toBe('Некоректні дані: Something odd');
  });

  it('keeps a stable code in details when it translates', () => {
    const body = { error: { status: 405, name: 'MethodNotAllowedError', message: 'Method Not Allowed', details: {} } };
    translateErrorBody(body);
    expect(body.error.details).toEqual({ rule: 'http.method_not_allowed' });
    const coded = { error: { status: 400, message: 'Invalid relations', details: { rule: 'own.rule' } } };
    translateErrorBody(coded);
    expect(coded.error.details).toEqual({ rule: 'own.rule' });
  });

  it('translates nested errors and replaces "N errors occurred" with the first error', () => {
    const body = {
      error: {
        status: 400,
        name: 'ValidationError',
        message: '2 errors occurred',
        details: { errors: [{ path: ['subject'], message: 'subject must be at most 500 characters' }, { path: ['text'], message: 'text must be at most 50000 characters' }] },
      },
    };
    translateErrorBody(body);
    expect(body.error.message).toBe('Поле «subject» задовге: не більше 500 символів. (і ще 1)');
    expect(body.error.details.errors[1].message).toBe('Поле «text» задовге: не більше 50000 символів.');
  });
});
