// Onboard a client end to end with the IVR Solutions partner API.
//
//   IVR_PARTNER_KEY=... node js-examples/node/onboard.mjs             # production
//   IVR_BASE_URL=http://127.0.0.1:4010 IVR_PARTNER_KEY=demo node ...  # the local mock (make demo)
import { IvrSolutions, buildRequest, isTelepartnerError } from 'telepartner';

const apiKey = process.env.IVR_PARTNER_KEY;
if (!apiKey) {
  console.error('Set IVR_PARTNER_KEY (your partner API key).');
  process.exit(2);
}
const baseUrl = process.env.IVR_BASE_URL; // undefined -> https://api.ivrsolutions.in
const ivr = new IvrSolutions({ apiKey, baseUrl, timeoutMs: 10_000 });

/** Print a step: the request the SDK sends (credentials and secrets masked) and the reply. */
async function step(name, method, params, secretFields = []) {
  const req = buildRequest('ivrsolutions', method, params, { apiKey, baseUrl });
  const body = req.body ? JSON.parse(req.body) : undefined;
  for (const f of secretFields) if (body?.[f]) body[f] = '•••';
  console.log(`\n▶ ${name}\n  ${req.method} ${req.url}\n  authorization: Bearer •••${body ? `\n  body: ${JSON.stringify(body)}` : ''}`);
  const reply = await ivr[method](params);
  console.log(`  ← ${reply.status} ${reply.message} ${JSON.stringify(reply.data)}`);
  return reply;
}

try {
  const reg = await step('1. register', 'register', {
    name: 'Acme Corp', email: 'ops@acme.com', mobile: '9876543210',
    password: 'SecurePass@123', country_code: '+91',
  }, ['password']);
  const requestId = reg.data.request_id;
  const otp = await step('2. verify OTPs', 'verifyOtp', { request_id: requestId, mobileotp: '123456', emailotp: '654321' }, ['mobileotp', 'emailotp']);
  const temp = (otp.data && typeof otp.data === 'object' && !Array.isArray(otp.data) && otp.data.temp_client_id) || 'tmp_5521';
  await step('3a. verify PAN', 'verifyPan', { temp_client_id: temp, pan: 'ABCDE1234F', btype: 'company' });
  const aad = await step('3b. Aadhaar OTP', 'aadharOtp', { temp_client_id: temp, aadhar_num: '123412341234' }, ['aadhar_num']);
  const ref = (aad.data && aad.data.ref) || 'ref_99812';
  await step('3c. verify Aadhaar OTP', 'aadharVerify', { temp_client_id: temp, otp: '123456', ref }, ['otp']);
  await step('3d. verify GST', 'verifyGst', { temp_client_id: temp, gst_num: '29ABCDE1234F1ZW' });
  await step('4. preview KYC', 'previewKyc', { temp_client_id: temp });
  const accepted = await step('5. accept KYC', 'acceptKyc', { temp_client_id: temp, signature: 'data:image/png;base64,iVBORw0K...' });
  const clientId = accepted.data?.client_id ?? 'CLIENTAPIKEY12345';
  await step('6. read the client back', 'client', { client_id: clientId });
  await step('7. activate it', 'updateStatus', { client_id: clientId, status: '1' });

  // Bad input never leaves the machine:
  try {
    await ivr.verifyGst({ temp_client_id: temp, gst_num: '29ABCDE1234F1Z5' });
  } catch (e) {
    if (!isTelepartnerError(e)) throw e;
    console.log(`\n✗ rejected locally (${e.kind}): ${e.field}: ${e.reason}`);
  }
  console.log(`\nOnboarding complete: client_id=${clientId}`);
} catch (e) {
  if (isTelepartnerError(e)) console.error(`\n✗ ${e.kind}${e.status ? ` ${e.status}` : ''}: ${e.message}`);
  else console.error(e);
  process.exit(1);
}
