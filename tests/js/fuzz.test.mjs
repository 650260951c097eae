// Hostile JS input to every method, fuzzed with fast-check, through the packed package:
// nested objects and arrays, NaN / -0 / huge numbers, BigInt, very long strings, lone
// surrogates, getters that throw, Proxies whose traps throw, __proto__ keys, cycles,
// functions and symbols, as params and as call options, to every operation of every API
// (methods, buildRequest and parseResponse). Each call must end in a request or a
// TelepartnerError, never a wasm trap, a non-SDK exception or an aborted instance; the
// instance is checked to still work along the way and at the end.
// TELEPARTNER_JS_FUZZ_RUNS cases (20,000 in `make test`, 1,000,000 in `make fuzz`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';

const require = createRequire(path.join(process.env.TELEPARTNER_CONSUMER_DIR, 'index.js'));
const { IvrSolutions, RhysTalk, Toku, TelepartnerError, operations, buildRequest, parseResponse } = require('telepartner');

const RUNS = Number(process.env.TELEPARTNER_JS_FUZZ_RUNS ?? 20000);
const SEED = Number(process.env.TELEPARTNER_JS_FUZZ_SEED ?? 20261201);

/** An in-memory fetch that answers every request with a JSON 200 and counts them. */
let sent = 0;
const fetch = async (request) => {
  sent++;
  await request.arrayBuffer?.();
  return new Response('{"status":200,"message":"OK","data":{}}', { status: 200, headers: { 'content-type': 'application/json' } });
};
const clients = {
  ivrsolutions: new IvrSolutions({ apiKey: 'pk_fuzz_key', fetch, maxRetries: 0 }),
  rhystalk: new RhysTalk({ token: 'a.b.c', fetch, maxRetries: 0 }),
  toku: new Toku({ baseUrl: 'https://toku.example', apiKey: 'tk_fuzz', lineOfBusinessId: '1', fetch, maxRetries: 0 }),
};
const OPS = operations();

// Values no JSON holds, or that trip up a reader that trusts its input.
const throwingGetter = () => Object.defineProperty({}, 'client_id', { enumerable: true, get() { throw new Error('getter threw'); } });
const throwingProxy = () => new Proxy({}, {
  get() { throw new Error('get trap'); }, ownKeys() { throw new Error('ownKeys trap'); },
  getOwnPropertyDescriptor() { throw new Error('descriptor trap'); }, has() { throw new Error('has trap'); },
});
const lyingProxy = () => new Proxy({ client_id: 'C1' }, { get: (t, k) => (k === 'client_id' ? { toString() { throw new Error('toString'); } } : Reflect.get(t, k)) });
const cycle = () => { const o = { client_id: 'C1' }; o.self = o; return o; };
const protoKeys = () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"client_id":"C1"}');
const withToJson = () => ({ toJSON() { throw new Error('toJSON threw'); } });

/** Markers for hostile objects, replaced by fresh ones by `materialize` before each call. */
const HOSTILE = { '§long': () => 'x'.repeat(300_000), '§getter': throwingGetter, '§proxy': throwingProxy, '§lying': lyingProxy, '§cycle': cycle, '§proto': protoKeys, '§toJSON': withToJson };
function materialize(v) {
  if (typeof v === 'string' && Object.hasOwn(HOSTILE, v)) return HOSTILE[v]();
  if (Array.isArray(v)) return v.map(materialize);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: materialize(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

const leaf = fc.oneof(
  fc.constantFrom(NaN, -0, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, -(2 ** 63), 1e21,
    undefined, null, true, false, '', ' ', '\uD800', 'x\uDC00y', 'a\u0000b', '\n', '__proto__', '+911143104501', 'C1', '1'),
  fc.bigInt(),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant(Symbol('s')),
  fc.constant(() => 1),
  fc.date(),
  // Hostile objects are made inside the property (fast-check itself would trip over them).
  fc.constantFrom(...Object.keys(HOSTILE)),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor')), tie('value'), { maxKeys: 4 })),
}));

/** A plausible value of a field's kind (so calls also get past validation to the wire). */
const plausible = (kind) => ({
  string: fc.oneof(fc.constantFrom('C1', '1', '12', '+911143104501', '9876543210', 'a@b.co', 'ABCDE1234F', '2026-12-01', 'IN', 'x'),
    fc.integer({ min: 0, max: 999_999_999_999 }).map(String), fc.string({ unit: 'binary', maxLength: 12 })),
  integer: fc.oneof(fc.nat(100), fc.constantFrom(-1, 2 ** 53, 1.5)),
  number: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(NaN, -0, 1e309)),
  boolean: fc.oneof(fc.boolean(), fc.constantFrom('true', 0)),
  json: value,
})[kind] ?? value;

/** Params for `op`: every required field with a plausible value and the optional ones
 * sometimes; its own field names with hostile values (so the checks run deep); or any
 * value at all. */
const paramsFor = (op) => fc.oneof(
  { weight: 4, arbitrary: fc.record(Object.fromEntries(op.fields.map((f) => [f.name, plausible(f.kind)])),
    { requiredKeys: op.fields.filter((f) => f.required).map((f) => f.name) }) },
  fc.record(Object.fromEntries(op.fields.map((f) => [f.name, value])), { requiredKeys: [] }),
  fc.record(Object.fromEntries(op.fields.map((f) => [f.name, fc.oneof(leaf, fc.constant('C1'), fc.constant('1'))])), { requiredKeys: [] })
    .chain((p) => fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 2 }).map((extra) => ({ ...p, ...extra }))),
  value,
);
const optionsArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  value,
  fc.record({ timeoutMs: leaf, maxRetries: leaf, signal: leaf, idempotencyKey: leaf, correlationId: leaf, headers: value, callbackSecret: leaf }, { requiredKeys: [] }),
);

/** Whether `e` is an error the SDK meant to raise (not a trap or a foreign exception). */
const sdkError = (e) => e instanceof TelepartnerError && typeof e.kind === 'string' && typeof e.message === 'string';

async function stillWorks() {
  const before = sent;
  const reply = await clients.ivrsolutions.walletBalance({ client_id: 'C1' });
  assert.equal(reply.status, 200, 'the instance still answers after hostile input');
  assert.equal(sent, before + 1);
}

test(`fuzz: ${RUNS} hostile params and options to every method, buildRequest and parseResponse`, async () => {
  let calls = 0, requests = 0, refused = 0;
  const kinds = new Map();
  await fc.assert(
    fc.asyncProperty(
      fc.nat(OPS.length - 1).chain((i) => fc.tuple(fc.constant(OPS[i]), paramsFor(OPS[i]), optionsArb, fc.nat(2))),
      async ([op, rawParams, rawOptions, how]) => {
        calls++;
        const params = materialize(rawParams);
        const options = materialize(rawOptions);
        try {
          if (how === 0) {
            await clients[op.api][op.operation](params, options);
          } else if (how === 1) {
            buildRequest(op.api, op.operation, params, { apiKey: 'k', token: 'a.b.c', lineOfBusinessId: '1', baseUrl: 'https://toku.example' });
          } else {
            parseResponse(op.api, op.operation, params);
          }
          requests++;
        } catch (e) {
          if (!sdkError(e)) {
            throw new Error(`${op.api}.${op.operation} (${['method', 'buildRequest', 'parseResponse'][how]}): not a TelepartnerError: ${e?.constructor?.name}: ${e?.message}`);
          }
          refused++;
          kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
        }
        if (calls % 2000 === 0) await stillWorks();
      },
    ),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  await stillWorks();
  assert.equal(({}).polluted, undefined, 'no prototype was polluted');
  assert.ok(refused > 0 && requests > 0, 'both outcomes were reached');
  console.log(`fuzz: ${calls} cases, ${requests} succeeded, ${refused} refused (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), seed ${SEED}`);
});
