import { DomainError } from '../../../../src/domain/errors';
import { FALLBACK_SLUG, slugify, transliterate, uniqueSlug } from '../../../../src/domain/communications/slug';

describe('transliterate (Cabinet of Ministers Resolution No. 55 of 27.01.2010)', () => {
  // The examples printed in the resolution's table, letter by letter.
  it.each([
    ['Алушта', 'Alushta'],
    ['Андрій', 'Andrii'],
    ['Борщагівка', 'Borshchahivka'],
    ['Вінниця', 'Vinnytsia'],
    ['Гадяч', 'Hadiach'],
    ['Згорани', 'Zghorany'],
    ['Ґалаґан', 'Galagan'],
    ['Дон', 'Don'],
    ['Рівне', 'Rivne'],
    ['Єнакієве', 'Yenakiieve'],
    ['Гаєвич', 'Haievych'],
    ['Житомир', 'Zhytomyr'],
    ['Жашків', 'Zhashkiv'],
    ['Закарпаття', 'Zakarpattia'],
    ['Медвин', 'Medvyn'],
    ['Іршава', 'Irshava'],
    ['Їжакевич', 'Yizhakevych'],
    ['Кадиївка', 'Kadyivka'],
    ['Йосипівка', 'Yosypivka'],
    ['Стрий', 'Stryi'],
    ['Олексій', 'Oleksii'],
    ['Київ', 'Kyiv'],
    ['Лебедин', 'Lebedyn'],
    ['Миргород', 'Myrhorod'],
    ['Никифор', 'Nykyfor'],
    ['Одеса', 'Odesa'],
    ['Полтава', 'Poltava'],
    ['Решетилівка', 'Reshetylivka'],
    ['Суми', 'Sumy'],
    ['Тетерів', 'Teteriv'],
    ['Ужгород', 'Uzhhorod'],
    ['Фастів', 'Fastiv'],
    ['Харків', 'Kharkiv'],
    ['Біла Церква', 'Bila Tserkva'],
    ['Чернівці', 'Chernivtsi'],
    ['Шостка', 'Shostka'],
    ['Гоща', 'Hoshcha'],
    ['Хуст', 'Khust'],
    ['Щербухи', 'Shcherbukhy'],
    ['Юрій', 'Yurii'],
    ['Корюківка', 'Koriukivka'],
    ['Яготин', 'Yahotyn'],
    ['Ічня', 'Ichnia'],
    ['Костянтин', 'Kostiantyn'],
    ['Знам’янка', 'Znamianka'],
    ['Феодосія', 'Feodosiia'],
    ['Розгон', 'Rozghon'],
    ['Згурівка', 'Zghurivka'],
    ['Короп’є', 'Koropie'],
    ['Ярошенко', 'Yaroshenko'],
    ['Святослав', 'Sviatoslav'],
  ])('%s → %s', (ukrainian, latin) => {
    expect(transliterate(ukrainian)).toBe(latin);
  });

  it("omits every kind of apostrophe people type: ’ ' ʼ `", () => {
    expect(['Знам’янка', "Знам'янка", 'Знамʼянка', 'Знам`янка'].map(transliterate)).toEqual([
      'Znamianka',
      'Znamianka',
      'Znamianka',
      'Znamianka',
    ]);
  });

  it('treats a hyphen, a quote or a digit as a word break, an apostrophe inside a word as not one', () => {
    expect(transliterate('Ярошенко-Юрієва')).toBe('Yaroshenko-Yuriieva');
    expect(transliterate('«Єдність» 5Я')).toBe('«Yednist» 5Ya');
    expect(transliterate("'Їжак'")).toBe('Yizhak');
  });

  it('keeps capitals: a capital inside an all-capitals word stays all capitals', () => {
    expect(transliterate('ЩУКА')).toBe('SHCHUKA');
    expect(transliterate('ЄВРОПА')).toBe('YEVROPA');
    expect(transliterate('ЗГОРАНИ')).toBe('ZGHORANY');
    expect(transliterate('Щука')).toBe('Shchuka');
    expect(transliterate('Я')).toBe('Ya');
  });

  it('applies «зг» → «zgh» only to that pair, «ж» stays «zh»', () => {
    expect(transliterate('зг жг з г')).toBe('zgh zhh z h');
  });

  it('leaves Latin letters, digits and punctuation as they are, and reads a decomposed «й» as «й»', () => {
    expect(transliterate('ЦНАП №2, Wi-Fi, 2026!')).toBe('TSNAP №2, Wi-Fi, 2026!');
    expect(transliterate('Андрі\u0438\u0306')).toBe('Andrii');
  });
});

describe('slugify', () => {
  it('lower-cases, transliterates and joins words with single hyphens', () => {
    expect(slugify('Біла Церква: ремонт доріг у 2026 році — що зміниться?')).toBe(
      'bila-tserkva-remont-dorih-u-2026-rotsi-shcho-zminytsia',
    );
    expect(slugify('  Згорани,  Знам’янка  ')).toBe('zghorany-znamianka');
    expect(slugify('Café «Львівська» пл. Ринок')).toBe('cafe-lvivska-pl-rynok');
  });

  it('cuts at a word boundary within maxLength', () => {
    // 'zasidannia-vykonavchoho-komitetu-miskoi-rady' is 44 characters
    expect(slugify('Засідання виконавчого комітету міської ради')).toBe('zasidannia-vykonavchoho-komitetu-miskoi-rady');
    expect(slugify('Засідання виконавчого комітету міської ради', 30)).toBe('zasidannia-vykonavchoho');
    expect(slugify('Засідання виконавчого комітету міської ради', 23)).toBe('zasidannia-vykonavchoho');
    expect(slugify('Засідання виконавчого комітету міської ради', 24)).toBe('zasidannia-vykonavchoho');
  });

  it('cuts a single word longer than maxLength at maxLength', () => {
    expect(slugify('Найдовшеслово', 5)).toBe('naido');
  });

  it('is never empty', () => {
    expect(FALLBACK_SLUG).toBe('publikatsiia');
    expect(slugify('')).toBe('publikatsiia');
    expect(slugify('«— !!! —»')).toBe('publikatsiia');
    expect(slugify('ыыы')).toBe('publikatsiia');
  });

  it('refuses a maxLength under 3', () => {
    expect(() => slugify('Новина', 2)).toThrow(RangeError);
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free', () => {
    expect(uniqueSlug('zvit', new Set(['zvit-2']))).toBe('zvit');
    expect(uniqueSlug('zvit', () => false)).toBe('zvit');
  });

  it('appends -2, -3 … until a free one', () => {
    expect(uniqueSlug('zvit', new Set(['zvit']))).toBe('zvit-2');
    expect(uniqueSlug('zvit', new Set(['zvit', 'zvit-2', 'zvit-3']))).toBe('zvit-4');
    const asked: string[] = [];
    expect(
      uniqueSlug('novyna', (candidate) => {
        asked.push(candidate);
        return candidate !== 'novyna-3';
      }),
    ).toBe('novyna-3');
    expect(asked).toEqual(['novyna', 'novyna-2', 'novyna-3']);
  });

  it('shortens the base at a word boundary so the suffix fits maxLength', () => {
    expect(uniqueSlug('zasidannia-vykonavchoho', new Set(['zasidannia-vykonavchoho']), 23)).toBe('zasidannia-2');
  });

  it('falls back to publikatsiia for an empty base', () => {
    expect(uniqueSlug('  ', new Set(['publikatsiia']))).toBe('publikatsiia-2');
  });

  it('gives up with a Ukrainian message instead of looping for ever', () => {
    let error: unknown;
    try {
      uniqueSlug('zvit', () => true);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violation.rule).toBe('slug.exhausted');
    expect((error as DomainError).violation.field).toBe('slug');
    expect((error as DomainError).message).toBe(
      'Адреси «zvit», «zvit-2» … «zvit-10000» уже зайняті. Змініть заголовок публікації або вкажіть адресу (slug) вручну.',
    );
  });
});
