import { winston, formats } from '@strapi/logger';

/**
 * Console logging. LOG_FORMAT=json writes one JSON object per line (timestamp, level, message and any metadata) for
 * a log collector; anything else keeps Strapi's readable lines. LOG_LEVEL=warn keeps test and CI output readable;
 * the default `http` also shows each request.
 */
export function loggerSettings(env: Record<string, string | undefined>) {
  const json = (env.LOG_FORMAT || '').toLowerCase() === 'json';
  return {
    transports: [
      new winston.transports.Console({
        level: env.LOG_LEVEL || 'http',
        format: json
          ? winston.format.combine(winston.format.uncolorize(), winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json())
          : formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
      }),
    ],
  };
}
