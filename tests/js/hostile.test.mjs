// Hostile input at both internet-facing handlers, through the packed package and a
// real Node HTTP server (toNodeHandler): bodies past the cap with and without a
// Content-Length, a body that never ends, 100,000-deep JSON, `__proto__` keys, and
// forged / missing / expired / foreign callback tokens with junk and with valid event
// bodies. Expected: 413, 408, 400, 401 as documented, the upstream API and `onEvent`
// never reached by a refused request, and RSS growth under 32 MB over the whole suite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';

const consumer = process.env.TELEPARTNER_CONSUMER_DIR;
assert.ok(consumer, 'TELEPARTNER_CONSUMER_DIR must point at a project that installed the packed tarball');
const require = createRequire(path.join(consumer, 'index.js'));
const { Toku, createProxyHandler, toNodeHandler, signCallbackUrl } = require('telepartner');

const MB = 1024 * 1024;
const SECRET = 'whsec_hostile_0123456789abcdef';
const KEY = 'pk_hostile_partner_key_0001';
let upstreamCalls = 0;
const seen = [];
const proxy = createProxyHandler({
  ivrsolutions: { apiKey: KEY },
  allow: ['walletBalance', 'addClientCredits'],
  readTimeoutMs: 400,
  fetch: async () => {
    upstreamCalls++;
    return new Response(JSON.stringify({ status: 200, message: 'Success', data: { balance: '1.00' } }), { headers: { 'content-type': 'application/json' } });
  },
});
const receiver = Toku.webhookHandler({ secret: SECRET, readTimeoutMs: 400, onEvent: (e) => { seen.push(e); } });
const open = Toku.webhookHandler({ readTimeoutMs: 400, onEvent: (e) => { seen.push(e); } });
const nodeProxy = toNodeHandler(proxy);
const nodeHooks = toNodeHandler(receiver);
const nodeOpen = toNodeHandler(open);
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/hooks/open')) return nodeOpen(req, res);
  if (req.url.startsWith('/hooks')) return nodeHooks(req, res);
  return nodeProxy(req, res);
});
let base;
let rssBefore;

before(async () => {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  global.gc?.();
  rssBefore = process.memoryUsage().rss;
});
after(() => server.close());

const CHUNK = Buffer.alloc(64 * 1024, 0x20); // one reused chunk: the client holds no big body

/**
 * Send a request whose body is `total` bytes of CHUNK (Infinity: never ends, paced: 1 KB
 * every 20 ms), with or without a Content-Length; stop writing once the reply comes.
 * Resolves with the reply's status and body.
 */
function send(pathname, { total, length = true, head = '', paced = false, headers = {} }) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(length ? { 'content-length': String(total) } : {}), ...headers },
    });
    let stopped = false;
    req.on('response', (res) => {
      stopped = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => { req.destroy(); resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }); });
      res.on('error', reject);
    });
    req.on('error', (e) => { if (!stopped) reject(e); });
    let sent = 0;
    if (head) { req.write(head); sent += Buffer.byteLength(head); }
    const pump = () => {
      while (!stopped && sent < total) {
        const n = Math.min(paced ? 1024 : CHUNK.length, total - sent);
        sent += n;
        const more = req.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n));
        if (paced) return setTimeout(pump, 20);
        if (!more) return req.once('drain', pump);
      }
      if (!stopped && sent >= total) req.end();
    };
    pump();
  });
}

/** A small request with a complete body. */
async function post(pathname, body, headers = {}) {
  const res = await fetch(`${base}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const WALLET = '/ivrsolutions/partnerclients/wallet_balance';

test('proxy: 50 MB with a Content-Length is refused with 413 before it is read', async () => {
  const r = await send(WALLET, { total: 50 * MB });
  assert.equal(r.status, 413);
  assert.equal(r.body.code, 'body_too_large');
  assert.equal(upstreamCalls, 0);
});

test('proxy: 50 MB chunked, no length, is cut off at the cap with 413', async () => {
  const r = await send(WALLET, { total: 50 * MB, length: false });
  assert.equal(r.status, 413);
  assert.equal(r.body.code, 'body_too_large');
  assert.equal(upstreamCalls, 0);
});

test('proxy: a body that never ends gets 408 at the read deadline', async () => {
  const r = await send(WALLET, { total: Infinity, length: false, paced: true });
  assert.equal(r.status, 408);
  assert.equal(r.body.code, 'body_timeout');
  assert.equal(upstreamCalls, 0);
});

test('proxy: 100,000-deep JSON is refused with 400, and does not crash the handler', async () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const r = await post(WALLET, deep);
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'invalid_json');
  assert.match(r.body.message, /nests deeper than 64/);
  const deepObject = `{"client_id":"C1","x":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`;
  assert.equal((await post(WALLET, deepObject)).status, 400);
  assert.equal(upstreamCalls, 0);
});

test('proxy: __proto__ keys are refused as unknown params and pollute nothing', async () => {
  const r = await post(WALLET, '{"client_id":"C1","__proto__":{"polluted":true}}');
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'invalid_params');
  assert.equal(r.body.field, '__proto__');
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.equal(upstreamCalls, 0);
  // A well-formed call still goes through (the limits do not refuse the normal case).
  const ok = await post(WALLET, '{"client_id":"C1"}');
  assert.equal(ok.status, 200);
  assert.equal(upstreamCalls, 1);
});

test('proxy: the Fetch API handler itself caps a streamed body (Workers, Deno, Next.js)', async () => {
  let pulled = 0;
  const endless = new ReadableStream({
    pull(c) { pulled += CHUNK.length; c.enqueue(new Uint8Array(CHUNK)); },
  });
  const r = await proxy(new Request(`https://portal.example${WALLET}`, { method: 'POST', body: endless, duplex: 'half', headers: { 'content-type': 'application/json' } }));
  assert.equal(r.status, 413);
  assert.ok(pulled <= 2 * MB, `read ${pulled} bytes of an endless body`);
  const declared = await proxy(new Request(`https://portal.example${WALLET}`, { method: 'POST', body: '{}', headers: { 'content-length': String(60 * MB) } }));
  assert.equal(declared.status, 413);
});

test('proxy: config errors name the API and its own options', () => {
  assert.throws(() => createProxyHandler({ ivrsolutions: { apiKey: KEY, fetch }, allow: [] }),
    /options\.ivrsolutions\.fetch: is not a known option \(expected one of apiKey, baseUrl\)/);
  assert.throws(() => createProxyHandler({ rhystalk: { token: 't', apiKey: KEY }, allow: [] }),
    /options\.rhystalk\.apiKey: is not a known option \(expected one of token, getToken, baseUrl\)/);
  assert.throws(() => createProxyHandler({ ivrsolutions: { apiKey: KEY }, allow: [], maxBodyBytes: -1 }), /options\.maxBodyBytes: expected a positive integer/);
  assert.throws(() => createProxyHandler({ ivrsolutions: { apiKey: KEY }, allow: [], timeout: 1 }), /options\.timeout: is not a known option/);
  try {
    createProxyHandler({ ivrsolutions: { apiKey: KEY, fetch }, allow: [] });
  } catch (e) {
    assert.ok(!e.message.includes(KEY), 'the key is not in the message');
  }
});

function event(reference) {
  return { result: 0, result_desc: 'Ok', service_name: 'PROGRAMMABLE_CALL', channel: 0, session_id: `s-${reference}`, calling_party: '1124321332', called_party: '1124321334', redirecting_number: '', direction: 1, reference_id: reference, call_setup_time: '2025-03-10 08:07:57', call_alert_time: '2025-03-10 08:07:57', gmt: 8, call_cause: '', dtmf: '', call_status: 'SETUP', call_connected_time: '', call_disconnected_time: '', call_connected: 0, call_duration: 0 };
}

test('webhook: every callback without a valid token gets 401, whatever its body, and never reaches onEvent', async () => {
  const hook = `${base}/hooks/toku`;
  const good = new URL(await signCallbackUrl(hook, 'ride-1', SECRET, 600));
  const foreign = new URL(await signCallbackUrl(hook, 'ride-2', SECRET, 600));
  const otherSecret = new URL(await signCallbackUrl(hook, 'ride-1', 'whsec_someone_elses_secret_00', 600));
  const expired = new URL(good);
  expired.searchParams.set('tp_exp', String(Math.floor(Date.now() / 1000) - 10));
  const forged = new URL(good);
  forged.searchParams.set('tp_token', 'A'.repeat(43));
  const missing = new URL(hook);
  const tokens = { missing, forged, expired, foreign, 'other secret': otherSecret };
  const bodies = {
    'valid event': JSON.stringify(event('ride-1')),
    junk: 'GET / HTTP/1.1\r\n\x00\xff not json',
    empty: '',
    'deep JSON': '['.repeat(100_000),
    'reference as an object': JSON.stringify({ ...event('ride-1'), reference_id: { toString: 'ride-1' } }),
  };
  for (const [t, url] of Object.entries(tokens)) {
    for (const [b, body] of Object.entries(bodies)) {
      const r = await post(`${url.pathname}${url.search}`, body);
      assert.equal(r.status, 401, `${t} token, ${b} body`);
      assert.ok(!JSON.stringify(r.body).includes(SECRET));
    }
    // A huge body with a missing or expired token: refused before a byte is read.
    if (t === 'missing' || t === 'expired') {
      const big = await send(`${url.pathname}${url.search}`, { total: 50 * MB });
      assert.equal(big.status, 401, `${t} token, 50 MB body`);
    }
  }
  assert.equal(seen.length, 0, 'onEvent was never called');
  // With a valid token: oversize, endless, and malformed bodies are still refused.
  const at = `${good.pathname}${good.search}`;
  assert.equal((await send(at, { total: 50 * MB })).status, 413);
  assert.equal((await send(at, { total: 50 * MB, length: false })).status, 413);
  assert.equal((await send(at, { total: Infinity, length: false, paced: true })).status, 408);
  assert.equal(seen.length, 0);
  const ok = await post(at, bodies['valid event']);
  assert.equal(ok.status, 201);
  assert.equal(seen.length, 1);
  // The token is for ride-1's reference: a valid token is not a pass for another body.
  assert.equal((await post(at, JSON.stringify(event('ride-2')))).status, 401);
  assert.equal(seen.length, 1);
});

test('webhook without a secret: limits still hold; a valid token-less event is accepted', async () => {
  assert.equal((await send('/hooks/open', { total: 50 * MB })).status, 413);
  assert.equal((await send('/hooks/open', { total: 50 * MB, length: false })).status, 413);
  assert.equal((await post('/hooks/open', '['.repeat(100_000))).status, 400);
  assert.equal((await post('/hooks/open', 'junk')).status, 400);
  assert.equal((await post('/hooks/open', '{"__proto__":{"polluted":true}}')).status, 400);
  assert.equal({}.polluted, undefined);
  const before = seen.length;
  assert.equal((await post('/hooks/open', JSON.stringify(event('ride-9')))).status, 201);
  assert.equal(seen.length, before + 1);
});

test('the whole hostile suite grew RSS by less than 32 MB', (t) => {
  global.gc?.();
  const grown = (process.memoryUsage().rss - rssBefore) / MB;
  t.diagnostic(`RSS grew ${grown.toFixed(1)} MB over the suite`);
  assert.ok(grown < 32, `RSS grew ${grown.toFixed(1)} MB`);
});
