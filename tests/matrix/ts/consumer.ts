// Compiled by tsc --strict with the default lib (TypeScript 5.9 and 7; nodenext and bundler).
import init, { IvrSolutions, Toku, RhysTalk, isTelepartnerError, type IvrResponse, type JsonValue, type TokuResponse, type CallSession } from 'telepartner';

export async function run(baseUrl: string): Promise<number> {
  await init();
  const ivr = new IvrSolutions({ apiKey: 'k', baseUrl });
  const regions: IvrResponse<JsonValue> = await ivr.didRegions();
  const toku = new Toku({ baseUrl, getToken: async () => 't' });
  const call: Promise<TokuResponse<CallSession>> = toku.createMaskedCall({ a_party_number: '1234', b_party_number: '5678', reference_id: 'r' });
  void call.catch((e: unknown) => isTelepartnerError(e));
  void new RhysTalk({ token: 't' });
  return regions.status;
}
