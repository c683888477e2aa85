#!/usr/bin/env bash
# Installs what `npm start` and `npm test` need on a fresh Debian machine with Node 20:
# npm packages (package-lock.json, and server/package-lock.json for the team server) and
# Debian's Chromium (Playwright cannot download its own browser here); with --test, what the
# tests need besides. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "casebook: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The team server has its own packages (server/package-lock.json), kept out of the extension's.
sh server/scripts/ensure-deps.sh

# Debian packages: Chromium always; for the tests (--test) also Xvfb and xdotool, which answer
# the browser's permission prompt in a private X display (test/e2e/x-display.ts), Firefox ESR,
# and PostgreSQL and Redis, which the team server's scale-out tests start on 127.0.0.1
# (server/test/helpers/real-services.ts).
packages=()
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_bin" ] || packages+=(chromium fonts-dejavu-core)
if [ "${1:-}" = "--test" ]; then
  [ -x /usr/bin/Xvfb ] || packages+=(xvfb xauth)
  [ -x /usr/bin/xdotool ] || packages+=(xdotool)
  # Firefox ESR for the Firefox end-to-end tests (test/firefox/, driven by puppeteer-core over BiDi).
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || packages+=(firefox-esr)
  compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || packages+=(postgresql)
  [ -x /usr/bin/redis-server ] || packages+=(redis-server)
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "casebook: installing Debian's ${packages[*]} (apt)…"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
