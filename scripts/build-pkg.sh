#!/usr/bin/env bash
# Build pkg/ (the npm package) from the crate and pkg-template/.
set -euo pipefail
cd "$(dirname "$0")/.."

# The release wasm is built with std rebuilt to abort on panic without formatting a message
# (the SDK never panics on input; a panic was already an abort, `panic = "abort"`): core's panic
# and Debug formatting leave every entry, -8 KB gzip each. `-Zbuild-std` and the
# `immediate-abort` strategy are unstable, so the pinned stable toolchain runs with
# RUSTC_BOOTSTRAP=1 (as the Linux kernel's Rust does); `make setup-rust` adds its `rust-src`.
# Its own target dir: other flags than the test builds, so neither rebuilds the other.
RUST_TOOLCHAIN=${RUST_TOOLCHAIN:-1.95.0}
WASM_TARGET_DIR=target/wasm-release
WASM=$WASM_TARGET_DIR/wasm32-unknown-unknown/release/telepartner.wasm
APIS="ivrsolutions toku rhystalk"
start=$(date +%s)
rm -rf pkg
mkdir -p pkg target/wasm-entries

# One wasm per entry: the whole SDK (pkg/web, pkg/node) and each API alone
# (pkg/<api>/web, pkg/<api>/node), from the crate's cargo features.
build() { # build <features> <dir under pkg/>
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
    cargo "+$RUST_TOOLCHAIN" build --quiet --release --target wasm32-unknown-unknown --lib --no-default-features --features "$1" \
      --target-dir "$WASM_TARGET_DIR" -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
  local dir=pkg/${2:+$2/} out=target/wasm-entries/${2:-all}.wasm
  cp "$WASM" "$out"
  wasm-bindgen --target nodejs --out-dir "${dir}node" --out-name telepartner "$out"
  wasm-bindgen --target web --out-dir "${dir}web" --out-name telepartner "$out"
  # One copy of the wasm per entry: the Node glue reads the web one.
  rm -f "${dir}node/telepartner_bg.wasm" "${dir}node/telepartner_bg.wasm.d.ts" "${dir}node/.gitignore" "${dir}web/.gitignore"
  sed -i 's#`${__dirname}/telepartner_bg.wasm`#`${__dirname}/../web/telepartner_bg.wasm`#' "${dir}node/telepartner.js"
  grep -q '../web/telepartner_bg.wasm' "${dir}node/telepartner.js" || { echo "node glue: wasm path not rewritten"; exit 1; }
  # binaryen from npm (Debian's binaryen corrupts modules: never use it)
  local f=${dir}web/telepartner_bg.wasm
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers "$f" -o "$f.opt"
  mv "$f.opt" "$f"
  # `[Symbol.dispose]` needs lib esnext.disposable: without it `tsc --strict` with the default lib
  # fails (TS2550). The method stays at run time; only its declaration goes.
  sed -i '/\[Symbol\.dispose\]()/d' "${dir}node/telepartner.d.ts" "${dir}web/telepartner.d.ts"
  echo '{ "type": "commonjs" }' > "${dir}node/package.json"
}
build "ivrsolutions,toku,rhystalk" ""
for api in $APIS; do build "$api" "$api"; done

cp pkg-template/package.json pkg-template/index.cjs pkg-template/index.mjs pkg-template/index.d.ts pkg-template/index.d.cts \
   pkg-template/web.js pkg-template/web.d.ts pkg-template/errors.js pkg-template/errors.d.ts \
   pkg-template/methods.js pkg-template/paging.js pkg-template/limits.js pkg-template/proxy.js pkg-template/proxy.d.ts \
   pkg-template/webhooks.js pkg-template/webhooks.d.ts pkg-template/worker.js pkg-template/worker.d.ts pkg-template/wasm.d.ts pkg-template/wasm.d.cts \
   pkg-template/cli.mjs pkg-template/cli-bulk.mjs pkg-template/cli-config.mjs pkg-template/cli-errors.mjs pkg-template/cli-output.mjs \
   pkg-template/README.md pkg-template/LICENSE-MIT pkg-template/LICENSE-APACHE pkg/
node scripts/api-entries.mjs $APIS
# The command line's --help shows each field's declared rules: written natively from the
# registry (the wasm does not carry them).
cargo run --quiet --example cli_rules > pkg/cli-rules.json
# One source for the JS helpers: derive the CommonJS copies from the ESM ones.
node -e '
  const fs = require("fs");
  for (const name of ["errors", "methods", "paging", "limits", "proxy", "webhooks"]) {
    let src = fs.readFileSync(`pkg/${name}.js`, "utf8");
    src = src.replace(/^import \{([^}]+)\} from ["\x27]\.\/(\w+)\.js["\x27];$/gm, "const {$1} = require(\"./$2.cjs\");");
    const names = [...src.matchAll(/^export (?:async function|class|function|const) (\w+)/gm)].map(m => m[1]);
    src = src.replace(/^export /gm, "");
    fs.writeFileSync(`pkg/${name}.cjs`, "\"use strict\";\n" + src + "\nmodule.exports = { " + names.join(", ") + " };\n");
  }
'
# wasm-bindgen types the raw wasm exports (InitOutput) with `any`: no `any` in our public types.
node -e '
  const fs = require("fs");
  for (const f of ["pkg/web/telepartner.d.ts", ...process.argv.slice(1).map((a) => `pkg/${a}/web/telepartner.d.ts`)]) {
    fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(/^(    readonly .*)$/gm, (l) => l.replace(/\bany\b/g, "unknown")));
  }
' $APIS
if grep -nw "any" pkg/node/telepartner.d.ts pkg/web/telepartner.d.ts pkg/{ivrsolutions,toku,rhystalk}/*/telepartner.d.ts pkg/*.d.ts pkg/*.d.cts pkg/{ivrsolutions,toku,rhystalk}/*.d.ts pkg/{ivrsolutions,toku,rhystalk}/*.d.cts | grep -v "^\S*:\s*\*\|// \| \* " ; then
  echo "public types contain any"; exit 1
fi
# One flat TypeScript namespace: two APIs' types with one name would merge into one interface
# (a class and its interface of iterators are the only intended merge).
node -e '
  const src = require("fs").readFileSync("pkg/node/telepartner.d.ts", "utf8");
  const seen = new Map();
  for (const [, kind, name] of src.matchAll(/^export (interface|type|class|enum|function) (\w+)/gm)) {
    (seen.get(name) ?? seen.set(name, []).get(name)).push(kind);
  }
  const clash = [...seen].filter(([, k]) => k.length > 1 && !(k.length === k.filter((x) => x === "interface").length + 1 && k.includes("class")));
  if (clash.length) { console.error("types declared twice (they would merge):", clash.map(([n]) => n).join(", ")); process.exit(1); }
'

sizes=""
for dir in "" $APIS; do
  f=pkg/${dir:+$dir/}web/telepartner_bg.wasm
  sizes="$sizes ${dir:-all} $(gzip -9 -c "$f" | wc -c)"
done
echo "pkg/ built in $(( $(date +%s) - start ))s: wasm gzip (-9) bytes:$sizes"
