import type { Core } from '@strapi/strapi';
import { searchText } from '../domain/search/search-text';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** The registers the clerk's search reaches into, with the component that holds the person. */
export const SEARCHED_REGISTERS: Record<string, { person: string; subject: string | null }> = {
  'api::appeal.appeal': { person: 'applicant', subject: 'subject' },
  'api::information-request.information-request': { person: 'requester', subject: null },
};

/**
 * Keeps `searchText` (src/domain/search/search-text.ts) in step with the item on every create and update, inside the
 * change's transaction; nobody writes it directly.
 */
export function searchTextKeeper(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    const spec = SEARCHED_REGISTERS[uid];
    if (!spec || (action !== 'create' && action !== 'update')) return next();
    if (params?.data && typeof params.data === 'object') delete params.data.searchText;
    const result: any = await next();
    const documentId = result?.documentId ?? params?.documentId;
    if (typeof documentId === 'string') await refreshSearchText(strapi, uid, { documentId });
    return result;
  };
}

/** Recomputes the search text of the rows matching `where` (one document, or a batch when filling old rows). */
export async function refreshSearchText(strapi: Core.Strapi, uid: string, where: Record<string, unknown>, limit?: number): Promise<number> {
  const spec = SEARCHED_REGISTERS[uid];
  const rows: any[] = await strapi.db.query(uid as any).findMany({
    where,
    select: ['id', 'registrationNumber', ...(uid === 'api::appeal.appeal' ? ['contactCenterCardNumber', 'subject'] : [])],
    populate: { [spec.person]: true },
    ...(limit ? { limit, orderBy: { id: 'asc' } } : {}),
  });
  for (const row of rows) {
    const person = row[spec.person] ?? {};
    const value = searchText({ ...row, ...person, registrationNumber: row.registrationNumber, subject: spec.subject ? row[spec.subject] : null });
    // an empty text marks the row as done for the filling of old rows
    await strapi.db.query(uid as any).update({ where: { id: row.id }, data: { searchText: value ?? '' } });
  }
  return rows.length;
}

/** Fills the search text of items written before it existed (in batches; a no-op once done). */
export async function fillMissingSearchText(strapi: Core.Strapi): Promise<void> {
  for (const uid of Object.keys(SEARCHED_REGISTERS)) {
    while ((await refreshSearchText(strapi, uid, { searchText: { $null: true } }, 500)) > 0);
  }
}

/**
 * On PostgreSQL, a trigram index for the `ILIKE '%…%'` the search runs on the search text, and one on each other
 * column Strapi's search compares (the id, the document id and the locale, as text), so a search is two index scans instead of reading every row; and one on the
 * applicant's and requester's lower-cased name for the list filter by name. Created after the
 * schema sync (a migration runs before it, when a new database has no tables yet); skipped on SQLite and where the
 * pg_trgm extension cannot be created.
 */
export async function ensureSearchIndexes(strapi: Core.Strapi): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  const knex = strapi.db.connection;
  try {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  } catch (error) {
    strapi.log.warn(`Пошук без індексу: розширення pg_trgm недоступне (${(error as Error).message})`);
    return;
  }
  for (const table of ['appeals', 'information_requests']) {
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_search_text_trgm ON ${table} USING gin (search_text gin_trgm_ops)`);
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_id_text_trgm ON ${table} USING gin ((id::text) gin_trgm_ops)`);
    // Strapi's `_q` also compares the document id and the locale as text: without an index on every branch of its
    // OR the planner reads the whole table (about 0.4 s on 100 000 appeals for a rare e-mail or number)
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_document_id_trgm ON ${table} USING gin ((document_id::text) gin_trgm_ops)`);
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_locale_trgm ON ${table} USING gin ((locale::text) gin_trgm_ops)`);
  }
  // the list filter «Заявник (ПІБ) містить …» runs `LOWER(CAST(full_name AS VARCHAR)) LIKE LOWER('%…%')`
  for (const table of ['components_personal_applicants', 'components_personal_requesters']) {
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_full_name_trgm ON ${table} USING gin ((lower(full_name::varchar)) gin_trgm_ops)`);
  }
}
