// The single-API entries, compiled by tsc --strict with the default lib (TypeScript 5.9
// and 7; nodenext and bundler): each has its own types, and only its own API.
import initToku, { Toku, isTelepartnerError, type TokuResponse, type CallSession } from 'telepartner/toku';
import { RhysTalk, type RhysTalkReply, type GetBalanceResponse } from 'telepartner/rhystalk';
import { IvrSolutions, OnboardingSession, type IvrResponse, type JsonValue } from 'telepartner/ivrsolutions';
// @ts-expect-error: telepartner/toku has only Toku
import { IvrSolutions as NotInToku } from 'telepartner/toku';
// @ts-expect-error: maskedCall needs all three APIs (the whole SDK)
import { maskedCall } from 'telepartner/rhystalk';

export async function run(baseUrl: string): Promise<number> {
  await initToku();
  const toku = new Toku({ baseUrl, getToken: async () => 't' });
  const call: Promise<TokuResponse<CallSession>> = toku.createMaskedCall({ a_party_number: '1234', b_party_number: '5678', reference_id: 'r' });
  void call.catch((e: unknown) => isTelepartnerError(e));
  const balance: Promise<RhysTalkReply<GetBalanceResponse>> = new RhysTalk({ token: 't' }).getBalance({ account: '42' });
  void balance.catch(() => undefined);
  const regions: IvrResponse<JsonValue> = await new IvrSolutions({ apiKey: 'k', baseUrl }).didRegions();
  void OnboardingSession;
  void NotInToku;
  void maskedCall;
  return regions.status;
}
