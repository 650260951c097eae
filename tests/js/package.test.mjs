// node:test suite against the packed npm package (installed from its tarball),
// with an injected fetch that returns real Response objects and fails the test
// on any route it does not expect. Every request is also appended to
// target/contract/js.jsonl and validated against the spec afterwards.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { appendFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';

const consumer = process.env.TELEPARTNER_CONSUMER_DIR;
assert.ok(consumer, 'TELEPARTNER_CONSUMER_DIR must point at a project that installed the packed tarball');
const require = createRequire(path.join(consumer, 'index.js'));
const cjs = require('telepartner');
const esm = await import(require.resolve('telepartner').replace(/index\.cjs$/, 'index.mjs'));
const { IvrSolutions, TelepartnerError, buildRequest, parseResponse } = cjs;

const KEY = 'pk_test_secret_partner_key';
const BASE = 'https://api.ivrsolutions.in';
const contractLog = path.resolve(process.env.TELEPARTNER_CONTRACT_DIR ?? 'target/contract', 'js.jsonl');
mkdirSync(path.dirname(contractLog), { recursive: true });

/** A fake fetch: routes keyed "METHOD path" -> handler(request, bodyText) -> Response. */
function fakeFetch(routes) {
  const calls = [];
  const unexpected = [];
  const fetch = async (request) => {
    assert.ok(request instanceof Request, 'the SDK passes a Request');
    const url = new URL(request.url);
    const body = request.method === 'GET' ? null : await request.text();
    const headers = Object.fromEntries(request.headers);
    calls.push({ method: request.method, url: request.url, headers, body });
    // Toku publishes a Postman collection, not a schema a validator can check: its
    // requests are covered by the golden tests instead of the contract log.
    const spec = url.hostname.endsWith('amazonaws.com') ? 'rhystalk' : url.hostname === 'toku.example' ? null : 'ivrsolutions';
    if (spec) appendFileSync(contractLog, JSON.stringify({ spec, method: request.method, url: request.url, headers, body }) + '\n');
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) {
      unexpected.push(`${request.method} ${url.pathname}`);
      throw new TypeError(`unexpected route ${request.method} ${url.pathname}`);
    }
    return handler(request, body);
  };
  return { fetch, calls, unexpected };
}

const json = (status, payload, headers = {}) =>
  new Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json', ...headers } });

let current;
beforeEach(() => { current = undefined; });
afterEach(() => {
  if (current) assert.deepEqual(current.unexpected, [], 'no unexpected routes were called');
});

test('require and import resolve to the same package instance', () => {
  assert.equal(esm.IvrSolutions, cjs.IvrSolutions);
  assert.equal(esm.TelepartnerError, cjs.TelepartnerError);
  assert.equal(typeof esm.buildRequest, 'function');
});

test('register sends the exact request and decodes request_id', async () => {
  current = fakeFetch({ 'POST /partnerclients/register': () => json(200, { status: 200, message: 'OTP sent to email and mobile', data: { request_id: 'req_8f3a21' } }) });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  const r = await ivr.register({ name: 'Acme Corp', email: 'ops@acme.com', mobile: '9876543210', password: 'SecurePass@123', country_code: '+91', promo: 'WELCOME10' });
  assert.deepEqual(r, { status: 200, message: 'OTP sent to email and mobile', data: { request_id: 'req_8f3a21' } });
  assert.equal(current.calls.length, 1);
  const [c] = current.calls;
  assert.equal(c.method, 'POST');
  assert.equal(c.url, `${BASE}/partnerclients/register`);
  assert.equal(c.headers.authorization, `Bearer ${KEY}`);
  assert.equal(c.headers['content-type'], 'application/json');
  assert.equal(c.body, '{"name":"Acme Corp","email":"ops@acme.com","mobile":"9876543210","password":"SecurePass@123","country_code":"+91","promo":"WELCOME10"}');
});

test('GET with a path param is percent-encoded and has no body', async () => {
  current = fakeFetch({ 'GET /partnerclients/client/ACME%2F1': () => json(200, { status: 200, message: 'Success', data: { client_id: 'ACME/1' } }) });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  const r = await ivr.client({ client_id: 'ACME/1' });
  assert.equal(r.data.client_id, 'ACME/1');
  assert.equal(current.calls[0].body, null);
});

test('bad params are a validation error and nothing is fetched', async () => {
  current = fakeFetch({});
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  await assert.rejects(ivr.verifyPan({ temp_client_id: 'tmp_5521', pan: 'ABCDE1234', btype: 'company' }), (e) => {
    assert.ok(e instanceof TelepartnerError);
    assert.ok(e instanceof Error);
    assert.equal(e.kind, 'validation');
    assert.equal(e.field, 'pan');
    assert.match(e.reason, /5 letters, 4 digits, 1 letter/);
    assert.ok(cjs.isValidationError(e));
    return true;
  });
  await assert.rejects(ivr.verifyPan({ temp_client_id: 'tmp_5521', pan: 'ABCDE1234F', btype: 'llp' }), { kind: 'validation', field: 'btype' });
  await assert.rejects(ivr.aadharOtp({ temp_client_id: 't', aadhar_num: '999941057058x' }), (e) => {
    assert.equal(e.field, 'aadhar_num');
    assert.ok(!e.message.includes('999941057058'), 'the Aadhaar number is not echoed');
    return true;
  });
  assert.equal(current.calls.length, 0);
});

test('API errors map to kinds with status and request id, without the key', async () => {
  current = fakeFetch({
    'GET /partnerclients/client/MISSING': () => json(404, { status: 404, message: 'Client not found' }, { 'x-request-id': 'rq-77' }),
    'GET /partnerclients/pending': () => json(401, { status: 401, message: 'Unauthorized' }),
  });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch, maxRetries: 0 });
  await assert.rejects(ivr.client({ client_id: 'MISSING' }), (e) => {
    assert.ok(cjs.isNotFoundError(e));
    assert.equal(e.status, 404);
    assert.equal(e.requestId, 'rq-77');
    assert.ok(!JSON.stringify(e).includes(KEY) && !e.message.includes(KEY) && !e.stack.includes(KEY));
    return true;
  });
  await assert.rejects(ivr.pending(), (e) => cjs.isAuthError(e) && e.status === 401);
});

test('a write is sent once on 503; a read is retried', async () => {
  let n = 0;
  current = fakeFetch({
    'POST /partnerclients/accept_kyc': () => new Response('<html>down</html>', { status: 503, headers: { 'content-type': 'text/html' } }),
    'GET /partnerclients/clients': () => (++n === 1 ? json(503, { status: 503, message: 'busy' }, { 'retry-after': '0' }) : json(200, { status: 200, message: 'Success', data: [] })),
  });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  await assert.rejects(ivr.acceptKyc({ temp_client_id: 'tmp_5521' }), (e) => {
    assert.equal(e.kind, 'server');
    assert.ok(e.body.includes('down'));
    assert.equal(e.retryable, false, 'a non-idempotent write is not retryable');
    assert.match(e.reason, /not idempotent/);
    return true;
  });
  assert.equal(current.calls.filter((c) => c.url.endsWith('accept_kyc')).length, 1);
  const r = await ivr.clients();
  assert.deepEqual(r.data, []);
  assert.equal(n, 2);
});

test('timeoutMs aborts a hanging fetch; a caller signal aborts too', async () => {
  const hang = (req) => new Promise((_, reject) => req.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  current = fakeFetch({ 'POST /partnerclients/preview_kyc': hang });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch, maxRetries: 0 });
  await assert.rejects(ivr.previewKyc({ temp_client_id: 'tmp_5521' }, { timeoutMs: 50 }), (e) => cjs.isTimeoutError(e));
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 30);
  await assert.rejects(ivr.previewKyc({ temp_client_id: 'tmp_5521' }, { signal: ac.signal, timeoutMs: 5000 }), (e) => cjs.isAbortedError(e));
});

test('undecodable replies are decode errors, never silent successes', async () => {
  current = fakeFetch({
    'POST /partnerclients/register': () => json(200, { status: 200, message: 'ok', data: { request_id: 7 } }),
    'POST /partnerclients/skip_gst': () => new Response('{"status":200,', { status: 200 }),
  });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  await assert.rejects(ivr.register({ name: 'A', email: 'a@b.co', mobile: '9876543210', password: 'p', country_code: '+91' }), (e) => e.kind === 'decode' && e.path === 'data.request_id' && e.reason === 'expected a string');
  await assert.rejects(ivr.skipGst({ temp_client_id: 't' }), (e) => e.kind === 'decode' && e.status === 200);
});

test('a method hands on the reply as the engine parsed it, settled by the API rules; exact beyond 2^53', async () => {
  const raw = (body) => () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  current = fakeFetch({
    // envelope status as a string, no message: settled as the IVR check does (the engine's object)
    'POST /partnerclients/wallet_balance': raw('{"status":"200","data":{"balance":"10.00","extra":[1,{"k":null}]}}'),
    // an integer beyond 2^53: read by the wasm's own reader, every digit kept
    'GET /partnerclients/clients': raw('{"status":200,"message":"OK","data":[{"id":12345678901234567890,"amt":12.5}]}'),
  });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  assert.deepEqual(await ivr.walletBalance({ client_id: 'C1' }), { status: 200, data: { balance: '10.00', extra: [1, { k: null }] }, message: '' });
  assert.deepEqual((await ivr.clients()).data, [{ id: '12345678901234567890', amt: 12.5 }]);
  // an envelope that says the call failed is the API's error, whichever way the reply was read
  current = fakeFetch({ 'POST /partnerclients/wallet_balance': raw('{"status":"404","message":"no such client"}') });
  const ivr2 = new IvrSolutions({ apiKey: KEY, fetch: current.fetch, maxRetries: 0 });
  await assert.rejects(ivr2.walletBalance({ client_id: 'C1' }), (e) => e.kind === 'not_found' && e.status === 404 && e.message.includes('no such client'));
  // RhysTalk: the reply wrapped with the exchange's ids; a wrong-typed documented field is a decode error
  const rt = (body) => new cjs.RhysTalk({ token: 'a.b.c', maxRetries: 0, fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json', 'x-transaction-id': 'tx-1' } }) });
  const ok = await rt('{"tenant_id":"t","product_id":"p","currency":"GBP","account_code_12":"000000000042","total_balance":12.5}').getBalance({ account: '42' }, { correlationId: 'c-1' });
  assert.deepEqual(ok, { data: { tenant_id: 't', product_id: 'p', currency: 'GBP', account_code_12: '000000000042', total_balance: 12.5 }, status: 200, correlationId: 'c-1', transactionId: 'tx-1' });
  await assert.rejects(rt('{"tenant_id":"t","product_id":"p","currency":"GBP","account_code_12":"000000000042","total_balance":"12.5"}').getBalance({ account: '42' }),
    (e) => e.kind === 'decode' && e.path === 'total_balance' && e.reason === 'expected a number');
});

test('sans-IO: buildRequest and parseResponse', () => {
  const req = buildRequest('ivrsolutions', 'updateStatus', { client_id: 'CLIENTAPIKEY12345', status: '1' }, { apiKey: KEY });
  assert.deepEqual(req, {
    method: 'POST',
    url: `${BASE}/partnerclients/update_status`,
    headers: { accept: 'application/json', authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: '{"client_id":"CLIENTAPIKEY12345","status":"1"}',
  });
  appendFileSync(contractLog, JSON.stringify({ spec: 'ivrsolutions', ...req }) + '\n');
  assert.throws(() => buildRequest('ivrsolutions', 'nope', {}, { apiKey: KEY }), { kind: 'validation', field: 'operation' });
  const parsed = parseResponse('ivrsolutions', 'verifyOtp', { status: 200, body: '{"status":200,"message":"OK","data":{"temp_client_id":"tmp_5521"}}' });
  assert.deepEqual(parsed, { status: 200, message: 'OK', data: { temp_client_id: 'tmp_5521' } });
  // ids and money beyond 2^53 keep every digit (as strings); safe numbers stay numbers
  const big = parseResponse('ivrsolutions', 'clients', { status: 200, body: '{"status":200,"message":"OK","data":[{"id":12345678901234567890,"n":-9007199254740993,"ok":9007199254740991,"amt":12.5}]}' });
  assert.deepEqual(big.data, [{ id: '12345678901234567890', n: '-9007199254740993', ok: 9007199254740991, amt: 12.5 }]);
});

test('the package ships types for every entry', () => {
  const dir = path.dirname(require.resolve('telepartner/package.json'));
  for (const f of ['index.d.ts', 'web.d.ts', 'errors.d.ts', 'node/telepartner.d.ts', 'web/telepartner.d.ts', 'web/telepartner_bg.wasm']) {
    assert.ok(existsSync(path.join(dir, f)), f);
  }
});

test('clickConnect: documented wire names, per-call renames and extra fields', async () => {
  current = fakeFetch({ 'POST /api/click_connect': () => json(200, { status: 200, message: 'Call initiated', data: { session_id: 'sess_1' } }) });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  const base = { did: '+911143104501', from: '+919876543210', to: '+919812345678', reference: 'ride_8812' };
  const r = await ivr.clickConnect(base);
  assert.equal(r.data.session_id, 'sess_1');
  await ivr.clickConnect({ ...base, session_ttl: 600, wire_names: { from: 'caller', to: 'callee' }, extra_fields: { record: '1' } });
  assert.deepEqual(current.calls.map((c) => JSON.parse(c.body)), [
    base,
    { did: '+911143104501', caller: '+919876543210', callee: '+919812345678', reference: 'ride_8812', session_ttl: 600, record: '1' },
  ]);
  await assert.rejects(ivr.clickConnect({ ...base, extra_fields: { to: 'x' } }), { kind: 'validation', field: 'extra_fields.to' });
  assert.equal(current.calls.length, 2, 'the refused call sent nothing');
});

test('request(): same auth and errors for unlisted endpoints, same host only', async () => {
  const replies = [
    { status: 200, message: 'ok', data: { id: 9 } },
    // Typed as IvrResponse: status settled to a number, message present, null data and other keys left out.
    { status: '200', data: null, extra: 1 },
    { status: 200, message: 7 },
  ];
  current = fakeFetch({
    'POST /partnerclients/wallet_balance': () => json(200, replies.shift()),
    'GET /partnerclients/pending': () => json(404, { status: 404, message: 'No such route' }),
  });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  // Paths the spec defines, so the contract check can validate what the hatch sends.
  const r = await ivr.request('POST', '/partnerclients/wallet_balance', { client_id: 'C1' });
  assert.deepEqual(r, { status: 200, message: 'ok', data: { id: 9 } });
  assert.deepEqual(await ivr.request('POST', '/partnerclients/wallet_balance', { client_id: 'C1' }), { status: 200, message: '' });
  await assert.rejects(ivr.request('POST', '/partnerclients/wallet_balance', { client_id: 'C1' }), { kind: 'decode', path: 'message' });
  assert.equal(current.calls[0].headers.authorization, `Bearer ${KEY}`);
  assert.equal(current.calls[0].body, '{"client_id":"C1"}');
  await assert.rejects(ivr.request('GET', '/partnerclients/pending'), (e) => cjs.isNotFoundError(e));
  for (const path of ['https://evil.example/x', '//evil.example/x', '/a/../../x', 'relative']) {
    await assert.rejects(ivr.request('GET', path), { kind: 'validation', field: 'path' }, path);
  }
  await assert.rejects(ivr.request('GET', '/x', { a: 1 }), { kind: 'validation', field: 'body' });
  assert.equal(current.calls.length, 4);
});

test('every method of the spec is on the class', () => {
  const names = ['register', 'verifyOtp', 'resendOtp', 'verifyPan', 'aadharOtp', 'aadharVerify', 'verifyGst', 'skipGst',
    'previewKyc', 'acceptKyc', 'clients', 'client', 'updateStatus', 'pending', 'didRegions', 'searchDids', 'buyDid',
    'removeDid', 'clientDids', 'addAgent', 'editAgent', 'deleteAgent', 'updateAgentDid', 'createBasicFlow', 'editBasicFlow',
    'mapFlowDid', 'createWssBot', 'getWssBots', 'getWssBot', 'deleteWssBot', 'getDidSchedule', 'setDidSchedule',
    'addDidHoliday', 'deleteDidHoliday', 'linkWhatsappDid', 'getWhatsappDids', 'deleteWhatsappDid', 'setWhatsappSchedule',
    'getWhatsappSchedule', 'addWhatsappHoliday', 'deleteWhatsappHoliday', 'walletTransactions', 'walletBalance',
    'getAgentSchedule', 'setAgentSchedule', 'updateAgentAvailability', 'getAgentsAvailability', 'addClientCredits'];
  assert.equal(names.length, 48);
  for (const n of names) assert.equal(typeof IvrSolutions.prototype[n], 'function', n);
});

// ---------------------------------------------------------------- RhysTalk
const RT = 'https://hbgxb4yrq5.execute-api.eu-west-2.amazonaws.com/prod';
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims) => `${b64({ alg: 'none' })}.${b64(claims)}.c2ln`;
const rtFetch = fakeFetch;

test('RhysTalk: a keyed write is retried with the same Idempotency-Key', async () => {
  let n = 0;
  current = rtFetch({
    'POST /prod/topup': () => (++n === 1
      ? json(503, { message: 'Service Unavailable' }, { 'retry-after': '0' })
      : json(200, { balance_before: 0, balance_after: 10 }, { 'x-transaction-id': 'tx-1', 'x-correlation-id': 'c-1' })),
  });
  const rt = new cjs.RhysTalk({ token: jwt({ sub: 'p' }), fetch: current.fetch });
  const r = await rt.topup({ account: '42', amount: 10, currency: 'GBP' }, { correlationId: 'c-1' });
  const keys = current.calls.map((c) => c.headers['idempotency-key']);
  assert.equal(keys.length, 2, 'one retry');
  assert.equal(keys[0], keys[1], 'the retry carries the same key');
  assert.match(keys[0], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(r, { data: { balance_before: 0, balance_after: 10 }, status: 200, idempotencyKey: keys[0], correlationId: 'c-1', transactionId: 'tx-1' });
  assert.equal(current.calls[0].body, '{"account":"000000000042","amount":10,"currency":"GBP"}');
  assert.equal(current.calls[0].headers['x-correlation-id'], 'c-1');
});

test('RhysTalk: getToken is cached until near exp, refreshed once on "token expired"', async () => {
  const now = Math.floor(Date.now() / 1000);
  const tokens = [jwt({ sub: 'a', exp: now + 3600 }), jwt({ sub: 'b', exp: now + 3600 })];
  let fetched = 0;
  const getToken = async () => tokens[fetched++];
  current = rtFetch({
    'POST /prod/get_balance': (req) => (req.headers.get('authorization') === `Bearer ${tokens[0]}`
      ? json(401, { message: 'The incoming token has expired' })
      : json(200, { tenant_id: 't', product_id: 'p', currency: 'GBP', account_code_12: '000000000042', total_balance: 5 })),
  });
  const rt = new cjs.RhysTalk({ getToken, fetch: current.fetch });
  const r = await rt.getBalance({ account: '42' });
  assert.equal(r.data.total_balance, 5);
  assert.equal(fetched, 2, 'fetched, then refreshed once after the 401');
  assert.deepEqual(current.calls.map((c) => c.headers.authorization), [`Bearer ${tokens[0]}`, `Bearer ${tokens[1]}`]);
  await rt.getBalance({ account: '42' });
  assert.equal(fetched, 2, 'the fresh token is cached');

  // A token within a minute of exp is fetched again on every call.
  let n = 0;
  const soon = new cjs.RhysTalk({ getToken: () => { n++; return jwt({ sub: 'c', exp: now + 30 }); }, fetch: current.fetch });
  await soon.getBalance({ account: '42' });
  await soon.getBalance({ account: '42' });
  assert.equal(n, 2);
});

test('RhysTalk: a still-expired token fails once, without looping or leaking it', async () => {
  const token = jwt({ sub: 'x', exp: Math.floor(Date.now() / 1000) + 3600 });
  current = rtFetch({ 'POST /prod/call_history': () => json(401, { message: 'The incoming token has expired' }) });
  let fetched = 0;
  const rt = new cjs.RhysTalk({ getToken: () => { fetched++; return token; }, fetch: current.fetch, maxRetries: 0 });
  await assert.rejects(rt.callHistory({ account: '42' }), (e) => {
    assert.equal(e.kind, 'auth');
    assert.equal(e.code, 'token_expired');
    assert.ok(!JSON.stringify(e).includes(token) && !e.message.includes(token) && !e.stack.includes(token));
    return true;
  });
  assert.equal(current.calls.length, 2, 'one refresh, one retry');
  assert.equal(fetched, 2);
});

test('RhysTalk: conflicts, ids on errors, config errors', async () => {
  current = rtFetch({
    'POST /prod/topup': () => json(409, { error: 'Idempotency key already used with a different request' }, { 'x-correlation-id': 'c-2' }),
    'POST /prod/create_account': () => json(409, { error: 'duplicate external_user_id' }),
  });
  const rt = new cjs.RhysTalk({ token: jwt({}), fetch: current.fetch });
  await assert.rejects(rt.topup({ account: '1', amount: 1 }, { idempotencyKey: 'order-1' }), (e) => {
    assert.equal(e.status, 409);
    assert.equal(e.code, 'idempotency_conflict');
    assert.equal(e.idempotencyKey, 'order-1');
    assert.equal(e.correlationId, 'c-2');
    assert.equal(e.retryable, false);
    return true;
  });
  await assert.rejects(rt.createAccount({ product_id: 'prepaid_uk' }), (e) => e.code === 'conflict' && /^[0-9a-f-]{36}$/.test(e.idempotencyKey));
  assert.throws(() => new cjs.RhysTalk({}), { kind: 'config', field: 'token' });
  assert.throws(() => new cjs.RhysTalk({ token: 't', getToken: () => 't' }), { kind: 'config', field: 'token' });
  await assert.rejects(rt.getBalance({ account: '1' }, { idempotencyKey: 'k' }), { kind: 'validation', field: 'idempotencyKey' });
  const req = buildRequest('rhystalk', 'setupCall', { a_number: '+441234567890', b_number: '+442071234567', access_number: '+442038355820', account_number: '1', ttl: 300 }, { token: 't' });
  assert.equal(req.url, `${RT}/setup_call`);
  assert.match(req.headers['idempotency-key'], /^[0-9a-f-]{36}$/);
  assert.equal(JSON.parse(req.body).account_number, '000000000001');
});

// ---------------------------------------------------------------- reliability
test('hooks see every attempt, with no secret in them; errors count retries', async () => {
  let n = 0;
  current = fakeFetch({
    'POST /partnerclients/aadhar_otp': () => json(200, { status: 200, message: 'sent', data: {} }),
    'GET /partnerclients/pending': () => json(503, { status: 503, message: 'busy' }, { 'retry-after': '0' }),
    'POST /prod/topup': () => (++n < 3 ? json(502, { message: 'bad gateway' }, { 'retry-after': '0' }) : json(200, { balance_after: 1 })),
  });
  const events = [];
  const onRequest = (e) => events.push({ on: 'request', ...e });
  const onResponse = (e) => events.push({ on: 'response', ...e });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch, onRequest, onResponse });
  await ivr.aadharOtp({ temp_client_id: 'tmp_5521', aadhar_num: '123412341234' });
  await assert.rejects(ivr.pending(), (e) => {
    assert.equal(e.kind, 'server');
    assert.equal(e.retries, 2, 'two retries were made');
    assert.equal(e.retryable, true);
    return true;
  });
  const token = jwt({ sub: 'p' });
  const rt = new cjs.RhysTalk({ token, fetch: current.fetch, onResponse });
  const r = await rt.topup({ account: '1', amount: 1 });
  assert.equal(r.status, 200);
  const attempts = events.filter((e) => e.operation === 'pending').map((e) => `${e.on}:${e.attempt}:${e.willRetry ?? ''}`);
  assert.deepEqual(attempts, ['request:1:', 'response:1:true', 'request:2:', 'response:2:true', 'request:3:', 'response:3:false']);
  const topups = events.filter((e) => e.operation === 'topup');
  assert.deepEqual(topups.map((e) => e.status), [502, 502, 200]);
  assert.deepEqual(Object.keys(topups[2]).sort(), ['api', 'attempt', 'elapsedMs', 'method', 'on', 'operation', 'path', 'status']);
  const seen = JSON.stringify(events);
  for (const secret of [KEY, token, '123412341234']) assert.ok(!seen.includes(secret), 'no secret in hook records');
});

test('an abort during backoff ends the call at once', async () => {
  current = fakeFetch({ 'GET /partnerclients/clients': () => json(503, { status: 503, message: 'busy' }, { 'retry-after': '30' }) });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  const t0 = Date.now();
  await assert.rejects(ivr.clients({}, { signal: ac.signal }), (e) => cjs.isAbortedError(e));
  assert.ok(Date.now() - t0 < 2000, 'did not wait out the 30 s Retry-After');
  assert.equal(current.calls.length, 1);
});

// ---------------------------------------------------------------- Toku
const TK = 'https://toku.example';
const toku = (fetch, extra = {}) => new cjs.Toku({ baseUrl: TK, apiKey: 'tk_key', lineOfBusinessId: '11111388', token: 'tk_token', userAgent: 'partner/1.0', fetch, ...extra });

test('Toku: each request sends its documented credentials', async () => {
  current = fakeFetch({
    'POST /v1/programmable-call/number-masking': () => json(200, { message: 'ok', data: { reference_id: 'r1', session_id: 's1' } }),
    'POST /v1/authorization/otp/request': () => json(200, { status: true, message: 'ok', data: { otp_code: '123456', expires_in: 60 } }),
    'POST /v1/authorization/otp/verify': () => json(200, { status: true, message: 'ok', data: { verified: true } }),
    'GET /data/rate': () => json(200, { country_code: '65', full_number: '6583225129', source: 'custom', price_info: { price: 0.0113, currency: 'USD', call_flag: 'Allowed' } }),
  });
  const tk = toku(current.fetch);
  const masked = await tk.createMaskedCall({ a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'ride_1' });
  assert.equal(masked.data.session_id, 's1');
  await tk.requestOtp({ recipient: 'agent1', length: 6, expiry: 60 });
  await tk.verifyOtp({ reciepient: 'agent1', otp_code: '123456' });
  const rate = await tk.getCallRate({ caller_number: '919876543210', destination_number: '6583225129', account_code: '500181' });
  assert.equal(rate.price_info.price, 0.0113);
  const [m, otp, verify, r] = current.calls;
  assert.equal(m.headers['x-api-key'], 'tk_key');
  assert.equal(m.headers['line-of-business-id'], '11111388');
  assert.equal(m.headers.authorization, undefined);
  assert.equal(otp.headers['content-type'], 'application/x-www-form-urlencoded');
  assert.equal(otp.body, 'recipient=agent1&length=6&expiry=60');
  assert.equal(otp.headers.authorization, 'Bearer tk_token');
  assert.equal(verify.headers['api-authorization'], 'Bearer tk_token');
  assert.equal(verify.body, '{"recipient":"agent1","otp_code":"123456"}', 'the table spelling is sent');
  assert.equal(r.url, `${TK}/data/rate?caller_number=919876543210&destination_number=6583225129&account_code=500181`);
  assert.throws(() => new cjs.Toku({ apiKey: 'k' }), { kind: 'config', field: 'baseUrl' });
  const noKey = new cjs.Toku({ baseUrl: TK, token: 't', fetch: current.fetch });
  await assert.rejects(noKey.createTtsCall({ called_number: '6591234567', reference_id: 'r', commands: [{ function: 'PlayTTS', message: 'hi', language: 'en' }] }), { kind: 'config', field: 'apiKey' });
});

test('Toku: recordings come back as bytes', async () => {
  const audio = new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]);
  current = fakeFetch({ 'GET /v1/interactions/play/0567868501': () => new Response(audio, { status: 200, headers: { 'content-type': 'audio/wave' } }) });
  const rec = await toku(current.fetch).getRecording({ recordingId: '0567868501' });
  assert.equal(rec.contentType, 'audio/wave');
  assert.ok(rec.data instanceof Uint8Array);
  assert.deepEqual([...rec.data], [...audio]);
  assert.equal(current.calls[0].headers.accept, 'audio/wav');
});

test('Toku: webhooks parse, fold, and reject malformed bodies', () => {
  const base = { result: 0, result_desc: 'Ok', service_name: 'PROGRAMMABLE_CALL', channel: 0, session_id: 's-1', calling_party: '1124321332', called_party: '1124321334', redirecting_number: '', direction: 1, reference_id: 'ride_1', gmt: 8, call_cause: '' };
  const setup = cjs.Toku.parseCallEvent(JSON.stringify({ ...base, call_status: 'SETUP', call_setup_time: '2025-03-10 08:07:57', call_connected: 0, call_duration: 0, dtmf: '' }));
  const connect = cjs.Toku.parseCallEvent({ ...base, call_status: 'CONNECT', call_connected_time: '2025-03-10 08:08:04', call_connected: 1, call_duration: 0, dtmf: '' });
  const end = cjs.Toku.parseCallEvent({ ...base, call_status: 'DISCONNECT', call_disconnected_time: '2025-03-10 08:08:51', call_connected: 0, call_duration: 47, dtmf: '9' });
  assert.equal(setup.call_status, 'SETUP');
  assert.equal(connect.call_connected, true);
  assert.equal(end.direction, 1);
  assert.equal(end.direction_label, 'outbound');
  const session = cjs.Toku.foldCallEvents([end, setup, connect]);
  assert.deepEqual(session, { sessionId: 's-1', state: 'ended', setupAt: '2025-03-10 08:07:57', connectedAt: '2025-03-10 08:08:04', endedAt: '2025-03-10 08:08:51', durationSeconds: 47, dtmf: '9', events: 3 });
  assert.throws(() => cjs.Toku.parseCallEvent('{"call_status":"SETUP"'), (e) => e instanceof TelepartnerError && e.kind === 'decode');
  assert.throws(() => cjs.Toku.parseCallEvent({ session_id: 's' }), { kind: 'decode', path: 'call_status' });
  // Folding reads each event back as parseCallEvent reads a body: anything else is refused.
  for (const bad of [[{ ...end, raw: undefined }], [{ ...end, call_status: undefined }], [42], {}]) {
    assert.throws(() => cjs.Toku.foldCallEvents(bad), { kind: 'validation', field: 'events' });
  }
});

test('Toku: iterators follow offset and page paging to the last page', async () => {
  const rows = Array.from({ length: 23 }, (_, i) => ({ id: i, caller_id: `+6531000${i}` }));
  let listCalls = 0;
  current = fakeFetch({
    'GET /data/call-list': (req) => {
      listCalls++;
      const u = new URL(req.url);
      const limit = Number(u.searchParams.get('limit'));
      const offset = Number(u.searchParams.get('offset'));
      return json(200, { status: true, message: 'ok', data: rows.slice(offset, offset + limit), meta: { limit, page: Math.floor(offset / limit) + 1, total_pages: Math.ceil(rows.length / limit), total_records: rows.length } });
    },
    'GET /v1/caller-ids/service/outbound': (req) => {
      const u = new URL(req.url);
      const page = Number(u.searchParams.get('page'));
      const limit = Number(u.searchParams.get('limit'));
      return json(200, { status: true, message: 'ok', data: rows.slice((page - 1) * limit, page * limit), meta: { pagination: { page_no: page, page_length: limit, last_page: Math.ceil(rows.length / limit), total: rows.length } } });
    },
  });
  const tk = toku(current.fetch);
  const seen = [];
  for await (const row of tk.iterCallList({ limit: 10 })) seen.push(row.id);
  assert.deepEqual(seen, rows.map((r) => r.id));
  assert.equal(listCalls, 3, '10 + 10 + 3, then stop');
  const ids = [];
  for await (const row of tk.iterOutboundCallerIds({ limit: 5 })) ids.push(row.id);
  assert.equal(ids.length, 23);
  const capped = [];
  for await (const row of tk.iterCallList({ limit: 10 }, { maxItems: 12 })) capped.push(row.id);
  assert.equal(capped.length, 12);
});

test('replies: IVR without data, Toku HTML pages and non-audio recordings, exact report paging', async () => {
  const rows = Array.from({ length: 4 }, (_, i) => ({ phone_no: `+65${i}` }));
  let listCalls = 0;
  current = fakeFetch({
    'POST /partnerclients/delete_agent': () => json(200, { status: 200, message: 'Agent deleted' }),
    'POST /v1/programmable-call/number-masking': () => new Response('<html>502 from the proxy</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    'GET /v1/interactions/play/rec-1': () => json(200, { message: 'not audio' }),
    'GET /data/call-list': (req) => {
      listCalls++;
      const u = new URL(req.url);
      const limit = Number(u.searchParams.get('limit'));
      const offset = Number(u.searchParams.get('offset'));
      return json(200, { status: true, message: 'ok', data: rows.slice(offset, offset + limit), meta: { limit, page: offset / limit + 1, total_pages: 2, total_records: rows.length } });
    },
    'POST /partnerclients/wallet_transactions': (_req, body) => {
      const { page, limit } = JSON.parse(body);
      const all = Array.from({ length: 5 }, (_, i) => ({ id: i }));
      return json(200, { status: 200, message: 'Success', data: { page, limit, total: all.length, transactions: all.slice((page - 1) * limit, page * limit) } });
    },
  });
  const ivr = new IvrSolutions({ apiKey: KEY, fetch: current.fetch });
  const deleted = await ivr.deleteAgent({ client_id: 'C1', agent_id: 'A1' });
  assert.equal(deleted.message, 'Agent deleted');
  assert.equal(deleted.data, undefined, 'a reply without data is a result, data absent');

  const tk = toku(current.fetch);
  await assert.rejects(
    tk.createMaskedCall({ a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'r1' }),
    (e) => e.kind === 'decode' && /expected a JSON reply, got text\/html/.test(e.message),
  );
  await assert.rejects(tk.getRecording({ recordingId: 'rec-1' }), (e) => e.kind === 'decode' && /expected audio/.test(e.message));

  const phones = [];
  for await (const row of tk.iterCallList({ limit: 2 })) phones.push(row.phone_no);
  assert.deepEqual(phones, rows.map((r) => r.phone_no));
  assert.equal(listCalls, 2, 'stops at meta.total_records: no request for an empty third page');

  const txs = [];
  for await (const tx of ivr.iterWalletTransactions({ client_id: 'C1', limit: 2 })) txs.push(tx.id);
  assert.deepEqual(txs, [0, 1, 2, 3, 4]);
});
