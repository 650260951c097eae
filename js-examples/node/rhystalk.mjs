// RhysTalk: create an account, top it up twice with the same Idempotency-Key
// (one effect), and set up a masked-call number translation.
//
//   RHYSTALK_TOKEN=<Cognito ID token> node js-examples/node/rhystalk.mjs
//   (make demo runs it against the local mock)
import { RhysTalk, isTelepartnerError } from 'telepartner';

const token = process.env.RHYSTALK_TOKEN;
if (!token) {
  console.error('Set RHYSTALK_TOKEN (a Cognito ID token), or use getToken in your own code.');
  process.exit(2);
}
const rt = new RhysTalk({ token, baseUrl: process.env.RHYSTALK_BASE_URL, correlationIds: true });

try {
  const created = await rt.createAccount({ product_id: 'prepaid_uk', initial_balance: 0, requires_pin: false, external_user_id: '+441234567890' });
  const account = created.data.account_code_12;
  console.log(`created account ${account} (HTTP ${created.status}, key ${created.idempotencyKey})`);

  // A retry after a timeout must not credit twice: reuse the key of the first attempt.
  const key = `topup-${account}-order-7781`;
  const first = await rt.topup({ account, amount: 10, currency: 'GBP' }, { idempotencyKey: key });
  const again = await rt.topup({ account, amount: 10, currency: 'GBP' }, { idempotencyKey: key });
  console.log(`topup #1: ${first.data.balance_before} -> ${first.data.balance_after} (transaction ${first.transactionId})`);
  console.log(`topup #2, same key: ${again.data.balance_before} -> ${again.data.balance_after} (replayed, transaction ${again.transactionId})`);

  const balance = await rt.getBalance({ account, currency: 'GBP' });
  console.log(`balance: ${balance.data.total_balance} ${balance.data.currency} (one top-up took effect)`);

  const call = await rt.setupCall({
    a_number: '+441234567890', b_number: '+442071234567', access_number: '+442038355820',
    account_number: account, ttl: 300, currency: 'GBP',
  });
  console.log(`masked call set up: ${call.data.message} (id ${call.data.insertId}, correlation ${call.correlationId})`);
} catch (e) {
  if (isTelepartnerError(e)) console.error(`✗ ${e.kind}${e.status ? ` ${e.status}` : ''}${e.code ? ` ${e.code}` : ''}: ${e.message}`);
  else console.error(e);
  process.exit(1);
}
