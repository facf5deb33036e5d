/**
 * «Ковальчук Наталія Андріївна» → «Ковальчук Н. А.»: how orders and routing reasons name a person.
 * A surname with initials reads the same in every grammatical case, so a reason never needs declension.
 */
export function surnameWithInitials(fullName: string): string {
  const [surname, ...names] = fullName.trim().split(/\s+/u);
  if (!surname) return fullName;
  const initials = names.filter((name) => /^\p{L}/u.test(name)).map((name) => `${name[0].toLocaleUpperCase('uk')}.`);
  return [surname, ...initials].join(' ');
}
