// Toku number masking: bridge a rider and a driver, then print the call's
// events as Toku posts them to our webhook, and the folded session state.
//
//   TOKU_BASE_URL=... TOKU_API_KEY=... TOKU_LOB_ID=... node js-examples/node/masked-call.mjs
//   (make demo runs it against the local mock, which posts SETUP, CONNECT, DISCONNECT)
import http from 'node:http';
import { Toku, maskedCall, toNodeHandler, isTelepartnerError } from 'telepartner';

const { TOKU_BASE_URL: baseUrl, TOKU_API_KEY: apiKey, TOKU_LOB_ID: lineOfBusinessId } = process.env;
if (!baseUrl || !apiKey || !lineOfBusinessId) {
  console.error('Set TOKU_BASE_URL, TOKU_API_KEY and TOKU_LOB_ID.');
  process.exit(2);
}
const toku = new Toku({ baseUrl, apiKey, lineOfBusinessId, userAgent: 'telepartner-example/0.1' });

// Our webhook: Toku POSTs SETUP, CONNECT, DISCONNECT (or FAILED) here. Toku does not sign
// its callbacks, so the call is placed with a callbackSecret: the SDK puts a token into the
// callback URL and the receiver answers 401 to any callback without a valid one.
const callbackSecret = process.env.TOKU_CALLBACK_SECRET ?? `whsec_${crypto.randomUUID()}`;
let done;
let session;
const finished = new Promise((resolve) => { done = resolve; });
const receiver = Toku.webhookHandler({
  secret: callbackSecret,
  onEvent: (event, folded) => {
    session = folded;
    console.log(`  event ${event.call_status.padEnd(10)} connected=${event.call_connected} duration=${event.call_duration}s${event.dtmf ? ` dtmf=${event.dtmf}` : ''}`);
    if (event.call_status === 'DISCONNECT' || event.call_status === 'FAILED') done();
  },
});
const server = http.createServer(toNodeHandler(receiver));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const webhook = process.env.TOKU_WEBHOOK_URL ?? `http://127.0.0.1:${server.address().port}/toku-events`;

try {
  // "Contact the driver": one masked-call request (the same shape works for RhysTalk and IVR Solutions).
  const call = await maskedCall({
    provider: 'toku', from: '+6591234567', to: '+6598765432', reference: `ride-${Date.now()}`,
    ttlSeconds: 60, webhookUrl: webhook,
    extra: { message: { text: 'Connecting you to your driver', voice: 'f', language: 'en' } },
  }, toku, { callbackSecret });
  console.log(`masked call placed: session ${call.id} (${call.note})`);
  const timer = setTimeout(done, 15_000);
  await finished;
  clearTimeout(timer);
  if (!session) throw new Error('no call events arrived');
  // A forged callback (no token) is refused before it reaches onEvent:
  const forged = await fetch(webhook, { method: 'POST', body: JSON.stringify({ call_status: 'DISCONNECT', session_id: session.sessionId, result: 0, reference_id: 'x' }) });
  console.log(`forged callback answered ${forged.status}`);
  console.log(`session ${session.sessionId}: ${session.state}, talked ${session.durationSeconds}s, last dtmf ${session.dtmf ?? '-'}`);
} catch (e) {
  if (isTelepartnerError(e)) console.error(`✗ ${e.kind}${e.status ? ` ${e.status}` : ''}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
  else console.error(e);
  process.exitCode = 1;
} finally {
  server.close();
}
