// Bundled by Vite from one single-API entry: the bundle must hold that API's wasm only.
import init, * as sdk from 'telepartner/ivrsolutions';
import { call } from '../call.js';

const sandbox = new URLSearchParams(location.search).get('sandbox');
init()
  .then(() => call(sdk, sandbox, { dangerouslyAllowBrowser: true }))
  .then((r) => { document.title = r; }, (e) => { document.title = `fail ${e}`; });
