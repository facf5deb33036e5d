import { readdirSync, readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { ENUM_LABELS, SHARED_VALUE_LABELS, enumMessages, enumLabel } from '../../../src/admin/enum-labels';

const root = join(__dirname, '..', '..', '..');

function schemaEnumerations(): Array<{ api: string; field: string; values: string[] }> {
  const out: Array<{ api: string; field: string; values: string[] }> = [];
  const apiDir = join(root, 'src', 'api');
  for (const api of readdirSync(apiDir)) {
    const ctDir = join(apiDir, api, 'content-types');
    if (!existsSync(ctDir)) continue;
    for (const ct of readdirSync(ctDir)) {
      const file = join(ctDir, ct, 'schema.json');
      if (!existsSync(file)) continue;
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      for (const [field, attr] of Object.entries<any>(schema.attributes)) {
        if (attr.type === 'enumeration') out.push({ api: ct, field, values: attr.enum });
      }
    }
  }
  // Components (their enumerations appear in the same edit forms), keyed by uid: category.name.
  const componentsDir = join(root, 'src', 'components');
  for (const category of readdirSync(componentsDir)) {
    for (const file of readdirSync(join(componentsDir, category)).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(componentsDir, category, file), 'utf8'));
      for (const [field, attr] of Object.entries<any>(schema.attributes)) {
        if (attr.type === 'enumeration') out.push({ api: `${category}.${file.replace(/\.json$/, '')}`, field, values: attr.enum });
      }
    }
  }
  return out;
}

/** The admin panel's own message catalogues (the ids the form and filter lookups could hit). */
function adminCatalogue(lang: string): Record<string, string> {
  const mod = require(join(root, 'node_modules', '@strapi', 'admin', 'dist', 'admin', 'admin', 'src', 'translations', `${lang}.json.js`));
  return mod.default ?? mod;
}

const CYRILLIC = /[а-щьюяєіїґ]/i;

describe('Ukrainian labels of enumeration values', () => {
  const enums = schemaEnumerations();

  it('finds the schema enumerations (the appeal state among them)', () => {
    expect(enums.length).toBeGreaterThan(20);
    expect(enums.find((e) => e.api === 'appeal' && e.field === 'workflowState')?.values).toContain('in_progress');
  });

  it('labels every value of every schema enumeration, per attribute and in the message catalogue', () => {
    const messages = enumMessages();
    const missing: string[] = [];
    for (const { api, field, values } of enums) {
      for (const value of values) {
        const label = ENUM_LABELS[api]?.[field]?.[value];
        if (!label || !CYRILLIC.test(label)) missing.push(`${api}.${field}=${value}`);
        if (!messages[value] || !CYRILLIC.test(messages[value])) missing.push(`message ${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no label for an attribute or value the schemas do not have', () => {
    const known = new Set(enums.map((e) => `${e.api}.${e.field}`));
    const stray = Object.entries(ENUM_LABELS).flatMap(([api, fields]) =>
      Object.keys(fields).filter((field) => !known.has(`${api}.${field}`)).map((field) => `${api}.${field}`),
    );
    expect(stray).toEqual([]);
  });

  it('a shared label is only used for values that really occur in several enumerations', () => {
    const count = new Map<string, number>();
    for (const { values } of enums) for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
    const notShared = Object.keys(SHARED_VALUE_LABELS).filter((v) => (count.get(v) ?? 0) < 2);
    expect(notShared).toEqual([]);
  });

  it('no value collides with an admin message id whose text differs', () => {
    const messages = enumMessages();
    const en = adminCatalogue('en');
    const uk = adminCatalogue('uk');
    expect(Object.keys(en).length).toBeGreaterThan(500);
    const collisions = Object.keys(messages).filter((id) => id in en || id in uk).filter((id) => (uk[id] ?? '') !== messages[id]);
    expect(collisions).toEqual([]);
  });

  it('a list cell shows the label of its own attribute', () => {
    expect(enumLabel('appeal', 'workflowState', 'forwarded')).not.toBe(enumLabel('appeal', 'channel', 'forwarded'));
    expect(enumLabel('appeal', 'channel', 'government_hotline')).toBe('урядова «гаряча лінія» 1545');
    expect(enumLabel('appeal', 'answerOutcome', 'satisfied')).not.toBe('satisfied');
    expect(enumLabel('appeal', 'channel', 'forwarded')).toBe('надійшло від іншого органу');
    expect(enumLabel('appeal', 'channel', null)).toBe('');
  });
});
