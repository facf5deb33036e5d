import { refuse, refusingDomainErrors } from '../documents/input';
import { importInstruction, type ImportOptions } from '../bootstrap/instruction-import/import-instruction';
import { docxText } from '../bootstrap/instruction-import/read-document';

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * POST /api/job-instructions/import — the same import as `npm run import:instruction`, over HTTP:
 * `{ data: { text | docxBase64, dryRun, position, department, effectiveFrom, version, approvedBy, approvedOn, title } }`.
 * A dry run answers the plan and writes nothing; otherwise everything is created in one transaction.
 */
export async function importAction(ctx: any): Promise<void> {
  const data = ctx.request.body?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) refuse('data', 'Передайте об’єкт data з текстом документа (text) або файлом .docx (docxBase64).');
  await refusingDomainErrors(async () => {
    const text = await textOf(data);
    const options: ImportOptions = {
      dryRun: data.dryRun === true || data.dryRun === 'true',
      position: optionalText(data.position, 'position'),
      department: optionalText(data.department, 'department'),
      effectiveFrom: optionalText(data.effectiveFrom, 'effectiveFrom'),
      version: data.version === undefined || data.version === null || data.version === '' ? null : Number(data.version),
      approvedBy: optionalText(data.approvedBy, 'approvedBy'),
      approvedOn: optionalText(data.approvedOn, 'approvedOn'),
      title: optionalText(data.title, 'title'),
    };
    const result = await importInstruction(strapi, text, options);
    ctx.status = result.dryRun ? 200 : 201;
    ctx.body = { data: result };
  });
}

async function textOf(data: Record<string, unknown>): Promise<string> {
  if (typeof data.docxBase64 === 'string' && data.docxBase64 !== '') {
    const buffer = Buffer.from(data.docxBase64, 'base64');
    if (buffer.length > MAX_BYTES) refuse('docxBase64', 'Файл завеликий: посадова інструкція не буває більшою за 5 МБ.');
    return docxText(buffer);
  }
  if (typeof data.text !== 'string') refuse('text', 'Передайте текст документа (text) або файл .docx (docxBase64).');
  if (data.text.length > MAX_BYTES) refuse('text', 'Текст завеликий: посадова інструкція не буває більшою за 5 МБ.');
  return data.text;
}

function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') refuse(field, `Поле «${field}» має бути текстом.`);
  return value;
}
