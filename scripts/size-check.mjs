// The size budget, per entry: fails when what a browser downloads for an entry
// (wasm + JS glue + helpers, gzip -9) grows more than 5 % past the budget
// reached (size-budget.json). Lower a budget when an optimisation lands;
// raising one needs a reason in the commit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTRIES, browserFiles, gzipBytes, minifiedBytes, root, specifier } from './entries.mjs';

const budget = JSON.parse(readFileSync(path.join(root, 'size-budget.json'), 'utf8'));
let over = 0;
for (const entry of ENTRIES) {
  const bytes = gzipBytes(browserFiles(entry));
  const allowed = budget.entries?.[entry];
  if (typeof allowed !== 'number') {
    console.error(`size: no budget for ${specifier(entry)} in size-budget.json`);
    over++;
    continue;
  }
  const limit = Math.round(allowed * 1.05);
  const verdict = bytes > limit ? 'OVER BUDGET' : 'ok';
  const min = await minifiedBytes(entry);
  console.log(`size: ${specifier(entry).padEnd(24)} ${String(bytes).padStart(7)} B gzip -9 (budget ${allowed} B, fails above ${limit} B) ${verdict}; ` +
    `bundled and minified by esbuild: ${min.total} B`);
  if (bytes > limit) over++;
}
// Node 20's engine compiles a wrapper per distinct signature of a wasm import,
// at compile and again at instantiation (~0.05-0.1 ms each): the count is
// held like the bytes (src/js.rs declares the SDK's own imports to share them).
const sigLimit = budget.importSignatures;
for (const entry of ENTRIES) {
  const sigs = importSignatures(readFileSync(browserFiles(entry)[0]));
  const verdict = sigs > sigLimit ? 'OVER BUDGET' : 'ok';
  console.log(`size: ${specifier(entry).padEnd(24)} ${sigs} distinct wasm import signatures (budget ${sigLimit}) ${verdict}`);
  if (!(sigs <= sigLimit)) over++;
}
if (over) {
  console.error(`size: ${over} entr${over === 1 ? 'y' : 'ies'} over budget`);
  process.exit(1);
}

/** How many distinct function signatures a wasm module's imports have. */
function importSignatures(buf) {
  let p = 8;
  const u32 = () => { let r = 0, sh = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << sh; sh += 7; } while (b & 0x80); return r >>> 0; };
  const skipName = () => { const n = u32(); p += n; };
  const types = [];
  const used = new Set();
  while (p < buf.length) {
    const id = buf[p++];
    const size = u32();
    const end = p + size;
    if (id === 1) {
      const n = u32();
      for (let i = 0; i < n; i++) {
        const start = p++;
        const params = u32(); p += params;
        const results = u32(); p += results;
        types.push(buf.subarray(start, p).toString('hex'));
      }
    } else if (id === 2) {
      const n = u32();
      for (let i = 0; i < n; i++) {
        skipName(); skipName();
        const kind = buf[p++];
        if (kind === 0) used.add(types[u32()]);
        else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
        else p += 2;
      }
    }
    p = end;
  }
  return used.size;
}
