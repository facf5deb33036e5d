import { requireSecretList } from '../src/bootstrap/config/require-secret';
import cronTasks from './cron-tasks';

export default ({ env }: { env: any }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: requireSecretList(env, 'APP_KEYS') },
  // public GraphQL reads of the simple shape answered without Apollo (src/http/middlewares/public-direct-reads.ts)
  publicDirectReads: env.bool('PUBLIC_DIRECT_READS', true),
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
});
