// End to end in real Chromium: the portal example (page + backend with
// createProxyHandler) against the sandbox. Drives every flow through the UI,
// asserts what the page shows, that no request from the page carries the
// partner key, and saves screenshots to target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startPortal } from '../../js-examples/portal/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'target/screenshots');
const sandboxUrl = process.env.TELEPARTNER_SANDBOX_URL;

test('portal: onboarding, provisioning, billing and a masked call, with no key in the page', async () => {
  assert.ok(sandboxUrl, 'TELEPARTNER_SANDBOX_URL must point at a running sandbox (make test starts one)');
  mkdirSync(shots, { recursive: true });
  const portal = await startPortal({ sandboxUrl });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const leaks = [];
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
    page.on('request', (r) => {
      const text = JSON.stringify(r.headers()) + (r.postData() ?? '') + r.url();
      if (text.includes(portal.partnerKey)) leaks.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(portal.url);
    await page.waitForFunction(() => window.__ready === true);
    const step = async (button, statusId, expected) => {
      await page.click(`#${button}`);
      await page.waitForFunction(([id, re]) => new RegExp(re).test(document.getElementById(id).textContent), [statusId, expected.source], { timeout: 10_000 });
    };
    await step('register', 'onboarding-status', /registered: OTPs sent/);
    await step('verify-otp', 'onboarding-status', /OTPs verified/);
    await step('verify-pan', 'onboarding-status', /PAN verified/);
    await step('aadhaar-otp', 'onboarding-status', /Aadhaar OTP sent/);
    await step('aadhaar-verify', 'onboarding-status', /Aadhaar verified/);
    await step('skip-gst', 'onboarding-status', /GST skipped/);
    await step('preview', 'onboarding-status', /preview: Acme Corp/);
    await page.screenshot({ path: path.join(shots, '1-kyc-preview.png'), fullPage: true });
    await step('accept', 'onboarding-status', /client created: CL/);
    await step('buy-did', 'provisioning-status', /DID bought: \+91/);
    await step('add-agent', 'provisioning-status', /agent added/);
    await step('map-flow', 'provisioning-status', /flow \w+ mapped to \+91/);
    await page.screenshot({ path: path.join(shots, '2-provisioned.png'), fullPage: true });
    await step('top-up', 'billing-status', /balance: 500\.00 INR/);
    // A bad input is refused in the page, before any request.
    await page.fill('#credit', '-5');
    await step('top-up', 'billing-status', /validation credit/);
    await step('contact', 'masking-status', /calling the driver/);
    await page.waitForFunction(() => document.querySelectorAll('#events li').length === 3, null, { timeout: 10_000 });
    const events = await page.$$eval('#events li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(events, ['SETUP', 'CONNECT', 'DISCONNECT (72s)']);
    await page.screenshot({ path: path.join(shots, '3-masked-call.png'), fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(leaks, [], 'no request from the page carries the partner key');
  } finally {
    await browser.close();
    portal.close();
  }
});
