/**
 * Values as the database hands them back, made plain for the domain.
 *
 * A `date` column holds a Kyiv calendar date with no time of day. Both databases return it as text "YYYY-MM-DD":
 * SQLite stores the text, and on PostgreSQL Strapi turns off node-pg's DATE → Date parsing
 * (@strapi/database, dialects/postgresql: setTypeParser(DATE, v => v)). A `Date` reaches here only when one was
 * built from such text (`new Date('2026-03-02')` is UTC midnight), so its UTC fields are the calendar date — the
 * same reading as the domain's (src/domain/input/values.ts) and `readIsoDate` for callers' input.
 */
export function storedIsoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** A `datetime` column (an instant) as ISO 8601 text in UTC; null when empty or unreadable. */
export function storedIsoInstant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value as any);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
