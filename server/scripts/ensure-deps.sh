#!/usr/bin/env sh
# Installs the server's own packages (from its package-lock.json) when they are missing or stale.
set -eu
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "casebook server: installing npm packages (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
# The shapes of the team's shared documents are the extension's own Zod schemas
# (../lib/model/team-documents.ts), which import `zod` from the project's packages: on a machine
# that only runs the server, install the project's runtime packages (no build tools).
if [ ! -f ../node_modules/zod/package.json ]; then
  echo "casebook server: installing the project's runtime packages for the shared schemas (npm ci --omit=dev)…" >&2
  (cd .. && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
fi
