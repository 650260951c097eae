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
if (over) {
  console.error(`size: ${over} entr${over === 1 ? 'y' : 'ies'} over budget`);
  process.exit(1);
}
