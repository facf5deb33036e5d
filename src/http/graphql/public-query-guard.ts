import type { ApolloServerPlugin } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { getNamedType, GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { privateFilterPath, privateQueryMessage, privateSortPath, type PrivateQueryField } from '../../domain/access/public-query';
import { valueOf } from './query-limits';
import { PUBLIC_CONTENT_TYPES } from '../../read-models/public/public-content';
import { publicQueryModel } from '../../read-models/public/public-query-model';
import { isStaffTooling } from '../../documents/published-only';

/**
 * For a public caller, refuses a `sort` or `filters` argument naming a non-public field (filter inputs already hold only
 * public fields, see graphql-schema.ts; a sort is a free string, and a variable is only checked against the schema
 * later) before anything is executed: 400 with a Ukrainian message and the rule in `extensions.rule`. The cost limits
 * are checked earlier still, before Apollo parses (src/http/middlewares/graphql-limits.ts).
 */
export function publicQueryGuard(strapi: Core.Strapi): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          if (isStaffTooling((requestContext.contextValue as any)?.state?.auth)) return;
          const variables = (requestContext.request.variables ?? {}) as Record<string, unknown>;
          const found = privateArgument(strapi, requestContext.document, requestContext.schema, variables);
          if (found) throw refusal(privateQueryMessage(found), { rule: 'public_api.private_field', ...found });
        },
      };
    },
  };
}

function refusal(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...details, http: { status: 400 } },
  });
}

/** GraphQL type name → content type uid, for the public types. */
function publicTypeUids(strapi: Core.Strapi): Map<string, string> {
  const map = new Map<string, string>();
  for (const uid of PUBLIC_CONTENT_TYPES) {
    const model = strapi.getModel(uid as any) as any;
    if (model?.globalId) map.set(model.globalId, uid);
  }
  return map;
}

/**
 * The first non-public field some `sort` or `filters` argument names, at any depth, for the type of the list it
 * applies to. (The public schema has no private field in a filter input either; this also covers a value passed in
 * a variable the schema would only check later, and answers in the same words as REST.)
 */
function privateArgument(strapi: Core.Strapi, document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>): PrivateQueryField | null {
  const uids = publicTypeUids(strapi);
  const model = publicQueryModel((uid) => strapi.getModel(uid as any) as any);
  const typeInfo = new TypeInfo(schema);
  let found: PrivateQueryField | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (found) return;
        const type = typeInfo.getType();
        const uid = type ? uids.get(getNamedType(type).name.replace(/(Entity|Relation)ResponseCollection$/, '')) : undefined;
        if (!uid) return;
        for (const argument of node.arguments ?? []) {
          const value = valueOf(argument.value, variables);
          const path =
            argument.name.value === 'sort' ? privateSortPath(uid, value, model) : argument.name.value === 'filters' ? privateFilterPath(uid, value, model, '', 'graphql') : null;
          if (path) {
            found = { param: argument.name.value === 'sort' ? 'sort' : 'filters', path };
            return;
          }
        }
      },
    }),
  );
  return found;
}
