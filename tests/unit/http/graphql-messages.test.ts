import { graphqlDocumentProblem, translateGraphqlBody, translateGraphqlMessage } from '../../../src/http/graphql/messages';

describe('GraphQL errors in Ukrainian', () => {
  it.each([
    ['Cannot query field "noSuchField" on type "Publication".', 'Поля «noSuchField» немає в типі «Publication».'],
    ['Syntax Error: Expected Name, found <EOF>.', 'Синтаксична помилка в запиті GraphQL: очікується назва, а знайдено кінець запиту.'],
    ['Cannot spread fragment "A" within itself.', 'Фрагмент «A» посилається сам на себе (цикл фрагментів).'],
    ["'publications' exceeds maximum operation depth of 7", 'Запит «publications» вкладений глибше, ніж дозволено (7 рівнів).'],
    ['GraphQL queries must be strings.', 'Запит GraphQL має бути текстом у полі «query» JSON-тіла.'],
    [
      'Variable "$n" got invalid value 1099511627776; Int cannot represent non 32-bit signed integer value: 1099511627776',
      'Змінна «$n» має неприпустиме значення 1099511627776: ціле число має бути від -2147483648 до 2147483647, отримано 1099511627776',
    ],
  ])('%s', (english, ukrainian) => {
    expect(translateGraphqlMessage(english)).toBe(ukrainian);
  });

  it('keeps the code and the original text, marks unknown messages in Ukrainian', () => {
    const body = { errors: [{ message: 'Something new', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
    translateGraphqlBody(body);
    expect(body.errors[0]).toEqual({
      message: 'Помилка запиту GraphQL: Something new',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', originalMessage: 'Something new' },
    });
  });

  it('finds fragment cycles before any validation rule walks them', () => {
    expect(graphqlDocumentProblem('{ publications { ...A } } fragment A on Publication { ...B } fragment B on Publication { ...A }')?.message)
      .toContain('«A» → «B» → «A»');
    expect(graphqlDocumentProblem('{ publications { ...A } } fragment A on Publication { title ...A }')?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(graphqlDocumentProblem('{ publications { ...A ...B } } fragment A on Publication { ...B } fragment B on Publication { title }')).toBeNull();
    expect(graphqlDocumentProblem('{ publications { title ')).toBeNull(); // a syntax error is GraphQL's own to answer
  });
});
