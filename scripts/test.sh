#!/usr/bin/env bash
# Every suite, in order; the first failure fails the run. Called by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
PORT="${MOCK_PORT:-4010}"
export TELEPARTNER_MOCK_URL="http://127.0.0.1:$PORT"
export TELEPARTNER_CONTRACT_DIR="$PWD/target/contract"
STARTED=$(date +%s)
STAGE_AT=$STARTED
STAGE=""
# Each stage's header; the previous stage's time goes to target/contract/stages.txt.
say() {
  local now; now=$(date +%s)
  [ -n "$STAGE" ] && echo "$(( now - STAGE_AT ))s  $STAGE" >>"$STAGES"
  STAGE="$*"; STAGE_AT=$now
  printf '\n== %s  [+%ss]\n' "$*" "$(( now - STARTED ))"
}

rm -rf target/contract && mkdir -p target/contract
LOG=target/contract/suites.log
STAGES=target/contract/stages.txt
: >"$STAGES"
: >"$LOG"

say "native: golden, validation, client pipeline (cargo test)"
cargo test 2>&1 | tee -a "$LOG" | grep -vE "^\s+(Compiling|Finished|Running|Doc-tests)|^test .* ok$|^$"

say "contract mock (openapi-core) on $TELEPARTNER_MOCK_URL"
python3 tests/contract/mock_server.py --port "$PORT" >target/contract/mock.log 2>&1 &
MOCK_PID=$!
trap 'kill $MOCK_PID 2>/dev/null || true' EXIT
python3 tests/contract/wait_ready.py "$TELEPARTNER_MOCK_URL"

say "wasm-bindgen-test in Node (real fetch to the mock)"
cargo test --target wasm32-unknown-unknown --test 'wasm_*' 2>&1 | tee -a "$LOG" | grep -vE "^\s+(Compiling|Finished|Running)"

say "wasm-bindgen-test in headless Chromium (real fetch to the mock)"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test --target wasm32-unknown-unknown --test 'wasm_*' 2>&1 | tee -a "$LOG" | grep -vE "^\s+(Compiling|Finished|Running)"

say "npm package: build, pack, install from the tarball"
scripts/build-pkg.sh
node scripts/size-check.mjs
ln -sfn ../pkg node_modules/telepartner   # the examples import 'telepartner'
rm -rf target/screenshots
(cd pkg && npm pack --silent --pack-destination ../target >/dev/null)
CONSUMER="$PWD/target/js-consumer"
rm -rf "$CONSUMER" && mkdir -p "$CONSUMER"
echo '{ "name": "consumer", "private": true }' > "$CONSUMER/package.json"
(cd "$CONSUMER" && npm install --silent --no-audit --no-fund ../telepartner-0.1.0.tgz)

say "JS tests (node:test) against the installed package"
TELEPARTNER_CONSUMER_DIR="$CONSUMER" node --test --test-reporter=spec tests/js/ 2>&1 | tee -a "$LOG"

say "sandbox: state, KYC order, idempotency, auth, CORS, webhooks, faults (through the package)"
cargo build --quiet -p telepartner-sandbox
SANDBOX_PORT="${SANDBOX_PORT:-4020}"
export TELEPARTNER_SANDBOX_URL="http://127.0.0.1:$SANDBOX_PORT"
target/debug/telepartner-sandbox --port "$SANDBOX_PORT" --event-delay-ms 30 --key ivrsolutions=sandbox_extra_partner_key --toku-call-list-rows 12000 >target/contract/sandbox.log 2>&1 &
SANDBOX_PID=$!
trap 'kill $MOCK_PID $SANDBOX_PID 2>/dev/null || true' EXIT
python3 -c "
import sys, time, urllib.request
for _ in range(50):
    try: urllib.request.urlopen('$TELEPARTNER_SANDBOX_URL/__sandbox/requests', timeout=1); sys.exit(0)
    except OSError: time.sleep(0.2)
sys.exit('sandbox did not start')"
# At debug level: every request and reply body of the suite is logged (redacted), and the
# secret grep below fails the run if any test secret shows.
TELEPARTNER_LOG=debug TELEPARTNER_CONSUMER_DIR="$CONSUMER" node --test --test-reporter=spec tests/sandbox/ 2>&1 | tee -a "$LOG" >target/contract/sandbox-suite.log
grep -E "^(✔|✖|ℹ)" target/contract/sandbox-suite.log
grep -q "telepartner .* -> " target/contract/sandbox-suite.log || { echo "no debug log lines: TELEPARTNER_LOG had no effect"; exit 1; }
python3 tests/contract/sandbox_replies.py "$TELEPARTNER_SANDBOX_URL"

say "schemathesis $(target/st-venv/bin/schemathesis --version | cut -d' ' -f3): IVR Solutions, RhysTalk and Toku (derived) specs against a fresh sandbox, allow-list tests/schemathesis/allow.json"
tests/schemathesis/run.sh "${SCHEMATHESIS_PORT:-4040}" 2>&1 | tee -a "$LOG"

say "packaging matrix: the tarball in Node ESM+CJS, tsc 5.9+7, Vite/webpack/esbuild in Chromium, Deno, Bun, workerd, publint, attw"
CHROMIUM="$(command -v chromium)" SANDBOX_URL="$TELEPARTNER_SANDBOX_URL" \
  node scripts/matrix.mjs target/telepartner-0.1.0.tgz 2>&1 | tee -a "$LOG"

say "headless Chromium (playwright-core): the package's browser entry, and the portal example end to end"
CHROMIUM="$(command -v chromium)" node --test --test-reporter=spec tests/browser/ 2>&1 | tee -a "$LOG"

say "memory soak: 100,000 calls through the wasm package, in-memory fetch"
node --expose-gc tests/js/memory.mjs 100000

say "TypeScript: tsc --strict --noEmit over js-examples/ts"
ln -sfn ../pkg node_modules/telepartner
node_modules/.bin/tsc -p js-examples/ts/tsconfig.json
echo "tsc: ok"

say "contract: every request the suites sent, validated against the spec"
python3 tests/contract/validate.py target/contract/*.jsonl
python3 tests/contract/check_report.py "$TELEPARTNER_MOCK_URL"

say "secrets: none of the test secrets appears in any suite's output"
for secret in pk_test_partner_key pk_test_secret_partner_key SecurePass@123 123412341234 EAAG_secret_access_token eyJhbGciOiJub25lIn0 sandbox_partner_key sandbox_extra_partner_key sandbox_rhystalk_token sandbox_toku_key; do
  if grep -qF -- "$secret" "$LOG"; then echo "secret found in the suites' output: ${secret:0:4}..."; exit 1; fi
done
echo "secrets: none found in $(wc -l <"$LOG") lines"

say "summary"
echo "time per stage (seconds):"; cat "$STAGES"; echo "total: $(( $(date +%s) - STARTED ))s"

# One closing line over every suite (cargo's "test result" lines and node's spec summaries).
awk '
  /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i-1); if ($(i) ~ /^failed;?$/) f += $(i-1) } }
  /^[^ ]+ (pass|fail) [0-9]+$/ { if ($2 == "pass") p += $3; else f += $3 }
  /^matrix: [0-9]+ passed, [0-9]+ failed$/ { p += $2; f += $4 }
  END { printf "\ntests: %d passed, %d failed\n", p, f; exit (f > 0 || p == 0) }
' "$LOG"
