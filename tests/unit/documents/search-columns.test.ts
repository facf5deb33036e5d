import fs from 'fs';
import path from 'path';

/**
 * Strapi's list search (`_q`) ORs an `ILIKE '%…%'` over every string, text, enumeration and (for a numeric query)
 * number attribute not marked `searchable: false`, plus the id. On the registers that OR must touch only columns with a
 * trigram index (the derived search text and the id, src/documents/search-text.ts): one unindexed column in the OR and
 * PostgreSQL reads every row of a 100 000-row table.
 */
const SEARCHED_TYPES = ['string', 'text', 'richtext', 'uid', 'email', 'enumeration', 'integer', 'biginteger', 'decimal', 'float'];

const searched = (api: string): string[] =>
  Object.entries(JSON.parse(fs.readFileSync(path.join(__dirname, `../../../src/api/${api}/content-types/${api}/schema.json`), 'utf8')).attributes)
    .filter(([, attribute]: [string, any]) => SEARCHED_TYPES.includes(attribute.type) && attribute.searchable !== false)
    .map(([name]) => name);

describe('the registers\' list search reads only indexed columns', () => {
  it.each(['appeal', 'information-request'])('%s: every searched attribute is the derived search text', (api) => {
    expect(searched(api)).toEqual(['searchText']);
  });
});
