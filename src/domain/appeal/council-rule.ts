/**
 * A council's own rule (the single type «Налаштування строків», `personalConsiderationRules`): appeals of this privilege
 * category are considered by the first head personally because the council's act says so — Law 393/96-ВР Art. 20
 * requires it only for Heroes. Checked and read in ./council-personal-rules.ts, applied in ./privileges.ts.
 */
export interface CouncilPersonalRule {
  /** a code of PRIVILEGE_CATEGORIES (./privileges.ts) */
  category: string;
  /** The council's act, e.g. «Розпорядження міського голови від 15.01.2026 № 12-р». */
  basis: string;
}
