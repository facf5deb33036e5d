import { uploadPluginConfig } from '../../../src/bootstrap/config/upload-settings';

const envOf = (values: Record<string, string>) => (name: string, fallback?: string) => values[name] ?? fallback;
const installed = (id: string) => `/node_modules/${id}`;
const missing = (id: string): string => {
  throw new Error(`Cannot find module '${id}'`);
};

describe('upload provider', () => {
  it('keeps files on the local disk without UPLOAD_S3_BUCKET', () => {
    expect(uploadPluginConfig(envOf({}), missing)).toEqual({});
  });

  it('configures an S3-compatible store (MinIO: endpoint, path-style) from the environment', () => {
    const config: any = uploadPluginConfig(envOf({
      UPLOAD_S3_BUCKET: 'rada-uploads', UPLOAD_S3_ACCESS_KEY_ID: 'key', UPLOAD_S3_SECRET_ACCESS_KEY: 'secret',
      UPLOAD_S3_ENDPOINT: 'https://s3.rada.example', UPLOAD_S3_BASE_URL: 'https://files.rada.example',
    }), installed);
    expect(config.upload.config.provider).toBe('aws-s3');
    expect(config.upload.config.providerOptions).toEqual({
      baseUrl: 'https://files.rada.example',
      s3Options: {
        credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
        region: 'us-east-1',
        endpoint: 'https://s3.rada.example',
        forcePathStyle: true,
        params: { Bucket: 'rada-uploads', ACL: 'public-read' },
      },
    });
  });

  it('uses AWS virtual-host addressing without an endpoint', () => {
    const config: any = uploadPluginConfig(envOf({
      UPLOAD_S3_BUCKET: 'b', UPLOAD_S3_ACCESS_KEY_ID: 'k', UPLOAD_S3_SECRET_ACCESS_KEY: 's', UPLOAD_S3_REGION: 'eu-central-1',
    }), installed);
    expect(config.upload.config.providerOptions.s3Options.region).toBe('eu-central-1');
    expect(config.upload.config.providerOptions.s3Options).not.toHaveProperty('forcePathStyle');
    expect(config.upload.config.providerOptions.s3Options).not.toHaveProperty('endpoint');
  });

  it('refuses to start with a bucket but without the provider package or the keys, saying what to do', () => {
    expect(() => uploadPluginConfig(envOf({ UPLOAD_S3_BUCKET: 'b', UPLOAD_S3_ACCESS_KEY_ID: 'k', UPLOAD_S3_SECRET_ACCESS_KEY: 's' }), missing))
      .toThrow(/пакет @strapi\/provider-upload-aws-s3 не встановлено/);
    expect(() => uploadPluginConfig(envOf({ UPLOAD_S3_BUCKET: 'b' }), installed)).toThrow(/потрібні також UPLOAD_S3_ACCESS_KEY_ID і UPLOAD_S3_SECRET_ACCESS_KEY/);
  });
});
