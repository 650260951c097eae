// Memory soak: 100,000 calls through the wasm package (IVR read, IVR write,
// RhysTalk keyed write, and failing calls) with an in-memory fetch. Prints wasm
// linear memory and the JS heap before and after; fails if wasm memory grows
// by more than 1 MiB after warm-up or the heap grows by more than 16 MiB
// (leaked closures or JS handles would grow them with the call count).
//   node --expose-gc tests/js/memory.mjs [calls]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const sdk = require(path.join(root, 'pkg/index.cjs'));
const wasm = require(path.join(root, 'pkg/node/telepartner.js'));
const CALLS = Number(process.argv[2] ?? 100_000);

const ok = JSON.stringify({ status: 200, message: 'Success', data: { client_id: 'C1', list: [1, 2, 3] } });
const fetch = async (request) => {
  const p = new URL(request.url).pathname;
  if (p.endsWith('/buy_did')) return new Response('{"status":400,"message":"DID taken"}', { status: 400 });
  if (p.endsWith('/topup')) return new Response('{"balance_after":10}', { status: 200, headers: { 'x-transaction-id': request.headers.get('idempotency-key') } });
  return new Response(ok, { status: 200, headers: { 'content-type': 'application/json' } });
};
const ivr = new sdk.IvrSolutions({ apiKey: 'pk_mem', fetch });
const rt = new sdk.RhysTalk({ token: 'a.b.c', fetch });

async function batch(n) {
  for (let i = 0; i < n; i += 100) {
    const calls = [];
    for (let j = 0; j < 100 && i + j < n; j++) {
      switch ((i + j) % 4) {
        case 0: calls.push(ivr.client({ client_id: 'C1' })); break;
        case 1: calls.push(ivr.buyDid({ client_id: 'C1', number: '+911143104501', country: 'IN' }).catch((e) => e)); break;
        case 2: calls.push(rt.topup({ account: '42', amount: 1 })); break;
        default: calls.push(ivr.verifyPan({ temp_client_id: 't', pan: 'bad', btype: 'company' }).catch((e) => e));
      }
    }
    await Promise.all(calls);
  }
}

const gc = globalThis.gc ?? (() => {});
// Node's Request keeps an AbortSignal listener until a FinalizationRegistry
// callback runs: let a few GC cycles and turns of the event loop pass.
async function settle() {
  for (let k = 0; k < 6; k++) {
    gc();
    await new Promise((r) => setTimeout(r, 50));
  }
}
const mb = (b) => (b / 1048576).toFixed(2);
await batch(10_000); // warm-up: allocator and caches reach steady state
await settle();
const before = { wasm: wasm.__wasmMemoryBytes(), heap: process.memoryUsage().heapUsed };
const t0 = performance.now();
await batch(CALLS);
const ms = performance.now() - t0;
await settle();
const after = { wasm: wasm.__wasmMemoryBytes(), heap: process.memoryUsage().heapUsed };
console.log(`${CALLS} calls in ${(ms / 1000).toFixed(1)} s (${((ms * 1000) / CALLS).toFixed(1)} us/call)`);
console.log(`wasm memory: ${mb(before.wasm)} MiB -> ${mb(after.wasm)} MiB`);
console.log(`JS heap:     ${mb(before.heap)} MiB -> ${mb(after.heap)} MiB`);
const grewWasm = after.wasm - before.wasm;
const grewHeap = after.heap - before.heap;
if (grewWasm > 1 << 20 || grewHeap > 16 << 20) {
  console.error(`memory grew: wasm +${mb(grewWasm)} MiB, heap +${mb(grewHeap)} MiB`);
  process.exit(1);
}
console.log('memory: flat');
