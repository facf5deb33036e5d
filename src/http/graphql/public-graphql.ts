import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';
import { refusingDomainErrors } from '../../documents/input';
import { appealStatistics } from '../../read-models/statistics/appeal-statistics';
import { publicQueryGuard } from './public-query-guard';
import { publicSchema } from './public-schema';
import { PUBLIC_CONTENT_TYPES, PUBLIC_FIELDS, PUBLIC_PLUGIN_TYPE_FIELDS, SYSTEM_FIELDS } from '../../read-models/public/public-content';

let builtSchema: GraphQLSchema | null = null;

/** The public schema as last built (for the cost limits, which need to know which fields are lists). */
export function currentPublicSchema(): GraphQLSchema | null {
  return builtSchema;
}

const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The GraphQL endpoint is the city website's read-only API. Shadow CRUD stays on only for the public content types
 * (queries only), `appealStatistics` is added, and the built schema is cut down to the whitelisted root queries.
 */
export function registerPublicGraphql(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  const extension = graphql.service('extension');
  const isPublic = (uid: string) => (PUBLIC_CONTENT_TYPES as readonly string[]).includes(uid);
  // Plugin types (users, roles, files) stay in the built schema because plugin extensions reference them; the
  // whitelist below removes their queries and mutations from what the public can reach.
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (isPublic(uid)) extension.shadowCRUD(uid).disableMutations();
    else if (uid.startsWith('api::')) extension.shadowCRUD(uid).disable();
  }
  extension.use(statisticsExtension(strapi));

  const rootQueries = new Set<string>(['appealStatistics']);
  const publicFields = new Map<string, ReadonlySet<string>>(
    Object.entries(PUBLIC_PLUGIN_TYPE_FIELDS).map(([type, fields]) => [type, new Set([...SYSTEM_FIELDS, ...fields])]),
  );
  for (const uid of PUBLIC_CONTENT_TYPES) {
    const ct = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as any;
    if (!ct) continue;
    publicFields.set(ct.globalId, new Set([...SYSTEM_FIELDS, ...PUBLIC_FIELDS[uid]]));
    rootQueries.add(camel(ct.info.singularName));
    rootQueries.add(camel(ct.info.pluralName));
    rootQueries.add(`${camel(ct.info.pluralName)}_connection`);
  }
  const contentApi = graphql.service('content-api');
  const build = contentApi.buildSchema.bind(contentApi);
  contentApi.buildSchema = () => (builtSchema = publicSchema(build(), rootQueries, publicFields));

  // public sorts and filters are checked before execution (cost limits: src/http/middlewares/graphql-limits.ts); CORS is
  // the server's (config/middlewares.ts), not the endpoint's own allow-everything default
  const apollo = strapi.config.get<Record<string, any>>('plugin::graphql.apolloServer', {}) ?? {};
  strapi.config.set('plugin::graphql.apolloServer', { ...apollo, cors: false, plugins: [...(apollo.plugins ?? []), publicQueryGuard(strapi)] });
}

function statisticsExtension(strapi: Core.Strapi) {
  return () => ({
    typeDefs: /* GraphQL */ `
      "Скільки звернень і запитів надійшло за період, як їх розглянуто. Лише агреговані числа, без персональних даних."
      type AppealStatistics {
        "Початок періоду (дата за київським часом, включно)"
        from: Date!
        "Кінець періоду (включно)"
        to: Date!
        "Звернення громадян (Закон «Про звернення громадян»)"
        appeals: RegisterStatistics!
        "Запити на публічну інформацію (Закон «Про доступ до публічної інформації»)"
        informationRequests: RegisterStatistics!
      }

      type RegisterStatistics {
        "Надійшло за період"
        received: Int!
        "З них надано відповідь"
        answered: Int!
        "З них відповідь надано вчасно"
        answeredOnTime: Int!
        "З них прострочено зараз (відкриті, строк минув)"
        overdue: Int!
        "Частка вчасних відповідей серед наданих, %; null, якщо відповідей ще немає"
        onTimeShare: Float
        byChannel: [StatisticsBucket!]!
        "Вид звернення (для запитів на інформацію порожньо)"
        byType: [StatisticsBucket!]!
        "Тематика за класифікатором (для запитів на інформацію порожньо)"
        byTopic: [StatisticsBucket!]!
        byOutcome: [StatisticsBucket!]!
      }

      type StatisticsBucket {
        key: String!
        label: String!
        count: Int!
      }

      extend type Query {
        "Статистика звернень і запитів, що надійшли з from по to (дати РРРР-ММ-ДД, київський час, включно; до 3 років)"
        appealStatistics(from: Date!, to: Date!): AppealStatistics!
      }
    `,
    resolvers: {
      Query: {
        appealStatistics: (_parent: unknown, args: { from: string; to: string }) =>
          refusingDomainErrors(() => appealStatistics(strapi, args.from, args.to)),
      },
    },
    resolversConfig: { 'Query.appealStatistics': { auth: false } },
  });
}
