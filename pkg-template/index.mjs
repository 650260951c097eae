// Node entry (import): the same instance as the require entry.
import cjs from './index.cjs';

export const {
  init, initSync,
  IvrSolutions, RhysTalk, Toku, OnboardingSession, maskedCall, buildRequest, parseResponse, redact, operations, createProxyHandler, toNodeHandler, signCallbackUrl,
  TelepartnerError, isTelepartnerError, isValidationError, isApiError, isAuthError,
  isNotFoundError, isRateLimitError, isServerError, isTimeoutError, isAbortedError,
  isNetworkError, isDecodeError,
} = cjs;
/** Node: already initialised; resolves at once, so browser-style `await init()` works here too. */
export default cjs.init;
