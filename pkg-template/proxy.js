// createProxyHandler: the backend half of proxy mode. A browser client with no key
// (baseUrl = this handler) calls it; the handler checks the operation against an
// allow-list, runs your authorize callback, validates the params with the SDK's own
// (Rust) rules, attaches the key, forwards, and returns the reply. The key never
// reaches the browser, a log line or an error body.

import { BodyRefused, declaredTooLarge, limitsFrom, parseJsonBody, readBody, tooLarge, tooSlow } from './limits.js';

const FORWARD = ['content-type', 'retry-after', 'x-request-id', 'x-correlation-id', 'x-transaction-id'];

function reply(status, body, headers = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** An error every SDK client decodes: `{ status, message, code, field?, reason? }`. */
function refuse(status, code, message, extra = {}) {
  return reply(status, { status, message, code, ...extra });
}

function matchPath(template, path) {
  const t = template.split('/');
  const p = path.split('/');
  if (t.length !== p.length) return null;
  const params = {};
  for (let i = 0; i < t.length; i++) {
    const m = /^\{(.+)\}$/.exec(t[i]);
    if (m) params[m[1]] = decodeURIComponent(p[i]);
    else if (t[i] !== p[i]) return null;
  }
  return params;
}

/** Query, form and path values arrive as strings: give the fields the registry
 * declares as integer, number or boolean their JSON type (JSON bodies are left as
 * sent: a string there is the caller's mistake, which validation reports). */
function retype(entry, params) {
  const typed = { ...params };
  for (const f of entry.fields) {
    const v = typed[f.name];
    if (typeof v !== 'string') continue;
    if ((f.kind === 'integer' || f.kind === 'number') && v.trim() !== '' && Number.isFinite(Number(v))) typed[f.name] = Number(v);
    else if (f.kind === 'boolean' && (v === 'true' || v === 'false')) typed[f.name] = v === 'true';
  }
  return typed;
}

/** `exp` (ms) of a JWT, if it is one. */
function jwtExpMs(token) {
  try {
    const b64 = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const exp = JSON.parse(atob(b64)).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** A `getToken` cached until a minute before its JWT `exp` (5 minutes if it is not a JWT);
 * concurrent requests share one call. `stale`: a token the API refused. */
function tokenCache(getToken) {
  let token;
  let until = 0;
  let pending;
  return (stale) => {
    if (stale !== undefined && token !== stale && token !== undefined && Date.now() < until) return Promise.resolve(token);
    if (stale === undefined && token !== undefined && Date.now() < until) return Promise.resolve(token);
    pending ??= Promise.resolve()
      .then(() => getToken())
      .then((t) => {
        if (typeof t !== 'string' || t === '') throw new Error('getToken did not return a token');
        token = t;
        until = (jwtExpMs(t) ?? Date.now() + 360_000) - 60_000;
        return t;
      })
      .finally(() => { pending = undefined; });
    return pending;
  };
}

/** Each API's options (the client's, plus what only the proxy takes). */
/** Each API's client options a proxy (and the command line) may set. */
export const API_OPTIONS = {
  ivrsolutions: ['apiKey', 'baseUrl'],
  rhystalk: ['token', 'getToken', 'baseUrl'],
  toku: ['baseUrl', 'apiKey', 'lineOfBusinessId', 'token', 'getToken', 'userAgent', 'callbackSecret', 'callbackTtlSeconds'],
};
const OPTIONS = ['allow', 'authorize', 'basePath', 'fetch', 'maxBodyBytes', 'readTimeoutMs', 'maxJsonDepth', ...Object.keys(API_OPTIONS)];

/** Unknown keys are refused, naming the option and that API's own list. */
function checkOptions(options) {
  const unknown = (where, value, known) => {
    const key = Object.keys(value).find((k) => !known.includes(k));
    if (key !== undefined) {
      throw new TypeError(`createProxyHandler: ${where}${String(key).slice(0, 64)}: is not a known option (expected one of ${known.join(', ')})`);
    }
  };
  unknown('options.', options, OPTIONS);
  for (const [api, known] of Object.entries(API_OPTIONS)) {
    const config = options[api];
    if (config === undefined) continue;
    if (typeof config !== 'object' || config === null) throw new TypeError(`createProxyHandler: options.${api}: expected an object`);
    unknown(`options.${api}.`, config, known);
  }
}

/**
 * Build the handler. `deps` are the SDK's `buildRequest` and `operations`.
 * options: { ivrsolutions?: { apiKey, baseUrl? }, rhystalk?: { token | getToken, baseUrl? },
 *   (getToken: cached to its JWT exp, shared by concurrent requests, refreshed once on a 401)
 *   toku?: { baseUrl, apiKey?, lineOfBusinessId?, token? | getToken?, userAgent?, callbackSecret?, callbackTtlSeconds? },
 *   allow: string[] ("ivrsolutions.verifyPan" or "verifyPan") | (api, operation) => boolean,
 *   authorize?: ({ api, operation, params, request }) => boolean | Promise<boolean>,
 *   basePath?: string, fetch?: typeof fetch }
 */
export function createProxyHandlerWith({ buildRequest, operations, signCallbackUrl }, options) {
  checkOptions(options ?? {});
  const { allow, authorize, basePath = '', fetch: upstream = globalThis.fetch } = options ?? {};
  const limits = limitsFrom(options, 'createProxyHandler');
  const apis = { ivrsolutions: options?.ivrsolutions, rhystalk: options?.rhystalk, toku: options?.toku };
  const table = operations();
  for (const [api, config] of Object.entries(apis)) {
    if (config && !table.some((o) => o.api === api)) {
      throw new TypeError(`createProxyHandler: options.${api}: this entry has no ${api} (use 'telepartner' or 'telepartner/${api}')`);
    }
  }
  const tokens = {};
  for (const [api, config] of Object.entries(apis)) {
    if (typeof config?.getToken === 'function') tokens[api] = tokenCache(config.getToken);
  }
  const allowed = typeof allow === 'function' ? allow : (api, op) => Array.isArray(allow) && (allow.includes(`${api}.${op}`) || allow.includes(op));

  async function handler(request) {
    try {
      const url = new URL(request.url);
      let pathname = url.pathname;
      if (basePath && pathname.startsWith(basePath)) pathname = pathname.slice(basePath.length);
      const [, api, ...rest] = pathname.split('/');
      const apiPath = `/${rest.join('/')}`;
      if (!apis[api]) return refuse(404, 'unknown_api', `no API is proxied at /${api ?? ''}`);
      let found = null;
      for (const e of table) {
        if (e.api !== api || e.method !== request.method) continue;
        const pathParams = matchPath(e.path, apiPath);
        if (pathParams) { found = { entry: e, operation: e.operation, pathParams }; break; }
      }
      if (!found) return refuse(404, 'unknown_operation', `${request.method} ${apiPath} is not an operation of ${api}`);
      const { entry, operation, pathParams } = found;
      if (!allowed(api, operation)) return refuse(403, 'operation_not_allowed', `${api}.${operation} is not allowed here`);

      let params = retype(entry, { ...Object.fromEntries(url.searchParams), ...pathParams });
      if (request.method !== 'GET') {
        const type = request.headers.get('content-type') ?? '';
        let text;
        let body;
        try {
          text = await readBody(request, limits);
          if (!type.includes('application/x-www-form-urlencoded')) body = text ? parseJsonBody(text, limits) : {};
        } catch (e) {
          if (e instanceof BodyRefused) return refuse(e.status, e.code, e.message);
          throw e;
        }
        if (type.includes('application/x-www-form-urlencoded')) {
          params = { ...retype(entry, Object.fromEntries(new URLSearchParams(text))), ...params };
        } else {
          if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, 'invalid_json', 'the request body must be a JSON object');
          params = { ...body, ...retype(entry, pathParams) };
        }
      }
      if (authorize && !(await authorize({ api, operation, params, request }))) {
        return refuse(403, 'denied', `not authorized to call ${api}.${operation}`);
      }
      const config = { ...apis[api] };
      delete config.getToken;
      const { callbackSecret, callbackTtlSeconds } = config;
      delete config.callbackSecret;
      delete config.callbackTtlSeconds;
      if (callbackSecret && entry.signedCallback && typeof params.call_event_webhook_url === 'string') {
        // The page never holds the secret: the callback URL is signed here.
        params = { ...params, call_event_webhook_url: await signCallbackUrl(params.call_event_webhook_url, String(params.reference_id), callbackSecret, callbackTtlSeconds) };
      }
      const send = async (stale) => {
        if (tokens[api]) {
          config.token = await tokens[api](stale).catch(() => { throw Object.assign(new Error('getToken failed'), { kind: 'config' }); });
        }
        const built = buildRequest(api, operation, params, config);
        const headers = { ...built.headers };
        for (const h of ['idempotency-key', 'x-correlation-id']) {
          const v = request.headers.get(h);
          if (v) headers[h] = v; // the caller's key: its retries must replay, not repeat
        }
        return upstream(built.url, { method: built.method, headers, body: built.body });
      };
      let res;
      try {
        res = await send();
        // An expired token: one new token (shared), one more try.
        if (res.status === 401 && tokens[api]) res = await send(config.token);
      } catch (e) {
        if (e && (e.kind === 'validation')) return refuse(400, 'invalid_params', e.message, { field: e.field, reason: e.reason });
        if (e && e.kind) return refuse(500, 'proxy_misconfigured', `the proxy's ${api} settings are incomplete`);
        throw e;
      }
      const out = {};
      for (const h of FORWARD) {
        const v = res.headers.get(h);
        if (v) out[h] = v;
      }
      return new Response(await res.arrayBuffer(), { status: res.status, headers: out });
    } catch {
      return refuse(502, 'upstream_failed', 'the proxied API could not be reached');
    }
  }
  // toNodeHandler applies the same limits before it buffers anything.
  Object.defineProperty(handler, 'limits', { value: limits });
  return handler;
}

/**
 * Adapt a `(Request) => Promise<Response>` handler to Node's `(req, res)`. The body is
 * read under the handler's limits (`createProxyHandler` / `webhookHandler` options, or
 * `options` here; default 1 MiB and 10 s): a `Content-Length` past the cap gets 413
 * before a byte is read, a stream that passes it 413 at once, a body that does not
 * end in time 408; then the connection is closed and nothing more is read.
 */
export function toNodeHandler(handler, options) {
  const limits = limitsFrom(options ?? handler.limits, 'toNodeHandler');
  // The reply goes out with `connection: close`; what the client still sends is
  // discarded (never buffered) until it reads the reply, at most a second.
  const refuseNode = (req, res, status, body, headers = { 'content-type': 'application/json' }) => {
    if (res.headersSent) return req.destroy();
    res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body), connection: 'close' });
    res.end(body, () => setTimeout(() => req.socket?.destroy(), 1000).unref());
  };
  const readNode = (req) => new Promise((resolve, reject) => {
    if (declaredTooLarge(req.headers['content-length'], limits)) return reject(tooLarge(limits.maxBodyBytes));
    const chunks = [];
    let total = 0;
    const done = (err, value) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
      if (err) { req.pause(); reject(err); } else resolve(value);
    };
    const onData = (c) => {
      total += c.length;
      if (total > limits.maxBodyBytes) return done(tooLarge(limits.maxBodyBytes));
      chunks.push(c);
    };
    const onEnd = () => done(null, chunks.length ? Buffer.concat(chunks) : undefined);
    const onError = () => done(new BodyRefused(400, 'body_unreadable', 'the request body could not be read'));
    const timer = setTimeout(() => done(tooSlow(limits.readTimeoutMs)), limits.readTimeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
  return async (req, res) => {
    const url = `http://${req.headers.host ?? 'localhost'}${req.url}`;
    const early = handler.early?.(req.method, url);
    if (early) {
      return refuseNode(req, res, early.status, await early.text(), Object.fromEntries(early.headers));
    }
    let body;
    try {
      body = await readNode(req);
    } catch (e) {
      const status = e.status ?? 400;
      return refuseNode(req, res, status, JSON.stringify({ status, message: e.message, code: e.code ?? 'body_unreadable' }));
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const response = await handler(new Request(url, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}
