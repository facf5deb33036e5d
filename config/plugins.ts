import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { requireSecret } from '../src/bootstrap/config/require-secret';
import { emailPluginConfig } from '../src/jobs/notifications/mail-config';
import { PUBLIC_QUERY_LIMITS } from '../src/http/graphql/query-limits';
import { uploadPluginConfig } from '../src/bootstrap/config/upload-settings';

export default ({ env }: { env: any }) => ({
  'users-permissions': {
    config: { jwtSecret: requireSecret(env, 'JWT_SECRET') },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // the limits promised in docs/PUBLIC_API.md; aliases and cost are checked in src/http/graphql/public-query-guard.ts
      depthLimit: PUBLIC_QUERY_LIMITS.depth,
      defaultLimit: PUBLIC_QUERY_LIMITS.defaultPageSize,
      maxLimit: PUBLIC_QUERY_LIMITS.maxPageSize,
      // in production neither Apollo's local sandbox nor its 'production' landing page: no page at all
      landingPage: env('NODE_ENV') === 'production' ? () => ApolloServerPluginLandingPageDisabled() : true,
      // persisted queries are resolved before the guard and the limits (src/http/middlewares/persisted-queries.ts); Apollo's
      // own store would run a stored query past them
      apolloServer: { introspection: env('NODE_ENV') !== 'production', persistedQueries: false },
    },
  },
  email: { config: emailPluginConfig(env) },
  ...uploadPluginConfig(env),
});
