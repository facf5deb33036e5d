/**
 * What a value must be before any database sees it, by attribute type. A value the column cannot hold is refused
 * here, in Ukrainian, instead of failing inside PostgreSQL (where a failed uniqueness check has ended the process)
 * or being silently changed by SQLite.
 *
 * Each check returns null for an acceptable value, or the end of a sentence that follows the field's name.
 * Pure: no Strapi, no database. The bounds are those of the columns `@strapi/database` creates.
 */

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** `decimal` attributes are `decimal(10, 2)` columns: at most 8 digits before the point. */
export const DECIMAL_PRECISION = 10;
export const DECIMAL_SCALE = 2;
const DECIMAL_LIMIT = 10 ** (DECIMAL_PRECISION - DECIMAL_SCALE);

/** PostgreSQL dates reach far beyond, but nobody meant year 99999; ISO 8601 without an expansion stops at 9999. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** Nesting a JSON field may have; content is a few levels deep, 100 000 levels only exhaust the stack. */
export const MAX_JSON_DEPTH = 32;
/** Nesting of a whole request body or query (components, relations, operators and JSON fields together). */
export const MAX_REQUEST_DEPTH = 64;

export interface ValueProblem {
  /** a stable code for the API client and tests */
  code: string;
  /** the end of a Ukrainian sentence that begins with the field's name */
  message: string;
}

const problem = (code: string, message: string): ValueProblem => ({ code, message });

const NUL = '\u0000';
const REPLACEMENT = '\uFFFD';

/** Refuses a NUL byte in any text; PostgreSQL cannot store it in text or jsonb. */
export function textProblem(value: string): ValueProblem | null {
  if (value.includes(NUL)) return problem('input.nul', 'містить недопустимий нульовий символ (\\u0000).');
  return null;
}

/** What a parser made of bytes that were not UTF-8 (it puts U+FFFD in their place). */
export function encodingProblem(value: string): ValueProblem | null {
  if (value.includes(REPLACEMENT)) return problem('input.encoding', 'містить байти, що не є текстом UTF-8.');
  return null;
}

export interface UnsafeSpot {
  /** path of keys to the value, e.g. ['data', 'kpis', '0', 'actual'] */
  path: string[];
  problem: ValueProblem;
}

/**
 * The first string (or key) anywhere in a value that carries a NUL byte or broken encoding, or the first place nested
 * deeper than `maxDepth`. Iterative, so a 100 000-deep value is measured without exhausting the stack.
 */
export function findUnsafeSpot(root: unknown, maxDepth: number, options: { encoding?: boolean } = {}): UnsafeSpot | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: [] }];
  const checkText = (text: string) => textProblem(text) ?? (options.encoding ? encodingProblem(text) : null);
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = checkText(value);
      if (found) return { path, problem: found };
      continue;
    }
    if (!value || typeof value !== 'object' || value instanceof Date || isBinary(value)) continue;
    if (path.length >= maxDepth) {
      return { path, problem: problem('input.depth', `вкладене надто глибоко (дозволено рівнів вкладеності: ${maxDepth}).`) };
    }
    for (const [key, item] of Object.entries(value)) {
      const found = checkText(key);
      if (found) return { path: [...path, key], problem: found };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

function isBinary(value: object): boolean {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** `integer` (int32) and `biginteger` (int64) columns. */
export function integerProblem(value: unknown, bits: 32 | 64): ValueProblem | null {
  let big: bigint;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return problem('input.integer', 'має бути цілим числом.');
    big = BigInt(value);
  } else if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) {
    big = BigInt(value.trim());
  } else if (typeof value === 'bigint') {
    big = value;
  } else {
    return problem('input.integer', 'має бути цілим числом.');
  }
  const [min, max] = bits === 32 ? [BigInt(INT32_MIN), BigInt(INT32_MAX)] : [INT64_MIN, INT64_MAX];
  if (big < min || big > max) return problem('input.integer_range', `має бути цілим числом від ${min} до ${max}.`);
  return null;
}

function toFiniteNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** `decimal` columns: decimal(10, 2). */
export function decimalProblem(value: unknown): ValueProblem | null {
  const n = toFiniteNumber(value);
  if (n === null) return problem('input.decimal', 'має бути числом.');
  // the column rounds to 2 places; 99 999 999.995 would round past the limit
  if (Math.abs(Math.round(n * 100) / 100) >= DECIMAL_LIMIT) {
    return problem('input.decimal_range', `має бути числом, меншим за ${DECIMAL_LIMIT.toLocaleString('uk-UA')} за модулем.`);
  }
  return null;
}

/** `float` columns: double precision. */
export function floatProblem(value: unknown): ValueProblem | null {
  return toFiniteNumber(value) === null ? problem('input.number', 'має бути числом.') : null;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;
const TIME_TEXT = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;

function realCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const yearOutOfRange = (year: number) => year < MIN_YEAR || year > MAX_YEAR;

const DATE_MESSAGE = `має містити існуючу дату у форматі РРРР-ММ-ДД (роки ${MIN_YEAR}–${MAX_YEAR}).`;
const DATETIME_MESSAGE = `має містити існуючі дату й час у форматі ISO 8601, наприклад 2026-03-02T09:30:00Z (роки ${MIN_YEAR}–${MAX_YEAR}).`;

/** `date` columns: a calendar day that exists, YYYY-MM-DD (a full ISO instant is accepted, as Strapi takes its day). */
export function dateProblem(value: unknown): ValueProblem | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) || yearOutOfRange(value.getUTCFullYear()) ? problem('input.date', DATE_MESSAGE) : null;
  }
  if (typeof value !== 'string') return problem('input.date', DATE_MESSAGE);
  const text = value.trim();
  const day = DATE_TEXT.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    return yearOutOfRange(y) || !realCalendarDay(y, m, d) ? problem('input.date', DATE_MESSAGE) : null;
  }
  return datetimeProblem(text) ? problem('input.date', DATE_MESSAGE) : null;
}

/** `datetime` and `timestamp` columns: an ISO 8601 instant or a timestamp in milliseconds, years 1–9999. */
export function datetimeProblem(value: unknown): ValueProblem | null {
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string') {
    const text = value.trim();
    // an expanded year (+099999-…) or a bare number of a year are not what a person meant
    if (!/^\d{4}-\d{2}-\d{2}/.test(text) && !/^\d+$/.test(text)) return problem('input.datetime', DATETIME_MESSAGE);
    const prefix = DATE_PREFIX.exec(text);
    if (prefix && !realCalendarDay(Number(prefix[1]), Number(prefix[2]), Number(prefix[3]))) {
      return problem('input.datetime', DATETIME_MESSAGE);
    }
    date = /^\d+$/.test(text) ? new Date(Number(text)) : new Date(text);
  } else return problem('input.datetime', DATETIME_MESSAGE);
  if (Number.isNaN(date.getTime()) || yearOutOfRange(date.getUTCFullYear())) return problem('input.datetime', DATETIME_MESSAGE);
  return null;
}

const BOOLEAN_VALUES = new Set<unknown>([true, false, 1, 0, 'true', 'false', '1', '0']);

/** `boolean` columns: true/false (1/0 and their text, as forms send them). */
export function booleanProblem(value: unknown): ValueProblem | null {
  return BOOLEAN_VALUES.has(value) ? null : problem('input.boolean', 'має бути так/ні (true або false).');
}

/** `time` columns: HH:mm[:ss[.SSS]]. */
export function timeProblem(value: unknown): ValueProblem | null {
  return typeof value === 'string' && TIME_TEXT.test(value.trim()) ? null : problem('input.time', 'має містити час у форматі ГГ:ХХ:СС.');
}

/**
 * `json` columns: any JSON value, at most MAX_JSON_DEPTH deep, no NUL (jsonb refuses \u0000). A string is written to
 * the column as JSON text, so it must be JSON text.
 */
export function jsonProblem(value: unknown): ValueProblem | null {
  let content = value;
  if (typeof value === 'string') {
    try {
      content = JSON.parse(value);
    } catch {
      return problem('input.json', 'має містити JSON (список, об’єкт, число або текст у лапках).');
    }
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    return problem('input.json', 'має містити JSON (список, об’єкт, число або текст у лапках).');
  }
  const spot = findUnsafeSpot(content, MAX_JSON_DEPTH);
  return spot ? spot.problem : null;
}

export const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'password', 'enumeration']);

/** The check for a scalar attribute type, or null when the type has no column bound to enforce here. */
export function scalarProblem(type: string, value: unknown): ValueProblem | null {
  if (value === null || value === undefined) return null;
  if (TEXT_TYPES.has(type)) {
    if (typeof value === 'string') return textProblem(value);
    // an object or a list where text belongs was silently dropped by rules that set the field themselves
    return typeof value === 'number' ? null : problem('input.text', 'має бути текстом.');
  }
  switch (type) {
    case 'boolean':
      return booleanProblem(value);
    case 'integer':
      return integerProblem(value, 32);
    case 'biginteger':
      return integerProblem(value, 64);
    case 'decimal':
      return decimalProblem(value);
    case 'float':
      return floatProblem(value);
    case 'date':
      return value === '' ? null : dateProblem(value);
    case 'datetime':
    case 'timestamp':
      return value === '' ? null : datetimeProblem(value);
    case 'time':
      return value === '' ? null : timeProblem(value);
    case 'json':
      return jsonProblem(value);
    default:
      return null;
  }
}

/** The same bounds for a value a filter compares a column with (query strings arrive as text). */
export function filterOperandProblem(type: string, value: unknown): ValueProblem | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return null;
  switch (type) {
    case 'boolean':
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
    case 'date':
    case 'datetime':
    case 'timestamp':
    case 'time':
      return scalarProblem(type, value);
    default:
      return typeof value === 'string' ? textProblem(value) : null;
  }
}
