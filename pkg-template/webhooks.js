// Toku call-event webhooks, protected by the SDK: Toku does not sign its callbacks, so
// when a call is placed with `callbackSecret`, the SDK puts a token into the callback
// URL (an HMAC-SHA256 of the call's reference id and an expiry), and the receiver
// refuses any callback whose token is missing, wrong, for another reference, or
// expired (401, before `onEvent`). Web Crypto only: Node 18+, browsers, Deno, Bun, Workers.

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
  const u = new URL(url);
  const exp = Math.floor(Date.now() / 1000) + Math.max(1, Math.floor(ttlSeconds));
  u.searchParams.set(EXPIRES, String(exp));
  u.searchParams.set(TOKEN, await hmac(secret, `${referenceId}.${exp}`));
  return u.toString();
}

function answer(status, message) {
  return new Response(message === undefined ? null : JSON.stringify({ message }), {
    status,
    headers: message === undefined ? {} : { 'content-type': 'application/json' },
  });
}

/**
 * A Fetch-API handler `(Request) => Promise<Response>` for Toku's call events: verifies
 * the callback token (when `secret` is set), parses the event, folds it into its
 * session, calls `onEvent(event, session)`, and answers 201 as the collection documents.
 */
export function webhookHandlerWith(Toku, { onEvent, secret, now = () => Date.now() } = {}) {
  if (secret !== undefined) checkSecret(secret);
  const sessions = new Map();
  return async function handler(request) {
    if (request.method !== 'POST') return answer(405, 'call events are POSTed');
    const text = await request.text();
    let event;
    try {
      event = Toku.parseCallEvent(text);
    } catch {
      return answer(400, 'not a call event');
    }
    if (secret !== undefined) {
      const params = new URL(request.url).searchParams;
      const exp = Number(params.get(EXPIRES));
      const ok = Number.isInteger(exp) && exp * 1000 > now() && typeof event.reference_id === 'string'
        && sameToken(params.get(TOKEN), await hmac(secret, `${event.reference_id}.${exp}`));
      if (!ok) return answer(401, 'invalid callback token');
    }
    const events = sessions.get(event.session_id) ?? [];
    events.push(event);
    sessions.delete(event.session_id);
    sessions.set(event.session_id, events);
    if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value);
    const session = Toku.foldCallEvents(events);
    if (onEvent) await onEvent(event, session);
    return answer(201);
  };
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
        if (!options || options.callbackSecret === undefined) return placed.call(this, params, options);
        const { callbackSecret, callbackTtlSeconds, ...callOptions } = options;
        const url = params?.call_event_webhook_url;
        if (typeof url !== 'string' || typeof params.reference_id !== 'string') {
          throw invalid('call_event_webhook_url', 'is required with callbackSecret (signed with reference_id)');
        }
        const signed = await signCallbackUrl(url, params.reference_id, callbackSecret, callbackTtlSeconds);
        return placed.call(this, { ...params, call_event_webhook_url: signed }, callOptions);
      },
      writable: true,
      configurable: true,
    });
  }
}
