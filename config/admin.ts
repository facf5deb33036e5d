import { requireSecret } from '../src/bootstrap/config/require-secret';

export default ({ env }: { env: any }) => ({
  auth: { secret: requireSecret(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requireSecret(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: requireSecret(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requireSecret(env, 'ENCRYPTION_KEY') },
  autoOpen: false,
  flags: { nps: false, promoteEE: false },
});
