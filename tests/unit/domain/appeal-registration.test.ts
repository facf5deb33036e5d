import { registrationPrefix } from '../../../src/domain/appeal/registration';
import { formatRegistrationNumber, registrationYear } from '../../../src/domain/register/registration';
import { DomainError } from '../../../src/domain/errors';

function violationOf(fn: () => unknown): DomainError['violation'] | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.violation;
    throw error;
  }
}

describe('registrationPrefix (Instruction 348/1997)', () => {
  it.each([
    ['Шевченко Тарас Григорович', 'Ш'],
    ['  шевченко тарас', 'Ш'],
    ['Ґудзь Олена Петрівна', 'Ґ'],
    ['їжакевич Іван', 'Ї'],
    ['Євтушенко Марія', 'Є'],
    ["'Ярема Іван", 'Я'], // ASCII apostrophe first: not a letter
    ['ʼЯрема Іван', 'Я'], // U+02BC, the Ukrainian apostrophe (a modifier letter in Unicode)
    ['’Ємець Ольга', 'Є'], // U+2019
    ['«Іваненко» Петро', 'І'],
    ["О'Коннор Шон", 'О'],
    ['И\u0306осипенко Йосип', 'Й'], // decomposed Й
    ['Smith John', 'S'],
  ])('%s → %s', (name, prefix) => {
    expect(registrationPrefix('individual', name)).toBe(prefix);
  });

  it('uses КО for a collective appeal and БП for one without a signature, whatever the name', () => {
    expect(registrationPrefix('collective', 'Мешканці будинку №5')).toBe('КО');
    expect(registrationPrefix('collective', null)).toBe('КО');
    expect(registrationPrefix('anonymous', undefined)).toBe('БП');
    expect(registrationPrefix('anonymous', 'Шевченко')).toBe('БП');
  });

  it('treats a missing author kind as the schema default, individual', () => {
    expect(registrationPrefix(null, 'Коваленко Анна')).toBe('К');
  });

  it.each([[null], [undefined], [''], ['   '], ["'"], ['ʼ « »'], ['123 Іван'], ['№5 Петренко']])(
    'refuses an individual appeal with no usable surname: %p',
    (name) => {
      const violation = violationOf(() => registrationPrefix('individual', name));
      expect(violation).toEqual(
        expect.objectContaining({ field: 'applicantFullName', rule: 'registration.surname_required' }),
      );
      expect(violation?.message).toContain('прізвище');
      expect(violation?.message).toContain('348');
    },
  );

  it('refuses an unknown author kind', () => {
    expect(violationOf(() => registrationPrefix('group', 'Коваленко'))?.rule).toBe('registration.unknown_author_kind');
  });

  it('throws a DomainError whose message is the violation message', () => {
    expect(() => registrationPrefix('individual', '')).toThrow(DomainError);
    expect(() => registrationPrefix('individual', '')).toThrow(/Не вказано прізвище заявника/);
  });
});

describe('formatRegistrationNumber', () => {
  it('joins prefix, sequence and year', () => {
    expect(formatRegistrationNumber('Ш', 17, 2026)).toBe('Ш-17/2026');
    expect(formatRegistrationNumber('КО', 1, 2026)).toBe('КО-1/2026');
    expect(formatRegistrationNumber('БП', 1024, 2027)).toBe('БП-1024/2027');
  });

  it('refuses nonsense', () => {
    expect(() => formatRegistrationNumber('', 1, 2026)).toThrow(RangeError);
    expect(() => formatRegistrationNumber('Ш', 0, 2026)).toThrow(RangeError);
    expect(() => formatRegistrationNumber('Ш', 1.5, 2026)).toThrow(RangeError);
    expect(() => formatRegistrationNumber('Ш', 1, 26)).toThrow(RangeError);
  });
});

describe('registrationYear', () => {
  it('is the Kyiv year of receipt', () => {
    expect(registrationYear(new Date('2025-12-31T21:59:59.999Z'))).toBe(2025); // 23:59:59.999 Kyiv
    expect(registrationYear(new Date('2025-12-31T22:00:00.000Z'))).toBe(2026); // 00:00 Kyiv, 1 January
    expect(registrationYear(new Date('2026-06-15T09:00:00Z'))).toBe(2026);
  });
});
