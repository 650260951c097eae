// Typed usage, checked by `tsc --strict --noEmit` in `make test`.
import {
  IvrSolutions, TelepartnerError, isValidationError, isApiError, buildRequest,
  type RegisterParams, type IvrResponse, type RegisterData, type JsonValue, type CallOptions,
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
  const requestId: string = reg.data.request_id;

  // @ts-expect-error btype must be one of the spec's enum values
  await ivr.verifyPan({ temp_client_id: 'tmp_5521', pan: 'ABCDE1234F', btype: 'llp' });
  // @ts-expect-error status is the string "0" or "1", not a number
  await ivr.updateStatus({ client_id: 'C1', status: 1 });

  const list: IvrResponse<JsonValue> = await ivr.clients();
  const data: JsonValue = list.data;
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
