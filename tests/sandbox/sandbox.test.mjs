// The sandbox's own tests, through the packed SDK and raw fetch: state, KYC
// ordering, idempotency, auth, CORS, webhook delivery, fault injection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

const SBX = process.env.TELEPARTNER_SANDBOX_URL;
assert.ok(SBX, 'TELEPARTNER_SANDBOX_URL must point at a running sandbox');
const require = createRequire(path.join(process.env.TELEPARTNER_CONSUMER_DIR, 'index.js'));
const { IvrSolutions, RhysTalk, Toku } = require('telepartner');
const ivr = new IvrSolutions({ apiKey: 'sandbox_partner_key', baseUrl: SBX });
const rt = new RhysTalk({ token: 'sandbox_rhystalk_token', baseUrl: `${SBX}/prod` });
const control = (route, body) => fetch(`${SBX}/__sandbox/${route}`, body ? { method: 'POST', body: JSON.stringify(body) } : undefined).then((r) => r.json());

async function onboard() {
  const { data: { request_id } } = await ivr.register({ name: 'Acme Corp', email: 'ops@acme.com', mobile: '9876543210', password: 'x', country_code: '+91' });
  const { data: { temp_client_id } } = await ivr.verifyOtp({ request_id, mobileotp: '123456', emailotp: '654321' });
  return temp_client_id;
}

test('KYC steps must come in order, and an accepted client is listed', async () => {
  const { data: { request_id } } = await ivr.register({ name: 'Order Test', email: 'o@t.co', mobile: '9876543210', password: 'x', country_code: '+91' });
  await assert.rejects(ivr.verifyOtp({ request_id, mobileotp: '111111', emailotp: '654321' }), { status: 400, message: 'API error 400: Invalid OTP' });
  const { data: { temp_client_id: t } } = await ivr.verifyOtp({ request_id, mobileotp: '123456', emailotp: '654321' });
  await assert.rejects(ivr.aadharOtp({ temp_client_id: t, aadhar_num: '123412341234' }), (e) => e.status === 400 && /verify_pan must come first/.test(e.message));
  await assert.rejects(ivr.acceptKyc({ temp_client_id: t }), (e) => e.status === 400 && /out of order/.test(e.message));
  await ivr.verifyPan({ temp_client_id: t, pan: 'ABCDE1234F', btype: 'company' });
  const { data: { ref } } = await ivr.aadharOtp({ temp_client_id: t, aadhar_num: '123412341234' });
  await assert.rejects(ivr.aadharVerify({ temp_client_id: t, otp: '999999', ref }), { status: 400 });
  await ivr.aadharVerify({ temp_client_id: t, otp: '123456', ref });
  await ivr.skipGst({ temp_client_id: t });
  assert.ok((await ivr.pending()).data.pending.some((p) => p.temp_client_id === t));
  await ivr.previewKyc({ temp_client_id: t });
  const { data: { client_id } } = await ivr.acceptKyc({ temp_client_id: t });
  assert.ok((await ivr.clients()).data.clients.some((c) => c.client_id === client_id));
  assert.equal((await ivr.client({ client_id })).data.name, 'Order Test');
  assert.ok(!(await ivr.pending()).data.pending.some((p) => p.temp_client_id === t));
  await assert.rejects(ivr.client({ client_id: 'CL_nobody' }), { kind: 'not_found' });
});

test('DIDs, agents, flows and wallet persist', async () => {
  const t = await onboard();
  await ivr.verifyPan({ temp_client_id: t, pan: 'ABCDE1234F', btype: 'firm' });
  const { data: { ref } } = await ivr.aadharOtp({ temp_client_id: t, aadhar_num: '123412341234' });
  await ivr.aadharVerify({ temp_client_id: t, otp: '123456', ref });
  await ivr.verifyGst({ temp_client_id: t, gst_num: '29ABCDE1234F1ZW' });
  await ivr.previewKyc({ temp_client_id: t });
  const { data: { client_id } } = await ivr.acceptKyc({ temp_client_id: t });
  const { data: { numbers } } = await ivr.searchDids({ client_id, country_code: '+91', pattern: '4310', search_pattern: 'contains' });
  await ivr.buyDid({ client_id, number: numbers[0], country: 'IN' });
  await assert.rejects(ivr.buyDid({ client_id, number: numbers[0], country: 'IN' }), (e) => e.status === 400 && /already assigned/.test(e.message));
  assert.deepEqual((await ivr.clientDids({ client_id })).data.dids.map((d) => d.number), [numbers[0]]);
  const { data: { agent_id } } = await ivr.addAgent({ client_id, name: 'Priya', email: 'p@acme.com', phonenumber: '9876543210', password: 'x', extension: '2101' });
  await ivr.updateAgentAvailability({ client_id, agent_id, available: '0' });
  assert.equal((await ivr.getAgentsAvailability({ client_id })).data.agents[0].available, '0');
  const { data: { flow_id } } = await ivr.createBasicFlow({ client_id, flow_name: 'Support', agent_ext: '2101' });
  await ivr.mapFlowDid({ client_id, flow_id, did_no: numbers[0] });
  await ivr.addClientCredits({ client_id, credit: '100' });
  await ivr.addClientCredits({ client_id, credit: '50.5' });
  assert.equal((await ivr.walletBalance({ client_id })).data.balance, '150.50');
  const page2 = await ivr.walletTransactions({ client_id, page: 2, limit: 1 });
  assert.deepEqual(page2.data.transactions.map((x) => x.amount), ['50.50']);
});

test('RhysTalk: one key, one effect; another body with the key is a 409', async () => {
  const { data: { account_code_12: account } } = await rt.createAccount({ product_id: 'prepaid_uk' });
  const opts = { idempotencyKey: `t-${account}` };
  const a = await rt.topup({ account, amount: 7 }, opts);
  const b = await rt.topup({ account, amount: 7 }, opts);
  assert.deepEqual(a.data, b.data);
  assert.equal((await rt.getBalance({ account })).data.total_balance, 7);
  await assert.rejects(rt.topup({ account, amount: 8 }, opts), { status: 409, code: 'idempotency_conflict' });
  await assert.rejects(rt.getBalance({ account: '999' }), { kind: 'not_found' });
});

test('auth is required as each API does it; CORS preflight is answered', async () => {
  assert.equal((await fetch(`${SBX}/partnerclients/clients`)).status, 401);
  assert.equal((await fetch(`${SBX}/prod/get_balance`, { method: 'POST', body: '{"account":"1"}' })).status, 403);
  const pre = await fetch(`${SBX}/partnerclients/buy_did`, { method: 'OPTIONS', headers: { origin: 'http://portal.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.match(pre.headers.get('access-control-allow-headers'), /authorization/);
  assert.match(pre.headers.get('access-control-allow-headers'), /idempotency-key/);
});

test('only the documented keys and --key ones are accepted; any other gets the API\'s own refusal', async () => {
  // Through the SDK: the error each API documents for a wrong credential.
  await assert.rejects(new IvrSolutions({ apiKey: 'pk_wrong', baseUrl: SBX }).clients(), { kind: 'auth', status: 401 });
  await assert.rejects(new RhysTalk({ token: 'wrong.jwt.token', baseUrl: `${SBX}/prod` }).getBalance({ account: '123456789012' }), { kind: 'auth', status: 403 });
  const tokuWrong = new Toku({ baseUrl: `${SBX}/toku`, apiKey: 'tk_wrong', lineOfBusinessId: '1' });
  await assert.rejects(tokuWrong.listOutboundCallerIds(), { kind: 'auth', status: 401 });
  // The extra key make test starts the sandbox with (--key ivrsolutions=...), and the defaults.
  assert.equal((await new IvrSolutions({ apiKey: 'sandbox_extra_partner_key', baseUrl: SBX }).didRegions()).status, 200);
  const envelope = await (await fetch(`${SBX}/partnerclients/clients`, { headers: { authorization: 'Bearer sandbox_partner_key_' } })).json();
  assert.deepEqual(envelope, { status: 401, message: 'Unauthorized' }, 'a near miss is refused in the IVR envelope');
  // The spec's example account is seeded, so the spec's examples find it.
  assert.equal(typeof (await rt.getBalance({ account: '123456789012' })).data.total_balance, 'number');
});

test('what the specs refuse is refused: undeclared methods, header rules, nulls', async () => {
  const auth = { authorization: 'Bearer sandbox_partner_key' };
  // node:http, since fetch refuses to send TRACE.
  const raw = (method) => new Promise((resolve, reject) => {
    http.request(`${SBX}/partnerclients/clients`, { method, headers: auth }, (res) => { res.resume(); resolve(res); }).on('error', reject).end();
  });
  for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH']) {
    const r = await raw(method);
    assert.equal(r.statusCode, 405, `${method} on a GET path`);
    assert.equal(r.headers.allow, 'GET, OPTIONS');
  }
  assert.equal((await fetch(`${SBX}/prod/get_balance`, { headers: { authorization: 'Bearer sandbox_rhystalk_token' } })).status, 405);
  const rhys = (headers, body) => fetch(`${SBX}/prod/topup`, { method: 'POST', headers: { authorization: 'Bearer sandbox_rhystalk_token', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const topup = { account: '123456789012', amount: 1 };
  const long = await rhys({ 'idempotency-key': 'k'.repeat(129) }, topup);
  assert.equal(long.status, 400, 'Idempotency-Key past maxLength 128');
  assert.match((await long.json()).error, /Idempotency-Key must be 1 to 128 printable ASCII/);
  assert.equal((await rhys({ 'idempotency-key': 'k', 'x-correlation-id': 'c'.repeat(129) }, topup)).status, 400, 'X-Correlation-Id past 128');
  assert.equal((await rhys({ 'idempotency-key': 'n1' }, { ...topup, currency: null })).status, 400, 'null where the schema is not nullable');
  const created = await fetch(`${SBX}/prod/create_account`, { method: 'POST', headers: { authorization: 'Bearer sandbox_rhystalk_token', 'idempotency-key': `n-${Date.now()}` }, body: JSON.stringify({ product_id: 'prepaid_uk', cli: null }) });
  assert.equal(created.status, 201, 'cli is nullable in CreateAccountRequest');
  const ivrNull = await fetch(`${SBX}/partnerclients/register`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'A', email: 'a@b.co', mobile: '9876543210', password: 'x', country_code: '+91', promo: null }) });
  assert.deepEqual(await ivrNull.json(), { status: 400, message: 'promo: must not be null' });
  // Toku: the SDK's rules, with the status each request documents for a bad request.
  const toku = { 'x-api-key': 'sandbox_toku_key', 'line-of-business-id': '1', 'content-type': 'application/json' };
  const masking = await fetch(`${SBX}/toku/v1/programmable-call/number-masking`, { method: 'POST', headers: toku, body: JSON.stringify({ a_party_number: '6591234567', reference_id: 'r1' }) });
  assert.equal(masking.status, 422);
  assert.deepEqual(await masking.json(), { status: false, message: 'b_party_number: is required' });
  const ids = await fetch(`${SBX}/toku/v1/caller-ids/service/outbound?area_code=abc`, { headers: toku });
  assert.equal(ids.status, 422);
  assert.match((await ids.json()).message, /^area_code: expected 1 to 4 digits/);
});

test('Toku masking delivers SETUP, CONNECT, DISCONNECT to the webhook receiver, signed', async () => {
  const secret = 'whsec_sandbox_0123456789abcdef';
  const events = [];
  let session;
  let done;
  const all = new Promise((r) => { done = r; });
  const handler = Toku.webhookHandler({
    secret,
    onEvent: (event, s) => {
      events.push(event);
      session = s;
    },
  });
  const statuses = [];
  const node = require('telepartner').toNodeHandler(async (request) => {
    const response = await handler(request);
    statuses.push(response.status);
    if (statuses.length === 3) done();
    return response;
  });
  const server = http.createServer(node);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const toku = new Toku({ baseUrl: `${SBX}/toku`, apiKey: 'sandbox_toku_key', lineOfBusinessId: '1' });
  const call = await toku.createMaskedCall(
    { a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'ride', call_event_webhook_url: `http://127.0.0.1:${server.address().port}/hook` },
    { callbackSecret: secret },
  );
  await Promise.race([all, new Promise((_, rej) => setTimeout(() => rej(new Error('no webhook events')), 5000))]);
  server.closeAllConnections();
  server.close();
  assert.deepEqual(statuses, [201, 201, 201], 'the sandbox\'s real, signed callbacks are accepted');
  assert.deepEqual(events.map((e) => e.call_status), ['SETUP', 'CONNECT', 'DISCONNECT']);
  assert.ok(events.every((e) => e.session_id === call.data.session_id));
  assert.equal(session.durationSeconds, 72);
  const sent = (await control('requests')).filter((e) => e.path.endsWith('/number-masking')).at(-1);
  assert.match(JSON.parse(sent.body).call_event_webhook_url, /\?tp_exp=\d+&tp_token=[\w-]{43}$/);
  assert.ok(!JSON.stringify(sent).includes(secret), 'the secret never leaves the server');
});

test('faults: injected per route, and the request log shows the attempts', async () => {
  await control('faults', { route: '/partnerclients/did_regions', status: 503, times: 1 });
  const before = (await control('requests')).filter((e) => e.path === '/partnerclients/did_regions').length;
  await ivr.didRegions(); // a read: retried after the 503
  const after = (await control('requests')).filter((e) => e.path === '/partnerclients/did_regions');
  assert.equal(after.length - before, 2);
  assert.equal(after.at(-2).headers.authorization, '[redacted]', 'the log never shows credentials');
  await control('faults', { route: '/partnerclients/clients', malformed: true, times: 1 });
  await assert.rejects(ivr.clients(), { kind: 'decode' });
  await control('faults', { route: '/partnerclients/remove_did', status: 500, times: 3 });
  const n = (await control('requests')).length;
  await assert.rejects(ivr.removeDid({ client_id: 'CLx', did_no: '+911143104501' }), { kind: 'server', retryable: false });
  assert.equal((await control('requests')).length - n, 1, 'a write is sent once');
  await control('faults', { route: '/partnerclients/pending', delay_ms: 400, times: 1 });
  await assert.rejects(ivr.pending({}, { timeoutMs: 100, maxRetries: 0 }), { kind: 'timeout' });
});

// ---------------------------------------------------------------- proxy mode
const { createProxyHandler, toNodeHandler, TelepartnerError } = require('telepartner');
const PARTNER_KEY = 'sandbox_partner_key';

async function startProxy(options) {
  const handler = createProxyHandler({
    ivrsolutions: { apiKey: PARTNER_KEY, baseUrl: SBX },
    rhystalk: { getToken: async () => 'sandbox_rhystalk_token', baseUrl: `${SBX}/prod` },
    toku: { baseUrl: `${SBX}/toku`, apiKey: 'sandbox_toku_key', lineOfBusinessId: '1' },
    basePath: '/api/tp',
    ...options,
  });
  const server = http.createServer(toNodeHandler(handler));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}/api/tp` };
}

test('proxy: a keyless client reaches the API through the backend, which adds the key', async () => {
  const seen = [];
  const { server, base } = await startProxy({
    allow: ['ivrsolutions.register', 'ivrsolutions.verifyOtp', 'verifyPan', 'ivrsolutions.clients', 'rhystalk.createAccount', 'rhystalk.topup', 'toku.createMaskedCall'],
    authorize: ({ operation, request }) => { seen.push(operation); return request.headers.get('x-portal-session') === 'user-7'; },
  });
  const browserFetch = async (req) => {
    assert.equal(req.headers.get('authorization'), null, 'the browser sends no key');
    return fetch(req);
  };
  const ivrBrowser = new IvrSolutions({ baseUrl: `${base}/ivrsolutions`, headers: { 'x-portal-session': 'user-7' }, fetch: browserFetch });
  const { data: { request_id } } = await ivrBrowser.register({ name: 'Proxy Co', email: 'p@x.co', mobile: '9876543210', password: 'x', country_code: '+91' });
  const { data: { temp_client_id } } = await ivrBrowser.verifyOtp({ request_id, mobileotp: '123456', emailotp: '654321' });
  await ivrBrowser.verifyPan({ temp_client_id, pan: 'ABCDE1234F', btype: 'company' });
  assert.ok(Array.isArray((await ivrBrowser.clients()).data.clients));
  const log = await control('requests');
  const upstream = log.filter((e) => e.path === '/partnerclients/verify_pan').at(-1);
  assert.equal(upstream.headers.authorization, '[redacted]', 'the upstream request carried the key (redacted in the log)');
  // RhysTalk through the proxy: the browser's Idempotency-Key is what reaches the API.
  const rtBrowser = new RhysTalk({ baseUrl: `${base}/rhystalk`, headers: { 'x-portal-session': 'user-7' }, fetch: browserFetch });
  const { data: { account_code_12: account } } = await rtBrowser.createAccount({ product_id: 'prepaid_uk' });
  const t = await rtBrowser.topup({ account, amount: 3 }, { idempotencyKey: `proxy-${account}` });
  assert.equal(t.transactionId, `proxy-${account}`);
  const tk = new Toku({ baseUrl: `${base}/toku`, headers: { 'x-portal-session': 'user-7' }, fetch: browserFetch });
  assert.ok((await tk.createMaskedCall({ a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'r' })).data.session_id);
  assert.ok(seen.includes('verifyPan') && seen.includes('topup') && seen.includes('createMaskedCall'));
  server.closeAllConnections();
  server.close();
});

test('proxy: every refusal is a typed 4xx and never shows the key', async () => {
  const { server, base } = await startProxy({
    allow: (api, op) => api === 'ivrsolutions' && ['client', 'verifyPan', 'requestOtp'].includes(op),
    authorize: ({ params }) => params.client_id !== 'CL_someone_else',
  });
  const raw = async (path, init) => {
    const res = await fetch(`${base}${path}`, init);
    const text = await res.text();
    assert.ok(!text.includes(PARTNER_KEY), 'no key in any reply');
    return { status: res.status, body: JSON.parse(text) };
  };
  assert.deepEqual((await raw('/nowhere/x')).body.code, 'unknown_api');
  assert.equal((await raw('/ivrsolutions/partnerclients/not_an_op', { method: 'POST', body: '{}' })).status, 404);
  assert.equal((await raw('/ivrsolutions/partnerclients/buy_did', { method: 'POST', body: '{}' })).body.code, 'operation_not_allowed');
  assert.equal((await raw('/ivrsolutions/partnerclients/client/CL_someone_else')).body.code, 'denied');
  const bad = await raw('/ivrsolutions/partnerclients/verify_pan', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"temp_client_id":"t","pan":"bad","btype":"company"}' });
  assert.deepEqual([bad.status, bad.body.code, bad.body.field], [400, 'invalid_params', 'pan']);
  assert.equal((await raw('/ivrsolutions/partnerclients/verify_pan', { method: 'POST', body: 'not json' })).body.code, 'invalid_json');
  // Through the SDK the refusals are TelepartnerErrors with the status.
  const ivrBrowser = new IvrSolutions({ baseUrl: `${base}/ivrsolutions` });
  await assert.rejects(ivrBrowser.buyDid({ client_id: 'C1', number: '+911143104501', country: 'IN' }), (e) => e instanceof TelepartnerError && e.status === 403);
  await assert.rejects(ivrBrowser.client({ client_id: 'CL_someone_else' }), (e) => e.kind === 'auth' && /not authorized/.test(e.message));
  server.closeAllConnections();
  server.close();
});

// ---------------------------------------------------------------- flows
const { OnboardingSession, maskedCall } = require('telepartner');

test('OnboardingSession: the whole journey, resend, a corrected PAN, a reload, a tampered snapshot', async () => {
  const changes = [];
  let s = new OnboardingSession(ivr, { onChange: (snap) => changes.push(snap.step) });
  assert.deepEqual(s.allowed, ['register']);
  await assert.rejects(s.verifyPan({ pan: 'ABCDE1234F', btype: 'company' }), { kind: 'validation', field: 'verifyPan' });
  await s.register({ name: 'Flow Co', email: 'f@flow.co', mobile: '9876543210', password: 'Secret@123', country_code: '+91' });
  await s.resendOtp({ type: 'both' });
  await s.verifyOtp({ mobileotp: '123456', emailotp: '654321' });
  await assert.rejects(s.verifyPan({ pan: 'ABCDE1234', btype: 'company' }), { kind: 'validation', field: 'pan' });
  await s.verifyPan({ pan: 'ABCDE1234F', btype: 'company' });
  await s.aadharOtp({ aadhar_num: '123412341234' });
  // A reload: keep the snapshot, resume on a new session object.
  const saved = JSON.stringify(s.snapshot());
  for (const secret of ['Secret@123', '123412341234', '654321', 'sandbox_partner_key']) assert.ok(!saved.includes(secret), 'no secret in the snapshot');
  s = OnboardingSession.resume(JSON.parse(saved), ivr);
  assert.equal(s.step, 'aadhaar_otp_sent');
  await s.aadharVerify({ otp: '123456' });
  await s.skipGst();
  await s.previewKyc();
  const { data: { client_id } } = await s.acceptKyc();
  assert.equal(s.snapshot().client_id, client_id);
  assert.deepEqual(s.allowed, []);
  assert.deepEqual(changes, ['registered', 'registered', 'otp_verified', 'pan_verified', 'aadhaar_otp_sent']);
  const tampered = { ...JSON.parse(saved), client_id: 'CL_FORGED' };
  assert.throws(() => OnboardingSession.resume(tampered, ivr), { kind: 'validation', field: 'snapshot' });
  assert.throws(() => OnboardingSession.resume({ ...JSON.parse(saved), version: 9 }, ivr), { field: 'snapshot' });
});

test('maskedCall: one request, three providers', async () => {
  const toku = new Toku({ baseUrl: `${SBX}/toku`, apiKey: 'sandbox_toku_key', lineOfBusinessId: '1' });
  const t = await maskedCall({ provider: 'toku', from: '+6591234567', to: '+6598765432', reference: 'ride-1', ttlSeconds: 60 }, toku);
  assert.equal(t.operation, 'createMaskedCall');
  assert.match(String(t.id), /^sess-/);
  const { data: { account_code_12: account } } = await rt.createAccount({ product_id: 'prepaid_uk' });
  const r = await maskedCall({ provider: 'rhystalk', from: '+441234567890', to: '+442071234567', via: '+442038355820', account, reference: 'order-9', ttlSeconds: 120 }, rt);
  assert.equal(r.operation, 'setupCall');
  assert.match(r.note, /does not dial/);
  const i = await maskedCall({ provider: 'ivrsolutions', from: '+919876543210', to: '+919812345678', via: '+911143104501', reference: 'visit-3' }, ivr);
  assert.equal(i.operation, 'clickConnect');
  await assert.rejects(maskedCall({ provider: 'rhystalk', from: '+441234567890', to: '+442071234567', reference: 'x', account: '1' }, rt), { field: 'via' });
  await assert.rejects(maskedCall({ provider: 'toku', from: '6591234567', to: '+6598765432', reference: 'x' }, toku), { field: 'from' });
  await assert.rejects(maskedCall({ provider: 'rhystalk', from: '+441234567890', to: '+442071234567', via: '+442038355820', account: '1', reference: 'x', webhookUrl: 'https://x.test' }, rt), { field: 'webhookUrl' });
});
