// Sans-IO through the packed package: parseResponse parses a reply to every
// operation of all three APIs with that API's rules, and each API's error
// replies become the right TelepartnerError kind. The replies come from the API
// documents: Toku's saved responses, RhysTalk's response schemas (their
// property examples), IVR Solutions' `PartnerResponse` envelope.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const consumer = process.env.TELEPARTNER_CONSUMER_DIR;
assert.ok(consumer, 'TELEPARTNER_CONSUMER_DIR must point at a project that installed the packed tarball');
const require = createRequire(path.join(consumer, 'index.js'));
const { parseResponse, operations, TelepartnerError } = require('telepartner');

const specs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/specs');
const rhys = yaml.load(readFileSync(path.join(specs, 'rhystalk-partner.openapi.yaml'), 'utf8'));
const toku = JSON.parse(readFileSync(path.join(specs, 'toku.postman_collection.json'), 'utf8'));
const JSON_HEADERS = { 'content-type': 'application/json' };

/** An instance of a schema from its property examples (required properties only). */
function sample(schema, root) {
  if (schema.$ref) return sample(schema.$ref.split('/').slice(1).reduce((o, k) => o[k], root), root);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s, root)));
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const out = {};
      for (const k of schema.required ?? []) out[k] = sample(schema.properties[k], root);
      return out;
    }
    case 'array': return [sample(schema.items, root)];
    case 'string': return schema.format === 'date-time' ? '2026-01-01T00:00:00Z' : 'x';
    case 'integer': return 1;
    case 'number': return 1.5;
    case 'boolean': return true;
    default: return {};
  }
}

/** RhysTalk: the documented 2xx reply of each operationId, built from its response schema. */
function rhysReply(operationId) {
  for (const item of Object.values(rhys.paths)) {
    const op = item.post;
    if (op?.operationId !== operationId) continue;
    const [code, resp] = Object.entries(op.responses).find(([c]) => c.startsWith('2'));
    return { status: Number(code), body: sample(resp.content['application/json'].schema, rhys) };
  }
  return undefined;
}

/** The "Example Response" block of a request's HTML description (reports have no saved responses). */
function describedReply(item) {
  const d = item.request.description ?? '';
  const at = d.indexOf('id="example-response"');
  if (at < 0) return undefined;
  const m = /<code[^>]*>([\s\S]*?)<\/code>/.exec(d.slice(at));
  if (!m) return undefined;
  const text = m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { code: 200, body: text };
}

/** Toku: the first saved 2xx response of the request with this method and path template. */
function tokuReply(method, template) {
  const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/[.]/g, '\\.')}$`);
  const items = [];
  const walk = (list) => list.forEach((i) => (i.item ? walk(i.item) : items.push(i)));
  walk(toku.item);
  for (const i of items) {
    const p = '/' + (i.request.urlObject?.path ?? []).join('/');
    if (i.request.method !== method || !re.test(p.replace(/:[^/]+/g, 'x'))) continue;
    const saved = (i.response ?? []).find((r) => r.code >= 200 && r.code < 300) ?? describedReply(i);
    if (!saved) return undefined;
    const type = (saved.header ?? []).find((h) => h?.key?.toLowerCase() === 'content-type')?.value ?? 'application/json';
    // Postman's type placeholders ("<boolean>") become values of that type, as in tests/replies.rs:
    // the reply is checked against its documented types.
    const body = typeof saved.body === 'string'
      ? saved.body.replaceAll('"<boolean>"', 'true').replaceAll('"<number>"', '7').replaceAll('"<string>"', '"s-1"').replaceAll('"<email>"', '"a@b.co"')
      : saved.body;
    return { status: saved.code, body, type };
  }
  return undefined;
}

test('parseResponse parses a documented reply to every operation of every API', () => {
  const seen = { ivrsolutions: 0, rhystalk: 0, toku: 0 };
  let documented = 0;
  for (const op of operations()) {
    let reply;
    if (op.api === 'ivrsolutions') {
      // PartnerResponse: { status, message, data }; data holds the ids the SDK reads.
      reply = { status: 200, body: { status: 200, message: 'OK', data: { request_id: 'REQ-1', temp_client_id: 'T-1', ref: 'R-1', client_id: 'C-1' } } };
    } else if (op.api === 'rhystalk') {
      reply = rhysReply(op.operationId);
    } else {
      reply = tokuReply(op.method, op.path);
      // The collection documents one call record object; the reply is an array of them (as in tests/replies.rs).
      if (op.operation === 'getCallHistories' && reply && !String(reply.body).trim().startsWith('[')) reply = { ...reply, body: `[${reply.body}]` };
    }
    assert.ok(reply, `${op.api}.${op.operation}: a documented reply`);
    if (op.api !== 'ivrsolutions') documented++;
    const binary = reply.type && !reply.type.includes('json');
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    let parsed;
    try {
      parsed = parseResponse(op.api, op.operation, {
        status: reply.status,
        headers: binary ? { 'content-type': reply.type } : JSON_HEADERS,
        body: binary ? new TextEncoder().encode(body || 'RIFF') : body,
      });
    } catch (e) {
      assert.fail(`${op.api}.${op.operation}: ${e.kind}: ${e.message}`);
    }
    if (binary) {
      assert.ok(parsed.data instanceof Uint8Array, `${op.operation}: bytes`);
    } else if (op.api === 'rhystalk') {
      assert.equal(parsed.status, reply.status, `${op.operation}: RhysTalk result carries the status`);
      assert.equal(typeof parsed.data, 'object', `${op.operation}: typed data`);
    } else if (op.api === 'ivrsolutions') {
      assert.equal(parsed.status, 200);
      assert.equal(parsed.message, 'OK');
    } else {
      assert.notEqual(parsed, undefined);
    }
    seen[op.api]++;
  }
  assert.deepEqual(seen, { ivrsolutions: 49, rhystalk: 8, toku: 23 });
  assert.equal(documented, 31, 'every RhysTalk and Toku reply came from the documents');
});

test('each API reads its own replies: no IVR envelope rule on Toku or RhysTalk', () => {
  // Toku's OTP verification has no `data`; RhysTalk's balance is not an envelope.
  const otp = parseResponse('toku', 'verifyOtp', { status: 200, headers: JSON_HEADERS, body: '{"verified":true,"message":"OTP verified"}' });
  assert.equal(otp.verified, true);
  const doc = rhysReply('getBalance');
  const bal = parseResponse('rhystalk', 'getBalance', { status: doc.status, headers: JSON_HEADERS, body: JSON.stringify(doc.body) });
  assert.equal(bal.status, 200);
  assert.ok('data' in bal);
});

test('error replies become the right TelepartnerError kind, per API', () => {
  const cases = [
    ['ivrsolutions', 'walletBalance', 401, { status: 401, message: 'Unauthorized' }, 'auth'],
    ['ivrsolutions', 'client', 200, { status: 404, message: 'Client not found' }, 'not_found'],
    ['toku', 'getCallRate', 404, { message: 'Not Found' }, 'not_found'],
    ['toku', 'verifyOtp', 200, { success: false, message: 'Invalid OTP' }, 'api'],
    ['rhystalk', 'getBalance', 429, { error: 'too many requests', message: 'slow down' }, 'rate_limit'],
    ['rhystalk', 'topup', 500, { error: 'internal', message: 'boom' }, 'server'],
  ];
  for (const [api, op, status, body, kind] of cases) {
    assert.throws(
      () => parseResponse(api, op, { status, headers: JSON_HEADERS, body: JSON.stringify(body) }),
      (e) => e instanceof TelepartnerError && e.kind === kind,
      `${api}.${op} ${status} -> ${kind}`,
    );
  }
  assert.throws(() => parseResponse('nope', 'x', { status: 200, body: '{}' }), (e) => e.kind === 'validation' && e.field === 'api');
  assert.throws(() => parseResponse('toku', 'register', { status: 200, body: '{}' }), (e) => e.kind === 'validation' && e.field === 'operation');
});

test('operations() is the registry: fields, retry classes and paging are declared', () => {
  const ops = operations();
  assert.equal(ops.length, 80);
  const byName = (api, name) => ops.find((o) => o.api === api && o.operation === name);
  assert.equal(byName('rhystalk', 'topup').retry, 'keyed');
  assert.equal(byName('ivrsolutions', 'addClientCredits').retry, 'never');
  assert.equal(byName('ivrsolutions', 'walletBalance').retry, 'safe');
  assert.deepEqual(byName('toku', 'getCallList').paging, { iterator: 'iterCallList', style: 'offset', total: 'meta.total_records', rows: '' });
  assert.equal(byName('ivrsolutions', 'walletTransactions').paging.iterator, 'iterWalletTransactions');
  assert.equal(byName('toku', 'requestOtp').body, 'form');
  const limit = byName('toku', 'getCallHistories').fields.find((f) => f.name === 'limit');
  assert.deepEqual(limit, { name: 'limit', kind: 'integer', required: true });
  assert.equal(byName('ivrsolutions', 'register').journey, 'onboarding');
  // A flattened group's fields are listed in wire order.
  assert.deepEqual(byName('rhystalk', 'getBalance').fields.map((f) => f.name), ['account', 'product_id', 'currency']);
});

test('every method reaches its own operation (its params are the ones it checks)', async () => {
  const { IvrSolutions, RhysTalk, Toku } = require('telepartner');
  const fetch = async () => { throw new Error('nothing may be sent'); };
  const clients = {
    ivrsolutions: new IvrSolutions({ apiKey: 'pk_test_partner_key', fetch }),
    rhystalk: new RhysTalk({ token: 'a.b.c', fetch }),
    toku: new Toku({ baseUrl: 'https://toku.example', token: 'tk', apiKey: 'k', lineOfBusinessId: '1', fetch }),
  };
  const flat = (fields) => fields.flatMap((f) => (f.kind === 'group' ? flat(f.fields ?? []) : [f.name]));
  for (const op of operations()) {
    // An unknown key is refused before anything is sent, listing the operation's own fields.
    await assert.rejects(clients[op.api][op.operation]({ __probe: 1 }), (e) => {
      assert.equal(e.kind, 'validation', `${op.api}.${op.operation}: ${e.message}`);
      assert.equal(e.field, '__probe');
      const names = flat(op.fields);
      if (names.length) assert.equal(e.reason, `is not a parameter of this operation (expected one of ${names.join(', ')})`, `${op.api}.${op.operation}`);
      else assert.match(e.reason, /it takes none/);
      return true;
    });
  }
});

test('every method on the classes is a registry operation, and every operation is a method', () => {
  const { IvrSolutions, RhysTalk, Toku } = require('telepartner');
  const helpers = new Set(['constructor', 'free', 'request', 'baseUrl', '__destroy_into_raw', '__call']);
  const classes = { ivrsolutions: IvrSolutions, rhystalk: RhysTalk, toku: Toku };
  for (const [api, cls] of Object.entries(classes)) {
    const methods = Object.getOwnPropertyNames(cls.prototype).filter((m) => !helpers.has(m) && !m.startsWith('iter')).sort();
    const registry = operations().filter((o) => o.api === api).map((o) => o.operation).sort();
    assert.deepEqual(methods, registry, `${api}: class methods = registry`);
    const iterators = Object.getOwnPropertyNames(cls.prototype).filter((m) => m.startsWith('iter')).sort();
    const paged = operations().filter((o) => o.api === api && o.paging).map((o) => o.paging.iterator).sort();
    assert.deepEqual(iterators, paged, `${api}: iterators = paged operations`);
  }
});
