import {
  KnownPersonalData,
  PERSONAL_DATA_PLACEHOLDERS,
  containsPersonalData,
  findPersonalData,
  maskPersonalData,
} from '../../../../src/domain/communications/masking';

const TARAS: KnownPersonalData = {
  fullName: 'Шевченко Тарас Григорович',
  address: 'м. Дрогобич, вул. Садова, 3, кв. 5',
  email: 'taras@ukr.net',
  phone: '+380671234567',
};

const NAME = '[ПІБ приховано]';
const PHONE = '[телефон приховано]';
const EMAIL = '[e-mail приховано]';
const ADDRESS = '[адресу приховано]';

describe('placeholders', () => {
  it('are the four agreed Ukrainian markers', () => {
    expect(PERSONAL_DATA_PLACEHOLDERS).toEqual({ email: EMAIL, phone: PHONE, name: NAME, address: ADDRESS });
  });
});

describe('phones (no known phone given: recognised by format alone)', () => {
  it.each([
    '+380 67 123 45 67',
    '+380671234567',
    '380671234567',
    '067-123-45-67',
    '(067)1234567',
    '(067) 123-45-67',
    '067 123 45 67',
    '0671234567',
    '+38 (067) 123-45-67',
    '+38 067 123 45 67',
    '+380 (67) 123 45 67',
    '8 067 123 45 67',
    '067.123.45.67',
    '067 12 34 567',
    '044 123-45-67',
  ])('masks %s', (phone) => {
    expect(maskPersonalData(`Тел.: ${phone}, дзвоніть.`)).toBe(`Тел.: ${PHONE}, дзвоніть.`);
  });

  it('keeps a closing bracket that does not belong to the number, and the opening one that does', () => {
    expect(maskPersonalData('(тел. 0671234567)')).toBe(`(тел. ${PHONE})`);
    expect(maskPersonalData('номер (0671234567) діє')).toBe(`номер (${PHONE}) діє`);
  });

  it('stops at the last group that completes a number', () => {
    expect(maskPersonalData('067 123 45 67 2 рази')).toBe(`${PHONE} 2 рази`);
    expect(maskPersonalData('з 2023 067 123 45 67')).toBe(`з 2023 ${PHONE}`);
    expect(maskPersonalData('067 123 45 67 068 765 43 21')).toBe(`${PHONE} ${PHONE}`);
  });

  it('leaves dates, registration numbers, IBANs, tax numbers and short city numbers alone', () => {
    const text =
      'Рішення № 12 від 12.03.2024; картка УКЦ 0012345678; IBAN UA21 3223 1300 0002 6007 2335 6600 1; ' +
      'РНОКПП 3012345678; тел. приймальні 22-33-44; 1 234 567 грн.';
    expect(findPersonalData(text)).toEqual([]);
  });

  it('catches the applicant’s own short city number when it is known, in any spacing', () => {
    expect(maskPersonalData('тел. 3-12-45 або 31245', { phone: '3 12 45' })).toBe(`тел. ${PHONE} або ${PHONE}`);
  });

  it('finds the known phone written with a different prefix', () => {
    expect(findPersonalData('дзвонив з 67 123 45 67', { phone: '067 123 45 67' })).toEqual([
      { kind: 'phone', start: 10, end: 22, match: '67 123 45 67' },
    ]);
  });
});

describe('e-mails', () => {
  it('masks ordinary addresses but not the sentence’s full stop', () => {
    expect(maskPersonalData('Пишіть: taras.sh-1@gmail.com. Або info@drohobych-rada.gov.ua!')).toBe(
      `Пишіть: ${EMAIL}. Або ${EMAIL}!`,
    );
  });

  it('masks Cyrillic domains and the known address', () => {
    expect(maskPersonalData('тарас@пошта.укр, TARAS@UKR.NET', { email: 'taras@ukr.net' })).toBe(`${EMAIL}, ${EMAIL}`);
  });

  it('an e-mail made of phone digits is one e-mail', () => {
    expect(findPersonalData('0671234567@ukr.net')).toEqual([
      { kind: 'email', start: 0, end: 18, match: '0671234567@ukr.net' },
    ]);
  });
});

describe('names: Шевченко Тарас Григорович', () => {
  const known = { fullName: TARAS.fullName };
  it.each([
    ['nominative, full', 'Шевченко Тарас Григорович звернувся', `${NAME} звернувся`],
    ['nominative, first name first', 'Тарас Григорович Шевченко звернувся', `${NAME} звернувся`],
    ['genitive', 'Від Шевченка Тараса Григоровича надійшло', `Від ${NAME} надійшло`],
    ['genitive, first name and surname', 'лист Тараса Шевченка', `лист ${NAME}`],
    ['dative', 'Шевченку Тарасу Григоровичу надіслано', `${NAME} надіслано`],
    ['dative, -ові', 'Шевченкові Тарасові', NAME],
    ['instrumental', 'з Шевченком Тарасом Григоровичем', `з ${NAME}`],
    ['locative', 'при Шевченкові', `при ${NAME}`],
    ['vocative', 'Шановний Тарасе Григоровичу!', `Шановний ${NAME}!`],
    ['upper case', 'ШЕВЧЕНКО ТАРАС', NAME],
    ['lower case', 'шевченко тарас', NAME],
    ['initials before, spaced', 'Т. Г. Шевченко', NAME],
    ['initials before, joined', 'Т.Г. Шевченко', NAME],
    ['initials before, no space', 'Т.Г.Шевченко', NAME],
    ['initials after, joined', 'Шевченко Т.Г.', NAME],
    ['initials after, spaced', 'Шевченку Т. Г. надано', `${NAME} надано`],
    ['one initial', 'Т. Шевченка', NAME],
  ])('%s: %s', (_form, text, masked) => {
    expect(maskPersonalData(text, known)).toBe(masked);
  });

  it('does not mask a different surname sharing the first name’s stem, or a lower-case abbreviation', () => {
    expect(maskPersonalData('Тарасенко, т. зв. скарга, Г. Сковорода', known)).toBe(
      'Тарасенко, т. зв. скарга, Г. Сковорода',
    );
    expect(maskPersonalData('ДСТ. Шевченко', known)).toBe(`ДСТ. ${NAME}`);
  });

  it('reports the joined span with exact offsets', () => {
    expect(findPersonalData('Заявник: Шевченку Т. Г., вул. Садова, 3.', TARAS)).toEqual([
      { kind: 'name', start: 9, end: 23, match: 'Шевченку Т. Г.' },
      { kind: 'address', start: 25, end: 39, match: 'вул. Садова, 3' },
    ]);
  });
});

describe('names: feminine, adjectival and alternating stems', () => {
  it('Ковальська Ольга Петрівна: genitive, dative (Ользі), instrumental, initials', () => {
    const known = { fullName: 'Ковальська Ольга Петрівна' };
    expect(
      maskPersonalData(
        'Ковальської Ольги Петрівни; Ковальській Ользі Петрівні; Ольгою Петрівною; Ковальська О. П.',
        known,
      ),
    ).toBe(`${NAME}; ${NAME}; ${NAME}; ${NAME}`);
  });

  it('Білецький Андрій Олексійович: adjectival surname and -ій first name', () => {
    const known = { fullName: 'Білецький Андрій Олексійович' };
    expect(maskPersonalData('Білецькому Андрію; Андрієм Білецьким; Білецького А. О.', known)).toBe(
      `${NAME}; ${NAME}; ${NAME}`,
    );
  });

  it('Кравець Федір: fleeting «е» (Кравця) and «і» → «о» (Федора)', () => {
    const known = { fullName: 'Кравець Федір' };
    expect(maskPersonalData('Федора Кравця; Кравцю Федору; Кравцем', known)).toBe(`${NAME}; ${NAME}; ${NAME}`);
  });

  it('Заєць Яків, Дячок Лука: Зайцю, Якова, Дячка, Луці', () => {
    expect(maskPersonalData('Зайцю Якову', { fullName: 'Заєць Яків' })).toBe(NAME);
    expect(maskPersonalData('Дячка Луку; Луці Дячку', { fullName: 'Дячок Лука' })).toBe(`${NAME}; ${NAME}`);
  });

  it('apostrophes and hyphenated surnames', () => {
    expect(maskPersonalData("Мар’яні Квітці-Основ'яненко", { fullName: "Квітка-Основ'яненко Мар'яна" })).toBe(NAME);
  });

  it('known misses (documented): Лев → Льва, diminutives, Latin spelling, short names declined', () => {
    expect(maskPersonalData('Льва', { fullName: 'Лев' })).toBe('Льва');
    expect(maskPersonalData('Тарасик', { fullName: 'Тарас' })).toBe('Тарасик');
    expect(maskPersonalData('Taras Shevchenko', { fullName: 'Шевченко Тарас' })).toBe('Taras Shevchenko');
    expect(maskPersonalData('Ія, Ії', { fullName: 'Ія' })).toBe(`${NAME}, Ії`);
  });

  it('known over-masking (documented): a common word sharing the surname’s stem', () => {
    expect(maskPersonalData('звернулися до коваля', { fullName: 'Коваль Іван' })).toBe(`звернулися до ${NAME}`);
  });
});

describe('addresses: м. Дрогобич, вул. Садова, 3, кв. 5', () => {
  const known = { address: TARAS.address };
  it.each([
    ['as written', 'проживає: м. Дрогобич, вул. Садова, 3, кв. 5.', `проживає: ${ADDRESS}.`],
    ['other letter case and spaces', 'М. ДРОГОБИЧ,ВУЛ. САДОВА,3, КВ. 5', ADDRESS],
    ['street and house', 'на вул. Садова, 3 відремонтовано', `на ${ADDRESS} відремонтовано`],
    ['no spaces', 'вул.Садова,3', ADDRESS],
    ['without street type', 'Садова 3', ADDRESS],
    ['locative of type and name', 'у будинку на вулиці Садовій, 3', `у будинку на ${ADDRESS}`],
    ['genitive, буд., apartment', 'мешканка вулиці Садової, буд. 3, квартира 5', `мешканка ${ADDRESS}`],
  ])('%s', (_form, text, masked) => {
    expect(maskPersonalData(text, known)).toBe(masked);
  });

  it('leaves another house or the street without a house number', () => {
    const text = 'вул. Садова, 35; мешканці вулиці Садової; вул. Садова, 3а';
    expect(maskPersonalData(text, known)).toBe(text);
  });

  it('does not look for a known address that has no house number: it names a place, not a person', () => {
    expect(maskPersonalData('Ремонт доріг у м. Дрогобич', { address: 'м. Дрогобич' })).toBe(
      'Ремонт доріг у м. Дрогобич',
    );
  });

  it('reads a street named after a person and a house with a letter', () => {
    const known2 = { address: 'Львівська обл., м. Дрогобич, вул. Тараса Шевченка 12-А' };
    expect(maskPersonalData('на вулиці Тараса Шевченка, 12а', known2)).toBe(`на ${ADDRESS}`);
    expect(maskPersonalData('на вулиці Тараса Шевченка, 12', known2)).toBe('на вулиці Тараса Шевченка, 12');
  });

  it('an applicant named like the street: the address wins as one span', () => {
    expect(
      findPersonalData('Садовий П., вул. Садова, 3', { fullName: 'Садовий Петро', address: 'вул. Садова, 3' }),
    ).toEqual([
      { kind: 'name', start: 0, end: 10, match: 'Садовий П.' },
      { kind: 'address', start: 12, end: 26, match: 'вул. Садова, 3' },
    ]);
  });
});

describe('everything together', () => {
  it('masks every kind in one text', () => {
    const text =
      'Шевченку Тарасу Григоровичу, вулиці Садовій, 3, кв. 5; тел. (067) 123-45-67, taras.sh@gmail.com. ' +
      'Ремонт покрівлі на вул. Лесі Українки, 7 заплановано на квітень.';
    expect(maskPersonalData(text, TARAS)).toBe(
      `${NAME}, ${ADDRESS}; тел. ${PHONE}, ${EMAIL}. Ремонт покрівлі на вул. Лесі Українки, 7 заплановано на квітень.`,
    );
  });

  it('containsPersonalData', () => {
    expect(containsPersonalData('Ремонт покрівлі заплановано на квітень.', TARAS)).toBe(false);
    expect(containsPersonalData('Дякуємо, Тарасе!', TARAS)).toBe(true);
    expect(containsPersonalData('', TARAS)).toBe(false);
  });

  it('with nothing known, finds only e-mails and phones', () => {
    expect(maskPersonalData('Шевченко Т. Г., вул. Садова, 3, 0671234567', {})).toBe(
      `Шевченко Т. Г., вул. Садова, 3, ${PHONE}`,
    );
    expect(maskPersonalData('Шевченко Т. Г.', { fullName: null, address: null, email: null, phone: null })).toBe(
      'Шевченко Т. Г.',
    );
  });
});
