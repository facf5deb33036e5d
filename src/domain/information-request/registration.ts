import { formatRegistrationNumber } from '../appeal/registration';

/**
 * Registration number of a public information request: the index `ЗІ` (запит на інформацію) and a
 * sequence number that restarts every year, e.g. `ЗІ-17/2026`. The format and the year of receipt in
 * Kyiv are the same as for appeals, so both come from the appeal module.
 */

export const INFO_REQUEST_PREFIX = 'ЗІ';

export function informationRequestNumber(sequence: number, year: number): string {
  return formatRegistrationNumber(INFO_REQUEST_PREFIX, sequence, year);
}

/** The year whose sequence a request belongs to: the year of receipt in Kyiv. */
export { registrationYear } from '../appeal/registration';
