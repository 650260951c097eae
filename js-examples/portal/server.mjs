// The partner's backend for the portal example: serves the page and the SDK,
// mounts createProxyHandler (the partner keys and the callback secret stay here),
// receives Toku call events (signed callbacks only) and streams them to the page.
//
//   SANDBOX_URL=http://127.0.0.1:4010 node js-examples/portal/server.mjs   # then open the printed URL
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProxyHandler, toNodeHandler, Toku } from 'telepartner';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(here, '../../pkg');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/** The operations a portal operator may use. */
const ALLOW = [
  'ivrsolutions.register', 'ivrsolutions.verifyOtp', 'ivrsolutions.verifyPan', 'ivrsolutions.aadharOtp',
  'ivrsolutions.aadharVerify', 'ivrsolutions.verifyGst', 'ivrsolutions.skipGst', 'ivrsolutions.previewKyc',
  'ivrsolutions.acceptKyc', 'ivrsolutions.searchDids', 'ivrsolutions.buyDid', 'ivrsolutions.addAgent',
  'ivrsolutions.createBasicFlow', 'ivrsolutions.mapFlowDid', 'ivrsolutions.addClientCredits',
  'ivrsolutions.walletBalance', 'toku.createMaskedCall',
];

export async function startPortal({ sandboxUrl, port = 0, partnerKey = 'sandbox_partner_key', tokuKey = 'sandbox_toku_key', callbackSecret = `whsec_${crypto.randomUUID()}` }) {
  const listeners = new Set();
  // Toku does not sign its callbacks: the proxy signs each call's callback URL with this secret
  // and the receiver answers 401 to any callback without a valid token.
  const receiver = toNodeHandler(Toku.webhookHandler({
    secret: callbackSecret,
    onEvent: (event) => { for (const send of listeners) send(JSON.stringify(event.raw)); },
  }));
  const proxy = toNodeHandler(createProxyHandler({
    ivrsolutions: { apiKey: partnerKey, baseUrl: sandboxUrl },
    toku: { baseUrl: `${sandboxUrl}/toku`, apiKey: tokuKey, lineOfBusinessId: '11111388', callbackSecret },
    allow: ALLOW,
    // A real portal checks its own session here (e.g. the operator may touch only their clients).
    authorize: ({ request }) => request.headers.get('x-portal-session') === 'operator-1',
    basePath: '/api/tp',
  }));
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/api/tp/')) return proxy(req, res);
    if (url.pathname === '/webhooks/toku') return receiver(req, res);
    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = (data) => res.write(`data: ${data.replace(/\n/g, ' ')}\n\n`);
      listeners.add(send);
      req.on('close', () => listeners.delete(send));
      return;
    }
    const file = url.pathname === '/' ? path.join(here, 'index.html')
      : url.pathname.startsWith('/pkg/') ? path.join(pkg, url.pathname.slice(5))
      : path.join(here, url.pathname);
    if (!file.startsWith(here) && !file.startsWith(pkg)) { res.writeHead(404).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const close = () => { server.closeAllConnections(); server.close(); };
  return { url: `http://127.0.0.1:${server.address().port}`, close, partnerKey };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portal = await startPortal({ sandboxUrl: process.env.SANDBOX_URL ?? 'http://127.0.0.1:4010', port: Number(process.env.PORT ?? 8080) });
  console.log(`portal: ${portal.url}`);
}
