import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';

/** Arguments about drafts and publication state: meaningless (and a leak) for a public caller. */
const DRAFT_ARGUMENTS = ['status', 'hasPublishedVersion', 'publicationFilter'];

/**
 * The schema the public actually gets: only the whitelisted root queries, no mutation or subscription, no argument about
 * drafts (they are not a public concept), and no type that those queries cannot reach. Applied to the schema
 * Strapi builds, so whatever a plugin adds elsewhere (log-in mutations, other content types) never becomes public.
 */
export function publicSchema(schema: GraphQLSchema, rootQueries: ReadonlySet<string>): GraphQLSchema {
  const withoutStatus = (config: any) => {
    if (!config.args || !DRAFT_ARGUMENTS.some((name) => name in config.args)) return config;
    const args = Object.fromEntries(Object.entries(config.args).filter(([name]) => !DRAFT_ARGUMENTS.includes(name)));
    return { ...config, args };
  };
  const filtered = mapSchema(schema, {
    [MapperKind.MUTATION]: () => null,
    [MapperKind.SUBSCRIPTION]: () => null,
    [MapperKind.QUERY_ROOT_FIELD]: (config, fieldName) => (rootQueries.has(fieldName) ? withoutStatus(config) : null),
    [MapperKind.COMPOSITE_FIELD]: (config) => withoutStatus(config),
  });
  return pruneSchema(filtered);
}
