// The error class of every telepartner failure. Written in JS so that it is a
// real Error subclass; the wasm module builds its errors with it.

/** Every failure of a telepartner call. */
export class TelepartnerError extends Error {
  constructor(message) {
    super(message);
    this.name = 'TelepartnerError';
  }
}

/** True for any error thrown by telepartner. */
export function isTelepartnerError(e) {
  return e instanceof TelepartnerError;
}

const kindGuard = (...kinds) => (e) => e instanceof TelepartnerError && kinds.includes(e.kind);

/** Bad params or options, rejected before anything was sent. */
export const isValidationError = kindGuard('validation', 'config');
/** Any error reply from the API (including auth, not_found, rate_limit, server). */
export const isApiError = kindGuard('api', 'auth', 'not_found', 'rate_limit', 'server');
/** 401/403: the partner key or token was refused. */
export const isAuthError = kindGuard('auth');
/** 404 from the API. */
export const isNotFoundError = kindGuard('not_found');
/** 429 from the API. */
export const isRateLimitError = kindGuard('rate_limit');
/** 5xx from the API. */
export const isServerError = kindGuard('server');
/** The call timed out. */
export const isTimeoutError = kindGuard('timeout');
/** The caller aborted the call. */
export const isAbortedError = kindGuard('aborted');
/** The request did not complete (connection, DNS, CORS). */
export const isNetworkError = kindGuard('network');
/** The reply could not be decoded. */
export const isDecodeError = kindGuard('decode');
