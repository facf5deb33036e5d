import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { requireSecret } from '../src/config/require-secret';
import { emailPluginConfig } from '../src/notifications/mail-config';
import { uploadPluginConfig } from '../src/config/upload-settings';

export default ({ env }: { env: any }) => ({
  'users-permissions': {
    config: { jwtSecret: requireSecret(env, 'JWT_SECRET') },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 7,
      defaultLimit: 25,
      maxLimit: 100,
      // in production neither Apollo's local sandbox nor its 'production' landing page: no page at all
      landingPage: env('NODE_ENV') === 'production' ? () => ApolloServerPluginLandingPageDisabled() : true,
      apolloServer: { introspection: env('NODE_ENV') !== 'production' },
    },
  },
  email: { config: emailPluginConfig(env) },
  ...uploadPluginConfig(env),
});
