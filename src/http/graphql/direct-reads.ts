import type { Core } from '@strapi/strapi';
import { pagination as strapiPagination } from '@strapi/utils';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { checkFilterValues } from '../../documents/value-guard';
import { PUBLIC_CONTENT_TYPES, PUBLIC_FIELDS, SYSTEM_FIELDS } from '../../read-models/public/public-content';

/**
 * The public GraphQL reads answered without Apollo, the GraphQL resolvers and the Document Service: the common, simple
 * shape of a public query — shadow-CRUD lists, `_connection`s and single documents of the public types, filtered on
 * text, date and number fields, sorted by their own scalar fields, paginated, selecting scalar fields only — read
 * through Strapi's database layer (`strapi.db.query`) with the same where, order, offset and limit the shadow-CRUD
 * resolvers end in, and serialised by the public schema's own scalars. Anything else (relations, media, fragments,
 * directives, other arguments, an invalid document or variables, a value Strapi would refuse) is not planned, and
 * Apollo answers it as before (src/http/middlewares/public-direct-reads.ts). The answer is the bytes Apollo would send.
 */

/** Attribute types whose values the schema's scalars serialise exactly as they come from the database layer. */
const SELECTABLE_TYPES = new Set(['string', 'text', 'richtext', 'enumeration', 'email', 'uid', 'integer', 'float', 'boolean', 'date', 'datetime', 'json']);
/** Text attribute types a direct read filters on, with the text operators. */
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'enumeration', 'email', 'uid']);
/**
 * Ordered attribute types a direct read filters on (`startsAt: { gte: $now }`), with the comparison operators, and the
 * test each operand must pass as GraphQL coerced it: a `Date` from the DateTime scalar, a `YYYY-MM-DD` text from the
 * Date scalar, a finite number from Int and Float.
 */
const ORDERED_TYPES: Record<string, (operand: unknown) => boolean> = {
  datetime: (operand) => operand instanceof Date && !Number.isNaN(operand.getTime()),
  date: (operand) => typeof operand === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(operand),
  integer: (operand) => Number.isInteger(operand),
  float: (operand) => typeof operand === 'number' && Number.isFinite(operand),
};
/** GraphQL filter operators a direct read takes (the plugin maps each to its `$` operator). */
const TEXT_OPERATORS = new Set(['eq', 'eqi', 'ne', 'nei', 'contains', 'containsi', 'notContains', 'notContainsi', 'startsWith', 'endsWith']);
const COMPARISON_OPERATORS = new Set(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']);
const LIST_OPERATORS = new Set(['in', 'notIn']);
const PRESENCE_OPERATORS = new Set(['null', 'notNull']);
const SORT_SEGMENT = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*(?::\s*(asc|desc)\s*)?$/i;

/** Why a request is left to Apollo; never shown to a caller. */
class NotDirect extends Error {}
const notDirect = (reason: string): never => {
  throw new NotDirect(reason);
};

interface Leaf {
  key: string;
  /** `__typename`, or the attribute read */
  name: string;
  /** null for `__typename` */
  type: GraphQLLeafType | null;
  nonNull: boolean;
}

const typename = (key: string): Leaf => ({ key, name: '__typename', type: null, nonNull: true });

interface EntityShape {
  typeName: string;
  leaves: Leaf[];
  attributes: string[];
}

type ConnectionPart = { key: string; part: 'typename' } | { key: string; part: 'nodes'; shape: EntityShape } | { key: string; part: 'pageInfo'; info: { typeName: string; leaves: Leaf[] } };

type RootPlan =
  | { key: string; kind: 'typename'; typeName: string }
  | { key: string; kind: 'list'; uid: string; field: GraphQLField<unknown, unknown>; node: FieldNode; shape: EntityShape }
  | { key: string; kind: 'single'; uid: string; field: GraphQLField<unknown, unknown>; node: FieldNode; shape: EntityShape }
  | { key: string; kind: 'connection'; uid: string; field: GraphQLField<unknown, unknown>; node: FieldNode; typeName: string; parts: ConnectionPart[] };

export interface DirectPlan {
  operation: OperationDefinitionNode;
  roots: RootPlan[];
}

export interface DirectRequest {
  document: DocumentNode;
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

/** What the reads need of the running application. */
export interface DirectReadContext {
  strapi: Core.Strapi;
  schema: GraphQLSchema;
  /** may the caller read this action (`api::x.x.find` / `.findOne`) now? */
  allowed: (action: string) => Promise<boolean>;
}

const plans = new WeakMap<GraphQLSchema, Map<string, DirectPlan | null>>();
const PLAN_CACHE_ENTRIES = 500;

/** The plan of a document (null: Apollo answers it), kept per query text and operation name like Apollo's own cache. */
export function directPlan(schema: GraphQLSchema, strapi: Core.Strapi, request: Omit<DirectRequest, 'variables'>): DirectPlan | null {
  let cache = plans.get(schema);
  if (!cache) plans.set(schema, (cache = new Map()));
  const key = `${request.operationName ?? ''}\u0000${request.query}`;
  if (cache.has(key)) return cache.get(key)!;
  let plan: DirectPlan | null;
  try {
    plan = planDocument(schema, strapi, request.document, request.operationName);
  } catch (error) {
    if (!(error instanceof NotDirect)) throw error;
    plan = null;
  }
  if (cache.size >= PLAN_CACHE_ENTRIES) cache.clear();
  cache.set(key, plan);
  return plan;
}

function planDocument(schema: GraphQLSchema, strapi: Core.Strapi, document: DocumentNode, operationName: string | null): DirectPlan {
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) notDirect('not an operation');
    operations.push(definition as OperationDefinitionNode);
  }
  const operation = operationName === null ? (operations.length === 1 ? operations[0] : notDirect('which operation')) : operations.find((op) => op.name?.value === operationName) ?? notDirect('unknown operation');
  if (operation.operation !== 'query') notDirect('not a query');
  if (operation.directives?.length || operation.variableDefinitions?.some((definition) => definition.directives?.length)) notDirect('directive');
  if (validate(schema, document).length > 0) notDirect('invalid');
  const queryType = schema.getQueryType() ?? notDirect('no query type');
  const roots: RootPlan[] = [];
  for (const [key, nodes] of collect(operation.selectionSet)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      roots.push({ key, kind: 'typename', typeName: queryType.name });
      continue;
    }
    const field = queryType.getFields()[name] ?? notDirect('unknown field');
    const contentType = (field.extensions as any)?.strapi?.contentType;
    const uid: string | undefined = contentType?.uid;
    if (!uid || !PUBLIC_CONTENT_TYPES.includes(uid) || contentType.kind !== 'collectionType') notDirect('not a public collection');
    const model = strapi.getModel(uid as any) as any;
    const returns = getNullableType(field.type);
    const argumentNames = new Set(field.args.map((argument) => argument.name));
    const node = nodes[0];
    if (isListType(returns)) {
      if (![...argumentNames].every((a) => ['filters', 'sort', 'pagination'].includes(a))) notDirect('arguments');
      roots.push({ key, kind: 'list', uid: uid!, field, node, shape: entityShape(getNamedType(returns) as GraphQLObjectType, model, uid!, merged(nodes)) });
    } else if (isObjectType(returns) && returns.name === model.globalId) {
      if (![...argumentNames].every((a) => a === 'documentId')) notDirect('arguments');
      roots.push({ key, kind: 'single', uid: uid!, field, node, shape: entityShape(returns, model, uid!, merged(nodes)) });
    } else if (isObjectType(returns) && returns.getFields().nodes && returns.getFields().pageInfo) {
      if (![...argumentNames].every((a) => ['filters', 'sort', 'pagination'].includes(a))) notDirect('arguments');
      roots.push({ key, kind: 'connection', uid: uid!, field, node, typeName: returns.name, parts: connectionParts(returns, model, uid!, merged(nodes)) });
    } else {
      notDirect('root field shape');
    }
  }
  return { operation, roots };
}

/** Fields by response key, in the order GraphQL answers them; no fragments or directives. */
function collect(selectionSets: SelectionSetNode | SelectionSetNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  for (const set of Array.isArray(selectionSets) ? selectionSets : [selectionSets]) {
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FIELD) notDirect('fragment');
      const field = selection as FieldNode;
      if (field.directives?.length) notDirect('directive');
      const key = field.alias?.value ?? field.name.value;
      const list = fields.get(key);
      if (list) list.push(field);
      else fields.set(key, [field]);
    }
  }
  return fields;
}

function merged(nodes: FieldNode[]): SelectionSetNode[] {
  return nodes.map((node) => node.selectionSet ?? notDirect('no selection'));
}

function entityShape(type: GraphQLObjectType, model: any, uid: string, sets: SelectionSetNode[]): EntityShape {
  const leaves: Leaf[] = [];
  const attributes = new Set<string>();
  for (const [key, nodes] of collect(sets)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      leaves.push(typename(key));
      continue;
    }
    const field = type.getFields()[name] ?? notDirect('unknown field');
    const system = SYSTEM_FIELDS.includes(name) && name !== 'id';
    const attribute = model.attributes?.[name];
    if (!system && !(PUBLIC_FIELDS[uid]?.includes(name) && attribute && SELECTABLE_TYPES.has(attribute.type))) notDirect('not a scalar attribute');
    if (nodes.some((node) => node.arguments?.length || node.selectionSet)) notDirect('arguments on a scalar');
    const named = getNamedType(field.type);
    if (!isLeafType(named) || isListType(getNullableType(field.type))) notDirect('not a leaf');
    leaves.push({ key, name, type: named as GraphQLLeafType, nonNull: isNonNullType(field.type) });
    attributes.add(name);
  }
  return { typeName: type.name, leaves, attributes: [...attributes] };
}

function connectionParts(type: GraphQLObjectType, model: any, uid: string, sets: SelectionSetNode[]): ConnectionPart[] {
  const parts: ConnectionPart[] = [];
  for (const [key, nodes] of collect(sets)) {
    const name = nodes[0].name.value;
    if (nodes.some((node) => node.arguments?.length)) notDirect('arguments');
    if (name === '__typename') parts.push({ key, part: 'typename' });
    else if (name === 'nodes') parts.push({ key, part: 'nodes', shape: entityShape(getNamedType(type.getFields().nodes.type) as GraphQLObjectType, model, uid, merged(nodes)) });
    else if (name === 'pageInfo') parts.push({ key, part: 'pageInfo', info: paginationLeaves(getNamedType(type.getFields().pageInfo.type) as GraphQLObjectType, merged(nodes)) });
    else notDirect('connection field');
  }
  return parts;
}

function paginationLeaves(type: GraphQLObjectType, sets: SelectionSetNode[]): { typeName: string; leaves: Leaf[] } {
  const leaves: Leaf[] = [];
  for (const [key, nodes] of collect(sets)) {
    const name = nodes[0].name.value;
    if (nodes.some((node) => node.arguments?.length || node.selectionSet)) notDirect('arguments on a scalar');
    if (name === '__typename') {
      leaves.push(typename(key));
      continue;
    }
    if (!['total', 'page', 'pageSize', 'pageCount'].includes(name)) notDirect('page info field');
    const field = type.getFields()[name] ?? notDirect('unknown field');
    leaves.push({ key, name, type: getNamedType(field.type) as GraphQLLeafType, nonNull: isNonNullType(field.type) });
  }
  return { typeName: type.name, leaves };
}

/**
 * The JSON text Apollo would send for the planned request, or null when it is left to Apollo (variables GraphQL would
 * refuse, arguments outside the subset, a permission the caller lacks now, a value Strapi would refuse).
 */
export async function directAnswer(context: DirectReadContext, plan: DirectPlan, variables: Record<string, unknown>): Promise<string | null> {
  try {
    const coerced = getVariableValues(context.schema, plan.operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
    if ('errors' in coerced && coerced.errors) return null;
    const values = (coerced as { coerced: Record<string, unknown> }).coerced;
    // root fields of a query run side by side, as GraphQL runs them; the answer keeps their order
    const results = await Promise.all(plan.roots.map((root) => readRoot(context, root, values)));
    const data: Record<string, unknown> = {};
    plan.roots.forEach((root, i) => (data[root.key] = results[i]));
    return `${JSON.stringify({ data })}\n`;
  } catch (error) {
    if (error instanceof NotDirect) return null;
    throw error;
  }
}

interface ListQuery {
  where: Record<string, unknown>;
  filters?: Record<string, unknown>;
  orderBy?: unknown;
  start: number;
  limit: number;
}

async function readRoot(context: DirectReadContext, root: RootPlan, variables: Record<string, unknown>): Promise<unknown> {
  if (root.kind === 'typename') return root.typeName;
  const { strapi } = context;
  const args = getArgumentValues(root.field as any, root.node, variables) as Record<string, unknown>;
  const model = strapi.getModel(root.uid as any) as any;
  const published = Boolean(model.options?.draftAndPublish);
  if (root.kind === 'single') {
    if (!(await context.allowed(`${root.uid}.findOne`))) notDirect('permission');
    if (typeof args.documentId !== 'string') notDirect('documentId');
    const only = publishedOnly(published);
    const row = await strapi.db.query(root.uid as any).findOne({
      select: selectOf(root.shape),
      where: { ...only.where, documentId: args.documentId },
      ...only.extra,
    });
    return row ? entity(root.shape, row) : null;
  }
  if (!(await context.allowed(`${root.uid}.find`))) notDirect('permission');
  const query = listQuery(strapi, root.uid, model, published, args);
  const rows = (find: EntityShape) =>
    strapi.db.query(root.uid as any).findMany({
      select: selectOf(find),
      where: query.where,
      ...(query.filters ? { filters: query.filters } : {}),
      ...(query.orderBy !== undefined ? { orderBy: query.orderBy } : {}),
      offset: query.start,
      limit: query.limit,
    } as any);
  if (root.kind === 'list') return (await rows(root.shape)).map((row: any) => entity(root.shape, row));
  const nodesPart = root.parts.find((part): part is Extract<ConnectionPart, { part: 'nodes' }> => part.part === 'nodes');
  const pagePart = root.parts.some((part) => part.part === 'pageInfo');
  const [found, total] = await Promise.all([
    nodesPart ? rows(nodesPart.shape) : Promise.resolve([]),
    pagePart ? strapi.db.query(root.uid as any).count({ where: query.where, ...(query.filters ? { filters: query.filters } : {}) } as any) : Promise.resolve(0),
  ]);
  const out: Record<string, unknown> = {};
  for (const part of root.parts) {
    if (part.part === 'typename') out[part.key] = root.typeName;
    else if (part.part === 'nodes') out[part.key] = (found as any[]).map((row) => entity(part.shape, row));
    else out[part.key] = pageInfo(part.info, Number(total), query);
  }
  return out;
}

/** Filters, sort and pagination as the shadow-CRUD resolvers turn them into a database query (published versions only). */
function listQuery(strapi: Core.Strapi, uid: string, model: any, published: boolean, args: Record<string, unknown>): ListQuery {
  const params: Record<string, unknown> = {};
  if (args.filters !== undefined) {
    if (!isRecord(args.filters)) notDirect('filters');
    checkFilterShape(model, args.filters as Record<string, unknown>, true);
    const mapped = (strapi.plugin('graphql').service('utils') as any).mappers.graphQLFiltersToStrapiQuery(args.filters, model);
    try {
      checkFilterValues(strapi, uid, mapped);
    } catch {
      notDirect('filter value');
    }
    if (Object.keys(mapped).length > 0) params.filters = mapped;
  }
  if (args.sort !== undefined && args.sort !== null) {
    const sort = sortOf(model, uid, args.sort);
    if (sort.length > 0) params.sort = sort;
  }
  const { start, limit } = paginationOf(strapi, args.pagination);
  const transformed = (strapi.get('query-params') as any).transform(uid, params) as { where?: Record<string, unknown>; orderBy?: unknown };
  const only = publishedOnly(published);
  return {
    where: { ...only.where, ...(transformed.where ?? {}) },
    ...only.extra,
    ...(transformed.orderBy !== undefined ? { orderBy: transformed.orderBy } : {}),
    start,
    limit,
  };
}

/**
 * Published versions only, in the two places the Document Service puts the condition (its where, and the query's
 * `filters`), so the database layer builds the same statement and returns rows in the same order.
 */
function publishedOnly(published: boolean): { where: Record<string, unknown>; extra: { filters?: Record<string, unknown> } } {
  return published ? { where: { publishedAt: { $notNull: true } }, extra: { filters: { publishedAt: { $null: false } } } } : { where: {}, extra: {} };
}

/**
 * Only text fields (text operators) and date, time-stamp and number fields (comparisons) of the type, `in` / `notIn`,
 * `null` / `notNull`, and/or/not; no null operands, no empty lists or objects, no `between`.
 */
function checkFilterShape(model: any, filters: Record<string, unknown>, root: boolean): void {
  const keys = Object.keys(filters);
  if (keys.length === 0 && !root) notDirect('empty filter');
  for (const key of keys) {
    const value = filters[key];
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value) || value.length === 0) notDirect('logical list');
      for (const item of value as unknown[]) {
        if (!isRecord(item)) notDirect('logical item');
        checkFilterShape(model, item as Record<string, unknown>, false);
      }
    } else if (key === 'not') {
      if (!isRecord(value)) notDirect('not');
      checkFilterShape(model, value as Record<string, unknown>, false);
    } else {
      const attribute = key === 'documentId' ? { type: 'uid' } : model.attributes?.[key];
      if (!attribute || !isRecord(value)) notDirect('filter field');
      const text = TEXT_TYPES.has(attribute.type);
      const ordered = ORDERED_TYPES[attribute.type];
      if (!text && !ordered) notDirect('filter field type');
      const fits = text ? (operand: unknown) => typeof operand === 'string' : ordered;
      const operators = Object.entries(value as Record<string, unknown>);
      if (operators.length === 0) notDirect('empty operators');
      for (const [operator, operand] of operators) {
        if (text ? TEXT_OPERATORS.has(operator) : COMPARISON_OPERATORS.has(operator)) {
          if (!fits(operand)) notDirect('operand');
        } else if (LIST_OPERATORS.has(operator)) {
          if (!Array.isArray(operand) || operand.length === 0 || !operand.every(fits)) notDirect('list operand');
        } else if (PRESENCE_OPERATORS.has(operator)) {
          if (typeof operand !== 'boolean') notDirect('presence operand');
        } else {
          notDirect('operator');
        }
      }
    }
  }
}

/** `sort` as strings of `field[:asc|desc]`, the fields the type's own public scalars (never a path through a relation). */
function sortOf(model: any, uid: string, sort: unknown): string[] {
  const values = Array.isArray(sort) ? sort : [sort];
  const segments: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') notDirect('sort value');
    for (const segment of (value as string).split(',')) {
      const match = SORT_SEGMENT.exec(segment) ?? notDirect('sort segment');
      const field = match[1];
      const system = ['documentId', 'createdAt', 'updatedAt', 'publishedAt'].includes(field);
      const attribute = model.attributes?.[field];
      if (!system && !(PUBLIC_FIELDS[uid]?.includes(field) && attribute && SELECTABLE_TYPES.has(attribute.type) && attribute.type !== 'json')) notDirect('sort field');
      segments.push(segment.trim());
    }
  }
  return segments;
}

/** Start and limit as the plugin computes them (defaultLimit, maxLimit of config/plugins.ts); unusual values are Apollo's. */
function paginationOf(strapi: Core.Strapi, pagination: unknown): { start: number; limit: number } {
  if (pagination === null) notDirect('null pagination');
  const given = (pagination ?? {}) as Record<string, unknown>;
  if (!isRecord(given)) notDirect('pagination');
  const { page, pageSize, start, limit } = given;
  const paged = page != null || pageSize != null;
  const offset = start != null || limit != null;
  if (paged && offset) notDirect('both paginations');
  const atLeast = (value: unknown, min: number) => value == null || (Number.isInteger(value) && (value as number) >= min);
  if (!atLeast(page, 1) || !atLeast(pageSize, 1) || !atLeast(start, 0) || !atLeast(limit, 1)) notDirect('pagination value');
  const config = (key: string) => strapi.plugin('graphql').config(key) as number;
  const defaultLimit = config('defaultLimit');
  const result = strapiPagination.withDefaultPagination(Object.fromEntries(Object.entries(given).filter(([, v]) => v != null)) as any, {
    maxLimit: config('maxLimit'),
    defaults: { offset: { limit: defaultLimit }, page: { pageSize: defaultLimit } },
  }) as { start: number; limit: number };
  if (!Number.isInteger(result.start) || !Number.isInteger(result.limit) || result.limit < 1) notDirect('pagination result');
  return { start: result.start, limit: result.limit };
}

function selectOf(shape: EntityShape): string[] {
  return shape.attributes.length > 0 ? shape.attributes : ['documentId'];
}

function entity(shape: EntityShape, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const leaf of shape.leaves) out[leaf.key] = leaf.type ? serialized(leaf, row[leaf.name]) : shape.typeName;
  return out;
}

/** The connection's pageInfo as the plugin's pagination resolver computes it. */
function pageInfo({ typeName, leaves }: { typeName: string; leaves: Leaf[] }, total: number, query: ListQuery): Record<string, unknown> {
  const safeLimit = Math.max(query.limit, 1);
  const values: Record<string, number> = {
    total,
    page: Math.floor(query.start / safeLimit) + 1,
    pageSize: safeLimit,
    pageCount: Math.ceil(total / safeLimit),
  };
  const out: Record<string, unknown> = {};
  for (const leaf of leaves) out[leaf.key] = leaf.type ? serialized(leaf, values[leaf.name]) : typeName;
  return out;
}

/** A value as GraphQL completes a leaf: null stays null (an error for a non-null field: Apollo's to answer), else serialize. */
function serialized(leaf: Leaf, value: unknown): unknown {
  if (value === null || value === undefined) return leaf.nonNull ? notDirect('null in a non-null field') : null;
  let result: unknown;
  try {
    result = leaf.type!.serialize(value);
  } catch {
    notDirect('serialize');
  }
  if (result === undefined) notDirect('serialize');
  return result;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
