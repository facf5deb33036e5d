import type { Core } from '@strapi/strapi';
import { MAX_REQUEST_DEPTH, filterOperandProblem, findUnsafeSpot, integerProblem, scalarProblem, type ValueProblem } from '../domain/input/values';
import { refuse } from './input';

const WRITES = new Set(['create', 'update', 'clone']);
const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);
const LOGICAL = new Set(['$and', '$or']);
/** operators whose operand is a list of values of the attribute's type */
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);
/** operators that compare text (a pattern), whatever the column type */
const PATTERN_OPERATORS = new Set(['$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi']);

type Model = { attributes: Record<string, any> };

/**
 * Every value a caller writes, and every value a caller filters by, is checked against its attribute's column before
 * the database sees it — for every type of the application, from the schemas, not field by field. A value a column
 * cannot hold (NUL in text, an int32 overflow, decimal(10,2) overflow, 30 February, year 99999, JSON that is not JSON
 * or 100 000 levels deep) is a 400 naming the field; inside PostgreSQL it would be a 500, and inside Strapi's
 * uniqueness check it has ended the process.
 */
export function valueGuard(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  const modelOf = (uid: string): Model | undefined => (strapi.getModel as any)(uid);
  return async (context, next) => {
    const { uid, action, params } = context as any;
    const model = modelOf(uid);
    if (!model) return next();
    if (WRITES.has(action) && params?.data !== undefined) {
      refuseUnsafe(params.data, 'data');
      checkData(modelOf, model, params.data, '');
    }
    if (params?.filters !== undefined && (READS.has(action) || WRITES.has(action) || action === 'delete')) {
      refuseUnsafe(params.filters, 'filters');
      checkFilters(modelOf, model, params.filters, '');
    }
    return next();
  };
}

/**
 * The same check of filter values a read through the Document Service gets (for a path that reads without it, such as
 * the public direct reads): throws the 400 the guard would throw.
 */
export function checkFilterValues(strapi: Core.Strapi, uid: string, filters: unknown): void {
  const modelOf = (target: string): Model | undefined => (strapi.getModel as any)(target);
  const model = modelOf(uid);
  if (!model || filters === undefined) return;
  refuseUnsafe(filters, 'filters');
  checkFilters(modelOf, model, filters, '');
}

function fail(field: string, found: ValueProblem): never {
  return refuse(field || 'data', `Поле «${field || 'data'}» ${found.message}`, found.code);
}

function refuseUnsafe(value: unknown, root: string): void {
  const spot = findUnsafeSpot(value, MAX_REQUEST_DEPTH);
  if (spot) fail(spot.path.join('.') || root, spot.problem);
}

function checkData(modelOf: (uid: string) => Model | undefined, model: Model, data: unknown, prefix: string): void {
  if (data === null || data === undefined) return;
  if (typeof data !== 'object' || Array.isArray(data)) {
    refuse(prefix || 'data', `Поле «${prefix || 'data'}» має бути об’єктом з полями.`, 'input.object');
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const attribute = model.attributes[key];
    const field = prefix ? `${prefix}.${key}` : key;
    if (!attribute || value === null || value === undefined) continue;
    if (attribute.type === 'component') {
      const component = modelOf(attribute.component);
      if (!component) continue;
      if (attribute.repeatable) {
        if (!Array.isArray(value)) refuse(field, `Поле «${field}» має бути списком.`, 'input.array');
        value.forEach((item, i) => checkData(modelOf, component, item, `${field}.${i}`));
      } else {
        checkData(modelOf, component, value, field);
      }
      continue;
    }
    if (attribute.type === 'dynamiczone') {
      if (!Array.isArray(value)) refuse(field, `Поле «${field}» має бути списком.`, 'input.array');
      value.forEach((item: any, i) => {
        const component = item && typeof item === 'object' ? modelOf(item.__component) : undefined;
        if (component) checkData(modelOf, component, item, `${field}.${i}`);
      });
      continue;
    }
    if (attribute.type === 'relation' || attribute.type === 'media') {
      checkReferences(value, field);
      continue;
    }
    const found = scalarProblem(attribute.type, value);
    if (found) fail(field, found);
  }
}

/** Relation and media references: numeric ids are int32 keys; anything else (documentIds, positions) is text. */
function checkReferences(value: unknown, field: string): void {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'number') {
      const found = integerProblem(item, 32);
      if (found) refuse(field, `Некоректне посилання у полі «${field}»: ідентифікатор ${found.message}`, 'input.relation');
    } else if (item && typeof item === 'object') {
      stack.push(...Object.values(item));
    }
  }
}

function checkFilters(modelOf: (uid: string) => Model | undefined, model: Model, filters: unknown, prefix: string): void {
  if (!filters || typeof filters !== 'object') return;
  if (Array.isArray(filters)) {
    filters.forEach((item) => checkFilters(modelOf, model, item, prefix));
    return;
  }
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    if (LOGICAL.has(key) || key === '$not') {
      checkFilters(modelOf, model, value, prefix);
      continue;
    }
    const field = prefix ? `${prefix}.${key}` : key;
    const attribute = key === 'id' ? { type: 'integer' } : model.attributes[key];
    if (!attribute) continue; // unknown keys are refused by Strapi's query validation
    if (attribute.type === 'relation' || attribute.type === 'media') {
      const target = modelOf(attribute.target ?? 'plugin::upload.file');
      if (target) checkRelationFilter(modelOf, target, value, field);
      continue;
    }
    if (attribute.type === 'component') {
      const component = modelOf(attribute.component);
      if (component) checkFilters(modelOf, component, value, field);
      continue;
    }
    checkOperand(attribute.type, value, field);
  }
}

/** `filters[campaign]=<id>` and `filters[campaign][$eq]=<id>` compare the id; anything else filters the target. */
function checkRelationFilter(modelOf: (uid: string) => Model | undefined, target: Model, value: unknown, field: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    checkOperand('integer', value, field);
    return;
  }
  const operators: Record<string, unknown> = {};
  const nested: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key.startsWith('$') && !LOGICAL.has(key) && key !== '$not') operators[key] = item;
    else nested[key] = item;
  }
  if (Object.keys(operators).length) checkOperand('integer', operators, field);
  checkFilters(modelOf, target, nested, field);
}

function checkOperand(type: string, value: unknown, field: string): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item) => checkOperand(type, item, field));
    return;
  }
  if (typeof value === 'object') {
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      if (operator === '$null' || operator === '$notNull') continue;
      if (PATTERN_OPERATORS.has(operator)) {
        checkOperand('string', operand, field);
      } else if (operator === '$not' || LIST_OPERATORS.has(operator) || operator.startsWith('$')) {
        checkOperand(type, operand, field);
      }
    }
    return;
  }
  const found = filterOperandProblem(type, value);
  if (found) fail(field, { code: found.code, message: `у фільтрі ${found.message}` });
}
