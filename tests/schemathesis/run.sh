#!/usr/bin/env bash
# Schemathesis (pinned, from PyPI) against a freshly started sandbox, from the IVR
# Solutions and RhysTalk OpenAPI documents and the document derived from Toku's Postman
# collection (toku-openapi.mjs; needs the built package), with its default checks; the gate
# accepts only the failures allow.json gives a reason for. Called by scripts/test.sh.
#   tests/schemathesis/run.sh [port]     (SCHEMATHESIS_SEED to change the seed)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${1:-4040}"
URL="http://127.0.0.1:$PORT"
SEED="${SCHEMATHESIS_SEED:-20261201}"
ST="$PWD/target/st-venv/bin/schemathesis"
SPECS="$PWD/../shared/specs"
OUT="$PWD/target/contract/schemathesis"
rm -rf "$OUT" && mkdir -p "$OUT"
target/debug/telepartner-sandbox --port "$PORT" --event-delay-ms 30 >"$OUT/sandbox.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
python3 tests/contract/wait_ready.py "$URL" /__sandbox/requests

status=0
fuzz() { # api, spec, base URL, then the headers of the sandbox's keys
  local api=$1 spec=$2 url=$3; shift 3
  local headers=(); for h in "$@"; do headers+=(-H "$h"); done
  # Schemathesis exits 1 on any failure; the gate decides which ones are accepted. It runs in
  # $OUT (wiped above), so its crash cache (.schemathesis/) never carries over between runs.
  (cd "$OUT" && "$ST" run "$spec" --url "$url" "${headers[@]}" --workers 1 --seed "$SEED" \
    --report ndjson --report-dir "$OUT/$api" >"$OUT/$api.txt" 2>&1) || true
  grep -E "^(Test cases:|  [0-9]+ generated)" -A1 "$OUT/$api.txt" | grep generated || true
  python3 tests/schemathesis/gate.py "$api" "$OUT/$api"/*.ndjson tests/schemathesis/allow.json || {
    status=1; echo "schemathesis $api: full report in $OUT/$api.txt"; }
}
fuzz ivrsolutions "$SPECS/ivrsolutions-partner-clients.openapi.json" "$URL" "Authorization: Bearer sandbox_partner_key"
fuzz rhystalk "$SPECS/rhystalk-partner.openapi.yaml" "$URL/prod" "Authorization: Bearer sandbox_rhystalk_token"
# Toku publishes a Postman collection: fuzz from the OpenAPI document derived from it (and the registry).
node tests/schemathesis/toku-openapi.mjs "$OUT/toku.openapi.json"
fuzz toku "$OUT/toku.openapi.json" "$URL/toku" "x-api-key: sandbox_toku_key" "line-of-business-id: 1" \
  "Authorization: Bearer sandbox_toku_token" "api-authorization: Bearer sandbox_toku_token"
exit $status
