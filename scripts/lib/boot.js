'use strict';
/**
 * The Strapi boot the scripts share: compile the TypeScript app into dist/ (or reuse dist/ as a running server built
 * it), create Strapi without the admin panel and without auto-reload, load it, run the work and always destroy it.
 * The app's compiled modules are reached through `app.require('src/…')`.
 */
const path = require('path');

const APP_DIR = path.resolve(__dirname, '..', '..');

/** Compiles the app (or, with noCompile, reuses dist/); the working directory becomes the app's. */
async function compileApp({ noCompile = false } = {}) {
  process.chdir(APP_DIR);
  const { compileStrapi } = require('@strapi/strapi');
  const dirs = noCompile ? { appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') } : await compileStrapi({ appDir: APP_DIR });
  return { ...dirs, require: (modulePath) => require(path.join(dirs.distDir, modulePath)) };
}

/** Creates and loads Strapi for a compiled app. */
async function loadStrapi(app) {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: app.appDir, distDir: app.distDir, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  return strapi;
}

/**
 * Runs `work(strapi, app)` on a loaded Strapi and destroys it afterwards, whatever happened.
 * Options: `app` (already compiled), `noCompile`, `beforeDestroy()`.
 */
async function withStrapi(options, work) {
  const app = options.app ?? (await compileApp(options));
  const strapi = await loadStrapi(app);
  try {
    return await work(strapi, app);
  } finally {
    options.beforeDestroy?.();
    await strapi.destroy();
  }
}

module.exports = { APP_DIR, compileApp, loadStrapi, withStrapi };
