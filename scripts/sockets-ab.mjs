// What over-the-socket throughput is made of: plain fetch variants next to the SDK,
// against the sandbox (release build), concurrency 200, RhysTalk getBalance, interleaved
// rounds in one process, with the client's CPU per call. Run after `make pkg`:
//   node scripts/sockets-ab.mjs
import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from './entries.mjs';

execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'telepartner-sandbox'], { cwd: root, stdio: 'inherit' });
const { RhysTalk } = await import(path.join(root, 'pkg/rhystalk/index.mjs'));
const sandbox = spawn(path.join(root, 'target/release/telepartner-sandbox'), ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve) => {
  let out = '';
  sandbox.stdout.on('data', (d) => { out += d; const m = out.match(/IVR Solutions\s+(http:\/\/\S+)/); if (m) resolve(m[1]); });
});
const url = `${base}/prod/get_balance`;
const init = () => ({ method: 'POST', headers: { authorization: 'Bearer sandbox_rhystalk_token', 'content-type': 'application/json', accept: 'application/json' }, body: '{"account":"123456789012"}' });
const { readResponse } = await import(path.join(root, 'pkg/methods.js'));
const NAMES = ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id', 'x-amzn-requestid', 'x-correlation-id', 'x-transaction-id'];
let controller = new AbortController();
let uses = 0;
const shared = () => {
  if (++uses > 64) {
    controller = new AbortController();
    uses = 0;
  }
  return controller.signal;
};
const ok = async (res) => { if (!res.ok) throw new Error(String(res.status)); return res.json(); };
const rt = new RhysTalk({ token: 'sandbox_rhystalk_token', baseUrl: `${base}/prod` });
const variants = {
  'fetch(url, init)': async () => ok(await fetch(url, init())),
  'fetch(new Request(url, init))': async () => ok(await fetch(new Request(url, init()))),
  'fetch(url, init + own signal)': async () => {
    const c = new AbortController();
    const t = setTimeout(() => c.abort(), 30000);
    try { return await ok(await fetch(url, { ...init(), signal: c.signal })); } finally { clearTimeout(t); }
  },
  // What the SDK's transport does, in JS alone: (url, init) with a deadline signal shared by up to
  // 64 attempts, a Headers object, and the package's reader.
  'JS copy of the transport': async () => {
    const i = init();
    const headers = new Headers();
    for (const [k, v] of Object.entries(i.headers)) headers.set(k, v);
    const [status, , , parsed] = await readResponse(NAMES, fetch(url, { ...i, headers, signal: shared() }));
    if (status !== 200) throw new Error(String(status));
    return parsed;
  },
  'telepartner/rhystalk': () => rt.getBalance({ account: '123456789012' }),
};
async function run(fn, ms = 1500, concurrency = 200) {
  let n = 0;
  const cpu = process.cpuUsage();
  const end = performance.now() + ms;
  await Promise.all(Array.from({ length: concurrency }, async () => { while (performance.now() < end) { await fn(); n++; } }));
  const used = process.cpuUsage(cpu);
  return { rate: n / (ms / 1000), cpu: (used.user + used.system) / n };
}
for (const fn of Object.values(variants)) await run(fn, 400);
const rows = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
// Each round starts at another variant: no one always runs first or last.
const names = Object.keys(variants);
for (let r = 0; r < 5; r++) {
  for (const k of names.map((_, i) => names[(i + r) % names.length])) rows[k].push(await run(variants[k]));
}
sandbox.kill();
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const raw = median(rows['fetch(url, init)'].map((x) => x.rate));
console.log('over real sockets: the sandbox, concurrency 200, RhysTalk getBalance (median of 5 rotated rounds x 1.5 s)');
for (const [k, xs] of Object.entries(rows)) {
  const rate = median(xs.map((x) => x.rate));
  console.log(`  ${k.padEnd(32)} ${rate.toFixed(0).padStart(6)} calls/s (${(rate / raw).toFixed(2)}x)  client CPU ${median(xs.map((x) => x.cpu)).toFixed(0).padStart(5)} us/call`);
}
