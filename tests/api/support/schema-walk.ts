import { GraphQLObjectType, getNamedType, isNonNullType, type GraphQLSchema } from 'graphql';

/**
 * Paths through a schema along object-typed fields that need no argument (so a query can be written without values).
 * Used to build deep queries and to walk everything a public caller can reach.
 */
export function selectableFields(type: GraphQLObjectType) {
  return Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
}

export function deepPath(schema: GraphQLSchema, depth: number): string[] | null {
  const walk = (type: GraphQLObjectType, remaining: number): string[] | null => {
    if (remaining === 0) return [];
    for (const field of selectableFields(type)) {
      const target = getNamedType(field.type);
      if (!(target instanceof GraphQLObjectType)) continue;
      const rest = walk(target, remaining - 1);
      if (rest) return [field.name, ...rest];
    }
    return null;
  };
  const query = schema.getQueryType();
  return query ? walk(query, depth) : null;
}

/** The length of the longest object path from Query (capped, cycles count as unbounded → cap). */
export function longestPath(schema: GraphQLSchema, cap = 20): number {
  const walk = (type: GraphQLObjectType, depth: number): number => {
    if (depth >= cap) return depth;
    let best = depth;
    for (const field of selectableFields(type)) {
      const target = getNamedType(field.type);
      if (target instanceof GraphQLObjectType) best = Math.max(best, walk(target, depth + 1));
    }
    return best;
  };
  const query = schema.getQueryType();
  return query ? walk(query, 0) : 0;
}
