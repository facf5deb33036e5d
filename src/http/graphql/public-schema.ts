import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';

/** Arguments about drafts and publication state: meaningless (and a leak) for a public caller. */
const DRAFT_ARGUMENTS = ['status', 'hasPublishedVersion', 'publicationFilter'];

/**
 * The schema the public actually gets: only the whitelisted root queries, no mutation or subscription, no argument about
 * drafts (they are not a public concept), and no type that those queries cannot reach. Applied to the schema
 * Strapi builds, so whatever a plugin adds elsewhere (log-in mutations, other content types) never becomes public.
 */
export function publicSchema(schema: GraphQLSchema, rootQueries: ReadonlySet<string>, publicFields: ReadonlyMap<string, ReadonlySet<string>> = new Map()): GraphQLSchema {
  // a public type keeps only its public fields, as an output type and as a filter input
  const allowed = (typeName: string, fieldName: string) => {
    const own = publicFields.get(typeName) ?? publicFields.get(typeName.replace(/FiltersInput$/, ''));
    if (!own) return true;
    return own.has(fieldName) || own.has(fieldName.replace(/_connection$/, '')) || ['and', 'or', 'not'].includes(fieldName);
  };
  const withoutStatus = (config: any) => {
    if (!config.args || !DRAFT_ARGUMENTS.some((name) => name in config.args)) return config;
    const args = Object.fromEntries(Object.entries(config.args).filter(([name]) => !DRAFT_ARGUMENTS.includes(name)));
    return { ...config, args };
  };
  const filtered = mapSchema(schema, {
    [MapperKind.MUTATION]: () => null,
    [MapperKind.SUBSCRIPTION]: () => null,
    [MapperKind.QUERY_ROOT_FIELD]: (config, fieldName) => (rootQueries.has(fieldName) ? withoutStatus(config) : null),
    [MapperKind.COMPOSITE_FIELD]: (config, fieldName, typeName) => (allowed(typeName, fieldName) ? withoutStatus(config) : null),
    [MapperKind.INPUT_OBJECT_FIELD]: (config, fieldName, typeName) => (allowed(typeName, fieldName) ? config : null),
  });
  return pruneSchema(filtered);
}
