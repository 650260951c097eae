// `make bench`: per-call cost against the raw-fetch floor and a typed plain-JS peer
// (openapi-fetch with types from openapi-typescript), cold start, wasm instantiation
// in Node and headless Chromium, and the bytes a browser downloads. Medians of
// interleaved rounds; ratios side by side (the machine is noisy: compare ratios).
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const sdk = require(path.join(root, 'pkg/index.cjs'));
const createClient = require(path.join(root, 'node_modules/openapi-fetch/dist/index.cjs')).default;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CALLS = Number(process.env.BENCH_CALLS ?? 4000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 1) => x.toFixed(d);

// ---- 1. per-call cost -------------------------------------------------------
const IVR = 'https://api.ivrsolutions.in';
const RT = 'https://hbgxb4yrq5.execute-api.eu-west-2.amazonaws.com/prod';
const TK = 'https://toku.example';
const replies = {
  '/partnerclients/wallet_balance': JSON.stringify({ status: 200, message: 'Success', data: { balance: '1500.00', currency: 'INR' } }),
  '/prod/get_balance': JSON.stringify({ tenant_id: 't', product_id: 'p', currency: 'GBP', account_code_12: '000000000042', total_balance: 12.5 }),
  '/data/rate': JSON.stringify({ country_code: '65', full_number: '6583225129', source: 'custom', price_info: { price: 0.0113, currency: 'USD', call_flag: 'Allowed' } }),
};
const fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input.url);
  return new Response(replies[url.pathname], { status: 200, headers: { 'content-type': 'application/json' } });
};
const ivr = new sdk.IvrSolutions({ apiKey: 'pk_bench', fetch });
const rt = new sdk.RhysTalk({ token: 'a.b.c', fetch });
const tk = new sdk.Toku({ baseUrl: TK, token: 'tk', fetch });
const ivrPeer = createClient({ baseUrl: IVR, fetch, headers: { authorization: 'Bearer pk_bench' } });
const rtPeer = createClient({ baseUrl: RT, fetch, headers: { authorization: 'Bearer a.b.c' } });
const raw = (url, method, body, headers) => async () => {
  const res = await fetch(new Request(url, { method, headers: { accept: 'application/json', ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body }));
  return res.json();
};

const cases = [
  ['IVR walletBalance', {
    floor: raw(`${IVR}/partnerclients/wallet_balance`, 'POST', '{"client_id":"C1"}', { authorization: 'Bearer pk_bench' }),
    telepartner: () => ivr.walletBalance({ client_id: 'C1' }),
    'openapi-fetch': () => ivrPeer.POST('/partnerclients/wallet_balance', { body: { client_id: 'C1' } }),
  }],
  ['RhysTalk getBalance', {
    floor: raw(`${RT}/get_balance`, 'POST', '{"account":"000000000042"}', { authorization: 'Bearer a.b.c' }),
    telepartner: () => rt.getBalance({ account: '42' }),
    'openapi-fetch': () => rtPeer.POST('/get_balance', { body: { account: '000000000042' } }),
  }],
  ['Toku getCallRate', {
    floor: raw(`${TK}/data/rate?caller_number=919876543210&destination_number=6583225129&account_code=500181`, 'GET', undefined, { authorization: 'Bearer tk' }),
    telepartner: () => tk.getCallRate({ caller_number: '919876543210', destination_number: '6583225129', account_code: '500181' }),
  }],
];

async function timeIt(fn) {
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) await fn();
  return ((performance.now() - t0) * 1000) / CALLS;
}

console.log(`\n1. Per-call cost, in-memory fetch, us/call (median of ${ROUNDS} interleaved rounds x ${CALLS} calls)`);
const perCall = {};
for (const [name, contenders] of cases) {
  const names = Object.keys(contenders);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) await timeIt(contenders[n]); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const n of order) samples[n].push(await timeIt(contenders[n]));
  }
  const m = Object.fromEntries(names.map((n) => [n, median(samples[n])]));
  perCall[name] = m;
  const peer = m['openapi-fetch'];
  console.log(`   ${name.padEnd(22)} floor ${fmt(m.floor).padStart(6)} | telepartner ${fmt(m.telepartner).padStart(6)} (+${fmt(m.telepartner - m.floor)} over floor, ${fmt(m.telepartner / m.floor, 2)}x)` +
    (peer ? ` | openapi-fetch ${fmt(peer).padStart(6)} (+${fmt(peer - m.floor)}) | telepartner/peer ${fmt(m.telepartner / peer, 2)}x` : ' | no OpenAPI spec: no peer'));
}

// ---- 2. cold start ----------------------------------------------------------
const coldScripts = {
  'node (empty)': '',
  telepartner: `const t=require(${JSON.stringify(path.join(root, 'pkg/index.cjs'))});const f=async()=>new Response('{"status":200,"message":"ok","data":{}}',{status:200});new t.IvrSolutions({apiKey:'k',fetch:f}).walletBalance({client_id:'C1'}).then(()=>{})`,
  'openapi-fetch': `const c=require(${JSON.stringify(path.join(root, 'node_modules/openapi-fetch/dist/index.cjs'))}).default;const f=async()=>new Response('{"status":200,"message":"ok","data":{}}',{status:200});c({baseUrl:'https://api.ivrsolutions.in',fetch:f}).POST('/partnerclients/wallet_balance',{body:{client_id:'C1'}}).then(()=>{})`,
};
console.log('\n2. Cold start: a fresh Node process to its first completed call, ms (median of 7)');
const cold = {};
for (let r = 0; r < 7; r++) {
  for (const [name, script] of Object.entries(coldScripts)) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', script], { stdio: 'ignore' });
    (cold[name] ??= []).push(performance.now() - t0);
  }
}
const base = median(cold['node (empty)']);
for (const [name, xs] of Object.entries(cold)) {
  const m = median(xs);
  console.log(`   ${name.padEnd(22)} ${fmt(m).padStart(7)} ms${name === 'node (empty)' ? '' : `  (+${fmt(m - base)} ms over an empty node)`}`);
}

// ---- 3. instantiation -------------------------------------------------------
const wasmPath = path.join(root, 'pkg/web/telepartner_bg.wasm');
const glue = path.join(root, 'pkg/web/telepartner.js');
const instScript = `import { initSync } from ${JSON.stringify(glue)}; import { readFileSync } from 'node:fs';
const bytes = readFileSync(${JSON.stringify(wasmPath)}); const t0 = performance.now(); initSync({ module: bytes }); console.log(performance.now() - t0);`;
const nodeInst = [];
for (let r = 0; r < 7; r++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', instScript]).toString();
  nodeInst.push(Number(out));
}
console.log('\n3. Instantiation of the wasm module alone (compile + instantiate), ms (median of 7)');
console.log(`   Node                   ${fmt(median(nodeInst), 2).padStart(7)} ms`);
try {
  const { chromium } = require(path.join(root, 'node_modules/playwright-core'));
  const server = http.createServer((req, res) => {
    const file = req.url === '/' ? null : path.join(root, req.url);
    if (!file) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<script type="module">
        import { initSync } from '/pkg/web/telepartner.js';
        const bytes = await (await fetch('/pkg/web/telepartner_bg.wasm')).arrayBuffer();
        const t0 = performance.now(); initSync({ module: bytes }); window.__ms = performance.now() - t0;</script>`);
      return;
    }
    let body;
    try { body = readFileSync(file); } catch { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/wasm' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const ms = [];
  for (let r = 0; r < 7; r++) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__ms !== undefined);
    ms.push(await page.evaluate(() => window.__ms));
    await page.close();
  }
  await browser.close();
  server.close();
  console.log(`   headless Chromium      ${fmt(median(ms), 2).padStart(7)} ms`);
} catch (e) {
  console.log(`   headless Chromium: not measured (${e.message.split('\n')[0]})`);
}

// ---- 4. bytes ---------------------------------------------------------------
const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(path.join(root, f)), { level: 9 }).length, 0);
const ours = ['pkg/web/telepartner_bg.wasm', 'pkg/web/telepartner.js', 'pkg/web.js', 'pkg/errors.js', 'pkg/paging.js'];
const peerFiles = ['node_modules/openapi-fetch/dist/index.mjs'];
const oursGz = gz(ours);
console.log('\n4. Bytes a browser downloads, gzip -9');
console.log(`   telepartner (whole SDK: wasm + glue)  ${(oursGz / 1024).toFixed(1)} KB   (wasm alone ${(gz([ours[0]]) / 1024).toFixed(1)} KB)`);
console.log(`   openapi-fetch runtime                 ${(gz(peerFiles) / 1024).toFixed(1)} KB   (no validation; types are compile-time only)`);
console.log('   per-provider entry points: not split yet (one wasm for all three APIs)');

// ---- budgets ----------------------------------------------------------------
const ivrCall = perCall['IVR walletBalance'];
console.log('\nBudgets (goal -> where we stand)');
console.log(`   whole SDK <= 90 KB gzip             -> ${(oursGz / 1024).toFixed(1)} KB ${oursGz <= 90 * 1024 ? 'MET' : 'not met'}`);
console.log(`   instantiation <= 10 ms in Node      -> ${fmt(median(nodeInst), 2)} ms ${median(nodeInst) <= 10 ? 'MET' : 'not met'}`);
console.log(`   overhead over floor <= 20 us        -> ${fmt(ivrCall.telepartner - ivrCall.floor)} us ${ivrCall.telepartner - ivrCall.floor <= 20 ? 'MET' : 'not met'}`);
console.log(`   <= 1.5x the peer per call           -> ${fmt(ivrCall.telepartner / ivrCall['openapi-fetch'], 2)}x ${ivrCall.telepartner / ivrCall['openapi-fetch'] <= 1.5 ? 'MET' : 'not met'}`);
console.log('   wasm memory flat over 100,000 calls -> see `make memory` (in make test)');
mkdirSync(path.join(root, 'target'), { recursive: true });
writeFileSync(path.join(root, 'target/bench.json'), JSON.stringify({ perCall, cold, nodeInst, oursGz }, null, 1));
