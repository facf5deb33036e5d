import type { ApolloServerPlugin } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { getNamedType, GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { privateQueryMessage, privateSortPath } from '../domain/access/public-query';
import { queryLimitMessage, queryLimitViolation, valueOf } from './graphql-limits';
import { PUBLIC_CONTENT_TYPES } from './public-content';
import { publicQueryModel } from './public-query-model';
import { isStaffTooling } from './published-only';

/**
 * Checks every GraphQL request before Apollo validates or executes it: the cost limits (aliases, depth, estimated
 * cost, fragment cycles) for every caller, and for a public caller the `sort` arguments (filters are already cut to
 * the public fields in the schema, see graphql-schema.ts; a sort is a free string). A refused request answers 400
 * with a Ukrainian message and the rule in `extensions.rule`; nothing runs.
 */
export function publicQueryGuard(strapi: Core.Strapi): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart(requestContext) {
          const document = requestContext.document;
          if (!document) return;
          const variables = (requestContext.request.variables ?? {}) as Record<string, unknown>;
          const violation = queryLimitViolation(document, requestContext.schema, variables);
          if (violation) throw refusal(queryLimitMessage(violation), { ...violation });
          if (isStaffTooling((requestContext.contextValue as any)?.state?.auth)) return;
          const sort = privateSortArgument(strapi, document, requestContext.schema, variables);
          if (sort) throw refusal(privateQueryMessage({ param: 'sort', path: sort }), { rule: 'public_api.private_field', param: 'sort', path: sort });
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

/** The first non-public field some `sort` argument names, at any depth, with the type of the list it sorts. */
function privateSortArgument(strapi: Core.Strapi, document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>): string | null {
  const uids = publicTypeUids(strapi);
  const model = publicQueryModel((uid) => strapi.getModel(uid as any) as any);
  const typeInfo = new TypeInfo(schema);
  let found: string | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (found) return;
        const sort = node.arguments?.find((argument) => argument.name.value === 'sort');
        const type = typeInfo.getType();
        if (!sort || !type) return;
        const typeName = getNamedType(type).name.replace(/(Entity|Relation)ResponseCollection$/, '');
        const uid = uids.get(typeName);
        if (uid) found = privateSortPath(uid, valueOf(sort.value, variables), model);
      },
    }),
  );
  return found;
}
