/** Loaded before the core router (file order); the definition lives in src/http/content-api-routes.ts. */
export { notificationActionRoutes as default } from '../../../http/content-api-routes';
