import fs from 'fs';
import path from 'path';
import { DomainError } from '../../domain/errors';

/**
 * The text of a job instruction file: .txt as UTF-8, .docx through mammoth's raw text (paragraphs become lines,
 * which is what the parser expects). Anything else is refused in words a clerk understands.
 */
export async function readInstructionFile(file: string): Promise<string> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw importError('import.file_missing', `Файл «${file}» не знайдено: вкажіть шлях до файлу .txt або .docx.`);
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.txt') return fs.readFileSync(file, 'utf8');
  if (extension === '.docx') return docxText(fs.readFileSync(file));
  throw importError(
    'import.unsupported_format',
    `Формат «${extension || 'без розширення'}» не підтримується: збережіть документ як .docx або як текст .txt (UTF-8).`,
  );
}

export async function docxText(buffer: Buffer): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mammoth = require('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer });
    return String(result.value ?? '');
  } catch {
    throw importError('import.broken_docx', 'Файл .docx пошкоджений або це не документ Word: відкрийте його у Word і збережіть ще раз.');
  }
}

function importError(rule: string, message: string): DomainError {
  return new DomainError({ field: 'file', rule, message });
}
