// Where an entry's wasm bytes go: function body sizes summed by module path, from
// the name section that wasm-bindgen writes (demangled) before wasm-opt strips it.
// Reads the builds scripts/build-pkg.sh keeps in target/wasm-entries/.
//   node scripts/wasm-sizes.mjs [entry=all|ivrsolutions|toku|rhystalk] [depth=2] [top=30] [filter]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry = 'all', depth = '2', top = '30', filter = ''] = process.argv.slice(2);
const out = path.join(root, 'target/wasm-sizes', entry);
mkdirSync(out, { recursive: true });
execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', 'named', path.join(root, `target/wasm-entries/${entry}.wasm`)]);
const buf = readFileSync(process.env.WASM_FILE ?? path.join(out, "named_bg.wasm"));

let p = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const str = () => { const n = u32(); const s = buf.toString('utf8', p, p + n); p += n; return s; };
let imported = 0;
let data = 0;
const bodies = [];
const names = new Map();
while (p < buf.length) {
  const id = buf[p++];
  const size = u32();
  const end = p + size;
  if (id === 2) {
    const n = u32();
    for (let i = 0; i < n; i++) {
      str(); str();
      const kind = buf[p++];
      if (kind === 0) { u32(); imported++; }
      else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 3) p += 2;
    }
  } else if (id === 10) {
    const n = u32();
    for (let i = 0; i < n; i++) { const len = u32(); bodies.push(len); p += len; }
  } else if (id === 11) {
    data += size;
  } else if (id === 0 && str() === 'name') {
    while (p < end) {
      const sub = buf[p++];
      const len = u32();
      const subEnd = p + len;
      if (sub === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); names.set(idx, str()); } }
      p = subEnd;
    }
  }
  p = end;
}

const groups = new Map();
let total = 0;
bodies.forEach((len, i) => {
  let name = names.get(i + imported) ?? '?';
  if (filter && !name.includes(filter)) return;
  total += len;
  name = name.replace(/\[[0-9a-f]+\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
  // `<a::B as c::D>::f` counts under a::B; generic arguments are dropped.
  name = name.replace(/^<([^<>]*?)( as [^>]*)?>/, '$1').replace(/^<([^ ]*?)[< ].*$/, '$1');
  const key = name.split('::').slice(0, Number(depth)).join('::').replace(/<.*$/, '');
  groups.set(key, (groups.get(key) ?? 0) + len);
});
console.log(`${entry}: code ${total} B in ${bodies.length} functions${filter ? ` matching ${filter}` : ''}; data ${data} B (before wasm-opt)`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${String(v).padStart(8)} ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}
