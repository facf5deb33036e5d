/**
 * A second server process for tests that must signal or restart a server (graceful shutdown, a restored backup):
 * the app as `npm start` runs it, from the dist/ the test run compiled, with Strapi's own SIGTERM/SIGINT handling.
 * Prints `LISTENING <port>` once it answers.
 */
'use strict';
const path = require('path');

const appDir = path.resolve(__dirname, '../../..');
process.chdir(appDir);
const { createStrapi } = require('@strapi/strapi');

const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
strapi.load()
  .then(() => strapi.listen())
  .then(() => console.log(`LISTENING ${process.env.PORT}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
