// The npm package's browser entry (pkg/web.js + init()) in headless Chromium:
// a page makes real fetch calls to the contract-checking mock (cross-origin, CORS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mock = process.env.TELEPARTNER_MOCK_URL ?? 'http://127.0.0.1:4010';
const types = { '.js': 'text/javascript', '.html': 'text/html', '.wasm': 'application/wasm', '.json': 'application/json' };

function serve() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = url.pathname === '/' ? path.join(root, 'tests/browser/page.html')
      : url.pathname === '/entry.html' ? path.join(root, 'tests/browser/entry.html')
      : url.pathname.startsWith('/pkg/') ? path.join(root, url.pathname) : null;
    if (!file || !file.startsWith(root)) { res.writeHead(404).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const ENTRIES = { ivrsolutions: ['IvrSolutions', 'req_'], rhystalk: ['RhysTalk', 'acct:true'], toku: ['Toku', 'ref-browser-1'] };

test('single-API entries in Chromium: each downloads only its own wasm and calls its API', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    for (const [api, [cls, reply]] of Object.entries(ENTRIES)) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${server.address().port}/entry.html?api=${api}&mock=${encodeURIComponent(mock)}`);
      await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 20_000 });
      const r = await page.evaluate(() => window.__results);
      assert.equal(r.fatal, undefined, `${api}: ${r.fatal}`);
      assert.deepEqual(errors, [], api);
      assert.deepEqual(r.classes, [cls], `${api}: only its class`);
      assert.deepEqual(r.operations, [api], `${api}: only its registry`);
      assert.ok(String(r.reply).startsWith(reply), `${api}: a real call through the mock (${r.reply})`);
      assert.match(r.validation, /^validation:\w+:true$/, `${api}: validation before any request`);
      assert.deepEqual(r.wasm, [`/pkg/${api}/web/telepartner_bg.wasm`], `${api}: downloads its own wasm and no other`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

test('browser entry: init(), typed calls over fetch, TelepartnerError', async () => {
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/?mock=${encodeURIComponent(mock)}`);
    await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 20_000 });
    const r = await page.evaluate(() => window.__results);
    assert.equal(r.fatal, undefined, r.fatal);
    assert.deepEqual(errors, []);
    assert.equal(r.guard, 'config:apiKey', 'a key in a page is refused without dangerouslyAllowBrowser');
    assert.equal(r.requestId, 'req_8f3a21');
    assert.equal(r.tempClientId, 'tmp_5521');
    assert.equal(r.clients, 200);
    assert.deepEqual(r.notFound, { isClass: true, guard: true, status: 404 });
    assert.deepEqual(r.validation, { isClass: true, isError: true, field: 'pan', kind: 'validation' });
    assert.equal(r.sansIo, `${mock}/partnerclients/skip_gst`);
  } finally {
    await browser.close();
    server.close();
  }
});
