/** Loaded before the core router (file order); the definition lives in src/http/content-api-routes.ts. */
export { communicationsActionRoutes as default } from '../../../http/content-api-routes';
