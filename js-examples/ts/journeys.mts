// Token providers, the webhook receiver and logs, typed (checked by `tsc --strict` in `make test`).
import { Toku, RhysTalk, signCallbackUrl, redact, toNodeHandler, type WebhookHandlerOptions, type JsonValue } from 'telepartner';

declare function fetchTokuAccessToken(): Promise<string>;

export function clients(): [Toku, RhysTalk] {
  const logs: string[] = [];
  const toku = new Toku({
    baseUrl: 'https://toku.example', apiKey: 'k', lineOfBusinessId: '1',
    getToken: fetchTokuAccessToken,
    logLevel: 'info',
    logger: (level, message, fields) => { logs.push(`${level} ${message} ${JSON.stringify(fields)}`); },
  });
  // @ts-expect-error logLevel is one of the five levels
  void new RhysTalk({ getToken: fetchTokuAccessToken, logLevel: 'verbose' });
  return [toku, new RhysTalk({ getToken: () => 'eyJ...' })];
}

export function receiver(secret: string): (request: Request) => Promise<Response> {
  const options: WebhookHandlerOptions = {
    secret,
    onEvent: async (event, session) => {
      const gmt: number | undefined = event.gmt;
      const state: string = session.state;
      void gmt;
      void state;
    },
  };
  const handler = Toku.webhookHandler(options);
  void toNodeHandler(handler);
  return handler;
}

export async function placeSigned(toku: Toku, secret: string): Promise<string> {
  const url = await signCallbackUrl('https://partner.example/hooks/toku', 'ride-1', secret, 600);
  const call = await toku.createMaskedCall(
    { a_party_number: '6591234567', b_party_number: '6598765432', reference_id: 'ride-1', call_event_webhook_url: 'https://partner.example/hooks/toku' },
    { callbackSecret: secret, callbackTtlSeconds: 600 },
  );
  const masked: JsonValue = redact({ mobile: '9876543210' });
  void masked;
  return `${url} ${call.data?.session_id ?? ''}`;
}
