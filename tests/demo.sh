#!/usr/bin/env bash
# npm run demo: build the extension and show it on the bundled sample news page (see tests/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/ensure-browsers.sh chromium
[ -d node_modules ] || npm ci
npx wxt build
npx tsx tests/demo.ts "$@"
