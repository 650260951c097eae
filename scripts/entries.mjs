// The package's browser entries and the files a browser downloads for each
// (wasm + wasm-bindgen glue + the entry and the JS helpers it imports). One
// list for the size budget (size-check.mjs) and `make bench`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `whole` is `telepartner` (all three APIs); the others are `telepartner/<api>`. */
export const ENTRIES = ['whole', 'ivrsolutions', 'toku', 'rhystalk'];

/** The package subpath of an entry. */
export const specifier = (entry) => (entry === 'whole' ? 'telepartner' : `telepartner/${entry}`);

/** The entry's directory inside pkg/ ('' for the whole SDK). */
export const dir = (entry) => (entry === 'whole' ? '' : `${entry}/`);

/** Files under pkg/ that a browser loads for `entry`: its browser module, every
 * module it imports (followed through the files), and the wasm. */
export function browserFiles(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(path.join(root, file), 'utf8');
    for (const [, spec] of src.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
    }
  };
  visit(`pkg/${dir(entry)}web.js`);
  return [`pkg/${dir(entry)}web/telepartner_bg.wasm`, ...seen];
}

/** gzip -9 bytes of files (paths relative to the repo root). */
export function gzipBytes(files) {
  return files.reduce((n, f) => n + gzipSync(readFileSync(path.join(root, f)), { level: 9 }).length, 0);
}

/** gzip -9 bytes of `entry` as a bundler ships it: its browser module and everything it
 * imports bundled and minified by esbuild (the measure), plus the wasm. */
export async function minifiedBytes(entry) {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [path.join(root, `pkg/${dir(entry)}web.js`)],
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error',
  });
  const js = gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
  return { js, total: js + gzipBytes([browserFiles(entry)[0]]) };
}
