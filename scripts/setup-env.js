#!/usr/bin/env node
/**
 * Creates .env from .env.example on first run and fills every empty secret with a fresh random value.
 * Existing values are never changed; a secret missing from an existing .env is appended.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const ROOT = path.resolve(__dirname, '..');
const EXAMPLE = path.join(ROOT, '.env.example');
const TARGET = path.join(ROOT, '.env');

const SECRETS = {
  APP_KEYS: () => Array.from({ length: 4 }, () => random()).join(','),
  API_TOKEN_SALT: random,
  ADMIN_JWT_SECRET: random,
  TRANSFER_TOKEN_SALT: random,
  JWT_SECRET: random,
  ENCRYPTION_KEY: random,
};

function random() {
  return crypto.randomBytes(32).toString('base64');
}

function parse(text) {
  const values = new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=(.*)$/.exec(line);
    if (m) values.set(m[1], m[2].trim());
  }
  return values;
}

function main() {
  const created = !fs.existsSync(TARGET);
  let text = created ? fs.readFileSync(EXAMPLE, 'utf8') : fs.readFileSync(TARGET, 'utf8');
  const values = parse(text);
  const filled = [];
  for (const [key, make] of Object.entries(SECRETS)) {
    if (values.has(key) && values.get(key)) continue;
    const value = make();
    if (values.has(key)) {
      text = text.replace(new RegExp(`^(\\s*${key}\\s*=).*$`, 'm'), `$1${value}`);
    } else {
      text += `${text.endsWith('\n') ? '' : '\n'}${key}=${value}\n`;
    }
    filled.push(key);
  }
  if (created || filled.length) {
    fs.writeFileSync(TARGET, text, { mode: 0o600 });
    console.log(created ? `Створено .env (нові секрети: ${filled.join(', ')})` : `До .env додано секрети: ${filled.join(', ')}`);
  }
}

main();
