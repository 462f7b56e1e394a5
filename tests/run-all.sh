#!/usr/bin/env bash
# All tests (npm test, .ci/run): browsers and dependencies when missing, both builds, then Vitest's
# unit and end-to-end projects. Ends with the line "N passed, N failed" and fails unless tests ran
# and all passed.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-true}"

step() { printf '\n== %s\n' "$*"; }
clock() { date +%s; }
t0=$(clock)

step "browsers"
bash tests/ensure-browsers.sh chromium firefox-esr
/usr/bin/chromium --version 2>/dev/null | head -1 || true
/usr/bin/firefox-esr --version 2>/dev/null | head -1 || true

if [ ! -d node_modules ]; then
  step "npm ci"
  npm ci
fi

step "build (Chrome MV3, Firefox)"
t_build=$(clock)
npx wxt build
npx wxt build -b firefox
echo "build took $(( $(clock) - t_build )) s"

step "vitest (unit + e2e)"
mkdir -p test-artifacts
report=test-artifacts/vitest-report.json
rm -f "$report"
t_test=$(clock)
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
vitest_status=$?
set -e
echo "tests took $(( $(clock) - t_test )) s; everything $(( $(clock) - t0 )) s"
echo "screenshots: $(pwd)/test-artifacts/screenshots"

# The summary line comes last, and decides the exit status.
exec node tests/summarize-results.mjs "$report" "$vitest_status"
