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

/** What a handler reads from a stranger, at most (the webhook receiver takes the same options). */
export interface BodyLimits {
  /** Bytes of request body, checked while it streams in (Content-Length or chunked); past it: 413
   * and nothing more is read. Default 1048576 (1 MiB). */
  maxBodyBytes?: number;
  /** Milliseconds for the whole body to arrive; past it: 408. Default 10000. */
  readTimeoutMs?: number;
  /** Nesting of JSON arrays and objects in a body; deeper: 400. Default 64. */
  maxJsonDepth?: number;
}

/** Options of `createProxyHandler`. Credentials stay on the server. Unknown keys, here or
 * under an API, are a TypeError naming the key and that API's options. */
export interface ProxyOptions extends BodyLimits {
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
 * denied, 400 bad params (`field`, `reason`) or body, 413 body too large, 408 body too slow;
 * the key never appears in a reply. */
export declare function createProxyHandler(options: ProxyOptions): (request: Request) => Promise<Response>;

/** The parts of Node's `IncomingMessage` the adapter uses (no @types/node needed). */
export interface NodeRequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  pause(): unknown;
  destroy(): unknown;
  socket?: { destroy(): unknown } | null;
}

/** The parts of Node's `ServerResponse` the adapter uses. */
export interface NodeResponseLike {
  headersSent?: boolean;
  writeHead(status: number, headers: Record<string, string | number>): unknown;
  end(body: Uint8Array | string, callback?: () => void): unknown;
}

/** Adapt a handler to Node's `http.createServer((req, res) => ...)`. The body is read under the
 * handler's own limits (or `limits`): a Content-Length past the cap gets 413 before a byte is read,
 * a stream past it 413 at once, a body that does not end in time 408; the connection is closed. */
export declare function toNodeHandler(handler: (request: Request) => Promise<Response>, limits?: BodyLimits): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;
