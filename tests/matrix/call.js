// The one real call every target makes: IVR Solutions didRegions against the sandbox.
export async function call(sdk, sandbox, extra = {}) {
  const ivr = new sdk.IvrSolutions({ apiKey: 'sandbox_partner_key', baseUrl: sandbox, ...extra });
  const reply = await ivr.didRegions();
  if (reply.status !== 200) throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
  // A TelepartnerError, from the same entry.
  try {
    await ivr.verifyPan({ temp_client_id: 't', pan: 'bad', btype: 'company' });
  } catch (e) {
    if (!(e instanceof sdk.TelepartnerError) || e.field !== 'pan') throw new Error(`not a TelepartnerError: ${e}`);
    return `ok ${Array.isArray(reply.data) ? reply.data.length : typeof reply.data}`;
  }
  throw new Error('bad PAN was not refused');
}
