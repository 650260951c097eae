// Top up a client's wallet, read the balance, and page through transactions.
//
//   IVR_PARTNER_KEY=... IVR_CLIENT_ID=... node js-examples/node/billing.mjs
//   (make demo runs it against the local mock)
import { IvrSolutions, isTelepartnerError } from 'telepartner';

const apiKey = process.env.IVR_PARTNER_KEY;
const clientId = process.env.IVR_CLIENT_ID ?? 'CLIENTAPIKEY12345';
if (!apiKey) {
  console.error('Set IVR_PARTNER_KEY (your partner API key).');
  process.exit(2);
}
const ivr = new IvrSolutions({ apiKey, baseUrl: process.env.IVR_BASE_URL });

try {
  // A top-up is never retried by the SDK (a retry could credit twice). If it fails
  // with `retryable: false` after reaching the server, check the balance before trying again.
  const topUp = await ivr.addClientCredits({ client_id: clientId, credit: '500', valid_till: '2025-12-31 23:59:59' });
  console.log('top-up:', topUp.message, JSON.stringify(topUp.data));

  const balance = await ivr.walletBalance({ client_id: clientId });
  console.log('balance:', JSON.stringify(balance.data));

  // Pages: page and limit are integers from 1; reads are retried on transient errors.
  const limit = 10;
  for (let page = 1; ; page++) {
    const { data } = await ivr.walletTransactions({ client_id: clientId, page, limit, start_date: '2025-08-01', end_date: '2025-08-31' });
    const rows = data?.transactions ?? [];
    console.log(`page ${page}: ${rows.map((t) => `${t.type} ${t.amount}`).join(', ') || '(empty)'}`);
    if (rows.length < limit) break;
  }
} catch (e) {
  if (isTelepartnerError(e)) console.error(`✗ ${e.kind}${e.status ? ` ${e.status}` : ''}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
  else console.error(e);
  process.exit(1);
}
