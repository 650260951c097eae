// Typed usage, checked by `tsc --strict --noEmit` in `make test`.
import {
  IvrSolutions, TelepartnerError, isValidationError, isApiError, buildRequest,
  type RegisterParams, type IvrResponse, type RegisterData, type JsonValue, type CallOptions,
  type WorkingHours, type ClickConnectParams,
  RhysTalk, type RhysTalkReply, type CreateAccountResponse, type GetBalanceResponse,
  Toku, type TokuCallEvent, type MaskedSession, type Recording, createProxyHandler,
  OnboardingSession, maskedCall, type Snapshot, type Step, type MaskedCallHandle,
} from 'telepartner';

declare const process: { env: Record<string, string | undefined> };

export async function onboard(apiKey: string): Promise<string> {
  const ivr = new IvrSolutions({ apiKey, timeoutMs: 10_000, maxRetries: 2 });
  const params: RegisterParams = {
    name: 'Acme Corp', email: 'ops@acme.com', mobile: '9876543210',
    password: process.env['CLIENT_PASSWORD'] ?? 'SecurePass@123', country_code: '+91',
  };
  const options: CallOptions = { signal: AbortSignal.timeout(15_000) };
  const reg: IvrResponse<RegisterData> = await ivr.register(params, options);
  const requestId: string = reg.data?.request_id ?? '';

  // @ts-expect-error btype must be one of the spec's enum values
  await ivr.verifyPan({ temp_client_id: 'tmp_5521', pan: 'ABCDE1234F', btype: 'llp' });
  // @ts-expect-error status is the string "0" or "1", not a number
  await ivr.updateStatus({ client_id: 'C1', status: 1 });

  const list: IvrResponse<JsonValue> = await ivr.clients();
  const data: JsonValue | undefined = list.data;
  void data;
  const req = buildRequest('ivrsolutions', 'skipGst', { temp_client_id: 'tmp_5521' }, { apiKey });
  const url: string = req.url;
  void url;

  try {
    await ivr.client({ client_id: requestId });
  } catch (e) {
    if (isValidationError(e)) {
      const field: string = e.field;
      console.log(field, e.reason);
    } else if (isApiError(e)) {
      const status: number = e.status;
      console.log(status, e.kind, e.requestId);
    } else if (e instanceof TelepartnerError) {
      console.log(e.kind, e.retryable);
    }
  }
  return requestId;
}

export async function provision(ivr: IvrSolutions, client_id: string): Promise<void> {
  const hours: WorkingHours = { mon: { open: '09:00', close: '18:00' } };
  await ivr.setDidSchedule({ client_id, did_id: '331', timezone: 'Asia/Kolkata', working_hours: hours });
  await ivr.walletTransactions({ client_id, page: 1, limit: 20 });
  // @ts-expect-error page is a number, not a string
  await ivr.walletTransactions({ client_id, page: '1' });
  // @ts-expect-error search_pattern is one of startswith | contains | endswith
  await ivr.searchDids({ client_id, country_code: '+91', pattern: '43', search_pattern: 'regex' });
  const call: ClickConnectParams = {
    did: '+911143104501', from: '+919876543210', to: '+919812345678', reference: 'ride_1',
    wire_names: { from: 'caller' }, extra_fields: { record: '1' },
  };
  await ivr.clickConnect(call);
  const custom: IvrResponse<JsonValue> = await ivr.request('POST', '/partnerclients/new_endpoint', { client_id });
  void custom;
}

export async function rhystalk(getToken: () => Promise<string>): Promise<number> {
  const rt = new RhysTalk({ getToken, correlationIds: true });
  const created: RhysTalkReply<CreateAccountResponse> = await rt.createAccount({ product_id: 'prepaid_uk', requires_pin: false });
  const account = created.data.account_code_12 ?? '';
  const topup = await rt.topup({ account, amount: 10, currency: 'GBP' }, { idempotencyKey: `order-${account}` });
  const key: string | undefined = topup.idempotencyKey;
  void key;
  // @ts-expect-error amount is a number
  await rt.debitBalance({ account, amount: '1.25' });
  const balance: RhysTalkReply<GetBalanceResponse> = await rt.getBalance({ account });
  return balance.data.total_balance;
}

export async function masking(tk: Toku): Promise<MaskedSession> {
  await tk.createMaskedCall({ a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'ride_1', timeout: 60 });
  let rows = 0;
  for await (const row of tk.iterCallList({ limit: 100 }, { maxItems: 500 })) {
    void row;
    rows++;
  }
  void rows;
  // @ts-expect-error dtmf is a number
  await tk.createTtsCall({ called_number: '1', reference_id: 'r', commands: [{ function: 'PlayTTS', message: 'hi', language: 'en', dtmf: '5' }] });
  const rec: Recording = await tk.getRecording({ recordingId: '0567868501' });
  void rec.data.byteLength;
  const event: TokuCallEvent = Toku.parseCallEvent('{"call_status":"SETUP","session_id":"s","result":0}');
  return Toku.foldCallEvents([event]);
}

export function backend(): (request: Request) => Promise<Response> {
  return createProxyHandler({
    ivrsolutions: { apiKey: process.env['IVR_PARTNER_KEY'] ?? '' },
    allow: ['ivrsolutions.verifyPan', 'ivrsolutions.client'],
    authorize: ({ params }) => params['client_id'] === undefined || params['client_id'] === 'CL_mine',
    basePath: '/api/tp',
  });
}

export async function journey(ivr: IvrSolutions, toku: Toku): Promise<string | undefined> {
  const session = new OnboardingSession(ivr, { onChange: (s: Snapshot) => sessionStore.set(JSON.stringify(s)) });
  await session.register({ name: 'Acme', email: 'ops@acme.com', mobile: '9876543210', password: 'x', country_code: '+91' });
  const step: Step = session.step;
  void step;
  const handle: MaskedCallHandle = await maskedCall({ provider: 'toku', from: '+6591234567', to: '+6598765432', reference: 'ride-1' }, toku);
  void handle.note;
  return session.snapshot().client_id;
}
declare const sessionStore: { set(v: string): void };
