// The packaging matrix (part of `make test`): the packed tarball, installed into a scratch
// project, used the way each runtime and bundler uses it; every target makes one real call
// to the sandbox (SANDBOX_URL) and the run fails on the first target that does not.
//
//   node scripts/matrix.mjs <tarball> [target ...]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const tarball = path.resolve(process.argv[2] ?? path.join(root, 'target/telepartner-0.1.0.tgz'));
const only = process.argv.slice(3);
const sandbox = process.env.SANDBOX_URL;
if (!sandbox) throw new Error('SANDBOX_URL is not set');
const dir = path.join(root, 'target/matrix');

function run(cmd, args, { env = {}, timeout = 180_000 } = {}) {
  return execFileSync(cmd, args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SANDBOX_URL: sandbox, NO_COLOR: '1', ...env },
    timeout,
  });
}

function expectOk(target, output) {
  const line = output.split('\n').find((l) => l.startsWith(`${target} ok`));
  if (!line) throw new Error(`${target}: no successful call in its output:\n${output.slice(-2000)}`);
  return line;
}

const types = { '.js': 'text/javascript', '.html': 'text/html', '.wasm': 'application/wasm', '.css': 'text/css' };
/** Serve `folder`; load its index.html in headless Chromium; its title is the result. */
async function inChromium(target, folder) {
  const { chromium } = await import('playwright-core');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = path.join(folder, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(folder)) { res.writeHead(404).end(); return; }
    let body;
    try { body = readFileSync(file); } catch { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`http://127.0.0.1:${server.address().port}/?sandbox=${encodeURIComponent(sandbox)}`);
    await page.waitForFunction(() => /^(ok|fail)/.test(document.title), null, { timeout: 30_000 }).catch(() => {});
    const title = await page.title();
    if (!title.startsWith('ok')) throw new Error(`${target}: page says "${title}" ${errors.join(' | ')}`);
    return `${target} ${title}`;
  } finally {
    await browser.close();
    server.close();
  }
}

const html = (script, module = true) => `<!doctype html><html><head><meta charset="utf-8"><title>loading</title></head><body><script ${module ? 'type="module" ' : ''}src="./${script}"></script></body></html>`;

const targets = {
  'node-esm': () => expectOk('node-esm', run('node', ['node-esm.mjs'])),
  'node-cjs': () => expectOk('node-cjs', run('node', ['node-cjs.cjs'])),
  'tsc-5.9': () => {
    for (const mode of ['nodenext', 'bundler']) run('node', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', `ts/tsconfig.${mode}.json`]);
    return 'tsc-5.9 ok (strict, default lib; nodenext and bundler)';
  },
  'tsc-7': () => {
    for (const mode of ['nodenext', 'bundler']) run('node', [path.join(root, 'node_modules/typescript7/bin/tsc'), '-p', `ts/tsconfig.${mode}.json`]);
    return 'tsc-7 ok (strict, default lib; nodenext and bundler)';
  },
  vite: async () => {
    run(bin('vite'), ['build', 'browser', '--outDir', '../dist-vite', '--emptyOutDir', '--base', './', '--logLevel', 'error']);
    return inChromium('vite', path.join(dir, 'dist-vite'));
  },
  'vite-single-api': async () => {
    // `telepartner/ivrsolutions` in a Vite build: one wasm in the bundle, that entry's own.
    run(bin('vite'), ['build', 'browser-single', '--outDir', '../dist-vite-single', '--emptyOutDir', '--base', './', '--logLevel', 'error']);
    const out = path.join(dir, 'dist-vite-single');
    const wasm = readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.wasm'));
    const own = statSync(path.join(dir, 'node_modules/telepartner/ivrsolutions/web/telepartner_bg.wasm')).size;
    if (wasm.length !== 1 || statSync(path.join(out, 'assets', wasm[0])).size !== own) {
      throw new Error(`vite-single-api: expected the IVR Solutions wasm alone (${own} B), got ${wasm.join(', ') || 'none'}`);
    }
    return inChromium('vite-single-api', out);
  },
  webpack: async () => {
    run(bin('webpack'), ['--mode', 'production', '--entry', './browser/main.js', '--output-path', path.join(dir, 'dist-webpack'), '--output-filename', 'main.js', '--no-stats']);
    writeFileSync(path.join(dir, 'dist-webpack/index.html'), html('main.js', false));
    return inChromium('webpack', path.join(dir, 'dist-webpack'));
  },
  esbuild: async () => {
    run(bin('esbuild'), ['browser/main-esbuild.js', '--bundle', '--format=esm', '--loader:.wasm=file', '--outdir=dist-esbuild', '--log-level=error']);
    writeFileSync(path.join(dir, 'dist-esbuild/index.html'), html('main-esbuild.js'));
    return inChromium('esbuild', path.join(dir, 'dist-esbuild'));
  },
  deno: () => expectOk('deno', run(bin('deno'), ['run', '--quiet', '--allow-net', '--allow-read', '--allow-env', 'deno.mjs'], { env: { DENO_DIR: path.join(dir, '.deno') } })),
  bun: () => expectOk('bun', run(bin('bun'), ['bun.mjs'])),
  workerd: async () => {
    // What wrangler does: bundle with the worker conditions; the .wasm stays a module import.
    run(bin('esbuild'), ['worker.js', '--bundle', '--format=esm', '--platform=neutral', '--conditions=workerd,worker',
      '--loader:.wasm=copy', '--outdir=dist-worker', '--log-level=error']);
    const { Miniflare } = await import(path.join(root, 'node_modules/miniflare/dist/src/index.js'));
    const mf = new Miniflare({
      modules: true,
      scriptPath: path.join(dir, 'dist-worker/worker.js'),
      modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
      compatibilityDate: '2025-09-01',
      bindings: { SANDBOX_URL: sandbox },
    });
    try {
      const res = await mf.dispatchFetch('http://localhost/');
      return expectOk('workerd', await res.text());
    } finally {
      await mf.dispose();
    }
  },
  publint: () => {
    run(bin('publint'), ['--strict', path.join(root, 'pkg')]);
    return 'publint ok (--strict)';
  },
  attw: () => {
    run(bin('attw'), ['--pack', path.join(root, 'pkg'), '--format', 'table-flipped', '--profile', 'node16']);
    return 'attw ok (--pack)';
  },
};

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
cpSync(path.join(root, 'tests/matrix'), dir, { recursive: true });
writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'matrix-consumer', private: true, type: 'module' }));
execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', tarball], { cwd: dir, stdio: 'inherit' });

let failed = 0;
for (const [name, target] of Object.entries(targets)) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  try {
    const line = await target();
    console.log(`✔ matrix ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    const detail = [e.message, e.stdout, e.stderr].filter(Boolean).join('\n').slice(-3000);
    console.log(`✖ matrix ${name} FAILED (${((Date.now() - started) / 1000).toFixed(1)} s)\n${detail}`);
  }
}
const total = only.length || Object.keys(targets).length;
console.log(`matrix: ${total - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
