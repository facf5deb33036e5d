import type { RuleViolation } from '../errors';

/**
 * Who may decide not to consider an appeal (Law 393/96-ВР Art. 8: «Рішення про припинення розгляду такого звернення
 * приймає керівник органу … або його заступник, про що повідомляється особі, яка подала звернення»). The decider named
 * in `notConsideredDecidedBy` must be the head or the deputy head (`deputyHead`) of the appeal's department or of one
 * of its parent departments — the same circle who approve an extension of the term (Art. 20,
 * src/domain/access/extension-approval.ts).
 *
 * An anonymous appeal is not considered by the law itself (Art. 8, first part): no decision, no decider — not checked
 * here. «A decider is required» is a register rule (`not_considered.decided_by_required`).
 */
export interface NotConsideredDeciderInput {
  /** staff id named as the decider (already resolved from documentId); null when none is named */
  deciderId: number | null;
  /** heads and deputy heads of the appeal's department and of each parent department, nearest first (staff ids) */
  headsOfChain: readonly number[];
  /** the appeal has no department and no executor whose department could stand for it */
  departmentUnknown: boolean;
}

const ART_8 = 'ст. 8 Закону України «Про звернення громадян»';

export function checkNotConsideredDecider(input: NotConsideredDeciderInput): RuleViolation | null {
  if (input.deciderId === null) return null;
  if (input.headsOfChain.includes(input.deciderId)) return null;
  if (input.departmentUnknown) {
    return {
      field: 'notConsideredDecidedBy',
      rule: 'not_considered.department_unknown',
      message: `Спочатку вкажіть підрозділ або виконавця звернення: рішення не розглядати звернення приймає керівник цього ` +
        `підрозділу (органу) або його заступник (${ART_8}).`,
    };
  }
  return {
    field: 'notConsideredDecidedBy',
    rule: 'not_considered.decider_not_head',
    message: `Рішення не розглядати звернення приймає лише керівник органу або його заступник (${ART_8}). Вкажіть ` +
      `керівника підрозділу, якому доручено звернення, або вищого підрозділу.`,
  };
}
