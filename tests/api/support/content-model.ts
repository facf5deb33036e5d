import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'password', 'blocks', 'json']);

/** Tables and text columns of every content type and component of the application, read from their schema files. */
export interface TextTable {
  model: string;
  table: string;
  columns: Array<{ attribute: string; column: string; type: string }>;
  pluralName?: string;
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase();

function schemaFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith('.json') && (entry.name === 'schema.json' || full.includes(`${path.sep}components${path.sep}`)) ? [full] : [];
  });
}

export function applicationTextTables(): TextTable[] {
  const files = [...schemaFiles(path.join(ROOT, 'src/api')), ...schemaFiles(path.join(ROOT, 'src/components'))];
  return files.map((file) => {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    const isComponent = file.includes(`${path.sep}components${path.sep}`);
    const model = isComponent ? `${path.basename(path.dirname(file))}.${path.basename(file, '.json')}` : `api::${schema.info.singularName}.${schema.info.singularName}`;
    const columns = Object.entries<any>(schema.attributes)
      .filter(([, attribute]) => TEXT_TYPES.has(attribute.type))
      .map(([attribute, definition]) => ({ attribute, column: snake(attribute), type: definition.type }));
    return { model, table: schema.collectionName, columns, pluralName: isComponent ? undefined : schema.info.pluralName };
  });
}
