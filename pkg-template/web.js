// Browser / bundler entry. Call `await init()` once before using the SDK.
import wasmInit, { initSync as wasmInitSync, __registerErrorClass, __registerReader, operations, IvrSolutions, RhysTalk, Toku, OnboardingSession } from './web/telepartner.js';
import { installMethods, readResponse } from './methods.js';
import { installPaging } from './paging.js';
import { TelepartnerError } from './errors.js';
import { installWebhooks } from './webhooks.js';

export { IvrSolutions, RhysTalk, Toku, OnboardingSession, maskedCall, buildRequest, parseResponse, redact, operations } from './web/telepartner.js';

export * from './errors.js';
export { signCallbackUrl } from './webhooks.js';


let ready;

/**
 * Load and instantiate the WebAssembly module (once; later calls return the same promise).
 * `input` is optional: by default the .wasm file next to this module is fetched.
 */
export default function init(input) {
  ready ??= wasmInit(input === undefined ? undefined : { module_or_path: input }).then(finish);
  return ready;
}

let done = false;
function finish() {
  if (done) return;
  done = true;
  __registerErrorClass(TelepartnerError);
  __registerReader(readResponse);
  const table = operations();
  const classes = { ivrsolutions: IvrSolutions, rhystalk: RhysTalk, toku: Toku, onboarding: OnboardingSession };
  installMethods(classes, table);
  installPaging(classes, table);
  installWebhooks(Toku, TelepartnerError, table);
}

/**
 * Instantiate synchronously from a compiled `WebAssembly.Module` or the wasm bytes
 * (workers that import the .wasm themselves; `telepartner/wasm` is the file).
 */
export function initSync(module) {
  wasmInitSync({ module });
  finish();
  ready ??= Promise.resolve();
}
