#!/usr/bin/env bash
# `npm start`: set up, build, and open Chromium with Casebook over the bundled demo mailbox.
# `npm start -- --screenshot FILE` does the same headless and writes a PNG of the sidebar.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx wxt build >/dev/null
node scripts/demo.mjs "$@"
