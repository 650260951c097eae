// Fails when the whole SDK a browser downloads (wasm + JS glue, gzip -9) grows
// more than 5 % past the budget reached (size-budget.json). Lower the budget
// when an optimisation lands; raising it needs a reason in the commit.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const budget = JSON.parse(readFileSync(path.join(root, 'size-budget.json'), 'utf8'));
const files = ['pkg/web/telepartner_bg.wasm', 'pkg/web/telepartner.js', 'pkg/web.js', 'pkg/errors.js', 'pkg/paging.js', 'pkg/webhooks.js'];
const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(root, f)), { level: 9 }).length, 0);
const limit = Math.round(budget.whole_sdk_gzip_bytes * 1.05);
console.log(`size: whole SDK ${bytes} B gzip -9 (budget ${budget.whole_sdk_gzip_bytes} B, fails above ${limit} B)`);
if (bytes > limit) {
  console.error('size: over budget');
  process.exit(1);
}
