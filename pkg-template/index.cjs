'use strict';
// Node entry (require). The wasm module is loaded synchronously; no init needed.
const wasm = require('./node/telepartner.js');
const errors = require('./errors.cjs');
const { installPaging } = require('./paging.cjs');
const proxy = require('./proxy.cjs');

wasm.__registerErrorClass(errors.TelepartnerError);
installPaging({ ivrsolutions: wasm.IvrSolutions, rhystalk: wasm.RhysTalk, toku: wasm.Toku }, wasm.operations());

module.exports = {
  IvrSolutions: wasm.IvrSolutions,
  RhysTalk: wasm.RhysTalk,
  Toku: wasm.Toku,
  OnboardingSession: wasm.OnboardingSession,
  maskedCall: wasm.maskedCall,
  buildRequest: wasm.buildRequest,
  parseResponse: wasm.parseResponse,
  createProxyHandler: (options) => proxy.createProxyHandlerWith(wasm, options),
  toNodeHandler: proxy.toNodeHandler,
  operations: wasm.operations,
  ...errors,
};
