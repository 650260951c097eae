// Partner journeys through the packed package: token providers (one getToken for
// 50 concurrent calls, one refresh for 50 concurrent expired replies), the webhook
// receiver (forged callbacks refused with 401 before onEvent; 1,000 callbacks fold
// into their sessions), and the logger (levels, redaction).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';

const consumer = process.env.TELEPARTNER_CONSUMER_DIR;
assert.ok(consumer, 'TELEPARTNER_CONSUMER_DIR must point at a project that installed the packed tarball');
const require = createRequire(path.join(consumer, 'index.js'));
const { Toku, RhysTalk, IvrSolutions, OnboardingSession, signCallbackUrl, redact, TelepartnerError } = require('telepartner');

const TK = 'https://toku.example';
const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** A JWT with `exp` (never verified by the SDK; the API verifies). */
const jwt = (exp, n) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ sub: `p${n}`, exp })).toString('base64url')}.sig`;
const later = () => Math.floor(Date.now() / 1000) + 3600;

test('Toku getToken: 50 concurrent calls make one getToken call, an expired token one refresh', async () => {
  let calls = 0;
  let current = jwt(later(), 0);
  const getToken = async () => {
    calls++;
    await new Promise((r) => setTimeout(r, 20));
    current = jwt(later(), calls);
    return current;
  };
  let expireOnce = false;
  const seen = new Set();
  const fetch = async (request) => {
    const auth = request.headers.get('authorization');
    seen.add(auth);
    if (expireOnce && auth !== `Bearer ${current}`) return json(401, { message: 'Token expired' });
    return json(200, { country_code: '65', full_number: '+6582620969', source: 'custom', price_info: { price: 0.0113, currency: 'USD', call_flag: 'Allowed' } });
  };
  const tk = new Toku({ baseUrl: TK, getToken, fetch });
  const rate = { caller_number: '919876543210', destination_number: '6583225129', account_code: '500181' };
  const replies = await Promise.all(Array.from({ length: 50 }, () => tk.getCallRate(rate)));
  assert.equal(replies.length, 50);
  assert.equal(calls, 1, 'one getToken for 50 concurrent calls');
  assert.deepEqual([...seen], [`Bearer ${current}`]);

  // The API now refuses the cached token: every call sees a 401, one refresh serves them all.
  expireOnce = true;
  current = 'rotated-on-the-server';
  const again = await Promise.all(Array.from({ length: 50 }, () => tk.getCallRate(rate)));
  assert.equal(again.length, 50);
  assert.equal(calls, 2, 'one refresh for 50 calls that saw the same expired token');

  // API-key requests take no token; a token request without getToken or token is a config error.
  assert.throws(() => new Toku({ baseUrl: TK, token: 't', getToken }), { kind: 'config', field: 'token' });
});

test('RhysTalk getToken: concurrent calls share one getToken call', async () => {
  let calls = 0;
  const getToken = async () => {
    calls++;
    await new Promise((r) => setTimeout(r, 20));
    return jwt(later(), calls);
  };
  const fetch = async () => json(200, { tenant_id: 't', product_id: 'prepaid_uk', currency: 'GBP', account_code_12: '000000000001', total_balance: 1 });
  const rt = new RhysTalk({ getToken, fetch });
  await Promise.all(Array.from({ length: 50 }, () => rt.getBalance({ account: '1' })));
  assert.equal(calls, 1);
});

/** The events of one call, as Toku posts them. */
function events(sessionId, reference) {
  const base = { result: 0, result_desc: 'Ok', service_name: 'PROGRAMMABLE_CALL', channel: 0, session_id: sessionId, calling_party: '1124321332', called_party: '1124321334', redirecting_number: '', direction: 1, reference_id: reference, call_setup_time: '2025-03-10 08:07:57', call_alert_time: '2025-03-10 08:07:57', gmt: 8, call_cause: '', dtmf: '' };
  return [
    { ...base, call_status: 'SETUP', call_connected_time: '', call_disconnected_time: '', call_connected: 0, call_duration: 0 },
    { ...base, call_status: 'CONNECT', call_connected_time: '2025-03-10 08:08:04', call_disconnected_time: '', call_connected: 1, call_duration: 0 },
    { ...base, call_status: 'DISCONNECT', call_connected_time: '2025-03-10 08:08:04', call_disconnected_time: '2025-03-10 08:09:16', call_connected: 0, call_duration: 72 },
  ];
}

const post = (url, body) => new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('webhook receiver: forged callbacks get 401 and never reach onEvent', async () => {
  const secret = 'whsec_test_0123456789abcdef';
  const seen = [];
  const handler = Toku.webhookHandler({ secret, onEvent: (e) => { seen.push(e); } });
  const hook = 'https://partner.example/hooks/toku';
  const good = await signCallbackUrl(hook, 'ride-1', secret, 600);
  const other = await signCallbackUrl(hook, 'ride-2', secret, 600);
  const wrongSecret = await signCallbackUrl(hook, 'ride-1', 'whsec_someone_elses_secret', 600);
  const expired = new URL(await signCallbackUrl(hook, 'ride-1', secret, 1));
  const [setup] = events('s-1', 'ride-1');

  const forged = [
    ['no token', post(hook, setup)],
    ['wrong token', post(good.replace(/tp_token=[^&]+/, 'tp_token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), setup)],
    ['token of another session', post(other, setup)],
    ['token under another secret', post(wrongSecret, setup)],
    ['tampered body reference', post(good, { ...setup, reference_id: 'ride-2' })],
    ['tampered expiry', post(good.replace(/tp_exp=\d+/, (m) => `tp_exp=${Number(m.slice(7)) + 3600}`), setup)],
  ];
  for (const [what, request] of forged) {
    const response = await handler(request);
    assert.equal(response.status, 401, what);
    assert.ok(!(await response.text()).includes(secret), `${what}: the reply does not show the secret`);
  }
  // Expired: the same token, checked after its expiry.
  const late = Toku.webhookHandler({ secret, onEvent: (e) => { seen.push(e); }, now: () => Date.now() + 5_000 });
  assert.equal((await late(post(expired.toString(), setup))).status, 401, 'expired token');
  assert.equal(seen.length, 0, 'onEvent was never called for a forged callback');

  const ok = await handler(post(good, setup));
  assert.equal(ok.status, 201, 'a valid callback is answered 201, as the collection shows');
  assert.equal(seen.length, 1);
  // Junk cannot show the reference the token was made for: 401, not a parser's verdict.
  assert.equal((await handler(new Request(good, { method: 'POST', body: 'not json' }))).status, 401);
  // Authenticated (the right reference) but not a call event: 400, after the token check.
  assert.equal((await handler(post(good, { reference_id: 'ride-1' }))).status, 400);
  assert.equal(seen.length, 1);
  assert.throws(() => Toku.webhookHandler({ secret: 'short' }), (e) => e instanceof TelepartnerError && e.field === 'callbackSecret' && !e.message.includes('short'));
});

test('webhook receiver: 1,000 callbacks fold into the right sessions', async () => {
  const secret = 'whsec_test_0123456789abcdef';
  const sessions = new Map();
  const handler = Toku.webhookHandler({ secret, onEvent: (event, session) => { sessions.set(event.session_id, session); } });
  const urls = new Map();
  const all = [];
  for (let i = 0; i < 334; i++) {
    const reference = `ride-${i}`;
    urls.set(reference, await signCallbackUrl('https://partner.example/hooks/toku', reference, secret));
    all.push(...events(`s-${i}`, reference).slice(0, i === 333 ? 1 : 3));
  }
  assert.equal(all.length, 1000);
  // Interleave: later sessions' events arrive before earlier ones end.
  all.sort((a, b) => (a.call_status === b.call_status ? 0 : a.call_status === 'DISCONNECT' ? 1 : -1));
  const statuses = await Promise.all(all.map((e) => handler(post(urls.get(e.reference_id), e)).then((r) => r.status)));
  assert.ok(statuses.every((s) => s === 201));
  assert.equal(sessions.size, 334);
  for (let i = 0; i < 333; i++) {
    const s = sessions.get(`s-${i}`);
    assert.equal(s.sessionId, `s-${i}`);
    assert.equal(s.state, 'ended');
    assert.equal(s.durationSeconds, 72);
  }
  assert.equal(sessions.get('s-333').state, 'ringing');
});

test('createMaskedCall with callbackSecret signs the callback URL; other calls refuse the option', async () => {
  const secret = 'whsec_test_0123456789abcdef';
  let sent;
  const fetch = async (request) => {
    sent = JSON.parse(await request.text());
    return json(200, { message: 'Call initiated', data: { reference_id: 'ride-9', session_id: 's-9' } });
  };
  const tk = new Toku({ baseUrl: TK, apiKey: 'tk_key', lineOfBusinessId: '1', fetch });
  await tk.createMaskedCall({ a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'ride-9', call_event_webhook_url: 'https://partner.example/hook?src=toku' }, { callbackSecret: secret, callbackTtlSeconds: 60 });
  const url = new URL(sent.call_event_webhook_url);
  assert.equal(url.searchParams.get('src'), 'toku', 'the partner\'s own query is kept');
  assert.match(url.searchParams.get('tp_token'), /^[\w-]{43}$/);
  assert.ok(Number(url.searchParams.get('tp_exp')) <= Math.floor(Date.now() / 1000) + 60);
  assert.ok(!JSON.stringify(sent).includes(secret));
  const handler = Toku.webhookHandler({ secret });
  assert.equal((await handler(post(url.toString(), events('s-9', 'ride-9')[0]))).status, 201);
  await assert.rejects(tk.createMaskedCall({ a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'r' }, { callbackSecret: secret }), { field: 'call_event_webhook_url' });
  await assert.rejects(tk.getCallRate({ caller_number: '1234', destination_number: '1234', account_code: '1' }, { callbackSecret: secret }), { field: 'callbackSecret' });
});

test('logger: levels, fields, and no secret or whole phone number at debug', async () => {
  const KEY = 'pk_test_secret_partner_key';
  const records = [];
  let n = 0;
  const fetch = async () => (++n === 1 ? json(503, { status: 503, message: 'busy' }) : json(200, { status: 200, message: 'OTP sent', data: { request_id: 'REQ-1' } }));
  const ivr = new IvrSolutions({ apiKey: KEY, fetch, logLevel: 'debug', logger: (level, message, fields) => records.push({ level, message, fields }) });
  await ivr.didRegions({}, { maxRetries: 1 });
  await ivr.register({ name: 'Acme', email: 'ops@acme.com', mobile: '9876543210', password: 'SecurePass@123', country_code: '+91' });
  const levels = records.map((r) => r.level);
  assert.deepEqual(levels, ['warn', 'info', 'info']);
  assert.match(records[0].message, /GET \/partnerclients\/did_regions -> failed: API error 503/);
  assert.equal(records[1].fields.status, 200);
  assert.equal(records[1].fields.attempt, 2);
  const register = records[2].fields;
  assert.equal(register.requestBody.password, '[redacted]');
  assert.equal(register.requestBody.mobile, '********10');
  assert.equal(register.requestHeaders.authorization, '[redacted]');
  assert.equal(register.responseBody.data.request_id, 'REQ-1');
  const text = JSON.stringify(records);
  for (const secret of [KEY, 'SecurePass@123', '9876543210']) assert.ok(!text.includes(secret), `the log shows ${secret.slice(0, 4)}...`);

  // info: no bodies; off: nothing; a bad level is a validation error.
  const info = [];
  const quiet = new IvrSolutions({ apiKey: KEY, fetch: async () => json(200, { status: 200, message: 'ok', data: [] }), logLevel: 'info', logger: (...r) => info.push(r) });
  await quiet.clients();
  assert.equal(info.length, 1);
  assert.equal(info[0][2].requestBody, undefined);
  assert.throws(() => new IvrSolutions({ apiKey: KEY, logLevel: 'loud' }), { field: 'logLevel' });
  // The same redaction for sans-IO users.
  assert.deepEqual(redact({ aadhar_num: '123412341234', a_party_number: '6591234567', note: 'x' }), { aadhar_num: '[redacted]', a_party_number: '********67', note: 'x' });
  assert.deepEqual(redact('recipient=agent1&otp_code=123456'), { recipient: 'agent1', otp_code: '[redacted]' });
});

test('IVR: a reply without the ids only the portal page shows succeeds; OnboardingSession asks for the id where it is needed', async () => {
  const sent = [];
  const fetch = async (request) => {
    const body = request.method === 'POST' ? JSON.parse(await request.text()) : {};
    sent.push([new URL(request.url).pathname, body]);
    // The spec leaves `data` open: these replies carry no id at all.
    return json(200, { status: 200, message: 'OK', data: {} });
  };
  const ivr = new IvrSolutions({ apiKey: 'pk_test_partner_key', fetch });
  const otp = await ivr.verifyOtp({ request_id: 'req_1', mobileotp: '123456', emailotp: '654321' });
  assert.deepEqual(otp, { status: 200, message: 'OK', data: {} });
  assert.deepEqual((await ivr.acceptKyc({ temp_client_id: 'tmp_1' })).data, {});

  const s = new OnboardingSession(ivr);
  await s.register({ name: 'A', email: 'a@b.co', mobile: '9876543210', password: 'SecurePass@123', country_code: '+91' });
  // register's reply had no request_id: the next step says which id and where to pass it.
  await assert.rejects(s.verifyOtp({ mobileotp: '123456', emailotp: '654321' }), (e) =>
    e.kind === 'validation' && e.field === 'request_id' && /register reply did not include it/.test(e.message) && /params of verifyOtp/.test(e.message));
  await s.verifyOtp({ request_id: 'req_1', mobileotp: '123456', emailotp: '654321' });
  assert.equal(s.step, 'otp_verified', 'the step the server did is done');
  await assert.rejects(s.verifyPan({ pan: 'ABCDE1234F', btype: 'company' }), { kind: 'validation', field: 'temp_client_id' });
  await s.verifyPan({ pan: 'ABCDE1234F', btype: 'company', temp_client_id: 'tmp_1' });
  await s.aadharOtp({ aadhar_num: '123412341234' });
  // Passed once, carried to the later steps.
  assert.equal(sent.at(-1)[1].temp_client_id, 'tmp_1');
  assert.equal(s.snapshot().temp_client_id, 'tmp_1');
  const resumed = OnboardingSession.resume(JSON.parse(JSON.stringify(s.snapshot())), ivr);
  await assert.rejects(resumed.aadharVerify({ otp: '123456' }), { kind: 'validation', field: 'ref' });
  // Only what snapshot() writes resumes: an unknown key, a step that is not one, a missing version.
  const saved = s.snapshot();
  for (const bad of [{ ...saved, extra: 1 }, { ...saved, step: 'done' }, { ...saved, version: undefined }, [saved], 'snapshot']) {
    assert.throws(() => OnboardingSession.resume(bad, ivr), { kind: 'validation', field: 'snapshot' });
  }
});
