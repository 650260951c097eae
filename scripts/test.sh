#!/usr/bin/env bash
# Every suite, in order; the first failure fails the run. Called by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
PORT="${MOCK_PORT:-4010}"
export TELEPARTNER_MOCK_URL="http://127.0.0.1:$PORT"
export TELEPARTNER_CONTRACT_DIR="$PWD/target/contract"
say() { printf '\n== %s\n' "$*"; }

rm -rf target/contract && mkdir -p target/contract

say "native: golden, validation, client pipeline (cargo test)"
cargo test 2>&1 | grep -vE "^\s+(Compiling|Finished|Running|Doc-tests)|^test .* ok$|^$"

say "contract mock (openapi-core) on $TELEPARTNER_MOCK_URL"
python3 tests/contract/mock_server.py --port "$PORT" >target/contract/mock.log 2>&1 &
MOCK_PID=$!
trap 'kill $MOCK_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS "$TELEPARTNER_MOCK_URL/__mock/report" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "$TELEPARTNER_MOCK_URL/__mock/report" >/dev/null

say "wasm-bindgen-test in Node (real fetch to the mock)"
cargo test --target wasm32-unknown-unknown --test 'wasm_*' 2>&1 | grep -vE "^\s+(Compiling|Finished|Running)" 

say "wasm-bindgen-test in headless Chromium (real fetch to the mock)"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test --target wasm32-unknown-unknown --test 'wasm_*' 2>&1 | grep -vE "^\s+(Compiling|Finished|Running)"

say "npm package: build, pack, install from the tarball"
scripts/build-pkg.sh
(cd pkg && npm pack --silent --pack-destination ../target >/dev/null)
CONSUMER="$PWD/target/js-consumer"
rm -rf "$CONSUMER" && mkdir -p "$CONSUMER"
echo '{ "name": "consumer", "private": true }' > "$CONSUMER/package.json"
(cd "$CONSUMER" && npm install --silent --no-audit --no-fund ../telepartner-0.1.0.tgz)

say "JS tests (node:test) against the installed package"
TELEPARTNER_CONSUMER_DIR="$CONSUMER" node --test tests/js/

say "TypeScript: tsc --strict --noEmit over js-examples/ts"
ln -sfn ../pkg node_modules/telepartner
node_modules/.bin/tsc -p js-examples/ts/tsconfig.json
echo "tsc: ok"

say "contract: every request the suites sent, validated against the spec"
python3 tests/contract/validate.py target/contract/*.jsonl
python3 tests/contract/check_report.py "$TELEPARTNER_MOCK_URL"
