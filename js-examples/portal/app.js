// The portal page: the SDK in proxy mode (no key), talking to this portal's backend.
import init, { IvrSolutions, Toku, maskedCall, isTelepartnerError } from '/pkg/web.js';

await init();
const backend = `${location.origin}/api/tp`;
const session = { 'x-portal-session': 'operator-1' }; // your own session header or cookie
const ivr = new IvrSolutions({ baseUrl: `${backend}/ivrsolutions`, headers: session });
const toku = new Toku({ baseUrl: `${backend}/toku`, headers: session });
const $ = (id) => document.getElementById(id);
const state = {};

function on(id, statusId, action) {
  $(id).addEventListener('click', async () => {
    const out = $(statusId);
    out.classList.remove('error');
    try {
      out.textContent = await action();
    } catch (e) {
      out.classList.add('error');
      out.textContent = isTelepartnerError(e) ? `${e.kind}${e.field ? ` ${e.field}` : ''}: ${e.message}` : String(e);
    }
  });
}

on('register', 'onboarding-status', async () => {
  const { data } = await ivr.register({ name: $('name').value, email: $('email').value, mobile: $('mobile').value, password: crypto.randomUUID(), country_code: '+91' });
  state.request_id = data.request_id;
  return `registered: OTPs sent (request ${data.request_id})`;
});
on('verify-otp', 'onboarding-status', async () => {
  const { data } = await ivr.verifyOtp({ request_id: state.request_id, mobileotp: $('mobileotp').value, emailotp: $('emailotp').value });
  state.temp = data.temp_client_id;
  return `OTPs verified (temp client ${state.temp})`;
});
on('verify-pan', 'onboarding-status', async () => {
  await ivr.verifyPan({ temp_client_id: state.temp, pan: $('pan').value, btype: 'company' });
  return 'PAN verified';
});
on('aadhaar-otp', 'onboarding-status', async () => {
  const { data } = await ivr.aadharOtp({ temp_client_id: state.temp, aadhar_num: $('aadhaar').value });
  state.ref = data.ref;
  return 'Aadhaar OTP sent';
});
on('aadhaar-verify', 'onboarding-status', async () => {
  await ivr.aadharVerify({ temp_client_id: state.temp, otp: $('aadhaar-code').value, ref: state.ref });
  return 'Aadhaar verified';
});
on('skip-gst', 'onboarding-status', async () => { await ivr.skipGst({ temp_client_id: state.temp }); return 'GST skipped'; });
on('preview', 'onboarding-status', async () => {
  const { data } = await ivr.previewKyc({ temp_client_id: state.temp });
  return `preview: ${data.name} <${data.email}>, PAN ${data.pan}`;
});
on('accept', 'onboarding-status', async () => {
  const { data } = await ivr.acceptKyc({ temp_client_id: state.temp });
  state.client = data.client_id;
  return `client created: ${state.client}`;
});
on('buy-did', 'provisioning-status', async () => {
  const { data } = await ivr.searchDids({ client_id: state.client, country_code: '+91', pattern: '4310', search_pattern: 'contains' });
  state.did = data.numbers[0];
  await ivr.buyDid({ client_id: state.client, number: state.did, country: 'IN' });
  return `DID bought: ${state.did}`;
});
on('add-agent', 'provisioning-status', async () => {
  const { data } = await ivr.addAgent({ client_id: state.client, name: 'Priya', email: 'priya@acme.com', phonenumber: '9876543210', password: crypto.randomUUID(), extension: '2101', did_num: state.did });
  return `agent added: ${data.agent_id}`;
});
on('map-flow', 'provisioning-status', async () => {
  const { data } = await ivr.createBasicFlow({ client_id: state.client, flow_name: 'Support', agent_ext: '2101' });
  await ivr.mapFlowDid({ client_id: state.client, flow_id: data.flow_id, did_no: state.did });
  return `flow ${data.flow_id} mapped to ${state.did}`;
});
on('top-up', 'billing-status', async () => {
  await ivr.addClientCredits({ client_id: state.client, credit: $('credit').value });
  const { data } = await ivr.walletBalance({ client_id: state.client });
  return `balance: ${data.balance} ${data.currency}`;
});
on('contact', 'masking-status', async () => {
  const events = new EventSource('/api/events');
  events.onmessage = (m) => {
    const e = Toku.parseCallEvent(m.data);
    const li = document.createElement('li');
    li.textContent = `${e.call_status}${e.call_duration ? ` (${e.call_duration}s)` : ''}`;
    $('events').append(li);
    if (e.call_status === 'DISCONNECT' || e.call_status === 'FAILED') events.close();
  };
  const call = await maskedCall({ provider: 'toku', from: '+6591234567', to: '+6598765432', reference: `ride-${Date.now()}`, webhookUrl: `${location.origin}/webhooks/toku` }, toku);
  return `calling the driver (session ${call.id})`;
});
window.__ready = true;
