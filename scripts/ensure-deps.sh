#!/usr/bin/env bash
# Installs what `npm start` and `npm test` need on a fresh Debian machine with Node 20:
# npm packages (package-lock.json, and server/package-lock.json for the team server) and
# Debian's Chromium (Playwright cannot download its own browser here). Safe to run again:
# it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "casebook: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The team server has its own packages (server/package-lock.json), kept out of the extension's.
sh server/scripts/ensure-deps.sh

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  echo "casebook: installing Debian's chromium (apt)…"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
