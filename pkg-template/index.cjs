'use strict';
// Node entry (require). The wasm module is loaded synchronously; no init needed.
const wasm = require('./node/telepartner.js');
const errors = require('./errors.cjs');
const { installMethods, readResponse } = require('./methods.cjs');
const { installPaging } = require('./paging.cjs');
const proxy = require('./proxy.cjs');
const webhooks = require('./webhooks.cjs');

wasm.__registerErrorClass(errors.TelepartnerError);
wasm.__registerReader(readResponse);
const table = wasm.operations();
const classes = { ivrsolutions: wasm.IvrSolutions, rhystalk: wasm.RhysTalk, toku: wasm.Toku, onboarding: wasm.OnboardingSession };
installMethods(classes, table);
installPaging(classes, table);
webhooks.installWebhooks(wasm.Toku, errors.TelepartnerError, table);

/** Already initialised on require: resolves at once (one code path for every runtime). */
const init = () => Promise.resolve();

module.exports = {
  init,
  initSync: () => {},
  IvrSolutions: wasm.IvrSolutions,
  RhysTalk: wasm.RhysTalk,
  Toku: wasm.Toku,
  OnboardingSession: wasm.OnboardingSession,
  maskedCall: wasm.maskedCall,
  buildRequest: wasm.buildRequest,
  parseResponse: wasm.parseResponse,
  redact: wasm.redact,
  createProxyHandler: (options) => proxy.createProxyHandlerWith({ ...wasm, signCallbackUrl: webhooks.signCallbackUrl }, options),
  toNodeHandler: proxy.toNodeHandler,
  signCallbackUrl: webhooks.signCallbackUrl,
  operations: wasm.operations,
  ...errors,
};
