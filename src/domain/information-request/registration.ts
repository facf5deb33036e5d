import { formatRegistrationNumber } from '../register/registration';

/**
 * Registration number of a public information request: the index `ЗІ` (запит на інформацію) and a
 * sequence number that restarts every year, e.g. `ЗІ-17/2026` (src/domain/register/registration.ts).
 */

export const INFO_REQUEST_PREFIX = 'ЗІ';

export function informationRequestNumber(sequence: number, year: number): string {
  return formatRegistrationNumber(INFO_REQUEST_PREFIX, sequence, year);
}
