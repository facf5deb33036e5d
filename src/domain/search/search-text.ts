/**
 * What the clerk's list search (`_q` of the content manager) looks through for a register item: one derived text of
 * the registration number, the hotline card number, the subject and the person's (applicant's or requester's) name,
 * organisation, e-mail and phone. The person is a component, which Strapi's search does not reach, so the text is kept
 * on the item itself.
 *
 * Each part is written as typed and in lower case (SQLite's LIKE folds only Latin letters), and a phone also as its
 * digits alone, so «0671234567» finds «+380 67 123-45-67».
 */
export interface SearchParts {
  registrationNumber?: unknown;
  contactCenterCardNumber?: unknown;
  subject?: unknown;
  fullName?: unknown;
  organization?: unknown;
  email?: unknown;
  phone?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

export function searchText(parts: SearchParts): string | null {
  const words: string[] = [];
  const add = (value: string) => {
    if (value && !words.includes(value)) words.push(value);
  };
  for (const key of ['registrationNumber', 'contactCenterCardNumber', 'fullName', 'organization', 'email', 'subject'] as const) {
    const value = text(parts[key]);
    add(value);
    add(value.toLowerCase());
  }
  const phone = text(parts.phone);
  add(phone);
  add(phone.replace(/\D/g, ''));
  return words.length ? words.join(' | ') : null;
}
