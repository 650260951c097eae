// The single-API entries (`telepartner/ivrsolutions`, `/toku`, `/rhystalk`) of the
// packed package, installed from its tarball: each loads only its API (its own
// wasm, its own class, its own registry), sends exactly what the whole SDK sends,
// shares the error classes, and refuses the other APIs clearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import path from 'node:path';

const consumer = process.env.TELEPARTNER_CONSUMER_DIR;
assert.ok(consumer, 'TELEPARTNER_CONSUMER_DIR must point at a project that installed the packed tarball');
const require = createRequire(path.join(consumer, 'index.js'));
const whole = require('telepartner');

const APIS = {
  ivrsolutions: {
    cls: 'IvrSolutions',
    make: (m, fetch) => new m.IvrSolutions({ apiKey: 'pk_test_partner_key', fetch }),
    op: 'walletBalance',
    params: { client_id: 'C1' },
    config: { apiKey: 'pk_test_partner_key' },
    reply: { status: 200, message: 'Success', data: { balance: '1500.00' } },
  },
  rhystalk: {
    cls: 'RhysTalk',
    make: (m, fetch) => new m.RhysTalk({ token: 'a.b.c', fetch }),
    op: 'getBalance',
    params: { account: '42' },
    config: { token: 'a.b.c' },
    reply: { tenant_id: 't', product_id: 'p', currency: 'GBP', account_code_12: '000000000042', total_balance: 12.5 },
  },
  toku: {
    cls: 'Toku',
    make: (m, fetch) => new m.Toku({ baseUrl: 'https://toku.example', token: 'tk', fetch }),
    op: 'getCallRate',
    params: { caller_number: '919876543210', destination_number: '6583225129', account_code: '500181' },
    config: { baseUrl: 'https://toku.example', token: 'tk' },
    reply: { country_code: '65', full_number: '6583225129', price_info: { price: 0.0113, currency: 'USD' } },
  },
};
const CLASSES = Object.values(APIS).map((a) => a.cls);

function recordingFetch(reply) {
  const calls = [];
  const fetch = async (request) => {
    assert.ok(request instanceof Request, 'the SDK passes a Request');
    calls.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body: request.method === 'GET' ? null : await request.text() });
    return new Response(JSON.stringify(reply), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

for (const [api, a] of Object.entries(APIS)) {
  test(`telepartner/${api}: only its API, the same wire as the whole SDK`, async () => {
    const m = require(`telepartner/${api}`);
    const esm = await import(require.resolve(`telepartner/${api}`).replace(/index\.cjs$/, 'index.mjs'));
    assert.equal(esm[a.cls], m[a.cls], 'require and import give the same instance');
    assert.equal(typeof m[a.cls], 'function');
    for (const other of CLASSES.filter((c) => c !== a.cls)) assert.equal(m[other], undefined, `${other} is not in telepartner/${api}`);
    assert.equal(m.maskedCall, undefined, 'maskedCall needs all three APIs');
    assert.equal(typeof m.OnboardingSession, api === 'ivrsolutions' ? 'function' : 'undefined');
    if (api === 'ivrsolutions') {
      // The journey's steps are installed from the registry onto the session class, and only they.
      const steps = m.operations().filter((o) => o.journey === 'onboarding').map((o) => o.operation);
      assert.ok(steps.length >= 9);
      for (const name of steps) assert.equal(typeof m.OnboardingSession.prototype[name], 'function', `OnboardingSession.${name}`);
      assert.equal(m.OnboardingSession.prototype.walletBalance, undefined, 'not a step');
      const session = new m.OnboardingSession(new m.IvrSolutions({ apiKey: 'pk_entry_test', fetch: async () => assert.fail('nothing is sent') }));
      const notStep = m.operations().findIndex((o) => o.operation === 'walletBalance');
      await assert.rejects(session.__step(notStep, {}), (e) => e.kind === 'validation' && /no onboarding step at index/.test(e.message));
    }
    assert.notEqual(m[a.cls], whole[a.cls], 'its own wasm instance, not the whole SDK');

    // Its registry is exactly this API's part of the whole registry.
    const mine = m.operations();
    assert.ok(mine.length > 0);
    assert.ok(mine.every((o) => o.api === api), 'operations() lists only this API');
    assert.deepEqual(mine, whole.operations().filter((o) => o.api === api));

    // A call sends byte for byte what the whole SDK sends, and decodes the same.
    const x = recordingFetch(a.reply);
    const y = recordingFetch(a.reply);
    const rx = await a.make(m, x.fetch)[a.op](a.params);
    const ry = await a.make(whole, y.fetch)[a.op](a.params);
    assert.equal(x.calls.length, 1);
    assert.deepEqual(x.calls, y.calls);
    assert.deepEqual(rx, ry);
    assert.deepEqual(m.buildRequest(api, a.op, a.params, a.config), whole.buildRequest(api, a.op, a.params, a.config));

    // The other APIs are refused by name, and errors are the one shared class.
    const other = Object.keys(APIS).find((k) => k !== api);
    assert.throws(() => m.buildRequest(other, APIS[other].op, APIS[other].params, APIS[other].config), (e) => {
      assert.ok(e instanceof whole.TelepartnerError, 'errors of every entry are the one TelepartnerError');
      assert.equal(e.kind, 'validation');
      assert.equal(e.field, 'api');
      assert.match(e.message, new RegExp(`this entry has only`));
      return true;
    });
    assert.equal(m.TelepartnerError, whole.TelepartnerError);

    // Callback signing is Toku's; a proxy for an API the entry lacks is refused when it is made.
    assert.equal(typeof m.signCallbackUrl, api === 'toku' ? 'function' : 'undefined');
    assert.equal(typeof m.createProxyHandler({ [api]: a.config }), 'function');
    assert.throws(() => m.createProxyHandler({ [other]: APIS[other].config }), new RegExp(`options\\.${other}: this entry has no ${other}`));

    // Its wasm is its own, and smaller than the whole SDK's.
    const wasmOf = (spec) => path.join(path.dirname(require.resolve(spec)), 'web/telepartner_bg.wasm');
    assert.ok(statSync(wasmOf(`telepartner/${api}`)).size < statSync(wasmOf('telepartner')).size);
  });
}

test('telepartner/<api>: a paged operation gets its iterator, bad params fail before any fetch', async () => {
  const { Toku } = require('telepartner/toku');
  assert.equal(typeof Toku.prototype.iterCallList, 'function');
  const { IvrSolutions } = require('telepartner/ivrsolutions');
  assert.equal(typeof IvrSolutions.prototype.iterWalletTransactions, 'function');
  const x = recordingFetch({});
  const ivr = new IvrSolutions({ apiKey: 'pk_test_partner_key', fetch: x.fetch });
  await assert.rejects(ivr.verifyPan({ temp_client_id: 't', pan: 'bad', btype: 'company' }), { kind: 'validation', field: 'pan' });
  assert.equal(x.calls.length, 0);
});

test('a finished script exits at once: a pending timeout holds the process, a finished call does not', async () => {
  const { spawnSync } = await import('node:child_process');
  const script = `const { IvrSolutions } = require('telepartner');
    const fetch = async () => new Response('{"status":200,"message":"ok","data":{}}', { status: 200, headers: { 'content-type': 'application/json' } });
    const ivr = new IvrSolutions({ apiKey: 'pk_test_partner_key', fetch, timeoutMs: 60000 });
    (async () => { for (let i = 0; i < 3; i++) await ivr.walletBalance({ client_id: 'C1' }); console.log('done'); })();`;
  const t0 = Date.now();
  const done = spawnSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8', timeout: 20_000 });
  assert.equal(done.stdout.trim(), 'done', done.stderr);
  assert.ok(Date.now() - t0 < 10_000, `exited after ${Date.now() - t0} ms (a 60 s timeout must not hold it)`);
  // A call still waiting holds it until its timeout fires, and then fails as a timeout.
  const hang = `const { IvrSolutions } = require('telepartner');
    const ivr = new IvrSolutions({ apiKey: 'pk_test_partner_key', fetch: (r) => new Promise((_, no) => r.signal.addEventListener('abort', () => no(r.signal.reason))), timeoutMs: 300, maxRetries: 0 });
    ivr.walletBalance({ client_id: 'C1' }).catch((e) => console.log(e.kind));`;
  const hung = spawnSync(process.execPath, ['-e', hang], { cwd: consumer, encoding: 'utf8', timeout: 20_000 });
  assert.equal(hung.stdout.trim(), 'timeout', hung.stderr);
});
