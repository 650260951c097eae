// The single-API entries (`telepartner/ivrsolutions`, `/toku`, `/rhystalk`):
// the package's own entry files (pkg-template) rewritten for pkg/<api>/, whose
// web/ and node/ hold that API's wasm and glue. Only two things change: shared
// helpers are one level up, and names the API's build does not have are left
// out (its class is the only one; `maskedCall` needs all three APIs; only Toku's
// entry has the webhook receiver; an API whose registry has no paged operation
// does not load the paging helper).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLASSES = { ivrsolutions: 'IvrSolutions', toku: 'Toku', rhystalk: 'RhysTalk' };
const ENTRIES = ['index.cjs', 'index.mjs', 'index.d.ts', 'index.d.cts', 'web.js', 'web.d.ts', 'worker.js', 'worker.d.ts'];

export function rewrite(src, api, paged = true) {
  const keep = CLASSES[api];
  const drop = [...Object.values(CLASSES).filter((c) => c !== keep), 'maskedCall'];
  if (api !== 'ivrsolutions') drop.push('OnboardingSession');
  let s = src.replace(/(['"])\.\/(errors|methods|paging|proxy|webhooks)\.(c?js)\1/g, '$1../$2.$3$1');
  // The classes the method and paging installers get: this API's only.
  s = s.replace(/\{ ivrsolutions: (wasm\.)?IvrSolutions, rhystalk: (?:wasm\.)?RhysTalk, toku: (?:wasm\.)?Toku, onboarding: (?:wasm\.)?OnboardingSession \}/g,
    (_, ns = '') => `{ ${api}: ${ns}${keep}${api === 'ivrsolutions' ? `, onboarding: ${ns}OnboardingSession` : ''} }`);
  if (api !== 'toku') {
    // The webhook receiver and callback signing are Toku's: other entries neither load nor export them.
    s = s.replace(/^.*installWebhooks\((wasm\.)?Toku\b.*\n/gm, '');
    s = s.replace(/^.*(from ['"]\.\.\/webhooks\.js['"]|require\(['"]\.\.\/webhooks\.cjs['"]\)).*\n/gm, '');
    s = s.replace(/^\s*signCallbackUrl: webhooks\.signCallbackUrl,\n/gm, '');
    s = s.replace(/, signCallbackUrl: webhooks\.signCallbackUrl/g, '');
    drop.push('signCallbackUrl', 'webhooks');
  }
  if (!paged) {
    // No `iter...` methods to install: the paging helper is not loaded at all.
    s = s.replace(/^.*(from ['"]\.\.\/paging\.js['"]|require\(['"]\.\.\/paging\.cjs['"]\)).*\n/gm, '');
    s = s.replace(/^\s*installPaging\(.*\n/gm, '');
    drop.push('installPaging');
  }
  for (const name of drop) {
    s = s.replace(new RegExp(`^\\s*${name}: wasm\\.${name},\\n`, 'gm'), '');
    s = s.replace(new RegExp(`\\b${name},\\s*`, 'g'), '');
    s = s.replace(new RegExp(`,\\s*\\b${name}\\b(?=\\s*\\})`, 'g'), '');
  }
  const code = s.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const left = drop.filter((n) => new RegExp(`\\b${n}\\b`).test(code));
  if (left.length) throw new Error(`${api}: still refers to ${left.join(', ')}`);
  return s;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  for (const api of process.argv.slice(2)) {
    mkdirSync(path.join(root, 'pkg', api), { recursive: true });
    // From the API's own registry (its wasm, built before this runs).
    const paged = require(path.join(root, 'pkg', api, 'node/telepartner.js'))
      .operations()
      .some((op) => op.paging);
    for (const file of ENTRIES) {
      const src = readFileSync(path.join(root, 'pkg-template', file), 'utf8');
      writeFileSync(path.join(root, 'pkg', api, file), rewrite(src, api, paged));
    }
  }
}
