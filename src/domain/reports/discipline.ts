import { formatIsoDate } from '../terms';
import { roundDays, share, type ReportColumn, type ReportTable } from './table';

/** Executive discipline (виконавська дисципліна) per department or per executor, over appeals and information requests. */
export type DisciplineGrouping = 'department' | 'assignee';

export interface DisciplineRow {
  groupId: string | null;
  groupName: string | null;
  received: number;
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  open: number;
  overdue: number;
  averageDaysToAnswer: number | null;
  extensions: number;
  /** Appeals returned to the author later than 10 days (Law 393/96-ВР Art. 5, `returnedLate`). */
  returnedLate: number;
  /** Recorded corrections of a fixed term field (receipt, answer, forwarding, return moments …), per item counted. */
  corrections: number;
  /**
   * Information requests forwarded to the holder whose requester was told later than the forwarding (Law 2939-VI
   * Art. 22 ч. 3, «з одночасним повідомленням про це запитувача»; recorded as `forwardingNoticeLate`).
   */
  forwardingNoticeLate: number;
}

export const DISCIPLINE_COLUMNS = (grouping: DisciplineGrouping): ReportColumn[] => [
  { key: 'groupName', label: grouping === 'department' ? 'Підрозділ' : 'Виконавець', type: 'text' },
  { key: 'received', label: 'Надійшло', type: 'integer' },
  { key: 'answered', label: 'Розглянуто', type: 'integer' },
  { key: 'answeredOnTime', label: 'Вчасно', type: 'integer' },
  { key: 'answeredLate', label: 'Із запізненням', type: 'integer' },
  { key: 'onTimeShare', label: 'Частка вчасних, %', type: 'percent' },
  { key: 'open', label: 'На розгляді', type: 'integer' },
  { key: 'overdue', label: 'Прострочено зараз', type: 'integer' },
  { key: 'averageDaysToAnswer', label: 'Середній строк розгляду, днів', type: 'decimal' },
  { key: 'extensions', label: 'Продовжень строку', type: 'integer' },
  { key: 'returnedLate', label: 'Повернуто із запізненням', type: 'integer' },
  { key: 'corrections', label: 'Записаних виправлень', type: 'integer' },
  { key: 'forwardingNoticeLate', label: 'Запитувача повідомлено про направлення із запізненням', type: 'integer' },
];

const NOBODY: Record<DisciplineGrouping, string> = { department: 'Підрозділ не визначено', assignee: 'Виконавця не призначено' };

/** Rows as the SQL returns them (strings or numbers per driver) → typed rows, named, sorted by overdue then name. */
export function disciplineRows(raw: Array<Record<string, unknown>>, grouping: DisciplineGrouping): DisciplineRow[] {
  return raw
    .map((r) => ({
      groupId: r.group_id === null || r.group_id === undefined ? null : String(r.group_id),
      groupName: r.group_name ? String(r.group_name) : NOBODY[grouping],
      received: Number(r.received ?? 0),
      answered: Number(r.answered ?? 0),
      answeredOnTime: Number(r.answered_on_time ?? 0),
      answeredLate: Number(r.answered_late ?? 0),
      open: Number(r.open ?? 0),
      overdue: Number(r.overdue ?? 0),
      averageDaysToAnswer: roundDays(r.average_days),
      extensions: Number(r.extensions ?? 0),
      returnedLate: Number(r.returned_late ?? 0),
      corrections: Number(r.corrections ?? 0),
      forwardingNoticeLate: Number(r.forwarding_notice_late ?? 0),
    }))
    .sort((a, b) => b.overdue - a.overdue || (a.groupName ?? '').localeCompare(b.groupName ?? '', 'uk'));
}

/** `total` is the same aggregate over all items (computed by the database, not summed from rounded rows). */
export function disciplineTable(rows: DisciplineRow[], total: DisciplineRow, grouping: DisciplineGrouping, from: string, to: string): ReportTable {
  const withShare = (r: DisciplineRow) => ({ ...r, onTimeShare: share(r.answeredOnTime, r.answered) });
  return {
    title: `Виконавська дисципліна ${grouping === 'department' ? 'за підрозділами' : 'за виконавцями'}`,
    subtitle: `${formatIsoDate(from)} – ${formatIsoDate(to)}`,
    columns: DISCIPLINE_COLUMNS(grouping),
    rows: rows.map(withShare),
    totals: { ...withShare(total), groupId: null, groupName: 'Усього' },
  };
}
