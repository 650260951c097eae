// Typed replies, read with no cast and no `any` (checked by `tsc --strict` in `make test`):
// the types come from the API documents (Toku's collection, RhysTalk's schemas).
import {
  Toku, RhysTalk, IvrSolutions,
  type TokuResponse, type CallSession, type OtpVerification, type CallListRow, type PageMeta,
  type RhysTalkReply, type BalanceMutationResponse, type TokuCallEvent, type Id,
} from 'telepartner';

export async function maskedCallSession(toku: Toku): Promise<string> {
  const call: TokuResponse<CallSession> = await toku.createMaskedCall({
    a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'ride_42',
  });
  const session: string | undefined = call.data?.session_id;
  return session ?? '';
}

export async function otpVerified(toku: Toku): Promise<boolean> {
  const reply = await toku.verifyOtp({ recipient: 'agent1', otp_code: '123456' });
  const verification: OtpVerification | undefined = reply.data;
  return verification?.verified === true;
}

export async function reportPage(toku: Toku): Promise<number> {
  const page = await toku.getCallList({ limit: 10, offset: 0 });
  const rows: CallListRow[] = page.data ?? [];
  const meta: PageMeta | undefined = page.meta;
  const seconds: number = rows.reduce((sum, row) => sum + (row.ivr_duration ?? 0), 0);
  const total: number | undefined = meta?.total_records;
  for await (const row of toku.iterCallList({ call_status: 'answered' }, { maxItems: 50 })) {
    const phone: string | undefined = row.phone_no; // rows are typed too
    void phone;
  }
  return total ?? seconds;
}

export async function topUp(rhys: RhysTalk): Promise<number> {
  const reply: RhysTalkReply<BalanceMutationResponse> = await rhys.topup(
    { account: '123456789012', amount: 10, currency: 'GBP', product_id: 'prepaid_uk' },
    { idempotencyKey: 'order-7781' },
  );
  const after: number | undefined = reply.data.balance_after;
  const id: Id | undefined = reply.data.id; // number | string: never a rounded id
  void id;
  return after ?? 0;
}

export async function walletTransactions(ivr: IvrSolutions): Promise<number> {
  let n = 0;
  for await (const tx of ivr.iterWalletTransactions({ client_id: 'C1' }, { maxItems: 100 })) {
    void tx;
    n++;
  }
  return n;
}

export function callEvent(e: TokuCallEvent): string {
  const gmt: number | undefined = e.gmt; // 5.5 for India
  const label: string | undefined = e.direction_label;
  return `${e.call_status} ${label ?? ''} ${gmt ?? 0}`;
}
