import { errors } from '@strapi/utils';
import { DomainError } from '../domain/errors';
import { isBlank } from '../domain/register/values';

// One comparison for the wiring and the domain: blanks alike, dates by instant.
export { isBlank, sameValue } from '../domain/register/values';

/**
 * Turning what callers send (admin panel, REST, GraphQL, scripts) into plain values for the domain.
 * Anything unreadable becomes a 400 with a Ukrainian message, never a 500.
 */

export function refuse(field: string, message: string, rule = 'input.invalid'): never {
  throw new errors.ValidationError(message, {
    rule,
    errors: [{ path: field.split('.'), message, name: 'ValidationError', value: undefined }],
  });
}

/**
 * The one mapping of a domain refusal to HTTP: a `DomainError` thrown by `fn` (at once or by the promise it returns)
 * becomes the same 400 as `refuse` — the Ukrainian message, `details.rule` and the field's path. Any other error
 * passes through unchanged.
 */
export function refusingDomainErrors<T>(fn: () => T): T {
  try {
    const result = fn();
    if (result instanceof Promise) return result.catch(refuseDomainError) as T;
    return result;
  } catch (error) {
    return refuseDomainError(error);
  }
}

function refuseDomainError(error: unknown): never {
  if (error instanceof DomainError) refuse(error.violation.field, error.violation.message, error.violation.rule);
  throw error;
}

/** An instant from an ISO string, a timestamp or a Date; null for blank; a 400 for anything else. */
export function readInstant(value: unknown, field: string): Date | null {
  if (isBlank(value)) return null;
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  // JavaScript rolls 30 February over to 2 March; a person meant a date that does not exist.
  const calendarPart = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] : undefined;
  if (!date || Number.isNaN(date.getTime()) || (calendarPart && !isRealDate(calendarPart))) {
    refuse(field, `Некоректні дата й час у полі «${field}»: очікується формат ISO 8601, наприклад 2026-03-02T09:30:00Z.`);
  }
  return date;
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date YYYY-MM-DD that really exists (31.02 is refused). */
export function readIsoDate(value: unknown, field: string): string | null {
  if (isBlank(value)) return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text)) return text;
  return refuse(field, `Некоректна дата у полі «${field}»: очікується існуюча дата у форматі РРРР-ММ-ДД.`);
}

export function readBoolean(value: unknown, field: string): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1 || value === '1') return true;
  if (value === 'false' || value === 0 || value === '0') return false;
  return refuse(field, `Поле «${field}» має бути так/ні (true/false).`);
}

export function readNumber(value: unknown, field: string): number | null {
  if (isBlank(value)) return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(',', '.')) : NaN;
  if (!Number.isFinite(n)) refuse(field, `Поле «${field}» має бути числом.`);
  return n;
}

export function readText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' && typeof value !== 'number') refuse(field, `Поле «${field}» має бути текстом.`);
  const text = String(value);
  return text.trim() === '' ? null : text;
}

type RelationRef = string | number | null;

/**
 * Reads a to-one relation as sent by any caller: a documentId or id, `{ documentId }`, `{ connect: [...] }`,
 * `{ set: [...] }`, `{ disconnect: [...] }` or null. Returns undefined when the input leaves the relation unchanged.
 */
export function readRelation(value: unknown, field: string): RelationRef | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value === '' ? null : value;
  if (Array.isArray(value)) return value.length ? refOf(value[value.length - 1], field) : null;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('documentId' in v || 'id' in v) return refOf(v, field);
    if (Array.isArray(v.set)) return v.set.length ? refOf(v.set[v.set.length - 1], field) : null;
    const connect = Array.isArray(v.connect) ? v.connect : v.connect ? [v.connect] : [];
    const disconnect = Array.isArray(v.disconnect) ? v.disconnect : v.disconnect ? [v.disconnect] : [];
    if (connect.length) return refOf(connect[connect.length - 1], field);
    if (disconnect.length) return null;
    return undefined;
  }
  return refuse(field, `Некоректне посилання у полі «${field}».`);
}

/** How to find the row a relation value names: a number (or digits) is its id, anything else its documentId. */
export function relationWhere(ref: string | number): { id: number } | { documentId: string } {
  return typeof ref === 'number' || /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref };
}

function refOf(item: unknown, field: string): RelationRef {
  if (typeof item === 'string' || typeof item === 'number') return item;
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    const ref = o.documentId ?? o.id;
    if (typeof ref === 'string' || typeof ref === 'number') return ref;
  }
  return refuse(field, `Некоректне посилання у полі «${field}».`);
}

