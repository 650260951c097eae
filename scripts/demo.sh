#!/usr/bin/env bash
# `make demo`: onboard a client through the wasm package against the local
# contract-checking mock of the IVR Solutions API (every request validated by openapi-core).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${MOCK_PORT:-4010}"
URL="http://127.0.0.1:$PORT"
python3 tests/contract/mock_server.py --port "$PORT" >/dev/null 2>&1 &
MOCK_PID=$!
trap 'kill $MOCK_PID 2>/dev/null || true' EXIT
python3 tests/contract/wait_ready.py "$URL"
ln -sfn ../pkg node_modules/telepartner
export IVR_BASE_URL="$URL" IVR_PARTNER_KEY="demo_partner_key"
export RHYSTALK_BASE_URL="$URL/prod" RHYSTALK_TOKEN="demo.sandbox.token"
export TOKU_BASE_URL="$URL/toku" TOKU_API_KEY="demo_toku_key" TOKU_LOB_ID="11111388"
for example in onboard provisioning billing rhystalk masked-call; do
  printf '\n======== js-examples/node/%s.mjs ========\n' "$example"
  node "js-examples/node/$example.mjs"
done
echo
python3 tests/contract/check_report.py "$URL"
