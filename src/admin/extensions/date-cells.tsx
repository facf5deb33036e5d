import { Typography } from '@strapi/design-system';
import { OPEN_STATES } from './list-links';

const KYIV = 'Europe/Kyiv';

/** `16.12.2026 23:59` (Kyiv time): the short form of a moment in lists and reports. */
export function shortDateTime(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('uk-UA', { timeZone: KYIV, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

/** `16.12.2026`: a calendar date (`2026-12-16`) in the short form. */
export function shortDate(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

/** Calendar days before the term ends within which an open item is shown at risk (amber). */
export const AT_RISK_DAYS = 3;

/** How a due moment looks: red once passed, amber when near, for an item still open. */
export function dueTone(dueAt: unknown, state: unknown, openStates: readonly string[] | undefined, now = Date.now()): 'overdue' | 'at-risk' | null {
  if (typeof dueAt !== 'string' || !openStates || typeof state !== 'string' || !openStates.includes(state)) return null;
  const due = new Date(dueAt).getTime();
  if (Number.isNaN(due)) return null;
  if (due < now) return 'overdue';
  return due - now <= AT_RISK_DAYS * 24 * 3600 * 1000 ? 'at-risk' : null;
}

const TONE_COLOR = { overdue: 'danger600', 'at-risk': 'warning600' } as const;
const TONE_TITLE = { overdue: 'Строк минув', 'at-risk': `До кінця строку менше ${AT_RISK_DAYS} днів` } as const;

/**
 * Content manager list-view hook: date and date-time columns in the short Ukrainian form; the due column of the
 * registers red when overdue and amber when at risk.
 */
export function dateCells({ displayedHeaders, layout }: { displayedHeaders: any[]; layout: any }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) => {
      const type = header?.attribute?.type;
      if ((type !== 'datetime' && type !== 'date') || typeof header.cellFormatter === 'function') return header;
      return {
        ...header,
        cellFormatter: (row: any, h: any, { model }: { model?: string } = {}) => {
          const value = row?.[h.name];
          const text = type === 'date' ? shortDate(value) : shortDateTime(value);
          const tone = h.name === 'dueAt' ? dueTone(value, row?.workflowState, OPEN_STATES[model ?? '']) : null;
          return (
            <Typography
              textColor={tone ? TONE_COLOR[tone] : 'neutral800'}
              fontWeight={tone ? 'semiBold' : undefined}
              title={tone ? TONE_TITLE[tone] : undefined}
              data-due-tone={tone ?? undefined}
              style={{ whiteSpace: 'nowrap' }}
            >
              {text}
            </Typography>
          );
        },
      };
    }),
  };
}

/**
 * Widest each wide column of the registers' lists may grow: with the number, the two dates and the row actions the six
 * default columns fit a 1440 px screen. A longer value is cut to one line with an ellipsis, the whole text in the tooltip.
 */
// the panel's rem is 10 px
export const COLUMN_MAX: Record<string, string> = { subject: '16rem', workflowState: '13rem', assignee: '13rem' };
/** The lists narrowed so (the two registers). */
const NARROWED = new Set(Object.keys(OPEN_STATES));

/** A cell's text on one line, cut with an ellipsis at `maxWidth`, the whole text in the tooltip. */
export const OneLine = ({ text, maxWidth }: { text: string; maxWidth: string }) => (
  <Typography textColor="neutral800" ellipsis title={text} style={{ display: 'block', maxWidth }}>
    {text}
  </Typography>
);

/**
 * Content manager list-view hook: the registers' subject and executor columns cut to one line (the enumeration
 * columns are cut in `enumerationCells`), so a long subject or name does not push the row actions off a 1440 px screen.
 */
export function textCells({ displayedHeaders, layout }: { displayedHeaders: any[]; layout: any }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) => {
      if (typeof header?.cellFormatter === 'function') return header;
      if (header?.name === 'subject') {
        return { ...header, cellFormatter: (row: any) => <OneLine text={typeof row?.subject === 'string' ? row.subject : ''} maxWidth={COLUMN_MAX.subject} /> };
      }
      const attribute = header?.attribute;
      if (header?.name === 'assignee' && attribute?.type === 'relation' && !/ToMany$/.test(attribute.relation ?? '')) {
        return {
          ...header,
          cellFormatter: (row: any, h: any, { model }: { model?: string } = {}) => {
            // the list renames a relation column to `assignee.fullName` after the hooks ran
            const related = row?.[String(h.name).split('.')[0]];
            const label = related && typeof related === 'object' ? related[h.mainField?.name ?? 'fullName'] : null;
            if (typeof label !== 'string' || !label) return <Typography textColor="neutral800" paddingLeft="1.6rem">-</Typography>;
            return <OneLine text={label} maxWidth={NARROWED.has(model ?? '') ? COLUMN_MAX.assignee : '50rem'} />;
          },
        };
      }
      return header;
    }),
  };
}
