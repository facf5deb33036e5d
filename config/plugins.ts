import { requireSecret } from '../src/config/require-secret';
import { emailPluginConfig } from '../src/notifications/mail-config';

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
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: { introspection: env('NODE_ENV') !== 'production' },
    },
  },
  email: { config: emailPluginConfig(env) },
});
