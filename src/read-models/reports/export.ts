import ExcelJS from 'exceljs';
import { toCsv, type ReportTable } from '../../domain/reports/table';
import type { AnalysisReport } from './analysis-report';

/** The analysis report as one table (section, value, count, share) so it exports like every other report. */
export function analysisTable(report: AnalysisReport): ReportTable {
  const rows = report.sections.flatMap((section) => {
    const total = section.buckets.reduce((acc, b) => acc + b.count, 0);
    return section.buckets.map((b) => ({ section: section.title, label: b.label, count: b.count, share: total ? Math.round((b.count / total) * 1000) / 10 : null }));
  });
  return {
    title: report.title,
    subtitle: report.subtitle,
    columns: [
      { key: 'section', label: 'Розріз', type: 'text' },
      { key: 'label', label: 'Значення', type: 'text' },
      { key: 'count', label: 'Кількість', type: 'integer' },
      { key: 'share', label: 'Частка, %', type: 'percent' },
    ],
    rows,
  };
}

export async function toXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0); // stable files for the same figures
  const sheet = workbook.addWorksheet('Звіт');
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  sheet.addRow([table.subtitle]);
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow(table.columns.map((c) => row[c.key] ?? null));
  if (table.totals) sheet.addRow(table.columns.map((c) => table.totals![c.key] ?? null)).font = { bold: true };
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.type === 'text' ? 42 : 16;
    if (column.type === 'decimal' || column.type === 'percent') col.numFmt = '0.0';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a report table as JSON, CSV or XLSX with a Ukrainian file name. */
export async function sendTable(ctx: any, table: ReportTable, format: unknown, fileName: string): Promise<void> {
  if (format === 'csv') {
    ctx.set('Content-Disposition', `attachment; filename="${fileName}.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}.csv`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = toCsv(table);
    return;
  }
  if (format === 'xlsx') {
    ctx.set('Content-Disposition', `attachment; filename="${fileName}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}.xlsx`);
    ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    ctx.body = await toXlsx(table);
    return;
  }
  ctx.body = { data: table };
}
