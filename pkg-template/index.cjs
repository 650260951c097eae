'use strict';
// Node entry (require). The wasm module is loaded synchronously; no init needed.
const wasm = require('./node/telepartner.js');
const errors = require('./errors.cjs');

wasm.__registerErrorClass(errors.TelepartnerError);

module.exports = {
  IvrSolutions: wasm.IvrSolutions,
  RhysTalk: wasm.RhysTalk,
  buildRequest: wasm.buildRequest,
  parseResponse: wasm.parseResponse,
  ...errors,
};
