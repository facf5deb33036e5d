import {
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What one GraphQL request may cost the server, checked on the parsed document before it is validated or executed.
 * The numbers are promised to the city website in docs/PUBLIC_API.md; the plugin config (depthLimit, defaultLimit,
 * maxLimit in config/plugins.ts) uses the same ones.
 */
export const PUBLIC_QUERY_LIMITS = {
  /** nested selection sets (the same count as the plugin's depthLimit) */
  depth: 7,
  /** aliased fields in one operation, fragments counted each time they are spread */
  aliases: 20,
  /** estimated fields resolved: each field 1, a list's contents times its page size */
  cost: 10_000,
  /** page size of a list that asks for none */
  defaultPageSize: 25,
  /** the largest page size the server returns */
  maxPageSize: 100,
} as const;

export type QueryLimits = typeof PUBLIC_QUERY_LIMITS;

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

export type QueryLimitViolation =
  | { rule: 'graphql.depth' | 'graphql.aliases' | 'graphql.cost'; actual: number; max: number }
  | { rule: 'graphql.fragment_cycle'; fragment: string };

class FragmentCycle extends Error {
  constructor(public readonly fragment: string) {
    super(fragment);
  }
}

const ZERO: QueryMeasure = { depth: 0, aliases: 0, cost: 0 };

/**
 * Depth, aliases and cost of every operation of a document (the largest of each). Linear in the size of the document:
 * each fragment is measured once however often it is spread, so fragments spread inside fragments cannot blow the
 * measurement up the way they blow up execution. Introspection fields (`__schema`, `__type`) are not counted for
 * depth and cost, as in the plugin's depth limit. A fragment cycle is reported instead of followed.
 */
export function measureDocument(document: DocumentNode, schema: GraphQLSchema | null, variables: Record<string, unknown> = {}, limits: QueryLimits = PUBLIC_QUERY_LIMITS): QueryMeasure | { cycle: string } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, QueryMeasure>();
  const inProgress = new Set<string>();

  const pageSize = (value: ValueNode | undefined): number | null => {
    if (!value) return null;
    const resolved = valueOf(value, variables);
    if (resolved === undefined || resolved === null) return limits.defaultPageSize;
    if (typeof resolved !== 'object') return limits.maxPageSize;
    const { pageSize: size, limit } = resolved as Record<string, unknown>;
    const asked = size ?? limit;
    if (asked === undefined || asked === null) return limits.defaultPageSize;
    const n = Number(asked);
    return Number.isInteger(n) && n > 0 && n <= limits.maxPageSize ? n : limits.maxPageSize;
  };

  const typeNamed = (name: string | undefined, fallback: GraphQLNamedType | null) => (name && schema ? schema.getType(name) ?? null : fallback);

  const spread = new Set<string>();
  const fragment = (name: string): QueryMeasure => {
    spread.add(name);
    const done = measured.get(name);
    if (done) return done;
    const definition = fragments.get(name);
    if (!definition) return ZERO; // unknown fragment: validation reports it
    if (inProgress.has(name)) throw new FragmentCycle(name);
    inProgress.add(name);
    const result = selectionSet(definition.selectionSet, typeNamed(definition.typeCondition.name.value, null), undefined);
    inProgress.delete(name);
    measured.set(name, result);
    return result;
  };

  const selectionSet = (set: SelectionSetNode, parent: GraphQLNamedType | null, listSize: number | undefined): QueryMeasure => {
    const total: QueryMeasure = { depth: 0, aliases: 0, cost: 0 };
    const add = (part: QueryMeasure) => {
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.cost += part.cost;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(fragment(selection.name.value));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(selectionSet(selection.selectionSet, typeNamed(selection.typeCondition?.name.value, parent), listSize));
      } else {
        const name = selection.name.value;
        const alias = selection.alias ? 1 : 0;
        if (name.startsWith('__')) {
          // introspection: its aliases count, its depth and cost do not (fragments it spreads are learned here)
          const inner = selection.selectionSet ? selectionSet(selection.selectionSet, null, undefined) : ZERO;
          add({ depth: 0, aliases: alias + inner.aliases, cost: 0 });
          continue;
        }
        const definition = fieldOf(parent, name);
        const returns = definition ? getNullableType(definition.type) : null;
        const paginationArgument = selection.arguments?.find((argument) => argument.name.value === 'pagination');
        const paginated = paginationArgument ? pageSize(paginationArgument.value) : definition?.args.some((arg) => arg.name === 'pagination') ? limits.defaultPageSize : null;
        const list = returns ? isListType(returns) : false;
        // a list multiplies what it selects; a connection passes its page size on to its `nodes`
        const multiplier = list ? paginated ?? listSize ?? limits.defaultPageSize : 1;
        const inner = selection.selectionSet ? selectionSet(selection.selectionSet, definition ? getNamedType(definition.type) : null, list ? undefined : paginated ?? undefined) : ZERO;
        add({
          depth: selection.selectionSet ? inner.depth + 1 : 0,
          aliases: alias + inner.aliases,
          cost: 1 + multiplier * inner.cost,
        });
      }
    }
    return total;
  };

  try {
    const result: QueryMeasure = { depth: 0, aliases: 0, cost: 0 };
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const root = schema ? (definition.operation === 'query' ? schema.getQueryType() : definition.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()) ?? null : null;
      const measure = selectionSet(definition.selectionSet, root, undefined);
      result.depth = Math.max(result.depth, measure.depth);
      result.aliases = Math.max(result.aliases, measure.aliases);
      result.cost = Math.max(result.cost, measure.cost);
    }
    // a fragment nobody spreads is still validated: count it as an operation of its own
    for (const name of [...fragments.keys()].filter((name) => !spread.has(name))) {
      const measure = fragment(name);
      result.depth = Math.max(result.depth, measure.depth);
      result.aliases = Math.max(result.aliases, measure.aliases);
      result.cost = Math.max(result.cost, measure.cost);
    }
    return result;
  } catch (error) {
    if (error instanceof FragmentCycle) return { cycle: error.fragment };
    throw error;
  }
}

/** The first limit a document breaks, or null. */
export function queryLimitViolation(document: DocumentNode, schema: GraphQLSchema | null, variables: Record<string, unknown> = {}, limits: QueryLimits = PUBLIC_QUERY_LIMITS): QueryLimitViolation | null {
  const measure = measureDocument(document, schema, variables, limits);
  if ('cycle' in measure) return { rule: 'graphql.fragment_cycle', fragment: measure.cycle };
  if (measure.aliases > limits.aliases) return { rule: 'graphql.aliases', actual: measure.aliases, max: limits.aliases };
  if (measure.depth > limits.depth) return { rule: 'graphql.depth', actual: measure.depth, max: limits.depth };
  if (measure.cost > limits.cost) return { rule: 'graphql.cost', actual: measure.cost, max: limits.cost };
  return null;
}

export function queryLimitMessage(violation: QueryLimitViolation): string {
  switch (violation.rule) {
    case 'graphql.fragment_cycle':
      return `Фрагменти запиту посилаються один на одного по колу (фрагмент «${violation.fragment}»). Приберіть циклічне посилання.`;
    case 'graphql.aliases':
      return `Забагато псевдонімів (aliases) у запиті: ${violation.actual}, дозволено не більше ${violation.max}. Розбийте запит на кілька.`;
    case 'graphql.depth':
      return `Запит занадто глибокий: ${violation.actual} рівнів вкладеності, дозволено не більше ${violation.max}.`;
    case 'graphql.cost':
      return `Запит занадто дорогий: його оцінка ${formatNumber(violation.actual)}, дозволено не більше ${violation.max}. Зменште розмір сторінки (pagination), кількість полів або зв’язків (див. docs/PUBLIC_API.md).`;
  }
}

function formatNumber(n: number): string {
  return Number.isFinite(n) && n < 1e15 ? String(Math.round(n)) : 'понад 10^15';
}

function fieldOf(type: GraphQLNamedType | null, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!type || !('getFields' in type)) return undefined;
  const fields = (type as { getFields: () => Record<string, unknown> }).getFields();
  const field = fields[name] as GraphQLField<unknown, unknown> | undefined;
  return field && 'args' in field ? field : undefined;
}

/** A literal or variable argument value as plain data (what the resolver will receive). */
export function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables?.[value.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return value.values.map((item) => valueOf(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(value.fields.map((field) => [field.name.value, valueOf(field.value, variables)]));
  }
}
