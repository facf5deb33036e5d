import { searchText } from '../../../../src/domain/search/search-text';

describe('the text the clerk’s search looks through', () => {
  const appeal = {
    registrationNumber: 'Ш-17/2026',
    contactCenterCardNumber: 'УКЦ-445566',
    subject: 'Ремонт  тротуару',
    fullName: 'Шевченко Тарас Григорович',
    email: 'Taras@Example.com',
    phone: '+380 67 123-45-67',
  };

  it('holds the number, the card, the subject and the person, as typed and in lower case', () => {
    const text = searchText(appeal)!;
    for (const part of ['Ш-17/2026', 'ш-17/2026', 'УКЦ-445566', 'Шевченко Тарас Григорович', 'шевченко тарас григорович', 'Taras@Example.com', 'taras@example.com', 'Ремонт тротуару']) {
      expect(text).toContain(part);
    }
  });

  it('holds a phone also as its digits, so a number typed without spaces or the country code is found', () => {
    const text = searchText(appeal)!;
    expect(text).toContain('+380 67 123-45-67');
    expect(text).toContain('0671234567');
  });

  it('keeps each word once and leaves out what is missing', () => {
    expect(searchText({ registrationNumber: 'ЗІ-5/2026', organization: '  ', email: null, phone: undefined })).toBe('ЗІ-5/2026 | зі-5/2026');
    expect(searchText({ registrationNumber: '123' })).toBe('123');
  });

  it('is empty for an item with nothing to find it by', () => {
    expect(searchText({})).toBeNull();
    expect(searchText({ fullName: 42, subject: { x: 1 } })).toBeNull();
  });
});
