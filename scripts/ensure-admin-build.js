#!/usr/bin/env node
/**
 * The browser tests of the admin panel need the built panel (dist/build). Builds it once when it is missing — e.g.
 * on a fresh clone, or after `npm run dev`, which cleans dist/ — and again when the panel's sources are newer than the
 * build, so `npm test` needs no other step and never tests a stale panel.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const built = path.join(root, 'dist', 'build', 'index.html');

/** The newest modification time of the admin panel's sources (src/admin and the labels it imports). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

if (process.env.SKIP_ADMIN_BUILD === 'true') process.exit(0);
const sources = [path.join(root, 'src', 'admin'), path.join(root, 'src', 'bootstrap', 'admin-labels')].filter((d) => fs.existsSync(d));
const stale = fs.existsSync(built) && Math.max(...sources.map(newestSource)) > fs.statSync(built).mtimeMs;
if (fs.existsSync(built) && !stale) process.exit(0);
console.log(stale ? 'Адмін-панель застаріла (змінено src/admin): збираю наново (~1 хв)…' : 'Збираю адмін-панель для браузерних тестів (один раз, ~1 хв)…');
const run = spawnSync(process.execPath, [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
