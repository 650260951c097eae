# The two commands that matter: `make demo` and `make test`. Each sets up what it needs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
WASM_BINDGEN_VERSION := 0.2.130
MOCK_PORT ?= 4010
MOCK_URL := http://127.0.0.1:$(MOCK_PORT)
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: setup setup-rust setup-node setup-python setup-browser pkg test demo sandbox mock fuzz memory bench clean

setup: setup-rust setup-node setup-python

# The package's wasm is built by the pinned toolchain with std rebuilt from source (scripts/build-pkg.sh).
RUST_TOOLCHAIN := 1.95.0
setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed --toolchain $(RUST_TOOLCHAIN) 2>/dev/null | grep -qx rust-src || \
	  { rustup component add rust-src --toolchain $(RUST_TOOLCHAIN) 2>/dev/null || \
	    rustup toolchain install $(RUST_TOOLCHAIN) --profile minimal --component rust-src --target wasm32-unknown-unknown; }
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force

setup-node:
	@[ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/tsc ] && [ -d node_modules/playwright-core ] && \
	  [ -d node_modules/typescript7 ] && [ -x node_modules/.bin/miniflare ] && [ -d node_modules/js-yaml ] && [ -d node_modules/fast-check ] || \
	  npm ci --no-audit --no-fund --loglevel=error

SCHEMATHESIS_VERSION := 4.32.5
setup-python:
	@python3 -c "import openapi_core" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check openapi-core
	@target/st-venv/bin/schemathesis --version 2>/dev/null | grep -q " $(SCHEMATHESIS_VERSION)$$" || \
	  { python3 -m venv target/st-venv && target/st-venv/bin/pip install --quiet --disable-pip-version-check schemathesis==$(SCHEMATHESIS_VERSION); }

setup-browser:
	@command -v chromedriver >/dev/null && command -v chromium >/dev/null || \
	  { (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

## pkg: build the npm package into pkg/ (prints the wasm size)
pkg: setup-rust setup-node
	@scripts/build-pkg.sh

## test: every suite; any failure fails the run
test: setup setup-browser
	@scripts/test.sh

## demo: onboard a client end to end through the wasm package, against the contract-checking mock
demo: setup pkg
	@scripts/demo.sh

## bench: per-call cost vs raw fetch and openapi-fetch, cold start, instantiation, bytes (not in make test)
bench: setup setup-browser pkg
	node scripts/bench.mjs

## fuzz: the long fuzz runs: native 200,000 cases x 6 properties = 1.2 million inputs, 0 panics allowed;
## then 1,000,000 hostile JS inputs (fast-check) to every method of the built package, 0 traps allowed
fuzz: setup pkg
	TELEPARTNER_FUZZ_CASES=$${TELEPARTNER_FUZZ_CASES:-200000} cargo test --release --test fuzz -- --nocapture
	ln -sfn ../pkg node_modules/telepartner
	TELEPARTNER_CONSUMER_DIR=$(CURDIR) TELEPARTNER_JS_FUZZ_RUNS=$${TELEPARTNER_JS_FUZZ_RUNS:-1000000} \
	  node --test --test-reporter=spec tests/js/fuzz.test.mjs

## memory: 100,000 calls through the wasm package with an in-memory fetch; wasm memory must stay flat
memory: setup pkg
	node --expose-gc tests/js/memory.mjs

## sandbox: the stateful local fake of all three APIs, in the foreground (PORT=4010 SEED=42)
sandbox:
	cargo run --quiet -p telepartner-sandbox -- --port $${PORT:-4010} --seed $${SEED:-42}

## mock: run the contract-checking mock in the foreground
mock: setup-python
	python3 tests/contract/mock_server.py --port $(MOCK_PORT)

clean:
	rm -rf pkg target/contract
