#!/usr/bin/env node
/**
 * The browser tests of the admin panel need the built panel (dist/build). Builds it once when it is missing — e.g.
 * on a fresh clone, or after `npm run dev`, which cleans dist/ — so `npm test` needs no other step.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
if (fs.existsSync(path.join(root, 'dist', 'build', 'index.html')) || process.env.SKIP_ADMIN_BUILD === 'true') process.exit(0);
console.log('Збираю адмін-панель для браузерних тестів (один раз, ~1 хв)…');
const run = spawnSync(process.execPath, [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
