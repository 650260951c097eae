// Get a client call-ready: find and buy a DID, add an agent, build a flow, route the DID to it.
//
//   IVR_PARTNER_KEY=... IVR_CLIENT_ID=... node js-examples/node/provisioning.mjs
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
  const regions = await ivr.didRegions();
  console.log('regions:', JSON.stringify(regions.data?.regions ?? regions.data));

  const found = await ivr.searchDids({ client_id: clientId, country_code: '+91', pattern: '4310', search_pattern: 'contains', region: '1' });
  const numbers = found.data?.numbers ?? [];
  const number = numbers[0] ?? '+911143104501';
  console.log(`found ${numbers.length} numbers; buying ${number}`);

  // buyDid is a write: the SDK never retries it, so it cannot buy twice.
  await ivr.buyDid({ client_id: clientId, number, country: 'IN' });

  const agent = await ivr.addAgent({
    client_id: clientId, name: 'Priya Sharma', email: 'priya@acme.com', phonenumber: '9876543210',
    password: process.env.AGENT_PASSWORD ?? 'ChangeMe@123', extension: '2101', is_webrtc: '1', did_num: number,
  });
  console.log('agent:', JSON.stringify(agent.data));

  await ivr.setAgentSchedule({
    client_id: clientId, agent_id: agent.data?.agent_id ?? '4821', timezone: 'Asia/Kolkata',
    working_hours: { mon: { open: '09:00', close: '18:00' }, tue: { open: '09:00', close: '18:00' } },
  });

  const flow = await ivr.createBasicFlow({ client_id: clientId, flow_name: 'Support Flow', agent_ext: '2101', did_no: number });
  const flowId = flow.data?.flow_id ?? '10045';
  await ivr.mapFlowDid({ client_id: clientId, flow_id: flowId, did_no: number });
  console.log(`flow ${flowId} now answers ${number}`);

  const dids = await ivr.clientDids({ client_id: clientId });
  console.log('client DIDs:', JSON.stringify(dids.data));
} catch (e) {
  if (isTelepartnerError(e)) console.error(`✗ ${e.kind}${e.status ? ` ${e.status}` : ''}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
  else console.error(e);
  process.exit(1);
}
