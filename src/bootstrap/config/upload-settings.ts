/**
 * Where uploaded files live. Without UPLOAD_S3_BUCKET: Strapi's local provider, files in public/uploads on this
 * server's disk — fine for one server, wrong for several (a file uploaded through one instance is missing on the
 * others). With it: an S3-compatible object store (AWS S3, MinIO, Ceph, Cloudflare R2, …) through Strapi's own
 * @strapi/provider-upload-aws-s3, configured only by environment.
 */
export type Env = ((name: string, fallback?: string) => string | undefined) & { bool?: (name: string, fallback?: boolean) => boolean };

export const S3_PROVIDER_PACKAGE = '@strapi/provider-upload-aws-s3';

export function uploadPluginConfig(env: Env, resolve: (id: string) => string = require.resolve): Record<string, unknown> {
  const bucket = env('UPLOAD_S3_BUCKET');
  if (!bucket) return {};
  try {
    resolve(S3_PROVIDER_PACKAGE);
  } catch {
    throw new Error(`UPLOAD_S3_BUCKET задано, але пакет ${S3_PROVIDER_PACKAGE} не встановлено: виконайте npm ci (він є в package.json) або залиште UPLOAD_S3_BUCKET порожнім, щоб зберігати файли на диску цього сервера.`);
  }
  const accessKeyId = env('UPLOAD_S3_ACCESS_KEY_ID');
  const secretAccessKey = env('UPLOAD_S3_SECRET_ACCESS_KEY');
  if (!accessKeyId || !secretAccessKey) {
    throw new Error('UPLOAD_S3_BUCKET задано: потрібні також UPLOAD_S3_ACCESS_KEY_ID і UPLOAD_S3_SECRET_ACCESS_KEY.');
  }
  const endpoint = env('UPLOAD_S3_ENDPOINT');
  const s3Options: Record<string, unknown> = {
    credentials: { accessKeyId, secretAccessKey },
    region: env('UPLOAD_S3_REGION') || 'us-east-1',
    params: { Bucket: bucket, ACL: env('UPLOAD_S3_ACL') || 'public-read' },
  };
  if (endpoint) {
    s3Options.endpoint = endpoint;
    // MinIO and most self-hosted stores address buckets by path, not by sub-domain
    s3Options.forcePathStyle = (env('UPLOAD_S3_FORCE_PATH_STYLE') ?? 'true') !== 'false';
  }
  const providerOptions: Record<string, unknown> = { s3Options };
  if (env('UPLOAD_S3_BASE_URL')) providerOptions.baseUrl = env('UPLOAD_S3_BASE_URL');
  if (env('UPLOAD_S3_ROOT_PATH')) providerOptions.rootPath = env('UPLOAD_S3_ROOT_PATH');
  return { upload: { config: { provider: 'aws-s3', providerOptions, actionOptions: { upload: {}, uploadStream: {}, delete: {} } } } };
}
