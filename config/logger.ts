import { winston, formats } from '@strapi/logger';

/** LOG_LEVEL=warn keeps test and CI output readable; the default `http` also shows each request. */
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};
