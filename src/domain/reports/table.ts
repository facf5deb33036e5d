/**
 * A report as a table: Ukrainian column headers, typed cells. One model renders to JSON for the admin page, to CSV
 * and to XLSX, so every format shows the same figures.
 */
export type CellType = 'text' | 'integer' | 'decimal' | 'percent';

export interface ReportColumn {
  key: string;
  label: string;
  type: CellType;
}

export interface ReportTable {
  title: string;
  /** e.g. «01.10.2026 – 31.12.2026» */
  subtitle: string;
  columns: ReportColumn[];
  rows: Array<Record<string, string | number | null>>;
  totals?: Record<string, string | number | null>;
}

/** CSV for spreadsheet programs set to Ukrainian: `;` separator, decimal comma, UTF-8 with BOM. */
export function toCsv(table: ReportTable): string {
  const escape = (value: string) => (/[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const cell = (column: ReportColumn, value: unknown) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return column.type === 'integer' ? String(value) : String(value).replace('.', ',');
    return escape(String(value));
  };
  const lines = [table.columns.map((c) => escape(c.label)).join(';')];
  for (const row of [...table.rows, ...(table.totals ? [table.totals] : [])]) lines.push(table.columns.map((c) => cell(c, row[c.key])).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Average of days, rounded to a tenth; null when there is nothing to average. */
export function roundDays(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n * 10) / 10 : null;
}

export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
