// The command line (`npx telepartner`, the bin of the packed tarball) against the sandbox:
// the command set equals the registry, help, settings from the environment and profiles
// (mode 0600), --dry-run, exit codes, and a bulk run killed with SIGKILL mid-run and rerun
// with its journal: 1,000 RhysTalk top-ups and 300 IVR addClientCredits under injected 503s
// and dropped connections, no row applied twice, none lost. No test secret in any output.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const SBX = process.env.TELEPARTNER_SANDBOX_URL;
const consumer = process.env.TELEPARTNER_CONSUMER_DIR;
assert.ok(SBX && consumer, 'TELEPARTNER_SANDBOX_URL and TELEPARTNER_CONSUMER_DIR must be set (make test sets them)');
const BIN = path.join(consumer, 'node_modules/.bin/telepartner');
const require = createRequire(path.join(consumer, 'index.js'));
const { IvrSolutions, RhysTalk, operations } = require('telepartner');
const SECRETS = ['sandbox_partner_key', 'sandbox_rhystalk_token', 'sandbox_toku_key', 'whsec_cli_0123456789abcdef'];
const dir = mkdtempSync(path.join(os.tmpdir(), 'telepartner-cli-'));
const ENV = {
  PATH: process.env.PATH,
  HOME: dir,
  TELEPARTNER_CONFIG: path.join(dir, 'config', 'profiles.json'),
  TELEPARTNER_IVRSOLUTIONS_API_KEY: 'sandbox_partner_key',
  TELEPARTNER_IVRSOLUTIONS_BASE_URL: SBX,
  TELEPARTNER_RHYSTALK_TOKEN: 'sandbox_rhystalk_token',
  TELEPARTNER_RHYSTALK_BASE_URL: `${SBX}/prod`,
  TELEPARTNER_TOKU_API_KEY: 'sandbox_toku_key',
  TELEPARTNER_TOKU_LINE_OF_BUSINESS_ID: '1',
  TELEPARTNER_TOKU_BASE_URL: `${SBX}/toku`,
};
const seen = []; // every byte the CLI printed, for the secrets check

/** Run the CLI; resolves to { code, stdout, stderr } (and the child, for killing, via onSpawn). */
function cli(args, { env = {}, onSpawn } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code, signal) => { seen.push(stdout, stderr); resolve({ code, signal, stdout, stderr }); });
    onSpawn?.(child);
  });
}
const fault = (body) => fetch(`${SBX}/__sandbox/faults`, { method: 'POST', body: JSON.stringify(body) });
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

after(() => {
  const all = seen.join('\n');
  for (const secret of SECRETS) assert.ok(!all.includes(secret), `no CLI output shows ${secret.slice(0, 8)}...`);
});

test('CLI: the command set is the registry; help lists every operation and every field', async () => {
  for (const api of ['ivrsolutions', 'rhystalk', 'toku']) {
    const { code, stdout } = await cli([api, '--help']);
    assert.equal(code, 0);
    const listed = stdout.split('\n').filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    assert.deepEqual(listed, operations().filter((o) => o.api === api).map((o) => kebab(o.operation)), `${api}: commands = registry`);
  }
  for (const op of operations().filter((_, i) => i % 9 === 0)) {
    const { code, stdout } = await cli([op.api, op.operation, '--help']);
    assert.equal(code, 0, `${op.api} ${op.operation} --help`);
    for (const f of op.fields) assert.match(stdout, new RegExp(`--${f.name}\\s+${f.kind}\\s+${f.required ? 'required' : 'optional'}`), `${op.operation}: ${f.name}`);
  }
});

test('CLI: settings, dry run, output and exit codes', async () => {
  const dry = await cli(['ivrsolutions', 'add-client-credits', '--client-id', 'C1', '--credit', '10', '--dry-run']);
  assert.equal(dry.code, 0);
  const request = JSON.parse(dry.stdout);
  assert.equal(request.url, `${SBX}/partnerclients/add_client_credits`);
  assert.equal(request.headers.authorization, 'Bearer [redacted]');
  assert.deepEqual(request.body, { client_id: 'C1', credit: '10' });
  const ok = await cli(['rhystalk', 'get-balance', '--account', '123456789012', '--output', 'jsonl']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).account_code_12, '123456789012');
  const table = await cli(['ivrsolutions', 'didRegions', '--output', 'csv']);
  assert.match(table.stdout, /^id,name\n1,Delhi\n/);
  const cases = [
    [['rhystalk', 'topup', '--account', '123456789012', '--amount=-1'], 2, /^telepartner: --amount: expected a number greater than 0/],
    [['rhystalk', 'topup', '--acount', '1'], 2, /Unknown option '--acount'/],
    [['ivrsolutions', 'no-such-operation'], 2, /unknown operation 'no-such-operation'/],
    [['ivrsolutions', 'clients'], 3, /401/, { TELEPARTNER_IVRSOLUTIONS_API_KEY: 'pk_wrong' }],
    [['rhystalk', 'get-balance', '--account', '999'], 4, /account not found/],
    [['ivrsolutions', 'clients', '--base-url', 'http://127.0.0.1:9'], 6, /./, { TELEPARTNER_IVRSOLUTIONS_MAX_RETRIES: '0' }],
    [['ivrsolutions', 'clients'], 5, /503/, { TELEPARTNER_IVRSOLUTIONS_MAX_RETRIES: '0' }, { route: '/partnerclients/clients', status: 503, times: 1 }],
  ];
  for (const [args, exit, stderr, env, injected] of cases) {
    if (injected) await fault(injected);
    const r = await cli(args, { env });
    assert.equal(r.code, exit, `${args.join(' ')}: exit ${exit} (${r.stderr})`);
    assert.match(r.stderr, stderr);
  }
  const json = await cli(['rhystalk', 'topup', '--account', '1', '--amount', '0', '--output', 'json']);
  assert.deepEqual(JSON.parse(json.stderr), { kind: 'validation', field: 'amount', message: '--amount: expected a number greater than 0' });
  // A bulk run with a row the API rejects ends with 8, and says which.
  const rows = path.join(dir, 'balances.csv');
  writeFileSync(rows, 'account\n123456789012\n999\n');
  const bulk = await cli(['bulk', 'rhystalk', 'get-balance', rows, '--results', `${rows}.results`]);
  assert.equal(bulk.code, 8, bulk.stderr);
  assert.match(bulk.stderr, /2 rows: 1 ok, 1 rejected, 0 unknown/);
  assert.match(readFileSync(`${rows}.results`, 'utf8'), /^3,rejected,,not_found,/m);
  // CSV quoting: a quoted cell may hold commas, quotes and newlines; errors name the line a row starts on.
  const quoted = path.join(dir, 'quoted.csv');
  writeFileSync(quoted, 'account,amount\r\n"123456789012","1"\r\n"12345\n6789012",1\r\n123456789012,"-1"\r\n"1""2",2\r\n');
  const refused = await cli(['bulk', 'rhystalk', 'topup', quoted]);
  assert.equal(refused.code, 2, refused.stderr);
  assert.deepEqual(refused.stderr.split('\n').filter((l) => l.startsWith(quoted)).map((l) => l.slice(quoted.length).split(':').slice(0, 3).join(':')),
    [':3: account', ':5: amount', ':6: account'], 'each bad row by the line it starts on');
  assert.match(refused.stderr, /3 invalid rows; nothing was sent/);
  assert.ok(!existsSync(`${quoted}.journal`), 'no journal: nothing started');
  // Toku's callback secret is a setting too: calls that take a callback URL get it signed.
  const signed = await cli(['toku', 'create-masked-call', '--a_party_number', '6591234567', '--b_party_number', '6598765432',
    '--reference_id', 'cli-1', '--call_event_webhook_url', 'http://127.0.0.1:9/hook'], { env: { TELEPARTNER_TOKU_CALLBACK_SECRET: 'whsec_cli_0123456789abcdef' } });
  assert.equal(signed.code, 0, signed.stderr);
  const log = await (await fetch(`${SBX}/__sandbox/requests`)).json();
  const placed = log.filter((e) => e.path === '/toku/v1/programmable-call/number-masking').at(-1);
  assert.match(JSON.parse(placed.body).call_event_webhook_url, /^http:\/\/127\.0\.0\.1:9\/hook\?tp_exp=\d+&tp_token=[\w-]{43}$/);
  // Help shows each field's declared rule.
  assert.match((await cli(['ivrsolutions', 'add-agent', '--help'])).stdout, /--phonenumber\s+string\s+required\s+rule: /);
});

test('CLI: profiles live in a file of mode 0600 and never print a secret', async () => {
  const env = { TELEPARTNER_IVRSOLUTIONS_API_KEY: '', TELEPARTNER_IVRSOLUTIONS_BASE_URL: '' };
  const add = await cli(['profiles', 'add', 'sandbox', 'ivrsolutions.apiKey=sandbox_partner_key', `ivrsolutions.baseUrl=${SBX}`], { env });
  assert.equal(add.code, 0, add.stderr);
  assert.equal(statSync(ENV.TELEPARTNER_CONFIG).mode & 0o777, 0o600);
  const list = await cli(['profiles', 'list'], { env });
  assert.match(list.stdout, /\* sandbox {2}ivrsolutions\.apiKey=\[redacted\] ivrsolutions\.baseUrl=http/);
  assert.equal((await cli(['ivrsolutions', 'did-regions'], { env })).code, 0, 'the profile in use supplies the key');
  assert.equal((await cli(['ivrsolutions', 'did-regions', '--profile', 'nope'], { env })).code, 2);
  assert.equal((await cli(['profiles', 'remove', 'sandbox'], { env })).code, 0);
});

/** A client through the KYC steps (the sandbox's fixed OTPs). */
async function newClient(ivr) {
  const { data: { request_id } } = await ivr.register({ name: 'Bulk Co', email: 'b@k.co', mobile: '9876543210', password: 'x', country_code: '+91' });
  const { data: { temp_client_id: t } } = await ivr.verifyOtp({ request_id, mobileotp: '123456', emailotp: '654321' });
  await ivr.verifyPan({ temp_client_id: t, pan: 'ABCDE1234F', btype: 'company' });
  const { data: { ref } } = await ivr.aadharOtp({ temp_client_id: t, aadhar_num: '123412341234' });
  await ivr.aadharVerify({ temp_client_id: t, otp: '123456', ref });
  await ivr.skipGst({ temp_client_id: t });
  await ivr.previewKyc({ temp_client_id: t });
  return (await ivr.acceptKyc({ temp_client_id: t })).data.client_id;
}

const lines = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
const okCount = (file) => lines(file).filter((l) => l.includes('"state":"ok"')).length;

test('CLI bulk: killed with SIGKILL mid-run and rerun with its journal, no row applied twice, none lost', { timeout: 180_000 }, async (t) => {
  const ivr = new IvrSolutions({ apiKey: 'sandbox_partner_key', baseUrl: SBX });
  const rt = new RhysTalk({ token: 'sandbox_rhystalk_token', baseUrl: `${SBX}/prod` });
  const account = (await rt.createAccount({ product_id: 'prepaid_uk' })).data.account_code_12;
  const client = await newClient(ivr);
  const rhysRows = path.join(dir, 'topups.csv');
  writeFileSync(rhysRows, ['account,amount', ...Array.from({ length: 1000 }, () => `${account},1`)].join('\n'));
  const ivrRows = path.join(dir, 'credits.jsonl');
  writeFileSync(ivrRows, Array.from({ length: 300 }, (_, i) => JSON.stringify({ client_id: client, credit: String(1000 + i) })).join('\n'));
  const env = { TELEPARTNER_RHYSTALK_TIMEOUT_MS: '1500', TELEPARTNER_IVRSOLUTIONS_TIMEOUT_MS: '1500' };
  t.after(() => Promise.all(['/prod/topup', '/partnerclients/add_client_credits'].map((route) => fault({ route, times: 0 }))));
  await fault({ route: '/prod/topup', status: 503, times: 40 });
  await fault({ route: '/partnerclients/add_client_credits', drop: true, times: 3 });

  // First run: each killed with SIGKILL once part of its rows are done.
  const runs = [
    { rows: rhysRows, args: ['bulk', 'rhystalk', 'topup', rhysRows, '--concurrency', '20'], killAt: 400 },
    { rows: ivrRows, args: ['bulk', 'ivrsolutions', 'add-client-credits', ivrRows, '--concurrency', '20'], killAt: 60 },
  ];
  const first = runs.map((run) => cli(run.args, { env, onSpawn: (c) => { run.child = c; } }));
  let dropped = false;
  for (const started = Date.now(); runs.some((r) => !r.killed) && Date.now() - started < 60_000;) {
    for (const run of runs) {
      const done = okCount(`${run.rows}.journal`);
      if (!run.killed && done >= run.killAt) { run.child.kill('SIGKILL'); run.killed = done; }
    }
    if (!dropped && okCount(`${rhysRows}.journal`) >= 150) { dropped = true; await fault({ route: '/prod/topup', drop: true, times: 3 }); }
    await new Promise((res) => setTimeout(res, 2));
  }
  const killed = await Promise.all(first);
  const atKill = [okCount(`${rhysRows}.journal`), okCount(`${ivrRows}.journal`)];
  assert.ok(killed.every((r) => r.signal === 'SIGKILL'), 'both runs were killed, not finished');
  assert.ok(atKill[0] < 1000 && atKill[1] < 300, `killed mid-run (${atKill[0]}/1000, ${atKill[1]}/300 ok)`);

  // Rerun with the same journals.
  const [rhys, credits] = await Promise.all([
    cli(['bulk', 'rhystalk', 'topup', rhysRows, '--concurrency', '20', '--results', `${rhysRows}.results`], { env }),
    cli(['bulk', 'ivrsolutions', 'add-client-credits', ivrRows, '--concurrency', '20', '--results', `${ivrRows}.results`], { env }),
  ]);
  assert.equal(rhys.code, 0, `RhysTalk rerun: ${rhys.stderr}`);
  assert.equal((await rt.getBalance({ account })).data.total_balance, 1000, 'exactly 1,000 top-ups of 1 applied');

  const results = lines(`${ivrRows}.results`).slice(1).map((l) => l.split(','));
  assert.equal(results.length, 300, 'a result per IVR row');
  const unknown = results.filter(([, state]) => state === 'unknown').map(([line]) => Number(line));
  assert.ok(results.every(([, state]) => state === 'ok' || state === 'unknown'), 'every IVR row ends ok or unknown');
  assert.equal(credits.code, unknown.length ? 7 : 0, `exit 7 when outcomes are unknown (${credits.stderr.slice(-300)})`);
  for (const line of unknown) assert.match(credits.stderr, new RegExp(`credits\\.jsonl:${line}: outcome unknown`), `line ${line} listed`);
  assert.ok(unknown.length >= 3, 'the dropped and the in-flight rows are unknown, not resent');

  // No credit amount applied twice: the sandbox's own log of what it accepted.
  const log = await (await fetch(`${SBX}/__sandbox/requests`)).json();
  const applied = new Map();
  for (const e of log.filter((e) => e.path === '/partnerclients/add_client_credits' && e.status === 200)) {
    const body = JSON.parse(e.body);
    if (body.client_id === client) applied.set(body.credit, (applied.get(body.credit) ?? 0) + 1);
  }
  const twice = [...applied].filter(([, n]) => n > 1);
  assert.deepEqual(twice, [], 'no IVR credit applied twice');
  assert.ok(applied.size >= 300 - unknown.length, 'every ok row was applied');
  console.log(`cli bulk: killed at ${runs.map((r) => r.killed).join(' / ')} ok rows; rerun: RhysTalk balance 1000, IVR ${results.length - unknown.length} ok, ${unknown.length} unknown (listed, exit ${credits.code}), ${applied.size} credits applied, none twice`);
});

test('CLI --all: 12,000 Toku call-list rows stream as JSON lines in bounded memory', { timeout: 120_000 }, async () => {
  // make test starts the sandbox with --toku-call-list-rows 12000.
  const args = ['toku', 'get-call-list', '--all', '--output', 'jsonl', '--limit', '20000'];
  let rows = 0;
  let last = '';
  let baseline;
  let peak = 0;
  let timer;
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...ENV, TELEPARTNER_TOKU_TOKEN: 'sandbox_toku_token' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    // Count lines as they stream (nothing is kept), and sample the child's RSS.
    child.stdout.on('data', (d) => {
      const text = last + d;
      const parts = text.split('\n');
      last = parts.pop();
      rows += parts.length;
      if (rows >= 1 && parts[0]) assert.match(parts[0], /^\{"recording_id":"rec-\d{6}"/);
    });
    child.stderr.on('data', (d) => { stderr += d; });
    timer = setInterval(() => {
      try {
        const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) * 1024;
        if (rows > 0 && baseline === undefined) baseline = rss;
        peak = Math.max(peak, rss);
      } catch { /* exited */ }
    }, 10);
    child.on('close', (code) => { clearInterval(timer); seen.push(stderr); resolve({ code, stderr }); });
  });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(rows, 12000, 'every row, once');
  assert.ok(baseline !== undefined, 'RSS was sampled while rows streamed');
  const growth = peak - baseline;
  console.log(`cli export: 12,000 rows, RSS ${(baseline / 2 ** 20).toFixed(1)} MiB at the first row, peak ${(peak / 2 ** 20).toFixed(1)} MiB (+${(growth / 2 ** 20).toFixed(1)} MiB)`);
  assert.ok(growth < 64 * 2 ** 20, `RSS growth ${(growth / 2 ** 20).toFixed(1)} MiB < 64 MiB`);
});
