#!/usr/bin/env bash
# `make demo`: the main job. Starts the sandbox (a local, stateful fake of all three APIs),
# runs the Node examples through the wasm package in sequence, stops the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${SANDBOX_PORT:-4010}"
URL="http://127.0.0.1:$PORT"
start=$(date +%s)
cargo build --quiet -p telepartner-sandbox
target/debug/telepartner-sandbox --port "$PORT" >/dev/null 2>&1 &
SANDBOX_PID=$!
trap 'kill $SANDBOX_PID 2>/dev/null || true' EXIT
python3 -c "
import sys, time, urllib.request
for _ in range(50):
    try: urllib.request.urlopen('$URL/__sandbox/requests', timeout=1); sys.exit(0)
    except OSError: time.sleep(0.2)
sys.exit('sandbox did not start')"
ln -sfn ../pkg node_modules/telepartner
export IVR_BASE_URL="$URL" IVR_PARTNER_KEY="sandbox_partner_key"
export RHYSTALK_BASE_URL="$URL/prod" RHYSTALK_TOKEN="sandbox_rhystalk_token"
export TOKU_BASE_URL="$URL/toku" TOKU_API_KEY="sandbox_toku_key" TOKU_LOB_ID="11111388"
step() { printf '\n======== %s ========\n' "$1"; }

step "1/6 onboard a client through KYC (js-examples/node/onboard.mjs)"
node js-examples/node/onboard.mjs | tee target/demo-onboard.log
CLIENT_ID=$(sed -n 's/.*client_id=//p' target/demo-onboard.log)
export IVR_CLIENT_ID="$CLIENT_ID"
step "2/6 provision a DID, an agent and a flow for $CLIENT_ID (provisioning.mjs)"
node js-examples/node/provisioning.mjs
step "3/6 top up and read the wallet (billing.mjs)"
node js-examples/node/billing.mjs
step "4/6 RhysTalk: account, one-key top-ups, masked-call translation (rhystalk.mjs)"
node js-examples/node/rhystalk.mjs
step "5/6 Toku: a masked call and its live events (masked-call.mjs)"
node js-examples/node/masked-call.mjs
step "6/6 the command line: 25 top-ups in one bulk run, resumable from its journal (npx telepartner)"
export TELEPARTNER_CONFIG="$PWD/target/demo-cli/profiles.json"
rm -rf target/demo-cli && mkdir -p target/demo-cli
tp() { node pkg/cli.mjs "$@"; }
tp profiles add demo rhystalk.token=sandbox_rhystalk_token "rhystalk.baseUrl=$URL/prod" \
  ivrsolutions.apiKey=sandbox_partner_key "ivrsolutions.baseUrl=$URL"
ACCOUNT=$(tp rhystalk create-account --product-id prepaid_uk --output jsonl | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).account_code_12))')
{ echo "account,amount"; for i in $(seq 1 25); do echo "$ACCOUNT,$i"; done; } > target/demo-cli/topups.csv
tp bulk rhystalk topup target/demo-cli/topups.csv --concurrency 8 --results target/demo-cli/results.csv
echo "rerun with the same journal (nothing is sent twice):"
tp bulk rhystalk topup target/demo-cli/topups.csv
tp rhystalk get-balance --account "$ACCOUNT" --output table
echo
python3 tests/contract/sandbox_replies.py "$URL"
echo "demo: done in $(( $(date +%s) - start ))s"
