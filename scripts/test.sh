#!/usr/bin/env bash
# `npm test`: set up, then lint, type-check, unit tests, builds, end-to-end tests.
# Every suite runs even when an earlier one fails; the last line is `N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --test || { echo "0 passed, 1 failed"; exit 1; }

results=.cache/test-results
rm -rf "$results" && mkdir -p "$results"

# A check is one pass/fail unit (lint, type-check, a build); test suites report their own counts.
check() {
  local name=$1; shift
  echo "── $name"
  if "$@" >"$results/$name.log" 2>&1; then echo "pass" >"$results/$name.check"; echo "   ok"
  else echo "fail" >"$results/$name.check"; tail -n 40 "$results/$name.log"; echo "   FAILED ($name)"; fi
}

check lint npx eslint --max-warnings=0 .
check typecheck npx tsc --noEmit -p .
echo "── unit tests"
npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json"
check build-chrome npx wxt build
check build-firefox npx wxt build -b firefox
check web-ext-lint npx web-ext lint --source-dir .output/firefox-mv2 --no-config-discovery --warnings-as-errors --self-hosted
check bundle-budget node scripts/check-bundle-budget.mjs
echo "── team server tests (real server processes, real providers)"
check server-typecheck npm --prefix server run --silent typecheck
(cd server && npx vitest run --reporter=default --reporter=json --outputFile="../$results/server.json")
echo "── end-to-end tests (built extension in Chromium)"
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$results/e2e.json"
echo "── end-to-end tests (built extension in Firefox ESR: test/firefox/)"
npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile="$results/firefox.json"

node scripts/summarise-tests.mjs "$results"
