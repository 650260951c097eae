import type { ApiName } from './node/telepartner.js';

/** What `authorize` is told about a call. */
export interface ProxyCall {
  api: ApiName;
  /** The method name, e.g. `verifyPan`. */
  operation: string;
  /** The params as the browser sent them (path params included). */
  params: Record<string, unknown>;
  /** The incoming request (your cookies and headers are here). */
  request: Request;
}

/** Options of `createProxyHandler`. Credentials stay on the server. */
export interface ProxyOptions {
  ivrsolutions?: { apiKey: string; baseUrl?: string };
  rhystalk?: { token?: string; getToken?: () => string | Promise<string>; baseUrl?: string };
  /** `getToken`: cached until shortly before its JWT `exp`, shared by concurrent requests, refreshed once on a 401.
   * `callbackSecret`: the proxy signs the callback URL of `createMaskedCall`, `createTtsCall` and
   * `createMaskingConference` (check it with `Toku.webhookHandler({ secret })`); the page never holds it. */
  toku?: { baseUrl: string; apiKey?: string; lineOfBusinessId?: string; token?: string; getToken?: () => string | Promise<string>; userAgent?: string; callbackSecret?: string; callbackTtlSeconds?: number };
  /** Operations the browser may call: `"ivrsolutions.verifyPan"` or `"verifyPan"`, or a predicate. */
  allow: string[] | ((api: ApiName, operation: string) => boolean);
  /** Your check, e.g. a portal user may only touch their own `client_id`. */
  authorize?: (call: ProxyCall) => boolean | Promise<boolean>;
  /** Where the handler is mounted, e.g. `/api/telepartner`; browsers use `baseUrl: origin + basePath + "/ivrsolutions"`. */
  basePath?: string;
  /** The fetch used upstream (default: global fetch). */
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
}

/** A standard `(Request) => Promise<Response>` handler: Node (via `toNodeHandler`), Express,
 * Next.js route handlers, Workers. Refusals: 404 unknown API or operation, 403 not allowed or
 * denied, 400 bad params (`field`, `reason`) or body; the key never appears in a reply. */
export declare function createProxyHandler(options: ProxyOptions): (request: Request) => Promise<Response>;

/** The parts of Node's `IncomingMessage` the adapter uses (no @types/node needed). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The parts of Node's `ServerResponse` the adapter uses. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body: Uint8Array): unknown;
}

/** Adapt a handler to Node's `http.createServer((req, res) => ...)`. */
export declare function toNodeHandler(handler: (request: Request) => Promise<Response>): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;
