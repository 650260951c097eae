#!/usr/bin/env bash
# Build pkg/ (the npm package) from the crate and pkg-template/.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM=target/wasm32-unknown-unknown/release/telepartner.wasm
start=$(date +%s)
cargo build --quiet --release --target wasm32-unknown-unknown --lib

rm -rf pkg
mkdir -p pkg
wasm-bindgen --target nodejs --out-dir pkg/node --out-name telepartner "$WASM"
wasm-bindgen --target web --out-dir pkg/web --out-name telepartner "$WASM"
# One copy of the wasm in the package: the Node glue reads the web one.
rm -f pkg/node/telepartner_bg.wasm pkg/node/telepartner_bg.wasm.d.ts
sed -i 's#`${__dirname}/telepartner_bg.wasm`#`${__dirname}/../web/telepartner_bg.wasm`#' pkg/node/telepartner.js
grep -q '../web/telepartner_bg.wasm' pkg/node/telepartner.js || { echo "node glue: wasm path not rewritten"; exit 1; }
# binaryen from npm (Debian's binaryen corrupts modules: never use it)
f=pkg/web/telepartner_bg.wasm
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers "$f" -o "$f.opt"
mv "$f.opt" "$f"
# `[Symbol.dispose]` needs lib esnext.disposable: without it `tsc --strict` with the default lib
# fails (TS2550). The method stays at run time; only its declaration goes.
sed -i '/\[Symbol\.dispose\]()/d' pkg/node/telepartner.d.ts pkg/web/telepartner.d.ts

cp pkg-template/package.json pkg-template/index.cjs pkg-template/index.mjs pkg-template/index.d.ts pkg-template/index.d.cts \
   pkg-template/web.js pkg-template/web.d.ts pkg-template/errors.js pkg-template/errors.d.ts \
   pkg-template/paging.js pkg-template/proxy.js pkg-template/proxy.d.ts \
   pkg-template/webhooks.js pkg-template/webhooks.d.ts pkg-template/worker.js pkg-template/worker.d.ts pkg-template/wasm.d.ts pkg-template/wasm.d.cts \
   pkg-template/README.md pkg-template/LICENSE-MIT pkg-template/LICENSE-APACHE pkg/
# One source for the JS helpers: derive the CommonJS copies from the ESM ones.
node -e '
  const fs = require("fs");
  for (const name of ["errors", "paging", "proxy", "webhooks"]) {
    let src = fs.readFileSync(`pkg/${name}.js`, "utf8");
    const names = [...src.matchAll(/^export (?:async function|class|function|const) (\w+)/gm)].map(m => m[1]);
    src = src.replace(/^export /gm, "");
    fs.writeFileSync(`pkg/${name}.cjs`, "\"use strict\";\n" + src + "\nmodule.exports = { " + names.join(", ") + " };\n");
  }
'
echo '{ "type": "commonjs" }' > pkg/node/package.json
# wasm-bindgen types the raw wasm exports (InitOutput) with `any`: no `any` in our public types.
node -e '
  const fs = require("fs");
  const f = "pkg/web/telepartner.d.ts";
  fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(/^(    readonly .*)$/gm, (l) => l.replace(/\bany\b/g, "unknown")));
'
if grep -nw "any" pkg/node/telepartner.d.ts pkg/web/telepartner.d.ts pkg/*.d.ts pkg/*.d.cts | grep -v "^\S*:\s*\*\|// \| \* " ; then
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
rm -f pkg/node/.gitignore pkg/web/.gitignore

raw=$(stat -c %s pkg/web/telepartner_bg.wasm)
gz=$(gzip -9 -c pkg/web/telepartner_bg.wasm | wc -c)
echo "pkg/ built in $(( $(date +%s) - start ))s: wasm ${raw} bytes raw, ${gz} bytes gzip (-9)"
