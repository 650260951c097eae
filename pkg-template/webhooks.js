// Toku call-event webhooks, protected by the SDK: Toku does not sign its callbacks, so
// when a call is placed with `callbackSecret`, the SDK puts a token into the callback
// URL (an HMAC-SHA256 of the call's reference id and an expiry), and the receiver
// refuses any callback whose token is missing, wrong, for another reference, or
// expired (401, before `onEvent`). Web Crypto only: Node 18+, browsers, Deno, Bun, Workers.

import { BodyRefused, limitsFrom, parseJsonBody, readBody } from './limits.js';

const TOKEN = 'tp_token';
const EXPIRES = 'tp_exp';
const DAY = 86_400;
const MAX_SESSIONS = 10_000;
const encoder = new TextEncoder();
let ErrorClass = Error;

/** A validation error (a `TelepartnerError` once the entry installed it), naming the field. */
function invalid(field, reason) {
  return Object.assign(new ErrorClass(`${field}: ${reason}`), { kind: 'validation', field, reason, retryable: false });
}

function base64url(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function hmac(secret, text) {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return base64url(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

/** Compare in time independent of where the strings differ. */
function sameToken(a, b) {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < b.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function checkSecret(secret) {
  if (typeof secret !== 'string' || secret.length < 16) {
    throw invalid('callbackSecret', 'expected a string of at least 16 characters');
  }
}

/**
 * `url` with a callback token for `referenceId`, valid for `ttlSeconds` (default one day).
 * The secret never leaves the server: only its HMAC goes into the URL.
 */
export async function signCallbackUrl(url, referenceId, secret, ttlSeconds = DAY) {
  checkSecret(secret);
  const u = typeof url === 'string' && URL.canParse(url) ? new URL(url) : undefined;
  if (!u || !/^https?:$/.test(u.protocol)) throw invalid('call_event_webhook_url', 'expected an absolute http(s) URL');
  if (typeof ttlSeconds !== 'number' || !(ttlSeconds >= 1) || ttlSeconds === Infinity) {
    throw invalid('callbackTtlSeconds', 'expected a number of seconds, at least 1');
  }
  const exp = Math.floor(Date.now() / 1000) + Math.floor(ttlSeconds);
  u.searchParams.set(EXPIRES, String(exp));
  u.searchParams.set(TOKEN, await hmac(secret, `${referenceId}.${exp}`));
  return u.toString();
}

/** The callback token and its expiry (seconds) from a callback URL's query. */
function tokenOf(url) {
  const params = new URL(url).searchParams;
  return { token: params.get(TOKEN), exp: Number(params.get(EXPIRES)) };
}

function answer(status, message) {
  return new Response(message === undefined ? null : JSON.stringify({ message }), {
    status,
    headers: message === undefined ? {} : { 'content-type': 'application/json' },
  });
}

/**
 * A Fetch-API handler `(Request) => Promise<Response>` for Toku's call events. With a
 * `secret` it authenticates first: a callback whose URL has no token, or an expired
 * one, gets 401 before its body is read; otherwise it reads the body (under the
 * limits), takes only the reference id the token was made for, and verifies the
 * token: any mismatch, or a body without a reference id, is 401. Only then is the
 * event parsed and validated (400), folded into its session, and `onEvent(event,
 * session)` called; the answer is 201 as the collection documents. Bodies are capped
 * (`maxBodyBytes`, default 1 MiB: 413), must arrive within `readTimeoutMs` (default
 * 10 s: 408) and nest at most `maxJsonDepth` levels (default 64: 400).
 */
export function webhookHandlerWith(Toku, options = {}) {
  const { onEvent, secret, now = () => Date.now() } = options;
  if (secret !== undefined) checkSecret(secret);
  const limits = limitsFrom(options, 'webhookHandler');
  const sessions = new Map();
  /** What is refused before the body is read: a method other than POST, and (with a
   * secret) a URL without a token or with an expired one. */
  function early(method, url) {
    if (method !== 'POST') return answer(405, 'call events are POSTed');
    if (secret === undefined) return undefined;
    const { token, exp } = tokenOf(url);
    if (!token || !Number.isSafeInteger(exp) || exp * 1000 <= now()) return answer(401, 'invalid callback token');
    return undefined;
  }
  async function handler(request) {
    const refused = early(request.method, request.url);
    if (refused) {
      request.body?.cancel().catch(() => {});
      return refused;
    }
    let text;
    try {
      if (secret !== undefined) {
        const { token, exp } = tokenOf(request.url);
        text = await readBody(request, limits);
        let reference;
        try {
          reference = parseJsonBody(text, limits)?.reference_id;
        } catch {
          reference = undefined;
        }
        const ok = typeof reference === 'string' && sameToken(token, await hmac(secret, `${reference}.${exp}`));
        if (!ok) return answer(401, 'invalid callback token');
      } else {
        text = await readBody(request, limits);
        parseJsonBody(text, limits);
      }
    } catch (e) {
      if (e instanceof BodyRefused) return answer(e.status, e.message);
      throw e;
    }
    let event;
    try {
      event = Toku.parseCallEvent(text);
    } catch {
      return answer(400, 'not a call event');
    }
    const events = sessions.get(event.session_id) ?? [];
    events.push(event);
    sessions.delete(event.session_id);
    sessions.set(event.session_id, events);
    if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value);
    const session = Toku.foldCallEvents(events);
    if (onEvent) await onEvent(event, session);
    return answer(201);
  }
  // toNodeHandler refuses what `early` refuses before it reads a byte, and applies the
  // same limits before it buffers anything.
  Object.defineProperty(handler, 'limits', { value: limits });
  Object.defineProperty(handler, 'early', { value: early });
  return handler;
}

/**
 * Add `Toku.webhookHandler`, and the `callbackSecret` call option to every operation of
 * `table` (`operations()`) marked `signedCallback`.
 */
export function installWebhooks(Toku, TelepartnerError, table) {
  ErrorClass = TelepartnerError ?? Error;
  Object.defineProperty(Toku, 'webhookHandler', {
    value: (options) => webhookHandlerWith(Toku, options),
    writable: true,
    configurable: true,
  });
  for (const { operation: method } of table.filter((o) => o.api === 'toku' && o.signedCallback)) {
    const placed = Toku.prototype[method];
    Object.defineProperty(Toku.prototype, method, {
      value: async function (params, options) {
        // The caller's objects are read once, here; a getter or Proxy trap that throws is a
        // validation error naming the object (as the wasm reports it), not a foreign exception.
        const read = (field, f) => { try { return f(); } catch { throw invalid(field, 'could not be read (a getter or Proxy trap threw)'); } };
        const signing = read('options', () => (options && options.callbackSecret !== undefined ? { ...options } : undefined));
        if (!signing) return placed.call(this, params, options);
        const { callbackSecret, callbackTtlSeconds, ...callOptions } = signing;
        const { call_event_webhook_url: url, reference_id: reference } = read('params', () => ({ ...params }));
        if (typeof url !== 'string' || typeof reference !== 'string') {
          throw invalid('call_event_webhook_url', 'is required with callbackSecret (signed with reference_id)');
        }
        const signed = await signCallbackUrl(url, reference, callbackSecret, callbackTtlSeconds);
        return placed.call(this, { ...read('params', () => ({ ...params })), call_event_webhook_url: signed }, callOptions);
      },
      writable: true,
      configurable: true,
    });
  }
}
