// Where a wasm's code bytes go: function body sizes summed by crate / module
// path, from the name section of an un-stripped build.
// usage: node scripts/wasm-sizes.mjs file.wasm [depth=2] [top=40]
import { readFileSync } from 'node:fs';

const [file, depthArg = '2', topArg = '40'] = process.argv.slice(2);
const buf = readFileSync(file);
let p = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const str = () => { const n = u32(); const s = buf.toString('utf8', p, p + n); p += n; return s; };
let importedFuncs = 0; const bodies = []; const names = new Map(); let dataBytes = 0;
while (p < buf.length) {
  const id = buf[p++]; const size = u32(); const end = p + size;
  if (id === 2) {
    const n = u32();
    for (let i = 0; i < n; i++) {
      str(); str(); const kind = buf[p++];
      if (kind === 0) { u32(); importedFuncs++; }
      else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 3) { p += 2; }
    }
  } else if (id === 10) {
    const n = u32();
    for (let i = 0; i < n; i++) { const len = u32(); bodies.push(len); p += len; }
  } else if (id === 11) { dataBytes += size; }
  else if (id === 0) {
    const name = str();
    if (name === 'name') {
      while (p < end) {
        const sub = buf[p++]; const len = u32(); const subEnd = p + len;
        if (sub === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); names.set(idx, str()); } }
        p = subEnd;
      }
    }
  }
  p = end;
}
const depth = Number(depthArg);
const groups = new Map();
let total = 0;
bodies.forEach((len, i) => {
  total += len;
  let name = names.get(i + importedFuncs) ?? '?';
  name = name.replace(/^<(.*?)( as .*)?>::/, '$1::').replace(/^_?ZN/, '');
  const key = name.split('::').slice(0, depth).join('::').replace(/<.*/, '').replace(/\{\{closure\}\}/, '');
  groups.set(key, (groups.get(key) ?? 0) + len);
});
console.log(`code ${total} B in ${bodies.length} functions; data ${dataBytes} B`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) {
  console.log(`${String(v).padStart(8)} ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}
