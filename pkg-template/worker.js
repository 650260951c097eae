// Cloudflare Workers (workerd) and runtimes that import a .wasm file as a compiled
// module: the module is instantiated synchronously on import (workerd forbids
// compiling wasm from bytes at run time). `init()` resolves at once.
import wasmModule from './web/telepartner_bg.wasm';
import {
  initSync as wasmInitSync, __registerErrorClass, __registerReader, operations, buildRequest, IvrSolutions, RhysTalk, Toku, OnboardingSession,
} from './web/telepartner.js';
import { installMethods, readResponse } from './methods.js';
import { installPaging } from './paging.js';
import { installWebhooks, signCallbackUrl } from './webhooks.js';
import { createProxyHandlerWith } from './proxy.js';
import { TelepartnerError } from './errors.js';

wasmInitSync({ module: wasmModule });
__registerErrorClass(TelepartnerError);
__registerReader(readResponse);
const table = operations();
const classes = { ivrsolutions: IvrSolutions, rhystalk: RhysTalk, toku: Toku, onboarding: OnboardingSession };
installMethods(classes, table);
installPaging(classes, table);
installWebhooks(Toku, TelepartnerError, table);

export { IvrSolutions, RhysTalk, Toku, OnboardingSession, maskedCall, buildRequest, parseResponse, redact, operations } from './web/telepartner.js';
export * from './errors.js';
export { signCallbackUrl } from './webhooks.js';
export { toNodeHandler } from './proxy.js';

/** The backend half of proxy mode, e.g. as a Worker's fetch handler. */
export function createProxyHandler(options) {
  return createProxyHandlerWith({ buildRequest, operations, signCallbackUrl }, options);
}

/** Already initialised: resolves at once (one code path for every runtime). */
export default function init() {
  return Promise.resolve();
}

/** Already initialised: does nothing. */
export function initSync() {}
