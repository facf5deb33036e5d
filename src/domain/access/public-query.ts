/**
 * What a public caller may ask about: it may filter, sort, select (`fields`) and populate only on the fields it may
 * read. Otherwise a filter answers "1 row" for a right guess of an internal field (a campaign's final report, its
 * KPIs) and "0 rows" for a wrong one, and the value leaks a guess at a time. The check walks a query at every depth:
 * logical groups, relations, components, media and nested populate.
 *
 * Pure: the model (attributes of each type, and which of them are public) is passed in by the glue code.
 */

export interface QueryAttribute {
  type: string;
  /** relation target */
  target?: string;
  /** component uid */
  component?: string;
}

export interface PublicQueryModel {
  attributes(uid: string): Readonly<Record<string, QueryAttribute>> | undefined;
  /** whether a public caller may read this field of this type (or component) */
  isPublic(uid: string, field: string): boolean;
}

export interface QueryParams {
  filters?: unknown;
  sort?: unknown;
  fields?: unknown;
  populate?: unknown;
}

/** The first non-public field a query names: `param` (filters, sort, fields, populate) and the dotted path in it. */
export interface PrivateQueryField {
  param: 'filters' | 'sort' | 'fields' | 'populate';
  path: string;
}

const LOGICAL = new Set(['$and', '$or', '$not']);
const MEDIA_UID = 'plugin::upload.file';

export function privateQueryField(uid: string, params: QueryParams, model: PublicQueryModel): PrivateQueryField | null {
  const filters = params.filters === undefined ? null : privateFilterPath(uid, params.filters, model);
  if (filters) return { param: 'filters', path: filters };
  const sort = params.sort === undefined ? null : privateSortPath(uid, params.sort, model);
  if (sort) return { param: 'sort', path: sort };
  const fields = params.fields === undefined ? null : privateFieldsPath(uid, params.fields, model);
  if (fields) return { param: 'fields', path: fields };
  const populate = params.populate === undefined ? null : privatePopulate(uid, params.populate, model);
  return populate ? populate : null;
}

/** Where a relation, component or media attribute leads, or null for a plain value. */
function nextUid(attribute: QueryAttribute | undefined): string | null {
  if (!attribute) return null;
  if (attribute.type === 'relation') return attribute.target ?? null;
  if (attribute.type === 'component') return attribute.component ?? null;
  if (attribute.type === 'media') return MEDIA_UID;
  return null;
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/**
 * `filters` as REST and the Document Service write them (`$and`, `$containsi`), or — `style: 'graphql'` — as a
 * GraphQL filter input writes them (`and`, `containsi`: a key that is no attribute of the type is an operator).
 */
export function privateFilterPath(uid: string, filters: unknown, model: PublicQueryModel, prefix = '', style: 'rest' | 'graphql' = 'rest'): string | null {
  if (Array.isArray(filters)) {
    for (const item of filters) {
      const found = privateFilterPath(uid, item, model, prefix, style);
      if (found) return found;
    }
    return null;
  }
  if (!filters || typeof filters !== 'object') return null;
  const attributes = model.attributes(uid) ?? {};
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    const operator = style === 'rest' ? (key.startsWith('$') ? key : null) : key in attributes ? null : `$${key}`;
    if (operator) {
      // $and/$or/$not group conditions on this same type; any other operator compares a value
      if (LOGICAL.has(operator)) {
        const found = privateFilterPath(uid, value, model, prefix, style);
        if (found) return found;
      }
      continue;
    }
    const path = join(prefix, key);
    if (!model.isPublic(uid, key)) return path;
    const target = nextUid(attributes[key]);
    if (target) {
      const found = privateFilterPath(target, value, model, path, style);
      if (found) return found;
    }
  }
  return null;
}

/** `sort`: "a", "a:desc", "a.b:asc", "a,b", ["a", "b:desc"], { a: "asc" }, { a: { b: "desc" } }, [{ a: "asc" }]. */
export function privateSortPath(uid: string, sort: unknown, model: PublicQueryModel, prefix = ''): string | null {
  if (Array.isArray(sort)) {
    for (const item of sort) {
      const found = privateSortPath(uid, item, model, prefix);
      if (found) return found;
    }
    return null;
  }
  if (typeof sort === 'string') {
    for (const part of sort.split(',')) {
      const dotted = part.trim().split(':')[0].trim();
      if (!dotted) continue;
      const found = privateDottedPath(uid, dotted.split('.'), model, prefix);
      if (found) return found;
    }
    return null;
  }
  if (!sort || typeof sort !== 'object') return null;
  const attributes = model.attributes(uid) ?? {};
  for (const [key, value] of Object.entries(sort as Record<string, unknown>)) {
    const path = join(prefix, key);
    if (!model.isPublic(uid, key)) return path;
    const target = nextUid(attributes[key]);
    if (target && value && typeof value === 'object') {
      const found = privateSortPath(target, value, model, path);
      if (found) return found;
    }
  }
  return null;
}

function privateDottedPath(uid: string, keys: string[], model: PublicQueryModel, prefix: string): string | null {
  let current: string | null = uid;
  let path = prefix;
  for (const key of keys) {
    path = join(path, key);
    if (!current || !model.isPublic(current, key)) return path;
    current = nextUid(model.attributes(current)?.[key]);
  }
  return null;
}

export function privateFieldsPath(uid: string, fields: unknown, model: PublicQueryModel, prefix = ''): string | null {
  const list = typeof fields === 'string' ? fields.split(',') : Array.isArray(fields) ? fields : fields && typeof fields === 'object' ? Object.values(fields) : [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const key = item.trim();
    if (!key || key === '*') continue;
    if (!model.isPublic(uid, key)) return join(prefix, key);
  }
  return null;
}

/**
 * `populate`: "*", "a", "a,b", "a.b", ["a", "b.c"], { a: true }, { a: "*" }, { a: { fields, filters, sort, populate } }.
 * A wildcard names nothing: what it brings back is cut to the public fields on the way out.
 */
export function privatePopulate(uid: string, populate: unknown, model: PublicQueryModel, prefix = ''): PrivateQueryField | null {
  if (populate === '*' || populate === true || populate === false || populate === null || populate === undefined) return null;
  if (typeof populate === 'string') {
    for (const part of populate.split(',')) {
      const dotted = part.trim();
      if (!dotted || dotted === '*') continue;
      const found = privateDottedPath(uid, dotted.split('.').filter((key) => key !== '*'), model, prefix);
      if (found) return { param: 'populate', path: found };
    }
    return null;
  }
  if (Array.isArray(populate)) {
    for (const item of populate) {
      const found = privatePopulate(uid, item, model, prefix);
      if (found) return found;
    }
    return null;
  }
  if (typeof populate !== 'object') return null;
  const attributes = model.attributes(uid) ?? {};
  for (const [key, value] of Object.entries(populate as Record<string, unknown>)) {
    const path = join(prefix, key);
    if (/^\d+$/.test(key)) {
      // ?populate[0]=a beyond the array limit of the query parser
      const found = privatePopulate(uid, value, model, prefix);
      if (found) return found;
      continue;
    }
    if (!model.isPublic(uid, key)) return { param: 'populate', path };
    const target = nextUid(attributes[key]);
    if (!target || !value || typeof value !== 'object') continue;
    const nested = value as Record<string, unknown> & QueryParams;
    const found = privateQueryField(target, nested, model);
    if (found) return { param: found.param, path: join(path, found.path) };
    if ('on' in nested && nested.on && typeof nested.on === 'object') {
      // dynamic zones: one populate per component
      for (const [component, inner] of Object.entries(nested.on as Record<string, unknown>)) {
        const found = privateQueryField(component, (inner ?? {}) as QueryParams, model);
        if (found) return { param: found.param, path: join(join(path, component), found.path) };
      }
    }
  }
  return null;
}

/** The message a public caller reads: which field, and what it may do instead. */
export function privateQueryMessage(found: PrivateQueryField): string {
  const what = { filters: 'фільтрувати за полем', sort: 'сортувати за полем', fields: 'вибирати поле', populate: 'додавати до відповіді поле' }[found.param];
  return `Не можна ${what} «${found.path}»: воно не є публічним. Публічний API дозволяє фільтрувати, сортувати, вибирати й додавати (populate) лише публічні поля (див. docs/PUBLIC_API.md).`;
}

/**
 * A populate with what a public caller may not read left out — for the populate the server itself expands from
 * `populate=*` (an explicit one is refused instead, see privatePopulate): a wildcard becomes the public relations,
 * components and media of the type.
 */
export function publicPopulateOnly(uid: string, populate: unknown, model: PublicQueryModel): unknown {
  const attributes = model.attributes(uid) ?? {};
  if (populate === '*') {
    return Object.fromEntries(Object.entries(attributes).filter(([key, attribute]) => nextUid(attribute) && model.isPublic(uid, key)).map(([key]) => [key, true]));
  }
  if (typeof populate === 'string') {
    return populate
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && privateDottedPath(uid, part.split('.').filter((key) => key !== '*'), model, '') === null)
      .join(',');
  }
  if (Array.isArray(populate)) return populate.map((item) => publicPopulateOnly(uid, item, model)).filter((item) => item !== '' && !(item && typeof item === 'object' && !Object.keys(item).length));
  if (!populate || typeof populate !== 'object') return populate;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(populate as Record<string, unknown>)) {
    if (!model.isPublic(uid, key)) continue;
    const target = nextUid(attributes[key]);
    if (target && value && typeof value === 'object' && 'populate' in (value as object)) {
      kept[key] = { ...(value as object), populate: publicPopulateOnly(target, (value as QueryParams).populate, model) };
    } else {
      kept[key] = value;
    }
  }
  return kept;
}
